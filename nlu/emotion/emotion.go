package emotion

import (
	"bufio"
	"bytes"
	"fmt"
	"github.com/kefu-ai/kefu/internal/phrase"
	"io/fs"
	"math"
	"path"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kefu-ai/kefu"
	emotiondata "github.com/kefu-ai/kefu/data/nlu/emotion"
	"github.com/kefu-ai/kefu/nlu/intent"
)

// Emotion labels (the root vocabulary's).
const (
	Anger        = kefu.EmotionAnger
	Anxiety      = kefu.EmotionAnxiety
	Satisfaction = kefu.EmotionSatisfaction
	Sadness      = kefu.EmotionSadness
	Neutral      = kefu.EmotionNeutral
)

// Labels lists the labels Detect returns, in a fixed order.
func Labels() []string { return []string{Anger, Anxiety, Satisfaction, Sadness, Neutral} }

// ModelFile is the name of the optional English model in the data FS.
const ModelFile = "goemotions-en.model"

const (
	labAnger = iota
	labAnxiety
	labSatisfaction
	labSadness
	nEmotions
	labNeg  // negator
	labInt  // intensifier
	labNone // absorbs a phrase (不过, no worries) so its parts are not read as cues
	labCond // opens a condition ("if", "如果", "ถ้า"): its weight scales the cues of the clause
)

var labelIndex = map[string]int{
	Anger: labAnger, Anxiety: labAnxiety, Satisfaction: labSatisfaction, Sadness: labSadness,
	"_neg": labNeg, "_int": labInt, "_none": labNone, "_cond": labCond,
}

// Tuning constants, set by hand on a few messages per language (not on
// the evaluation sets).
const (
	// cueThreshold is the cue score a label needs without a model.
	cueThreshold = 0.8
	// strongCue is the cue score that overrides the model.
	strongCue = 1.5
	// cueWeight scales cue scores added to the model's log-probabilities.
	cueWeight = 0.7
	// negWindow is how far (bytes) a negator or intensifier reaches.
	negWindow = 12
	// condWindow is how far (bytes) a condition reaches within its
	// clause: ten Thai or Chinese characters, five or six Latin words.
	condWindow = 30
)

// Detector detects emotions. It is immutable after New and safe for
// concurrent use.
type Detector struct {
	cues  *phrase.Trie[cue]
	model *intent.Model // English; nil when the model file is absent
	// modelLabel maps the model's label names to emotion labels (-1:
	// neutral).
	modelLabel map[string]int
}

// New loads the embedded lexicons and, if present, the English model.
func New() (*Detector, error) { return newDetector(emotiondata.FS()) }

func newDetector(fsys fs.FS) (*Detector, error) {
	d := &Detector{cues: phrase.New[cue]()}
	ents, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("emotion: %w", err)
	}
	for _, e := range ents {
		name := e.Name()
		if path.Ext(name) != ".tsv" {
			continue
		}
		lang := strings.TrimSuffix(name, ".tsv")
		if lang == "emoji" {
			lang = ""
		}
		if err := d.loadCues(fsys, name, lang); err != nil {
			return nil, err
		}
	}
	b, err := fs.ReadFile(fsys, ModelFile)
	if err == nil {
		m, err := intent.Load(bytes.NewReader(b))
		if err != nil {
			return nil, fmt.Errorf("emotion: %s: %w", ModelFile, err)
		}
		d.setModel(m)
	}
	return d, nil
}

func (d *Detector) setModel(m *intent.Model) {
	d.model = m
	d.modelLabel = map[string]int{}
	for _, l := range m.Labels() {
		i, ok := labelIndex[l]
		if !ok {
			i = -1 // neutral
		}
		d.modelLabel[l] = i
	}
}

func (d *Detector) loadCues(fsys fs.FS, name, lang string) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("emotion: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		fl := strings.Split(line, "\t")
		if len(fl) != 3 {
			return fmt.Errorf("emotion: %s:%d: want 3 fields", name, n)
		}
		lab, ok := labelIndex[fl[1]]
		if !ok {
			return fmt.Errorf("emotion: %s:%d: unknown label %q", name, n, fl[1])
		}
		w, err := strconv.ParseFloat(fl[2], 64)
		if err != nil {
			return fmt.Errorf("emotion: %s:%d: %w", name, n, err)
		}
		d.cues.Add(fl[0], lang, cue{label: lab, weight: w})
	}
	return sc.Err()
}

