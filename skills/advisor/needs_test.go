package advisor_test

import (
	"reflect"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/money"
	"github.com/kefu-ai/kefu/skills/advisor"
)

func TestReadNeeds(t *testing.T) {
	shop := &kefu.Tenant{ID: "beauty", Settings: kefu.TenantSettings{Currency: "EUR"}}
	usd := func(a money.Amount, to money.Currency, _ time.Time) (money.Amount, error) {
		return money.New(a.Minor*86/100, to), nil
	}
	oily := &kefu.CustomerProfile{Traits: []kefu.Trait{
		{Kind: kefu.TraitSkinType, Value: "oily", Source: kefu.SourceChat, Confidence: 0.9, UpdatedAt: fixedNow},
		{Kind: kefu.TraitAvoid, Value: "fragrance", Source: kefu.SourceCustomer, Confidence: 1, UpdatedAt: fixedNow},
	}}
	for _, tc := range []struct {
		name    string
		st      *kefu.TurnState
		profile *kefu.CustomerProfile
		want    advisor.Needs
	}{
		{"Chinese: category, skin, season", state(shop, nil, "zh", "混油皮夏天用什么粉底液？", "", nil, ent("skin_type", "combination_oily"), ent("season", "summer")), nil,
			advisor.Needs{Category: "foundation", SkinTypes: []string{"combination", "oily"}, SkinFrom: "message", Season: "summer"}},
		{"a dollar ceiling converted", state(shop, nil, "en", "a moisturizer under $30", "", nil, ent("money", "USD 30")), nil,
			advisor.Needs{Category: "moisturiser", Budget: money.New(2580, "EUR"), Asked: money.New(3000, "USD")}},
		{"around a target, fragrance-free, Spanish", state(shop, nil, "es", "un tónico sin perfume de unos 20 euros", "", nil, ent("money", "EUR 20")), nil,
			advisor.Needs{Category: "toner", Budget: money.New(2000, "EUR"), Asked: money.New(2000, "EUR"), Around: true, Avoid: []string{"fragrance"}}},
		{"ingredients in the order written, pregnancy, can-I-use", state(shop, nil, "en", "can I use vitamin C and retinol while pregnant?", "", nil), nil,
			advisor.Needs{Ingredients: []string{"vitamin c", "retinol"}, Pregnancy: true, Usable: true}},
		{"早C晚A is a routine", state(shop, nil, "zh", "早C晚A怎么搭配", "", nil), nil,
			advisor.Needs{Routine: true}},
		{"the profile fills the skin type and what to avoid", state(shop, nil, "en", "I need a serum", "", nil), oily,
			advisor.Needs{Category: "serum", SkinTypes: []string{"oily"}, SkinFrom: "profile", Avoid: []string{"fragrance"}}},
		{"a product's name is not a need", state(shop, nil, "zh", "控油哑光粉底液适合干皮吗", "", nil,
			kefu.Entity{Type: "product", Value: "FND-MATTE", Start: 0, End: len("控油哑光粉底液")}, ent("skin_type", "dry")), nil,
			advisor.Needs{SkinTypes: []string{"dry"}, SkinFrom: "message", Usable: true, Products: []string{"FND-MATTE"}}},
		{"slots kept from the follow-up", state(shop, nil, "en", "dry", "", map[string]string{advisor.SlotCategory: "serum", advisor.SlotConcerns: "acne", advisor.SlotBudget: "EUR 40.00"}, ent("skin_type", "dry")), nil,
			advisor.Needs{Category: "serum", SkinTypes: []string{"dry"}, SkinFrom: "message", Concerns: []string{"acne"}, Budget: money.New(4000, "EUR"), Asked: money.New(4000, "EUR")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := advisor.ReadNeeds(tc.st, "EUR", usd, tc.profile, fixedNow)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("needs\n got %+v\nwant %+v", got, tc.want)
			}
		})
	}
}
