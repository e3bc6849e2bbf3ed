package knowledge

import (
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/kefu-ai/kefu"
)

// BM25 parameters (Robertson et al.; the usual defaults).
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// Index is an immutable BM25 index over articles. It is safe for
// concurrent use.
type Index struct {
	docs     []doc
	postings map[string][]posting // term -> docs containing it
	avgLen   float64
	byIntent map[string][]int         // intent -> doc indexes
	byKey    map[string]*kefu.Article // key + "\x00" + language -> article
}

type doc struct {
	article *kefu.Article
	length  int
}

type posting struct {
	doc int
	tf  int
}

// Hit is one retrieved article with its score.
type Hit struct {
	Article *kefu.Article
	// Score is the BM25 score; only comparable within one query.
	Score float64
	// Coverage is the share of the query's distinct terms found in the
	// article, in [0,1].
	Coverage float64
	// Match is how close the question is to the question the article
	// answers (its title, or its title and tags), in [0,1]: the cosine
	// of their IDF-weighted character/word n-gram vectors after synonyms
	// are rewritten to one form. Unlike Score it is comparable across
	// queries, so a fixed threshold on it decides whether to answer; see
	// docs/knowledge.md for how that threshold was fitted.
	Match float64
}

// NewIndex indexes the given articles (callers pass published ones).
func NewIndex(articles []*kefu.Article) *Index {
	ix := &Index{postings: map[string][]posting{}, byIntent: map[string][]int{}, byKey: map[string]*kefu.Article{}}
	total := 0
	for i, a := range articles {
		// The title counts twice: it is the question the article answers.
		terms := Tokenize(a.Title + " " + a.Title + " " + strings.Join(a.Tags, " ") + " " + a.Body)
		tf := map[string]int{}
		for _, t := range terms {
			tf[t]++
		}
		for t, n := range tf {
			ix.postings[t] = append(ix.postings[t], posting{doc: i, tf: n})
		}
		ix.docs = append(ix.docs, doc{article: a, length: len(terms)})
		total += len(terms)
		ix.byKey[a.Key+"\x00"+a.Language] = a
		for _, in := range a.Intents {
			ix.byIntent[in] = append(ix.byIntent[in], i)
		}
	}
	if len(articles) > 0 {
		ix.avgLen = float64(total) / float64(len(articles))
	}
	return ix
}

// Len returns the number of indexed articles.
func (ix *Index) Len() int { return len(ix.docs) }

// ByIntent returns the articles linked to intent, those in lang first.
func (ix *Index) ByIntent(intent, lang string) []*kefu.Article {
	var same, other []*kefu.Article
	for _, i := range ix.byIntent[intent] {
		a := ix.docs[i].article
		if a.Language == lang {
			same = append(same, a)
		} else {
			other = append(other, a)
		}
	}
	return append(same, other...)
}

// ByKey returns the article with the given key in lang, or nil.
func (ix *Index) ByKey(key, lang string) *kefu.Article {
	return ix.byKey[key+"\x00"+lang]
}

// Query is a question to look up in an index.
type Query struct {
	Text string
	// Language restricts the search to articles in that language; empty
	// searches all languages.
	Language string
	// K is the number of hits wanted; 0 means 1.
	K int
	// Synonyms of the tenant expand the question; nil for none.
	Synonyms *Synonyms
}

// Search returns up to k articles for query, best first. When lang is set,
// articles in other languages are skipped.
func (ix *Index) Search(query, lang string, k int) []Hit {
	return ix.Find(Query{Text: query, Language: lang, K: k})
}

// scratch is the per-search score accumulator, pooled so that a search
// over a large index allocates little.
type scratch struct {
	score   []float64
	matched []int32
	touched []int32
}

var scratchPool = sync.Pool{New: func() any { return &scratch{} }}

