package risk

import (
	"bytes"
	"fmt"
	"sync"

	riskdata "github.com/kefu-ai/kefu/data/risk"
)

// Default returns the model shipped in the binary, loaded once per
// process. It is trained on synthetic orders (Synthetic), not on the
// public datasets, whose licences do not allow shipping a model trained on
// them; see docs/risk.md. Shops with their own delivery history should
// train on it with "kefu risk train --format features".
func Default() (*Model, error) { return loadDefault() }

// loadDefault loads the embedded model on first use; its result never
// changes afterwards.
var loadDefault = sync.OnceValues(func() (*Model, error) {
	m, err := Load(bytes.NewReader(riskdata.Default))
	if err != nil {
		return nil, fmt.Errorf("shipped risk model: %w", err)
	}
	return m, nil
})
