package desk_test

import (
	"context"
	"io"
	"log/slog"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/compose"
	"github.com/kefu-ai/kefu/desk"
	"github.com/kefu-ai/kefu/inmem"
	"github.com/kefu-ai/kefu/internal/testenv"
	"github.com/kefu-ai/kefu/knowledge"
	"github.com/kefu-ai/kefu/nlu"
	"github.com/kefu-ai/kefu/routing"
	"github.com/kefu-ai/kefu/skills/faq"
	"github.com/kefu-ai/kefu/skills/order"
	"github.com/kefu-ai/kefu/sqlite"
	"github.com/kefu-ai/kefu/translate"
)

// Test tenants.
const (
	shop  = "shop"
	other = "other"
)

// Clock is a settable test clock.
type Clock struct {
	mu sync.Mutex // guards t
	t  time.Time
}

// Now returns the clock's time.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

// Add moves the clock forward.
func (c *Clock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// Translator is a function-field fake of an outside translation provider.
type Translator struct {
	TranslateFn func(ctx context.Context, req translate.Request) (translate.Result, error)
	SupportsFn  func(from, to string) bool
}

// Translate implements translate.Translator.
func (f *Translator) Translate(ctx context.Context, req translate.Request) (translate.Result, error) {
	return f.TranslateFn(ctx, req)
}

// Supports implements translate.Translator.
func (f *Translator) Supports(from, to string) bool { return f.SupportsFn(from, to) }

// tagger is a fake provider that "translates" by tagging the text with the
// target language, for en, es and zh.
func tagger() *Translator {
	langs := map[string]bool{"en": true, "es": true, "zh": true}
	return &Translator{
		SupportsFn: func(from, to string) bool { return langs[from] && langs[to] && from != to },
		TranslateFn: func(ctx context.Context, req translate.Request) (translate.Result, error) {
			return translate.Result{Text: "[" + req.To + "] " + req.Text, From: req.From, To: req.To, Provider: "fake", Machine: true}, nil
		},
	}
}

// Env is a desk over a real SQLite store with the real composer, bus,
// router, skills and understanding; only the translation provider is fake.
type Env struct {
	Store  *sqlite.DB
	Bus    *inmem.EventService
	Desk   *desk.Desk
	Clock  *Clock
	Tenant *kefu.Tenant
	// Ana (en, es) and Bo (en) are agents of shop; Zed is other's.
	Ana, Bo, Zed *kefu.Agent
	Customer     *kefu.Customer
}

// MustOpenEnv builds an Env; provider may be nil (no translation).
func MustOpenEnv(tb testing.TB, provider translate.Translator) *Env {
	tb.Helper()
	ctx := context.Background()
	clock := &Clock{t: time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)}
	db, err := sqlite.Open(ctx, filepath.Join(tb.TempDir(), "kefu.db"), clock.Now)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	comp, err := compose.New()
	if err != nil {
		tb.Fatal(err)
	}
	und, err := nlu.NewDefault(nil, db, clock.Now)
	if err != nil {
		tb.Fatal(err)
	}
	kn := knowledge.NewService(db, clock.Now)
	e := &Env{Store: db, Bus: inmem.NewEventService(), Clock: clock}
	e.Desk = &desk.Desk{
		Store:        db,
		Events:       e.Bus,
		Composer:     comp,
		Router:       &routing.Router{Store: db},
		Knowledge:    kn,
		Understander: und,
		Skills:       []kefu.Skill{&order.Skill{Orders: db}, &faq.Skill{Answerer: &knowledge.Answerer{Knowledge: kn}, KnownIntents: []string{"shipping_time"}}},
		Logger:       slog.New(slog.NewTextHandler(io.Discard, nil)),
		Now:          clock.Now,
	}
	if provider != nil {
		e.Desk.Translator = &translate.Chain{Providers: []translate.Translator{provider}, Cache: translate.NewCache(1000, 0, clock.Now)}
	}
	if err := e.Desk.Init(); err != nil {
		tb.Fatal(err)
	}
	e.Tenant = &kefu.Tenant{ID: shop, Name: "Shop", Settings: kefu.TenantSettings{
		DefaultLanguage: "en", Languages: []string{"en", "es", "zh"}, Timezone: "UTC",
	}}
	if err := db.CreateTenant(ctx, e.Tenant); err != nil {
		tb.Fatal(err)
	}
	if err := db.UpsertPromotion(ctx, &kefu.Promotion{TenantID: shop, ID: "p1", Code: "THANKS10",
		Text: map[string]string{"en": "10% off your next order", "es": "10% de descuento en tu próximo pedido"}}); err != nil {
		tb.Fatal(err)
	}
	if err := db.CreateTenant(ctx, &kefu.Tenant{ID: other, Name: "Other", Settings: kefu.TenantSettings{DefaultLanguage: "en"}}); err != nil {
		tb.Fatal(err)
	}
	e.Ana = MustCreateAgent(tb, db, &kefu.Agent{TenantID: shop, Email: "ana@shop.example", Name: "Ana", Languages: []string{"en", "es"}, MaxChats: 2})
	e.Bo = MustCreateAgent(tb, db, &kefu.Agent{TenantID: shop, Email: "bo@shop.example", Name: "Bo", Languages: []string{"en"}})
	e.Zed = MustCreateAgent(tb, db, &kefu.Agent{TenantID: other, Email: "zed@other.example", Name: "Zed", Languages: []string{"en"}})
	e.Customer = &kefu.Customer{TenantID: shop, ExternalID: "c-1", Name: "Lucía", Language: "es"}
	if err := db.CreateCustomer(ctx, e.Customer); err != nil {
		tb.Fatal(err)
	}
	return e
}

