package advisor_test

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/skills/advisor"
)

// fakeProfiles is a CustomerProfileService holding fixed profiles.
type fakeProfiles map[string]*kefu.CustomerProfile

func (f fakeProfiles) FindCustomerProfile(_ context.Context, tenantID, customerID string) (*kefu.CustomerProfile, error) {
	if p := f[customerID]; p != nil {
		return p, nil
	}
	return &kefu.CustomerProfile{TenantID: tenantID, CustomerID: customerID}, nil
}
func (f fakeProfiles) ObserveTraits(context.Context, string, string, []kefu.Trait) error { return nil }
func (f fakeProfiles) ForgetTraits(context.Context, string, string, string, string) error {
	return nil
}

func TestRun(t *testing.T) {
	ctx := context.Background()
	db, shop := mustOpenShop(t)
	comp := mustCompose(t)
	mia, err := db.FindCustomerByExternalID(ctx, "beauty", "c-1")
	if err != nil {
		t.Fatal(err)
	}
	noa, err := db.FindCustomerByExternalID(ctx, "beauty", "c-2")
	if err != nil {
		t.Fatal(err)
	}
	skill := newSkill(db)
	skill.Profiles = fakeProfiles{noa.ID: {TenantID: "beauty", CustomerID: noa.ID, Traits: []kefu.Trait{
		{Kind: kefu.TraitSkinType, Value: "oily", Source: kefu.SourceChat, Confidence: 0.9, UpdatedAt: fixedNow.Add(-24 * time.Hour)},
	}}}

	for _, tc := range []struct {
		name    string
		st      *kefu.TurnState
		outcome string
		skus    []string // the card's items, in order; nil: no card
		expect  string   // SkillResult.Expecting
		reply   []string // in the composed text
		reasons []string // in the first item's worded reasons
		finding []string // finding codes present
	}{
		{
			name: "oily skin in summer: the matte foundation, with its reasons, reviews and gift",
			st: state(shop, nil, "en", "which foundation for oily skin in summer?", advisor.IntentRecommend, nil,
				ent("skin_type", "oily"), ent("season", "summer")),
			outcome: advisor.OutcomeRecommend,
			skus:    []string{"FND-MATTE"},
			reply:   []string{"Here are my picks: foundation (oily skin, for summer).", "1. Matte Control Foundation SPF 15 — €29.90", "🎁 Free beauty sponge with any foundation"},
			reasons: []string{"suits oily skin (kaolin, silica)", "made for summer", "4.8★ from 4 reviewers with oily skin"},
		},
		{
			name: "combination-oily in Chinese: one reason for both skin types, in Chinese",
			st: state(shop, nil, "zh", "混油皮夏天用什么粉底液？", "skin_advice", nil,
				ent("skin_type", "combination_oily"), ent("season", "summer")),
			outcome: advisor.OutcomeRecommend,
			skus:    []string{"FND-MATTE"},
			reply:   []string{"为您挑选的粉底液（混合皮、油皮、夏天用）", "控油哑光粉底液 — €29.90", "买粉底液送美妆蛋"},
			reasons: []string{"适合混合皮、油皮（kaolin, silica）", "适合夏天"},
		},
		{
			name: "a budget in dollars is converted and the dearer creams left out",
			st: state(shop, nil, "en", "recommend a moisturizer for dry skin under $35", advisor.IntentRecommend, nil,
				ent("skin_type", "dry"), ent("money", "USD 35")),
			outcome: advisor.OutcomeRecommend,
			skus:    []string{"MOI-RICH"},
			reply:   []string{"(dry skin, up to $35.00 ≈ €30.10)", "Barrier Repair Rich Cream — €28.00"},
			reasons: []string{"suits dry skin (glycerin, ceramide np)"},
		},
		{
			name:    "no skin type and none remembered: one follow-up question, keeping the category",
			st:      state(shop, mia, "en", "can you recommend a serum?", advisor.IntentRecommend, nil),
			outcome: advisor.OutcomeAskSkin,
			expect:  advisor.ExpectSkinType,
			reply:   []string{"Happy to help you choose a serum. What's your skin type"},
		},
		{
			name: "the answer to the follow-up completes the question asked before",
			st: state(shop, mia, "en", "oily", "provide_info", map[string]string{advisor.SlotCategory: "foundation", advisor.SlotAsked: "skin_type"},
				ent("skin_type", "oily")),
			outcome: advisor.OutcomeRecommend,
			skus:    []string{"FND-MATTE"},
		},
		{
			name:    "asked once already: recommend without the skin type rather than ask again",
			st:      state(shop, mia, "en", "just show me something", advisor.IntentRecommend, map[string]string{advisor.SlotCategory: "foundation", advisor.SlotAsked: "skin_type"}),
			outcome: advisor.OutcomeRecommend,
			skus:    []string{"FND-MATTE", "FND-DEWY"},
		},
		{
			name:    "the skin type the shop remembers is used, and said",
			st:      state(shop, noa, "en", "I need a new foundation", advisor.IntentRecommend, nil),
			outcome: advisor.OutcomeRecommend,
			skus:    []string{"FND-MATTE"},
			reply:   []string{"I went by what you told us before: oily skin. Tell me if that has changed."},
		},
		{
			name: "fragrance-free for dry skin: nothing fits, and the reply says so",
			st: state(shop, nil, "en", "a fragrance-free foundation for dry skin", advisor.IntentRecommend, nil,
				ent("skin_type", "dry")),
			outcome: advisor.OutcomeNone,
			reply:   []string{"I couldn't find a foundation in stock that fits (dry skin, without fragrance)"},
		},
		{
			name: "bought together: the sunscreen goes with the moisturiser the customer bought",
			st: state(shop, mia, "en", "recommend a sunscreen for oily skin", advisor.IntentRecommend, nil,
				ent("skin_type", "oily")),
			outcome: advisor.OutcomeRecommend,
			skus:    []string{"SUN-FLUID"},
			reasons: []string{"bought with Oil-free Gel Moisturiser by 75% of its buyers"},
		},
		{
			name: "敏感肌能用A醇吗: with care, how to start, what not to combine, the gentle serum",
			st: state(shop, nil, "zh", "敏感肌能用A醇吗？", "skin_advice", nil,
				ent("skin_type", "sensitive")),
			outcome: advisor.OutcomeCaution,
			skus:    []string{"SER-RET"},
			reply:   []string{"关于A醇（视黄醇）：它主要用于淡化细纹、紧致。敏感肌可以用，但要注意：", "先从低浓度、每周两晚开始", "用A醇的当晚不要再用果酸", "晚上用，白天一定要防晒", "0.3% A醇温和精华"},
			finding: []string{"advice.caution/retinoid/sensitive", "advice.conflict/retinoid/aha", "advice.caution/retinoid/sun"},
		},
		{
			name:    "retinol in pregnancy: avoid, no products offered",
			st:      state(shop, nil, "en", "can I use retinol while pregnant?", "skin_advice", nil),
			outcome: advisor.OutcomeCaution,
			reply:   []string{"About retinol (vitamin A): it helps with fine lines and firmness. With a pregnancy it is best avoided:", "Not during pregnancy or breastfeeding"},
		},
		{
			name:    "vitamin C with niacinamide: the myth handled honestly",
			st:      state(shop, nil, "en", "can I use vitamin c with niacinamide?", "skin_advice", nil),
			outcome: advisor.OutcomeCaution,
			skus:    []string{"SER-VITC"},
			reply:   []string{"It is fine with niacinamide: the old warning came from lab tests"},
		},
		{
			name:    "早C晚A: vitamin C and sunscreen in the morning, the gentle retinol at night",
			st:      state(shop, nil, "zh", "早C晚A怎么搭配", "skin_advice", nil),
			outcome: advisor.OutcomeRoutine,
			skus:    []string{"SER-VITC", "SUN-FLUID", "SER-RET"},
			reply:   []string{"早C晚A可以一起用", "15% Serum — €32.00 (早上用)", "0.3% A醇温和精华 — €29.00 (晚上用)"},
		},
		{
			name: "does it suit me: the matte foundation is not for dry skin, and better ones are shown",
			st: state(shop, nil, "en", "is the Matte Control Foundation good for dry skin?", "skin_advice", nil,
				kefu.Entity{Type: "product", Value: "FND-MATTE", Start: 7, End: 34}, ent("skin_type", "dry")),
			outcome: advisor.OutcomeFit,
			skus:    []string{"FND-DEWY"},
			reply:   []string{"Matte Control Foundation SPF 15 is not the best choice for dry skin: it contains", "Better choices for you:"},
		},
		{
			name: "does it suit me: yes, with the ingredients behind it, and the name's words are not needs",
			st: state(shop, nil, "zh", "控油哑光粉底液适合油皮吗？", "skin_advice", nil,
				kefu.Entity{Type: "product", Value: "FND-MATTE", Start: 0, End: len("控油哑光粉底液")}, ent("skin_type", "oily")),
			outcome: advisor.OutcomeFit,
			reply:   []string{"适合：控油哑光粉底液适合油皮（kaolin, silica"},
		},
		{
			name:    "a skin type said alone is noted, and the customer asked what they look for",
			st:      state(shop, nil, "zh", "我是混油皮", "skin_advice", nil, kefu.Entity{Type: "skin_type", Value: "combination_oily", Text: "混油皮", Start: 6, End: 15}),
			outcome: advisor.OutcomeNoted,
			reply:   []string{"好的，记下了：混合皮、油皮。请问您想找哪类产品"},
		},
		{
			name: "a correction is not a need: noted, and the corrected type left out",
			st: state(shop, noa, "en", "my skin is not oily any more", "skin_advice", nil,
				kefu.Entity{Type: "skin_type", Value: "oily", Text: "oily", Start: 15, End: 19}),
			outcome: advisor.OutcomeNoted,
			reply:   []string{"Noted: no longer oily skin. What are you looking for"},
		},
		{
			name: "what other customers say, for the asker's skin type",
			st: state(shop, nil, "en", "what do other customers with oily skin say about the matte foundation?", "product_question", nil,
				ent("product", "FND-MATTE"), ent("skin_type", "oily")),
			outcome: advisor.OutcomeReviews,
			skus:    []string{"FND-MATTE"},
			reply:   []string{"Matte Control Foundation SPF 15: 4.2★ from 5 reviews. Customers with oily skin give it 4.8★ (4 reviews).", "One of them wrote: “Finally a foundation that keeps my oily T-zone matte all day.”"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := skill.Run(ctx, tc.st)
			if err != nil {
				t.Fatal(err)
			}
			if res.Outcome != tc.outcome {
				t.Fatalf("outcome %q, want %q (%+v)", res.Outcome, tc.outcome, res)
			}
			if res.Expecting != tc.expect {
				t.Errorf("expecting %q, want %q", res.Expecting, tc.expect)
			}
			var got []string
			var items []kefu.CardItem
			cards := comp.Cards(ctx, tc.st.Conversation.Language, res)
			for _, c := range cards {
				if c.Type == kefu.CardProducts {
					items = c.Items
					for _, it := range c.Items {
						got = append(got, it.SKU)
					}
				}
			}
			if !slices.Equal(got, tc.skus) {
				t.Errorf("card items %v, want %v", got, tc.skus)
			}
			text := comp.Compose(ctx, tc.st.Conversation.Language, res)
			for _, want := range tc.reply {
				if !strings.Contains(text, want) {
					t.Errorf("reply lacks %q:\n%s", want, text)
				}
			}
			if strings.Contains(text, "{") {
				t.Errorf("reply has an unfilled placeholder:\n%s", text)
			}
			for _, want := range tc.reasons {
				if len(items) == 0 || !slices.Contains(items[0].Reasons, want) {
					t.Errorf("first item's reasons lack %q: %+v", want, items)
				}
			}
			for _, want := range tc.finding {
				if !slices.ContainsFunc(res.Findings, func(f kefu.Finding) bool { return f.Code == want }) {
					t.Errorf("findings lack %q: %+v", want, res.Findings)
				}
			}
			for _, it := range items {
				if it.Name == "" || it.Price == "" || it.Currency != "EUR" || it.Amount <= 0 {
					t.Errorf("item incomplete: %+v", it)
				}
				if it.URL != "https://beauty.example/cart/add?sku="+it.SKU {
					t.Errorf("item %s add-to-cart link %q", it.SKU, it.URL)
				}
			}
		})
	}
}

