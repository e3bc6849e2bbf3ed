package http

import (
	"fmt"
	"net/http"
	"net/netip"
	"strconv"
	"strings"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/ratelimit"
)

// Limits are the rate limits of the routes that make work: opening
// conversations and posting messages (docs/limits.md). Each is a token
// bucket per key (a client address, an API key, a conversation, a shop).
// A request over any of its limits is refused with 429 rate_limited and
// Retry-After, stores nothing and takes no token from its other limits.
//
// Browsers (the widget, conversation tokens) are limited per client
// address, per conversation and per shop; the shop's own server (an API
// key) per key only, since one server speaks for many customers.
// Hand-offs to a person are limited by the dialog engine, which answers
// in the conversation rather than with a 429 (dialog.Engine).
//
// A zero Rate means its default (DefaultLimits); ratelimit.Off turns a
// limit off.
type Limits struct {
	// ConversationsPerAddress limits widget conversations opened from one
	// client address.
	ConversationsPerAddress ratelimit.Rate
	// ConversationsPerShop limits widget conversations opened in one shop
	// from all addresses.
	ConversationsPerShop ratelimit.Rate
	// ConversationsPerKey limits POST /v1/conversations per API key.
	ConversationsPerKey ratelimit.Rate
	// MessagesPerConversation, MessagesPerAddress and MessagesPerShop
	// limit messages posted with a conversation token: into one
	// conversation, from one client address and in one shop.
	MessagesPerConversation ratelimit.Rate
	MessagesPerAddress      ratelimit.Rate
	MessagesPerShop         ratelimit.Rate
	// MessagesPerKey limits messages posted with one API key.
	MessagesPerKey ratelimit.Rate
	// MaxKeys bounds each limit's buckets (ratelimit.New); 0 means
	// ratelimit.DefaultMaxKeys.
	MaxKeys int

	// TrustedProxies lists the reverse proxies whose word on the client's
	// address is taken: only when a request's peer is in one of these
	// prefixes is AddressHeader read, from the right, skipping the
	// trusted hops, and the first untrusted address is the client's.
	// Empty means the peer is always the client.
	TrustedProxies []netip.Prefix
	// AddressHeader is the header the trusted proxies write:
	// "X-Forwarded-For" (the default) or "Forwarded" (RFC 7239). Only one
	// is read, because a proxy that appends to one passes the other
	// through as the client sent it.
	AddressHeader string
}

// DefaultLimits returns the limits used for zero fields. They leave a
// person typing (or a shop's office behind one NAT address) far below
// them; see docs/limits.md for the reasoning.
func DefaultLimits() Limits {
	return Limits{
		ConversationsPerAddress: ratelimit.PerMinute(30, 30),
		ConversationsPerShop:    ratelimit.PerMinute(1200, 600),
		ConversationsPerKey:     ratelimit.PerMinute(6000, 1000),
		MessagesPerConversation: ratelimit.PerMinute(30, 15),
		MessagesPerAddress:      ratelimit.PerMinute(120, 60),
		MessagesPerShop:         ratelimit.PerMinute(12000, 3000),
		MessagesPerKey:          ratelimit.PerMinute(30000, 5000),
		AddressHeader:           "X-Forwarded-For",
	}
}

// NoLimits returns Limits with every limit off, for benchmarks that
// measure the engine rather than the limits.
func NoLimits() Limits {
	return Limits{
		ConversationsPerAddress: ratelimit.Off, ConversationsPerShop: ratelimit.Off, ConversationsPerKey: ratelimit.Off,
		MessagesPerConversation: ratelimit.Off, MessagesPerAddress: ratelimit.Off, MessagesPerShop: ratelimit.Off,
		MessagesPerKey: ratelimit.Off,
	}
}

// Validate checks the rates and the address header.
func (l Limits) Validate() error {
	for name, r := range l.rates() {
		if err := r.Validate(); err != nil {
			return fmt.Errorf("limits: %s: %w", name, err)
		}
	}
	switch http.CanonicalHeaderKey(l.AddressHeader) {
	case "", "X-Forwarded-For", "Forwarded":
	default:
		return fmt.Errorf("limits: address header must be X-Forwarded-For or Forwarded, not %q", l.AddressHeader)
	}
	return nil
}

