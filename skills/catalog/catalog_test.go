package catalog_test

import (
	"context"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/skills/catalog"
)

func prod(sku, text string) []kefu.Entity {
	return []kefu.Entity{{Type: "product", Value: sku, Text: text}}
}

func sku(s string) []kefu.Entity { return []kefu.Entity{{Type: "sku", Value: s, Text: s}} }

func TestRun(t *testing.T) {
	db, tenants := MustOpenShops(t)
	skill := &catalog.Skill{Products: db, Promotions: db, Now: clock}
	comp := MustCompose(t)
	const (
		price   = catalog.IntentPrice
		stock   = catalog.IntentStock
		product = catalog.IntentProduct
	)
	tests := []struct {
		name     string
		tenant   string
		lang     string
		intent   string
		text     string
		entities []kefu.Entity
		slot     string // the remembered product
		outcome  string
		slotOut  string   // the product remembered after the turn; "" for none
		reply    []string // parts of the composed reply
		never    []string // must appear nowhere in the reply or data
	}{
		// Prices, formatted for the customer's language in the shop's currency.
		{"price en", "shop", "en", price, "how much is the cashmere sweater?", prod("SW-CASH", "cashmere sweater"), "",
			catalog.OutcomePrice, "SW-CASH", []string{"Cashmere Crew-Neck Sweater costs €129.00.", "• 10% off everything (code ALL10)"}, []string{"TEA5", "OLD20", "XMAS"}},
		{"price zh uses the Chinese name", "shop", "zh", price, "羊绒毛衣多少钱", prod("SW-CASH", "羊绒毛衣"), "",
			catalog.OutcomePrice, "SW-CASH", []string{"羊绒圆领毛衣的售价是€129.00。", "• 全场九折（优惠码：ALL10）"}, []string{"TEA5"}},
		{"price es", "shop", "es", price, "¿cuánto cuesta el jersey de cachemira?", prod("SW-CASH", "jersey de cachemira"), "",
			catalog.OutcomePrice, "SW-CASH", []string{"Jersey de cachemira cuesta 129,00 €.", "• 10 % de descuento en todo (código ALL10)"}, nil},
		{"price with a category promotion only in English", "shop", "es", price, "¿cuánto cuesta el té longjing?", prod("TEA-LJ", "longjing"), "",
			catalog.OutcomePrice, "TEA-LJ", []string{"21,90 €", "• €5 off any tea (código TEA5) (solo en inglés)", "ALL10"}, nil},
		{"price in yen has no minor unit", "yen", "en", price, "how much is the tea cup?", prod("JP-CUP", "tea cup"), "",
			catalog.OutcomePrice, "JP-CUP", []string{"Hagi Ware Tea Cup costs ¥1,200."}, []string{"1,200.00", "¥12"}},
		{"price by SKU", "shop", "en", price, "how much is PB-20K", sku("PB-20K"), "",
			catalog.OutcomePrice, "PB-20K", []string{"PowerNest 20000mAh Power Bank costs €24.90."}, nil},
		{"price from a name the entity missed (zh)", "shop", "zh", price, "移动电源多少钱", nil, "",
			catalog.OutcomePrice, "PB-20K", []string{"PowerNest 20000毫安移动电源的售价是€24.90。"}, nil},
		{"price from a name the entity missed (en)", "shop", "en", price, "how much is the longjing tea?", nil, "",
			catalog.OutcomePrice, "TEA-LJ", []string{"€21.90", "TEA5", "ALL10"}, nil},
		{"asked for offers on a product that has none", "yen", "en", price, "any discount on the tea cup?", prod("JP-CUP", "tea cup"), "",
			catalog.OutcomePriceNoPromotion, "JP-CUP", []string{"There's no promotion on Hagi Ware Tea Cup at the moment; it costs ¥1,200."}, nil},

		// Promotions without a product: the active ones only.
		{"promotions en", "shop", "en", price, "any promotions right now?", nil, "",
			catalog.OutcomePromotions, "", []string{"Here are our current offers:\n• 10% off everything (code ALL10)\n• €5 off any tea (code TEA5)"}, []string{"OLD20", "XMAS"}},
		{"promotions zh", "shop", "zh", price, "有什么优惠活动吗？", nil, "",
			catalog.OutcomePromotions, "", []string{"这是我们目前的优惠活动：", "• 全场九折（优惠码：ALL10）", "• €5 off any tea（优惠码：TEA5）（仅有英文说明）"}, []string{"OLD20", "XMAS"}},
		{"promotions es", "shop", "es", price, "¿Hay alguna promoción?", nil, "",
			catalog.OutcomePromotions, "", []string{"Estas son nuestras ofertas actuales:", "ALL10", "TEA5"}, []string{"OLD20"}},
		{"no promotion runs", "yen", "en", price, "any promotions?", nil, "",
			catalog.OutcomeNoPromotions, "", []string{"We don't have any promotions running at the moment."}, nil},
		{"no promotion runs es", "yen", "es", price, "¿tienen descuentos?", nil, "",
			catalog.OutcomeNoPromotions, "", []string{"no tenemos ninguna promoción"}, nil},

		// Stock.
		{"in stock", "shop", "en", stock, "is the cashmere sweater in stock?", prod("SW-CASH", "cashmere sweater"), "",
			catalog.OutcomeInStock, "SW-CASH", []string{"Good news: Cashmere Crew-Neck Sweater is in stock."}, []string{"40"}},
		{"low stock says how many", "shop", "zh", stock, "PB-20K还有货吗", sku("PB-20K"), "",
			catalog.OutcomeLowStock, "PB-20K", []string{"只剩3件"}, nil},
		{"out of stock with a restock date", "shop", "es", stock, "¿hay stock de PB-10K?", sku("PB-10K"), "",
			catalog.OutcomeOutOfStockUntil, "PB-10K", []string{"no nos queda stock", "2026-12-01"}, nil},
		{"out of stock", "shop", "zh", stock, "龙井茶有货吗", prod("TEA-LJ", "龙井"), "",
			catalog.OutcomeOutOfStock, "TEA-LJ", []string{"抱歉，西湖龙井绿茶 250克目前缺货。"}, nil},

		// The product asked for, chosen, remembered.
		{"ask for the product", "shop", "en", price, "how much does it cost?", nil, "",
			catalog.OutcomeAskProduct, "", []string{"Which product do you mean?"}, nil},
		{"ask for the product zh", "shop", "zh", stock, "还有货吗？", nil, "",
			catalog.OutcomeAskProduct, "", []string{"请问是哪款商品"}, nil},
		{"follow-up from the slot", "shop", "en", stock, "and is it in stock?", nil, "PB-20K",
			catalog.OutcomeLowStock, "PB-20K", []string{"only 3 left"}, nil},
		{"follow-up from the slot es", "shop", "es", price, "¿y cuánto cuesta?", nil, "SW-CASH",
			catalog.OutcomePrice, "SW-CASH", []string{"129,00 €"}, nil},
		{"a name in the message beats the slot", "shop", "en", price, "how much is the longjing tea?", nil, "SW-CASH",
			catalog.OutcomePrice, "TEA-LJ", []string{"€21.90"}, nil},
		{"a name that fits two products", "shop", "en", price, "how much is the power bank?", prod("PB-10K", "power bank"), "",
			catalog.OutcomeChooseProduct, "", []string{"Which product do you mean?", "• PowerNest 10000mAh Magnetic Power Bank (PB-10K)", "• PowerNest 20000mAh Power Bank (PB-20K)"}, nil},
		{"the slot settles which", "shop", "en", stock, "is the power bank in stock?", prod("PB-10K", "power bank"), "PB-20K",
			catalog.OutcomeLowStock, "PB-20K", nil, nil},
		{"one word of one product's name", "shop", "en", price, "how much is the sweater?", nil, "",
			catalog.OutcomePrice, "SW-CASH", []string{"€129.00"}, nil},
		{"one word of another product than the remembered one", "shop", "en", stock, "is the sweater in stock?", nil, "PB-20K",
			catalog.OutcomeChooseProduct, "", []string{"• Cashmere Crew-Neck Sweater (SW-CASH)"}, []string{"PB-20K"}},
		{"one word of two products' names", "shop", "en", price, "how much is the powernest?", nil, "",
			catalog.OutcomeChooseProduct, "", []string{"(PB-10K)", "(PB-20K)"}, nil},
		{"a product the catalogue does not know by that name", "shop", "es", stock, "¿tienen stock de los auriculares?", nil, "SW-CASH",
			catalog.OutcomeAskProduct, "", []string{"¿De qué producto se trata?"}, []string{"cachemira"}},
		{"several remembered products", "shop", "en", stock, "are they in stock?", nil, "SW-CASH,TEA-LJ",
			catalog.OutcomeChooseProduct, "", []string{"Cashmere Crew-Neck Sweater (SW-CASH)", "(TEA-LJ)"}, nil},

		// Another tenant's product is never answered.
		{"another shop's SKU", "shop", "en", price, "how much is OT-SECRET", sku("OT-SECRET"), "",
			catalog.OutcomeNotFound, "", []string{`I couldn't find "OT-SECRET"`}, []string{"999", "Secret Widget"}},
		{"another shop's product remembered", "shop", "en", stock, "is it in stock?", nil, "OT-SECRET",
			catalog.OutcomeAskProduct, "", nil, []string{"Secret Widget", "7"}},
		{"another shop's product named", "shop", "en", price, "how much is the secret widget?", nil, "",
			catalog.OutcomeAskProduct, "", nil, []string{"999"}},

		// Product questions the catalogue answers.
		{"colours", "shop", "en", product, "what colours does the sweater come in?", prod("SW-CASH", "sweater"), "",
			catalog.OutcomeOptions, "SW-CASH", []string{"Cashmere Crew-Neck Sweater comes in: charcoal, camel, ivory."}, nil},
		{"shades", "shop", "es", product, "¿en cuántos tonos viene la base matte?", prod("FND-MATTE", "matte"), "",
			catalog.OutcomeShades, "FND-MATTE", []string{"está disponible en 12 tonos"}, nil},
		{"material", "shop", "zh", product, "羊绒毛衣是什么材质", prod("SW-CASH", "羊绒毛衣"), "",
			catalog.OutcomeMaterial, "SW-CASH", []string{"羊绒圆领毛衣的材质：100% cashmere。"}, nil},
		{"ingredients", "shop", "en", product, "what are the ingredients of the matte foundation?", prod("FND-MATTE", "matte foundation"), "",
			catalog.OutcomeIngredients, "FND-MATTE", []string{"niacinamide, kaolin"}, nil},
		{"origin", "shop", "en", product, "where is the longjing tea made? what's its origin", prod("TEA-LJ", "longjing tea"), "",
			catalog.OutcomeOrigin, "TEA-LJ", []string{"comes from Hangzhou, CN."}, nil},
		{"shelf life", "shop", "zh", product, "龙井茶保质期多久", prod("TEA-LJ", "龙井"), "",
			catalog.OutcomeShelfLife, "TEA-LJ", []string{"保质期约为540天"}, nil},
		{"price asked as a product question", "shop", "en", product, "how much is the cashmere sweater?", prod("SW-CASH", "cashmere sweater"), "",
			catalog.OutcomePrice, "SW-CASH", []string{"€129.00"}, nil},
		{"details in the shop's language", "shop", "en", product, "tell me about the cashmere sweater", prod("SW-CASH", "cashmere sweater"), "",
			catalog.OutcomeDetails, "SW-CASH", []string{"Cashmere Crew-Neck Sweater: Pure cashmere crew-neck sweater. Price: €129.00."}, nil},
		{"details in another language say so", "shop", "es", product, "háblame del jersey de cachemira", prod("SW-CASH", "jersey de cachemira"), "",
			catalog.OutcomeDetailsOther, "SW-CASH", []string{"Precio: 129,00 €", "solo está disponible en inglés"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := &kefu.TurnState{
				Tenant:        tenants[tt.tenant],
				Conversation:  &kefu.Conversation{TenantID: tt.tenant, Language: tt.lang, Slots: map[string]string{}},
				Message:       &kefu.Message{Text: tt.text},
				Understanding: kefu.Understanding{Language: tt.lang, Intent: tt.intent, Confidence: 0.9, Entities: tt.entities},
			}
			if tt.slot != "" {
				st.Conversation.Slots[catalog.SlotProduct] = tt.slot
			}
			res, err := skill.Run(context.Background(), st)
			if err != nil {
				t.Fatal(err)
			}
			reply := comp.Compose(context.Background(), tt.lang, res)
			if res.Outcome != tt.outcome {
				t.Fatalf("outcome %q, want %q (reply %q)", res.Outcome, tt.outcome, reply)
			}
			for _, w := range tt.reply {
				if !strings.Contains(reply, w) {
					t.Errorf("reply %q lacks %q", reply, w)
				}
			}
			if strings.ContainsAny(reply, "{}") {
				t.Errorf("unfilled placeholder in %q", reply)
			}
			for _, w := range tt.never {
				if strings.Contains(reply, w) {
					t.Errorf("reply %q reveals %q", reply, w)
				}
				for k, v := range res.Data {
					if strings.Contains(v, w) {
						t.Errorf("data[%s] = %q reveals %q", k, v, w)
					}
				}
			}
			if got := res.SetSlots[catalog.SlotProduct]; got != tt.slotOut {
				t.Errorf("remembers product %q, want %q", got, tt.slotOut)
			}
			switch {
			case tt.slotOut != "" && (len(res.Records) != 1 || res.Records[0].Kind != "product" || res.Records[0].ID == ""):
				t.Errorf("records %v, want the product", res.Records)
			case tt.slotOut == "" && res.Outcome != catalog.OutcomePromotions && len(res.Records) > 0:
				t.Errorf("records %v, want none", res.Records)
			}
			// An answer about a product carries its card; questions and
			// lists do not.
			switch {
			case tt.slotOut != "" && (len(res.Cards) != 1 || res.Cards[0].Type != kefu.CardProduct || res.Cards[0].Code != tt.slotOut || res.Cards[0].Title == "" || res.Cards[0].Subtitle == ""):
				t.Errorf("cards %+v, want the product card of %s", res.Cards, tt.slotOut)
			case tt.slotOut == "" && len(res.Cards) > 0:
				t.Errorf("cards %+v, want none", res.Cards)
			}
			asks := res.Outcome == catalog.OutcomeAskProduct || res.Outcome == catalog.OutcomeChooseProduct || res.Outcome == catalog.OutcomeNotFound
			if asks != (res.Expecting == catalog.ExpectProduct) {
				t.Errorf("expecting %q for outcome %q", res.Expecting, res.Outcome)
			}
		})
	}
}

