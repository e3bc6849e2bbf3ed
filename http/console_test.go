package http_test

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/compose"
	"github.com/kefu-ai/kefu/desk"
	"github.com/kefu-ai/kefu/dialog"
	khttp "github.com/kefu-ai/kefu/http"
	"github.com/kefu-ai/kefu/internal/password"
	"github.com/kefu-ai/kefu/routing"
	"github.com/kefu-ai/kefu/translate"
)

// AgentPassword is the password of every test agent.
const AgentPassword = "s3cret-pass"

// agentHash is the bcrypt hash of AgentPassword, made once (at the cost
// TestMain sets).
var agentHash = sync.OnceValue(func() string {
	h, err := password.Hash(AgentPassword)
	if err != nil {
		panic(err)
	}
	return h
})

// FakeTranslator is a function-field fake of an outside translation
// provider.
type FakeTranslator struct {
	TranslateFn func(ctx context.Context, req translate.Request) (translate.Result, error)
	SupportsFn  func(from, to string) bool
}

// Translate implements translate.Translator.
func (f *FakeTranslator) Translate(ctx context.Context, req translate.Request) (translate.Result, error) {
	return f.TranslateFn(ctx, req)
}

// Supports implements translate.Translator.
func (f *FakeTranslator) Supports(from, to string) bool { return f.SupportsFn(from, to) }

// tagTranslator "translates" between en, es and zh by prefixing the target.
func tagTranslator() *FakeTranslator {
	ok := map[string]bool{"en": true, "es": true, "zh": true}
	return &FakeTranslator{
		SupportsFn: func(from, to string) bool { return ok[from] && ok[to] },
		TranslateFn: func(ctx context.Context, req translate.Request) (translate.Result, error) {
			return translate.Result{Text: "[" + req.To + "] " + req.Text, From: req.From, To: req.To, Provider: "fake", Machine: true}, nil
		},
	}
}

// ConsoleEnv is an Env with the agent desk and two agents of shop (Ana,
// English and Spanish; Bo, English) and one of other (Zed).
type ConsoleEnv struct {
	*Env
	Ana, Bo, Zed *kefu.Agent
}

