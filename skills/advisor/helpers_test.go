package advisor_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/compose"
	"github.com/kefu-ai/kefu/internal/money"
	"github.com/kefu-ai/kefu/skills/advisor"
	"github.com/kefu-ai/kefu/sqlite"
)

// fixedNow is the day every test runs on.
var fixedNow = time.Date(2026, 11, 10, 10, 0, 0, 0, time.UTC)

func clock() time.Time { return fixedNow }

// Full INCI lists, shortened from real products' labels, for a small
// beauty shop whose products differ in what the graph reads from them.
const (
	inciMatte = "Aqua, Cyclopentasiloxane, Niacinamide, Kaolin, Silica, Glycerin, Dimethicone, Titanium Dioxide, Phenoxyethanol"
	inciDewy  = "Aqua, Glycerin, Squalane, Caprylic/Capric Triglyceride, Butyrospermum Parkii Butter, Dimethicone, Parfum, Limonene, Phenoxyethanol"
	inciGel   = "Aqua, Glycerin, Sodium Hyaluronate, Niacinamide, Panthenol, Allantoin, Carbomer, Phenoxyethanol"
	inciRich  = "Aqua, Glycerin, Butyrospermum Parkii Butter, Ceramide NP, Cholesterol, Petrolatum, Cetearyl Alcohol, Squalane, Phenoxyethanol"
	inciRet   = "Aqua, Glycerin, Squalane, Retinol, Bisabolol, Panthenol, Tocopherol, Phenoxyethanol"
	inciRetX  = "Aqua, Alcohol Denat., Retinol, Glycolic Acid, Parfum, Linalool, Phenoxyethanol"
	inciVitC  = "Aqua, Ascorbic Acid, Propanediol, Tocopherol, Ferulic Acid, Sodium Hyaluronate, Phenoxyethanol"
	inciSPF   = "Aqua, Zinc Oxide, Niacinamide, Glycerin, Silica, Dimethicone, Tocopherol, Phenoxyethanol"
	inciClean = "Aqua, Glycerin, Cocamidopropyl Betaine, Salicylic Acid, Zinc PCA, Sodium Chloride, Phenoxyethanol"
	inciToner = "Aqua, Alcohol Denat., Witch Hazel, Salicylic Acid, Parfum, Limonene"
)

// shopProducts is the test shop's catalogue.
func shopProducts() []*kefu.Product {
	p := func(sku, name, cat string, price int64, stock int, inci string, attrs ...string) *kefu.Product {
		a := map[string]string{"ingredients": inci}
		for i := 0; i+1 < len(attrs); i += 2 {
			a[attrs[i]] = attrs[i+1]
		}
		return &kefu.Product{TenantID: "beauty", SKU: sku, Name: name, Category: cat, Price: price, Currency: "EUR", Stock: stock, Attributes: a}
	}
	return []*kefu.Product{
		p("FND-MATTE", "Matte Control Foundation SPF 15", "foundation", 2990, 50, inciMatte, "finish", "matte", "name_zh", "控油哑光粉底液"),
		p("FND-DEWY", "Dewy Glow Foundation", "foundation", 3200, 50, inciDewy, "finish", "dewy", "name_zh", "水光粉底液"),
		p("FND-GONE", "Matte Velvet Foundation", "foundation", 2500, 0, inciMatte, "finish", "matte"),
		p("MOI-GEL", "Oil-free Gel Moisturiser", "moisturiser", 2200, 30, inciGel, "texture", "gel"),
		p("MOI-RICH", "Barrier Repair Rich Cream", "moisturiser", 2800, 30, inciRich, "texture", "cream"),
		p("MOI-LUX", "Luxe Ceramide Night Cream", "moisturiser", 6900, 30, inciRich, "texture", "cream"),
		p("SER-RET", "Gentle Retinol 0.3% Serum", "serum", 2900, 20, inciRet, "name_zh", "0.3% A醇温和精华"),
		p("SER-RETX", "Retinol + AHA Night Peel Serum", "serum", 3400, 20, inciRetX),
		p("SER-VITC", "Vitamin C 15% Serum", "serum", 3200, 20, inciVitC),
		p("SUN-FLUID", "Invisible Fluid Sunscreen SPF 50", "sunscreen", 2200, 40, inciSPF, "spf", "50", "texture", "fluid"),
		p("CLN-BHA", "BHA Clarifying Cleanser", "cleanser", 1600, 40, inciClean),
		p("TON-ALC", "Astringent Toner", "toner", 1200, 40, inciToner),
	}
}