// TestOutOfStockAndEndedPromotions checks what is never offered: a
// product out of stock, and a promotion that has ended.
func TestOutOfStockAndEndedPromotions(t *testing.T) {
	ctx := context.Background()
	db, shop := mustOpenShop(t)
	skill := newSkill(db)
	skill.Items = 10
	res, err := skill.Run(ctx, state(shop, nil, "en", "any foundation?", advisor.IntentRecommend,
		map[string]string{advisor.SlotAsked: "skin_type"}))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Cards) != 1 {
		t.Fatalf("cards %+v", res.Cards)
	}
	for _, it := range res.Cards[0].Items {
		if it.SKU == "FND-GONE" {
			t.Errorf("offered a product out of stock")
		}
		if it.Promotion == "Ended offer" {
			t.Errorf("offered an ended promotion on %s", it.SKU)
		}
	}
	if got := res.SetSlots[kefu.SlotProduct]; got != "FND-MATTE,FND-DEWY" {
		t.Errorf("remembered products %q", got)
	}
}

// TestForget checks that a shop's changed catalogue reaches the next
// answer once Forget is called (the admin API's change hook).
func TestForget(t *testing.T) {
	ctx := context.Background()
	db, shop := mustOpenShop(t)
	skill := newSkill(db)
	ask := func() []string {
		res, err := skill.Run(ctx, state(shop, nil, "en", "sunscreen for oily skin", advisor.IntentRecommend, nil, ent("skin_type", "oily")))
		if err != nil {
			t.Fatal(err)
		}
		var skus []string
		for _, c := range res.Cards {
			for _, it := range c.Items {
				skus = append(skus, it.SKU)
			}
		}
		return skus
	}
	if got := ask(); !slices.Equal(got, []string{"SUN-FLUID"}) {
		t.Fatalf("before: %v", got)
	}
	p, err := db.FindProductBySKU(ctx, "beauty", "SUN-FLUID")
	if err != nil {
		t.Fatal(err)
	}
	p.Stock = 0
	if err := db.UpsertProduct(ctx, p); err != nil {
		t.Fatal(err)
	}
	if got := ask(); !slices.Equal(got, []string{"SUN-FLUID"}) {
		t.Fatalf("cached index changed before Forget: %v", got)
	}
	skill.Forget("beauty")
	if got := ask(); len(got) != 0 {
		t.Fatalf("after Forget: %v, want nothing in stock", got)
	}
}

