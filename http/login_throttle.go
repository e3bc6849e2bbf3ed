package http

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/kefu-ai/kefu"
)

// Login throttling.
//
// Every login attempt is charged, before the password is checked, to
// counters whose failures turn into a growing delay (kefu.ThrottleRule):
// guessing slows down exponentially, and nobody is ever locked out for
// good. A success refunds its charge. Which counters depends on the
// browser:
//
//   - A known device (it holds a DeviceCookie from an earlier successful
//     login to this account) is charged to its own counter only. An
//     attacker elsewhere, guessing the agent's password or filling the
//     counters of her office's address, does not slow her down.
//   - Any other browser is charged to the account from this address, the
//     account from anywhere (a guesser spread over many addresses) and
//     this address against this shop. The last is per shop so that one
//     proxy or NAT full of guessers slows logins to that one shop, not
//     every shop's agents behind the same address.
//
// Refused attempts are 429 rate_limited with Retry-After; they do not
// count. The counters live behind kefu.LoginThrottle (Server.Logins) so a
// shared store can hold them for several nodes. docs/console.md has the
// numbers and the trade-offs.

// DeviceCookie is the name of the known-device cookie.
const DeviceCookie = "kefu_device"

// LoginPolicy holds the rules of login throttling. A zero rule means its
// default (DefaultLoginPolicy).
type LoginPolicy struct {
	// AccountAddress counts attempts at one account from one address
	// (an IPv6 /64) from browsers that are not a known device.
	AccountAddress kefu.ThrottleRule
	// Account counts attempts at one account from anywhere, known
	// devices excepted: it slows a guesser who spreads over addresses.
	Account kefu.ThrottleRule
	// AddressShop counts attempts from one address at any account of one
	// shop, known devices excepted: it slows one guesser who tries many
	// accounts.
	AddressShop kefu.ThrottleRule
	// Device counts attempts from one known device.
	Device kefu.ThrottleRule
	// DeviceTTL is how long a known-device cookie lasts after the last
	// successful login with it.
	DeviceTTL time.Duration
}

// DefaultLoginPolicy returns the default rules: a handful of free
// failures each, then one second doubled per failure up to a cap.
func DefaultLoginPolicy() LoginPolicy {
	return LoginPolicy{
		AccountAddress: kefu.ThrottleRule{Free: 5, Base: time.Second, Max: 15 * time.Minute, Forget: 24 * time.Hour},
		Account:        kefu.ThrottleRule{Free: 20, Base: time.Second, Max: 15 * time.Minute, Forget: 24 * time.Hour},
		AddressShop:    kefu.ThrottleRule{Free: 30, Base: time.Second, Max: 5 * time.Minute, Forget: time.Hour},
		Device:         kefu.ThrottleRule{Free: 10, Base: time.Second, Max: 15 * time.Minute, Forget: 24 * time.Hour},
		DeviceTTL:      90 * 24 * time.Hour,
	}
}

// loginPolicy is Guards.Logins with defaults for its zero parts.
func (s *Server) loginPolicy() LoginPolicy {
	p, def := s.Guards.Logins, DefaultLoginPolicy()
	for _, r := range []struct{ got, def *kefu.ThrottleRule }{
		{&p.AccountAddress, &def.AccountAddress}, {&p.Account, &def.Account},
		{&p.AddressShop, &def.AddressShop}, {&p.Device, &def.Device},
	} {
		if *r.got == (kefu.ThrottleRule{}) {
			*r.got = *r.def
		}
	}
	if p.DeviceTTL <= 0 {
		p.DeviceTTL = def.DeviceTTL
	}
	return p
}

func (s *Server) loginThrottle() kefu.LoginThrottle {
	if s.Logins != nil {
		return s.Logins
	}
	return &s.logins
}

// loginKeys are the counters a login attempt is charged to.
type loginKeys struct {
	charge []kefu.ThrottleKey
	clear  []string // forgotten after a success
	refund []string // refunded after a success
}

// loginKeysFor returns the counters of an attempt at tenant's email from
// r, from the known device dev ("" when the browser is not one).
func (s *Server) loginKeysFor(r *http.Request, tenant, email, dev string) loginKeys {
	p := s.loginPolicy()
	if dev != "" {
		k := "ld\x00" + dev
		return loginKeys{charge: []kefu.ThrottleKey{{Key: k, Rule: p.Device}}, clear: []string{k}}
	}
	addr := addrKey(clientIP(r))
	acctAddr := "la\x00" + tenant + "\x00" + email + "\x00" + addr
	acct := "lc\x00" + tenant + "\x00" + email
	shop := "ls\x00" + addr + "\x00" + tenant
	return loginKeys{
		charge: []kefu.ThrottleKey{{Key: acctAddr, Rule: p.AccountAddress}, {Key: acct, Rule: p.Account}, {Key: shop, Rule: p.AddressShop}},
		clear:  []string{acctAddr},
		// Not cleared: a guesser who also holds one valid account of the
		// shop (or who waits for the agent to log in) would start afresh.
		refund: []string{acct, shop},
	}
}

// errLoginThrottled is the refusal of an attempt that must wait.
func errLoginThrottled(wait time.Duration) error {
	return kefu.Errorf(kefu.ERATELIMIT, "too many failed logins: wait %s before trying again", humanWait(wait))
}

// retryAfter is wait in whole seconds, rounded up, for Retry-After.
func retryAfter(wait time.Duration) string {
	return strconv.FormatInt(int64((wait+time.Second-1)/time.Second), 10)
}