func (l Limits) rates() map[string]ratelimit.Rate {
	return map[string]ratelimit.Rate{
		"conversations per address": l.ConversationsPerAddress,
		"conversations per shop":    l.ConversationsPerShop,
		"conversations per key":     l.ConversationsPerKey,
		"messages per conversation": l.MessagesPerConversation,
		"messages per address":      l.MessagesPerAddress,
		"messages per shop":         l.MessagesPerShop,
		"messages per key":          l.MessagesPerKey,
	}
}

// limiter holds the buckets of Server.Limits; a nil set is a limit
// that is off.
type limiter struct {
	convAddr, convShop, convKey       *ratelimit.Buckets
	msgConv, msgAddr, msgShop, msgKey *ratelimit.Buckets
	trusted                           []netip.Prefix
	forwarded                         bool // read Forwarded rather than X-Forwarded-For
}

// newLimiter makes the buckets of l, with defaults for zero fields.
func newLimiter(l Limits) (*limiter, error) {
	if err := l.Validate(); err != nil {
		return nil, err
	}
	d := DefaultLimits()
	lim := &limiter{
		trusted:   l.TrustedProxies,
		forwarded: http.CanonicalHeaderKey(l.AddressHeader) == "Forwarded",
	}
	for _, b := range []struct {
		set       **ratelimit.Buckets
		rate, def ratelimit.Rate
	}{
		{&lim.convAddr, l.ConversationsPerAddress, d.ConversationsPerAddress},
		{&lim.convShop, l.ConversationsPerShop, d.ConversationsPerShop},
		{&lim.convKey, l.ConversationsPerKey, d.ConversationsPerKey},
		{&lim.msgConv, l.MessagesPerConversation, d.MessagesPerConversation},
		{&lim.msgAddr, l.MessagesPerAddress, d.MessagesPerAddress},
		{&lim.msgShop, l.MessagesPerShop, d.MessagesPerShop},
		{&lim.msgKey, l.MessagesPerKey, d.MessagesPerKey},
	} {
		set, err := ratelimit.New(b.rate.Or(b.def), l.MaxKeys)
		if err != nil {
			return nil, err
		}
		*b.set = set
	}
	return lim, nil
}

// allow takes a token from each of keys for a request that does what
// (for the message: "new conversations", "messages"). Over a limit, it
// sets Retry-After on w and returns rate_limited.
func (s *Server) allow(w http.ResponseWriter, what string, keys ...ratelimit.Key) error {
	ok, wait := ratelimit.Allow(s.now(), keys...)
	if ok {
		return nil
	}
	secs := ratelimit.Seconds(wait)
	w.Header().Set("Retry-After", strconv.Itoa(secs))
	return kefu.Errorf(kefu.ERATELIMIT, "too many %s; try again in %d seconds", what, secs)
}

// allowWidgetConversation limits a widget conversation of shop t opened
// from r's client address.
func (s *Server) allowWidgetConversation(w http.ResponseWriter, r *http.Request, t *kefu.Tenant) error {
	return s.allow(w, "new conversations",
		ratelimit.Key{Set: s.limits.convAddr, Key: s.originKey(r)},
		ratelimit.Key{Set: s.limits.convShop, Key: t.ID})
}

// allowAPIConversation limits POST /v1/conversations by the request's
// API key, which authTenant has verified.
func (s *Server) allowAPIConversation(w http.ResponseWriter, r *http.Request) error {
	return s.allow(w, "new conversations", ratelimit.Key{Set: s.limits.convKey, Key: s.keyLimitKey(r)})
}

// allowMessage limits a message posted into c by who: per API key, or,
// with a conversation token, per conversation, client address and shop.
func (s *Server) allowMessage(w http.ResponseWriter, r *http.Request, c *kefu.Conversation, who caller) error {
	if who.trusted() {
		return s.allow(w, "messages", ratelimit.Key{Set: s.limits.msgKey, Key: s.keyLimitKey(r)})
	}
	return s.allow(w, "messages",
		ratelimit.Key{Set: s.limits.msgConv, Key: c.TenantID + "/" + c.ID},
		ratelimit.Key{Set: s.limits.msgAddr, Key: s.originKey(r)},
		ratelimit.Key{Set: s.limits.msgShop, Key: c.TenantID})
}

