package profile

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/kefu-ai/kefu"
)

// Entity types the Learner reads (package nlu/entity).
const (
	entitySkinType    = "skin_type"
	entitySkinConcern = "skin_concern"
	entitySeason      = "season"
)

// Confidences of chat traits. A customer saying what their skin is ("my
// skin is 混油皮") counts more than a skin type named in a question about
// a product ("is this good for oily skin?"), which may be for someone
// else or just curiosity.
const (
	ConfidenceSaid      = 0.75 // first person: "I have", "my skin", "我是", "tengo"
	ConfidenceMentioned = 0.5  // named, not said of oneself
	// SeasonalDiscount is taken off when the message ties the trait to a
	// season ("dry in winter"): it may not hold the rest of the year.
	SeasonalDiscount = 0.15
	// ConfidenceCorrection is a customer's correction; it settles the
	// value (kefu.CustomerProfile.Resolve) whatever the number.
	ConfidenceCorrection = 1.0
)

// Learner turns a customer's chat message into profile traits. The zero
// value is ready; it is safe for concurrent use.
type Learner struct {
	// Now stamps the traits; nil means time.Now.
	Now kefu.Clock
}

// Learn returns the traits a customer message reveals: text is the
// message as written (the entities' offsets index it) and u what the NLU
// made of it. Each trait is of source chat, or of source customer when
// the customer corrects or negates it; a negated trait ("I'm not oily any
// more") has Negated set. Evidence is the words it comes from.
func (l *Learner) Learn(u kefu.Understanding, text string) []kefu.Trait {
	now := time.Now
	if l != nil && l.Now != nil {
		now = l.Now
	}
	at := now().UTC()
	lower := strings.ToLower(text)
	if len(lower) != len(text) {
		// Offsets must index both; a rare letter changed length.
		lower = text
	}
	seasonal := false
	var spans []span
	for _, e := range u.Entities {
		switch e.Type {
		case entitySeason:
			seasonal = true
		case entitySkinType, entitySkinConcern:
			s, ok := locate(text, lower, e)
			if !ok {
				continue
			}
			for _, v := range traitsOf(e.Type, e.Value) {
				v.start, v.end = s[0], s[1]
				spans = append(spans, v)
			}
		}
	}
	// Bare adjectives the gazetteer leaves alone ("my skin isn't dry
	// anymore"), only next to a word for skin.
	spans = append(spans, bareSkinTypes(lower, spans)...)

	firstPerson := hasAny(lower, firstPersonCues)
	var out []kefu.Trait
	seen := map[[2]string]int{}
	for _, s := range spans {
		clause := clauseBefore(lower, s.start)
		after := clauseAfter(lower, s.end)
		neg := negated(clause, after)
		if neg && !firstPerson {
			// "Isn't this for oily skin?": not said of the customer.
			continue
		}
		t := kefu.Trait{Kind: s.kind, Value: s.value, Evidence: clip(text[s.start:s.end]), UpdatedAt: at}
		switch {
		case neg:
			t.Source, t.Confidence, t.Negated = kefu.SourceCustomer, ConfidenceCorrection, true
			t.Evidence = clip(text)
		case hasAny(clause, correctionCues) || hasAny(after, correctionCues) || hasAny(lower, correctionCues) && firstPerson:
			t.Source, t.Confidence = kefu.SourceCustomer, ConfidenceCorrection
			t.Evidence = clip(text)
		default:
			t.Source, t.Confidence = kefu.SourceChat, ConfidenceMentioned
			if firstPerson {
				t.Confidence = ConfidenceSaid
			}
			t.Confidence *= s.weight
			if seasonal {
				t.Confidence -= SeasonalDiscount
			}
		}
		k := [2]string{t.Kind, t.Value}
		if i, ok := seen[k]; ok {
			// The same value twice in one message: a correction or a
			// negation wins over a plain mention.
			if out[i].Source == kefu.SourceChat && t.Source == kefu.SourceCustomer {
				out[i] = t
			}
			continue
		}
		seen[k] = len(out)
		out = append(out, t)
	}
	return out
}

