package http_test

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"github.com/kefu-ai/kefu"
	khttp "github.com/kefu-ai/kefu/http"
)

// testLoginPolicy has small numbers so that scenarios stay short.
var testLoginPolicy = khttp.LoginPolicy{
	AccountAddress: kefu.ThrottleRule{Free: 3, Base: time.Second, Max: time.Minute, Forget: time.Hour},
	Account:        kefu.ThrottleRule{Free: 6, Base: time.Second, Max: time.Minute, Forget: time.Hour},
	AddressShop:    kefu.ThrottleRule{Free: 10, Base: time.Second, Max: time.Minute, Forget: time.Hour},
	Device:         kefu.ThrottleRule{Free: 3, Base: time.Second, Max: time.Minute, Forget: time.Hour},
	DeviceTTL:      24 * time.Hour,
}

// LoginEnv is a console server with a settable clock and agents whose
// password hashes are cheap to check (bcrypt's lowest cost), so that a
// scenario can make dozens of attempts.
type LoginEnv struct {
	*ConsoleEnv
	cheap string     // the agents' password hash
	mu    sync.Mutex // guards now
	now   time.Time
}

// MustOpenLoginEnv starts a LoginEnv with agents a1..a5 of shop and z1 of
// other, all with AgentPassword.
func MustOpenLoginEnv(tb testing.TB, policy khttp.LoginPolicy) *LoginEnv {
	tb.Helper()
	le := &LoginEnv{now: time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)}
	le.ConsoleEnv = MustOpenConsole(tb, nil, func(s *khttp.Server) {
		s.Now = le.clock
		s.Guards.Logins = policy
	})
	cheap, err := bcrypt.GenerateFromPassword([]byte(AgentPassword), bcrypt.MinCost)
	if err != nil {
		tb.Fatal(err)
	}
	le.cheap = string(cheap)
	for _, a := range []struct{ tenant, email string }{
		{shop, "a1@shop.example"}, {shop, "a2@shop.example"}, {shop, "a3@shop.example"},
		{shop, "a4@shop.example"}, {shop, "a5@shop.example"}, {other, "z1@other.example"},
	} {
		ag := &kefu.Agent{TenantID: a.tenant, Email: a.email, Name: a.email, Languages: []string{"en"}, PasswordHash: string(cheap)}
		if err := le.Store.CreateAgent(context.Background(), ag); err != nil {
			tb.Fatal(err)
		}
	}
	return le
}

func (le *LoginEnv) clock() time.Time {
	le.mu.Lock()
	defer le.mu.Unlock()
	return le.now
}

func (le *LoginEnv) advance(d time.Duration) {
	le.mu.Lock()
	le.now = le.now.Add(d)
	le.mu.Unlock()
}

// Login posts a login of email (its tenant is taken from the domain) from
// the client address from, with the device cookie if not nil.
func (le *LoginEnv) Login(tb testing.TB, from, email, pw string, device *http.Cookie) Response {
	tb.Helper()
	tenant := shop
	if strings.HasSuffix(email, "@"+other+".example") {
		tenant = other
	}
	body, _ := json.Marshal(khttp.LoginRequest{Tenant: tenant, Email: email, Password: pw})
	req := httptest.NewRequest("POST", "/console/login", strings.NewReader(string(body)))
	req.Header.Set("Content-Type", "application/json")
	req.RemoteAddr = net.JoinHostPort(from, "40000")
	if device != nil {
		req.AddCookie(device)
	}
	rec := httptest.NewRecorder()
	le.Server.Handler().ServeHTTP(rec, req)
	res := Response{Status: rec.Code, Header: rec.Header(), Body: rec.Body.Bytes()}
	if res.Status == http.StatusOK {
		// A successful login rehashes the cheap hash at the full cost,
		// which would make every later check slow: put it back.
		var sr khttp.SessionResponse
		res.JSON(tb, &sr)
		if _, err := le.Store.UpdateAgent(context.Background(), tenant, sr.Agent.ID, kefu.AgentUpdate{PasswordHash: &le.cheap}); err != nil {
			tb.Fatal(err)
		}
	}
	return res
}

// deviceCookie returns the known-device cookie a response sets.
func deviceCookie(h http.Header) *http.Cookie {
	for _, c := range (&http.Response{Header: h}).Cookies() {
		if c.Name == khttp.DeviceCookie {
			return c
		}
	}
	return nil
}