// keyLimitKey is the bucket key of the request's API key: its ID, or its
// hash if it cannot be found (it was verified a moment ago, so it can).
func (s *Server) keyLimitKey(r *http.Request) string {
	tok := bearer(r)
	if k, err := s.apiKey(r.Context(), tok); err == nil {
		return k.ID
	}
	return kefu.HashSecret(tok)
}

// originKey is the bucket key of r's client address (originAddr): the
// address, or for IPv6 its /64, which one subscriber usually holds
// whole. Requests whose address cannot be read share one bucket.
func (s *Server) originKey(r *http.Request) string {
	a := originAddr(r, s.limits.trusted, s.limits.forwarded)
	switch {
	case !a.IsValid():
		return "unknown"
	case a.Is6():
		p, _ := a.Prefix(64)
		return p.String()
	}
	return a.String()
}

// originAddr returns the address r came from. It is the connection's
// peer unless the peer is a trusted proxy; then the proxies' header
// (X-Forwarded-For, or Forwarded when forwarded is set) is read from the
// right, past the hops that are trusted proxies themselves, to the first
// that is not: hops left of it were written by the client and could say
// anything. A hop that cannot be read ends the walk at the trusted hop
// right of it. The zero Addr means the peer itself cannot be read.
func originAddr(r *http.Request, trusted []netip.Prefix, forwarded bool) netip.Addr {
	peer := parseHost(r.RemoteAddr)
	if !peer.IsValid() || !isTrusted(peer, trusted) {
		return peer
	}
	var hops []string
	if forwarded {
		hops = forwardedFor(r.Header.Values("Forwarded"))
	} else {
		for _, v := range r.Header.Values("X-Forwarded-For") {
			hops = append(hops, strings.Split(v, ",")...)
		}
	}
	client := peer
	for i := len(hops) - 1; i >= 0; i-- {
		a := parseHost(strings.TrimSpace(hops[i]))
		if !a.IsValid() {
			break
		}
		client = a
		if !isTrusted(a, trusted) {
			break
		}
	}
	return client
}

func isTrusted(a netip.Addr, trusted []netip.Prefix) bool {
	for _, p := range trusted {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// parseHost reads an address with or without a port: "192.0.2.1",
// "192.0.2.1:443", "2001:db8::1", "[2001:db8::1]:443". IPv4-mapped IPv6
// addresses become IPv4; zones are dropped.
func parseHost(s string) netip.Addr {
	if ap, err := netip.ParseAddrPort(s); err == nil {
		return ap.Addr().Unmap().WithZone("")
	}
	s = strings.TrimSuffix(strings.TrimPrefix(s, "["), "]")
	if a, err := netip.ParseAddr(s); err == nil {
		return a.Unmap().WithZone("")
	}
	return netip.Addr{}
}

// forwardedFor returns the for= parameters of Forwarded header values
// (RFC 7239), one per hop, in order; a hop without one is "" (which
// parseHost refuses, ending the walk there).
func forwardedFor(values []string) []string {
	var hops []string
	for _, v := range values {
		for _, elem := range splitQuoted(v, ',') {
			hop := ""
			for _, pair := range splitQuoted(elem, ';') {
				k, val, ok := strings.Cut(strings.TrimSpace(pair), "=")
				if ok && strings.EqualFold(k, "for") {
					hop = strings.Trim(val, `"`)
				}
			}
			hops = append(hops, hop)
		}
	}
	return hops
}

// splitQuoted splits s at sep outside double quotes.
func splitQuoted(s string, sep byte) []string {
	var out []string
	quoted, start := false, 0
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '"':
			quoted = !quoted
		case s[i] == sep && !quoted:
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// ShareLimits makes this server enforce its part of every rate limit
// when n kefu nodes share the traffic (ratelimit.Buckets.Share): a client
// spread over the nodes gets each limit in all, one that reaches a single
// node 1/n of it. Package nats counts the nodes.
func (s *Server) ShareLimits(n int) {
	s.once.Do(s.init)
	s.nodes.Store(int32(max(1, n)))
	now := s.now()
	for _, b := range []*ratelimit.Buckets{s.limits.convAddr, s.limits.convShop, s.limits.convKey,
		s.limits.msgConv, s.limits.msgAddr, s.limits.msgShop, s.limits.msgKey} {
		b.Share(now, n)
	}
}