// span is a trait value found in the message, at bytes [start, end) of
// its text.
type span struct {
	kind, value string
	start, end  int
	weight      float64 // of the trait's confidence, for values an entity implies only in part
}

// OilyShareOfCombination is the share of a chat trait's confidence that
// "混油皮" (combination leaning oily) gives oily; combination gets it all.
const OilyShareOfCombination = 0.8

// traitsOf maps an NLU entity to trait kinds and values (without a
// span): the gazetteer's combination_oily is combination skin leaning
// oily, acne_prone a concern (kefu.SkinTypes has neither).
func traitsOf(typ, value string) []span {
	if typ == entitySkinConcern {
		return []span{{kind: kefu.TraitConcern, value: value, weight: 1}}
	}
	switch value {
	case "combination_oily":
		return []span{{kind: kefu.TraitSkinType, value: "combination", weight: 1},
			{kind: kefu.TraitSkinType, value: "oily", weight: OilyShareOfCombination}}
	case "acne_prone":
		return []span{{kind: kefu.TraitConcern, value: "acne", weight: 1}}
	}
	if slices.Contains(kefu.SkinTypes, value) {
		return []span{{kind: kefu.TraitSkinType, value: value, weight: 1}}
	}
	return nil
}

// locate returns the entity's byte span in text: its offsets when they
// hold the entity's words, else the first place its words occur.
func locate(text, lower string, e kefu.Entity) ([2]int, bool) {
	if 0 <= e.Start && e.Start < e.End && e.End <= len(text) && (e.Text == "" || strings.EqualFold(text[e.Start:e.End], e.Text)) {
		return [2]int{e.Start, e.End}, true
	}
	if e.Text == "" {
		return [2]int{}, false
	}
	i := strings.Index(lower, strings.ToLower(e.Text))
	if i < 0 || len(strings.ToLower(e.Text)) != len(e.Text) {
		return [2]int{}, false
	}
	return [2]int{i, i + len(e.Text)}, true
}

// bareAdjectives are skin-type words the gazetteer needs "skin" with,
// and which the Learner takes alone when a word for skin is near.
var bareAdjectives = map[string]string{
	"dry": "dry", "oily": "oily", "greasy": "oily", "sensitive": "sensitive", "combination": "combination",
	"seca": "dry", "seco": "dry", "grasa": "oily", "graso": "oily", "sensible": "sensitive", "mixta": "combination",
}

// skinWords say a message is about skin.
var skinWords = []string{"skin", "piel", "cutis", "皮肤", "皮膚", "肤质"}

// bareSkinTypes finds bareAdjectives in a message about skin, and the
// Chinese 干/油 after 皮肤 ("我的皮肤现在很干"), skipping values found
// already.
func bareSkinTypes(lower string, found []span) []span {
	if !hasAny(lower, skinWords) {
		return nil
	}
	have := func(v string) bool {
		return slices.ContainsFunc(found, func(s span) bool { return s.kind == kefu.TraitSkinType && s.value == v })
	}
	var out []span
	for _, w := range words(lower) {
		v, ok := bareAdjectives[lower[w[0]:w[1]]]
		if ok && !have(v) {
			out = append(out, span{kind: kefu.TraitSkinType, value: v, start: w[0], end: w[1], weight: 1})
			found = append(found, out[len(out)-1])
		}
	}
	for _, sw := range []string{"皮肤", "皮膚", "肤质"} {
		i := strings.Index(lower, sw)
		if i < 0 {
			continue
		}
		rest := lower[i+len(sw):]
		if cut := strings.IndexAny(rest, "，。,.!?！？;；"); cut >= 0 {
			rest = rest[:cut]
		}
		for _, c := range []struct{ ch, v string }{{"干", "dry"}, {"乾", "dry"}, {"油", "oily"}} {
			if j := strings.Index(rest, c.ch); j >= 0 && !have(c.v) {
				start := i + len(sw) + j
				out = append(out, span{kind: kefu.TraitSkinType, value: c.v, start: start, end: start + len(c.ch), weight: 1})
				found = append(found, out[len(out)-1])
			}
		}
	}
	return out
}

