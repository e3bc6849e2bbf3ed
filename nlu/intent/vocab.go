package intent

import (
	"slices"
	"unicode"
)

// seedVocab keeps vocabulary fingerprints apart from feature buckets.
const seedVocab = 0x3c6ef372fe94f82b

// The vocabulary (format 5) is the set of words of the training
// examples, as 32-bit fingerprints: words of scripts written with spaces
// that hold a letter (numbers are not words). Feature buckets cannot say
// whether a word was seen: 2^19 buckets of which a quarter hold rows
// catch an unseen word's hash as often as not. With 60,000 words a
// fingerprint collides about once in 70,000 unseen words.

// wordPrints appends the fingerprints of the words of the text the
// featurizer last tokenized into s (buckets), and reports whether the
// text had a run of a script written without spaces (Chinese, Thai …),
// whose words the vocabulary does not hold.
func wordPrints(s *scratch, dst []uint32) ([]uint32, bool) {
	dense := false
	for _, t := range s.toks {
		if t.kind == kindDense {
			dense = true
			continue
		}
		w := s.runes[t.start:t.end]
		if !slices.ContainsFunc(w, unicode.IsLetter) {
			continue
		}
		h := uint64(seedVocab)
		for _, r := range w {
			h = step(h, r)
		}
		dst = append(dst, uint32(fmix(h)))
	}
	return dst, dense
}

// buildVocab returns the sorted, distinct fingerprints of prints.
func buildVocab(prints []uint32) []uint32 {
	slices.Sort(prints)
	return slices.Clip(slices.Compact(prints))
}

// unknownWords reports whether the text last tokenized into s has words
// and the model's vocabulary holds none of them ("flarn quux", a
// language the model was not trained in). A model without a vocabulary
// (format 4 and older) knows every word; so does any text with a run of
// an unspaced script, whose words are not delimited.
func (m *Model) unknownWords(s *scratch) bool {
	if m.vocab == nil {
		return false
	}
	prints, dense := wordPrints(s, s.prints[:0])
	s.prints = prints
	if dense || len(prints) == 0 {
		return false
	}
	for _, p := range prints {
		if _, ok := slices.BinarySearch(m.vocab, p); ok {
			return false
		}
	}
	return true
}