// humanWait says a wait the way a person would: "40 seconds", "3 minutes".
func humanWait(d time.Duration) string {
	secs := int((d + time.Second - 1) / time.Second)
	switch {
	case secs <= 1:
		return "1 second"
	case secs < 90:
		return strconv.Itoa(secs) + " seconds"
	}
	return strconv.Itoa((secs+59)/60) + " minutes"
}

// device is the signed payload of the known-device cookie. It names the
// account by a keyed fingerprint, not in the clear.
type device struct {
	Nonce   string `json:"n"`
	Account string `json:"a"` // accountPrint of the tenant and email
	Expires int64  `json:"x"` // Unix seconds
}

// accountPrint fingerprints an account for the device cookie.
func (s *Server) accountPrint(tenant, email string) string {
	return hex.EncodeToString(s.mac("device-account", tenant, email)[:12])
}

// knownDevice returns the nonce of r's device cookie when it is valid and
// was issued for tenant's email, else "".
func (s *Server) knownDevice(r *http.Request, tenant, email string) string {
	c, err := r.Cookie(DeviceCookie)
	if err != nil || len(c.Value) > 512 {
		return ""
	}
	parts := strings.Split(c.Value, ".")
	if len(parts) != 3 || parts[0] != "d1" {
		return ""
	}
	sig, err := b64.DecodeString(parts[2])
	if err != nil || !hmac.Equal(sig, s.mac("device", parts[1])) {
		return ""
	}
	payload, err := b64.DecodeString(parts[1])
	var d device
	if err != nil || json.Unmarshal(payload, &d) != nil || d.Nonce == "" {
		return ""
	}
	if s.now().Unix() >= d.Expires || !hmac.Equal([]byte(d.Account), []byte(s.accountPrint(tenant, email))) {
		return ""
	}
	return d.Nonce
}

// setDeviceCookie marks the browser as a known device of the account,
// keeping its nonce (and so its counter) when it was one already. The
// cookie goes to the login endpoint only.
func (s *Server) setDeviceCookie(w http.ResponseWriter, r *http.Request, tenant, email, nonce string) {
	if nonce == "" {
		b := make([]byte, 16)
		if _, err := rand.Read(b); err != nil {
			return // no cookie: the browser stays an unknown device
		}
		nonce = b64.EncodeToString(b)
	}
	ttl := s.loginPolicy().DeviceTTL
	exp := s.now().Add(ttl)
	payload, _ := json.Marshal(device{Nonce: nonce, Account: s.accountPrint(tenant, email), Expires: exp.Unix()})
	p := b64.EncodeToString(payload)
	http.SetCookie(w, &http.Cookie{
		Name:     DeviceCookie,
		Value:    "d1." + p + "." + b64.EncodeToString(s.mac("device", p)),
		Path:     "/console/login",
		Expires:  exp,
		MaxAge:   int(ttl / time.Second),
		HttpOnly: true,
		Secure:   r.TLS != nil || s.SecureCookies,
		SameSite: http.SameSiteStrictMode,
	})
}

// loginMaxKeys bounds the in-process throttle's counters.
const loginMaxKeys = 100000

// loginLimiter is the in-process kefu.LoginThrottle.
type loginLimiter struct {
	mu sync.Mutex // guards m
	m  map[string]*throttleCount
}

// Interface guard.
var _ kefu.LoginThrottle = (*loginLimiter)(nil)

type throttleCount struct {
	n    int
	last time.Time
	rule kefu.ThrottleRule
}

func (c *throttleCount) expired(now time.Time) bool {
	return now.Sub(c.last) >= c.rule.Forget
}

// Charge implements kefu.LoginThrottle.
func (t *loginLimiter) Charge(_ context.Context, now time.Time, keys []kefu.ThrottleKey) (time.Duration, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	var wait time.Duration
	for _, k := range keys {
		c := t.m[k.Key]
		if c == nil || c.expired(now) {
			continue
		}
		// Only a count past its free attempts holds anyone back: a
		// concurrent attempt that read the clock a moment later may
		// already have set last after now.
		delay := k.Rule.Delay(c.n)
		if delay <= 0 {
			continue
		}
		if d := c.last.Add(delay).Sub(now); d > wait {
			wait = d
		}
	}
	if wait > 0 {
		return wait, nil
	}
	if t.m == nil {
		t.m = map[string]*throttleCount{}
	}
	if len(t.m)+len(keys) > loginMaxKeys {
		t.evict(now)
	}
	for _, k := range keys {
		c := t.m[k.Key]
		if c == nil || c.expired(now) {
			c = &throttleCount{}
			t.m[k.Key] = c
		}
		c.n++
		c.last, c.rule = later(c.last, now), k.Rule
	}
	return 0, nil
}

// evict makes room when the map is full, dropping first what holds
// nobody back: expired counts, then counts still within their free
// attempts, then (a flood of distinct keys) arbitrary ones. Emptying the
// whole map instead would let a flood reset every counter at once.
func (t *loginLimiter) evict(now time.Time) {
	target := loginMaxKeys * 9 / 10
	for pass := 0; pass < 3 && len(t.m) > target; pass++ {
		for k, c := range t.m {
			if len(t.m) <= target {
				return
			}
			if pass == 2 || c.expired(now) || pass == 1 && c.n < c.rule.Free {
				delete(t.m, k)
			}
		}
	}
}

// Refund implements kefu.LoginThrottle.
func (t *loginLimiter) Refund(_ context.Context, keys []string) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, k := range keys {
		if c := t.m[k]; c != nil {
			if c.n--; c.n <= 0 {
				delete(t.m, k)
			}
		}
	}
	return nil
}

// Clear implements kefu.LoginThrottle.
func (t *loginLimiter) Clear(_ context.Context, keys []string) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, k := range keys {
		delete(t.m, k)
	}
	return nil
}

// later returns the later of a and b.
func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}
