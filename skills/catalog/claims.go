package catalog

import (
	"context"
	"slices"
	"unicode"

	"github.com/kefu-ai/kefu"
)

// ReasonKeyword is the decision reason recorded when the skill claims a
// turn because Claims recognised it.
const ReasonKeyword = "catalog_keyword"

// ReasonNamed is recorded when the skill claims a message that only
// names a product ("Barrier Repair Moisturiser", "GM-PB-20K?"): the
// customer wants to know about it.
const ReasonNamed = "catalog_product_named"

// ReasonSlotAnswer is recorded when the skill claims an answer to its
// "which product?" that the NLU did not recognise as an answer.
const ReasonSlotAnswer = "catalog_slot_answer"

// Interface guards.
var (
	_ kefu.Claimer   = (*Skill)(nil)
	_ kefu.SlotAsker = (*Skill)(nil)
)

// Asks implements kefu.SlotAsker: the skill asks which product.
func (s *Skill) Asks() []string { return []string{ExpectProduct} }

// Claim implements kefu.Claimer: a turn the policy could not place (the
// knowledge base by words, a clarification, no handler) that Claims
// recognises as a catalogue question.
func (s *Skill) Claim(ctx context.Context, st *kefu.TurnState, d kefu.Decision) (string, bool) {
	if !d.Claimable {
		return "", false
	}
	slots := st.Conversation.Slots
	if slots[kefu.SlotExpectingSkill] == Name && slots[kefu.SlotExpecting] == ExpectProduct {
		// The answer to "which product?" that the NLU did not mark as one.
		for _, e := range st.Understanding.Entities {
			if e.Type == "product" || e.Type == "sku" {
				return ReasonSlotAnswer, true
			}
		}
	}
	if onlyProduct(st) {
		return ReasonNamed, true
	}
	if !Claims(st) {
		return "", false
	}
	return ReasonKeyword, true
}

// onlyProduct reports whether the message names one product and says
// little else: at most three letters or digits outside the product's
// name ("the", "？", "pls").
func onlyProduct(st *kefu.TurnState) bool {
	text := st.Message.Text
	var span *kefu.Entity
	for i, e := range st.Understanding.Entities {
		if e.Type != "product" && e.Type != "sku" {
			continue
		}
		if span != nil && e.Value != span.Value {
			return false // two products
		}
		span = &st.Understanding.Entities[i]
	}
	if span == nil || span.Start < 0 || span.End > len(text) || span.Start >= span.End {
		return false
	}
	n := 0
	for _, r := range text[:span.Start] + " " + text[span.End:] {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n <= 3
}

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
