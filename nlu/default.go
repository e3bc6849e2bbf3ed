package nlu

import (
	"bytes"
	"fmt"
	"sync"

	"github.com/kefu-ai/kefu"
	nlumodel "github.com/kefu-ai/kefu/data/nlu/model"
	"github.com/kefu-ai/kefu/nlu/emotion"
	"github.com/kefu-ai/kefu/nlu/entity"
	"github.com/kefu-ai/kefu/nlu/intent"
	"github.com/kefu-ai/kefu/nlu/lang"
	"github.com/kefu-ai/kefu/nlu/normalize"
	"github.com/kefu-ai/kefu/nlu/sensitive"
)

// ShippedModel loads the e-commerce intent model embedded in the binary.
func ShippedModel() (*intent.Model, error) {
	m, err := intent.Load(bytes.NewReader(nlumodel.Ecommerce))
	if err != nil {
		return nil, fmt.Errorf("shipped intent model: %w", err)
	}
	return m, nil
}

// defaultStages loads the shipped model and the default stages once per
// process (about 0.25 s): they are immutable and safe for concurrent use,
// so every Understander built by NewDefault shares them.
var defaultStages = sync.OnceValues(func() (Config, error) {
	model, err := ShippedModel()
	if err != nil {
		return Config{}, err
	}
	emo, err := emotion.New()
	if err != nil {
		return Config{}, err
	}
	c := Config{Model: model, Emotion: emo}
	if c.Lang, err = lang.New(); err != nil {
		return Config{}, err
	}
	if c.Norm, err = normalize.New(); err != nil {
		return Config{}, err
	}
	if c.Entities, err = entity.New(); err != nil {
		return Config{}, err
	}
	if c.Sensitive, err = sensitive.New(); err != nil {
		return Config{}, err
	}
	return c, nil
})

// NewDefault builds the pipeline kefu serves with: model (nil: the shipped
// one), the default language detector, normaliser, entity extractor,
// emotion and sensitive-topic detectors, and products (may be nil) for
// catalogue entities.
func NewDefault(model *intent.Model, products kefu.ProductService, now kefu.Clock) (*Understander, error) {
	c, err := defaultStages()
	if err != nil {
		return nil, err
	}
	if model != nil {
		c.Model = model
	}
	c.Products, c.Now = products, now
	return New(c)
}
