package dialog_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/compose"
	"github.com/kefu-ai/kefu/dialog"
	"github.com/kefu-ai/kefu/inmem"
	"github.com/kefu-ai/kefu/knowledge"
	"github.com/kefu-ai/kefu/nlu"
	"github.com/kefu-ai/kefu/routing"
	"github.com/kefu-ai/kefu/skills/faq"
	"github.com/kefu-ai/kefu/skills/order"
	"github.com/kefu-ai/kefu/sqlite"
	"github.com/kefu-ai/kefu/strategy"
	"github.com/kefu-ai/kefu/translate"
)

// fixture is an engine over a real SQLite store with two shops.
type fixture struct {
	engine *dialog.Engine
	store  kefu.Store
	bus    *inmem.EventService
}

var fixedNow = time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)

// MustOpenFixture opens a SQLite store in a temp dir, fills it with two
// tenants ("shop" and "other") and wires the real engine.
func MustOpenFixture(tb testing.TB) *fixture {
	tb.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(tb.TempDir(), "kefu.db"), func() time.Time { return fixedNow })
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	must := func(err error) {
		tb.Helper()
		if err != nil {
			tb.Fatal(err)
		}
	}
	for _, id := range []string{"shop", "other"} {
		must(db.CreateTenant(ctx, &kefu.Tenant{ID: id, Name: id, Settings: kefu.TenantSettings{
			DefaultLanguage: "en", OrderNumberPattern: `\b1\d{4}\b`,
		}}))
		for _, p := range []*kefu.Promotion{
			{ID: "expired", Code: "OLD5", Text: map[string]string{"en": "5% off (expired)"}, End: fixedNow.AddDate(0, 0, -1)},
			{ID: "thanks10", Code: "THANKS10", Text: map[string]string{"en": "10% off your next order", "zh": "下单立减10%"}},
		} {
			p.TenantID = id
			must(db.UpsertPromotion(ctx, p))
		}
	}
	alice := &kefu.Customer{TenantID: "shop", ExternalID: "alice", Name: "Alice", Language: "en"}
	bob := &kefu.Customer{TenantID: "shop", ExternalID: "bob", Name: "Bob"}
	carol := &kefu.Customer{TenantID: "other", ExternalID: "alice", Name: "Other Alice"}
	for _, c := range []*kefu.Customer{alice, bob, carol} {
		must(db.CreateCustomer(ctx, c))
	}
	eta := time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)
	orders := []struct {
		o    *kefu.Order
		ship *kefu.Shipment
	}{
		{&kefu.Order{TenantID: "shop", Number: "10023", CustomerID: alice.ID, Status: "shipped", Currency: "EUR", Total: 4990, PlacedAt: fixedNow.AddDate(0, 0, -5)},
			&kefu.Shipment{TenantID: "shop", Carrier: "Kerry Express", TrackingNumber: "KEX123456TH", Status: "in_transit", ETA: &eta, Events: []kefu.TrackingEvent{
				{At: fixedNow.AddDate(0, 0, -4), Status: "label_created", Location: "Shenzhen", Description: "Label created"},
				{At: fixedNow.AddDate(0, 0, -1), Status: "in_transit", Location: "Bangkok", Description: "Arrived at sorting hub"},
			}}},
		{&kefu.Order{TenantID: "shop", Number: "10024", CustomerID: bob.ID, Status: "shipped", Currency: "EUR", Total: 1000, PlacedAt: fixedNow},
			&kefu.Shipment{TenantID: "shop", Carrier: "DHL", TrackingNumber: "BOBSECRET1", Status: "in_transit", Events: []kefu.TrackingEvent{{At: fixedNow, Status: "in_transit", Location: "Leipzig", Description: "Bob's parcel"}}}},
		{&kefu.Order{TenantID: "shop", Number: "10025", CustomerID: alice.ID, Status: "paid", Currency: "EUR", Total: 500, PlacedAt: fixedNow}, nil},
		{&kefu.Order{TenantID: "other", Number: "10026", CustomerID: carol.ID, Status: "shipped", Currency: "EUR", Total: 700, PlacedAt: fixedNow},
			&kefu.Shipment{TenantID: "other", Carrier: "GLS", TrackingNumber: "OTHERTENANT1", Status: "in_transit", Events: []kefu.TrackingEvent{{At: fixedNow, Status: "in_transit", Description: "other tenant"}}}},
	}
	for _, x := range orders {
		must(db.CreateOrder(ctx, x.o))
		if x.ship != nil {
			x.ship.OrderID = x.o.ID
			must(db.CreateShipment(ctx, x.ship))
		}
	}
	for _, a := range []*kefu.Article{
		{TenantID: "shop", Key: "returns", Language: "en", Title: "Return policy", Body: "You can return items within 14 days.", Intents: []string{"return_policy"}, Status: kefu.ArticlePublished},
		{TenantID: "shop", Key: "returns", Language: "zh", Title: "退货政策", Body: "收到商品14天内可以退货。", Intents: []string{"return_policy"}, Status: kefu.ArticlePublished},
		{TenantID: "shop", Key: "shipping", Language: "en", Title: "Shipping times", Body: "Parcels to Thailand take 5 to 8 days.", Intents: []string{"shipping_time"}, Status: kefu.ArticlePublished},
		{TenantID: "shop", Key: "secret", Language: "en", Title: "Unpublished draft", Body: "DRAFT must never be shown.", Intents: []string{"payment_methods"}, Status: kefu.ArticleDraft},
	} {
		must(db.UpsertArticle(ctx, a))
	}

	und, err := nlu.NewDefault(nil, db, nil)
	must(err)
	comp, err := compose.New()
	must(err)
	bus := inmem.NewEventService()
	skills := []kefu.Skill{
		&order.Skill{Orders: db},
		&faq.Skill{Answerer: &knowledge.Answerer{Knowledge: knowledge.NewService(db, time.Now), Translator: enToES{}},
			KnownIntents: []string{"return_policy", "shipping_time", "payment_methods"}},
	}
	e := &dialog.Engine{
		Store: db, Understander: und, Composer: comp, Events: bus, Skills: skills, Fallback: faq.Name,
		Strategies: strategy.Default(db, func() time.Time { return fixedNow }),
	}
	e.Router = &routing.Router{Store: db}
	must(e.Init())
	return &fixture{engine: e, store: db, bus: bus}
}

