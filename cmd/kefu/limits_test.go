package main

import (
	"net/netip"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/kefu-ai/kefu/dialog"
	khttp "github.com/kefu-ai/kefu/http"
	"github.com/kefu-ai/kefu/internal/ratelimit"
)

func TestLimitsConfig(t *testing.T) {
	file := filepath.Join(t.TempDir(), "kefu.json")
	if err := os.WriteFile(file, []byte(`{"limits":{"conversations_per_address":"10/min, burst 5","messages_per_key":"off",
		"trusted_proxies":["10.0.0.0/8","192.0.2.1"],"address_header":"Forwarded","anonymous_queue_max":20}}`), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		file  string
		env   map[string]string
		ok    bool
		check func(t *testing.T, c Config)
	}{
		{"defaults", "", nil, true, func(t *testing.T, c Config) {
			h := c.Limits.http()
			if d := khttp.DefaultLimits(); h.ConversationsPerAddress != d.ConversationsPerAddress || h.MessagesPerKey != d.MessagesPerKey || len(h.TrustedProxies) != 0 {
				t.Errorf("default HTTP limits %+v, want %+v", h, d)
			}
			if c.Limits.AnonymousQueueMax != dialog.DefaultAnonymousQueueMax {
				t.Errorf("anonymous queue max %d", c.Limits.AnonymousQueueMax)
			}
		}},
		{"file", file, nil, true, func(t *testing.T, c Config) {
			h := c.Limits.http()
			if h.ConversationsPerAddress != (ratelimit.Rate{N: 10, Per: time.Minute, Burst: 5}) || !h.MessagesPerKey.Unlimited {
				t.Errorf("limits from the file: %+v", h)
			}
			// Keys the file does not name keep their defaults.
			if h.MessagesPerConversation != khttp.DefaultLimits().MessagesPerConversation {
				t.Errorf("messages per conversation %v, want the default", h.MessagesPerConversation)
			}
			want := []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("192.0.2.1/32")}
			if !slices.Equal(h.TrustedProxies, want) || h.AddressHeader != "Forwarded" || c.Limits.AnonymousQueueMax != 20 {
				t.Errorf("proxies %v, header %q, queue %d", h.TrustedProxies, h.AddressHeader, c.Limits.AnonymousQueueMax)
			}
		}},
		{"environment wins over the file", file, map[string]string{
			"KEFU_LIMIT_CONVERSATIONS_PER_ADDRESS": "3/s", "KEFU_TRUSTED_PROXIES": "::1, 127.0.0.1",
			"KEFU_ANONYMOUS_QUEUE_MAX": "-1", "KEFU_LIMIT_ANONYMOUS_HANDOFFS_PER_SHOP": "off",
		}, true, func(t *testing.T, c Config) {
			h := c.Limits.http()
			if h.ConversationsPerAddress != (ratelimit.Rate{N: 3, Per: time.Second, Burst: 3}) || len(h.TrustedProxies) != 2 ||
				c.Limits.AnonymousQueueMax != -1 || !c.Limits.AnonymousHandoffsPerShop.Unlimited {
				t.Errorf("limits %+v", c.Limits)
			}
		}},
		{"bad rate", "", map[string]string{"KEFU_LIMIT_MESSAGES_PER_ADDRESS": "lots"}, false, nil},
		{"bad proxy", "", map[string]string{"KEFU_TRUSTED_PROXIES": "10.0.0.0/33"}, false, nil},
		{"bad header", "", map[string]string{"KEFU_ADDRESS_HEADER": "X-Real-IP"}, false, nil},
		{"bad queue max", "", map[string]string{"KEFU_ANONYMOUS_QUEUE_MAX": "-5"}, false, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := loadConfig(tc.file, func(k string) string { return tc.env[k] })
			if err == nil {
				err = c.Validate()
			}
			if (err == nil) != tc.ok {
				t.Fatalf("config %+v: %v, want ok=%v", c.Limits, err, tc.ok)
			}
			if tc.check != nil {
				tc.check(t, c)
			}
		})
	}
}