// Cues, lower case. Latin cues match whole words; the others anywhere.
var (
	// negationCues before a value negate it: "not oily", "我不是油皮",
	// "ya no tengo la piel grasa".
	// The past ("I used to be oily", "以前是油皮", "antes tenía la piel
	// grasa") says it holds no more.
	negationCues = []string{"not", "n't", "no longer", "never", "no", "used to", "nunca", "ya no", "tampoco", "antes", "solía", "solia",
		"不是", "不再", "没有", "沒有", "不", "没", "並不", "并不", "以前", "曾经", "曾經", "原来", "原來"}
	// negationAfter after a value in the same clause negate it: "oily
	// no more", "油皮不再", "油皮已经不是了".
	negationAfter = []string{"no more", "not any more", "not anymore", "no longer", "ya no", "不再", "已经不", "已經不", "不是了"}
	// correctionCues make the customer's word settle a value: "actually
	// my skin is dry now", "其实我是干皮", "ahora tengo la piel seca".
	correctionCues = []string{"actually", "now", "these days", "any more", "anymore", "no longer", "nowadays", "changed",
		"其实", "其實", "现在", "現在", "变成", "變成", "如今", "最近变",
		"ahora", "en realidad", "de hecho", "ya no", "actualmente"}
	firstPersonCues = []string{"i", "i'm", "im", "my", "me", "mine", "i've", "i have",
		"我", "本人",
		"yo", "mi", "tengo", "tenía", "tenia", "soy", "me"}
)

// clauseBefore is the part of the clause before byte i: from the last
// punctuation or "but" on.
func clauseBefore(lower string, i int) string {
	s := lower[:i]
	if j := strings.LastIndexAny(s, ",.;!?，。；！？"); j >= 0 {
		s = s[j+1:]
	}
	for _, b := range []string{" but ", " pero ", "但", "可是"} {
		if j := strings.LastIndex(s, b); j >= 0 {
			s = s[j+len(b):]
		}
	}
	return s
}

// clauseAfter is the part of the clause after byte i.
func clauseAfter(lower string, i int) string {
	s := lower[i:]
	if j := strings.IndexAny(s, ",.;!?，。；！？"); j >= 0 {
		s = s[:j]
	}
	return s
}

// negated reports whether a value is negated by its clause: a negation
// cue before it or after it.
func negated(before, after string) bool {
	return hasAny(before, negationCues) || hasAny(after, negationAfter)
}

// hasAny reports whether s holds one of cues: Latin cues as whole words
// (or word sequences), others as substrings.
func hasAny(s string, cues []string) bool {
	for _, c := range cues {
		if latin(c) {
			if hasWord(s, c) {
				return true
			}
		} else if strings.Contains(s, c) {
			return true
		}
	}
	return false
}

// hasWord reports whether w occurs in s with no letter on either side;
// a w starting with an apostrophe ("n't") may follow a letter.
func hasWord(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(w)
		okBefore := j == 0 || w[0] == 'n' && strings.HasPrefix(w, "n'") || !isLetterBefore(s, j)
		okAfter := end == len(s) || !isLetterAt(s, end)
		if okBefore && okAfter {
			return true
		}
		i = j + 1
	}
}

func isLetterBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) || r == '\''
}

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// latin reports whether cue is written in ASCII.
func latin(cue string) bool {
	for i := 0; i < len(cue); i++ {
		if cue[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// words returns the byte spans of the Latin letter runs of s.
func words(s string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range s {
		letter := unicode.IsLetter(r) && r < 0x250
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

// clip cuts s to kefu.MaxTraitValueLen bytes at a rune boundary.
func clip(s string) string {
	s = strings.TrimSpace(s)
	if len(s) <= kefu.MaxTraitValueLen {
		return s
	}
	n := kefu.MaxTraitValueLen - len("…")
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