// TestStaleIndexAnswersWhileRefreshed checks the cache's contract: past
// its TTL an index still answers at once while a fresh one is built in
// the background, and concurrent turns of a shop without an index share
// one build.
func TestStaleIndexAnswersWhileRefreshed(t *testing.T) {
	ctx := context.Background()
	db, shop := mustOpenShop(t)
	var mu sync.Mutex
	now := fixedNow
	skill := newSkill(db)
	skill.Now = func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	skill.TTL = time.Minute
	st := func() *kefu.TurnState {
		return state(shop, nil, "en", "sunscreen for oily skin", advisor.IntentRecommend, nil, ent("skin_type", "oily"))
	}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := skill.Run(ctx, st()); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	p, err := db.FindProductBySKU(ctx, "beauty", "SUN-FLUID")
	if err != nil {
		t.Fatal(err)
	}
	p.Stock = 0
	if err := db.UpsertProduct(ctx, p); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	now = now.Add(2 * time.Minute)
	mu.Unlock()
	// Stale: answered from the old index (the sunscreen still in stock).
	res, err := skill.Run(ctx, st())
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Cards) != 1 {
		t.Fatalf("stale index did not answer: %+v", res)
	}
	// The refresh lands soon after.
	deadline := time.Now().Add(10 * time.Second)
	for {
		res, err := skill.Run(ctx, st())
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Cards) == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the index was never refreshed")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestClaim checks which turns the skill takes by their content.
func TestClaim(t *testing.T) {
	ctx := context.Background()
	db, shop := mustOpenShop(t)
	skill := newSkill(db)
	claimable := kefu.Decision{Action: kefu.ActionSkill, Skill: "knowledge", Claimable: true}
	catalogue := kefu.Decision{Action: kefu.ActionSkill, Skill: "catalog", Reason: "intent"}
	handoff := kefu.Decision{Action: kefu.ActionHandoff, Reason: "warranty", Claimable: true}
	prod := kefu.Entity{Type: "product", Value: "FND-MATTE"}
	for _, tc := range []struct {
		name   string
		st     *kefu.TurnState
		d      kefu.Decision
		reason string
	}{
		{"reviews of a product the catalogue would describe", state(shop, nil, "en", "what do other customers say about it?", "product_question", nil, prod), catalogue, advisor.ReasonReviews},
		{"reviews of a product taken for a warranty question", state(shop, nil, "en", "what do other customers say about the matte foundation?", "warranty", nil, prod), handoff, advisor.ReasonReviews},
		{"review words without a product", state(shop, nil, "en", "what do other customers say?", "product_question", nil), catalogue, ""},
		{"the answer to the skin-type question", state(shop, nil, "en", "dry", "out_of_scope",
			map[string]string{kefu.SlotExpecting: advisor.ExpectSkinType, kefu.SlotExpectingSkill: advisor.Name}, ent("skin_type", "dry")), claimable, advisor.ReasonSlotAnswer},
		{"a category with a skin type, the classifier unsure", state(shop, nil, "en", "foundation oily skin", "product_question", nil, ent("skin_type", "oily")), claimable, advisor.ReasonKeyword},
		{"an ingredient with can-I-use", state(shop, nil, "en", "can i use retinol", "product_question", nil), claimable, advisor.ReasonKeyword},
		{"a correction of the skin type", state(shop, nil, "en", "I am not oily any more", "skin_advice", nil, kefu.Entity{Type: "skin_type", Value: "oily", Text: "oily", Start: 9, End: 13}), claimable, advisor.ReasonSelf},
		{"a product's name alone is not a category with a concern", state(shop, nil, "en", "Barrier Repair Rich Cream moisturiser", "certification", nil,
			kefu.Entity{Type: "product", Value: "MOI-RICH", Text: "Barrier Repair Rich Cream", Start: 0, End: 25}), claimable, ""},
		{"a price question is the catalogue's", state(shop, nil, "en", "how much is the foundation", "price_promotion", nil), claimable, ""},
		{"a confident decision for another skill is not taken by keywords", state(shop, nil, "en", "foundation oily skin", "product_question", nil, ent("skin_type", "oily")), catalogue, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			reason, ok := skill.Claim(ctx, tc.st, tc.d)
			if reason != tc.reason || ok != (tc.reason != "") {
				t.Errorf("claim = %q %v, want %q", reason, ok, tc.reason)
			}
		})
	}
}