// TestLoginThrottle plays scenarios of attempts. Each step may move the
// clock first, comes from an address, for an agent, with the right
// password or not, from a browser holding a device cookie or not, and
// expects a status and, when refused, the Retry-After.
func TestLoginThrottle(t *testing.T) {
	type step struct {
		wait   time.Duration
		from   string
		who    string
		good   bool
		device string // name of a browser whose device cookie is sent and kept; "" none
		status int
		retry  string // Retry-After of a 429
		times  int    // repeat; 0 means once
	}
	const X, Y, Z, W, N, M = "192.0.2.1", "192.0.2.2", "192.0.2.3", "2001:db8::1", "198.51.100.7", "198.51.100.8"
	tests := []struct {
		name  string
		steps []step
	}{
		{"exponential delay, never a lockout", []step{
			{from: X, who: "a1", status: 401, times: 3},
			{from: X, who: "a1", status: 429, retry: "1"},
			{from: X, who: "a1", good: true, status: 429, retry: "1"}, // even the right password waits
			{from: X, who: "a1", status: 429, retry: "1", times: 5},   // refused attempts do not count
			{wait: time.Second, from: X, who: "a1", status: 401},
			{from: X, who: "a1", status: 429, retry: "2"},
			{wait: 2 * time.Second, from: X, who: "a1", status: 401},
			{from: X, who: "a1", status: 429, retry: "4"},
			{wait: 4 * time.Second, from: X, who: "a1", good: true, status: 200},
			// The success cleared the account from this address.
			{from: X, who: "a1", status: 401},
		}},
		{"a known device logs in while the account is under attack", []step{
			{from: X, who: "a1", good: true, device: "laptop", status: 200},
			{from: Y, who: "a1", status: 401, times: 3},
			{from: Z, who: "a1", status: 401, times: 3},
			{from: W, who: "a1", status: 429, retry: "1"}, // the account slows guessing from anywhere
			{from: X, who: "a1", good: true, status: 429, retry: "1"},
			{from: X, who: "a1", good: true, device: "laptop", status: 200},
			{from: Y, who: "a1", good: true, device: "laptop", status: 200}, // even from the attacker's address
		}},
		{"a known device is slowed by its own failures", []step{
			{from: X, who: "a1", good: true, device: "laptop", status: 200},
			{from: X, who: "a1", device: "laptop", status: 401, times: 3},
			{from: X, who: "a1", device: "laptop", status: 429, retry: "1"},
			{wait: time.Second, from: X, who: "a1", good: true, device: "laptop", status: 200},
		}},
		{"a device cookie is for its account only", []step{
			{from: X, who: "a1", good: true, device: "laptop", status: 200},
			{from: Y, who: "a2", status: 401, times: 3},
			{from: Z, who: "a2", status: 401, times: 3},
			{from: X, who: "a2", good: true, device: "laptop", status: 429, retry: "1"},
		}},
		{"one address full of guessers slows only its own shop", []step{
			{from: N, who: "a1", status: 401, times: 3},
			{from: N, who: "a2", status: 401, times: 3},
			{from: N, who: "a3", status: 401, times: 3},
			{from: N, who: "a4", status: 401},
			{from: N, who: "a5", good: true, status: 429, retry: "1"},
			{from: N, who: "z1", good: true, status: 200}, // another shop behind the same NAT
			{from: M, who: "a5", good: true, status: 200}, // the same shop elsewhere
			{from: N, who: "a5", good: true, device: "a5-desk", status: 429, retry: "1"},
			{wait: time.Second, from: N, who: "a5", good: true, device: "a5-desk", status: 200},
			{from: N, who: "a5", good: true, device: "a5-desk", status: 200}, // now a known device
		}},
		{"IPv6 addresses of one /64 are one client", []step{
			{from: "2001:db8:1:2::a", who: "a1", status: 401, times: 2},
			{from: "2001:db8:1:2::b", who: "a1", status: 401},
			{from: "2001:db8:1:2:ffff::1", who: "a1", status: 429, retry: "1"},
			{from: "2001:db8:1:3::a", who: "a1", status: 401}, // another /64
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			le := MustOpenLoginEnv(t, testLoginPolicy)
			jars := map[string]*http.Cookie{}
			for i, st := range tt.steps {
				le.advance(st.wait)
				for range max(st.times, 1) {
					pw := "wrong-guess"
					if st.good {
						pw = AgentPassword
					}
					res := le.Login(t, st.from, st.who+"@"+map[bool]string{true: other, false: shop}[strings.HasPrefix(st.who, "z")]+".example", pw, jars[st.device])
					switch st.status {
					case 429:
						CheckError(t, res, 429, kefu.ERATELIMIT)
						if got := res.Header.Get("Retry-After"); got != st.retry {
							t.Errorf("step %d: Retry-After %q, want %q", i, got, st.retry)
						}
						var er khttp.ErrorResponse
						res.JSON(t, &er)
						if !strings.Contains(er.Error.Message, "wait") {
							t.Errorf("step %d: message %q does not say to wait", i, er.Error.Message)
						}
					case 401:
						CheckError(t, res, 401, kefu.EUNAUTHORIZED)
					default:
						if res.Status != st.status {
							t.Fatalf("step %d: %d %s, want %d", i, res.Status, res.Body, st.status)
						}
					}
					if t.Failed() {
						t.Fatalf("step %d (%s from %s, good %v, device %q) failed", i, st.who, st.from, st.good, st.device)
					}
					if c := deviceCookie(res.Header); c != nil && st.device != "" {
						jars[st.device] = c
					}
				}
			}
		})
	}
}

