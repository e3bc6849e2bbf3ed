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

// ShippedModel returns the e-commerce intent model embedded in the
// binary. It is loaded once per process (about 0.2 s, 25 MB) and shared:
// models are immutable.
func ShippedModel() (*intent.Model, error) { return shippedModel() }

var shippedModel = sync.OnceValues(func() (*intent.Model, error) {
	m, err := intent.Load(bytes.NewReader(nlumodel.Ecommerce))
	if err != nil {
		return nil, fmt.Errorf("shipped intent model: %w", err)
	}
	return m, nil
})

// defaultStages loads the default stages but the intent model once per
// process: they are immutable and safe for concurrent use, so every
// Understander built by NewDefault shares them. The shipped model is
// loaded only when no other is given, so that a node serving its own
// model does not keep the shipped one as well.
var defaultStages = sync.OnceValues(func() (Config, error) {
	emo, err := emotion.New()
	if err != nil {
		return Config{}, err
	}
	c := Config{Emotion: emo}
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
	if model == nil {
		if model, err = ShippedModel(); err != nil {
			return nil, err
		}
	}
	c.Model, c.Products, c.Now = model, products, now
	return New(c)
}
