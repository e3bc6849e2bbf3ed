package customs

import (
	"math"
	"sort"
	"strings"
	"unicode"
)

// HSSuggestion is one candidate code for a product title.
type HSSuggestion struct {
	Code        HSCode
	Description string  // the subheading's description
	Score       float64 // BM25 score; only the order is meaningful
}

// Field weights: a word of the subheading's own text counts fully, a word
// of its heading and chapter less, so that "Headphones" ranks 8518.30 above
// the other subheadings of 8518 while "lithium-ion" still finds 8507.60
// through its heading.
const (
	wSub, wHead, wChap = 1.0, 0.5, 0.2
	bm25K1, bm25B      = 1.2, 0.75
)

type posting struct {
	doc int32
	tf  float32
}

// bm25 is an inverted index over the 6-digit subheadings, each a document
// made of its own, its heading's and its chapter's descriptions.
type bm25 struct {
	docs     []string // 6-digit codes
	length   []float32
	avgLen   float64
	postings map[string][]posting
	idf      map[string]float64
}

func newBM25(n *nomenclature) *bm25 {
	ix := &bm25{docs: n.subs, length: make([]float32, len(n.subs)), postings: map[string][]posting{}, idf: map[string]float64{}}
	total := 0.0
	for i, code := range n.subs {
		tf := map[string]float64{}
		for _, f := range []struct {
			text string
			w    float64
		}{{n.desc[code], wSub}, {n.desc[code[:4]], wHead}, {n.desc[code[:2]], wChap}} {
			for _, w := range tokens(f.text) {
				tf[w] += f.w
				ix.length[i] += float32(f.w)
			}
		}
		total += float64(ix.length[i])
		for w, x := range tf {
			ix.postings[w] = append(ix.postings[w], posting{int32(i), float32(x)})
		}
	}
	ix.avgLen = total / float64(len(n.subs))
	N := float64(len(n.subs))
	for w, p := range ix.postings {
		df := float64(len(p))
		ix.idf[w] = math.Log(1 + (N-df+0.5)/(df+0.5))
	}
	return ix
}

// rank scores every document for the query into scores (len(docs)) and
// returns the indexes of the k best, ties broken by code order.
func (ix *bm25) rank(query []string, k int, scores []float64) []int32 {
	seen := make(map[string]bool, len(query))
	for _, w := range query {
		if seen[w] {
			continue
		}
		seen[w] = true
		idf := ix.idf[w]
		for _, p := range ix.postings[w] {
			tf := float64(p.tf)
			norm := bm25K1 * (1 - bm25B + bm25B*float64(ix.length[p.doc])/ix.avgLen)
			scores[p.doc] += idf * tf * (bm25K1 + 1) / (tf + norm)
		}
	}
	var hits []int32
	for i, s := range scores {
		if s > 0 {
			hits = append(hits, int32(i))
		}
	}
	sort.Slice(hits, func(a, b int) bool {
		sa, sb := scores[hits[a]], scores[hits[b]]
		if sa != sb {
			return sa > sb
		}
		return hits[a] < hits[b]
	})
	if len(hits) > k {
		hits = hits[:k]
	}
	return hits
}

// SuggestHS returns up to n candidate HS 2022 subheadings for a product
// title, best first, by BM25 over the nomenclature's English descriptions
// after expanding common shop words into the nomenclature's vocabulary
// ("power bank" → accumulators, lithium-ion). Titles in other languages or
// brand-only titles give nothing useful: it is a hint for a person who
// chooses the code, never a classification. See docs/customs.md for its
// measured accuracy.
func (t *Tables) SuggestHS(title string, n int) []HSSuggestion {
	if n <= 0 {
		return nil
	}
	q := expand(tokens(title))
	ix := t.hs.index
	scores := make([]float64, len(ix.docs))
	hits := ix.rank(q, n, scores)
	out := make([]HSSuggestion, len(hits))
	for i, h := range hits {
		code := ix.docs[h]
		out[i] = HSSuggestion{Code: HSCode(code), Description: t.hs.desc[code], Score: scores[h]}
	}
	return out
}

// stop words of product titles and of the nomenclature's legal phrasing.
var stop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an and or of the for in on with without to by from as at
		not whether than other others including excluding such like thereof therefor n e c nec
		no heading headings subheading chapter kind used put up its their be is are being
		set sets pieces piece pcs pack inch cm mm ml g kg l new men women mens womens
		unisex kids adult premium quality style gift`) {
		m[w] = true
	}
	return m
}()

// tokens lower-cases text, splits it on anything but letters, drops stop
// words and words with digits, and strips plural endings.
func tokens(text string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(joinLetterPrefix(strings.ToLower(text)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if stop[f] || len(f) < 2 || strings.IndexFunc(f, unicode.IsDigit) >= 0 {
			continue
		}
		out = append(out, stem(f))
	}
	return out
}

// stem removes English plural endings: "accumulators" → "accumulator",
// "batteries" → "battery", "boxes" → "box". It is deliberately light.
func stem(w string) string {
	if s, ok := irregular[w]; ok {
		return s
	}
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 4 && (strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "sses")):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"):
		return w[:len(w)-1]
	}
	return w
}

// synonyms maps shop words (after tokens) to the nomenclature's words. The
// list was written while looking only at the dev half of
// testdata/hs-titles.tsv; the test half measures it.
var synonyms = map[string][]string{
	"earbud":     {"earphone", "headphone"},
	"charger":    {"converter", "static"},
	"lamp":       {"luminaire"},
	"lipstick":   {"lip", "make"},
	"toothpaste": {"dentifrice"},
	"towel":      {"towelling", "terry", "toilet", "linen"},
	"yoga":       {"exercise", "gymnastic"},
	"wallet":     {"pocket", "handbag"},
	"keyboard":   {"input", "unit"},
}

// irregular plurals the suffix rules of stem get wrong.
var irregular = map[string]string{"knives": "knife", "leaves": "leaf", "shelves": "shelf", "halves": "half", "wolves": "wolf"}

func expand(q []string) []string {
	out := q
	for _, w := range q {
		out = append(out, synonyms[w]...)
	}
	return out
}

// joinLetterPrefix drops the hyphen after a lone letter so that "t-shirt"
// and "e-book" stay one word ("tshirt"), as in the nomenclature's
// "T-shirts".
func joinLetterPrefix(s string) string {
	if !strings.Contains(s, "-") {
		return s
	}
	b := []byte(s)
	out := b[:0]
	for i := 0; i < len(b); i++ {
		if b[i] == '-' && i >= 1 && isASCIILetter(b[i-1]) && (i == 1 || !isASCIILetter(b[i-2])) && i+1 < len(b) && isASCIILetter(b[i+1]) {
			continue
		}
		out = append(out, b[i])
	}
	return string(out)
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' }
