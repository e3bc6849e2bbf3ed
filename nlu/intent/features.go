package intent

import (
	"unicode"
	"unicode/utf8"
)

// Seeds keep the hash spaces of feature kinds apart, so the word "ab" and
// the character bigram "ab" land in unrelated buckets.
const (
	seedWord   = 0x9e3779b97f4a7c15
	seedBigram = 0xc2b2ae3d27d4eb4f
	seedChar   = 0x165667b19e3779f9
	seedDense  = 0x27d4eb2f165667c5
	seedPair   = 0x85ebca77c2b2ae63
	seedCross  = 0x7f4a7c15165667b1
	fnvPrime   = 0x100000001b3
)

// Token kinds.
const (
	kindNone   = 0
	kindSpaced = 1 // scripts that separate words with spaces
	kindDense  = 2 // Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar: no spaces
)

// featurizer turns text into hashed feature buckets. It is immutable and
// shared by all goroutines; per-call state lives in scratch.
type featurizer struct {
	mask       uint32 // buckets-1; buckets is a power of two
	charMin    int    // character n-gram sizes within spaced words, with < > boundaries
	charMax    int
	denseMax   int  // character n-grams 1..denseMax within runs of unspaced scripts
	bigrams    bool // word bigrams
	noChars    bool // no character n-grams in spaced words
	foldDigits bool // every ASCII digit becomes 0
	// denseRuns adds each whole run of an unspaced script as a word.
	denseRuns bool
	// pairWindow > 1 adds unordered pairs of words at most pairWindow-1
	// words apart.
	pairWindow int
	// wordWeight scales word features against character n-grams.
	wordWeight float32
	// concepts, if set, adds a word feature for each id the concept table
	// gives a word — synsets it may mean, clusters of words used like it
	// (weighted as a word).
	concepts *conceptTable
	// crossMax ≥ 3 adds the character n-grams of length 3..crossMax that
	// span the gap between two consecutive spaced words ("o d" of "to
	// do"), the gap read as one space.
	crossMax int
}

// newFeaturizer builds the featurizer the options describe, loading the
// concept table they name.
func newFeaturizer(o Options) (featurizer, error) {
	c, err := loadConcepts(o.Concepts)
	if err != nil {
		return featurizer{}, err
	}
	return featurizer{
		mask: uint32(o.Buckets - 1), charMin: o.CharMin, charMax: o.CharMax, denseMax: o.DenseMax,
		bigrams: !o.NoBigrams, wordWeight: float32(o.WordWeight), noChars: o.NoChars,
		pairWindow: o.PairWindow, denseRuns: o.DenseRuns, foldDigits: o.FoldDigits, concepts: c,
		crossMax: o.CrossMax,
	}, nil
}

type token struct {
	start, end int32 // into scratch.runes
	kind       uint8
}

func runeKind(r rune) uint8 {
	if r < utf8.RuneSelf {
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			return kindSpaced
		}
		return kindNone
	}
	if unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) ||
		unicode.Is(unicode.Thai, r) || unicode.Is(unicode.Lao, r) || unicode.Is(unicode.Khmer, r) ||
		unicode.Is(unicode.Myanmar, r) {
		return kindDense
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
		return kindSpaced
	}
	return kindNone
}

func lower(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	return unicode.ToLower(r)
}

// fmix is murmur3's 64-bit finaliser: every input bit affects the bucket.
func fmix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

func step(h uint64, r rune) uint64 { return (h ^ uint64(r)) * fnvPrime }