// MustStart opens a conversation of the customer with the given external ID.
func (f *fixture) MustStart(tb testing.TB, tenant, customer, lang string) *kefu.Conversation {
	tb.Helper()
	c, token, err := f.engine.StartConversation(context.Background(), kefu.StartConversationRequest{TenantID: tenant, CustomerExternalID: customer, Language: lang})
	if err != nil {
		tb.Fatal(err)
	}
	if token == "" || c.TokenHash != kefu.HashSecret(token) {
		tb.Fatalf("conversation token %q does not match its hash", token)
	}
	return c
}

// MustPost posts a customer message and returns the result.
func (f *fixture) MustPost(tb testing.TB, conv *kefu.Conversation, text string) *kefu.TurnResult {
	tb.Helper()
	res, err := f.engine.PostMessage(context.Background(), kefu.PostMessageRequest{TenantID: conv.TenantID, ConversationID: conv.ID, Text: text})
	if err != nil {
		tb.Fatalf("PostMessage(%q): %v", text, err)
	}
	return res
}

// MustMessages lists a conversation's messages.
func (f *fixture) MustMessages(tb testing.TB, conv *kefu.Conversation) []*kefu.Message {
	tb.Helper()
	ms, err := f.store.FindMessages(context.Background(), kefu.MessageFilter{TenantID: conv.TenantID, ConversationID: conv.ID, Limit: 10000})
	if err != nil {
		tb.Fatal(err)
	}
	return ms
}

// enToES is a fake machine-translation provider (an outside service) that
// covers English → Spanish only and tags what it "translates".
type enToES struct{}

func (enToES) Supports(from, to string) bool { return from == "en" && to == "es" }

func (enToES) Translate(_ context.Context, req translate.Request) (translate.Result, error) {
	return translate.Result{Text: "[es] " + req.Text, From: req.From, To: req.To, Provider: "fake", Machine: true}, nil
}