// mustOpenShop opens a SQLite store with the beauty shop: its
// catalogue, reviews (oily-skin reviewers love the matte foundation),
// a customer who bought the gel moisturiser, orders in which the gel
// moisturiser and the sunscreen go together, and a gift promotion on
// foundations.
func mustOpenShop(tb testing.TB) (*sqlite.DB, *kefu.Tenant) {
	tb.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(tb.TempDir(), "kefu.db"), clock)
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
	t := &kefu.Tenant{ID: "beauty", Name: "Beauty", Settings: kefu.TenantSettings{DefaultLanguage: "en", Currency: "EUR",
		CartURL: "https://beauty.example/cart/add?sku={sku}"}}
	must(db.CreateTenant(ctx, t))
	for _, p := range shopProducts() {
		must(db.UpsertProduct(ctx, p))
	}
	must(db.UpsertPromotion(ctx, &kefu.Promotion{ID: "sponge", TenantID: "beauty", Categories: []string{"foundation"},
		Text: map[string]string{"en": "Free beauty sponge with any foundation", "zh": "买粉底液送美妆蛋"}}))
	must(db.UpsertPromotion(ctx, &kefu.Promotion{ID: "ended", TenantID: "beauty", Products: []string{"FND-DEWY"},
		Text: map[string]string{"en": "Ended offer"}, End: fixedNow.Add(-24 * time.Hour)}))
	cust := &kefu.Customer{TenantID: "beauty", ExternalID: "c-1", Name: "Mia", Language: "en"}
	must(db.UpsertCustomer(ctx, cust))
	other := &kefu.Customer{TenantID: "beauty", ExternalID: "c-2", Name: "Noa", Language: "en"}
	must(db.UpsertCustomer(ctx, other))
	// 40 orders: the gel moisturiser with the sunscreen in 30 of them.
	for i := 0; i < 40; i++ {
		lines := []kefu.OrderLine{{SKU: "MOI-GEL", Name: "Oil-free Gel Moisturiser", Quantity: 1, UnitPrice: 2200}}
		switch {
		case i < 30:
			lines = append(lines, kefu.OrderLine{SKU: "SUN-FLUID", Name: "Invisible Fluid Sunscreen SPF 50", Quantity: 1, UnitPrice: 2200})
		default:
			lines = append(lines, kefu.OrderLine{SKU: "CLN-BHA", Name: "BHA Clarifying Cleanser", Quantity: 1, UnitPrice: 1600})
		}
		o := &kefu.Order{TenantID: "beauty", Number: fmt.Sprintf("B-%05d", i), CustomerID: other.ID, Status: "delivered",
			Currency: "EUR", Total: 4400, Lines: lines, PlacedAt: fixedNow.Add(-time.Duration(i+2) * 24 * time.Hour)}
		must(db.UpsertOrder(ctx, o))
	}
	must(db.UpsertOrder(ctx, &kefu.Order{TenantID: "beauty", Number: "B-90001", CustomerID: cust.ID, Status: "delivered",
		Currency: "EUR", Total: 2200, PlacedAt: fixedNow.Add(-24 * time.Hour),
		Lines: []kefu.OrderLine{{SKU: "MOI-GEL", Name: "Oil-free Gel Moisturiser", Quantity: 1, UnitPrice: 2200}}}))
	for i, r := range []struct {
		sku, skin, lang, text string
		rating                int
	}{
		{"FND-MATTE", "oily", "en", "Finally a foundation that keeps my oily T-zone matte all day. Love it.", 5},
		{"FND-MATTE", "oily", "en", "Shine stays away until evening.", 5},
		{"FND-MATTE", "oily", "zh", "油皮亲妈，夏天一整天都不脱妆。", 5},
		{"FND-MATTE", "oily", "en", "Good coverage, a bit drying.", 4},
		{"FND-MATTE", "dry", "en", "Too drying for my skin.", 2},
		{"FND-DEWY", "dry", "en", "Gorgeous glow on my dry skin.", 5},
		{"FND-DEWY", "oily", "en", "Way too shiny for me by noon.", 2},
		{"MOI-RICH", "dry", "en", "Rescued my flaky winter skin.", 5},
	} {
		must(db.UpsertReview(ctx, &kefu.Review{ID: fmt.Sprintf("r%d", i), TenantID: "beauty", SKU: r.sku, Rating: r.rating,
			Text: r.text, Language: r.lang, SkinType: r.skin, Verified: true, CreatedAt: fixedNow.Add(-time.Duration(i) * time.Hour)}))
	}
	return db, t
}

// newSkill is the skill over the test shop, with a fixed EUR rate.
func newSkill(db *sqlite.DB) *advisor.Skill {
	return &advisor.Skill{Products: db, Reviews: db, Orders: db, Promotions: db, Now: clock,
		Convert: func(a money.Amount, to money.Currency, at time.Time) (money.Amount, error) {
			if a.Currency == "USD" && to == "EUR" {
				return money.New(a.Minor*86/100, to), nil // 1 USD = 0.86 EUR
			}
			return money.Amount{}, fmt.Errorf("no rate")
		}}
}

// mustCompose returns the shipped composer.
func mustCompose(tb testing.TB) *compose.Composer {
	tb.Helper()
	c, err := compose.New()
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// state is a turn for the test shop.
func state(t *kefu.Tenant, cust *kefu.Customer, lang, text, intent string, slots map[string]string, ents ...kefu.Entity) *kefu.TurnState {
	if slots == nil {
		slots = map[string]string{}
	}
	return &kefu.TurnState{
		Tenant:        t,
		Customer:      cust,
		Conversation:  &kefu.Conversation{TenantID: t.ID, Language: lang, Slots: slots},
		Message:       &kefu.Message{Text: text},
		Understanding: kefu.Understanding{Language: lang, Intent: intent, Confidence: 0.95, Entities: ents},
	}
}

func ent(typ, value string) kefu.Entity { return kefu.Entity{Type: typ, Value: value} }
