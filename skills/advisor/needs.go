package advisor

import (
	"slices"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/money"
)

// Needs are what a recommendation must meet, from the message, the
// conversation's earlier turns (slots) and the customer's profile.
type Needs struct {
	Category string `json:"category,omitempty"`
	// SkinTypes are canonical (kefu.SkinTypes); combination-oily skin
	// is combination and oily.
	SkinTypes []string `json:"skin_types,omitempty"`
	// SkinFrom says where the skin type came from: "message", "profile"
	// (what the shop remembers), "" when unknown.
	SkinFrom string   `json:"skin_from,omitempty"`
	Concerns []string `json:"concerns,omitempty"` // graph.Concern values
	Season   string   `json:"season,omitempty"`   // summer, winter
	Finish   string   `json:"finish,omitempty"`
	// Budget is the most the customer wants to pay, in the shop's
	// currency (converted when asked in another); Asked is the amount
	// as the customer gave it. Around makes Budget a target rather than
	// a ceiling (±25%).
	Budget money.Amount `json:"budget,omitzero"`
	Asked  money.Amount `json:"asked,omitzero"`
	Around bool         `json:"around,omitempty"`
	// Avoid are things to leave out: fragrance, alcohol, silicone, oil,
	// or an active ("retinol").
	Avoid []string `json:"avoid,omitempty"`
	// Ingredients are the actives asked about ("retinol", "vitamin c").
	Ingredients []string `json:"ingredients,omitempty"`
	Pregnancy   bool     `json:"pregnancy,omitempty"`
	Routine     bool     `json:"routine,omitempty"`
	Usable      bool     `json:"usable,omitempty"` // "can I use …?"
	Reviews     bool     `json:"reviews,omitempty"`
	// Products are the SKUs the message names.
	Products []string `json:"products,omitempty"`
	// Corrected are skin types the customer said they no longer have.
	Corrected []string `json:"corrected,omitempty"`
}

// onlySkin reports whether the message says nothing but the customer's
// skin: no category, concern, season, finish, budget, ingredient,
// product, review or routine question.
func (n Needs) onlySkin() bool {
	return n.Category == "" && len(n.Concerns) == 0 && n.Season == "" && n.Finish == "" && n.Asked.IsZero() &&
		len(n.Ingredients) == 0 && len(n.Products) == 0 && !n.Reviews && !n.Routine && !n.Pregnancy && !n.Usable
}

// Slots the skill keeps between turns: what was asked before the
// follow-up question, so that the answer completes it.
const (
	SlotCategory = "advisor_category"
	SlotConcerns = "advisor_concerns"
	SlotBudget   = "advisor_budget" // "EUR 3000" minor units
	SlotSeason   = "advisor_season"
	SlotAsked    = "advisor_asked" // the follow-up already asked: "skin_type"
)

// ExpectSkinType is what the skill asks for when the skin type matters
// and nobody said it.
const ExpectSkinType = "skin_type"