// Detect returns the emotion of text, a message in language lang (BCP 47;
// "" if unknown: then every lexicon applies). Intensity is 0 for neutral.
func (d *Detector) Detect(text, lang string) kefu.Emotion {
	lang = baseLang(lang)
	var hbuf [16]phrase.Match[cue]
	hits := d.cues.FindAllFunc(text, lang, pick, hbuf[:0])
	var score [nEmotions]float64
	negEnd, intEnd, intMul := -negWindow-1, -negWindow-1, 1.0
	condEnd, condMul := -condWindow-1, 1.0
	for i, h := range hits {
		switch h.Val.label {
		case labNeg:
			negEnd = h.End
			continue
		case labInt:
			intEnd, intMul = h.End, h.Val.weight
			continue
		case labNone:
			negEnd, intEnd = -negWindow-1, -negWindow-1
			continue
		case labCond:
			condEnd, condMul = h.End, h.Val.weight
			continue
		}
		w := h.Val.weight
		if h.Start-condEnd <= condWindow && condEnd <= h.Start && !clauseBreak(text[condEnd:h.Start]) {
			// "ถ้าไม่พอใจสินค้า คืนได้ไหม" (if I am not satisfied, can I
			// return it?) asks about a case; it does not say the feeling.
			w *= condMul
		}
		if h.Start-intEnd <= negWindow {
			w *= intMul
		}
		// Intensifiers written after the word (มาก, lắm, banget).
		if i+1 < len(hits) && hits[i+1].Val.label == labInt && hits[i+1].Start-h.End <= 3 {
			w *= hits[i+1].Val.weight
		}
		if h.Start-negEnd <= negWindow && negEnd <= h.Start {
			// "not satisfied" is a complaint; "not angry" takes the label
			// away (the model would otherwise see "angry").
			if h.Val.label == labSatisfaction {
				score[labAnger] += w
			}
			score[h.Val.label] -= w
			negEnd = -negWindow - 1
			continue
		}
		score[h.Val.label] += w
		negEnd, intEnd = -negWindow-1, -negWindow-1
	}
	excl, rep, caps := punctuation(text)
	if rep.question {
		score[labAnxiety] += 0.6
	}
	best, bestScore := -1, 0.0
	for l, s := range score {
		if s > bestScore {
			best, bestScore = l, s
		}
	}
	prob := 0.0
	if d.model != nil && lang == "en" && bestScore < strongCue {
		best, prob = d.combine(text, &score)
		if best >= 0 {
			bestScore = score[best]
		}
	} else if bestScore < cueThreshold {
		best = -1
	}
	if best < 0 {
		return kefu.Emotion{Label: Neutral}
	}
	in := 1 - math.Exp(-bestScore/2)
	in = math.Max(in, 0.8*prob)
	in += 0.08 * float64(min(excl, 3))
	if rep.exclaim || rep.question {
		in += 0.1
	}
	if caps {
		in += 0.15
	}
	in = math.Round(math.Min(1, math.Max(0.05, in))*100) / 100
	return kefu.Emotion{Label: Labels()[best], Intensity: in}
}

// combine adds the cue scores to the model's log-probabilities and
// returns the winning label (-1: neutral) and its model probability.
func (d *Detector) combine(text string, score *[nEmotions]float64) (int, float64) {
	p := d.model.Predict(text) // the featurizer folds case itself
	best, bestV, bestP := -1, math.Inf(-1), 0.0
	seen := 0
	for _, s := range p.TopK {
		l, ok := d.modelLabel[s.Intent]
		if !ok {
			l = -1
		}
		v := math.Log(max(s.Score, 1e-6))
		if l >= 0 {
			v += cueWeight * score[l]
			seen |= 1 << l
		}
		if v > bestV {
			best, bestV, bestP = l, v, s.Score
		}
	}
	// Labels outside TopK still win on strong enough cues.
	for l := 0; l < nEmotions; l++ {
		if seen&(1<<l) == 0 && score[l] > 0 {
			if v := math.Log(1e-3) + cueWeight*score[l]*3; v > bestV {
				best, bestV, bestP = l, v, 0
			}
		}
	}
	return best, bestP
}

type repeats struct{ exclaim, question bool }

// punctuation counts exclamation marks, finds "!!" or "??" and reports
// shouting: at least two all-capital words of three or more letters that
// make up most of the message's Latin words.
func punctuation(text string) (excl int, rep repeats, caps bool) {
	var prev rune
	upperWords, words := 0, 0
	wordLen, upper := 0, true
	endWord := func() {
		if wordLen >= 3 {
			words++
			if upper {
				upperWords++
			}
		}
		wordLen, upper = 0, true
	}
	for _, r := range text {
		switch r {
		case '!', '！':
			excl++
			if prev == '!' || prev == '！' {
				rep.exclaim = true
			}
		case '?', '？':
			if prev == '?' || prev == '？' {
				rep.question = true
			}
		}
		if r < utf8.RuneSelf && ('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') || r >= 0xC0 && r < 0x250 && unicode.IsLetter(r) {
			wordLen++
			if !unicode.IsUpper(r) {
				upper = false
			}
		} else {
			endWord()
		}
		prev = r
	}
	endWord()
	caps = upperWords >= 2 && upperWords*2 > words
	return
}

func baseLang(l string) string {
	if i := strings.IndexAny(l, "-_"); i >= 0 {
		l = l[:i]
	}
	return strings.ToLower(l)
}

// clauseBreak reports whether s (the text between a condition and a cue)
// ends the condition's clause: a full stop, comma, question or
// exclamation mark in any script.
func clauseBreak(s string) bool {
	return strings.ContainsAny(s, ".,;!?，。；！？、")
}
