package lang

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"math"
	"path"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	nludata "github.com/kefu-ai/kefu/data/nlu"
)

// latinTags are the Latin-script languages the n-gram model tells apart.
// The order is fixed so that training is deterministic.
const (
	latinTags = "de en es fil fr id it ms nl pl pt tr vi"
	numLatin  = 13 // len(strings.Fields(latinTags)), checked in trainLatin
	// numClass counts the model's columns: one per language, then one
	// general-chat sub-model per language in chatTags.
	numClass = numLatin + 1
	chatTags = "en" // languages with general chat text (langid/<lang>.<source>.txt)
)

// Model constants, chosen on the held-out set (docs/nlu-lang.md).
const (
	alpha      = 0.05 // additive smoothing of n-gram counts
	wordWeight = 1.5  // a whole-word feature counts this many n-grams
	lexBonus   = 4.0  // log-odds added to each language of a lexicon word
	hintBonus  = 1.5  // log-odds added to the hint language
	// weakHintBonus is added to hintBonus when the message has at most
	// three words and none in a lexicon.
	weakHintBonus = 1.5
	temp          = 0.35 // scales summed log-likelihoods before the softmax
	// chatPrior is the share of a language's messages that its general
	// chat sub-model explains: in a shop's chat most messages are about
	// the shop, and a lower share costs shop talk less (log 0.9 against
	// log 0.5) while general chat still wins by many nats where it fits.
	chatPrior = 0.1
	maxRunes  = 32 // longer words are cut (URLs, keyboard mashing)
	maxWords  = 24 // later words add little and cost time
)

// sample is one training or evaluation message. chat marks general chat
// text (langid/<lang>.<source>.txt), which trains the language's chat
// sub-model instead of its customer-service model.
type sample struct {
	text, lang string
	chat       bool
}

// heldOut reports whether text belongs to the evaluation fifth: FNV-1a of
// the text in the lowest 20 of 100 buckets, the dev split of data/nlu. The split
// depends on the text alone, so duplicates across files fall on the same
// side and the split does not move when files are added.
func heldOut(text string) bool {
	h := fnv.New32a()
	io.WriteString(h, text)
	return h.Sum32()%100 < 20
}

// loadSamples reads langid/<lang>.txt and langid/<lang>.<source>.txt (one
// message a line, # comments) and corpus/*.csv (header text,label,lang)
// from nludata.Files. A missing corpus is fine: its files are added by other
// writers over time.
func loadSamples() ([]sample, error) {
	var out []sample
	txt, err := fs.Glob(nludata.Files, "langid/*.txt")
	if err != nil {
		return nil, err
	}
	for _, name := range txt {
		lang, source, _ := strings.Cut(strings.TrimSuffix(path.Base(name), ".txt"), ".")
		f, err := nludata.Files.Open(name)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			out = append(out, sample{line, lang, source != ""})
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("lang: %s: %w", name, err)
		}
	}
	csvs, err := fs.Glob(nludata.Files, "corpus/*.csv")
	if err != nil {
		return nil, err
	}
	for _, name := range csvs {
		b, err := fs.ReadFile(nludata.Files, name)
		if err != nil {
			return nil, err
		}
		r := csv.NewReader(strings.NewReader(string(b)))
		r.FieldsPerRecord = -1
		recs, err := r.ReadAll()
		if err != nil {
			// A corpus file being written by someone else may be broken for a
			// moment; the detector must still build, so skip it.
			continue
		}
		col := map[string]int{"text": -1, "lang": -1}
		for i, rec := range recs {
			if i == 0 {
				for j, h := range rec {
					col[strings.TrimSpace(h)] = j
				}
				continue
			}
			if col["text"] < 0 || col["lang"] < 0 || len(rec) <= col["text"] || len(rec) <= col["lang"] {
				continue
			}
			text, lang := strings.TrimSpace(rec[col["text"]]), strings.TrimSpace(rec[col["lang"]])
			if text != "" && lang != "" {
				out = append(out, sample{text, lang, false})
			}
		}
	}
	if len(out) == 0 {
		return nil, errors.New("lang: no training text in data/nlu")
	}
	return out, nil
}

