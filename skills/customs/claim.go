package customs

import (
	"context"
	"strings"
	"unicode"

	"github.com/kefu-ai/kefu"
)

// Reasons recorded in the trace when the skill claims a turn.
const (
	// ReasonSlotAnswer: a short answer to the skill's question that the
	// NLU did not mark as one ("GM-PB-20K" when asked for the product,
	// "ไม่ใช่ ส่งไปสเปน" when asked for the country).
	ReasonSlotAnswer = "customs_slot_answer"
	// ReasonFact: a certification, delivery or returns question naming a
	// country for which a fact is stored.
	ReasonFact = "customs_fact"
	// ReasonKeyword: a customs question the classifier was unsure of,
	// recognised by its words and a country or product.
	ReasonKeyword = "customs_keyword"
	// ReasonCorrection: a short message with a new country in a
	// conversation about customs ("mejor a Alemania").
	ReasonCorrection = "customs_correction"
)

// Claim implements kefu.Claimer. The skill takes the turns that are
// cross-border questions it can answer better than the knowledge base:
// short answers to its own question (even when the policy gave them to
// another skill), and, when the policy fell back (the knowledge base by
// words, a clarification, an intent's default hand-off), customs
// questions recognised by their words with a country or product,
// certification, delivery or returns questions naming a country with
// stored facts, and a new country in a customs conversation. Hand-offs
// the customer asked for, silence, small talk and confident decisions for
// other skills stand.
func (s *Skill) Claim(ctx context.Context, st *kefu.TurnState, d kefu.Decision) (string, bool) {
	if d.Action == kefu.ActionSkill && d.Skill == Name && !d.Claimable {
		return "", false
	}
	u := st.Understanding
	slots := st.Conversation.Slots
	ours := Topic(slots[SlotTopic]).valid()
	text := st.Message.Text
	asker := slots[kefu.SlotExpectingSkill]
	if exp := slots[kefu.SlotExpecting]; ours && (asker == "" || asker == Name) && (exp == ExpectProduct || exp == ExpectCountry) && answers(u.Entities, exp) && short(text, u.Entities) {
		return ReasonSlotAnswer, true
	}
	if !d.Claimable {
		return "", false // a confident decision for another skill
	}
	country := entity(u.Entities, "country")
	topic, sure := TopicOf(u, text, nil)
	switch {
	case sure && topic == TopicDuty && (country != "" || entity(u.Entities, "product") != "" || entity(u.Entities, "sku") != "" || ours):
		return ReasonKeyword, true
	case sure && topic != TopicDuty && country != "":
		kind := certificationKind(text)
		if fs, err := Facts(s.Tables, st.Tenant.ID, country, topic, kind, s.now()); err == nil && len(fs) > 0 {
			return ReasonFact, true
		}
	case ours && country != "" && short(text, u.Entities):
		return ReasonCorrection, true
	}
	return "", false
}

// answers reports whether the entities hold an answer to what the skill
// asked for: a country, or a product (by name, SKU or order number).
func answers(es []kefu.Entity, exp string) bool {
	for _, e := range es {
		switch {
		case exp == ExpectCountry && e.Type == "country",
			exp == ExpectProduct && (e.Type == "product" || e.Type == "sku" || e.Type == "order_number"):
			return true
		}
	}
	return false
}

// entity returns the value of the last entity of type typ, or "".
func entity(es []kefu.Entity, typ string) string {
	v := ""
	for _, e := range es {
		if e.Type == typ {
			v = e.Value
		}
	}
	return v
}

// maxShortWords is how many words besides its entities a message may have
// and still be a short answer or correction; CJK and Thai characters count
// three to a word. "不是，寄到西班牙" and "ไม่ใช่ ส่งไปสเปน" are short.
const maxShortWords = 5

// short reports whether text is little more than its entities.
func short(text string, es []kefu.Entity) bool {
	var b strings.Builder
	last := 0
	for _, e := range es {
		if e.Start >= last && e.End <= len(text) && e.Start <= e.End {
			b.WriteString(text[last:e.Start])
			b.WriteByte(' ')
			last = e.End
		}
	}
	b.WriteString(text[last:])
	words, dense := 0, 0
	for _, f := range strings.FieldsFunc(b.String(), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) }) {
		n := 0
		for _, r := range f {
			if unicode.Is(unicode.Han, r) || unicode.Is(unicode.Thai, r) {
				n++
			}
		}
		if n > 0 {
			dense += n
		} else {
			words++
		}
	}
	return words+(dense+2)/3 <= maxShortWords
}
