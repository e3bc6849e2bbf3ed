package nlu

import (
	"context"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/nlu/entity"
	"github.com/kefu-ai/kefu/nlu/intent"
	"github.com/kefu-ai/kefu/nlu/lang"
	"github.com/kefu-ai/kefu/nlu/normalize"
	"github.com/kefu-ai/kefu/nlu/sensitive"
)

// Name prefixes the Source of every Understanding.
const Name = "nlu"

// LanguageSwitch is the detection confidence above which a message's own
// language is reported; below it the conversation's language (the hint)
// is kept, so "ok" or "10023" never switches a Thai conversation. It is
// kefu.LanguageSwitch, the threshold the engine moves a conversation at.
const LanguageSwitch = kefu.LanguageSwitch

// catalogTTL is how long a tenant's product catalogue is reused for
// entity extraction.
const catalogTTL = time.Minute

// EmotionDetector finds the customer's emotion in a message.
type EmotionDetector interface {
	Detect(text, lang string) kefu.Emotion
}

var _ kefu.Understander = (*Understander)(nil)

// Understander is the NLU pipeline. Build it with New; it is safe for
// concurrent use.
type Understander struct {
	prep    *Prep
	intents *intent.Registry
	// shops holds the intent models of shops that have their own
	// (docs/learning.md), by tenant ID; shops without one use intents.
	// Replaced whole on every change (SetShopModel), so readers never
	// lock.
	shops atomic.Pointer[map[string]*intent.Model]
	// corrections holds the shops' accepted corrections served as they
	// are (SetCorrections), by tenant ID; replaced whole like shops.
	corrections atomic.Pointer[map[string]*Corrections]
	entities    *entity.Extractor
	emotion     EmotionDetector
	sensitive   *sensitive.Detector
	products    kefu.ProductService // nil: no product entities
	now         kefu.Clock

	mu       sync.Mutex // guards catalogs and patterns; serialises SetShopModel and SetCorrections
	catalogs map[string]catalogEntry
	patterns map[string]*regexp.Regexp
}

type catalogEntry struct {
	c      *entity.Catalog
	expiry time.Time
}

// Config holds the parts New wires together. Model is required; Emotion
// and Products may be nil.
type Config struct {
	Lang     *lang.Detector
	Norm     *normalize.Normalizer
	Model    *intent.Model
	Entities *entity.Extractor
	Emotion  EmotionDetector
	// Sensitive flags legal, health and fraud topics; nil builds the
	// shipped detector.
	Sensitive *sensitive.Detector
	Products  kefu.ProductService
	Now       kefu.Clock
}