// latinModel is a multinomial naive Bayes model over hashed features. rows
// holds numLatin log-probabilities per feature; a feature is found by open
// addressing on its 64-bit hash in keys (0 marks an empty slot).
type latinModel struct {
	// keys are the features' hashes in ascending order; rows holds
	// feature keys[r]'s log probabilities at rows[r*numClass:]. slots is
	// the open-addressing table over them (mask+1 entries, half empty at
	// most): r+1, or 0 for an empty slot. Keeping the rows dense, not one
	// per slot, halves the table's memory (docs/footprint.md).
	keys  []uint64
	rows  []float32
	slots []uint32
	mask  uint64
	// wordSum holds, for every word seen in training, the weighted sum of
	// the rows of all its features (n-grams and the word itself), keyed by
	// the word feature's hash: detect adds one precomputed vector per
	// known word instead of looking up some 20 rows scattered over the
	// table. Unknown words take the feature-by-feature path.
	wordSum map[uint64]*[numClass]float64
	lex     map[string]lexBits // the short-word lexicon, words.tsv
	langs   []string           // the tags of latinTags, in order
	index   map[string]int     // language tag → index in langs
	// chat maps a language index to the column of its general-chat
	// sub-model, or 0 when it has none (column 0 is never a sub-model).
	chat [numLatin]int
	// mix[i] is the language index of sub-model column numLatin+i.
	mix   [numClass - numLatin]int
	mixed bool // the sub-models have training text
	// logShop and logChat are the log mixture weights of a language's
	// customer-service model and its chat sub-model (chatPrior).
	logShop, logChat float64
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
	wordSeed  = 0x9e3779b97f4a7c15
)

// lexBits is a word's entry in the short-word lexicon: a bit per language
// index, lexKnown for every word in the lexicon and lexNeutral for words
// that say nothing about the language. features adds lexWord to tell a
// whole-word feature from an n-gram.
type lexBits uint16

const (
	lexWord    lexBits = 1 << 13
	lexKnown   lexBits = 1 << 14
	lexNeutral lexBits = 1 << 15
)

// The language bits must stay below lexWord.
const _ = uint(13 - numLatin)

// features calls f with the hash and weight of every feature of text: the
// character 1- to 4-grams of each lower-cased word padded with spaces (lex
// 0), and the word itself (lex: its lexicon entry with lexWord). Words on
// the neutral list and repeats of a word are skipped. It reports the number
// of letters seen. It does not allocate.
//
// When known is not nil and m.wordSum has the word, known gets the word's
// lexicon entry and its precomputed sum instead of f getting its features.
func (m *latinModel) features(text string, f func(h uint64, w float64, lex lexBits), known func(lex lexBits, sum *[numClass]float64)) (letters int) {
	var buf [maxRunes + 2]rune
	var utf [4 * maxRunes]byte
	var seen [maxWords]uint64
	words := 0
	i := 0
	for i < len(text) && words < maxWords {
		// Find the next word: a run of letters.
		n := 0
		buf[0] = ' '
		for i < len(text) {
			r, size := rune(text[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(text[i:])
			}
			if !isWordRune(r) {
				if n > 0 {
					break
				}
				i += size
				continue
			}
			i += size
			if n < maxRunes {
				buf[1+n] = toLower(r)
				n++
			}
		}
		if n == 0 {
			break
		}
		word := buf[1 : 1+n]
		nb := 0
		wh := uint64(wordSeed)
		for _, r := range word {
			wh ^= uint64(r)
			wh *= fnvPrime
			nb += utf8.EncodeRune(utf[nb:], r)
		}
		wh |= 1
		lex := m.lex[string(utf[:nb])] | lexWord
		if lex&lexNeutral != 0 {
			continue
		}
		dup := false
		for _, s := range seen[:words] {
			dup = dup || s == wh
		}
		if dup {
			continue
		}
		seen[words] = wh
		words++
		letters += n
		if known != nil {
			if sum, ok := m.wordSum[wh]; ok {
				known(lex, sum)
				continue
			}
		}
		buf[1+n] = ' '
		padded := buf[:n+2]
		for s := 0; s < len(padded); s++ {
			h := uint64(fnvOffset)
			for k := 0; k < 4 && s+k < len(padded); k++ {
				h ^= uint64(padded[s+k])
				h *= fnvPrime
				if k == 0 && padded[s] == ' ' {
					continue // a lone boundary is no feature
				}
				f(h|1, 1, 0)
			}
		}
		f(wh, wordWeight, lex)
	}
	return letters
}

// isWordRune reports whether r belongs to a Latin-script word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	return unicode.Is(unicode.Latin, r) || unicode.Is(unicode.Mn, r)
}

