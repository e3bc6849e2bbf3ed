package http_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/compensation"
	"github.com/kefu-ai/kefu/compose"
	"github.com/kefu-ai/kefu/dialog"
	khttp "github.com/kefu-ai/kefu/http"
	"github.com/kefu-ai/kefu/inmem"
	"github.com/kefu-ai/kefu/knowledge"
	"github.com/kefu-ai/kefu/nlu"
	"github.com/kefu-ai/kefu/skills/aftersales"
	"github.com/kefu-ai/kefu/skills/faq"
	"github.com/kefu-ai/kefu/skills/order"
	"github.com/kefu-ai/kefu/sqlite"
)

// Test tenants.
const (
	shop      = "shop"     // widget enabled, with a widget secret
	other     = "other"    // another tenant; widget disabled
	nosecret  = "nosecret" // widget enabled, no widget secret
	widgetKey = "widget-secret"
)

// Env is a server wired with real parts: SQLite in a temporary
// directory, the in-process bus and the dialog engine.
type Env struct {
	Server   *khttp.Server
	HTTP     *httptest.Server
	Store    kefu.Store
	Bus      *inmem.EventService
	Key      string // API key of shop (chat scope)
	OtherKey string // API key of other (chat scope)
	// AdminKey and OtherAdminKey are admin-scoped keys of shop and other.
	AdminKey, OtherAdminKey string
}

// MustOpenEnv starts a test server; configure may change the server's
// fields before it starts.
func MustOpenEnv(tb testing.TB, configure func(*khttp.Server)) *Env {
	tb.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(tb.TempDir(), "kefu.db"), nil)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	bus := inmem.NewEventService()

	und, err := nlu.NewDefault(nil, db, nil)
	if err != nil {
		tb.Fatal(err)
	}
	comp, err := compose.New()
	if err != nil {
		tb.Fatal(err)
	}
	skills := []kefu.Skill{
		&order.Skill{Orders: db},
		&aftersales.Skill{Orders: db, Products: db, Logger: logger, Compensations: &compensation.Issuer{Store: db}},
		&faq.Skill{Answerer: &knowledge.Answerer{Knowledge: knowledge.NewService(db, time.Now)}},
	}
	engine := &dialog.Engine{
		Store:        db,
		Understander: und,
		Fallback:     faq.Name,
		Composer:     comp,
		Events:       bus,
		Skills:       skills,
		Logger:       logger,
	}
	if err := engine.Init(); err != nil {
		tb.Fatal(err)
	}

	e := &Env{Store: db, Bus: bus}
	MustCreateTenant(tb, db, shop, kefu.TenantSettings{WidgetEnabled: true, WidgetSecret: widgetKey})
	MustCreateTenant(tb, db, other, kefu.TenantSettings{})
	MustCreateTenant(tb, db, nosecret, kefu.TenantSettings{WidgetEnabled: true})
	e.Key = MustCreateAPIKey(tb, db, shop)
	e.OtherKey = MustCreateAPIKey(tb, db, other)
	e.AdminKey = MustCreateScopedKey(tb, db, shop, kefu.ScopeAdmin)
	e.OtherAdminKey = MustCreateScopedKey(tb, db, other, kefu.ScopeAdmin)

	e.Server = &khttp.Server{Store: db, Turns: engine, Events: bus, Logger: logger}
	if configure != nil {
		configure(e.Server)
	}
	e.HTTP = httptest.NewServer(e.Server.Handler())
	tb.Cleanup(func() {
		e.HTTP.Close()
		e.Server.Close()
	})
	return e
}

// MustCreateTenant creates a tenant with English defaults and the given
// settings.
func MustCreateTenant(tb testing.TB, st kefu.Store, id string, s kefu.TenantSettings) {
	tb.Helper()
	s.DefaultLanguage = "en"
	s.Languages = []string{"en", "zh", "es"}
	if err := st.CreateTenant(context.Background(), &kefu.Tenant{ID: id, Name: "Shop " + id, Settings: s}); err != nil {
		tb.Fatal(err)
	}
}

// MustCreateAPIKey stores a new chat-scoped API key for the tenant and
// returns it.
func MustCreateAPIKey(tb testing.TB, st kefu.Store, tenantID string) string {
	tb.Helper()
	return MustCreateScopedKey(tb, st, tenantID, kefu.ScopeChat)
}

