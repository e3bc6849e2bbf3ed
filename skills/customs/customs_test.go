package customs_test

import (
	"context"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/skills/customs"
)

// TestDemoProductsHaveHSCodes checks that every product of the
// cross-border demo shop carries an HS code of at least 6 digits that
// exists in HS 2022, so that every quote is computed, never guessed.
func TestDemoProductsHaveHSCodes(t *testing.T) {
	f := MustOpenDemo(t)
	ps, err := f.store.FindProducts(context.Background(), kefu.ProductFilter{TenantID: "globalmart"})
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) < 10 {
		t.Fatalf("%d globalmart products", len(ps))
	}
	for _, p := range ps {
		if len(p.HSCode) < 6 {
			t.Errorf("%s: HS code %q has fewer than 6 digits", p.SKU, p.HSCode)
			continue
		}
		if _, err := f.tables.HS(p.HSCode); err != nil {
			t.Errorf("%s: HS code %q: %v", p.SKU, p.HSCode, err)
		}
	}
}

// TestRun drives the skill directly with hand-made understandings: the
// paths the demo conversations do not reach.
func TestRun(t *testing.T) {
	f := MustOpenDemo(t)
	ctx := context.Background()
	// A product without an HS code, and one whose code no table knows.
	for _, p := range []*kefu.Product{
		{TenantID: "globalmart", SKU: "GM-NOHS-MUG", Name: "Ceramic coffee mug", Description: "Porcelain mug, 350 ml", Price: 4500, Currency: "CNY", Attributes: map[string]string{"price_eur": "5.90"}},
		{TenantID: "globalmart", SKU: "GM-NOHS-XYZ", Name: "Zzqx", Price: 100, Currency: "CNY"},
		{TenantID: "globalmart", SKU: "GM-ODD-HS", Name: "Live horse", HSCode: "010121", Price: 100000, Currency: "CNY"},
	} {
		if err := f.store.UpsertProduct(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	tenant, err := f.store.FindTenantByID(ctx, "globalmart")
	if err != nil {
		t.Fatal(err)
	}
	marco, err := f.store.FindCustomerByExternalID(ctx, "globalmart", "c-1004")
	if err != nil {
		t.Fatal(err)
	}
	country := func(code string) kefu.Entity { return kefu.Entity{Type: "country", Value: code, Text: code} }
	product := func(sku string) kefu.Entity { return kefu.Entity{Type: "product", Value: sku, Text: sku} }
	orderNo := func(n string) kefu.Entity { return kefu.Entity{Type: "order_number", Value: n, Text: n} }
	tests := []struct {
		name     string
		customer *kefu.Customer
		intent   string
		text     string
		entities []kefu.Entity
		slots    map[string]string
		outcome  string
		data     map[string]string // values the result must carry
		slotsOut map[string]string // slots the result must set
		expect   string
	}{
		{"product and country", marco, "customs_duty", "duty on the sweater to Spain?", []kefu.Entity{product("GM-SWEATER-CASH"), country("ES")}, nil,
			"customs_quote", map[string]string{"country": "Spain", "total": "€63.94"}, map[string]string{"product": "GM-SWEATER-CASH", "destination": "ES", "customs_topic": "duty"}, "country"},
		{"customer's own country by default", marco, "customs_duty", "duty on the sweater?", []kefu.Entity{product("GM-SWEATER-CASH")}, nil,
			"customs_quote", map[string]string{"country_code": "IT", "total": "€65.95"}, nil, "country"},
		{"remembered product, new country", marco, "provide_info", "Germany", []kefu.Entity{country("DE")}, map[string]string{"product": "GM-SWEATER-CASH", "destination": "IT", "customs_topic": "duty"},
			"customs_quote", map[string]string{"country_code": "DE", "total": "€59.90"}, map[string]string{"destination": "DE"}, "country"},
		{"anonymous without country is asked", nil, "customs_duty", "duty on the sweater?", []kefu.Entity{product("GM-SWEATER-CASH")}, nil,
			"customs_ask_country", nil, map[string]string{"product": "GM-SWEATER-CASH"}, "country"},
		{"no product is asked for, country kept", marco, "customs_duty", "Italy customs fees", []kefu.Entity{country("IT")}, nil,
			"customs_ask_product", nil, map[string]string{"destination": "IT"}, "product"},
		{"no HS code: suggested, said to be uncertain", marco, "customs_duty", "duty on the mug to Germany", []kefu.Entity{product("GM-NOHS-MUG"), country("DE")}, nil,
			"customs_quote_uncertain", map[string]string{"hs": "6914.10"}, nil, "country"},
		{"no HS code and no suggestion", marco, "customs_duty", "duty on the zzqx to Germany", []kefu.Entity{product("GM-NOHS-XYZ"), country("DE")}, nil,
			"customs_no_hs", nil, nil, "country"},
		{"no duty row for the code", marco, "customs_duty", "duty on the horse to Germany", []kefu.Entity{product("GM-ODD-HS"), country("US")}, nil,
			"customs_no_rate", map[string]string{"hs": "0101.21"}, nil, "country"},
		{"destination without tables", marco, "customs_duty", "duty to Brazil", []kefu.Entity{product("GM-SWEATER-CASH"), {Type: "country", Value: "BR", Text: "Brasil"}}, nil,
			"customs_unsupported", map[string]string{"country": "Brasil"}, nil, "country"},
		{"own order: its lines, prices and destination", marco, "customs_duty", "customs for order 10016", []kefu.Entity{orderNo("10016")}, nil,
			"customs_quote", map[string]string{"country_code": "IT", "total": "€0.00"}, map[string]string{"order_number": "10016", "product": ""}, "country"},
		{"someone else's order is not read", marco, "customs_duty", "customs for order 10023", []kefu.Entity{orderNo("10023")}, nil,
			"order_not_found", map[string]string{"order": "10023"}, nil, "product"},
		{"the conversation's order", marco, "customs_duty", "and the customs?", nil, map[string]string{"order_number": "10016"},
			"customs_quote", map[string]string{"country_code": "IT"}, nil, "country"},
		{"certification of the remembered product", marco, "certification", "CE mark in Germany?", []kefu.Entity{country("DE")}, map[string]string{"product": "GM-TOY-PANDA"},
			"customs_facts", map[string]string{"country_code": "DE"}, nil, "country"},
		{"delivery facts are the shop's own", marco, "shipping_time", "how long to Thailand?", []kefu.Entity{country("TH")}, nil,
			"customs_facts", map[string]string{"country_code": "TH"}, map[string]string{"customs_topic": "delivery"}, "country"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			conv := &kefu.Conversation{TenantID: "globalmart", Language: "en", Slots: tt.slots}
			st := &kefu.TurnState{Tenant: tenant, Conversation: conv, Customer: tt.customer, Message: &kefu.Message{Text: tt.text},
				Understanding: kefu.Understanding{Intent: tt.intent, Confidence: 0.95, Entities: tt.entities, Language: "en"}}
			res, err := f.skill.Run(ctx, st)
			if err != nil {
				t.Fatal(err)
			}
			if res.Outcome != tt.outcome || res.Expecting != tt.expect {
				t.Fatalf("outcome %q expecting %q, want %q %q (data %v)", res.Outcome, res.Expecting, tt.outcome, tt.expect, res.Data)
			}
			for k, v := range tt.data {
				if res.Data[k] != v {
					t.Errorf("data[%s] = %q, want %q", k, res.Data[k], v)
				}
			}
			for k, v := range tt.slotsOut {
				if got, ok := res.SetSlots[k]; !ok || got != v {
					t.Errorf("slot %s = %q (set %v), want %q", k, got, ok, v)
				}
			}
		})
	}
}

// TestCertificationFactsByProductGroup checks that a toy question gets the
// toy-safety fact and an electronics question the electronics one.
func TestCertificationFactsByProductGroup(t *testing.T) {
	tables := MustTables(t)
	tests := []struct {
		country, kind, want string
	}{
		{"DE", "toys", "eu-ce-toys"},
		{"DE", "electronics", "eu-ce-electronics"},
		{"GB", "electronics", "gb-ukca"},
	}
	for _, tt := range tests {
		t.Run(tt.country+"/"+tt.kind, func(t *testing.T) {
			fs, err := customs.Facts(tables, "globalmart", tt.country, customs.TopicCertification, tt.kind, fixedNow)
			if err != nil || len(fs) == 0 || fs[0].ID != tt.want {
				t.Fatalf("facts %v, %v; want %s first", fs, err, tt.want)
			}
		})
	}
	// Another shop does not inherit GlobalMart's delivery promises.
	if fs, _ := customs.Facts(tables, "freshfarm", "DE", customs.TopicDelivery, "", fixedNow); len(fs) != 0 {
		t.Errorf("freshfarm got GlobalMart's delivery facts: %v", fs)
	}
}

// TestTopicOf checks the topic of a message: intent, keywords, then the
// conversation's topic.
func TestTopicOf(t *testing.T) {
	tests := []struct {
		text, intent string
		conf         float64
		slot         string
		want         customs.Topic
		sure         bool
	}{
		{"意大利清关税费", "customs_duty", 1, "", customs.TopicDuty, true},
		{"这个充电宝寄德国要CE认证吗?", "certification", 1, "", customs.TopicCertification, true},
		{"ต้องมี CE ไหมถ้าส่งไปเยอรมนี", "out_of_scope", 0.2, "", customs.TopicCertification, true},
		{"quanto costa la dogana per l'Italia?", "shipping_cost", 0.3, "", customs.TopicDuty, true},
		{"arriva in Italia?", "out_of_scope", 0.2, "", customs.TopicDuty, false},   // "iva" inside "arriva" is not VAT
		{"cerca in Italia", "out_of_scope", 0.2, "duty", customs.TopicDuty, false}, // "cerca" is not the CE mark
		{"how long does customs take?", "out_of_scope", 0.2, "", customs.TopicDelivery, true},
		{"VAT on delivery?", "out_of_scope", 0.2, "", customs.TopicDuty, true},
		{"Kann ich es zurückgeben?", "out_of_scope", 0.2, "", customs.TopicReturns, true},
		{"不是，寄到西班牙", "provide_info", 0.95, "certification", customs.TopicCertification, false},
		{"Spain", "out_of_scope", 0.2, "", customs.TopicDuty, false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			u := kefu.Understanding{Intent: tt.intent, Confidence: tt.conf}
			got, sure := customs.TopicOf(u, tt.text, map[string]string{customs.SlotTopic: tt.slot})
			if got != tt.want || sure != tt.sure {
				t.Errorf("TopicOf = %s %v, want %s %v", got, sure, tt.want, tt.sure)
			}
		})
	}
}

