package keyword

import (
	"bufio"
	"context"
	_ "embed"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/kefu-ai/kefu"
)

//go:embed keywords.txt
var keywordsFile string

// Name identifies this understander in traces.
const Name = "keyword/v1"

// defaultOrderPattern finds order numbers when a tenant sets no pattern:
// a run of 5 to 12 digits, optionally after a short letter prefix.
const defaultOrderPattern = `\b(?:[A-Z]{1,4}-?)?\d{5,12}\b`

var _ kefu.Understander = (*Understander)(nil)

// Understander is the keyword understander. Create it with New; it is safe
// for concurrent use.
type Understander struct {
	// keywords[intent][lang] are folded keywords.
	keywords map[string]map[string][]string
	// byWord indexes Latin keywords by their first word and byRune the
	// others by their first rune, so a message is only checked against
	// keywords that can possibly occur in it.
	byWord map[string][]*entry
	byRune map[rune][]*entry
	latin  latinIndex

	mu       sync.Mutex // guards patterns
	patterns map[string]*regexp.Regexp
}

// New parses the embedded keyword lists.
func New() (*Understander, error) {
	u := &Understander{
		keywords: map[string]map[string][]string{},
		byWord:   map[string][]*entry{},
		byRune:   map[rune][]*entry{},
		latin:    newLatinIndex(),
		patterns: map[string]*regexp.Regexp{},
	}
	if err := u.parse(keywordsFile); err != nil {
		return nil, err
	}
	return u, nil
}

// parse reads "intent<TAB>lang<TAB>kw|kw" lines.
func (u *Understander) parse(src string) error {
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || f[0] == "" || f[1] == "" {
			return fmt.Errorf("keywords.txt line %d: want intent<TAB>lang<TAB>keywords", n)
		}
		intent, lang := f[0], f[1]
		if u.keywords[intent] == nil {
			u.keywords[intent] = map[string][]string{}
		}
		for _, kw := range strings.Split(f[2], "|") {
			kw = fold(strings.TrimSpace(kw))
			if kw == "" {
				return fmt.Errorf("keywords.txt line %d: empty keyword", n)
			}
			u.keywords[intent][lang] = append(u.keywords[intent][lang], kw)
			e := &entry{intent: intent, lang: lang, kw: kw, latin: isLatin(kw), weight: 1 + float64(len([]rune(kw)))/10}
			if e.latin {
				first := words(kw)[0]
				u.byWord[first] = append(u.byWord[first], e)
			} else {
				first := []rune(kw)[0]
				u.byRune[first] = append(u.byRune[first], e)
			}
		}
	}
	return sc.Err()
}

// entry is one keyword of one intent and language.
type entry struct {
	intent, lang, kw string
	latin            bool
	weight           float64
}