// New builds an Understander; nil Lang, Norm and Entities are built with
// their packages' defaults.
func New(c Config) (*Understander, error) {
	var err error
	if c.Model == nil {
		return nil, kefu.Errorf(kefu.EINTERNAL, "nlu: an intent model is required")
	}
	if c.Lang == nil {
		if c.Lang, err = lang.New(); err != nil {
			return nil, err
		}
	}
	if c.Norm == nil {
		if c.Norm, err = normalize.New(); err != nil {
			return nil, err
		}
	}
	if c.Entities == nil {
		if c.Entities, err = entity.New(); err != nil {
			return nil, err
		}
	}
	if c.Sensitive == nil {
		if c.Sensitive, err = sensitive.New(); err != nil {
			return nil, err
		}
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	return &Understander{sensitive: c.Sensitive,
		prep: &Prep{Lang: c.Lang, Norm: c.Norm, Refs: c.Entities}, intents: intent.NewRegistry(c.Model), entities: c.Entities,
		emotion: c.Emotion, products: c.Products, now: c.Now,
		catalogs: map[string]catalogEntry{}, patterns: map[string]*regexp.Regexp{},
	}, nil
}

// Models returns the registry holding the intent model, for hot swaps.
func (u *Understander) Models() *intent.Registry { return u.intents }

// SetShopModel makes m the intent model of the shop tenantID's messages;
// nil goes back to the shared model (Models). Turns running keep the
// model they started with.
func (u *Understander) SetShopModel(tenantID string, m *intent.Model) {
	u.mu.Lock()
	defer u.mu.Unlock()
	next := map[string]*intent.Model{}
	if cur := u.shops.Load(); cur != nil {
		for k, v := range *cur {
			next[k] = v
		}
	}
	if m == nil {
		delete(next, tenantID)
	} else {
		next[tenantID] = m
	}
	u.shops.Store(&next)
}

// ModelFor returns the intent model that understands the shop's messages:
// its own (SetShopModel), or the shared one.
func (u *Understander) ModelFor(tenantID string) *intent.Model {
	if shops := u.shops.Load(); shops != nil {
		if m := (*shops)[tenantID]; m != nil {
			return m
		}
	}
	return u.intents.Current()
}

// Prep detects a message's language and normalises it: the preparation
// both training examples and live messages get.
type Prep struct {
	Lang *lang.Detector
	Norm *normalize.Normalizer
	// Refs finds order and tracking numbers, which the classifier reads
	// as a placeholder word (Classify); nil reads them as written.
	Refs *entity.Extractor
}

// NewPrep builds a Prep with the default detector and normaliser.
func NewPrep() (*Prep, error) {
	l, err := lang.New()
	if err != nil {
		return nil, err
	}
	n, err := normalize.New()
	if err != nil {
		return nil, err
	}
	x, err := entity.New()
	if err != nil {
		return nil, err
	}
	return &Prep{Lang: l, Norm: n, Refs: x}, nil
}

// Placeholders the classifier reads instead of a message's order and
// tracking numbers: "where is FF-20931" and "where is 10023" are the same
// question, and a shop's order format ("FF-", "GL") must not make it
// another. Training examples get the same (Prep.Prepare).
const (
	OrderRef    = "orderref"
	TrackingRef = "trackingref"
	// ProductRef stands for a product of the shop's catalogue named in
	// the message: the words of a name ("Barrier Repair Moisturiser")
	// are not the customer's ("repair" is not a warranty claim).
	ProductRef = "productref"
	// MeasureRef stands for a weight or volume ("二两", "半斤", "200 g",
	// "200 gramos"): "少了二两" and "少了100克" are the same complaint,
	// however the amount is written, while a count ("少了两个", a missing
	// item) is left as written.
	MeasureRef = "measureref"
)

// Masks says which entities the classifier reads as placeholders; a
// model records it in its options (MasksOf), and text is prepared for it
// the same way.
type Masks struct {
	// Refs: order and tracking numbers and catalogue products.
	Refs bool
	// Measures: weights and volumes (quantities in g or ml).
	Measures bool
}

// MasksOf returns the masks a model trained with o reads text with.
func MasksOf(o intent.Options) Masks {
	return Masks{Refs: o.MaskRefs, Measures: o.MaskMeasures}
}

// isMeasure reports whether a quantity entity is a weight or volume
// (its value is normalised to "N g" or "N ml"; counts are "N item").
func isMeasure(e kefu.Entity) bool {
	return e.Type == entity.TypeQuantity && (strings.HasSuffix(e.Value, " g") || strings.HasSuffix(e.Value, " ml"))
}

// Classify is the text the intent classifier reads: normalized with the
// entities among es that m masks replaced by their placeholders (order
// and tracking numbers, products, measures). Entities the normaliser
// changed beyond lower case are left as they are.
func Classify(normalized string, es []kefu.Entity, m Masks) string {
	for _, e := range es {
		var ph string
		switch {
		case m.Refs && e.Type == entity.TypeOrder:
			ph = OrderRef
		case m.Refs && e.Type == entity.TypeTracking:
			ph = TrackingRef
		case m.Refs && e.Type == entity.TypeProduct:
			ph = ProductRef
		case m.Measures && isMeasure(e):
			ph = MeasureRef
		default:
			continue
		}
		if t := strings.ToLower(e.Text); t != "" {
			normalized = strings.Replace(normalized, t, " "+ph+" ", 1)
		}
	}
	return normalized
}

// Prepare is what training and evaluation give the classifier for a
// text in language hint: the normalised text, with the entities m masks
// (order and tracking numbers found with the default patterns,
// measures) replaced, as Understand prepares a message for a model
// trained so (MasksOf). Public datasets are trained without: their long
// numbers are amounts and account numbers, not orders.
func (p *Prep) Prepare(text, hint string, m Masks) string {
	n, language, _ := p.Normalize(text, hint)
	if m == (Masks{}) || p.Refs == nil {
		return n
	}
	return Classify(n, p.Refs.Extract(text, language, entity.Options{}), m)
}

// Normalize detects the language of text (hint: the conversation's
// language) and normalises the text in it.
func (p *Prep) Normalize(text, hint string) (normalized, language string, confidence float64) {
	res := p.Lang.DetectHint(text, hint)
	language, confidence = res.Lang, res.Confidence
	if language == lang.Unknown {
		language = ""
	}
	return p.Norm.Normalize(text, language), language, confidence
}

// Prep returns the understander's language detector and normaliser.
func (u *Understander) Prep() *Prep { return u.prep }

// Understand implements kefu.Understander.
func (u *Understander) Understand(ctx context.Context, req kefu.UnderstandRequest) (kefu.Understanding, error) {
	text := strings.TrimSpace(req.Text)
	normalized, language, lconf := u.prep.Normalize(text, req.Language)
	// Entities first: the classifier reads order and tracking numbers (in
	// the shop's own format) as placeholders.
	entities := u.entities.Extract(text, language, u.entityOptions(ctx, req.Tenant))
	tenantID := ""
	if req.Tenant != nil {
		tenantID = req.Tenant.ID
	}
	model := u.ModelFor(tenantID)
	classify := normalized
	if m := MasksOf(model.Options()); m != (Masks{}) {
		classify = Classify(normalized, entities, m)
	}
	p := model.Predict(classify)
	// The classifier's out-of-scope decision: when the OOS class itself
	// wins, the intent is out_of_scope; when only the model's OOS
	// threshold rejected the best intent (Predict then names the OOS
	// label but keeps the best intent first in TopK), that intent is kept
	// with its low confidence and the OOS verdict is listed first among
	// the alternatives, so the policy (which thresholds confidence per
	// tenant) decides, and the trace shows both.
	best, conf := p.Intent, p.Confidence
	rejected := p.OutOfScope && len(p.TopK) > 0 && p.TopK[0].Intent != p.Intent
	if rejected {
		// p.Confidence is then the probability that the message is out
		// of scope (models of format 4; 1 − the best intent's recalibrated
		// probability in older ones), so 1 − p.Confidence is the
		// probability that it is in scope: an upper bound of the kept
		// intent's.
		best, conf = p.TopK[0].Intent, 1-p.Confidence
	}
	if p.UnknownWords {
		// None of the message's words was in the training data ("flarn
		// quux", a language the model does not know): whatever the
		// character n-grams scored, the message was not understood. Nor
		// is it out of scope, which says it was understood to be about
		// something else; the policy asks again.
		conf = 0
	}
	und := kefu.Understanding{
		Language:           language,
		LanguageConfidence: round3(lconf),
		Normalized:         normalized,
		Intent:             best,
		Confidence:         round3(conf),
		Source:             Name + "/" + model.Version(),
	}
	for _, s := range p.TopK {
		if s.Intent != best {
			und.Alternatives = append(und.Alternatives, kefu.IntentScore{Intent: s.Intent, Score: round3(s.Score)})
		}
	}
	if rejected {
		und.Alternatives = append([]kefu.IntentScore{{Intent: kefu.IntentOutOfScope, Score: round3(1 - conf)}}, und.Alternatives...)
	}
	und.Entities = entities
	if u.emotion != nil {
		und.Emotion = u.emotion.Detect(withoutProducts(text, entities), language)
	} else {
		und.Emotion = kefu.Emotion{Label: kefu.EmotionNeutral}
	}
	und.Sensitive = u.sensitive.Detect(normalized, language)
	// An accepted correction of this very text (docs/learning.md) says
	// what it means, whatever the model says; nothing else changes.
	if c := u.CorrectionsFor(tenantID).Lookup(normalized, language); c != nil {
		applyCorrection(&und, c, text)
	}
	// A short message that carries what the bot asked for ("10023",
	// "FF-20931 please") answers the question rather than opening a new
	// topic.
	if req.Expecting != "" && hasEntity(und.Entities, req.Expecting) && fewWordsBesides(text, language, und.Entities) {
		und.Alternatives = append([]kefu.IntentScore{{Intent: und.Intent, Score: und.Confidence}}, und.Alternatives...)
		und.Intent, und.Confidence = kefu.IntentProvideInfo, 0.95
	}
	return und, nil
}

// entityOptions returns the tenant's order pattern and catalogue.
func (u *Understander) entityOptions(ctx context.Context, t *kefu.Tenant) entity.Options {
	if t == nil {
		return entity.Options{}
	}
	opts := entity.Options{Currency: t.Settings.Currency}
	now := u.now()
	u.mu.Lock()
	if p := t.Settings.OrderNumberPattern; p != "" {
		re, ok := u.patterns[p]
		if !ok {
			re, _ = regexp.Compile(p) // an invalid pattern is cached as nil
			u.patterns[p] = re
		}
		opts.OrderPattern = re
	}
	ce, ok := u.catalogs[t.ID]
	u.mu.Unlock()
	if ok && now.Before(ce.expiry) {
		opts.Catalog = ce.c
		return opts
	}
	if u.products != nil {
		ps, err := kefu.AllProducts(ctx, u.products, kefu.ProductFilter{TenantID: t.ID})
		if err == nil {
			ce = catalogEntry{c: entity.NewCatalog(ps), expiry: now.Add(catalogTTL)}
			u.mu.Lock()
			u.catalogs[t.ID] = ce
			u.mu.Unlock()
			opts.Catalog = ce.c
		}
	}
	return opts
}

// Forget drops the tenant's cached catalogue, so that the next message
// finds the products as they are now (the admin API calls it on changes).
func (u *Understander) Forget(tenantID string) {
	u.mu.Lock()
	delete(u.catalogs, tenantID)
	u.mu.Unlock()
}

// withoutProducts blanks the catalogue products a message names, for the
// emotion detector: "Barrier Repair Moisturiser" says nothing of how the
// customer feels.
func withoutProducts(text string, es []kefu.Entity) string {
	var b []byte
	for _, e := range es {
		if e.Type != entity.TypeProduct || e.Start < 0 || e.End > len(text) || e.Start >= e.End {
			continue
		}
		if b == nil {
			b = []byte(text)
		}
		for i := e.Start; i < e.End; i++ {
			b[i] = ' '
		}
	}
	if b == nil {
		return text
	}
	return string(b)
}

func hasEntity(es []kefu.Entity, typ string) bool {
	for _, e := range es {
		if e.Type == typ {
			return true
		}
	}
	return false
}

func round3(f float64) float64 { return float64(int(f*1000+0.5)) / 1000 }
