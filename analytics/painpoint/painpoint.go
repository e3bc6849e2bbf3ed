package painpoint

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/nlu/intent"
	"github.com/kefu-ai/kefu/nlu/normalize"
)

// Delivery is what is known about an order's delivery when the customer
// writes.
type Delivery uint8

// Delivery states.
const (
	DeliveryUnknown Delivery = iota // not known (a chat message without an order)
	OnTime                          // delivered on or before the promised day
	Late                            // delivered after the promised day
	NotDelivered                    // not delivered (yet) when the customer wrote
)

// String returns the state's readable name.
func (d Delivery) String() string {
	switch d {
	case OnTime:
		return "on time"
	case Late:
		return "late"
	case NotDelivered:
		return "not delivered"
	}
	return "unknown"
}

// Review is one piece of customer feedback to classify.
type Review struct {
	// Text is the feedback as written (title and message joined); it may
	// be empty, as for most star-only reviews.
	Text string
	// Score is the star rating 1–5, or 0 when there is none (a chat
	// complaint).
	Score int
	// Delivery is the order's delivery state at feedback time.
	Delivery Delivery
	// Lang is the language of Text for the normaliser's lexicon, "" for
	// the classifier's Options.Lang.
	Lang string
}

// ReviewOf is the feedback of a stored product review: title and text,
// rating and language, with the delivery state of its order if known.
func ReviewOf(r kefu.Review, d Delivery) Review {
	return Review{Text: strings.TrimSpace(r.Title + "\n" + r.Text), Score: r.Rating, Delivery: d, Lang: r.Language}
}

// Example is a labelled Review.
type Example struct {
	Review
	Label string
}

// Options configure Train. The zero value is usable.
type Options struct {
	// Lang is the language given to the normaliser for reviews without
	// their own Review.Lang (default "pt", the language of the Olist
	// reviews the defaults were chosen on).
	Lang string
	// NoSignals ignores Review.Score and Review.Delivery: a text-only
	// classifier.
	NoSignals bool
	// SignalDropout is the share of training examples (every k-th, so
	// training stays deterministic) that are trained without their signal
	// tokens, so the classifier also serves messages that have no score
	// or delivery state, as chat complaints often do. 0 trains every
	// example with its signals.
	SignalDropout float64
	// Text are the text model's settings (package intent). Train fills
	// NoConcepts (the concept table is English), TopK (every label, so
	// Classify scores them all) and Seed (1) when they are zero.
	Text intent.Options
}

// Classifier is a trained pain-point classifier. It is immutable and safe
// for concurrent use.
type Classifier struct {
	model  *intent.Model
	norm   *normalize.Normalizer
	opts   Options
	labels []string
}

// Score is one label's probability.
type Score struct {
	Label string  `json:"label"`
	P     float64 `json:"p"`
}

// Result is the classification of one review.
type Result struct {
	// Label is the most probable label.
	Label string `json:"label"`
	// Confidence is the calibrated probability that Label is right.
	Confidence float64 `json:"confidence"`
	// Scores are every label's calibrated probability, most probable
	// first.
	Scores []Score `json:"scores"`
}

// sharedNorm is the normaliser every Classifier uses: loading the
// lexicons once is enough, and a Normalizer is immutable.
var sharedNorm = sync.OnceValues(normalize.New)

// Signal tokens stand for the order's rating and delivery in the text the
// model reads. They start with "ǂ", a letter no Portuguese, Spanish or
// English review uses, so neither they nor their character n-grams
// collide with words. The score×delivery token lets the linear part of
// the model weigh "1 star and late" apart from its two halves.
func signalTokens(r Review) string {
	var b strings.Builder
	if r.Score >= 1 && r.Score <= 5 {
		b.WriteString(" ǂstar")
		b.WriteString(strconv.Itoa(r.Score))
	}
	var d string
	switch r.Delivery {
	case OnTime:
		d = "ontime"
	case Late:
		d = "late"
	case NotDelivered:
		d = "undelivered"
	}
	if d != "" {
		b.WriteString(" ǂ" + d)
		if r.Score >= 1 && r.Score <= 5 {
			b.WriteString(" ǂs" + strconv.Itoa(r.Score) + d)
		}
	}
	if strings.TrimSpace(r.Text) == "" {
		// A textless review is a kind of its own: those who write
		// nothing complain less.
		b.WriteString(" ǂnotext")
	}
	return b.String()
}