// MustOpenConsole starts a server with the console wired to a real desk;
// provider is the (fake) translation provider, nil for none.
func MustOpenConsole(tb testing.TB, provider translate.Translator, configure func(*khttp.Server)) *ConsoleEnv {
	tb.Helper()
	e := MustOpenEnv(tb, func(s *khttp.Server) {
		comp, err := compose.New()
		if err != nil {
			tb.Fatal(err)
		}
		d := &desk.Desk{Store: s.Store, Events: s.Events, Composer: comp, Router: &routing.Router{Store: s.Store},
			Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
		if eng, ok := s.Turns.(*dialog.Engine); ok {
			d.Locker = eng.Locker
		}
		if provider != nil {
			d.Translator = &translate.Chain{Providers: []translate.Translator{provider}, Cache: translate.NewCache(1000, 0, nil)}
		}
		if err := d.Init(); err != nil {
			tb.Fatal(err)
		}
		s.Desk = d
		if configure != nil {
			configure(s)
		}
	})
	ce := &ConsoleEnv{Env: e}
	ce.Ana = MustCreateAgent(tb, e.Store, &kefu.Agent{TenantID: shop, Email: "ana@shop.example", Name: "Ana", Languages: []string{"en", "es"}})
	ce.Bo = MustCreateAgent(tb, e.Store, &kefu.Agent{TenantID: shop, Email: "bo@shop.example", Name: "Bo", Languages: []string{"en"}})
	ce.Zed = MustCreateAgent(tb, e.Store, &kefu.Agent{TenantID: other, Email: "zed@other.example", Name: "Zed", Languages: []string{"en"}})
	return ce
}

// MustCreateAgent stores an agent with AgentPassword.
func MustCreateAgent(tb testing.TB, st kefu.Store, a *kefu.Agent) *kefu.Agent {
	tb.Helper()
	a.PasswordHash = agentHash()
	if err := st.CreateAgent(context.Background(), a); err != nil {
		tb.Fatal(err)
	}
	return a
}

// Agent is a logged-in console client.
type Agent struct {
	Env    *ConsoleEnv
	Cookie *http.Cookie
	CSRF   string
}

// MustLogin logs an agent in through POST /console/login.
func (e *ConsoleEnv) MustLogin(tb testing.TB, a *kefu.Agent) *Agent {
	tb.Helper()
	res := e.ConsoleDo(tb, "POST", "/console/login", nil, "", khttp.LoginRequest{Tenant: a.TenantID, Email: a.Email, Password: AgentPassword})
	if res.Status != http.StatusOK {
		tb.Fatalf("login %s: %d %s", a.Email, res.Status, res.Body)
	}
	var sr khttp.SessionResponse
	res.JSON(tb, &sr)
	c := sessionCookie(res.Header)
	if c == nil || sr.CSRFToken == "" {
		tb.Fatalf("login: no cookie or token: %v %s", res.Header, res.Body)
	}
	return &Agent{Env: e, Cookie: c, CSRF: sr.CSRFToken}
}

// sessionCookie returns the session cookie a response sets.
func sessionCookie(h http.Header) *http.Cookie {
	for _, c := range (&http.Response{Header: h}).Cookies() {
		if c.Name == khttp.SessionCookie {
			return c
		}
	}
	return nil
}

// ConsoleDo sends a console request: cookie may be nil, csrf empty, and a
// nil body sends none. A string body is sent raw as JSON.
func (e *ConsoleEnv) ConsoleDo(tb testing.TB, method, path string, cookie *http.Cookie, csrf string, body any, hdr ...string) Response {
	tb.Helper()
	var rd io.Reader
	if body != nil {
		if s, ok := body.(string); ok {
			rd = strings.NewReader(s)
		} else {
			b, err := json.Marshal(body)
			if err != nil {
				tb.Fatal(err)
			}
			rd = strings.NewReader(string(b))
		}
	}
	req, err := http.NewRequest(method, e.HTTP.URL+path, rd)
	if err != nil {
		tb.Fatal(err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if cookie != nil {
		req.AddCookie(cookie)
	}
	if csrf != "" {
		req.Header.Set(khttp.CSRFHeader, csrf)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	res, err := e.HTTP.Client().Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		tb.Fatal(err)
	}
	return Response{Status: res.StatusCode, Header: res.Header, Body: b}
}

// Get and Post are an agent's API calls (Post with the CSRF token).
func (a *Agent) Get(tb testing.TB, path string) Response {
	tb.Helper()
	return a.Env.ConsoleDo(tb, "GET", path, a.Cookie, "", nil)
}

// Post sends a state-changing request with the agent's CSRF token.
func (a *Agent) Post(tb testing.TB, path string, body any) Response {
	tb.Helper()
	return a.Env.ConsoleDo(tb, "POST", path, a.Cookie, a.CSRF, body)
}

// MustQueued opens a Spanish conversation of customer c-1 and queues it
// (the customer asks for a person), returning the conversation.
func (e *ConsoleEnv) MustQueued(tb testing.TB, text string) *kefu.Conversation {
	tb.Helper()
	res := e.DoJSON(tb, "POST", "/v1/conversations", e.Key, map[string]any{"customer": map[string]string{"external_id": "c-1", "name": "Lucía"}, "language": "es"})
	if res.Status != http.StatusCreated {
		tb.Fatalf("create: %d %s", res.Status, res.Body)
	}
	var cr khttp.ConversationResponse
	res.JSON(tb, &cr)
	e.MustPost(tb, e.Key, cr.Conversation.ID, text)
	c, err := e.Store.FindConversationByID(context.Background(), shop, cr.Conversation.ID)
	if err != nil {
		tb.Fatal(err)
	}
	if c.Status != kefu.StatusQueued {
		q, reason, prio := kefu.StatusQueued, "customer_asked", 1
		c, err = e.Store.UpdateConversation(context.Background(), shop, c.ID, kefu.ConversationUpdate{Status: &q, HandoffReason: &reason, Priority: &prio})
		if err != nil {
			tb.Fatal(err)
		}
	}
	return c
}

func TestConsoleLogin(t *testing.T) {
	e := MustOpenConsole(t, nil, nil)
	good := khttp.LoginRequest{Tenant: shop, Email: "ana@shop.example", Password: AgentPassword}
	for _, tc := range []struct {
		name   string
		body   any
		hdr    []string
		status int
		code   string
	}{
		{"wrong password", khttp.LoginRequest{Tenant: shop, Email: "ana@shop.example", Password: "nope"}, nil, 401, kefu.EUNAUTHORIZED},
		{"unknown email", khttp.LoginRequest{Tenant: shop, Email: "nobody@shop.example", Password: AgentPassword}, nil, 401, kefu.EUNAUTHORIZED},
		{"other tenant", khttp.LoginRequest{Tenant: other, Email: "ana@shop.example", Password: AgentPassword}, nil, 401, kefu.EUNAUTHORIZED},
		{"bad tenant ID", khttp.LoginRequest{Tenant: "../x", Email: "ana@shop.example", Password: AgentPassword}, nil, 401, kefu.EUNAUTHORIZED},
		{"missing password", khttp.LoginRequest{Tenant: shop, Email: "ana@shop.example"}, nil, 400, kefu.EINVALID},
		{"unknown field", `{"tenant":"shop","email":"a","password":"b","admin":true}`, nil, 400, kefu.EINVALID},
		{"not JSON", `tenant=shop`, nil, 400, kefu.EINVALID},
		{"foreign origin", good, []string{"Origin", "https://evil.example"}, 403, kefu.EFORBIDDEN},
		{"cross-site fetch", good, []string{"Sec-Fetch-Site", "cross-site"}, 403, kefu.EFORBIDDEN},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := e.ConsoleDo(t, "POST", "/console/login", nil, "", tc.body, tc.hdr...)
			CheckError(t, res, tc.status, tc.code)
			if sessionCookie(res.Header) != nil {
				t.Error("a failed login set a session cookie")
			}
		})
	}
	// Unknown email and wrong password are told apart by nothing.
	a := e.ConsoleDo(t, "POST", "/console/login", nil, "", khttp.LoginRequest{Tenant: shop, Email: "ana@shop.example", Password: "nope"})
	b := e.ConsoleDo(t, "POST", "/console/login", nil, "", khttp.LoginRequest{Tenant: shop, Email: "nobody@shop.example", Password: "nope"})
	if string(a.Body) != string(b.Body) {
		t.Errorf("wrong password %s, unknown email %s: want the same answer", a.Body, b.Body)
	}

	t.Run("success", func(t *testing.T) {
		res := e.ConsoleDo(t, "POST", "/console/login", nil, "", good, "Origin", e.HTTP.URL)
		if res.Status != 200 {
			t.Fatalf("%d %s", res.Status, res.Body)
		}
		c := sessionCookie(res.Header)
		if c == nil || !c.HttpOnly || c.SameSite != http.SameSiteStrictMode || c.Secure || c.Path != "/" || c.MaxAge <= 0 {
			t.Errorf("cookie %+v: want HttpOnly, SameSite=Strict, not Secure over plain HTTP, Path / (console and admin API), expiring", c)
		}
		if strings.Contains(string(res.Body), "$2a$") || strings.Contains(string(res.Body), "password") {
			t.Errorf("login answer leaks the hash: %s", res.Body)
		}
	})

	t.Run("secure over TLS", func(t *testing.T) {
		body, _ := json.Marshal(good)
		req := httptest.NewRequest("POST", "/console/login", strings.NewReader(string(body)))
		req.Header.Set("Content-Type", "application/json")
		req.TLS = &tls.ConnectionState{}
		rec := httptest.NewRecorder()
		e.Server.Handler().ServeHTTP(rec, req)
		if c := sessionCookie(rec.Header()); rec.Code != 200 || c == nil || !c.Secure || !c.HttpOnly {
			t.Errorf("%d, cookie %+v: want Secure over TLS", rec.Code, c)
		}
	})
}

func TestConsoleLoginThrottle(t *testing.T) {
	// A stopped clock: the delay after the fifth failure must not run out
	// while a slow machine (bcrypt under -race) makes the next attempt.
	stopped := time.Now()
	e := MustOpenConsole(t, nil, func(s *khttp.Server) { s.Now = func() time.Time { return stopped } })
	bad := khttp.LoginRequest{Tenant: shop, Email: "bo@shop.example", Password: "guess"}
	for i := range 5 {
		if res := e.ConsoleDo(t, "POST", "/console/login", nil, "", bad); res.Status != 401 {
			t.Fatalf("attempt %d: %d %s", i+1, res.Status, res.Body)
		}
	}
	res := e.ConsoleDo(t, "POST", "/console/login", nil, "", khttp.LoginRequest{Tenant: shop, Email: "bo@shop.example", Password: AgentPassword})
	CheckError(t, res, http.StatusTooManyRequests, kefu.ERATELIMIT)
	if res.Header.Get("Retry-After") == "" {
		t.Error("no Retry-After")
	}
	// Another agent is not locked out by Bo's attacker.
	e.MustLogin(t, e.Ana)
}

func TestConsoleSession(t *testing.T) {
	now := time.Now()
	var mu sync.Mutex
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	e := MustOpenConsole(t, nil, func(s *khttp.Server) { s.Now = clock; s.SessionTTL = time.Hour })
	ana := e.MustLogin(t, e.Ana)
	conv := e.MustQueued(t, "quiero hablar con una persona")
	take := "/console/api/conversations/" + conv.ID + "/take"

	tampered := *ana.Cookie
	tampered.Value = strings.Replace(tampered.Value, "v1.", "v1.x", 1)
	for _, tc := range []struct {
		name   string
		cookie *http.Cookie
		csrf   string
		hdr    []string
		status int
		code   string
	}{
		{"no cookie", nil, ana.CSRF, nil, 401, kefu.EUNAUTHORIZED},
		{"tampered cookie", &tampered, ana.CSRF, nil, 401, kefu.EUNAUTHORIZED},
		{"no CSRF token", ana.Cookie, "", nil, 403, kefu.EFORBIDDEN},
		{"wrong CSRF token", ana.Cookie, ana.CSRF + "x", nil, 403, kefu.EFORBIDDEN},
		{"foreign origin", ana.Cookie, ana.CSRF, []string{"Origin", "https://evil.example"}, 403, kefu.EFORBIDDEN},
		{"null origin", ana.Cookie, ana.CSRF, []string{"Origin", "null"}, 403, kefu.EFORBIDDEN},
		{"cross-site", ana.Cookie, ana.CSRF, []string{"Sec-Fetch-Site", "cross-site"}, 403, kefu.EFORBIDDEN},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := e.ConsoleDo(t, "POST", take, tc.cookie, tc.csrf, nil, tc.hdr...)
			CheckError(t, res, tc.status, tc.code)
			if c := MustConversationOf(t, e.Store, shop, conv.ID); c.Status != kefu.StatusQueued {
				t.Fatalf("a refused take changed the conversation: %+v", c)
			}
		})
	}
	if res := e.ConsoleDo(t, "GET", "/console/api/me", nil, "", nil); res.Status != 401 {
		t.Errorf("GET me without a cookie: %d", res.Status)
	}
	if res := ana.Get(t, "/console/api/me"); res.Status != 200 {
		t.Fatalf("me: %d %s", res.Status, res.Body)
	}
	// Same-origin requests with an Origin header pass.
	if res := e.ConsoleDo(t, "POST", "/console/api/presence", ana.Cookie, ana.CSRF, map[string]string{"presence": "away"}, "Origin", e.HTTP.URL, "Sec-Fetch-Site", "same-origin"); res.Status != 200 {
		t.Errorf("same-origin presence: %d %s", res.Status, res.Body)
	}

	// A new password ends the sessions made with the old one.
	h, err := password.Hash("another-pass")
	if err != nil {
		t.Fatal(err)
	}
	bo := e.MustLogin(t, e.Bo)
	if _, err := e.Store.UpdateAgent(context.Background(), shop, e.Bo.ID, kefu.AgentUpdate{PasswordHash: &h}); err != nil {
		t.Fatal(err)
	}
	CheckError(t, bo.Get(t, "/console/api/me"), 401, kefu.EUNAUTHORIZED)

	// Sessions expire.
	mu.Lock()
	now = now.Add(time.Hour + time.Second)
	mu.Unlock()
	CheckError(t, ana.Get(t, "/console/api/me"), 401, kefu.EUNAUTHORIZED)
}

