package translate

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kefu-ai/kefu"
)

// Term is one glossary entry of a tenant: a brand or product name never
// to translate (Translation empty), or a term always translated one way.
type Term struct {
	// Text is the term as written in the source language. It matches
	// case-insensitively, as whole words in scripts that separate words.
	Text string
	// From and To restrict the term to a pair (base codes); empty
	// matches any language.
	From, To string
	// Translation replaces Text in the output; empty keeps the text as
	// the customer wrote it.
	Translation string
}

// Glossary holds every tenant's terms. Before a provider is called,
// Protect swaps each term for a numbered placeholder ⟦0⟧, ⟦1⟧, … that
// providers pass through (Apertium copies it unchanged; the OpenAI prompt
// asks to keep it), and Restore puts the kept or fixed text back. Safe for
// concurrent use.
type Glossary struct {
	mu      sync.RWMutex
	tenants map[string]*tenantTerms // guarded by mu; entries are replaced, not mutated, except their regexp cache
}

// tenantTerms is one tenant's glossary, longest terms first.
type tenantTerms struct {
	terms   []Term
	version uint64

	mu  sync.Mutex              // guards res
	res map[Pair]*regexp.Regexp // compiled per pair on first use; nil value: no term applies
}

// NewGlossary returns an empty glossary.
func NewGlossary() *Glossary {
	return &Glossary{tenants: map[string]*tenantTerms{}}
}

// SetTerms replaces a tenant's terms. A term with blank text or
// containing the placeholder brackets ⟦ ⟧ is rejected (kefu.EINVALID).
func (g *Glossary) SetTerms(tenantID string, terms []Term) error {
	ts := make([]Term, 0, len(terms))
	for _, t := range terms {
		t.Text = strings.TrimSpace(t.Text)
		if t.Text == "" || strings.ContainsAny(t.Text+t.Translation, "⟦⟧") {
			return &kefu.Error{Code: kefu.EINVALID, Op: "translate.Glossary.SetTerms", Message: "invalid glossary term " + strconv.Quote(t.Text)}
		}
		t.From, t.To = Base(t.From), Base(t.To)
		ts = append(ts, t)
	}
	sort.SliceStable(ts, func(i, j int) bool { return len(ts[i].Text) > len(ts[j].Text) })
	g.mu.Lock()
	defer g.mu.Unlock()
	var v uint64
	if old, ok := g.tenants[tenantID]; ok {
		v = old.version
	}
	g.tenants[tenantID] = &tenantTerms{terms: ts, version: v + 1, res: map[Pair]*regexp.Regexp{}}
	return nil
}

// Terms returns a copy of a tenant's terms, longest first.
func (g *Glossary) Terms(tenantID string) []Term {
	g.mu.RLock()
	defer g.mu.RUnlock()
	if t, ok := g.tenants[tenantID]; ok {
		return append([]Term(nil), t.terms...)
	}
	return nil
}

// Version returns a number that changes whenever the tenant's terms do;
// the Chain puts it in cache keys so that a glossary edit is never hidden
// by a cached translation.
func (g *Glossary) Version(tenantID string) uint64 {
	g.mu.RLock()
	defer g.mu.RUnlock()
	if t, ok := g.tenants[tenantID]; ok {
		return t.version
	}
	return 0
}

// Protected records the texts hidden behind placeholders by Protect.
type Protected struct {
	values []string
}

// placeholder matches a restored token, tolerating spaces a provider may
// have put inside the brackets.
var placeholder = regexp.MustCompile(`⟦\s*(\d+)\s*⟧`)

// Protect replaces the tenant's terms for the pair in text by
// placeholders. A text that already contains ⟦ or ⟧ is returned unchanged
// so that a customer cannot forge a placeholder.
func (g *Glossary) Protect(tenantID, from, to, text string) (string, Protected) {
	if g == nil || strings.ContainsAny(text, "⟦⟧") {
		return text, Protected{}
	}
	g.mu.RLock()
	tt := g.tenants[tenantID]
	g.mu.RUnlock()
	if tt == nil {
		return text, Protected{}
	}
	from, to = Base(from), Base(to)
	re, terms := tt.compiled(from, to)
	if re == nil {
		return text, Protected{}
	}
	var b strings.Builder
	var p Protected
	pos := 0
	for pos < len(text) {
		loc := re.FindStringIndex(text[pos:])
		if loc == nil {
			break
		}
		s, e := pos+loc[0], pos+loc[1]
		if !wholeWord(text, s, e) {
			_, n := utf8.DecodeRuneInString(text[s:])
			b.WriteString(text[pos : s+n])
			pos = s + n
			continue
		}
		m := text[s:e]
		val := m
		for _, t := range terms {
			if strings.EqualFold(t.Text, m) {
				if t.Translation != "" {
					val = t.Translation
				}
				break
			}
		}
		b.WriteString(text[pos:s])
		b.WriteString("⟦" + strconv.Itoa(len(p.values)) + "⟧")
		p.values = append(p.values, val)
		pos = e
	}
	if len(p.values) == 0 {
		return text, p
	}
	b.WriteString(text[pos:])
	return b.String(), p
}

// Restore puts the protected texts back in place of their placeholders.
// A placeholder the provider dropped loses its term; one it invented is
// left as it is.
func (p Protected) Restore(s string) string {
	if len(p.values) == 0 {
		return s
	}
	return placeholder.ReplaceAllStringFunc(s, func(tok string) string {
		i, err := strconv.Atoi(placeholder.FindStringSubmatch(tok)[1])
		if err != nil || i >= len(p.values) {
			return tok
		}
		return p.values[i]
	})
}

// compiled returns the regexp of the terms that apply to a pair, and
// those terms.
func (tt *tenantTerms) compiled(from, to string) (*regexp.Regexp, []Term) {
	var terms []Term
	for _, t := range tt.terms {
		if (t.From == "" || t.From == from) && (t.To == "" || t.To == to) {
			terms = append(terms, t)
		}
	}
	tt.mu.Lock()
	defer tt.mu.Unlock()
	re, ok := tt.res[Pair{from, to}]
	if !ok {
		if len(terms) > 0 {
			alts := make([]string, len(terms))
			for i, t := range terms {
				alts[i] = regexp.QuoteMeta(t.Text)
			}
			re = regexp.MustCompile("(?i)(?:" + strings.Join(alts, "|") + ")")
		}
		tt.res[Pair{from, to}] = re
	}
	return re, terms
}

// wholeWord reports whether text[s:e] is not glued to letters or digits
// on either side. Scripts written without spaces (Han, kana, Thai) need
// no boundary.
func wholeWord(text string, s, e int) bool {
	first, _ := utf8.DecodeRuneInString(text[s:e])
	last, _ := utf8.DecodeLastRuneInString(text[s:e])
	if s > 0 {
		prev, _ := utf8.DecodeLastRuneInString(text[:s])
		if isWord(prev) && isWord(first) && !unspaced(first) && !unspaced(prev) {
			return false
		}
	}
	if e < len(text) {
		next, _ := utf8.DecodeRuneInString(text[e:])
		if isWord(next) && isWord(last) && !unspaced(last) && !unspaced(next) {
			return false
		}
	}
	return true
}

func unspaced(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar)
}