// Find returns up to q.K articles for q.Text ranked by BM25, best first,
// each with its Match (see Hit).
func (ix *Index) Find(q Query) []Hit {
	k := max(q.K, 1)
	canon, groups := q.Synonyms.rewrite(q.Text)
	text := q.Text
	if len(groups) > 0 {
		text = q.Synonyms.Expand(q.Text)
	}
	qterms := Tokenize(text)
	if len(qterms) == 0 || len(ix.docs) == 0 {
		return nil
	}
	uniq := dedup(qterms)
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	if len(sc.score) < len(ix.docs) {
		sc.score = make([]float64, len(ix.docs))
		sc.matched = make([]int32, len(ix.docs))
	}
	sc.touched = sc.touched[:0]
	for _, t := range uniq {
		ps := ix.postings[t]
		if len(ps) == 0 {
			continue
		}
		idf := ix.idf(len(ps))
		for _, p := range ps {
			d := &ix.docs[p.doc]
			if q.Language != "" && d.article.Language != q.Language {
				continue
			}
			tf := float64(p.tf)
			norm := tf * (bm25K1 + 1) / (tf + bm25K1*(1-bm25B+bm25B*float64(d.length)/ix.avgLen))
			if sc.matched[p.doc] == 0 {
				sc.touched = append(sc.touched, int32(p.doc))
			}
			sc.score[p.doc] += idf * norm
			sc.matched[p.doc]++
		}
	}
	hits := make([]Hit, 0, min(k, len(sc.touched)))
	worst := -1 // index in hits of the lowest-ranked hit once len(hits) == k
	for _, i := range sc.touched {
		h := Hit{Article: ix.docs[i].article, Score: sc.score[i], Coverage: float64(sc.matched[i]) / float64(len(uniq))}
		sc.score[i], sc.matched[i] = 0, 0
		if len(hits) < k {
			hits = append(hits, h)
			if len(hits) == k {
				worst = worstHit(hits)
			}
			continue
		}
		if better(h, hits[worst]) {
			hits[worst] = h
			worst = worstHit(hits)
		}
	}
	sort.Slice(hits, func(i, j int) bool { return better(hits[i], hits[j]) })
	qv := ix.vector(canon)
	for i := range hits {
		hits[i].Match = ix.match(qv, hits[i].Article, q.Synonyms)
	}
	return hits
}

// better orders hits: higher BM25 score first, then article ID.
func better(a, b Hit) bool {
	if a.Score != b.Score {
		return a.Score > b.Score
	}
	return a.Article.ID < b.Article.ID
}

func worstHit(hs []Hit) int {
	w := 0
	for i := range hs {
		if better(hs[w], hs[i]) {
			w = i
		}
	}
	return w
}

// dedup returns ts without repeats, in first-seen order.
func dedup(ts []string) []string {
	out := make([]string, 0, len(ts))
	if len(ts) > 32 {
		seen := make(map[string]bool, len(ts))
		for _, t := range ts {
			if !seen[t] {
				seen[t] = true
				out = append(out, t)
			}
		}
		return out
	}
	for i, t := range ts {
		dup := false
		for _, u := range ts[:i] {
			if u == t {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, t)
		}
	}
	return out
}

// Tokenize splits text into index terms: lowercase words for scripts
// written with spaces, and for Han, Kana, Hangul and Thai runs each
// character plus each pair of adjacent characters.
func Tokenize(text string) []string {
	var out []string
	var word []rune
	var run []rune // a run of unsegmented-script characters
	flushWord := func() {
		if len(word) > 0 {
			w := string(word)
			if !stopword[w] {
				out = append(out, w)
			}
			word = word[:0]
		}
	}
	flushRun := func() {
		for i, r := range run {
			if !unicode.Is(unicode.Thai, r) || !thaiMark(r) {
				out = append(out, string(r))
			}
			if i+1 < len(run) {
				out = append(out, string(run[i:i+2]))
			}
		}
		run = run[:0]
	}
	for _, r := range strings.ToLower(text) {
		switch {
		case unsegmented(r):
			flushWord()
			run = append(run, r)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			flushRun()
			word = append(word, fold(r))
		default:
			flushWord()
			flushRun()
		}
	}
	flushWord()
	flushRun()
	return out
}

func unsegmented(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r) || unicode.Is(unicode.Thai, r)
}

// thaiMark reports Thai vowel and tone marks, which carry no meaning alone.
func thaiMark(r rune) bool {
	return r >= 0x0E31 && r <= 0x0E3A || r >= 0x0E47 && r <= 0x0E4E
}

// fold maps accented Latin letters to their base letter.
func fold(r rune) rune {
	switch r {
	case 'á', 'à', 'â', 'ä', 'ã':
		return 'a'
	case 'é', 'è', 'ê', 'ë':
		return 'e'
	case 'í', 'ì', 'î', 'ï':
		return 'i'
	case 'ó', 'ò', 'ô', 'ö', 'õ':
		return 'o'
	case 'ú', 'ù', 'û', 'ü':
		return 'u'
	case 'ñ':
		return 'n'
	case 'ç':
		return 'c'
	}
	return r
}

// stopword lists very common words of the Latin-script languages whose
// weight BM25 would otherwise spread over every article.
var stopword = map[string]bool{
	"the": true, "a": true, "an": true, "is": true, "are": true, "my": true, "i": true, "to": true, "of": true, "and": true, "do": true, "you": true, "it": true, "in": true, "for": true, "can": true,
	"el": true, "la": true, "los": true, "las": true, "de": true, "que": true, "y": true, "en": true, "un": true, "una": true, "mi": true, "es": true, "por": true,
	"il": true, "lo": true, "di": true, "e": true, "per": true, "der": true, "die": true, "das": true, "und": true, "ist": true, "ich": true, "le": true, "les": true, "et": true, "je": true,
	"saya": true, "yang": true, "ini": true, "itu": true,
}
