package lang

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Unknown is the language reported when a message has no letters and no
// hint was given. It is the BCP 47 tag for "undetermined".
const Unknown = "und"

// Score is one candidate language with its probability.
type Score struct {
	// Lang is the language tag, e.g. "en", "zh-Hant", "yue".
	Lang string
	// Confidence is the probability of Lang, in [0,1].
	Confidence float64
}

// Result is the outcome of detecting one message's language.
type Result struct {
	// Lang is the most likely language tag, the hint for messages with no
	// evidence, or Unknown.
	Lang string
	// Confidence estimates the probability that Lang is right, in [0,1]. It
	// is roughly calibrated on held-out chat messages: script-decided
	// languages score near 1, one-word Latin messages and hint fallbacks
	// score low.
	Confidence float64
	// Alternatives are the next most likely languages, best first (at most
	// three), or nil when the script leaves no doubt.
	Alternatives []Score
}

// Languages returns the language tags a Detector can report (besides
// Unknown), sorted.
func Languages() []string {
	return []string{"ar", "de", "en", "es", "fil", "fr", "id", "it", "ja", "ko", "ms", "nl", "pl", "pt", "ru", "th", "tr", "vi", "yue", "zh", "zh-Hant"}
}

// Detector identifies languages. It is built by New and immutable
// afterwards, so one Detector may be shared by all goroutines.
type Detector struct {
	latin *latinModel
	han   *hanModel
}

// New builds a Detector from the data embedded in package nludata. It trains
// the Latin-script model on every training line except the deterministic 20%
// held out for evaluation (see heldOut), so two calls build identical
// detectors. It takes tens of milliseconds.
func New() (*Detector, error) {
	samples, err := loadSamples()
	if err != nil {
		return nil, err
	}
	lm, err := trainLatin(samples)
	if err != nil {
		return nil, err
	}
	hm, err := newHanModel()
	if err != nil {
		return nil, err
	}
	return &Detector{latin: lm, han: hm}, nil
}

// Detect returns the language of text with no prior. A message with no
// letters (digits, emoji, punctuation) gets Unknown with confidence 0.
func (d *Detector) Detect(text string) Result {
	return d.DetectHint(text, "")
}

// DetectHint returns the language of text given hint, the conversation's
// current language ("" for none). With little evidence (order numbers,
// emoji, "ok", a lone brand name) it returns the hint with low confidence;
// otherwise the hint only tips close calls, such as id against ms or Han
// text that reads the same in Simplified and Traditional script.
func (d *Detector) DetectHint(text, hint string) Result {
	var c scriptCounts
	c.count(text)
	const w = 3 // a non-Latin letter outweighs three Latin ones (brand names)
	best, bestN := scriptNone, 0
	for s := scriptHan; s < numScripts; s++ {
		n := c.n[s]
		if s != scriptLatin {
			n *= w
		}
		if n > bestN {
			best, bestN = s, n
		}
	}
	switch best {
	case scriptNone:
		return fallback(hint)
	case scriptHan, scriptKana:
		if c.n[scriptKana] >= 2 || (c.n[scriptKana] > 0 && c.n[scriptKana]*4 >= c.n[scriptHan]) {
			return single("ja", c.n[scriptKana]+c.n[scriptHan])
		}
		if c.n[scriptHan] == 0 {
			return fallback(hint)
		}
		return d.han.detect(text, hint)
	case scriptHangul:
		return single("ko", c.n[scriptHangul])
	case scriptThai:
		return single("th", c.n[scriptThai])
	case scriptArabic:
		return single("ar", c.n[scriptArabic])
	case scriptCyrillic:
		return single("ru", c.n[scriptCyrillic])
	}
	r := d.latin.detect(text, hint)
	if r.Lang == "" {
		return fallback(hint)
	}
	return r
}

// fallback is the answer for a message without evidence.
func fallback(hint string) Result {
	if hint == "" {
		return Result{Lang: Unknown}
	}
	return Result{Lang: hint, Confidence: 0.3}
}

// single is the answer for a language its script decides, with a confidence
// that grows with the number of letters.
func single(lang string, letters int) Result {
	conf := 0.99
	switch letters {
	case 1:
		conf = 0.8
	case 2:
		conf = 0.9
	}
	return Result{Lang: lang, Confidence: conf}
}

type script int

const (
	scriptNone script = iota
	scriptHan
	scriptKana
	scriptHangul
	scriptThai
	scriptArabic
	scriptCyrillic
	scriptLatin
	numScripts
)

// scriptCounts counts the letters of each script in a message.
type scriptCounts struct {
	n [numScripts]int
}

func (c *scriptCounts) count(text string) {
	for i := 0; i < len(text); {
		b := text[i]
		if b < utf8.RuneSelf {
			if 'a' <= b|0x20 && b|0x20 <= 'z' {
				c.n[scriptLatin]++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		c.n[scriptOf(r)]++
	}
}

// scriptOf classifies a non-ASCII rune; marks count with their script's
// letters, other symbols count as scriptNone.
func scriptOf(r rune) script {
	switch {
	case r >= 0x0E00 && r <= 0x0E7F:
		return scriptThai
	case r >= 0x0400 && r <= 0x052F:
		return scriptCyrillic
	case r >= 0x0600 && r <= 0x06FF, r >= 0x0750 && r <= 0x077F, r >= 0xFB50 && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFF:
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			return scriptArabic
		}
		return scriptNone
	case r >= 0x3040 && r <= 0x30FF && r != 0x30FB && r != 0x30FC, r >= 0x31F0 && r <= 0x31FF, r >= 0xFF66 && r <= 0xFF9D:
		return scriptKana
	case r >= 0xAC00 && r <= 0xD7AF, r >= 0x1100 && r <= 0x11FF, r >= 0x3130 && r <= 0x318F:
		return scriptHangul
	case unicode.Is(unicode.Han, r):
		return scriptHan
	case unicode.Is(unicode.Latin, r):
		return scriptLatin
	case unicode.Is(unicode.Mn, r):
		return scriptNone // combining accents of decomposed Latin text
	}
	return scriptNone
}

// topScores turns per-language probabilities into a Result: the best
// language and up to three alternatives with probability ≥ 0.01.
func topScores(langs []string, p []float64, conf float64) Result {
	var top [4]int
	n := 0
	for i := range p {
		j := n
		if j < len(top) {
			n++
		} else if p[i] <= p[top[j-1]] {
			continue
		} else {
			j--
		}
		for j > 0 && p[i] > p[top[j-1]] {
			top[j] = top[j-1]
			j--
		}
		top[j] = i
	}
	idx := top[:n]
	r := Result{Lang: langs[idx[0]], Confidence: conf}
	for _, i := range idx[1:] {
		if p[i] < 0.01 {
			break
		}
		r.Alternatives = append(r.Alternatives, Score{Lang: langs[i], Confidence: p[i]})
	}
	return r
}

// nfcIfNeeded composes decomposed accents (Vietnamese typed with combining
// marks) so the model sees the same letters as in training.
func nfcIfNeeded(s string) string {
	for _, r := range s {
		if r >= 0x0300 && r <= 0x036F {
			return norm.NFC.String(s)
		}
	}
	return s
}
