package nlu

import (
	"slices"
	"strconv"
	"strings"

	"github.com/kefu-ai/kefu"
)

// CorrectionSource is what the Source of an Understanding whose intent
// came from an accepted correction carries after the model's version:
// "nlu/<version>+correction/<feedback ID>".
const CorrectionSource = "+correction/"

// CorrectionConfidence is the confidence of an intent an accepted
// correction gives: a person read this very text and said what it means.
const CorrectionConfidence = 1.0

// Correction is an accepted relabel (docs/learning.md) that the
// Understander serves as it is for the identical message: the same text
// after normalisation, in the same language, in the same shop.
type Correction struct {
	// ID is the relabel's feedback ID; a later correction of the same
	// normalised text replaces an earlier one.
	ID int64
	// Text and Language are the message corrected and its language.
	Text, Language string
	// Intent is what the message meant.
	Intent string
	// Entities are the entities the agent marked, type to value; each
	// replaces what the extractor found of its type.
	Entities map[string]string
}

type correctionKey struct{ lang, text string }

// Corrections is one shop's accepted corrections, by normalised text and
// language. Immutable once built (Prep.Corrections), so readers need no
// lock.
type Corrections struct {
	byKey map[correctionKey]*Correction
}

// Corrections builds the table of cs: each text normalised as Understand
// normalises a message whose conversation is in the correction's
// language. Of two corrections of one normalised text the later (higher
// ID) wins; corrections without a text or an intent are left out.
func (p *Prep) Corrections(cs []Correction) *Corrections {
	t := &Corrections{byKey: make(map[correctionKey]*Correction, len(cs))}
	for i := range cs {
		c := cs[i]
		text := strings.TrimSpace(c.Text)
		if text == "" || c.Intent == "" {
			continue
		}
		n, language, _ := p.Normalize(text, c.Language)
		k := correctionKey{language, n}
		if old := t.byKey[k]; old != nil && old.ID > c.ID {
			continue
		}
		t.byKey[k] = &c
	}
	return t
}

// Len returns the number of distinct corrected texts.
func (t *Corrections) Len() int {
	if t == nil {
		return 0
	}
	return len(t.byKey)
}

// Lookup returns the correction of the message normalised to normalized
// in language, or nil.
func (t *Corrections) Lookup(normalized, language string) *Correction {
	if t == nil {
		return nil
	}
	return t.byKey[correctionKey{language, normalized}]
}

// SetCorrections makes cs the accepted corrections served for the shop
// tenantID's messages, replacing the shop's earlier ones; none removes
// them. It returns how many distinct texts are served. Turns running keep
// the table they started with.
func (u *Understander) SetCorrections(tenantID string, cs []Correction) int {
	t := u.prep.Corrections(cs)
	u.mu.Lock()
	defer u.mu.Unlock()
	next := map[string]*Corrections{}
	if cur := u.corrections.Load(); cur != nil {
		for k, v := range *cur {
			next[k] = v
		}
	}
	if t.Len() == 0 {
		delete(next, tenantID)
	} else {
		next[tenantID] = t
	}
	u.corrections.Store(&next)
	return t.Len()
}

// CorrectionsFor returns the shop's served corrections (nil: none).
func (u *Understander) CorrectionsFor(tenantID string) *Corrections {
	if cur := u.corrections.Load(); cur != nil {
		return (*cur)[tenantID]
	}
	return nil
}

// applyCorrection makes und say what the correction c says of the
// message text: its intent, at CorrectionConfidence, with what the model
// understood kept first among the alternatives, and its entities in
// place of the extracted ones of their types. Source names the
// correction.
func applyCorrection(und *kefu.Understanding, c *Correction, text string) {
	if und.Intent != c.Intent {
		var alts []kefu.IntentScore
		if und.Intent != "" {
			alts = append(alts, kefu.IntentScore{Intent: und.Intent, Score: und.Confidence})
		}
		for _, a := range und.Alternatives {
			if a.Intent != c.Intent && a.Intent != und.Intent {
				alts = append(alts, a)
			}
		}
		und.Alternatives = alts
		und.Intent = c.Intent
	}
	und.Confidence = CorrectionConfidence
	und.Source += CorrectionSource + strconv.FormatInt(c.ID, 10)
	if len(c.Entities) == 0 {
		return
	}
	types := make([]string, 0, len(c.Entities))
	for typ := range c.Entities {
		types = append(types, typ)
	}
	slices.Sort(types)
	es := und.Entities[:0:0]
	for _, e := range und.Entities {
		if _, ok := c.Entities[e.Type]; !ok {
			es = append(es, e)
		}
	}
	for _, typ := range types {
		es = append(es, locate(typ, c.Entities[typ], text))
	}
	und.Entities = es
}

// locate returns the entity typ of value value, with its span in text
// when the value is written there (as it is, or in another case); a
// value not written as such (an ISO code for "Italy") has an empty span
// at 0 and its value as text.
func locate(typ, value, text string) kefu.Entity {
	e := kefu.Entity{Type: typ, Value: value, Text: value}
	i := strings.Index(text, value)
	if i < 0 {
		lt, lv := strings.ToLower(text), strings.ToLower(value)
		if len(lt) == len(text) && len(lv) == len(value) {
			i = strings.Index(lt, lv)
		}
	}
	if i >= 0 && value != "" {
		e.Text, e.Start, e.End = text[i:i+len(value)], i, i+len(value)
	}
	return e
}