// TestPolicy checks which turns the wrapper takes from the knowledge skill
// and which it leaves alone.
func TestPolicy(t *testing.T) {
	f := MustOpenDemo(t)
	tenant, err := f.store.FindTenantByID(context.Background(), "globalmart")
	if err != nil {
		t.Fatal(err)
	}
	p := f.engine
	de := kefu.Entity{Type: "country", Value: "DE", Text: "Germany"}
	inCustoms := map[string]string{customs.SlotTopic: "duty", "_expecting": "country", customs.SlotProduct: "GM-PB-20K"}
	tests := []struct {
		name   string
		intent string
		conf   float64
		text   string
		ents   []kefu.Entity
		slots  map[string]string
		skill  string
		reason string
	}{
		{"confident customs question", "customs_duty", 0.99, "customs fees to Germany?", []kefu.Entity{de}, nil, customs.Name, "intent"},
		{"unsure customs question with a country", "shipping_cost", 0.3, "quanto costa la dogana per la Germania?", []kefu.Entity{de}, nil, customs.Name, customs.ReasonKeyword},
		{"unsure customs question, nothing to compute", "shipping_cost", 0.3, "customs?", nil, nil, "knowledge", "low_confidence"},
		{"delivery question with a stored fact", "shipping_time", 0.99, "how long to Germany?", []kefu.Entity{de}, nil, customs.Name, customs.ReasonFact},
		{"delivery question without a country", "shipping_time", 0.99, "how long does shipping take?", nil, nil, "knowledge", "intent"},
		{"delivery question, no fact for the country", "shipping_time", 0.99, "how long to the US?", []kefu.Entity{{Type: "country", Value: "US"}}, nil, "knowledge", "intent"},
		{"correction the NLU did not mark", "fresh_wrong_item", 0.33, "ไม่ใช่ ส่งไปเยอรมนี", []kefu.Entity{{Type: "country", Value: "DE", Start: 34, End: 55}}, inCustoms, customs.Name, customs.ReasonSlotAnswer},
		{"SKU answering the product question", "price_promotion", 0.17, "GM-PB-20K", []kefu.Entity{{Type: "sku", Value: "GM-PB-20K", Start: 0, End: 9}},
			map[string]string{customs.SlotTopic: "duty", "_expecting": "product"}, customs.Name, customs.ReasonSlotAnswer},
		{"a country outside a customs conversation", "out_of_scope", 0.5, "Germany", []kefu.Entity{de}, nil, "knowledge", "low_confidence"},
		{"order tracking stays with the order skill", "track_order", 0.99, "where is my order 10023 in Germany", []kefu.Entity{de}, inCustoms, "order_tracking", "intent"},
		{"a long message with a country is not a correction", "out_of_scope", 0.3, "my sister in Germany says the weather is lovely today and she is happy", []kefu.Entity{de}, inCustoms, "knowledge", "low_confidence"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			conv := &kefu.Conversation{TenantID: "globalmart", Status: kefu.StatusBot, Slots: tt.slots}
			st := &kefu.TurnState{Tenant: tenant, Conversation: conv, Message: &kefu.Message{Text: tt.text},
				Understanding: kefu.Understanding{Intent: tt.intent, Confidence: tt.conf, Entities: tt.ents}}
			d := p.Decide(context.Background(), st)
			if d.Skill != tt.skill || d.Reason != tt.reason {
				t.Errorf("decision %+v, want skill %s reason %s", d, tt.skill, tt.reason)
			}
		})
	}
}