func TestIntents(t *testing.T) {
	s := &catalog.Skill{}
	if s.Name() != catalog.Name {
		t.Errorf("Name() = %q", s.Name())
	}
	want := []string{"price_promotion", "stock_availability", "product_question"}
	if got := s.Intents(); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("Intents() = %v, want %v", got, want)
	}
}

func BenchmarkRun(b *testing.B) {
	db, tenants := MustOpenShops(b)
	skill := &catalog.Skill{Products: db, Promotions: db, Now: clock}
	ctx := context.Background()
	for _, bc := range []struct {
		name     string
		intent   string
		text     string
		entities []kefu.Entity
	}{
		{"price_entity", catalog.IntentPrice, "how much is the cashmere sweater?", prod("SW-CASH", "cashmere sweater")},
		{"price_text_match", catalog.IntentPrice, "how much is the longjing tea?", nil},
		{"promotions", catalog.IntentPrice, "any promotions right now?", nil},
	} {
		b.Run(bc.name, func(b *testing.B) {
			st := &kefu.TurnState{
				Tenant:        tenants["shop"],
				Conversation:  &kefu.Conversation{TenantID: "shop", Language: "en"},
				Message:       &kefu.Message{Text: bc.text},
				Understanding: kefu.Understanding{Language: "en", Intent: bc.intent, Confidence: 0.9, Entities: bc.entities},
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := skill.Run(ctx, st); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestAnswerToWhichProduct runs the two turns of a question without a
// product: the skill asks, keeps the question, and answers it when the
// customer names the product, however the NLU labels the answer.
func TestAnswerToWhichProduct(t *testing.T) {
	db, tenants := MustOpenShops(t)
	skill := &catalog.Skill{Products: db, Promotions: db, Now: clock}
	ctx := context.Background()
	for _, tt := range []struct {
		name, first, firstIntent, answerIntent string
		answer                                 []kefu.Entity
		want                                   string
	}{
		{"price then a SKU", "how much is it?", catalog.IntentPrice, kefu.IntentProvideInfo, sku("PB-20K"), catalog.OutcomePrice},
		{"stock then a name", "is it in stock?", catalog.IntentStock, kefu.IntentProvideInfo, prod("TEA-LJ", "longjing"), catalog.OutcomeOutOfStock},
		{"stock then a name the classifier calls a product question", "还有货吗", catalog.IntentStock, catalog.IntentProduct, prod("PB-20K", "20000毫安移动电源"), catalog.OutcomeLowStock},
	} {
		t.Run(tt.name, func(t *testing.T) {
			conv := &kefu.Conversation{TenantID: "shop", Language: "en", Slots: map[string]string{}}
			st := &kefu.TurnState{Tenant: tenants["shop"], Conversation: conv, Message: &kefu.Message{Text: tt.first},
				Understanding: kefu.Understanding{Intent: tt.firstIntent, Confidence: 0.9}}
			res, err := skill.Run(ctx, st)
			if err != nil {
				t.Fatal(err)
			}
			if res.Outcome != catalog.OutcomeAskProduct || res.Expecting != catalog.ExpectProduct {
				t.Fatalf("first turn: %q expecting %q", res.Outcome, res.Expecting)
			}
			for k, v := range res.SetSlots {
				conv.Slots[k] = v
			}
			st = &kefu.TurnState{Tenant: tenants["shop"], Conversation: conv, Message: &kefu.Message{Text: tt.answer[0].Text},
				Understanding: kefu.Understanding{Intent: tt.answerIntent, Confidence: 0.95, Entities: tt.answer}}
			if res, err = skill.Run(ctx, st); err != nil {
				t.Fatal(err)
			}
			if res.Outcome != tt.want || res.SetSlots[catalog.SlotQuestion] != "" {
				t.Errorf("answer: %q, slots %v; want %q and the question forgotten", res.Outcome, res.SetSlots, tt.want)
			}
		})
	}
}

func TestClaims(t *testing.T) {
	alt := func(in ...string) []kefu.IntentScore {
		var out []kefu.IntentScore
		for _, i := range in {
			out = append(out, kefu.IntentScore{Intent: i, Score: 0.2})
		}
		return out
	}
	for _, tt := range []struct {
		text   string
		intent string
		alts   []kefu.IntentScore
		want   bool
	}{
		{"how much is the power bank?", catalog.IntentProduct, nil, true},
		{"三文鱼多少钱", "fresh_quality_complaint", alt(catalog.IntentPrice), true},
		{"有优惠吗", "chitchat", alt("greeting", catalog.IntentPrice), true},
		{"¿hay stock?", catalog.IntentStock, nil, true},
		{"where is my order?", catalog.IntentPrice, nil, false},                         // no catalogue words
		{"how much is shipping to Spain?", "shipping_cost", alt("customs_duty"), false}, // no catalogue intent
		{"how much is it", "shipping_cost", alt("customs_duty", "payment_methods", catalog.IntentPrice), false},
	} {
		t.Run(tt.text, func(t *testing.T) {
			st := &kefu.TurnState{Conversation: &kefu.Conversation{}, Message: &kefu.Message{Text: tt.text},
				Understanding: kefu.Understanding{Intent: tt.intent, Confidence: 0.5, Alternatives: tt.alts}}
			if got := catalog.Claims(st); got != tt.want {
				t.Errorf("Claims = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestClaimProductNamed checks that a message that only names a product
// is the catalogue's (it says what the product is), and one that says
// more is not claimed for that.
func TestClaimProductNamed(t *testing.T) {
	skill := &catalog.Skill{}
	d := kefu.Decision{Action: kefu.ActionSkill, Skill: "knowledge", Claimable: true}
	for _, tt := range []struct {
		text       string
		start, end int
		want       string
	}{
		{"Barrier Repair Moisturiser", 0, 26, catalog.ReasonNamed},
		{"the Barrier Repair Moisturiser?", 4, 30, catalog.ReasonNamed},
		{"控油哑光粉底液", 0, len("控油哑光粉底液"), catalog.ReasonNamed},
		{"my Barrier Repair Moisturiser arrived broken", 3, 29, ""},
	} {
		t.Run(tt.text, func(t *testing.T) {
			st := &kefu.TurnState{Conversation: &kefu.Conversation{}, Message: &kefu.Message{Text: tt.text},
				Understanding: kefu.Understanding{Intent: "warranty", Confidence: 0.4,
					Entities: []kefu.Entity{{Type: "product", Value: "P1", Text: tt.text[tt.start:tt.end], Start: tt.start, End: tt.end}}}}
			got, _ := skill.Claim(context.Background(), st, d)
			if got != tt.want {
				t.Errorf("claim %q, want %q", got, tt.want)
			}
		})
	}
}
