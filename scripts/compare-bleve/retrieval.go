package main

import (
	"fmt"
	"math"
	"os"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/standard"
	"github.com/blevesearch/bleve/v2/analysis/lang/cjk"
	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/knowledge"
)

// k is how many hits each search returns: skills/faq compares the top 10
// by Match.
const k = 10

// engine is one retrieval system under test.
type engine struct {
	name string
	// build indexes arts; search returns article IDs, best first, among
	// the articles in lang.
	build  func(arts []*kefu.Article) error
	search func(text, lang string) ([]string, error)
	close  func()
	// diskBytes is the size of the index on disk, 0 for in-memory.
	diskBytes func() int64
}

// kefuEngine is knowledge.Index as skills/faq uses it (language first, no
// synonyms: the generated tenant has none). rerank orders the top 10 BM25
// hits by Hit.Match, the article skills/faq would answer with.
func kefuEngine(rerank bool) engine {
	var ix *knowledge.Index
	name := "kefu BM25"
	if rerank {
		name = "kefu BM25 → best Match of top 10"
	}
	return engine{
		name:  name,
		build: func(arts []*kefu.Article) error { ix = knowledge.NewIndex(arts); return nil },
		search: func(text, lang string) ([]string, error) {
			hits := ix.Find(knowledge.Query{Text: text, Language: lang, K: k})
			if rerank {
				slices.SortStableFunc(hits, func(a, b knowledge.Hit) int {
					switch {
					case a.Match > b.Match:
						return -1
					case a.Match < b.Match:
						return 1
					}
					return 0
				})
			}
			ids := make([]string, len(hits))
			for i, h := range hits {
				ids[i] = h.Article.ID
			}
			return ids, nil
		},
		close:     func() { ix = nil },
		diskBytes: func() int64 { return 0 },
	}
}

// bleveEngine indexes each article's text as kefu does (title twice,
// tags, body) in a field of its language, analysed by analyzer(lang);
// a match query on that field searches the language's articles only.
func bleveEngine(name, tmp string, analyzer func(lang string) string) engine {
	var (
		ix   bleve.Index
		path string
	)
	return engine{
		name: name,
		build: func(arts []*kefu.Article) error {
			fields := map[string]string{}
			for _, a := range arts {
				fields["text_"+a.Language] = analyzer(a.Language)
			}
			m, err := newMapping(fields, true)
			if err != nil {
				return err
			}
			if ix, path, err = openIndex(tmp, m); err != nil {
				return err
			}
			b := ix.NewBatch()
			for _, a := range arts {
				text := a.Title + " " + a.Title + " " + strings.Join(a.Tags, " ") + " " + a.Body
				if err := b.Index(a.ID, map[string]any{"text_" + a.Language: text}); err != nil {
					return err
				}
				if b.Size() >= 1000 {
					if err := ix.Batch(b); err != nil {
						return err
					}
					b = ix.NewBatch()
				}
			}
			return ix.Batch(b)
		},
		search: func(text, lang string) ([]string, error) {
			q := bleve.NewMatchQuery(text)
			q.SetField("text_" + lang)
			res, err := ix.Search(bleve.NewSearchRequestOptions(q, k, 0, false))
			if err != nil {
				return nil, err
			}
			ids := make([]string, len(res.Hits))
			for i, h := range res.Hits {
				ids[i] = h.ID
			}
			return ids, nil
		},
		close: func() {
			ix.Close()
			os.RemoveAll(path)
		},
		diskBytes: func() int64 { return dirSize(path) },
	}
}

// bleveEngines are the bleve configurations compared: the cjk analyzer
// for every language (the suggestion), and a per-language mapping
// that gives bleve its best shot: stemming analyzers for en/es/it/de/fr,
// cjk for zh/ja, and for Thai, which bleve cannot segment, a custom
// character unigram+bigram analyzer (kefu's approach).
func bleveEngines(tmp string) []engine {
	perLang := map[string]string{"en": "en", "es": "es", "it": "it", "de": "de", "fr": "fr", "zh": cjk.AnalyzerName, "ja": cjk.AnalyzerName, "th": thaiNgram}
	return []engine{
		bleveEngine("bleve cjk analyzer (all languages)", tmp, func(string) string { return cjk.AnalyzerName }),
		bleveEngine("bleve per-language analyzers + Thai n-grams", tmp, func(lang string) string {
			if an, ok := perLang[lang]; ok {
				return an
			}
			return standard.Name
		}),
	}
}

