package advisor

import (
	"context"
	"slices"
	"strings"

	"github.com/kefu-ai/kefu"
)

// Decision reasons recorded when the skill claims a turn.
const (
	// ReasonSlotAnswer: the answer to its "what's your skin type?".
	ReasonSlotAnswer = "advisor_slot_answer"
	// ReasonReviews: "what do other customers say about X?" naming a
	// product.
	ReasonReviews = "advisor_reviews"
	// ReasonKeyword: a product category with a skin type, concern or
	// budget, or an ingredient with "can I use", that the classifier
	// placed elsewhere or was unsure of.
	ReasonKeyword = "advisor_keyword"
	// ReasonSelf: the customer tells or corrects their skin type ("I'm
	// not oily any more"), which the classifier was unsure of.
	ReasonSelf = "advisor_self"
)

// Interface guards.
var (
	_ kefu.Claimer   = (*Skill)(nil)
	_ kefu.SlotAsker = (*Skill)(nil)
)

// Asks implements kefu.SlotAsker: the skill asks for the skin type.
func (s *Skill) Asks() []string { return []string{ExpectSkinType} }

// intentsNear are intents whose questions the skill may take by their
// words: the classifier often reads "what do other customers say about
// the moisturiser?" as a product or warranty question.
var intentsNear = []string{IntentRecommend, IntentSkin, "product_question", "price_promotion", "stock_availability", "warranty", "provide_info"}

// Claim implements kefu.Claimer.
func (s *Skill) Claim(ctx context.Context, st *kefu.TurnState, d kefu.Decision) (string, bool) {
	u := st.Understanding
	text := strings.ToLower(st.Message.Text + " \n " + u.Normalized)
	if blanked := blankProducts(st.Message.Text, u.Entities); blanked != st.Message.Text {
		// A product's name is not the customer's words ("Barrier Repair
		// Moisturiser" asks for no moisturiser and no repair).
		text = strings.ToLower(blanked)
	}
	named := slices.ContainsFunc(u.Entities, func(e kefu.Entity) bool { return e.Type == "product" || e.Type == "sku" })
	if named && reviewWords.has(text) && (d.Claimable || d.Action == kefu.ActionSkill) {
		// "What do others say about X?" even when the catalogue took it
		// as a product question: the reviews answer it, the description
		// does not.
		return ReasonReviews, true
	}
	if !d.Claimable {
		return "", false
	}
	slots := st.Conversation.Slots
	has := func(typ string) bool {
		return slices.ContainsFunc(u.Entities, func(e kefu.Entity) bool { return e.Type == typ })
	}
	if slots[kefu.SlotExpectingSkill] == Name && slots[kefu.SlotExpecting] == ExpectSkinType && has("skin_type") {
		return ReasonSlotAnswer, true
	}
	if ingredients.has(text) && (routineWords.has(text) || earlyCLateA(text)) {
		// How to combine actives ("早C晚A怎么搭配", "can I layer retinol
		// and vitamin C") is the advisor's whatever the classifier read
		// into a message it was unsure of.
		return ReasonKeyword, true
	}
	near := slices.Contains(intentsNear, u.Intent)
	for i, a := range u.Alternatives {
		if i < 2 && slices.Contains(intentsNear, a.Intent) {
			near = true
		}
	}
	if !near {
		return "", false
	}
	cat := categories.has(text)
	if cat && (has("skin_type") || has("skin_concern") || has("money") || concernPhrases.has(text)) {
		return ReasonKeyword, true
	}
	if ingredients.has(text) && (usableWords.has(text) || has("skin_type")) {
		return ReasonKeyword, true
	}
	if !cat {
		for _, tr := range learner.Learn(u, st.Message.Text) {
			if tr.Kind == kefu.TraitSkinType && (tr.Source == kefu.SourceCustomer || len(strings.Fields(st.Message.Text)) <= 8) {
				return ReasonSelf, true
			}
		}
	}
	return "", false
}