// TestShortAnswers checks what counts as a short answer or correction.
func TestShortAnswers(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"no, to Spain", true},
		{"不是，寄到西班牙", true},
		{"ไม่ใช่ ส่งไปสเปน", true},
		{"mejor a Alemania", true},
		{"could you please tell me how long it takes to ship to Spain", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := customs.Short(tt.text); got != tt.want {
				t.Errorf("Short(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

// BenchmarkCustomsTurn measures one full turn through the real engine
// (store, NLU, policy, customs skill, composer, commit): a customs
// question with a product and a country, answered with a computation.
func BenchmarkCustomsTurn(b *testing.B) {
	f := MustOpenDemo(b)
	conv := f.MustStart(b, "globalmart", "c-1008", "")
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		r := f.MustPost(b, conv, "How much import duty will I pay on the cashmere sweater to Italy?")
		if !strings.Contains(r.Text, "€65.95") {
			b.Fatalf("reply %q", r.Text)
		}
	}
}

// BenchmarkRun measures the skill alone (catalogue read, landed cost,
// explanation) without the engine around it.
func BenchmarkRun(b *testing.B) {
	f := MustOpenDemo(b)
	ctx := context.Background()
	tenant, err := f.store.FindTenantByID(ctx, "globalmart")
	if err != nil {
		b.Fatal(err)
	}
	st := &kefu.TurnState{Tenant: tenant, Conversation: &kefu.Conversation{Language: "de"}, Message: &kefu.Message{Text: "Zoll für den Pullover nach Italien?"},
		Understanding: kefu.Understanding{Intent: "customs_duty", Confidence: 0.99, Entities: []kefu.Entity{
			{Type: "product", Value: "GM-SWEATER-CASH"}, {Type: "country", Value: "IT"}}}}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		res, err := f.skill.Run(ctx, st)
		if err != nil || res.Outcome != customs.OutcomeQuote {
			b.Fatalf("%v %v", res.Outcome, err)
		}
	}
}