func isLatin(s string) bool {
	for _, r := range s {
		if r >= 0x80 && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// Understand detects the language, matches intent keywords and extracts
// order numbers.
func (u *Understander) Understand(ctx context.Context, req kefu.UnderstandRequest) (kefu.Understanding, error) {
	text := strings.TrimSpace(req.Text)
	low := fold(text)
	hits := u.match(low)
	lang, lconf := u.detect(text, low, req.Language, hits)
	und := kefu.Understanding{
		Language:           lang,
		LanguageConfidence: lconf,
		Normalized:         low,
		Source:             Name,
		Emotion:            emotion(low),
	}
	und.Entities = u.orderNumbers(req.Tenant, text)

	// Score each intent: keyword hits, weighted by length so that
	// "where is my order" beats "order", and counting the detected
	// language's list double.
	scores := map[string]float64{}
	for _, e := range hits {
		w := e.weight
		if e.lang == lang {
			w *= 2
		}
		scores[e.intent] += w
	}
	type scored struct {
		intent string
		score  float64
	}
	var ranked []scored
	var total float64
	for in, s := range scores {
		ranked = append(ranked, scored{in, s})
		total += s
	}
	sort.Slice(ranked, func(i, j int) bool {
		if ranked[i].score != ranked[j].score {
			return ranked[i].score > ranked[j].score
		}
		return ranked[i].intent < ranked[j].intent
	})
	hasOrder := len(und.Entities) > 0
	switch {
	case len(ranked) == 0 && hasOrder:
		// A bare order number: the customer is answering our question,
		// or asking about that order.
		if req.Expecting != "" {
			und.Intent, und.Confidence = kefu.IntentProvideInfo, 0.9
		} else {
			und.Intent, und.Confidence = kefu.IntentTrackOrder, 0.6
		}
	case len(ranked) == 0:
		und.Intent, und.Confidence = kefu.IntentOutOfScope, 0.2
	default:
		best := ranked[0]
		share := best.score / total
		// Evidence grows with the absolute score; ambiguity shrinks it.
		conf := share * (1 - 1/(1+best.score))
		if best.intent == kefu.IntentTrackOrder && hasOrder {
			conf = 1 - (1-conf)/2
		}
		und.Intent, und.Confidence = best.intent, round3(conf)
		for _, s := range ranked[1:min(len(ranked), 4)] {
			und.Alternatives = append(und.Alternatives, kefu.IntentScore{Intent: s.intent, Score: round3(s.score / total)})
		}
	}
	return und, nil
}

// match returns the keywords found in the folded text, each once.
func (u *Understander) match(low string) []*entry {
	var hits []*entry
	seen := map[*entry]bool{}
	add := func(e *entry) {
		if !seen[e] {
			seen[e] = true
			hits = append(hits, e)
		}
	}
	for _, w := range words(low) {
		for _, e := range u.byWord[w] {
			if containsWord(low, e.kw) {
				add(e)
			}
		}
	}
	for _, r := range low {
		if r < 0x80 && !(r >= '0' && r <= '9') {
			continue
		}
		for _, e := range u.byRune[r] {
			if strings.Contains(low, e.kw) {
				add(e)
			}
		}
	}
	return hits
}

func round3(f float64) float64 { return float64(int(f*1000+0.5)) / 1000 }

// matches reports whether the folded keyword occurs in the folded text:
// at word boundaries for Latin keywords, as a substring otherwise.
func matches(low, kw string) bool {
	if isLatin(kw) {
		return containsWord(low, kw)
	}
	return strings.Contains(low, kw)
}

// orderNumbers finds order numbers with the tenant's pattern.
func (u *Understander) orderNumbers(t *kefu.Tenant, text string) []kefu.Entity {
	pat := defaultOrderPattern
	if t != nil && t.Settings.OrderNumberPattern != "" {
		pat = t.Settings.OrderNumberPattern
	}
	re := u.pattern(pat)
	if re == nil {
		return nil
	}
	var out []kefu.Entity
	for _, m := range re.FindAllStringIndex(text, 4) {
		s := text[m[0]:m[1]]
		out = append(out, kefu.Entity{Type: "order_number", Text: s, Value: strings.ToUpper(s), Start: m[0], End: m[1]})
	}
	return out
}

// pattern compiles and caches a tenant's order-number pattern; an invalid
// pattern is cached as nil so it is not recompiled every turn.
func (u *Understander) pattern(p string) *regexp.Regexp {
	u.mu.Lock()
	defer u.mu.Unlock()
	re, ok := u.patterns[p]
	if !ok {
		re, _ = regexp.Compile(p)
		u.patterns[p] = re
	}
	return re
}

// emotion is a cue-word heuristic: anger for insults, threats and
// shouting; anxiety for urgency; satisfaction for praise.
func emotion(low string) kefu.Emotion {
	for _, c := range emotionCues {
		n := 0
		for _, w := range c.words {
			if matches(low, w) {
				n++
			}
		}
		if n > 0 {
			in := 0.5 + 0.2*float64(n-1)
			if strings.Count(low, "!") >= 2 || strings.Count(low, "！") >= 2 {
				in += 0.2
			}
			return kefu.Emotion{Label: c.label, Intensity: round3(minf(in, 1))}
		}
	}
	return kefu.Emotion{Label: "neutral", Intensity: 0}
}

// emotionCues are cue words, already folded (lowercase, no accents),
// strongest emotion first.
var emotionCues = []struct {
	label string
	words []string
}{
	{"anger", []string{"angry", "furious", "ridiculous", "unacceptable", "scam", "worst", "terrible", "wtf", "lawyer", "enfadado", "verguenza", "estafa", "inaceptable", "气死", "氣死", "垃圾", "骗子", "騙子", "投诉", "投訴", "太差", "什么破", "โกง", "แย่มาก", "โมโห", "schifo", "truffa", "betrug", "unverschamt", "arnaque"}},
	{"anxiety", []string{"urgent", "worried", "asap", "hurry", "still not", "urgente", "preocupado", "preocupada", "着急", "急", "担心", "擔心", "ด่วน", "กังวล", "dringend", "urgence"}},
	{"satisfaction", []string{"great", "love it", "perfect", "awesome", "excellent", "genial", "perfecto", "encanta", "太好了", "满意", "滿意", "好评", "ดีมาก", "ชอบมาก", "perfetto", "toll", "parfait"}},
}

func minf(a, b float64) float64 {
	if a < b {
		return a
	}
	return b
}