// TestLoginThrottleParallel: guesses sent at once are counted one by
// one, so a burst gets no more free attempts than a sequence.
func TestLoginThrottleParallel(t *testing.T) {
	le := MustOpenLoginEnv(t, testLoginPolicy)
	const n = 20
	statuses := make(chan int, n)
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			statuses <- le.Login(t, "192.0.2.9", "a1@shop.example", "wrong-guess", nil).Status
		}()
	}
	wg.Wait()
	close(statuses)
	count := map[int]int{}
	for s := range statuses {
		count[s]++
	}
	if count[401] != testLoginPolicy.AccountAddress.Free || count[429] != n-testLoginPolicy.AccountAddress.Free {
		t.Errorf("statuses %v: want %d checked and the rest refused", count, testLoginPolicy.AccountAddress.Free)
	}
}

// TestDeviceCookie checks the known-device cookie's flags, and that a
// tampered, foreign or expired one is not trusted.
func TestDeviceCookie(t *testing.T) {
	le := MustOpenLoginEnv(t, testLoginPolicy)
	res := le.Login(t, "192.0.2.1", "a1@shop.example", AgentPassword, nil)
	c := deviceCookie(res.Header)
	if res.Status != 200 || c == nil {
		t.Fatalf("login: %d, device cookie %v", res.Status, c)
	}
	if !c.HttpOnly || c.SameSite != http.SameSiteStrictMode || c.Path != "/console/login" || c.MaxAge != int(testLoginPolicy.DeviceTTL/time.Second) {
		t.Errorf("cookie %+v: want HttpOnly, SameSite=Strict, Path /console/login, MaxAge of DeviceTTL", c)
	}
	// Its payload (base64 JSON before the signature) holds no email: a
	// random token or ID may contain "a1" by chance, so the whole
	// address and its domain are looked for, in the value and decoded.
	payload, _, _ := strings.Cut(strings.TrimPrefix(c.Value, "d1."), ".")
	decoded, _ := base64.RawURLEncoding.DecodeString(payload)
	for _, s := range []string{c.Value, string(decoded)} {
		if strings.Contains(s, "a1@") || strings.Contains(s, "shop.example") {
			t.Errorf("the cookie names the account: %s (%s)", c.Value, decoded)
		}
	}
	if len(decoded) == 0 {
		t.Errorf("cookie %s: no base64 payload to check", c.Value)
	}
	// Put a1's account under attack: only a trusted device gets in now.
	for _, from := range []string{"192.0.2.2", "192.0.2.3"} {
		for range 3 {
			le.Login(t, from, "a1@shop.example", "wrong-guess", nil)
		}
	}
	tampered := *c
	tampered.Value = strings.Replace(c.Value, "d1.", "d1.x", 1)
	tests := []struct {
		name   string
		cookie *http.Cookie
		wait   time.Duration
		status int
	}{
		{"tampered", &tampered, 0, 429},
		{"none", nil, 0, 429},
		{"valid", c, 0, 200},
		{"expired", c, testLoginPolicy.DeviceTTL + time.Second, 429},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			le.advance(tt.wait)
			// Keep the account under attack past the wait.
			for _, from := range []string{"192.0.2.4", "192.0.2.5", "192.0.2.6"} {
				if tt.wait > 0 {
					for range 3 {
						le.Login(t, from, "a1@shop.example", "wrong-guess", nil)
					}
				}
			}
			if res := le.Login(t, "192.0.2.1", "a1@shop.example", AgentPassword, tt.cookie); res.Status != tt.status {
				t.Errorf("got %d %s, want %d", res.Status, res.Body, tt.status)
			}
		})
	}
}
