package catalog

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/script"
)

// index finds products by the words of their names (Name and the
// translated "name_xx" attributes). It complements the NLU's product
// entity, which names one product: the index tells when a name the
// customer wrote fits several products, and finds names the entity
// missed ("三文鱼多少钱" over two salmon products).
type index struct {
	products []*kefu.Product
	names    [][]name           // per product, one per name variant
	weight   map[string]float64 // feature → inverse product frequency
}

type name struct {
	feats map[string]bool
	total float64
}

// Thresholds of index.mentioned.
const (
	// minCoverage is the weighted share of one of a product's names a
	// message must contain, word by word, to name the product.
	minCoverage = 0.34
	// minHanRun and minOtherRun are the bigrams in a row a message must
	// share with a name in Chinese or Japanese (3 characters) and in
	// Thai and other unspaced scripts (5 characters, as Thai syllables
	// are several code points), where names are long and coverage low.
	minHanRun   = 2
	minOtherRun = 4
	// closeTo keeps, of the products a message names, those scoring at
	// least this share of the best.
	closeTo = 0.75
)

// stopWords never identify a product.
var stopWords = map[string]bool{
	"the": true, "and": true, "for": true, "with": true, "del": true, "los": true, "las": true, "una": true,
	"les": true, "des": true, "und": true, "mit": true, "der": true, "die": true, "das": true, "per": true,
	"con": true, "para": true, "pack": true, "set": true, "pcs": true, "pieces": true, "piece": true, "you": true,
	"how": true, "much": true, "what": true, "have": true, "does": true, "this": true, "that": true, "your": true,
}

func newIndex(ps []*kefu.Product) *index {
	ix := &index{products: ps, names: make([][]name, len(ps)), weight: map[string]float64{}}
	df := map[string]int{}
	for i, p := range ps {
		list := []string{p.Name}
		for k, v := range p.Attributes {
			if strings.HasPrefix(k, "name_") {
				list = append(list, v)
			}
		}
		seen := map[string]bool{}
		for _, s := range list {
			n := name{feats: map[string]bool{}}
			for _, f := range features(s) {
				n.feats[f.key] = true
				if !seen[f.key] {
					seen[f.key] = true
					df[f.key]++
				}
			}
			if len(n.feats) > 0 {
				ix.names[i] = append(ix.names[i], n)
			}
		}
	}
	for f, n := range df {
		ix.weight[f] = math.Log(1 + float64(len(ps)+1)/float64(n))
	}
	for i := range ix.names {
		for j := range ix.names[i] {
			for f := range ix.names[i][j].feats {
				ix.names[i][j].total += ix.weight[f]
			}
		}
	}
	return ix
}

// hit is a product and how much of one of its names a text covers.
type hit struct {
	p     *kefu.Product
	score float64
}

// rank scores every product by its best-scoring name (score returns 0 for
// a name the text does not name) and returns those that scored, best
// first.
func (ix *index) rank(score func(n *name) float64) []hit {
	var hits []hit
	for i, p := range ix.products {
		best := 0.0
		for j := range ix.names[i] {
			best = max(best, score(&ix.names[i][j]))
		}
		if best > 0 {
			hits = append(hits, hit{p, best})
		}
	}
	sort.SliceStable(hits, func(a, b int) bool { return hits[a].score > hits[b].score })
	return hits
}

// mentioned returns the products text names, best first: those with a
// name it covers enough (minCoverage, or a run of shared bigrams) whose
// score is close to the best one's.
func (ix *index) mentioned(text string) []*kefu.Product {
	fs := features(text)
	if len(fs) == 0 {
		return nil
	}
	hits := ix.rank(func(n *name) float64 {
		var got float64
		run, bestHan, bestOther := 0, 0, 0
		for k, f := range fs {
			if !n.feats[f.key] {
				run = 0
				continue
			}
			got += ix.weight[f.key]
			if f.unspaced {
				if k > 0 && fs[k-1].unspaced && fs[k-1].end > f.start && n.feats[fs[k-1].key] {
					run++
				} else {
					run = 1
				}
				if f.han {
					bestHan = max(bestHan, run)
				} else {
					bestOther = max(bestOther, run)
				}
			}
		}
		if n.total > 0 && (got/n.total >= minCoverage || bestHan >= minHanRun || bestOther >= minOtherRun) {
			return got
		}
		return 0
	})
	var out []*kefu.Product
	for _, h := range hits {
		if h.score >= closeTo*hits[0].score {
			out = append(out, h.p)
		}
	}
	return out
}

