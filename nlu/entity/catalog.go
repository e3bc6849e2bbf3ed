package entity

import (
	"math"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/kefu-ai/kefu"

	"github.com/kefu-ai/kefu/internal/script"
)

// Catalog is a tenant's catalogue prepared for matching: SKUs and a
// feature index over product names, translated names ("name_zh", ...)
// and brands. Build it once per tenant with NewCatalog and share it; it is
// immutable and safe for concurrent use.
type Catalog struct {
	skus     map[string]string // upper-case SKU → SKU as stored
	variants []variant
	post     map[string][]posting // feature → variants having it
	weight   map[string]float64   // feature → IDF weight
	vocab    []string             // Latin name tokens
	tri      map[string][]int32   // padded trigram → vocab ids
	// prefix2 holds the first two bytes of every vocabulary token: fuzzy
	// matching assumes a misspelt name still starts right, which keeps it
	// off most words of a message.
	prefix2 map[string]bool
}

// variant is one name of one product.
type variant struct {
	sku   string
	total float64 // sum of feature weights
	bytes int     // length of the name
	n     int     // number of features
}

type posting struct {
	v int32
	f uint8 // feature index within the variant, for de-duplication
}

// minCoverage is the weighted share of a name's features a message must
// contain to mention the product.
const minCoverage = 0.5

// stopTokens are Latin tokens that never identify a product.
var stopTokens = map[string]bool{
	"the": true, "and": true, "for": true, "with": true, "of": true, "de": true, "la": true, "el": true,
	"le": true, "les": true, "des": true, "du": true, "en": true, "et": true, "y": true, "con": true,
	"per": true, "di": true, "da": true, "und": true, "mit": true, "der": true, "die": true, "das": true,
	"spf": true, "ml": true, "pcs": true, "pack": true, "set": true, "in": true, "to": true, "a": true,
	"an": true, "or": true, "para": true, "by": true,
}

// NewCatalog indexes products; nil products are skipped.
func NewCatalog(products []*kefu.Product) *Catalog {
	c := &Catalog{prefix2: map[string]bool{}, skus: map[string]string{}, post: map[string][]posting{}, weight: map[string]float64{}, tri: map[string][]int32{}}
	df := map[string]int{}
	type named struct {
		sku   string
		name  string
		feats []string
	}
	var names []named
	for _, p := range products {
		if p == nil {
			continue
		}
		if p.SKU != "" {
			c.skus[strings.ToUpper(p.SKU)] = p.SKU
		}
		list := []string{p.Name}
		keys := make([]string, 0, len(p.Attributes))
		for k := range p.Attributes {
			if strings.HasPrefix(k, "name_") {
				keys = append(keys, k)
			}
		}
		sort.Strings(keys)
		for _, k := range keys {
			list = append(list, p.Attributes[k])
		}
		brand := map[string]bool{}
		for _, f := range features(p.Brand, nil) {
			brand[f.key] = true
		}
		seen := map[string]bool{}
		for _, nm := range list {
			var fs []string
			dup := map[string]bool{}
			for _, f := range features(nm, nil) {
				if brand[f.key] || dup[f.key] {
					continue
				}
				dup[f.key] = true
				fs = append(fs, f.key)
			}
			if len(fs) == 0 || len(fs) > 64 {
				continue
			}
			names = append(names, named{p.SKU, nm, fs})
			for _, f := range fs {
				if !seen[f] {
					seen[f] = true
					df[f]++
				}
			}
		}
	}
	nProducts := float64(len(c.skus) + 1)
	for f, n := range df {
		c.weight[f] = math.Log(1 + nProducts/float64(n))
	}
	vocab := map[string]int32{}
	for vi, nm := range names {
		v := variant{sku: nm.sku, bytes: len(nm.name), n: len(nm.feats)}
		for fi, f := range nm.feats {
			v.total += c.weight[f]
			c.post[f] = append(c.post[f], posting{int32(vi), uint8(fi)})
			if f[0] < utf8.RuneSelf && len(f) >= 4 {
				if _, ok := vocab[f]; !ok {
					id := int32(len(c.vocab))
					vocab[f] = id
					c.vocab = append(c.vocab, f)
					c.prefix2[f[:2]] = true
					for _, g := range trigrams(f) {
						c.tri[g] = append(c.tri[g], id)
					}
				}
			}
		}
		c.variants = append(c.variants, v)
	}
	return c
}

// sku returns the stored SKU equal to tok ignoring case.
func (c *Catalog) sku(tok string) (string, bool) {
	if len(tok) > 64 {
		return "", false
	}
	var buf [64]byte
	for i := 0; i < len(tok); i++ {
		b := tok[i]
		if 'a' <= b && b <= 'z' {
			b -= 32
		}
		buf[i] = b
	}
	v, ok := c.skus[string(buf[:len(tok)])]
	return v, ok
}

