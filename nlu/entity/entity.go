package entity

import (
	"bufio"
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/data/nlu/gazetteer"
)

// Entity types produced by the Extractor.
const (
	TypeOrder       = "order_number"
	TypeTracking    = "tracking_number"
	TypePhone       = "phone"
	TypeEmail       = "email"
	TypeURL         = "url"
	TypeMoney       = "money"
	TypeQuantity    = "quantity"
	TypeDuration    = "duration"
	TypeDate        = "date"
	TypeCountry     = "country"
	TypeHSCode      = "hs_code"
	TypeProduct     = "product"
	TypeSKU         = "sku"
	TypeSkinType    = "skin_type"
	TypeSkinConcern = "skin_concern"
	TypeSeason      = "season"
)

// DefaultOrderPattern finds order numbers when a tenant sets none: 5 to 12
// digits, optionally after up to four capital letters and a dash.
const DefaultOrderPattern = `\b(?:[A-Z]{1,4}-?)?\d{5,12}\b`

// Options carry what one tenant adds to extraction. The zero value is valid.
type Options struct {
	// OrderPattern matches the tenant's order numbers; nil means
	// DefaultOrderPattern, which yields to phone numbers and HS codes.
	OrderPattern *regexp.Regexp
	// Catalog is the tenant's catalogue for product and SKU entities; nil
	// finds none.
	Catalog *Catalog
	// Currency is the shop's ISO 4217 currency, used to read a bare "$"
	// (USD unless the shop sells in another dollar) and "¥" (CNY, or JPY
	// for Japanese messages or shops).
	Currency string
}

// Extractor finds entities. It is immutable after New and safe for
// concurrent use.
type Extractor struct {
	gaz       *trie // countries, lexicon
	units     *trie // units and currencies after a number
	prefix    *trie // currencies before a number, reversed
	monthsFwd *trie
	monthsRev *trie
	hsCtx     *trie // reversed
	hs        map[string]bool
	facts     patternFacts // what each tenant order pattern needs
}