// weak returns the products with a name sharing a word of at least
// four letters with text, most shared weight first: too little to name
// a product, enough to offer it as a choice ("the serum" in a shop with
// six).
func (ix *index) weak(text string) []*kefu.Product {
	var fs []feature
	for _, f := range features(text) {
		if !f.unspaced && utf8.RuneCountInString(f.key) >= 4 {
			fs = append(fs, f)
		}
	}
	if len(fs) == 0 {
		return nil
	}
	hits := ix.rank(func(n *name) float64 {
		got := 0.0
		for _, f := range fs {
			if n.feats[f.key] {
				got += ix.weight[f.key]
			}
		}
		return got
	})
	out := make([]*kefu.Product, len(hits))
	for i, h := range hits {
		out[i] = h.p
	}
	return out
}

// unknownWords are long words of follow-up questions that name no
// product.
var unknownWords = map[string]bool{
	"currently": true, "anything": true, "something": true, "actually": true, "tomorrow": true,
	"actualmente": true, "todavia": true, "momentan": true, "derzeit": true, "attualmente": true,
	"sekarang": true, "available": true, "disponible": true,
}

// namesOther reports whether text holds a long word (eight letters or
// more) that is neither a cue nor in the catalogue: most likely a
// product the shop does not list by that name ("auriculares" where the
// names are English), so the remembered product is not what is asked
// about.
func (ix *index) namesOther(text string) bool {
	for _, f := range features(text) {
		if !f.unspaced && utf8.RuneCountInString(f.key) >= 8 && !unknownWords[f.key] && ix.weight[f.key] == 0 {
			return true
		}
	}
	return false
}

// containing returns the products with a name that holds every word of
// phrase (a product entity as the customer wrote it).
func (ix *index) containing(phrase string) []*kefu.Product {
	fs := features(phrase)
	if len(fs) == 0 {
		return nil
	}
	var out []*kefu.Product
	for i, p := range ix.products {
		for _, n := range ix.names[i] {
			all := true
			for _, f := range fs {
				if !n.feats[f.key] {
					all = false
					break
				}
			}
			if all {
				out = append(out, p)
				break
			}
		}
	}
	return out
}

// feature is a matching unit: a folded Latin (or other spaced-script)
// word without accents or a plural "s", or a bigram of a script written
// without spaces (one character when alone). start and end are byte
// offsets in the text.
type feature struct {
	key        string
	start, end int
	unspaced   bool
	han        bool
}

// features splits s into features.
func features(s string) []feature {
	var out []feature
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case script.Unspaced(r):
			j := i + n
			prev := i
			alone := true
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !script.Unspaced(r2) {
					break
				}
				out = append(out, feature{s[prev : j+n2], prev, j + n2, true, unicode.Is(unicode.Han, r2)})
				prev, alone = j, false
				j += n2
			}
			if alone {
				out = append(out, feature{s[i:j], i, j, true, unicode.Is(unicode.Han, r)})
			}
			i = j
		case script.IsWord(r, false):
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !script.IsWord(r2, false) || script.Unspaced(r2) {
					break
				}
				j += n2
			}
			if w := wordKey(s[i:j]); w != "" {
				out = append(out, feature{w, i, j, false, false})
			}
			i = j
		default:
			i += n
		}
	}
	return out
}

// wordKey folds a word for matching: lower case, no accents, no plural
// "s"; "" for words that never identify a product (short, stop words,
// anything with a digit: sizes and capacities are not names).
func wordKey(w string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if '0' <= r && r <= '9' {
			return ""
		}
		b.WriteRune(script.Fold(r))
	}
	k := b.String()
	if utf8.RuneCountInString(k) < 3 || stopWords[k] {
		return ""
	}
	if len(k) > 4 && strings.HasSuffix(k, "s") {
		k = k[:len(k)-1]
	}
	return k
}