func withDefaults(o Options) Options {
	if o.Lang == "" {
		o.Lang = "pt"
	}
	if o.Text.Concepts == "" {
		o.Text.NoConcepts = true
	}
	if o.Text.Seed == 0 {
		o.Text.Seed = 1
	}
	return o
}

// input is the text the model reads for r.
func (c *Classifier) input(r Review) string {
	lang := r.Lang
	if lang == "" {
		lang = c.opts.Lang
	}
	t := c.norm.Normalize(r.Text, lang)
	if !c.opts.NoSignals {
		t += signalTokens(r)
	}
	return t
}

// Train trains a classifier on examples; every example needs a label.
func Train(examples []Example, o Options) (*Classifier, error) {
	if len(examples) == 0 {
		return nil, errors.New("painpoint: no training examples")
	}
	norm, err := sharedNorm()
	if err != nil {
		return nil, err
	}
	o = withDefaults(o)
	c := &Classifier{norm: norm, opts: o}
	seen := map[string]bool{}
	ex := make([]intent.Example, len(examples))
	for i, e := range examples {
		if e.Label == "" {
			return nil, fmt.Errorf("painpoint: example %d has no label", i)
		}
		if !seen[e.Label] {
			seen[e.Label] = true
			c.labels = append(c.labels, e.Label)
		}
		r := e.Review
		if dropSignals(i, o.SignalDropout) {
			r.Score, r.Delivery = 0, DeliveryUnknown
		}
		ex[i] = intent.Example{Text: c.input(r), Label: e.Label}
	}
	slices.Sort(c.labels)
	if len(c.labels) < 2 {
		return nil, fmt.Errorf("painpoint: one label (%q); a classifier needs two", c.labels[0])
	}
	to := o.Text
	if to.TopK == 0 {
		to.TopK = len(c.labels)
	}
	if to.OOSLabel == "" {
		// No label is out of scope: a name no label can have keeps the
		// intent model's out-of-scope class away from real labels.
		to.OOSLabel = "\x00none"
	}
	to.OOSThreshold = 1e-9 // never declare a review out of scope
	if c.model, err = intent.Train(ex, to); err != nil {
		return nil, fmt.Errorf("painpoint: %w", err)
	}
	return c, nil
}

// Labels returns the labels the classifier knows, sorted.
func (c *Classifier) Labels() []string { return slices.Clone(c.labels) }

// Options returns the options the classifier was trained with, defaults
// filled in.
func (c *Classifier) Options() Options { return c.opts }

// Classify returns the most probable label of r with every label's
// calibrated probability.
func (c *Classifier) Classify(r Review) Result {
	p := c.model.Predict(c.input(r))
	res := Result{Scores: make([]Score, len(p.TopK))}
	for i, s := range p.TopK {
		res.Scores[i] = Score{Label: s.Intent, P: s.Score}
	}
	if len(res.Scores) > 0 {
		res.Label = res.Scores[0].Label
		res.Confidence = res.Scores[0].P
		if !p.OutOfScope && p.Intent == res.Label {
			res.Confidence = p.Confidence
		}
	}
	return res
}

// Predict returns the most probable label of r.
func (c *Classifier) Predict(r Review) string { return c.Classify(r).Label }

// dropSignals reports whether example i of training is one of the share
// p trained without signals: i is, when ⌊(i+1)·p⌋ > ⌊i·p⌋, which spreads
// them evenly through the data.
func dropSignals(i int, p float64) bool {
	if p <= 0 {
		return false
	}
	return math.Floor(float64(i+1)*p) > math.Floor(float64(i)*p)
}