// langResult is one engine's accuracy on one language (or "all") and
// query kind (or "all").
type langResult struct {
	Engine string  `json:"engine"`
	Lang   string  `json:"lang"`
	Kind   string  `json:"kind"`
	N      int     `json:"n"`
	Top1   float64 `json:"top1"`
	Top5   float64 `json:"top5"`
}

// engineResult is one engine's cost.
type engineResult struct {
	Engine    string  `json:"engine"`
	Articles  int     `json:"articles"`
	Queries   int     `json:"queries"`
	BuildMS   float64 `json:"build_ms"`
	HeapMB    float64 `json:"heap_mb"`
	DiskMB    float64 `json:"disk_mb"`
	P50MS     float64 `json:"p50_ms"`
	P99MS     float64 `json:"p99_ms"`
	Top1      float64 `json:"top1"`
	Top5      float64 `json:"top5"`
	ThaiTop1  float64 `json:"th_top1"`
	ZhTop1    float64 `json:"zh_top1"`
	Repeats   int     `json:"latency_repeats"`
	HeapNotes string  `json:"heap_notes,omitempty"`
}

func heapAlloc() uint64 {
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// runEngine builds the engine's index over arts, answers qs once for
// accuracy (and warm-up), then repeats times more for latency, on one
// goroutine.
func runEngine(e engine, arts []article, qs []question, repeats int) (engineResult, []langResult, error) {
	kas := make([]*kefu.Article, len(arts))
	for i, a := range arts {
		kas[i] = a.Article
	}
	before := heapAlloc()
	start := time.Now()
	if err := e.build(kas); err != nil {
		return engineResult{}, nil, fmt.Errorf("%s: build: %w", e.name, err)
	}
	build := time.Since(start)
	heap := int64(heapAlloc()) - int64(before)
	defer e.close()

	type tally struct{ n, top1, top5 int }
	counts := map[[2]string]*tally{}
	add := func(lang, kind string, rank int) {
		for _, key := range [][2]string{{lang, kind}, {lang, "all"}, {"all", kind}, {"all", "all"}} {
			t := counts[key]
			if t == nil {
				t = &tally{}
				counts[key] = t
			}
			t.n++
			if rank == 0 {
				t.top1++
			}
			if rank >= 0 && rank < 5 {
				t.top5++
			}
		}
	}
	var lat []time.Duration
	for r := range repeats + 1 {
		for _, q := range qs {
			t0 := time.Now()
			ids, err := e.search(q.text, q.lang)
			if r > 0 {
				lat = append(lat, time.Since(t0))
			}
			if err != nil {
				return engineResult{}, nil, fmt.Errorf("%s: search %q: %w", e.name, q.text, err)
			}
			if r == 0 {
				add(q.lang, q.kind, rank(ids, q.target, arts))
			}
		}
	}
	slices.Sort(lat)
	res := engineResult{Engine: e.name, Articles: len(arts), Queries: len(qs), BuildMS: ms(build), HeapMB: mb(heap), DiskMB: mb(e.diskBytes()),
		P50MS: ms(lat[len(lat)/2]), P99MS: ms(lat[len(lat)*99/100]), Repeats: repeats}
	var langs []langResult
	for _, lang := range append([]string{"all"}, languages(arts)...) {
		for _, kind := range []string{"all", "drop", "reword"} {
			t := counts[[2]string{lang, kind}]
			if t == nil {
				continue
			}
			lr := langResult{Engine: e.name, Lang: lang, Kind: kind, N: t.n, Top1: round(float64(t.top1) / float64(t.n)), Top5: round(float64(t.top5) / float64(t.n))}
			langs = append(langs, lr)
			if kind == "all" {
				switch lang {
				case "all":
					res.Top1, res.Top5 = lr.Top1, lr.Top5
				case "th":
					res.ThaiTop1 = lr.Top1
				case "zh":
					res.ZhTop1 = lr.Top1
				}
			}
		}
	}
	return res, langs, nil
}

// rank is the position of the target in ids, -1 when absent. An article
// with the same title as the target counts as the target: a question
// made from the title cannot tell them apart (two shops both have
// "Payment methods").
func rank(ids []string, target article, arts []article) int {
	for i, id := range ids {
		if id == target.ID || arts[articleIndex(id)].Title == target.Title {
			return i
		}
	}
	return -1
}

// articleIndex parses the index out of an ID made by generate.
func articleIndex(id string) int {
	var i int
	fmt.Sscanf(id, "g%d", &i)
	return i
}

func ms(d time.Duration) float64 { return round(float64(d.Nanoseconds()) / 1e6) }
func mb(b int64) float64         { return math.Round(float64(b)/(1<<20)*10) / 10 }