// feature is a matching unit with its byte span: a lower-cased Latin
// token, or a bigram (single rune if alone) of a script without spaces.
type feature struct {
	key        string
	start, end int
}

// features splits s into features; buf is reused for lower-casing.
func features(s string, out []feature) []feature {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case isWord(r):
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !isWord(r2) {
					break
				}
				j += n2
			}
			tok := s[i:j]
			if hasUpper(tok) {
				tok = lowerASCII(tok)
			}
			if len(tok) >= 2 && !stopTokens[tok] && !hasDigit(tok) {
				out = append(out, feature{tok, i, j})
			}
			i = j
		case script.Unspaced(r):
			j := i + n
			prev := i
			count := 1
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !script.Unspaced(r2) {
					break
				}
				out = append(out, feature{s[prev : j+n2], prev, j + n2})
				prev = j
				j += n2
				count++
			}
			if count == 1 {
				out = append(out, feature{s[i:j], i, j})
			}
			i = j
		default:
			i += n
		}
	}
	return out
}

func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if isUpper(s[i]) {
			return true
		}
	}
	return false
}

// lowerASCII lower-cases ASCII letters only, so byte offsets are kept.
func lowerASCII(s string) string {
	if !hasUpper(s) {
		return s
	}
	b := []byte(s)
	for i, c := range b {
		if isUpper(c) {
			b[i] = c + 32
		}
	}
	return string(b)
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}

// trigrams returns the padded character trigrams of a token.
func trigrams(tok string) []string {
	p := " " + tok + " "
	var out []string
	rs := []int{}
	for i := range p {
		rs = append(rs, i)
	}
	rs = append(rs, len(p))
	for i := 0; i+3 < len(rs); i++ {
		out = append(out, p[rs[i]:rs[i+3]])
	}
	return out
}

// fuzzy returns the vocabulary token most similar to tok by trigram
// Jaccard similarity, if at least 0.5.
func (c *Catalog) fuzzy(tok string) (string, float64) {
	if len(tok) < 5 || len(tok) > 40 || !c.prefix2[tok[:2]] {
		return "", 0
	}
	tg := trigrams(tok)
	type count struct {
		id int32
		n  int
	}
	var cbuf [32]count
	counts := cbuf[:0]
	for _, g := range tg {
	next:
		for _, id := range c.tri[g] {
			for k := range counts {
				if counts[k].id == id {
					counts[k].n++
					continue next
				}
			}
			counts = append(counts, count{id, 1})
		}
	}
	best, bestSim := "", 0.0
	for _, cn := range counts {
		id, n := cn.id, cn.n
		v := c.vocab[id]
		sim := float64(n) / float64(len(tg)+utf8.RuneCountInString(v)+2-n)
		if sim > bestSim || sim == bestSim && v < best {
			best, bestSim = v, sim
		}
	}
	if bestSim < 0.5 {
		return "", 0
	}
	return best, bestSim
}

type accum struct {
	v          int32
	score      float64
	seen       uint64
	start, end int
	hits       int
}

// match adds product candidates for the names the message mentions.
func (c *Catalog) match(s *scan) {
	if len(c.variants) == 0 {
		return
	}
	var fbuf [32]feature
	fs := features(lowerASCII(s.text), fbuf[:0])
	if len(fs) == 0 {
		return
	}
	// Accumulators for the few variants the message touches.
	var abuf [16]accum
	acc := abuf[:0]
	find := func(v int32) *accum {
		for k := range acc {
			if acc[k].v == v {
				return &acc[k]
			}
		}
		acc = append(acc, accum{v: v})
		return &acc[len(acc)-1]
	}
	for _, f := range fs {
		key, sim := f.key, 1.0
		ps, ok := c.post[key]
		if !ok {
			if f.key[0] >= utf8.RuneSelf {
				continue
			}
			key, sim = c.fuzzy(f.key)
			if key == "" {
				continue
			}
			ps = c.post[key]
		}
		w := c.weight[key] * sim
		for _, p := range ps {
			a := find(p.v)
			if a.seen&(1<<p.f) != 0 {
				continue
			}
			a.seen |= 1 << p.f
			a.score += w
			a.hits++
			if a.hits == 1 || f.start < a.start {
				a.start = f.start
			}
			if f.end > a.end {
				a.end = f.end
			}
		}
	}
	for k := range acc {
		a := &acc[k]
		v := &c.variants[a.v]
		if a.hits == 0 {
			continue
		}
		cov := a.score / v.total
		if cov < minCoverage || (a.hits < 2 && v.n > 1) || a.end-a.start > 3*v.bytes+8 {
			continue
		}
		s.add(TypeProduct, v.sku, a.start, a.end, prioProduct+cov)
	}
}
