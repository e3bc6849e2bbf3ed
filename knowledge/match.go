package knowledge

import (
	"math"
	"sort"
	"strings"

	"github.com/kefu-ai/kefu"
)

// vector is a sparse term vector sorted by term, with its Euclidean norm.
type vector struct {
	terms   []string
	weights []float64
	norm    float64
}

// idf is the BM25 inverse document frequency of a term found in df of
// the index's articles; a term in none gets the highest weight.
func (ix *Index) idf(df int) float64 {
	n := float64(len(ix.docs))
	return math.Log(1 + (n-float64(df)+0.5)/(float64(df)+0.5))
}

// vector returns text's IDF-weighted term-frequency vector.
func (ix *Index) vector(text string) vector {
	ts := Tokenize(text)
	sort.Strings(ts)
	var v vector
	for i := 0; i < len(ts); {
		j := i + 1
		for j < len(ts) && ts[j] == ts[i] {
			j++
		}
		w := float64(j-i) * ix.idf(len(ix.postings[ts[i]]))
		if functionTerm(ts[i]) {
			w *= functionWeight
		}
		v.terms = append(v.terms, ts[i])
		v.weights = append(v.weights, w)
		v.norm += w * w
		i = j
	}
	v.norm = math.Sqrt(v.norm)
	return v
}

// cosine returns the cosine of a and b, 0 when either is empty.
func cosine(a, b vector) float64 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	var dot float64
	for i, j := 0, 0; i < len(a.terms) && j < len(b.terms); {
		switch c := strings.Compare(a.terms[i], b.terms[j]); {
		case c == 0:
			dot += a.weights[i] * b.weights[j]
			i++
			j++
		case c < 0:
			i++
		default:
			j++
		}
	}
	return min(dot/(a.norm*b.norm), 1)
}

// match scores the question vector q against the question article a
// answers: its title alone and its title with its tags, whichever is
// closer, with the tenant's synonyms rewritten to one form on both sides.
func (ix *Index) match(q vector, a *kefu.Article, syn *Synonyms) float64 {
	title, _ := syn.rewrite(a.Title)
	best := cosine(q, ix.vector(title))
	if len(a.Tags) > 0 {
		withTags, _ := syn.rewrite(a.Title + " " + strings.Join(a.Tags, " "))
		best = max(best, cosine(q, ix.vector(withTags)))
	}
	return best
}

// Similarity returns how close questions a and b are, in [0,1]: the
// cosine of their term vectors weighted by this index's IDF, the score
// behind Hit.Match. It is what docs/knowledge.md evaluates on question
// pairs.
func (ix *Index) Similarity(a, b string) float64 {
	return cosine(ix.vector(a), ix.vector(b))
}

// functionWeight scales the weight of a term made only of Chinese
// function characters. In a tenant's small index such characters are
// rare or absent, so IDF alone would make "是什么" in "退货政策是什么"
// outweigh the question's content; a large corpus would have taught IDF
// that they carry little.
const functionWeight = 0.1

// functionChars are Chinese question words, particles and pronouns.
// Negations (不, 没) are left out on purpose: they change the meaning.
var functionChars = func() map[rune]bool {
	m := map[rune]bool{}
	for _, r := range "的了吗呢吧啊呀么嘛是我你您他她它们这那什怎样哪个些有在和与就都也还要会能可以请问下一啥咋为何如" {
		m[r] = true
	}
	return m
}()

// functionTerm reports whether every rune of term is a function character.
func functionTerm(term string) bool {
	for _, r := range term {
		if !functionChars[r] {
			return false
		}
	}
	return term != ""
}
