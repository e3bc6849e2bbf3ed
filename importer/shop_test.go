package importer_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/data"
	"github.com/kefu-ai/kefu/importer"
)

// demoCounts returns how many records of each section a demo file has,
// read independently of the importer.
func demoCounts(t *testing.T, id string) map[string]int {
	t.Helper()
	b, err := fs.ReadFile(data.Demo, id+".json")
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(doc["_note"]), "ictional") {
		t.Errorf("%s.json: _note does not say the data is fictional", id)
	}
	counts := map[string]int{}
	for _, sec := range []string{"customers", "products", "orders", "shipments", "articles"} {
		var list []json.RawMessage
		if err := json.Unmarshal(doc[sec], &list); err != nil {
			t.Fatalf("%s.json %s: %v", id, sec, err)
		}
		counts[sec] = len(list)
	}
	// Promotions and canned replies come with the tenant's settings.
	var tenant struct {
		Settings struct {
			Promotions    []json.RawMessage `json:"promotions"`
			CannedReplies []json.RawMessage `json:"canned_replies"`
		} `json:"settings"`
	}
	if err := json.Unmarshal(doc["tenant"], &tenant); err != nil {
		t.Fatalf("%s.json tenant: %v", id, err)
	}
	counts["promotions"], counts["canned_replies"] = len(tenant.Settings.Promotions), len(tenant.Settings.CannedReplies)
	counts["reviews"] = 0
	// A generated part (glowlab) adds its sections.
	if b, err := fs.ReadFile(data.Demo, id+"-generated.json"); err == nil {
		var part map[string]json.RawMessage
		if err := json.Unmarshal(b, &part); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(part["_note"]), "ictional") {
			t.Errorf("%s-generated.json: _note does not say the data is fictional", id)
		}
		for _, sec := range []string{"customers", "products", "orders", "shipments", "articles", "reviews", "promotions"} {
			var list []json.RawMessage
			if raw, ok := part[sec]; ok {
				if err := json.Unmarshal(raw, &list); err != nil {
					t.Fatalf("%s-generated.json %s: %v", id, sec, err)
				}
			}
			counts[sec] += len(list)
		}
	}
	return counts
}

// allReviews returns every review of the tenant, page by page.
func allReviews(t *testing.T, st kefu.Store, tenantID string) []*kefu.Review {
	t.Helper()
	var out []*kefu.Review
	f := kefu.ReviewFilter{TenantID: tenantID}
	for {
		page, err := st.FindReviews(context.Background(), f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, page...)
		if len(page) < 1000 {
			return out
		}
		f.After = page[len(page)-1].ID
	}
}