// readNeeds reads the needs of a turn. convert turns a budget in another
// currency into the shop's; nil leaves such a budget unconverted (and
// unused). profile may be nil.
func readNeeds(st *kefu.TurnState, shopCurrency string, convert Converter, profile *kefu.CustomerProfile, now time.Time) Needs {
	var n Needs
	u := st.Understanding
	text := strings.ToLower(blankProducts(st.Message.Text, u.Entities))
	norm := strings.ToLower(u.Normalized)
	both := text
	if norm != "" && norm != text && text == strings.ToLower(st.Message.Text) {
		// The normalised text adds expansions (早C晚A, abbreviations);
		// it still holds product names, so it is read only when the
		// message names none.
		both = text + " \n " + norm
	}
	for _, e := range u.Entities {
		switch e.Type {
		case "skin_type":
			for _, v := range skinTypesOf(e.Value) {
				if !slices.Contains(n.SkinTypes, v) {
					n.SkinTypes = append(n.SkinTypes, v)
				}
			}
			if e.Value == "acne_prone" && !slices.Contains(n.Concerns, "acne") {
				n.Concerns = append(n.Concerns, "acne")
			}
		case "skin_concern":
			if c := concernOf[e.Value]; c != "" && !slices.Contains(n.Concerns, c) {
				n.Concerns = append(n.Concerns, c)
			}
		case "season":
			switch e.Value {
			case "summer", "rainy":
				n.Season = "summer"
			case "winter", "dry":
				n.Season = "winter"
			}
		case "money":
			if a, err := money.ParseAmount(e.Value); err == nil && a.Sign() > 0 {
				n.Asked = a
			}
		case "product", "sku":
			if e.Value != "" && !slices.Contains(n.Products, e.Value) {
				n.Products = append(n.Products, e.Value)
			}
		}
	}
	if len(n.SkinTypes) > 0 {
		n.SkinFrom = "message"
	}
	for _, c := range concernPhrases.find(both) {
		if !slices.Contains(n.Concerns, c) {
			n.Concerns = append(n.Concerns, c)
		}
	}
	if n.Season == "" {
		if s := seasonWords.find(both); len(s) > 0 {
			n.Season = s[0]
		}
	}
	if c := categories.find(both); len(c) > 0 {
		n.Category = c[0]
	}
	if f := finishWords.find(both); len(f) > 0 {
		n.Finish = f[0]
	}
	n.Avoid = avoidFree.find(both)
	n.Ingredients = ingredients.find(both)
	n.Pregnancy = pregnancyWords.has(both)
	n.Routine = routineWords.has(both) || earlyCLateA(both)
	n.Usable = usableWords.has(both)
	n.Reviews = reviewWords.has(both)
	n.Around = budgetAround.has(both)

	// What the conversation said before the follow-up question.
	slots := st.Conversation.Slots
	if n.Category == "" {
		n.Category = slots[SlotCategory]
	}
	if len(n.Concerns) == 0 && slots[SlotConcerns] != "" {
		n.Concerns = strings.Split(slots[SlotConcerns], ",")
	}
	if n.Season == "" {
		n.Season = slots[SlotSeason]
	}
	if n.Asked.IsZero() && slots[SlotBudget] != "" {
		if a, err := money.ParseAmount(slots[SlotBudget]); err == nil {
			n.Asked = a
		}
	}

	// What the shop remembers of the customer.
	if len(n.SkinTypes) == 0 && profile != nil {
		for _, b := range profile.Resolve(kefu.TraitSkinType, now) {
			n.SkinTypes = append(n.SkinTypes, b.Value)
		}
		if len(n.SkinTypes) > 0 {
			n.SkinFrom = "profile"
		}
	}
	if profile != nil {
		for _, b := range profile.Resolve(kefu.TraitAvoid, now) {
			if !slices.Contains(n.Avoid, b.Value) {
				n.Avoid = append(n.Avoid, b.Value)
			}
		}
		if n.Finish == "" && (n.Category == "foundation" || n.Category == "primer") {
			if b, ok := profile.Top(kefu.TraitFinish, now); ok {
				n.Finish = b.Value
			}
		}
	}

	if !n.Asked.IsZero() {
		n.Budget = n.Asked
		if shop, ok := money.LookupCurrency(shopCurrency); ok && n.Asked.Currency != shop {
			n.Budget = money.Amount{}
			if convert != nil {
				if b, err := convert(n.Asked, shop, now); err == nil {
					n.Budget = b
				}
			}
		}
	}
	return n
}

// blankProducts blanks the products a message names, so that the words
// of a name ("Matte Control Foundation", "控油哑光粉底液") are not read
// as needs of the customer.
func blankProducts(text string, es []kefu.Entity) string {
	b := []byte(text)
	for _, e := range es {
		if (e.Type == "product" || e.Type == "sku") && e.Start >= 0 && e.End <= len(b) && e.Start < e.End {
			// The span is whole runes: blanking every byte keeps the
			// text valid UTF-8.
			for i := e.Start; i < e.End; i++ {
				b[i] = ' '
			}
		}
	}
	return string(b)
}

// skinTypesOf maps the skin_type entity's values to kefu.SkinTypes.
func skinTypesOf(v string) []string {
	switch v {
	case "combination_oily":
		return []string{"combination", "oily"}
	case "acne_prone":
		return []string{"oily"}
	}
	if slices.Contains(kefu.SkinTypes, v) {
		return []string{v}
	}
	return nil
}

// earlyCLateA reads the Chinese shorthand for a vitamin C morning and
// retinoid evening routine in its spellings ("早C晚A", "早c晚a", "早VC晚A醇").
func earlyCLateA(s string) bool {
	i := strings.Index(s, "早")
	if i < 0 {
		return false
	}
	rest := s[i:]
	j := strings.Index(rest, "晚")
	return j > 0 && strings.Contains(rest[:j], "c") && strings.Contains(rest[j:], "a")
}

// slots are what to remember while the skill asks its follow-up.
func (n Needs) slots() map[string]string {
	m := map[string]string{SlotAsked: ExpectSkinType}
	if n.Category != "" {
		m[SlotCategory] = n.Category
	}
	if len(n.Concerns) > 0 {
		m[SlotConcerns] = strings.Join(n.Concerns, ",")
	}
	if n.Season != "" {
		m[SlotSeason] = n.Season
	}
	if !n.Asked.IsZero() {
		m[SlotBudget] = n.Asked.String()
	}
	return m
}
