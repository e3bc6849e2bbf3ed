package http

import (
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/ratelimit"
)

func TestOriginAddr(t *testing.T) {
	proxies := []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("2001:db8:ffff::/48")}
	for _, tt := range []struct {
		name      string
		peer      string
		trusted   []netip.Prefix
		forwarded bool
		header    []string // values of the header read
		want      string
	}{
		{"peer", "203.0.113.9:5000", proxies, false, nil, "203.0.113.9"},
		{"untrusted peer's header ignored", "203.0.113.9:5000", proxies, false, []string{"198.51.100.1"}, "203.0.113.9"},
		{"no trusted proxies", "10.0.0.1:5000", nil, false, []string{"198.51.100.1"}, "10.0.0.1"},
		{"trusted peer without header", "10.0.0.1:5000", proxies, false, nil, "10.0.0.1"},
		{"one proxy", "10.0.0.1:5000", proxies, false, []string{"198.51.100.1"}, "198.51.100.1"},
		{"forged hops on the left", "10.0.0.1:5000", proxies, false, []string{"1.1.1.1, 2.2.2.2, 198.51.100.1"}, "198.51.100.1"},
		{"proxy chain", "10.0.0.1:5000", proxies, false, []string{"1.1.1.1, 198.51.100.1, 10.2.3.4"}, "198.51.100.1"},
		{"several header lines", "10.0.0.1:5000", proxies, false, []string{"1.1.1.1", "198.51.100.1, 10.2.3.4"}, "198.51.100.1"},
		{"all hops trusted", "10.0.0.1:5000", proxies, false, []string{"10.9.9.9, 10.2.3.4"}, "10.9.9.9"},
		{"unreadable hop: the proxy right of it", "10.0.0.1:5000", proxies, false, []string{"198.51.100.1, garbage, 10.2.3.4"}, "10.2.3.4"},
		{"hop with port", "10.0.0.1:5000", proxies, false, []string{"198.51.100.1:1234"}, "198.51.100.1"},
		{"IPv6 hop", "10.0.0.1:5000", proxies, false, []string{"2001:db8:1::5"}, "2001:db8:1::5"},
		{"IPv4-mapped hop", "10.0.0.1:5000", proxies, false, []string{"::ffff:198.51.100.1"}, "198.51.100.1"},
		{"IPv6 peer", "[2001:db8:ffff::1]:443", proxies, false, []string{"[2001:db8:1::5]:80"}, "2001:db8:1::5"},
		{"X-Forwarded-For ignored when Forwarded is read", "10.0.0.1:5000", proxies, true, nil, "10.0.0.1"},
		{"Forwarded", "10.0.0.1:5000", proxies, true, []string{`for=198.51.100.1;proto=https;by=10.0.0.1`}, "198.51.100.1"},
		{"Forwarded IPv6 quoted with port", "10.0.0.1:5000", proxies, true, []string{`for="[2001:db8:1::5]:4711"`}, "2001:db8:1::5"},
		{"Forwarded forged element", "10.0.0.1:5000", proxies, true, []string{`for=1.1.1.1, For=198.51.100.1`}, "198.51.100.1"},
		{"Forwarded chain", "10.0.0.1:5000", proxies, true, []string{`for=198.51.100.1`, `for=10.2.3.4;host="a,b"`}, "198.51.100.1"},
		{"Forwarded unknown", "10.0.0.1:5000", proxies, true, []string{`for=unknown`}, "10.0.0.1"},
		{"Forwarded element without for", "10.0.0.1:5000", proxies, true, []string{`for=198.51.100.1, proto=http`}, "10.0.0.1"},
		{"unreadable peer", "pipe", proxies, false, []string{"198.51.100.1"}, "invalid IP"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := httptest.NewRequest("GET", "/", nil)
			r.RemoteAddr = tt.peer
			name := "X-Forwarded-For"
			if tt.forwarded {
				name = "Forwarded"
				// Whatever X-Forwarded-For says must not count.
				r.Header.Add("X-Forwarded-For", "192.0.2.66")
			}
			for _, v := range tt.header {
				r.Header.Add(name, v)
			}
			if got := originAddr(r, tt.trusted, tt.forwarded); got.String() != tt.want {
				t.Errorf("originAddr = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestOriginKeyIPv6Prefix(t *testing.T) {
	s := &Server{}
	s.limits, _ = newLimiter(Limits{})
	for peer, want := range map[string]string{
		"[2001:db8:1:2:aaaa::1]:1": "2001:db8:1:2::/64",
		"[2001:db8:1:2:bbbb::9]:1": "2001:db8:1:2::/64",
		"192.0.2.1:1":              "192.0.2.1",
		"pipe":                     "unknown",
	} {
		r := httptest.NewRequest("GET", "/", nil)
		r.RemoteAddr = peer
		if got := s.originKey(r); got != want {
			t.Errorf("originKey(%s) = %q, want %q", peer, got, want)
		}
	}
}

func TestLimitsValidate(t *testing.T) {
	for _, tt := range []struct {
		name string
		l    Limits
		err  string
	}{
		{"zero", Limits{}, ""},
		{"defaults", DefaultLimits(), ""},
		{"off", NoLimits(), ""},
		{"bad rate", Limits{MessagesPerAddress: ratelimit.Rate{N: 1, Per: 0, Burst: 1}}, "messages per address"},
		{"bad header", Limits{AddressHeader: "X-Real-IP"}, "X-Forwarded-For or Forwarded"},
		{"lower-case header", Limits{AddressHeader: "forwarded"}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.l.Validate()
			if tt.err == "" && err != nil || tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)) {
				t.Errorf("Validate = %v, want %q", err, tt.err)
			}
		})
	}
	s := &Server{Limits: Limits{AddressHeader: "X-Real-IP"}}
	s.Handler()
	if s.initErr == nil {
		t.Error("a server with bad limits opened without an error")
	}
}

// BenchmarkLimitMessage is what the limits add to a message posted with
// a conversation token: reading the client's address through a trusted
// proxy and taking a token from the conversation's, the address's and
// the shop's buckets.
func BenchmarkLimitMessage(b *testing.B) {
	s := &Server{}
	var err error
	s.limits, err = newLimiter(Limits{
		MessagesPerConversation: ratelimit.PerMinute(1<<30, 1<<30),
		MessagesPerAddress:      ratelimit.PerMinute(1<<30, 1<<30),
		MessagesPerShop:         ratelimit.PerMinute(1<<30, 1<<30),
		TrustedProxies:          []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8")},
	})
	if err != nil {
		b.Fatal(err)
	}
	r := httptest.NewRequest("POST", "/v1/conversations/cv_1/messages", nil)
	r.RemoteAddr = "10.0.0.1:5000"
	r.Header.Set("X-Forwarded-For", "198.51.100.7, 10.0.0.2")
	c := &kefu.Conversation{TenantID: "shop", ID: "cv_1"}
	who := caller{tenantID: "shop", conversationID: "cv_1"}
	w := httptest.NewRecorder()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := s.allowMessage(w, r, c, who); err != nil {
			b.Fatal(err)
		}
	}
}