func TestLoadDemo(t *testing.T) {
	ctx := context.Background()
	st := MustOpen(t)
	tenants, err := importer.LoadDemo(ctx, st, fixedClock)
	if err != nil {
		t.Fatalf("LoadDemo: %v", err)
	}
	var ids []string
	for _, tn := range tenants {
		ids = append(ids, tn.ID)
	}
	if got := strings.Join(ids, ","); got != "globalmart,freshfarm,glowlab" {
		t.Fatalf("tenants = %s", got)
	}

	// Loading again is safe and changes nothing.
	again, err := importer.LoadDemo(ctx, st, fixedClock)
	if err != nil || len(again) != 3 {
		t.Fatalf("second LoadDemo = %v, %v", again, err)
	}

	for _, tn := range tenants {
		t.Run(tn.ID, func(t *testing.T) {
			want := demoCounts(t, tn.ID)
			ps, _ := st.FindProducts(ctx, kefu.ProductFilter{TenantID: tn.ID})
			os, _ := st.FindOrders(ctx, kefu.OrderFilter{TenantID: tn.ID, Limit: 1000})
			as, _ := st.FindArticles(ctx, kefu.ArticleFilter{TenantID: tn.ID})
			prs, _ := st.FindPromotions(ctx, kefu.PromotionFilter{TenantID: tn.ID})
			crs, _ := st.FindCannedReplies(ctx, kefu.CannedReplyFilter{TenantID: tn.ID})
			shipments := 0
			for _, o := range os {
				ss, err := st.FindShipmentsByOrder(ctx, tn.ID, o.ID)
				if err != nil {
					t.Fatal(err)
				}
				shipments += len(ss)
				for _, s := range ss {
					if e := s.LatestEvent(); e == nil || e.Status != s.Status {
						t.Errorf("order %s: shipment status %q is not its newest event's", o.Number, s.Status)
					}
				}
			}
			cs, _ := st.FindCustomers(ctx, kefu.CustomerFilter{TenantID: tn.ID, Limit: 1000})
			got := map[string]int{"customers": len(cs), "products": len(ps), "orders": len(os),
				"shipments": shipments, "articles": len(as), "promotions": len(prs), "canned_replies": len(crs),
				"reviews": len(allReviews(t, st, tn.ID))}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("stored %v, the file has %v", got, want)
			}
			if !tn.Settings.WidgetEnabled || tn.Settings.OrderNumberPattern == "" || tn.Settings.Currency == "" {
				t.Errorf("settings = %+v", tn.Settings)
			}
			if want["promotions"] == 0 || want["canned_replies"] == 0 {
				t.Errorf("%s.json has %d promotions and %d canned replies; the demo shows both", tn.ID, want["promotions"], want["canned_replies"])
			}
			for _, p := range prs {
				if p.Text["en"] == "" || p.Code == "" {
					t.Errorf("promotion %s: text %v, code %q", p.ID, p.Text, p.Code)
				}
			}

			// Every article is usable text, and every key exists at least
			// in Chinese, English, Spanish and Thai.
			langs := map[string]map[string]bool{}
			for _, a := range as {
				if !utf8.ValidString(a.Title+a.Body) || strings.TrimSpace(a.Title) == "" || strings.TrimSpace(a.Body) == "" {
					t.Errorf("article %s/%s has an empty or invalid title or body", a.Key, a.Language)
				}
				if a.Status != kefu.ArticlePublished || len(a.Intents) == 0 {
					t.Errorf("article %s/%s: status %q, intents %v", a.Key, a.Language, a.Status, a.Intents)
				}
				if langs[a.Key] == nil {
					langs[a.Key] = map[string]bool{}
				}
				langs[a.Key][a.Language] = true
			}
			for key, l := range langs {
				for _, want := range []string{"zh", "en", "es", "th"} {
					if !l[want] {
						t.Errorf("article %s has no %s version", key, want)
					}
				}
			}
		})
	}
}

// TestDemoOrder10023 checks the order the demo and the end-to-end tests
// rely on: a Thai customer's parcel in transit to Thailand.
func TestDemoOrder10023(t *testing.T) {
	ctx := context.Background()
	st := MustOpen(t)
	if _, err := importer.LoadDemo(ctx, st, fixedClock); err != nil {
		t.Fatal(err)
	}
	c, err := st.FindCustomerByExternalID(ctx, "globalmart", "c-1001")
	if err != nil {
		t.Fatal(err)
	}
	o, err := st.FindOrderByNumber(ctx, "globalmart", "10023")
	if err != nil {
		t.Fatal(err)
	}
	if o.CustomerID != c.ID || o.ShipTo != "TH" || o.Status != "shipped" || len(o.Lines) == 0 || o.Total <= 0 {
		t.Errorf("order 10023 = %+v, customer %+v", o, c)
	}
	ss, err := st.FindShipmentsByOrder(ctx, "globalmart", o.ID)
	if err != nil || len(ss) != 1 {
		t.Fatalf("shipments = %v, %v", ss, err)
	}
	s := ss[0]
	e := s.LatestEvent()
	if s.Status != "in_transit" || len(s.Events) < 3 || e == nil || !strings.Contains(e.Location, "TH") {
		t.Errorf("shipment = %+v", s)
	}

	// Other customers have orders too, and a customer's orders are only
	// theirs.
	mine, err := st.FindOrders(ctx, kefu.OrderFilter{TenantID: "globalmart", CustomerID: c.ID})
	if err != nil {
		t.Fatal(err)
	}
	all, _ := st.FindOrders(ctx, kefu.OrderFilter{TenantID: "globalmart", Limit: 1000})
	if len(mine) == 0 || len(all) <= len(mine) {
		t.Errorf("c-1001 has %d orders of %d", len(mine), len(all))
	}
	for _, o := range mine {
		if o.CustomerID != c.ID {
			t.Errorf("order %s of another customer", o.Number)
		}
	}
	// Tenants are separate: the other shops have no order 10023.
	for _, id := range []string{"freshfarm", "glowlab"} {
		if _, err := st.FindOrderByNumber(ctx, id, "10023"); kefu.ErrorCode(err) != kefu.ENOTFOUND {
			t.Errorf("%s: order 10023: %v, want ENOTFOUND", id, err)
		}
	}
}

