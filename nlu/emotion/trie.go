package emotion

import "github.com/kefu-ai/kefu/internal/phrase"

// cue is what a lexicon phrase stands for.
type cue struct {
	label  int
	weight float64
}

// pick chooses a phrase's cue for a message in lang: its own, else the
// universal one, else English (customers mix English into every
// language) unless the English cue is a negator or intensifier, which
// only work in their own language; for an unknown language, any.
func pick(entries []phrase.Entry[cue], lang string) (cue, bool) {
	var univ, en, any *phrase.Entry[cue]
	for i := range entries {
		e := &entries[i]
		switch e.Lang {
		case lang:
			return e.Val, true
		case "":
			univ = e
		case "en":
			en = e
		}
		if any == nil {
			any = e
		}
	}
	switch {
	case univ != nil:
		return univ.Val, true
	case en != nil && en.Val.label != labNeg && en.Val.label != labInt:
		return en.Val, true
	case lang == "" && any != nil:
		return any.Val, true
	}
	return cue{}, false
}
