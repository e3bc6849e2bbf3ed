package main

import (
	"fmt"
	"net/netip"
	"strconv"
	"strings"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/dialog"
	khttp "github.com/kefu-ai/kefu/http"
	"github.com/kefu-ai/kefu/internal/ratelimit"
)

// LimitsConfig holds the abuse limits (docs/limits.md): the "limits"
// object of the config file. A rate is a string such as "30/min, burst
// 20" or "off"; an unset one is kefu's default.
type LimitsConfig struct {
	ConversationsPerAddress          ratelimit.Rate `json:"conversations_per_address"`
	ConversationsPerShop             ratelimit.Rate `json:"conversations_per_shop"`
	ConversationsPerKey              ratelimit.Rate `json:"conversations_per_key"`
	MessagesPerConversation          ratelimit.Rate `json:"messages_per_conversation"`
	MessagesPerAddress               ratelimit.Rate `json:"messages_per_address"`
	MessagesPerShop                  ratelimit.Rate `json:"messages_per_shop"`
	MessagesPerKey                   ratelimit.Rate `json:"messages_per_key"`
	AnonymousHandoffsPerShop         ratelimit.Rate `json:"anonymous_handoffs_per_shop"`
	AnonymousHandoffsPerConversation ratelimit.Rate `json:"anonymous_handoffs_per_conversation"`
	// AnonymousQueueMax is how many anonymous conversations a shop may
	// have waiting for a person; -1 means no cap. Shops override it
	// (settings anonymous_queue_max).
	AnonymousQueueMax int `json:"anonymous_queue_max"`
	// TrustedProxies are the reverse proxies (CIDR prefixes or single
	// addresses) whose AddressHeader names the client.
	TrustedProxies []string `json:"trusted_proxies"`
	// AddressHeader is X-Forwarded-For or Forwarded.
	AddressHeader string `json:"address_header"`
	// MaxKeys bounds the buckets of each limit.
	MaxKeys int `json:"max_keys"`
}

// defaultLimits returns kefu's limits, written out so that the config
// shows them.
func defaultLimits() LimitsConfig {
	h := khttp.DefaultLimits()
	return LimitsConfig{
		ConversationsPerAddress:          h.ConversationsPerAddress,
		ConversationsPerShop:             h.ConversationsPerShop,
		ConversationsPerKey:              h.ConversationsPerKey,
		MessagesPerConversation:          h.MessagesPerConversation,
		MessagesPerAddress:               h.MessagesPerAddress,
		MessagesPerShop:                  h.MessagesPerShop,
		MessagesPerKey:                   h.MessagesPerKey,
		AnonymousHandoffsPerShop:         dialog.DefaultAnonymousHandoffsPerShop,
		AnonymousHandoffsPerConversation: dialog.DefaultAnonymousHandoffsPerConversation,
		AnonymousQueueMax:                dialog.DefaultAnonymousQueueMax,
		AddressHeader:                    h.AddressHeader,
		MaxKeys:                          ratelimit.DefaultMaxKeys,
	}
}

// noLimits returns c with every rate off and no anonymous queue cap, for
// benchmarks that measure the engine rather than the limits.
func (c LimitsConfig) noLimits() LimitsConfig {
	for _, r := range c.rates() {
		*r.rate = ratelimit.Off
	}
	c.AnonymousQueueMax = -1
	return c
}

type namedRate struct {
	key, env string
	rate     *ratelimit.Rate
}

// rates lists the rates with their config keys and environment variables.
func (c *LimitsConfig) rates() []namedRate {
	return []namedRate{
		{"conversations_per_address", "KEFU_LIMIT_CONVERSATIONS_PER_ADDRESS", &c.ConversationsPerAddress},
		{"conversations_per_shop", "KEFU_LIMIT_CONVERSATIONS_PER_SHOP", &c.ConversationsPerShop},
		{"conversations_per_key", "KEFU_LIMIT_CONVERSATIONS_PER_KEY", &c.ConversationsPerKey},
		{"messages_per_conversation", "KEFU_LIMIT_MESSAGES_PER_CONVERSATION", &c.MessagesPerConversation},
		{"messages_per_address", "KEFU_LIMIT_MESSAGES_PER_ADDRESS", &c.MessagesPerAddress},
		{"messages_per_shop", "KEFU_LIMIT_MESSAGES_PER_SHOP", &c.MessagesPerShop},
		{"messages_per_key", "KEFU_LIMIT_MESSAGES_PER_KEY", &c.MessagesPerKey},
		{"anonymous_handoffs_per_shop", "KEFU_LIMIT_ANONYMOUS_HANDOFFS_PER_SHOP", &c.AnonymousHandoffsPerShop},
		{"anonymous_handoffs_per_conversation", "KEFU_LIMIT_ANONYMOUS_HANDOFFS_PER_CONVERSATION", &c.AnonymousHandoffsPerConversation},
	}
}