func TestLoadShopBad(t *testing.T) {
	ctx := context.Background()
	const tenant = `"tenant": {"id": "bad", "name": "Bad Shop", "settings": {"default_language": "en", "currency": "EUR"}}`
	for _, tc := range []struct {
		name, doc string
		want      string
	}{
		{"bad order line", `{
  "_note": "test",
  ` + tenant + `,
  "customers": [{"external_id": "c-1"}],
  "orders": [
    {"number": "1", "customer_external_id": "c-1", "status": "paid", "lines": [{"sku": "A", "name": "A", "quantity": 1, "unit_price": 100}]},
    {"number": "2", "customer_external_id": "c-1", "status": "paid",
     "lines": [{"sku": "A", "name": "A", "quantity": 1, "unit_price": "1.999"}]}
  ]
}`, `line 7 (orders[1].lines[0]): unit_price "1.999" has more than 2 decimals`},
		{"unknown customer rolls back the tenant", `{` + tenant + `,
  "orders": [{"number": "1", "customer_external_id": "c-404", "status": "paid",
    "lines": [{"sku": "A", "name": "A", "quantity": 1, "unit_price": 100}]}]
}`, `line 2 (orders[0]): customer_external_id "c-404": no such customer (import customers first)`},
		{"unknown section", `{` + tenant + `, "invoices": []}`, `line 1: unknown field "invoices" (want tenant, customers, products, orders, shipments, articles, reviews, promotions)`},
		{"bad tenant", `{"tenant": {"id": "Bad Shop", "name": "x", "settings": {}}}`,
			`line 1 (tenant): id "Bad Shop" is not a tenant ID (1-64 of a-z, 0-9, '-' and '_')`},
		// Rules the importer has no check of its own for come from the
		// tenant's Validate, before anything is written.
		{"settings the store rejects", `{"tenant": {"id": "bad", "name": "x", "settings": {"default_language": "en",
  "confidence_threshold": 2}}}`,
			`line 1 (tenant): settings.confidence_threshold 2 is not between 0 and 1`},
		{"promotion in a malformed language", `{"tenant": {"id": "bad", "name": "x", "settings": {"default_language": "en",
  "promotions": [{"id": "p", "text": {"en--": "10% off"}}]}}}`,
			`line 1 (tenant.settings.promotions[0]): text language "en--" is not a language tag like "en", "zh-Hant" or "es-419": empty subtag`},
		{"promotion without an ID", `{"tenant": {"id": "bad", "name": "x", "settings": {"default_language": "en",
  "promotions": [{"id": "p", "text": {"en": "10% off"}}, {"code": "X", "text": {"en": "5% off"}}]}}}`,
			`line 1 (tenant.settings.promotions[1]): id is required`},
		{"promotion ending before it starts", `{"tenant": {"id": "bad", "name": "x", "settings": {"default_language": "en",
  "promotions": [{"id": "p", "text": {"en": "10% off"}, "start": "2026-12-01", "end": "2026-11-01T00:00:00Z"}]}}}`,
			`line 1 (tenant.settings.promotions[0]): end 2026-11-01T00:00:00Z is not after start 2026-12-01T00:00:00Z`},
		{"promotion threshold in a shop without currency", `{"tenant": {"id": "bad", "name": "x", "settings": {"default_language": "en",
  "promotions": [{"id": "p", "text": {"en": "S$5 off over S$40"}, "min_total": "40.00"}]}}}`,
			`line 1 (tenant.settings.promotions[0]): currency is required (the shop has no default currency)`},
		{"canned reply in a non-canonical language", `{"tenant": {"id": "bad", "name": "x", "settings": {"default_language": "en",
  "canned_replies": [{"id": "c", "title": "Hi", "language": "EN", "text": "Hello"}]}}}`,
			`line 1 (tenant.settings.canned_replies[0]): language "EN" is not in canonical form: write "en"`},
		{"unknown promotion field", `{"tenant": {"id": "bad", "name": "x", "settings": {"default_language": "en",
  "promotions": [{"id": "p", "text": {"en": "10% off"}, "percent": 10}]}}}`,
			`line 1 (tenant): unknown field "percent"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := MustOpen(t)
			sum, err := importer.LoadShop(ctx, st, strings.NewReader(tc.doc), fixedClock)
			if kefu.ErrorCode(err) != kefu.EINVALID {
				t.Fatalf("err = %v, want EINVALID", err)
			}
			if len(sum.Problems) == 0 || sum.Problems[0].String() != tc.want {
				t.Errorf("problems = %v\nwant %s", sum.Problems, tc.want)
			}
			if ts, _ := st.FindTenants(ctx); len(ts) != 0 {
				t.Errorf("tenants after a rejected document: %v", ts)
			}
		})
	}

	t.Run("existing tenant", func(t *testing.T) {
		st := MustOpen(t)
		MustCreateTenant(t, st, "bad")
		_, err := importer.LoadShop(ctx, st, strings.NewReader(`{`+tenant+`}`), nil)
		if kefu.ErrorCode(err) != kefu.ECONFLICT {
			t.Errorf("err = %v, want ECONFLICT", err)
		}
	})
}

// TestLoadShopPromotions checks that the promotions and canned replies of
// a shop document's settings are stored in their own tables, not in the
// settings.
func TestLoadShopPromotions(t *testing.T) {
	ctx := context.Background()
	st := MustOpen(t)
	doc := `{"tenant": {"id": "fresh", "name": "Fresh", "settings": {"default_language": "en", "currency": "SGD",
  "timezone": "Asia/Singapore",
  "promotions": [
    {"id": "fresh-again", "code": "FRESH5", "text": {"en": "S$5 off over S$40", "zh-Hant": "滿40新幣減5新幣"},
     "start": "2026-11-01", "end": "2026-12-01T00:00:00Z", "categories": ["fruit"], "products": ["FF-MILK"], "min_total": "40.00"},
    {"id": "always", "text": {"en": "free delivery"}, "start": "0001-01-01T00:00:00Z", "end": "0001-01-01T00:00:00Z"}],
  "canned_replies": [{"id": "photo-en", "title": "Ask for a photo", "language": "en", "text": "Could you send a photo?"}]}}}`
	sum, err := importer.LoadShop(ctx, st, strings.NewReader(doc), fixedClock)
	if err != nil {
		t.Fatalf("LoadShop: %v (%v)", err, sum)
	}
	if sum.Promotions != 2 || sum.CannedReplies != 1 {
		t.Errorf("summary = %+v, want 2 promotions and 1 canned reply", sum)
	}
	p, err := st.FindPromotionByID(ctx, "fresh", "fresh-again")
	if err != nil {
		t.Fatal(err)
	}
	sgt := time.FixedZone("SGT", 8*3600) // a plain date is midnight in the shop's zone
	if p.Code != "FRESH5" || p.Text["zh-Hant"] == "" || p.MinTotal != 4000 || p.Currency != "SGD" ||
		!p.Start.Equal(time.Date(2026, 11, 1, 0, 0, 0, 0, sgt)) || !p.End.Equal(time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)) ||
		fmt.Sprint(p.Categories, p.Products) != "[fruit] [FF-MILK]" {
		t.Errorf("promotion = %+v", p)
	}
	if a, err := st.FindPromotionByID(ctx, "fresh", "always"); err != nil || !a.Start.IsZero() || !a.End.IsZero() || a.Currency != "" {
		t.Errorf("promotion without a window = %+v, %v", a, err)
	}
	c, err := st.FindCannedReplyByID(ctx, "fresh", "photo-en")
	if err != nil || c.Title != "Ask for a photo" || c.Language != "en" || c.Text != "Could you send a photo?" {
		t.Errorf("canned reply = %+v, %v", c, err)
	}
}