func toLower(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	return unicode.ToLower(r)
}

// trainLatin counts features per language over the training (not held-out)
// samples and turns the counts into smoothed log-probabilities.
func trainLatin(samples []sample) (*latinModel, error) {
	m := &latinModel{index: map[string]int{}, langs: strings.Fields(latinTags)}
	if len(m.langs) != numLatin {
		return nil, errors.New("lang: numLatin does not match latinTags")
	}
	for i, l := range m.langs {
		m.index[l] = i
	}
	for i, l := range strings.Fields(chatTags) {
		li, ok := m.index[l]
		if !ok || numLatin+i >= numClass {
			return nil, errors.New("lang: chatTags does not match latinTags and numClass")
		}
		m.chat[li] = numLatin + i
		m.mix[i] = li
	}
	var err error
	if m.lex, err = loadLexicon(m.index); err != nil {
		return nil, err
	}
	counts := map[uint64]*[numClass]float64{}
	var total [numClass]float64
	for _, s := range samples {
		li, ok := m.index[s.lang]
		if !ok || heldOut(s.text) {
			continue
		}
		if s.chat && m.chat[li] != 0 {
			li = m.chat[li]
		}
		m.features(nfcIfNeeded(s.text), func(h uint64, w float64, _ lexBits) {
			c := counts[h]
			if c == nil {
				c = new([numClass]float64)
				counts[h] = c
			}
			c[li] += w
			total[li] += w
		}, nil)
	}
	if len(counts) == 0 {
		return nil, errors.New("lang: no Latin-script training text")
	}
	m.mixed = true
	for l := numLatin; l < numClass; l++ {
		m.mixed = m.mixed && total[l] > 0
	}
	m.logShop, m.logChat = math.Log(1-chatPrior), math.Log(chatPrior)
	keys := make([]uint64, 0, len(counts))
	for h := range counts {
		keys = append(keys, h)
	}
	sort.Slice(keys, func(a, b int) bool { return keys[a] < keys[b] })
	size := 1
	for size < 2*len(keys) {
		size <<= 1
	}
	m.keys = keys
	m.slots = make([]uint32, size)
	m.rows = make([]float32, len(keys)*numClass)
	m.mask = uint64(size - 1)
	v := float64(len(keys))
	// One alpha for all columns: a column with more text gives an unseen
	// feature a lower probability, so adding text to one language does
	// not pull other languages' short messages towards it.
	var denom [numClass]float64
	for l := range denom {
		denom[l] = math.Log(total[l] + alpha*v)
	}
	for r, h := range keys {
		c := counts[h]
		slot := h & m.mask
		for m.slots[slot] != 0 {
			slot = (slot + 1) & m.mask
		}
		m.slots[slot] = uint32(r + 1)
		row := m.rows[r*numClass : r*numClass+numClass]
		for l := range row {
			if total[l] == 0 {
				row[l] = -30
				continue
			}
			row[l] = float32(math.Log(c[l]+alpha) - denom[l])
		}
	}
	// Precompute the sum of every training word in the order detect adds
	// its features.
	m.wordSum = map[uint64]*[numClass]float64{}
	var cur [numClass]float64
	for _, s := range samples {
		if _, ok := m.index[s.lang]; !ok || heldOut(s.text) {
			continue
		}
		m.features(nfcIfNeeded(s.text), func(h uint64, w float64, lex lexBits) {
			if row := m.lookup(h); row != nil {
				for l, v := range row {
					cur[l] += w * float64(v)
				}
			}
			if lex&lexWord != 0 {
				if _, ok := m.wordSum[h]; !ok {
					sum := cur
					m.wordSum[h] = &sum
				}
				cur = [numClass]float64{}
			}
		}, nil)
	}
	return m, nil
}