// buckets appends the feature buckets of text to out (character n-grams)
// and words (word unigrams, bigrams and concepts), using s for the rune and token
// buffers. A bucket appears once per occurrence.
func (f *featurizer) buckets(text string, s *scratch, out, words []uint32) ([]uint32, []uint32) {
	runes, toks := s.runes[:0], s.toks[:0]
	cur := token{kind: kindNone}
	for _, r := range text {
		r = lower(r)
		if f.foldDigits && '1' <= r && r <= '9' {
			r = '0'
		}
		k := runeKind(r)
		if k != cur.kind {
			if cur.kind != kindNone {
				cur.end = int32(len(runes))
				toks = append(toks, cur)
			}
			cur = token{start: int32(len(runes)), kind: k}
		}
		if k != kindNone {
			runes = append(runes, r)
		}
	}
	if cur.kind != kindNone {
		cur.end = int32(len(runes))
		toks = append(toks, cur)
	}
	s.runes, s.toks = runes, toks

	// The concept table is English: a message with Thai, Chinese or
	// Japanese in it is not, and its Latin words (brands, "ok", "pm") are
	// better left as words (fb-multilingual Thai dev lost 0.2 points with
	// their concepts).
	concepts := f.concepts
	if concepts != nil {
		for _, t := range toks {
			if t.kind == kindDense {
				concepts = nil
				break
			}
		}
	}
	s.whash = s.whash[:0]
	var prev uint64
	var prevTok token
	havePrev := false
	for _, t := range toks {
		w := runes[t.start:t.end]
		if t.kind == kindDense {
			havePrev = false
			if f.denseRuns {
				// The whole run between spaces or punctuation: Thai writers
				// put spaces between phrases, so a run is often a phrase.
				hr := uint64(seedWord)
				for _, r := range w {
					hr = step(hr, r)
				}
				words = append(words, uint32(fmix(hr))&f.mask)
			}
			for i := range w {
				h := uint64(seedDense)
				for n := 1; n <= f.denseMax && i+n <= len(w); n++ {
					h = step(h, w[i+n-1])
					out = append(out, uint32(fmix(h))&f.mask)
				}
			}
			continue
		}
		hw := uint64(seedWord)
		for _, r := range w {
			hw = step(hw, r)
		}
		s.whash = append(s.whash, hw)
		words = append(words, uint32(fmix(hw))&f.mask)
		if f.bigrams && havePrev {
			words = append(words, uint32(fmix(prev*fnvPrime^hw^seedBigram))&f.mask)
		}
		if f.crossMax >= 3 && havePrev {
			out = f.crossGrams(runes[prevTok.start:prevTok.end], w, out)
		}
		prev, havePrev, prevTok = hw, true, t
		if concepts != nil {
			for _, c := range concepts.lookup(w, hw) {
				words = append(words, uint32(fmix(uint64(c)*fnvPrime^seedConcept))&f.mask)
			}
		}
		if f.pairWindow > 1 {
			// Unordered word pairs up to pairWindow words apart: cheap
			// conjunctions ("card" with "arrive") for a linear model.
			for k := max(0, len(s.whash)-f.pairWindow); k < len(s.whash)-1; k++ {
				a, b := s.whash[k], hw
				if a > b {
					a, b = b, a
				}
				words = append(words, uint32(fmix(a*fnvPrime^b^seedPair))&f.mask)
			}
		}
		if f.noChars || f.charMax < f.charMin || f.charMax < 1 {
			continue
		}
		// Character n-grams of "<word>"; position -1 and len(w) are the
		// boundary marks.
		L := len(w) + 2
		for i := 0; i < L; i++ {
			h := uint64(seedChar)
			for n := 1; n <= f.charMax && i+n <= L; n++ {
				j := i + n - 1
				var r rune
				switch {
				case j == 0:
					r = '<'
				case j == L-1:
					r = '>'
				default:
					r = w[j-1]
				}
				h = step(h, r)
				if n >= f.charMin && n < L { // n == L is the whole word, already a feature
					out = append(out, uint32(fmix(h))&f.mask)
				}
			}
		}
	}
	return out, words
}

// crossGrams appends the character n-grams of "left right" of lengths
// 3..crossMax that contain the space: they join the end of one word to
// the start of the next, so "to do" and "to-do" share them, and a phrase
// still matches with a typo in either word.
func (f *featurizer) crossGrams(left, right []rune, out []uint32) []uint32 {
	side := f.crossMax - 1 // the space takes one of crossMax
	left = left[max(0, len(left)-side):]
	right = right[:min(len(right), side)]
	for i := range left {
		h := uint64(seedCross)
		for _, r := range left[i:] {
			h = step(h, r)
		}
		h = step(h, ' ')
		n := len(left) - i + 1
		for _, r := range right {
			h = step(h, r)
			n++
			if n > f.crossMax {
				break
			}
			if n >= 3 {
				out = append(out, uint32(fmix(h))&f.mask)
			}
		}
	}
	return out
}