// New loads the embedded gazetteer and builds an Extractor.
func New() (*Extractor, error) {
	x := &Extractor{
		gaz: newTrie(), units: newTrie(), prefix: newTrie(),
		monthsFwd: newTrie(), monthsRev: newTrie(), hsCtx: newTrie(),
		hs: map[string]bool{},
	}
	fsys := gazetteer.FS()
	if err := eachLine(fsys, "countries.tsv", func(f []string) error {
		if len(f) != 2 {
			return fmt.Errorf("want 2 fields")
		}
		for _, n := range strings.Split(f[1], "|") {
			x.addGaz(n, payload{typ: TypeCountry, value: f[0]})
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if err := eachLine(fsys, "lexicon.tsv", func(f []string) error {
		if len(f) != 3 {
			return fmt.Errorf("want 3 fields")
		}
		for _, n := range strings.Split(f[2], "|") {
			x.addGaz(n, payload{typ: f[0], value: f[1]})
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if err := eachLine(fsys, "hs2022.txt", func(f []string) error {
		h, subs, ok := strings.Cut(f[0], ":")
		if !ok || len(h) != 4 {
			return fmt.Errorf("bad line")
		}
		x.hs[h] = true
		for _, s := range strings.Fields(subs) {
			x.hs[h+s] = true
		}
		return nil
	}); err != nil {
		return nil, err
	}
	for _, c := range currencySuffix {
		for _, w := range words(c.words) {
			p := payload{typ: kMoney, value: c.code}
			if c.arabic {
				p.langs = []string{kArabic}
			}
			x.units.add(w, p)
		}
	}
	for _, u := range unitTable {
		for _, w := range words(u.words) {
			p := payload{typ: u.kind, num: u.factor}
			if u.arabic {
				p.langs = []string{kArabic}
			}
			x.units.add(w, p)
		}
	}
	for _, c := range currencyPrefix {
		for _, w := range words(c.words) {
			x.prefix.add(reverse(w), payload{typ: kMoney, value: c.code})
		}
	}
	for i, m := range monthTable {
		for _, w := range words(m) {
			p := payload{typ: kMonthNum, num: float64(i + 1)}
			x.monthsFwd.add(w, p)
			x.monthsRev.add(reverse(w), p)
		}
	}
	for _, w := range words(hsContext) {
		x.hsCtx.add(reverse(w), payload{typ: TypeHSCode})
	}
	return x, nil
}

// addGaz adds a gazetteer phrase. A phrase ending in "@fr,de" applies only
// to messages in those languages. An Arabic phrase with the article ال is
// also added as written after the preposition ل, which absorbs the
// article's alef: "البشرة الدهنية" → "للبشرة الدهنية" (for oily skin).
func (x *Extractor) addGaz(ph string, p payload) {
	if i := strings.LastIndexByte(ph, '@'); i > 0 {
		p.langs = strings.Split(ph[i+1:], ",")
		ph = ph[:i]
	}
	x.gaz.add(ph, p)
	if rest, ok := strings.CutPrefix(ph, "ال"); ok {
		x.gaz.add("لل"+rest, p)
	}
}

func eachLine(fsys fs.FS, name string, fn func([]string) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("entity: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		if err := fn(strings.Split(line, "\t")); err != nil {
			return fmt.Errorf("entity: %s:%d: %w", name, n, err)
		}
	}
	return sc.Err()
}

// cand is a candidate entity with its rank among overlapping candidates.
type cand struct {
	kefu.Entity
	prio float64
}

// Priorities among candidates of equal length: the more specific wins.
const (
	prioEmail       = 95
	prioURL         = 94
	prioTracking    = 90
	prioSKU         = 88
	prioOrderTenant = 85
	prioPhoneStrong = 80
	prioHSContext   = 78
	prioMoney       = 70
	prioPhone       = 60
	prioDate        = 58
	prioQuantity    = 55
	prioDuration    = 54
	prioProduct     = 50
	prioSkin        = 45
	prioCountry     = 40
	prioSeason      = 30
	prioHSBare      = 15
	prioOrder       = 20
)

// Extract returns the entities of text in order of position. lang is the
// message's language (BCP 47; "" if unknown), used for number formats,
// national phone numbers and a few ambiguous words.
func (x *Extractor) Extract(text, lang string, opts Options) []kefu.Entity {
	if text == "" {
		return nil
	}
	if !utf8.ValidString(text) {
		// Offsets must point into the caller's text: only valid text is
		// scanned, so an invalid input yields no entities rather than wrong
		// offsets (repairing it would shift them).
		return nil
	}
	lang = baseLang(lang)
	// Arabic-Indic digits are read as ASCII ones; offsets are mapped back
	// to the caller's text at the end.
	orig, back := text, []int(nil)
	text, back = westernDigits(text)
	s := &scan{x: x, text: text, lang: lang, opts: &opts}
	s.gazetteer()
	s.numbers()
	s.alnum()
	if strings.IndexByte(text, '@') >= 0 {
		s.emails()
	}
	s.urls()
	s.orders()
	if opts.Catalog != nil {
		opts.Catalog.match(s)
	}
	es := resolve(s.cands)
	if back != nil {
		for i := range es {
			e := &es[i]
			e.Start, e.End = back[e.Start], back[e.End]
			e.Text = orig[e.Start:e.End]
		}
	}
	return es
}

// westernDigits returns text with the Arabic-Indic digits (٠–٩, and the
// Persian and Urdu ۰–۹) replaced by ASCII digits and the Arabic decimal
// and thousands separators (٫ ٬) by "." and ",", and back[i], the offset
// in text of byte i of the result (with back[len(result)] = len(text)).
// back is nil when text has none of them, and the result is text.
func westernDigits(text string) (string, []int) {
	first := -1
	for i := 0; i+1 < len(text); i++ {
		if arabicDigit(text[i:]) >= 0 {
			first = i
			break
		}
	}
	if first < 0 {
		return text, nil
	}
	b := make([]byte, 0, len(text))
	back := make([]int, 0, len(text)+1)
	b = append(b, text[:first]...)
	for i := range first {
		back = append(back, i)
	}
	for i := first; i < len(text); {
		if c := arabicDigit(text[i:]); c >= 0 {
			b = append(b, byte(c))
			back = append(back, i)
			i += 2
			continue
		}
		b = append(b, text[i])
		back = append(back, i)
		i++
	}
	return string(b), append(back, len(text))
}

// arabicDigit returns the ASCII byte for the Arabic-Indic digit or
// separator that s starts with, or -1. All of them are two bytes long in
// UTF-8: U+0660–U+066C (D9 A0–D9 AC) and U+06F0–U+06F9 (DB B0–DB B9).
func arabicDigit(s string) int {
	if len(s) < 2 {
		return -1
	}
	switch c := s[1]; s[0] {
	case 0xD9:
		switch {
		case c >= 0xA0 && c <= 0xA9:
			return int('0' + c - 0xA0)
		case c == 0xAB:
			return '.'
		case c == 0xAC:
			return ','
		}
	case 0xDB:
		if c >= 0xB0 && c <= 0xB9 {
			return int('0' + c - 0xB0)
		}
	}
	return -1
}

func baseLang(l string) string {
	if i := strings.IndexAny(l, "-_"); i >= 0 {
		l = l[:i]
	}
	return strings.ToLower(l)
}

// scan holds the state of one Extract call.
type scan struct {
	x     *Extractor
	text  string
	lang  string
	opts  *Options
	cands []cand
}

func (s *scan) add(typ, value string, start, end int, prio float64) {
	s.cands = append(s.cands, cand{kefu.Entity{Type: typ, Text: s.text[start:end], Value: value, Start: start, End: end}, prio})
}

// resolve keeps the longest candidates, then the most specific, dropping
// any that overlap one already kept.
func resolve(cs []cand) []kefu.Entity {
	if len(cs) == 0 {
		return nil
	}
	slices.SortStableFunc(cs, func(a, b cand) int {
		if la, lb := a.End-a.Start, b.End-b.Start; la != lb {
			return lb - la
		}
		if a.prio != b.prio {
			if a.prio > b.prio {
				return -1
			}
			return 1
		}
		return a.Start - b.Start
	})
	out := make([]kefu.Entity, 0, len(cs))
	for _, c := range cs {
		ok := true
		for _, e := range out {
			if c.Start < e.End && e.Start < c.End {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, c.Entity)
		}
	}
	slices.SortFunc(out, func(a, b kefu.Entity) int { return a.Start - b.Start })
	return out
}

// gazetteer finds countries, skin types and concerns, seasons and
// relative dates.
func (s *scan) gazetteer() {
	t := s.text
	prevWord := false
	for i := 0; i < len(t); {
		r, n := utf8.DecodeRuneInString(t[i:])
		w := isWord(r)
		if !(w && prevWord) && r != ' ' {
			start, end, p := i, -1, (*payload)(nil)
			if end, p = s.x.gaz.longest(t, i, s.lang); end < 0 && w {
				start, end, p = s.arabicClitics(i)
			}
			if end > 0 {
				prio := float64(prioCountry)
				switch p.typ {
				case TypeSkinType, TypeSkinConcern:
					prio = prioSkin
				case TypeSeason:
					prio = prioSeason
				case TypeDate:
					prio = prioDate
				case TypeDuration:
					prio = prioDuration
				}
				s.add(p.typ, p.value, start, end, prio)
			}
		}
		prevWord = w
		i += n
	}
}

// arabicClitics finds a gazetteer phrase inside the Arabic word at byte i
// after the conjunction و or ف and then the preposition ب, ل or ك that
// Arabic writes joined to the next word ("وإيطاليا", "بالصين",
// "فللبشرة"; لل itself is in the gazetteer, see addGaz). It tries the
// fewest letters first and returns the span without them, or end -1.
func (s *scan) arabicClitics(i int) (start, end int, p *payload) {
	t := s.text
	j := i
	r, n := utf8.DecodeRuneInString(t[j:])
	if r == 'و' || r == 'ف' {
		j += n
		if end, p := s.x.gaz.longest(t, j, s.lang); end > 0 {
			return j, end, p
		}
		r, n = utf8.DecodeRuneInString(t[j:])
	}
	if r == 'ب' || r == 'ل' || r == 'ك' {
		j += n
		if end, p := s.x.gaz.longest(t, j, s.lang); end > 0 {
			return j, end, p
		}
	}
	return -1, -1, nil
}

func isUpper(b byte) bool { return 'A' <= b && b <= 'Z' }
func isAlnum(b byte) bool {
	return isDigit(b) || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

// orders applies the tenant's order-number pattern.
func (s *scan) orders() {
	re := s.opts.OrderPattern
	if re == nil {
		s.defaultOrders()
		return
	}
	if !hasDigit(s.text) && s.x.facts.needsDigit(re) {
		return
	}
	for _, m := range re.FindAllStringIndex(s.text, -1) {
		if m[1] > m[0] {
			s.add(TypeOrder, strings.ToUpper(s.text[m[0]:m[1]]), m[0], m[1], prioOrderTenant)
		}
	}
}

// defaultOrders is DefaultOrderPattern by hand, several times faster than
// the regexp: \b(?:[A-Z]{1,4}-?)?\d{5,12}\b.
func (s *scan) defaultOrders() {
	t := s.text
	for i := 0; i < len(t); {
		if !isAlnum(t[i]) && t[i] != '_' {
			i++
			continue
		}
		j := i
		for j < len(t) && (isAlnum(t[j]) || t[j] == '_') {
			j++
		}
		// t[i:j] is a \w+ run; it may continue after a dash (ABC-12345).
		k, end := i, -1
		for k < j && k-i < 4 && isUpper(t[k]) {
			k++
		}
		if k > i && k == j && j+1 < len(t) && t[j] == '-' && isDigit(t[j+1]) {
			e := j + 1
			for e < len(t) && (isAlnum(t[e]) || t[e] == '_') {
				e++
			}
			if n := e - j - 1; digits(t[j+1:e]) && n >= 5 && n <= 12 {
				end = e
			}
			if end < 0 {
				i = j + 1
				continue
			}
			j = e
		} else if n := j - k; digits(t[k:j]) && n >= 5 && n <= 12 {
			end = j
		} else if k == i {
			// Without letters the run must be all digits; nothing here.
		}
		if end > 0 {
			s.add(TypeOrder, s.text[i:end], i, end, prioOrder)
		}
		i = j
	}
}
