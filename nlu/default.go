package nlu

import (
	"bytes"
	"fmt"

	"github.com/kefu-ai/kefu"
	nlumodel "github.com/kefu-ai/kefu/data/nlu/model"
	"github.com/kefu-ai/kefu/nlu/emotion"
	"github.com/kefu-ai/kefu/nlu/intent"
)

// ShippedModel loads the e-commerce intent model embedded in the binary.
func ShippedModel() (*intent.Model, error) {
	m, err := intent.Load(bytes.NewReader(nlumodel.Ecommerce))
	if err != nil {
		return nil, fmt.Errorf("shipped intent model: %w", err)
	}
	return m, nil
}

// NewDefault builds the pipeline kefu serves with: model (nil: the shipped
// one), the default language detector, normaliser, entity extractor and
// emotion detector, and products (may be nil) for catalogue entities.
func NewDefault(model *intent.Model, products kefu.ProductService, now kefu.Clock) (*Understander, error) {
	var err error
	if model == nil {
		if model, err = ShippedModel(); err != nil {
			return nil, err
		}
	}
	emo, err := emotion.New()
	if err != nil {
		return nil, err
	}
	return New(Config{Model: model, Emotion: emo, Products: products, Now: now})
}
