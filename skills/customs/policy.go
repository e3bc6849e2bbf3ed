package customs

import (
	"context"
	"strings"
	"time"
	"unicode"

	"github.com/kefu-ai/kefu"
	tariff "github.com/kefu-ai/kefu/customs"
	"github.com/kefu-ai/kefu/dialog"
)

// Reasons recorded in the trace when Policy sends a turn to the skill.
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

var _ kefu.Policy = (*Policy)(nil)

// Policy wraps the dialog policy and sends to the customs skill the turns
// that are cross-border questions it can answer better than the knowledge
// base. It only takes over turns that Next gave to the knowledge skill
// (Fallback) or to a clarification, plus short answers to the skill's own
// question; hand-offs, silence, small talk and confident decisions for
// other skills stand. It is safe for concurrent use.
type Policy struct {
	Next     kefu.Policy
	Tables   *tariff.Tables
	Fallback string // the knowledge skill's name
	Now      kefu.Clock
}

// Decide implements kefu.Policy.
func (p *Policy) Decide(ctx context.Context, st *kefu.TurnState) kefu.Decision {
	d := p.Next.Decide(ctx, st)
	switch {
	case d.Action == kefu.ActionSkill && d.Skill == Name:
		return d
	case d.Action != kefu.ActionSkill && d.Action != kefu.ActionClarify:
		return d // hand-off, silence, small talk
	}
	u := st.Understanding
	slots := st.Conversation.Slots
	ours := Topic(slots[SlotTopic]).valid()
	text := st.Message.Text
	take := func(reason string) kefu.Decision {
		return kefu.Decision{Action: kefu.ActionSkill, Skill: Name, Reason: reason}
	}
	if exp := slots[dialog.SlotExpecting]; ours && (exp == ExpectProduct || exp == ExpectCountry) && answers(u.Entities, exp) && short(text, u.Entities) {
		return take(ReasonSlotAnswer)
	}
	if d.Action == kefu.ActionSkill && d.Skill != p.Fallback {
		return d // a confident decision for another skill
	}
	country := entity(u.Entities, "country")
	topic, sure := TopicOf(u, text, nil)
	switch {
	case sure && topic == TopicDuty && (country != "" || entity(u.Entities, "product") != "" || entity(u.Entities, "sku") != "" || ours):
		return take(ReasonKeyword)
	case sure && topic != TopicDuty && country != "":
		now := time.Now()
		if p.Now != nil {
			now = p.Now()
		}
		kind := certificationKind(text)
		if fs, err := Facts(p.Tables, st.Tenant.ID, country, topic, kind, now); err == nil && len(fs) > 0 {
			return take(ReasonFact)
		}
	case ours && country != "" && short(text, u.Entities):
		return take(ReasonCorrection)
	}
	return d
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