// limitsEnv applies the KEFU_LIMIT_*, KEFU_ANONYMOUS_QUEUE_MAX,
// KEFU_TRUSTED_PROXIES and KEFU_ADDRESS_HEADER variables.
func (c *LimitsConfig) limitsEnv(getenv func(string) string) error {
	for _, r := range c.rates() {
		if v := getenv(r.env); v != "" {
			rate, err := ratelimit.Parse(v)
			if err != nil {
				return fmt.Errorf("%s: %w", r.env, err)
			}
			*r.rate = rate
		}
	}
	if v := getenv("KEFU_ANONYMOUS_QUEUE_MAX"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			return fmt.Errorf("KEFU_ANONYMOUS_QUEUE_MAX: %q is not a number", v)
		}
		c.AnonymousQueueMax = n
	}
	if v := getenv("KEFU_TRUSTED_PROXIES"); v != "" {
		c.TrustedProxies = nil
		for _, p := range strings.Split(v, ",") {
			if p = strings.TrimSpace(p); p != "" {
				c.TrustedProxies = append(c.TrustedProxies, p)
			}
		}
	}
	if v := getenv("KEFU_ADDRESS_HEADER"); v != "" {
		c.AddressHeader = v
	}
	return nil
}

// validateLimits checks the limits.
func (c *LimitsConfig) validateLimits() error {
	for _, r := range c.rates() {
		if err := r.rate.Validate(); err != nil {
			return fmt.Errorf("config: limits.%s: %w", r.key, err)
		}
	}
	if c.AnonymousQueueMax < -1 || c.AnonymousQueueMax > kefu.MaxAnonymousQueue {
		return fmt.Errorf("config: limits.anonymous_queue_max must be -1 (no cap), 0 (the default) or 1 to %d", kefu.MaxAnonymousQueue)
	}
	if _, err := c.trustedProxies(); err != nil {
		return err
	}
	if c.MaxKeys < 0 {
		return fmt.Errorf("config: limits.max_keys must not be negative")
	}
	return c.http().Validate()
}

// trustedProxies parses TrustedProxies: CIDR prefixes, or addresses
// standing for themselves alone.
func (c *LimitsConfig) trustedProxies() ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, s := range c.TrustedProxies {
		if p, err := netip.ParsePrefix(s); err == nil {
			out = append(out, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(s)
		if err != nil {
			return nil, fmt.Errorf("config: limits.trusted_proxies: %q is neither a CIDR prefix nor an address", s)
		}
		a = a.Unmap()
		out = append(out, netip.PrefixFrom(a, a.BitLen()))
	}
	return out, nil
}

// http returns the HTTP server's limits; call validateLimits first.
func (c *LimitsConfig) http() khttp.Limits {
	proxies, _ := c.trustedProxies()
	return khttp.Limits{
		ConversationsPerAddress: c.ConversationsPerAddress,
		ConversationsPerShop:    c.ConversationsPerShop,
		ConversationsPerKey:     c.ConversationsPerKey,
		MessagesPerConversation: c.MessagesPerConversation,
		MessagesPerAddress:      c.MessagesPerAddress,
		MessagesPerShop:         c.MessagesPerShop,
		MessagesPerKey:          c.MessagesPerKey,
		MaxKeys:                 c.MaxKeys,
		TrustedProxies:          proxies,
		AddressHeader:           c.AddressHeader,
	}
}

// engine gives the dialog engine its hand-off limits, before its Init.
func (c *LimitsConfig) engine(e *dialog.Engine) {
	e.AnonymousQueueMax = c.AnonymousQueueMax
	e.AnonymousHandoffsPerShop = c.AnonymousHandoffsPerShop
	e.AnonymousHandoffsPerConversation = c.AnonymousHandoffsPerConversation
}
