package strategy_test

import (
	"context"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/sqlite"
	"github.com/kefu-ai/kefu/strategy"
)

var now = time.Date(2026, 12, 6, 10, 0, 0, 0, time.UTC)

func names(ss []kefu.Strategy) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Name())
	}
	return out
}

// TestFor checks which strategies a shop runs, and in which order.
func TestFor(t *testing.T) {
	all := strategy.Default(nil, func() time.Time { return now })
	tests := []struct {
		name     string
		settings kefu.TenantSettings
		want     []string
	}{
		{"default: all, kefu's order", kefu.TenantSettings{}, []string{kefu.StrategyAngerPriority, kefu.StrategyAnxietyProgress, kefu.StrategySatisfactionOffer}},
		{"no offers", kefu.TenantSettings{NoSatisfactionOffer: true}, []string{kefu.StrategyAngerPriority, kefu.StrategyAnxietyProgress}},
		{"the shop's list and order", kefu.TenantSettings{Strategies: []string{kefu.StrategySatisfactionOffer, kefu.StrategyAngerPriority}}, []string{kefu.StrategySatisfactionOffer, kefu.StrategyAngerPriority}},
		{"an empty list: none", kefu.TenantSettings{Strategies: []string{}}, nil},
		{"unknown names are skipped", kefu.TenantSettings{Strategies: []string{"coupon_rain", kefu.StrategyAnxietyProgress}}, []string{kefu.StrategyAnxietyProgress}},
		{"listed, but offers off", kefu.TenantSettings{Strategies: []string{kefu.StrategySatisfactionOffer}, NoSatisfactionOffer: true}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := names(strategy.For(all, &tt.settings)); !slices.Equal(got, tt.want) {
				t.Errorf("For = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestAngerPriority checks the decisions the anger strategy takes.
func TestAngerPriority(t *testing.T) {
	s := strategy.AngerPriority{}
	tests := []struct {
		name     string
		d        kefu.Decision
		vip      bool
		settings kefu.TenantSettings
		want     kefu.Decision
		changed  bool
	}{
		{"a skill turn becomes a hand-off", kefu.Decision{Action: kefu.ActionSkill, Skill: "orders"}, false, kefu.TenantSettings{}, kefu.Decision{Action: kefu.ActionHandoff, Reason: kefu.ReasonAnger, Priority: 2}, true},
		{"VIPs first", kefu.Decision{Action: kefu.ActionSkill}, true, kefu.TenantSettings{}, kefu.Decision{Action: kefu.ActionHandoff, Reason: kefu.ReasonAnger, Priority: 3}, true},
		{"an asked-for hand-off is raised", kefu.Decision{Action: kefu.ActionHandoff, Reason: kefu.ReasonCustomerAsked, Priority: 1}, false, kefu.TenantSettings{}, kefu.Decision{Action: kefu.ActionHandoff, Reason: kefu.ReasonCustomerAsked, Priority: 2}, true},
		{"a sensitive hand-off is raised even without anger hand-offs", kefu.Decision{Action: kefu.ActionHandoff, Reason: kefu.ReasonSensitive + "fraud", Priority: 2}, false, kefu.TenantSettings{NoAngerHandoff: true}, kefu.Decision{Action: kefu.ActionHandoff, Reason: kefu.ReasonSensitive + "fraud", Priority: 3}, true},
		{"the shop keeps angry customers with the bot", kefu.Decision{Action: kefu.ActionSkill, Skill: "orders"}, false, kefu.TenantSettings{NoAngerHandoff: true}, kefu.Decision{Action: kefu.ActionSkill, Skill: "orders"}, false},
		{"silence stays silence", kefu.Decision{Action: kefu.ActionSilent, Reason: kefu.ReasonAgentHas}, false, kefu.TenantSettings{}, kefu.Decision{Action: kefu.ActionSilent, Reason: kefu.ReasonAgentHas}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := &kefu.TurnState{Tenant: &kefu.Tenant{Settings: tt.settings}, Customer: &kefu.Customer{VIP: tt.vip}}
			got, changed := s.Decide(st, tt.d)
			if got != tt.want || changed != tt.changed {
				t.Errorf("Decide = %+v, %v; want %+v, %v", got, changed, tt.want, tt.changed)
			}
		})
	}
	if s.Applies(kefu.Understanding{Emotion: kefu.Emotion{Label: kefu.EmotionAnger, Intensity: 0.5}}) {
		t.Error("mild anger applies")
	}
}

// countingPromotions counts the reads of a PromotionService.
type countingPromotions struct {
	kefu.PromotionService
	reads int
}

func (c *countingPromotions) FindPromotions(ctx context.Context, f kefu.PromotionFilter) ([]*kefu.Promotion, error) {
	c.reads++
	return c.PromotionService.FindPromotions(ctx, f)
}

// TestOffer checks that a pleased customer is offered one running
// promotion in the reply's language, once, and never in a question; the
// shop's promotions are read only when an offer may be made.
func TestOffer(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "kefu.db"), func() time.Time { return now })
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	tenant := &kefu.Tenant{ID: "shop", Settings: kefu.TenantSettings{DefaultLanguage: "en"}}
	if err := db.CreateTenant(ctx, tenant); err != nil {
		t.Fatal(err)
	}
	for _, p := range []*kefu.Promotion{
		{ID: "old", Code: "OLD", Text: map[string]string{"en": "expired"}, End: now.Add(-time.Hour)},
		{ID: "later", Code: "LATER", Text: map[string]string{"en": "not yet"}, Start: now.Add(time.Hour)},
		{ID: "zh-only", Code: "ZH", Text: map[string]string{"zh": "下单立减"}},
		{ID: "thanks", Code: "THANKS10", Text: map[string]string{"en": "10% off", "es": "10% de descuento"}},
	} {
		p.TenantID = "shop"
		if err := db.UpsertPromotion(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	ps := &countingPromotions{PromotionService: db}
	o := &strategy.Offer{Promotions: ps, Now: func() time.Time { return now }}
	tests := []struct {
		name  string
		lang  string
		slots map[string]string
		res   kefu.SkillResult
		want  string // promotion ID, "" for none
		reads int    // of the promotions
	}{
		{"first running one in the language", "en", nil, kefu.SkillResult{Outcome: "thanks"}, "thanks", 1},
		{"another language", "zh", nil, kefu.SkillResult{Outcome: "thanks"}, "zh-only", 1},
		{"none in the language", "th", nil, kefu.SkillResult{Outcome: "thanks"}, "", 1},
		{"already offered in the conversation", "en", map[string]string{kefu.SlotOffered: "thanks"}, kefu.SkillResult{Outcome: "thanks"}, "", 0},
		{"not in a reply that asks something", "en", nil, kefu.SkillResult{Outcome: "ask_order_number", Expecting: kefu.SlotOrderNumber}, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := &kefu.TurnState{Tenant: tenant, Conversation: &kefu.Conversation{Slots: tt.slots}}
			res := tt.res
			ps.reads = 0
			ok := o.Enrich(ctx, st, tt.lang, &res)
			got := ""
			if res.Offer != nil {
				got = res.Offer.PromotionID
			}
			if ok != (tt.want != "") || got != tt.want {
				t.Fatalf("Enrich = %v, offer %q; want %q", ok, got, tt.want)
			}
			if ok && res.SetSlots[kefu.SlotOffered] != tt.want {
				t.Errorf("remembers %q, want %q", res.SetSlots[kefu.SlotOffered], tt.want)
			}
			if ps.reads != tt.reads {
				t.Errorf("read the promotions %d times, want %d", ps.reads, tt.reads)
			}
		})
	}

	t.Run("no promotion service", func(t *testing.T) {
		o := &strategy.Offer{Now: func() time.Time { return now }}
		var res kefu.SkillResult
		if o.Enrich(ctx, &kefu.TurnState{Tenant: tenant, Conversation: &kefu.Conversation{}}, "en", &res) || res.Offer != nil {
			t.Errorf("offer without promotions: %+v", res.Offer)
		}
	})
}
