package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/standard"
	"github.com/blevesearch/bleve/v2/analysis/lang/cjk"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/ngram"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/regexp"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"

	// Language analyzers used by the per-language mapping.
	_ "github.com/blevesearch/bleve/v2/analysis/lang/de"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/en"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/es"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/fr"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/it"
)

// Custom analyzers registered on every mapping.
const (
	// cjkUni is bleve's cjk analyzer that also emits single characters,
	// the same terms as kefu's Tokenize for Han and Kana.
	cjkUni = "cjk_unigram"
	// thaiNgram gives Thai what bleve lacks: runs of letters and marks
	// cut into character unigrams and bigrams (kefu's approach, in
	// bleve). bleve's unicode tokenizer drops Thai text entirely.
	thaiNgram = "thai_ngram"
)

// newMapping returns an index mapping whose fields are analysed by
// analyzer[field] (one text field per language in retrieval, one field
// "q" for pairs), scored with BM25 when bm25 is set, bleve's TF-IDF
// otherwise.
func newMapping(analyzer map[string]string, bm25 bool) (*mapping.IndexMappingImpl, error) {
	m := bleve.NewIndexMapping()
	if bm25 {
		m.ScoringModel = "bm25"
	}
	if err := m.AddCustomTokenFilter("cjk_bigram_unigram", map[string]any{"type": cjk.BigramName, "output_unigram": true}); err != nil {
		return nil, err
	}
	if err := m.AddCustomAnalyzer(cjkUni, map[string]any{"type": custom.Name, "tokenizer": unicode.Name,
		"token_filters": []any{cjk.WidthName, lowercase.Name, "cjk_bigram_unigram"}}); err != nil {
		return nil, err
	}
	if err := m.AddCustomTokenizer("letters_marks", map[string]any{"type": regexp.Name, "regexp": `[\p{L}\p{M}\p{N}]+`}); err != nil {
		return nil, err
	}
	if err := m.AddCustomTokenFilter("ngram12", map[string]any{"type": ngram.Name, "min": 1.0, "max": 2.0}); err != nil {
		return nil, err
	}
	if err := m.AddCustomAnalyzer(thaiNgram, map[string]any{"type": custom.Name, "tokenizer": "letters_marks",
		"token_filters": []any{lowercase.Name, "ngram12"}}); err != nil {
		return nil, err
	}
	dm := bleve.NewDocumentStaticMapping()
	for field, an := range analyzer {
		fm := bleve.NewTextFieldMapping()
		fm.Analyzer = an
		fm.Store = false
		fm.IncludeTermVectors = false
		fm.IncludeInAll = false
		fm.DocValues = false
		dm.AddFieldMappingsAt(field, fm)
	}
	m.DefaultMapping = dm
	m.DefaultAnalyzer = standard.Name
	return m, m.Validate()
}

// openIndex creates a bleve index (scorch, the default, on disk: bleve's
// in-memory index is the older upsidedown one, which has no BM25) in a
// new directory under dir.
func openIndex(dir string, m mapping.IndexMapping) (bleve.Index, string, error) {
	path, err := os.MkdirTemp(dir, "bleve-")
	if err != nil {
		return nil, "", err
	}
	path = filepath.Join(path, "index")
	ix, err := bleve.New(path, m)
	if err != nil {
		return nil, "", fmt.Errorf("bleve.New: %w", err)
	}
	return ix, path, nil
}

// dirSize is the bytes of the files under dir.
func dirSize(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}