// MustCreateScopedKey stores a new API key of the scope for the tenant
// and returns it.
func MustCreateScopedKey(tb testing.TB, st kefu.Store, tenantID string, scope kefu.KeyScope) string {
	tb.Helper()
	plain := kefu.NewAPIKeySecret()
	if err := st.CreateAPIKey(context.Background(), &kefu.APIKey{TenantID: tenantID, Name: "test", Hash: kefu.HashSecret(plain), Scope: scope}); err != nil {
		tb.Fatal(err)
	}
	return plain
}

// Response is a decoded reply.
type Response struct {
	Status int
	Header http.Header
	Body   []byte
}

// JSON decodes the body into v or fails tb.
func (r Response) JSON(tb testing.TB, v any) {
	tb.Helper()
	if err := json.Unmarshal(r.Body, v); err != nil {
		tb.Fatalf("decoding %s: %v", r.Body, err)
	}
}

// ErrorCode returns the code of an error reply, or "".
func (r Response) ErrorCode() string {
	var e khttp.ErrorResponse
	if json.Unmarshal(r.Body, &e) != nil {
		return ""
	}
	return e.Error.Code
}

// ErrorField returns the field an error reply names, or "".
func (r Response) ErrorField() string {
	var e khttp.ErrorResponse
	if json.Unmarshal(r.Body, &e) != nil {
		return ""
	}
	return e.Error.Field
}

// Do sends a request with a raw body. Empty auth sends no Authorization
// header; empty contentType sends none.
func (e *Env) Do(tb testing.TB, method, path, auth, contentType string, body []byte) Response {
	tb.Helper()
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequest(method, e.HTTP.URL+path, rd)
	if err != nil {
		tb.Fatal(err)
	}
	if auth != "" {
		req.Header.Set("Authorization", "Bearer "+auth)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
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

// DoJSON sends v as a JSON body.
func (e *Env) DoJSON(tb testing.TB, method, path, auth string, v any) Response {
	tb.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		tb.Fatal(err)
	}
	return e.Do(tb, method, path, auth, "application/json", b)
}

// MustStartConversation opens a conversation with the API key and returns
// it with its token.
func (e *Env) MustStartConversation(tb testing.TB, key, externalID string) (*kefu.Conversation, string) {
	tb.Helper()
	body := map[string]any{}
	if externalID != "" {
		body["customer"] = map[string]string{"external_id": externalID}
	}
	res := e.DoJSON(tb, "POST", "/v1/conversations", key, body)
	if res.Status != http.StatusCreated {
		tb.Fatalf("create conversation: %d %s", res.Status, res.Body)
	}
	var cr khttp.ConversationResponse
	res.JSON(tb, &cr)
	if cr.Conversation == nil || cr.Token == "" {
		tb.Fatalf("create conversation: %s", res.Body)
	}
	return cr.Conversation, cr.Token
}

// MustPost posts a customer message and returns the reply.
func (e *Env) MustPost(tb testing.TB, auth, convID, text string) khttp.PostMessageResponse {
	tb.Helper()
	res := e.DoJSON(tb, "POST", "/v1/conversations/"+convID+"/messages", auth, map[string]string{"text": text})
	if res.Status != http.StatusOK {
		tb.Fatalf("post message: %d %s", res.Status, res.Body)
	}
	var pr khttp.PostMessageResponse
	res.JSON(tb, &pr)
	return pr
}

// MessageCount is the number of stored messages of a conversation.
func (e *Env) MessageCount(tb testing.TB, tenantID, convID string) int {
	tb.Helper()
	msgs, err := e.Store.FindMessages(context.Background(), kefu.MessageFilter{TenantID: tenantID, ConversationID: convID, Limit: 1000})
	if err != nil {
		tb.Fatal(err)
	}
	return len(msgs)
}

// ConversationCount is the number of stored conversations of a tenant.
func (e *Env) ConversationCount(tb testing.TB, tenantID string) int {
	tb.Helper()
	cs, err := e.Store.FindConversations(context.Background(), kefu.ConversationFilter{TenantID: tenantID, Limit: 1000})
	if err != nil {
		tb.Fatal(err)
	}
	return len(cs)
}

// CheckError fails tb unless res is a JSON error with the status and code.
func CheckError(tb testing.TB, res Response, status int, code string) {
	tb.Helper()
	if res.Status != status || res.ErrorCode() != code {
		tb.Errorf("got %d %s, want %d with code %q", res.Status, res.Body, status, code)
	}
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		tb.Errorf("Content-Type = %q, want JSON", ct)
	}
}