// loadLexicon reads langid/words.tsv: word<TAB>tags (space-separated), or
// word<TAB>- for neutral words such as "ok".
func loadLexicon(index map[string]int) (map[string]lexBits, error) {
	b, err := fs.ReadFile(nludata.Files, "langid/words.tsv")
	if err != nil {
		return nil, fmt.Errorf("lang: %w", err)
	}
	lex := map[string]lexBits{}
	for n, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		word, tags, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("lang: langid/words.tsv:%d: want word<TAB>languages", n+1)
		}
		word = strings.ToLower(strings.TrimSpace(word))
		if strings.TrimSpace(tags) == "-" {
			lex[word] |= lexNeutral
			continue
		}
		for _, t := range strings.Fields(tags) {
			i, ok := index[t]
			if !ok {
				return nil, fmt.Errorf("lang: langid/words.tsv:%d: unknown language %q", n+1, t)
			}
			lex[word] |= lexKnown | 1<<i
		}
	}
	return lex, nil
}

// lookup returns the row of feature h, or nil if training never saw it.
func (m *latinModel) lookup(h uint64) []float32 {
	slot := h & m.mask
	for {
		r := int(m.slots[slot])
		if r == 0 {
			return nil
		}
		if m.keys[r-1] == h {
			return m.rows[(r-1)*numClass : r*numClass]
		}
		slot = (slot + 1) & m.mask
	}
}

// detect scores Latin-script text. It returns a zero Result when the text
// has no non-neutral word.
func (m *latinModel) detect(text, hint string) Result {
	return m.detectWith(text, hint, true)
}

// detectWith is detect; without sums it looks up every feature, as
// training does (tests compare the two paths).
func (m *latinModel) detectWith(text, hint string, sums bool) Result {
	text = nfcIfNeeded(text)
	var score [numClass]float64
	var bonus [numLatin]float64 // lexicon and hint log-odds, per language
	words := 0
	lexHits := 0
	word := func(lex lexBits) {
		words++
		if lex&lexKnown != 0 {
			lexHits++
			for l := range bonus {
				if lex&(1<<l) != 0 {
					bonus[l] += lexBonus
				}
			}
		}
	}
	var known func(lexBits, *[numClass]float64)
	if sums {
		known = func(lex lexBits, sum *[numClass]float64) {
			word(lex)
			for l, v := range sum {
				score[l] += v
			}
		}
	}
	letters := m.features(text, func(h uint64, w float64, lex lexBits) {
		if lex&lexWord != 0 {
			word(lex)
		}
		row := m.lookup(h)
		if row == nil {
			return
		}
		for l, v := range row {
			score[l] += w * float64(v)
		}
	}, known)
	if letters == 0 {
		return Result{}
	}
	// A language with a chat sub-model scores the mixture of its two
	// models, log((1−chatPrior)·e^a + chatPrior·e^b), computed as
	// max(a',b') + log(1 + e^−|a'−b'|) with the log weights added.
	if m.mixed {
		for i, l := range m.mix {
			a, b := score[l]+m.logShop, score[numLatin+i]+m.logChat
			score[l] = math.Max(a, b) + math.Log1p(math.Exp(-math.Abs(a-b)))
		}
	}
	hi, hinted := m.index[hint]
	if hinted {
		bonus[hi] += hintBonus
		if lexHits == 0 && words <= 3 {
			// Little evidence (a word or three no lexicon knows, such as
			// "agent", which en, fr and fil share): the conversation's
			// language counts for more.
			bonus[hi] += weakHintBonus
		}
	}
	// Softmax with a temperature: naive Bayes sums many dependent n-grams and
	// is overconfident without it.
	maxS := math.Inf(-1)
	for l := range bonus {
		score[l] += bonus[l]
		maxS = math.Max(maxS, score[l])
	}
	var p [numLatin]float64
	sum := 0.0
	for l := range p {
		p[l] = math.Exp((score[l] - maxS) * temp)
		sum += p[l]
	}
	for l := range p {
		p[l] /= sum
	}
	r := topScores(m.langs, p[:], 0)
	conf := p[m.index[r.Lang]]
	// Little evidence: one short word that no lexicon knows.
	if lexHits == 0 && letters < 5 {
		conf *= 0.6
	}
	// A few words none of which any lexicon knows ("blorp zzzz", a product
	// code, a name) are weak evidence however peaked the n-gram scores
	// are: naive Bayes is overconfident on unseen words. Keep such
	// messages under the confidence at which a conversation's language
	// switches.
	if lexHits == 0 && words <= 3 {
		conf = math.Min(conf, 0.5)
	}
	r.Confidence = conf
	// A lone unknown word (a brand name) in a conversation held in another
	// script keeps that conversation's language.
	if !hinted && hint != "" && words <= 2 && lexHits == 0 {
		return fallback(hint)
	}
	return r
}
