package customs_test

import (
	"context"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/compose"
	tariff "github.com/kefu-ai/kefu/customs"
	"github.com/kefu-ai/kefu/dialog"
	"github.com/kefu-ai/kefu/importer"
	"github.com/kefu-ai/kefu/inmem"
	"github.com/kefu-ai/kefu/knowledge"
	"github.com/kefu-ai/kefu/nlu"
	"github.com/kefu-ai/kefu/skills/customs"
	"github.com/kefu-ai/kefu/skills/faq"
	"github.com/kefu-ai/kefu/skills/order"
	"github.com/kefu-ai/kefu/sqlite"
)

// fixedNow is the day every test runs on: the rate tables, thresholds and
// facts in force then decide the answers.
var fixedNow = time.Date(2026, 11, 10, 10, 0, 0, 0, time.UTC)

func clock() time.Time { return fixedNow }

// openTables loads the embedded customs tables once for the package's
// tests (about 95 ms each time otherwise).
var openTables = sync.OnceValues(tariff.Open)

// MustTables returns the embedded customs tables.
func MustTables(tb testing.TB) *tariff.Tables {
	tb.Helper()
	t, err := openTables()
	if err != nil {
		tb.Fatal(err)
	}
	return t
}

// fixture is the real engine (SQLite store, shipped NLU model, composer,
// order, customs and knowledge skills wired as in cmd/kefu) over the demo
// shops.
type fixture struct {
	engine *dialog.Engine
	store  kefu.Store
	tables *tariff.Tables
	skill  *customs.Skill
}

// MustOpenDemo opens a SQLite store in a temp dir, loads the demo shops
// and wires the engine the way cmd/kefu/app.go does.
func MustOpenDemo(tb testing.TB) *fixture {
	tb.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(tb.TempDir(), "kefu.db"), clock)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	if _, err := importer.LoadDemo(ctx, db, clock); err != nil {
		tb.Fatal(err)
	}
	und, err := nlu.NewDefault(nil, db, clock)
	if err != nil {
		tb.Fatal(err)
	}
	comp, err := compose.New()
	if err != nil {
		tb.Fatal(err)
	}
	tables := MustTables(tb)
	answerer := &knowledge.Answerer{Knowledge: knowledge.NewService(db, clock)}
	kb := &faq.Skill{Answerer: answerer, KnownIntents: []string{"shipping_time", "return_policy", "customs_duty", "payment_methods", "contact"}}
	cs := &customs.Skill{Tables: tables, Products: db, Orders: db, Knowledge: answerer, Now: clock}
	skills := []kefu.Skill{&order.Skill{Orders: db}, cs, kb}
	e := &dialog.Engine{
		Store: db, Understander: und, Composer: comp, Events: inmem.NewEventService(), Skills: skills, Now: clock,
		Fallback: faq.Name,
	}
	if err := e.Init(); err != nil {
		tb.Fatal(err)
	}
	return &fixture{engine: e, store: db, tables: tables, skill: cs}
}

// MustStart opens a conversation of the demo customer with the given
// external ID ("" for an anonymous visitor).
func (f *fixture) MustStart(tb testing.TB, tenant, customer, lang string) *kefu.Conversation {
	tb.Helper()
	c, _, err := f.engine.StartConversation(context.Background(), kefu.StartConversationRequest{TenantID: tenant, CustomerExternalID: customer, Language: lang})
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// MustPost posts a customer message and returns the bot's reply.
func (f *fixture) MustPost(tb testing.TB, conv *kefu.Conversation, text string) *kefu.Message {
	tb.Helper()
	res, err := f.engine.PostMessage(context.Background(), kefu.PostMessageRequest{TenantID: conv.TenantID, ConversationID: conv.ID, Text: text})
	if err != nil {
		tb.Fatalf("PostMessage(%q): %v", text, err)
	}
	if res.Reply == nil || res.Reply.Trace == nil {
		tb.Fatalf("PostMessage(%q): no reply with a trace", text)
	}
	return res.Reply
}

// tenant returns the stored tenant id.
func (f *fixture) tenant(tb testing.TB, id string) *kefu.Tenant {
	tb.Helper()
	t, err := f.store.FindTenantByID(context.Background(), id)
	if err != nil {
		tb.Fatal(err)
	}
	return t
}