func TestConsoleLogout(t *testing.T) {
	e := MustOpenConsole(t, nil, nil)
	ana := e.MustLogin(t, e.Ana)
	CheckError(t, e.ConsoleDo(t, "POST", "/console/logout", ana.Cookie, "", nil), 403, kefu.EFORBIDDEN)
	res := ana.Post(t, "/console/logout", nil)
	if res.Status != http.StatusNoContent {
		t.Fatalf("logout: %d %s", res.Status, res.Body)
	}
	if c := sessionCookie(res.Header); c == nil || c.MaxAge >= 0 || c.Value != "" {
		t.Errorf("logout cookie %+v: want it deleted", c)
	}
	a, _ := e.Store.FindAgentByID(context.Background(), shop, e.Ana.ID)
	if a.Presence != kefu.PresenceOffline {
		t.Errorf("presence after logout = %s", a.Presence)
	}
}

// MustConversationOf reads a conversation or fails tb.
func MustConversationOf(tb testing.TB, st kefu.Store, tenantID, id string) *kefu.Conversation {
	tb.Helper()
	c, err := st.FindConversationByID(context.Background(), tenantID, id)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

func TestConsoleFlow(t *testing.T) {
	e := MustOpenConsole(t, tagTranslator(), nil)
	ctx := context.Background()
	t1 := kefu.TenantSettings{DefaultLanguage: "en", Languages: []string{"en", "es"}}
	if err := e.Store.UpdateTenantSettings(ctx, shop, t1); err != nil {
		t.Fatal(err)
	}
	for _, c := range []*kefu.CannedReply{
		{TenantID: shop, ID: "c1", Title: "Saludo", Language: "es", Text: "¡Hola!"},
		{TenantID: shop, ID: "c2", Title: "Hello", Language: "en", Text: "Hello!"},
	} {
		if err := e.Store.UpsertCannedReply(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	ana := e.MustLogin(t, e.Ana)
	conv := e.MustQueued(t, "quiero hablar con una persona")

	var q khttp.QueueResponse
	ana.Get(t, "/console/api/queue").JSON(t, &q)
	if len(q.Queue) != 1 || q.Queue[0].Conversation.ID != conv.ID || q.Queue[0].CustomerName != "Lucía" {
		t.Fatalf("queue = %+v", q)
	}
	base := "/console/api/conversations/" + conv.ID
	if res := ana.Post(t, base+"/take", nil); res.Status != 200 {
		t.Fatalf("take: %d %s", res.Status, res.Body)
	}
	var v desk.View
	ana.Get(t, base).JSON(t, &v)
	if len(v.Messages) == 0 || v.Messages[0].Translation == nil || v.Messages[0].Translation.Text != "[en] quiero hablar con una persona" {
		t.Fatalf("view: %+v", v.Messages)
	}
	var rr desk.ReplyResult
	res := ana.Post(t, base+"/reply", khttp.ReplyRequest{Text: "I will check your order."})
	res.JSON(t, &rr)
	if res.Status != 200 || rr.Message.Text != "[es] I will check your order." || rr.Message.OriginalText != "I will check your order." {
		t.Fatalf("reply: %d %s", res.Status, res.Body)
	}
	// The customer sees the translation, never the note.
	if res := ana.Post(t, base+"/notes", khttp.NoteRequest{Text: "check the warehouse"}); res.Status != 201 {
		t.Fatalf("note: %d %s", res.Status, res.Body)
	}
	msgs := e.Do(t, "GET", "/v1/conversations/"+conv.ID+"/messages", e.Key, "", nil)
	if !strings.Contains(string(msgs.Body), "[es] I will check your order.") || strings.Contains(string(msgs.Body), "warehouse") {
		t.Errorf("customer's messages: %s", msgs.Body)
	}
	var canned khttp.CannedResponse
	ana.Get(t, "/console/api/canned").JSON(t, &canned)
	if len(canned.CannedReplies) != 2 || canned.CannedReplies[0].Language != "en" {
		t.Errorf("canned = %+v, want English (Ana's first language) first", canned)
	}
	var ags khttp.AgentsResponse
	ana.Get(t, "/console/api/agents").JSON(t, &ags)
	if len(ags.Agents) != 2 || strings.Contains(mustJSON(t, ags), "@") {
		t.Errorf("agents = %+v, want shop's two without emails", ags)
	}
	for _, p := range []string{base + "/context", base + "/assist", "/console/api/conversations"} {
		if res := ana.Get(t, p); res.Status != 200 {
			t.Errorf("GET %s: %d %s", p, res.Status, res.Body)
		}
	}
	if res := ana.Post(t, base+"/transfer", khttp.TransferRequest{AgentID: e.Bo.ID}); res.Status != 200 {
		t.Fatalf("transfer: %d %s", res.Status, res.Body)
	}
	bo := e.MustLogin(t, e.Bo)
	if res := bo.Post(t, base+"/close", nil); res.Status != 200 {
		t.Fatalf("close: %d %s", res.Status, res.Body)
	}
	if c := MustConversationOf(t, e.Store, shop, conv.ID); c.Status != kefu.StatusClosed {
		t.Errorf("status %s after close", c.Status)
	}
}

func mustJSON(tb testing.TB, v any) string {
	tb.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// TestConsoleBadInput sends every endpoint something wrong: each answers
// a 4xx JSON error and stores nothing.
func TestConsoleBadInput(t *testing.T) {
	e := MustOpenConsole(t, tagTranslator(), nil)
	ana := e.MustLogin(t, e.Ana)
	bo := e.MustLogin(t, e.Bo)
	conv := e.MustQueued(t, "quiero hablar con una persona")
	base := "/console/api/conversations/" + conv.ID
	if res := ana.Post(t, base+"/take", nil); res.Status != 200 {
		t.Fatalf("take: %d %s", res.Status, res.Body)
	}
	long := strings.Repeat("a", kefu.MaxMessageBytes+1)
	for _, tc := range []struct {
		name   string
		who    *Agent
		method string
		path   string
		body   any
		status int
		code   string
	}{
		{"reply empty", ana, "POST", base + "/reply", khttp.ReplyRequest{Text: " "}, 400, kefu.EINVALID},
		{"reply too long", ana, "POST", base + "/reply", khttp.ReplyRequest{Text: long}, 413, kefu.ETOOLARGE},
		{"reply control chars", ana, "POST", base + "/reply", khttp.ReplyRequest{Text: "a\x1bb"}, 400, kefu.EINVALID},
		{"reply bad language", ana, "POST", base + "/reply", khttp.ReplyRequest{Text: "hi", Language: "<b>"}, 400, kefu.EINVALID},
		{"reply unknown field", ana, "POST", base + "/reply", `{"text":"hi","author":"bot"}`, 400, kefu.EINVALID},
		{"reply no body", ana, "POST", base + "/reply", nil, 400, kefu.EINVALID},
		{"reply malformed", ana, "POST", base + "/reply", `{"text":`, 400, kefu.EINVALID},
		{"reply by non-holder", bo, "POST", base + "/reply", khttp.ReplyRequest{Text: "hi"}, 403, kefu.EFORBIDDEN},
		{"reply unknown conversation", ana, "POST", "/console/api/conversations/cv_nope/reply", khttp.ReplyRequest{Text: "hi"}, 404, kefu.ENOTFOUND},
		{"note empty", ana, "POST", base + "/notes", khttp.NoteRequest{Text: ""}, 400, kefu.EINVALID},
		{"note too long", ana, "POST", base + "/notes", khttp.NoteRequest{Text: strings.Repeat("n", kefu.MaxNoteBytes+1)}, 413, kefu.ETOOLARGE},
		{"note unknown conversation", ana, "POST", "/console/api/conversations/cv_nope/notes", khttp.NoteRequest{Text: "x"}, 404, kefu.ENOTFOUND},
		{"transfer no agent", ana, "POST", base + "/transfer", khttp.TransferRequest{}, 400, kefu.EINVALID},
		{"transfer unknown agent", ana, "POST", base + "/transfer", khttp.TransferRequest{AgentID: "ag_nope"}, 404, kefu.ENOTFOUND},
		{"transfer to self", ana, "POST", base + "/transfer", khttp.TransferRequest{AgentID: e.Ana.ID}, 400, kefu.EINVALID},
		{"transfer other tenant's agent", ana, "POST", base + "/transfer", khttp.TransferRequest{AgentID: e.Zed.ID}, 404, kefu.ENOTFOUND},
		{"transfer by non-holder", bo, "POST", base + "/transfer", khttp.TransferRequest{AgentID: e.Ana.ID}, 409, kefu.ECONFLICT},
		{"take taken", bo, "POST", base + "/take", nil, 409, kefu.ECONFLICT},
		{"take unknown", bo, "POST", "/console/api/conversations/cv_nope/take", nil, 404, kefu.ENOTFOUND},
		{"take bad ID", bo, "POST", "/console/api/conversations/%3Cx%3E/take", nil, 404, kefu.ENOTFOUND},
		{"release by non-holder", bo, "POST", base + "/release", nil, 409, kefu.ECONFLICT},
		{"close by non-holder", bo, "POST", base + "/close", nil, 403, kefu.EFORBIDDEN},
		{"presence unknown", ana, "POST", "/console/api/presence", khttp.PresenceRequest{Presence: "busy"}, 400, kefu.EINVALID},
		{"presence no body", ana, "POST", "/console/api/presence", nil, 400, kefu.EINVALID},
		{"view unknown", ana, "GET", "/console/api/conversations/cv_nope", nil, 404, kefu.ENOTFOUND},
		{"context unknown", ana, "GET", "/console/api/conversations/cv_nope/context", nil, 404, kefu.ENOTFOUND},
		{"assist unknown", ana, "GET", "/console/api/conversations/cv_nope/assist", nil, 404, kefu.ENOTFOUND},
		{"wrong method", ana, "PUT", base + "/take", nil, 405, kefu.EINVALID},
		{"unknown endpoint", ana, "GET", "/console/api/nope", nil, 404, kefu.ENOTFOUND},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := e.MessageCount(t, shop, conv.ID)
			csrf := ""
			if tc.method != "GET" {
				csrf = tc.who.CSRF
			}
			res := e.ConsoleDo(t, tc.method, tc.path, tc.who.Cookie, csrf, tc.body)
			CheckError(t, res, tc.status, tc.code)
			if after := e.MessageCount(t, shop, conv.ID); after != before {
				t.Errorf("stored %d messages", after-before)
			}
			notes, err := e.Store.FindNotes(context.Background(), shop, conv.ID)
			if err != nil || len(notes) != 0 {
				t.Errorf("notes: %v, %v", notes, err)
			}
			if c := MustConversationOf(t, e.Store, shop, conv.ID); c.Status != kefu.StatusAgent || c.AgentID != e.Ana.ID {
				t.Errorf("conversation changed: %+v", c)
			}
		})
	}
}

// TestConsoleTenantIsolation: an agent of another tenant sees none of
// shop's conversations, by any route.
func TestConsoleTenantIsolation(t *testing.T) {
	e := MustOpenConsole(t, tagTranslator(), nil)
	zed := e.MustLogin(t, e.Zed)
	conv := e.MustQueued(t, "quiero hablar con una persona")
	base := "/console/api/conversations/" + conv.ID
	for _, p := range []string{base, base + "/context", base + "/assist"} {
		CheckError(t, zed.Get(t, p), 404, kefu.ENOTFOUND)
	}
	for _, p := range []string{"/take", "/release", "/close"} {
		CheckError(t, zed.Post(t, base+p, nil), 404, kefu.ENOTFOUND)
	}
	CheckError(t, zed.Post(t, base+"/reply", khttp.ReplyRequest{Text: "hi"}), 404, kefu.ENOTFOUND)
	CheckError(t, zed.Post(t, base+"/notes", khttp.NoteRequest{Text: "hi"}), 404, kefu.ENOTFOUND)
	CheckError(t, zed.Post(t, base+"/transfer", khttp.TransferRequest{AgentID: e.Ana.ID}), 404, kefu.ENOTFOUND)
	for _, p := range []string{"/console/api/queue", "/console/api/conversations", "/console/api/agents"} {
		res := zed.Get(t, p)
		if res.Status != 200 || strings.Contains(string(res.Body), conv.ID) || strings.Contains(string(res.Body), e.Ana.ID) {
			t.Errorf("GET %s as another tenant's agent: %d %s", p, res.Status, res.Body)
		}
	}
	// Zed's websocket hears nothing of shop.
	ws := zed.MustDialConsole(t)
	ana := e.MustLogin(t, e.Ana)
	if res := ana.Post(t, base+"/take", nil); res.Status != 200 {
		t.Fatal(res.Status)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	var ev khttp.ConsoleEvent
	if err := wsjson.Read(ctx, ws, &ev); err == nil {
		t.Errorf("another tenant's console got %+v", ev)
	}
	if c := MustConversationOf(t, e.Store, shop, conv.ID); c.AgentID != e.Ana.ID || e.MessageCount(t, shop, conv.ID) == 0 {
		t.Errorf("conversation %+v", c)
	}
}

// MustDialConsole opens the console websocket as the agent.
func (a *Agent) MustDialConsole(tb testing.TB) *websocket.Conn {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	u := "ws" + strings.TrimPrefix(a.Env.HTTP.URL, "http") + "/console/ws?csrf=" + a.CSRF
	h := http.Header{}
	h.Set("Cookie", a.Cookie.Name+"="+a.Cookie.Value)
	c, _, err := websocket.Dial(ctx, u, &websocket.DialOptions{HTTPHeader: h})
	if err != nil {
		tb.Fatalf("dial console: %v", err)
	}
	tb.Cleanup(func() { c.CloseNow() })
	return c
}

func readConsole(tb testing.TB, c *websocket.Conn) khttp.ConsoleEvent {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	var ev khttp.ConsoleEvent
	if err := wsjson.Read(ctx, c, &ev); err != nil {
		tb.Fatalf("read console: %v", err)
	}
	return ev
}

func TestConsoleWebsocket(t *testing.T) {
	e := MustOpenConsole(t, tagTranslator(), nil)
	ana := e.MustLogin(t, e.Ana)
	conv := e.MustQueued(t, "quiero hablar con una persona")

	t.Run("refused", func(t *testing.T) {
		u := "ws" + strings.TrimPrefix(e.HTTP.URL, "http") + "/console/ws"
		for name, tc := range map[string]struct {
			query  string
			header http.Header
			status int
		}{
			"no cookie":      {"?csrf=" + ana.CSRF, http.Header{}, 401},
			"no token":       {"", http.Header{"Cookie": {ana.Cookie.Name + "=" + ana.Cookie.Value}}, 403},
			"foreign origin": {"?csrf=" + ana.CSRF, http.Header{"Cookie": {ana.Cookie.Name + "=" + ana.Cookie.Value}, "Origin": {"https://evil.example"}}, 403},
		} {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			_, res, err := websocket.Dial(ctx, u+tc.query, &websocket.DialOptions{HTTPHeader: tc.header})
			cancel()
			if err == nil || res == nil || res.StatusCode != tc.status {
				t.Errorf("%s: %v, %v; want %d", name, res, err, tc.status)
			}
		}
	})

	ws := ana.MustDialConsole(t)
	if res := ana.Post(t, "/console/api/conversations/"+conv.ID+"/take", nil); res.Status != 200 {
		t.Fatal(res.Status)
	}
	// The joined message (queued conversation) and the status change.
	var sawStatus, sawJoined bool
	for !sawStatus || !sawJoined {
		ev := readConsole(t, ws)
		switch {
		case ev.Type == kefu.EventConversationStatus && ev.Conversation.ID == conv.ID && ev.Conversation.Status == kefu.StatusAgent:
			sawStatus = true
		case ev.Type == kefu.EventMessageCreated && ev.Message.Kind == kefu.MessageAgentJoined:
			sawJoined = true
		}
	}
	// The customer writes: the console gets it translated.
	e.MustPost(t, e.Key, conv.ID, "¿dónde está mi pedido?")
	ev := readConsole(t, ws)
	if ev.Type != kefu.EventMessageCreated || ev.Message.Text != "¿dónde está mi pedido?" || ev.Message.Translation == nil || ev.Message.Translation.Text != "[en] ¿dónde está mi pedido?" {
		t.Fatalf("event %+v (message %+v)", ev, ev.Message)
	}
}

// TestConsolePresenceFollowsSockets: an agent whose last console closed
// goes offline after the grace period; a console that reconnects within
// it keeps their presence.
func TestConsolePresenceFollowsSockets(t *testing.T) {
	const grace = 150 * time.Millisecond
	e := MustOpenConsole(t, nil, func(s *khttp.Server) { s.PresenceGrace = grace })
	ana := e.MustLogin(t, e.Ana)
	if res := ana.Post(t, "/console/api/presence", map[string]string{"presence": "online"}); res.Status != http.StatusOK {
		t.Fatalf("presence: %d %s", res.Status, res.Body)
	}
	presence := func() kefu.Presence {
		t.Helper()
		a, err := e.Store.FindAgentByID(context.Background(), e.Ana.TenantID, e.Ana.ID)
		if err != nil {
			t.Fatal(err)
		}
		return a.Presence
	}
	first, second := ana.MustDialConsole(t), ana.MustDialConsole(t)
	first.Close(websocket.StatusNormalClosure, "")
	time.Sleep(3 * grace)
	if p := presence(); p != kefu.PresenceOnline {
		t.Fatalf("one console still open: presence %s, want online", p)
	}
	// A reload: the last console closes and a new one opens within the grace.
	second.Close(websocket.StatusNormalClosure, "")
	third := ana.MustDialConsole(t)
	time.Sleep(3 * grace)
	if p := presence(); p != kefu.PresenceOnline {
		t.Fatalf("reconnected within the grace: presence %s, want online", p)
	}
	third.Close(websocket.StatusNormalClosure, "")
	deadline := time.Now().Add(5 * time.Second)
	for presence() != kefu.PresenceOffline {
		if time.Now().After(deadline) {
			t.Fatalf("last console closed: presence %s, want offline", presence())
		}
		time.Sleep(20 * time.Millisecond)
	}
}
