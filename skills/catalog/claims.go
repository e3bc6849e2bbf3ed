package catalog

import (
	"slices"

	"github.com/kefu-ai/kefu"
)

// ReasonKeyword is the decision reason to record when a policy sends a
// turn here because Claims recognised it.
const ReasonKeyword = "catalog_keyword"

// Claims reports whether a turn the intent classifier was unsure of is
// a catalogue question: its words ask about price, stock or offers (in
// any of the shop languages) and its intent or one of the two best
// alternatives is a catalogue intent. (The skill then finds the product
// or asks for it.) A policy
// consults it only for turns it would otherwise give to the fallback
// (knowledge) skill or a clarification: many price questions score just
// under the confidence threshold ("how much is the power bank?",
// product_question 0.69; "三文鱼多少钱", price_promotion 0.62).
func Claims(st *kefu.TurnState) bool {
	u := st.Understanding
	text := st.Message.Text
	if u.Normalized != "" {
		text = u.Normalized
	}
	cues, _ := cueWords.find(text)
	price, promo, stock := cues.has(aspectPrice), cues.has(aspectPromotion), cues.has(aspectStock)
	if !price && !promo && !stock {
		return false
	}
	ours := []string{IntentPrice, IntentStock, IntentProduct}
	in := slices.Contains(ours, u.Intent)
	for i, a := range u.Alternatives {
		if i < 2 && slices.Contains(ours, a.Intent) {
			in = true
		}
	}
	return in
}