// MustCreateAgent creates a, or fails tb.
func MustCreateAgent(tb testing.TB, st kefu.Store, a *kefu.Agent) *kefu.Agent {
	tb.Helper()
	if err := st.CreateAgent(context.Background(), a); err != nil {
		tb.Fatal(err)
	}
	return a
}

// MustQueue creates a queued Spanish conversation of the env's customer
// with one customer message, queued at the clock's time.
func (e *Env) MustQueue(tb testing.TB, priority int, text string) *kefu.Conversation {
	tb.Helper()
	ctx := context.Background()
	c := &kefu.Conversation{TenantID: shop, CustomerID: e.Customer.ID, Channel: "widget", Status: kefu.StatusQueued,
		Language: "es", Priority: priority, HandoffReason: "customer_asked", QueuedAt: e.Clock.Now()}
	if err := e.Store.CreateConversation(ctx, c); err != nil {
		tb.Fatal(err)
	}
	if text != "" {
		MustCreateMessage(tb, e.Store, &kefu.Message{TenantID: shop, ConversationID: c.ID, Author: kefu.AuthorCustomer, Text: text})
	}
	return c
}

// MustCreateMessage creates m, or fails tb.
func MustCreateMessage(tb testing.TB, st kefu.Store, m *kefu.Message) *kefu.Message {
	tb.Helper()
	if err := st.CreateMessage(context.Background(), m); err != nil {
		tb.Fatal(err)
	}
	return m
}

// MustMessages returns the conversation's messages.
func MustMessages(tb testing.TB, st kefu.Store, tenantID, convID string) []*kefu.Message {
	tb.Helper()
	msgs, err := st.FindMessages(context.Background(), kefu.MessageFilter{TenantID: tenantID, ConversationID: convID})
	if err != nil {
		tb.Fatal(err)
	}
	return msgs
}

// MustConversation reads a conversation.
func MustConversation(tb testing.TB, st kefu.Store, tenantID, id string) *kefu.Conversation {
	tb.Helper()
	c, err := st.FindConversationByID(context.Background(), tenantID, id)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// MustSubscribe subscribes to a tenant's events.
func MustSubscribe(tb testing.TB, bus kefu.EventService, tenantID string) kefu.Subscription {
	tb.Helper()
	sub, err := bus.Subscribe(context.Background(), kefu.EventFilter{TenantID: tenantID})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(sub.Close)
	return sub
}

// drain returns the event types received so far.
func drain(sub kefu.Subscription) []string {
	var out []string
	for {
		select {
		case e := <-sub.C():
			out = append(out, e.Type)
		case <-time.After(50 * time.Millisecond):
			return out
		}
	}
}

// lastOf returns the last message of the given kind.
func lastOf(msgs []*kefu.Message, kind string) *kefu.Message {
	for i := len(msgs) - 1; i >= 0; i-- {
		if msgs[i].Kind == kind {
			return msgs[i]
		}
	}
	return nil
}

func hasAll(s string, subs ...string) bool {
	for _, x := range subs {
		if !strings.Contains(s, x) {
			return false
		}
	}
	return true
}

// MustApertium returns the real Apertium provider with English–Spanish,
// or skips tb (fails under KEFU_REQUIRE_SERVICES=1) when it is missing.
func MustApertium(tb testing.TB) *translate.Apertium {
	tb.Helper()
	if _, err := exec.LookPath("apertium"); err != nil {
		testenv.Unavailable(tb, "apertium not installed: apt-get install -y apertium apertium-eng-spa")
	}
	a, err := translate.NewApertium(translate.ApertiumConfig{})
	if err != nil {
		testenv.Unavailable(tb, "apertium unusable: "+err.Error())
	}
	tb.Cleanup(func() { a.Close() })
	if !a.Supports("en", "es") || !a.Supports("es", "en") {
		testenv.Unavailable(tb, "apertium pair eng-spa missing: apt-get install -y apertium-eng-spa")
	}
	return a
}
