// Package bitext embeds bitext_en.csv, a subset of the Bitext
// customer-support train split mapped to kefu's intents (CDLA-Sharing-1.0;
// see SOURCE.md). The shipped e-commerce model trains on it as well as on
// kefu's own corpus.
package bitext

import (
	"bytes"

	_ "embed"

	"github.com/kefu-ai/kefu/data/nlu/corpus"
)

//go:embed bitext_en.csv
var file []byte

// Load returns the rows.
func Load() ([]corpus.Row, error) {
	return corpus.Read("bitext_en.csv", bytes.NewReader(file))
}
