package intent

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/nlu/metrics"
)

// Example is one labelled training message.
type Example struct {
	// Text is the message, already normalised by the caller.
	Text string
	// Label is the class in multiclass mode.
	Label string
	// Labels are the classes in multi-label mode.
	Labels []string
	// Outlier marks a message from another source that belongs to none of
	// the data's intents (outlier exposure): it is trained as
	// Options.OOSLabel whatever its Label, in every cross-fitting fold,
	// but is no out-of-fold row, so the calibration, the OOS threshold and
	// the cv_* metrics stay on the data's own messages. Multiclass only,
	// and the data must have OOS-labelled messages of its own to
	// calibrate on.
	Outlier bool
	// Weight multiplies the example's loss (0 means 1): how hard the
	// training pulls towards it, e.g. an agent's correction
	// (docs/learning.md).
	Weight float64
}

// Options configure Train. The zero value is usable: zero fields take the
// defaults documented on each field.
type Options struct {
	// Buckets is the size of the feature hash space, a power of two
	// (default 1<<19 = 524,288).
	Buckets int `json:"buckets"`
	// CharMin and CharMax bound the character n-grams taken inside each
	// space-separated word with "<" ">" boundary marks (default 2 and 5).
	CharMin int `json:"char_min"`
	// CharMax is the longest character n-gram in spaced words.
	CharMax int `json:"char_max"`
	// DenseMax is the longest character n-gram (from 1) taken in runs of
	// scripts written without spaces: Chinese, Japanese, Thai, Lao, Khmer,
	// Burmese (default 4).
	DenseMax int `json:"dense_max"`
	// NoChars drops the character n-grams of spaced words (runs of
	// unspaced scripts keep theirs): a word-level model.
	NoChars bool `json:"no_chars,omitempty"`
	// PairWindow, if above 1, adds features for unordered pairs of words
	// at most PairWindow−1 words apart (skip-bigrams).
	PairWindow int `json:"pair_window,omitempty"`
	// DenseRuns adds each whole run of an unspaced script (text between
	// spaces or punctuation) as a word feature.
	DenseRuns bool `json:"dense_runs,omitempty"`
	// FoldDigits maps every ASCII digit to 0 in features, so "7am" and
	// "9am" share them.
	FoldDigits bool `json:"fold_digits,omitempty"`
	// NoBigrams drops word bigram features.
	NoBigrams bool `json:"no_bigrams,omitempty"`
	// WordWeight multiplies word unigram and bigram features before L2
	// normalisation (default 2, +0.25 points of cross-validated accuracy
	// on BANKING77 over 1; 3 and 5 do worse). Character n-grams outnumber words about
	// eight to one, so without it words carry little of the vector's mass.
	WordWeight float64 `json:"word_weight"`
	// NoIDF drops inverse-document-frequency weighting.
	NoIDF bool `json:"no_idf,omitempty"`
	// MinDF drops features seen in fewer training examples (default 2
	// from 5,000 examples on, else 1: on BANKING77 and CLINC150 pruning
	// singletons raised cross-validated accuracy 0.1–0.2 points and halved
	// the model; on small corpora a singleton may be all there is).
	MinDF int `json:"min_df"`
	// Epochs over the training data (default 6; cross-validated accuracy
	// is flat from 6 to 20 on BANKING77).
	Epochs int `json:"epochs"`
	// LearningRate of row-wise Adagrad (default 0.4).
	LearningRate float64 `json:"learning_rate"`
	// L2 is the weight decay applied to the weights a step touches
	// (default 0; negative means 0).
	L2 float64 `json:"l2"`
	// Dropout is the probability of dropping each input feature at each
	// training step (default 0), a regulariser for sparse linear models.
	Dropout float64 `json:"dropout,omitempty"`
	// ClassBalanced weights each example by n/(classes·n_label), so rare
	// labels count as much as common ones.
	ClassBalanced bool `json:"class_balanced,omitempty"`
	// Seed makes training deterministic: same data, options and seed give
	// a byte-identical model file (with a fixed Now).
	Seed uint64 `json:"seed"`
	// Draws, if above 1, trains each linear model that many times with
	// different seeds and averages the weights: the loss is convex, so
	// the average is at least as good as the draws on average, and it
	// varies less from one seed (or one change of the data) to the next
	// (docs/learning.md). Training takes Draws times as long.
	Draws int `json:"draws,omitempty"`
	// HashFolds assigns each example its cross-fitting fold by a hash of
	// its text and the seed instead of a seeded permutation of all
	// examples: adding or removing examples leaves every other example's
	// fold alone (and identical texts share a fold), so a retrain on
	// slightly changed data is calibrated, and draws its OOS threshold,
	// from nearly the same out-of-fold predictions as the model before
	// it (docs/learning.md). Folds are then balanced per class only in
	// expectation.
	HashFolds bool `json:"hash_folds,omitempty"`
	// Folds is the number of cross-fitting folds used for calibration,
	// the OOS threshold, multi-label thresholds and the held-out metrics
	// (default 3, or 2 from 10,000 examples on, where half the data is
	// plenty and training time matters). 1 disables them: temperature 1,
	// no thresholds.
	Folds int `json:"folds"`
	// OOSLabel names the out-of-scope label (default kefu.IntentOutOfScope).
	// If the training data contains it, it is a class; in any case it is
	// what Predict answers when confidence is below the OOS threshold.
	OOSLabel string `json:"oos_label"`
	// MaskRefs records that the examples' order and tracking numbers were
	// read as placeholders (package nlu's Classify), so that whoever
	// classifies with the model prepares text the same way. The intent
	// package itself does nothing with it.
	MaskRefs bool `json:"mask_refs,omitempty"`
	// MaskMeasures records that weights and volumes ("二两", "200 g")
	// were read as a placeholder too (package nlu's Classify). Like
	// MaskRefs it only tells the caller how to prepare text.
	MaskMeasures bool `json:"mask_measures,omitempty"`
	// OOSThreshold, if positive, overrides the fitted threshold (which
	// applies to the OOSScore when the training data has the OOS label,
	// else to p(best)).
	OOSThreshold float64 `json:"oos_threshold,omitempty"`
	// OOSRecall, if in (0, 1), is the out-of-scope recall the fitted
	// threshold aims for: the threshold is the lowest (so in-scope
	// accuracy is the highest) at which the out-of-fold OOS recall, less
	// one standard error, reaches it (the Wilson lower bound with z = 1,
	// so the margin shrinks as OOS rows grow). With fewer than MinOOSRows
	// out-of-fold OOS rows the recall is too noisy to aim at and the
	// OOSWeight objective decides. Default 0: the OOSWeight objective
	// (at 0.7 kefu's corpus dev ECE went 0.022 → 0.048, see
	// docs/nlu-classifier.md).
	OOSRecall float64 `json:"oos_recall,omitempty"`
	// OOSScore is what the OOS threshold applies to: OOSScoreLogRatio
	// (the default) or OOSScoreMargin. Out of fold on CLINC150 (seeds
	// 1–3), in-scope accuracy at OOS recall 0.85 was 93.9% with the log
	// ratio against 92.2% with the margin, which saturates when both
	// probabilities are small (docs/nlu-classifier.md).
	OOSScore string `json:"oos_score,omitempty"`
	// OOSWeight is the weight w of OOS recall in the objective the
	// threshold maximises, (1−w)·in-scope accuracy + w·OOS recall
	// (default 0.1: one missed OOS message weighs as much as
	// 9·n_in/n_oos wrongly rejected in-scope ones).
	OOSWeight float64 `json:"oos_weight"`
	// OutlierWeight weighs each Example.Outlier in training (default 1).
	OutlierWeight float64 `json:"outlier_weight,omitempty"`
	// OOSShare is the share of out-of-scope messages the confidence of a
	// model with an OOS class is calibrated for (default 0.2; negative:
	// no such calibration, Confidence is the top label's as without an
	// OOS class). The training data rarely has the share that will be
	// served (CLINC150: 0.7% in train, 3% in dev, 18% in test), and the
	// probability that an accepted intent is right, or that a rejected
	// message is out of scope, depends on it. The out-of-fold OOS rows
	// are weighted so that they make up this share (Meta.OOSCalib).
	OOSShare float64 `json:"oos_share,omitempty"`
	// Concepts names a concept table whose ids (WordNet synsets, word
	// clusters) become word features, so words sharing a meaning share
	// features (default ConceptsEnglish; see concepts.go). It is stored
	// in the model file.
	Concepts string `json:"concepts,omitempty"`
	// NoConcepts trains without a concept table.
	NoConcepts bool `json:"no_concepts,omitempty"`
	// CrossMax, if at least 3, adds the character n-grams of lengths
	// 3..CrossMax that span the gap between two consecutive words ("o d"
	// of "to do"). Default 0, off: with 5, CLINC150 dev argmax in-scope
	// accuracy rose 0.4 points (seeds 1–3) but fb-multilingual Spanish
	// and Thai fell 0.3–0.4 and training took a third longer
	// (docs/nlu-classifier.md).
	CrossMax int `json:"cross_max,omitempty"`
	// Hidden is the width of the hidden layer of the second model of the
	// ensemble (see hidden.go); negative means no second model, and
	// multi-label models never have one (default 128: against 64,
	// cross-validated accuracy +0.55 points on kefu's corpus, +0.3 on
	// CLINC150, +0.2 on Thai, −0.3 on BANKING77, for about 1.3 µs more
	// per message and 4 MB more in the shipped model).
	Hidden int `json:"hidden"`
	// HiddenEpochs over the training data for the hidden-layer model
	// (default 6; 5, 10 and 20 within 0.2 points of cross-validated
	// accuracy on BANKING77 and CLINC150).
	HiddenEpochs int `json:"hidden_epochs,omitempty"`
	// HiddenRate is the hidden-layer model's Adagrad learning rate
	// (default 0.1).
	HiddenRate float64 `json:"hidden_rate,omitempty"`
	// MultiLabel trains one-vs-rest sigmoid outputs on Example.Labels.
	MultiLabel bool `json:"multi_label,omitempty"`
	// TopK is how many alternatives Predict returns (default 3).
	TopK int `json:"top_k"`
	// Version is stored in the model metadata.
	Version string `json:"version,omitempty"`
	// Workers bounds training parallelism (default GOMAXPROCS). The result
	// does not depend on it.
	Workers int `json:"-"`
	// Now is the clock for Meta.Created (default time.Now).
	Now func() time.Time `json:"-"`
}

func (o Options) withDefaults() Options {
	def := func(p *int, v int) {
		if *p <= 0 {
			*p = v
		}
	}
	def(&o.Buckets, 1<<19)
	def(&o.CharMin, 2)
	def(&o.CharMax, 5)
	def(&o.DenseMax, 4)
	def(&o.Epochs, 6)
	def(&o.TopK, 3)
	def(&o.Workers, runtime.GOMAXPROCS(0))
	if o.WordWeight <= 0 {
		o.WordWeight = 2
	}
	if o.LearningRate <= 0 {
		o.LearningRate = 0.4
	}
	if o.Dropout < 0 || o.Dropout >= 1 {
		o.Dropout = 0
	}
	if o.L2 < 0 {
		o.L2 = 0
	}
	if o.Hidden == 0 {
		o.Hidden = 128
	}
	if o.NoConcepts {
		o.Concepts = ""
	} else if o.Concepts == "" {
		o.Concepts = ConceptsEnglish
	}
	if o.CrossMax < 3 {
		o.CrossMax = 0
	}
	if o.MultiLabel || o.Hidden < 0 {
		o.Hidden = -1
	}
	if o.Hidden > 0 {
		def(&o.HiddenEpochs, 6)
		if o.HiddenRate <= 0 {
			o.HiddenRate = 0.1
		}
	}
	if o.OOSRecall < 0 || o.OOSRecall >= 1 {
		o.OOSRecall = 0
	}
	if o.OOSWeight <= 0 || o.OOSWeight >= 1 {
		o.OOSWeight = 0.1
	}
	if o.OOSScore != OOSScoreMargin {
		o.OOSScore = OOSScoreLogRatio
	}
	if o.OutlierWeight <= 0 {
		o.OutlierWeight = 1
	}
	switch {
	case o.OOSShare < 0:
		o.OOSShare = -1
	case o.OOSShare == 0 || o.OOSShare >= 1:
		o.OOSShare = 0.2
	}
	if o.OOSLabel == "" {
		o.OOSLabel = kefu.IntentOutOfScope
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return o
}

func (o Options) validate() error {
	if o.Buckets&(o.Buckets-1) != 0 || o.Buckets > 1<<26 {
		return fmt.Errorf("intent: Buckets %d is not a power of two ≤ 2^26", o.Buckets)
	}
	if o.CharMin > o.CharMax && !o.NoChars {
		return fmt.Errorf("intent: CharMin %d > CharMax %d", o.CharMin, o.CharMax)
	}
	if o.CrossMax > MaxCross {
		return fmt.Errorf("intent: CrossMax %d > %d", o.CrossMax, MaxCross)
	}
	return nil
}

// dataset is the vectorised training data in compressed sparse rows.
type dataset struct {
	off  []int // example i's features are rows[off[i]:off[i+1]]
	rows []int32
	vals []float32
	y    []int32 // multiclass label, or -1
	ys   [][]int32
	wt   []float32 // per-example weight
}

// fitted is one trained linear model.
type fitted struct {
	w, bias []float32
	scales  []float32 // per-row int8 quantisation scale
	hid     *hidden   // nil without Options.Hidden
}

// Train fits a model to the examples. It is deterministic given the data
// and opts (see Options.Seed).
func Train(examples []Example, opts Options) (*Model, error) {
	o := opts.withDefaults()
	if o.MinDF <= 0 {
		o.MinDF = 1
		if len(examples) >= 5000 {
			o.MinDF = 2
		}
	}
	if o.Folds <= 0 {
		o.Folds = 3
		if len(examples) >= 10000 {
			o.Folds = 2
		}
	}
	if err := o.validate(); err != nil {
		return nil, err
	}
	if len(examples) == 0 {
		return nil, errors.New("intent: no training examples")
	}
	nOutliers := 0
	if i := slices.IndexFunc(examples, func(e Example) bool { return e.Outlier }); i >= 0 {
		if o.MultiLabel {
			return nil, fmt.Errorf("intent: example %d: outliers need a multiclass model", i)
		}
		if !slices.ContainsFunc(examples, func(e Example) bool { return !e.Outlier && e.Label == o.OOSLabel }) {
			return nil, fmt.Errorf("intent: outliers need examples labelled %q to calibrate on", o.OOSLabel)
		}
		examples = slices.Clone(examples)
		for i := range examples {
			if examples[i].Outlier {
				examples[i].Label = o.OOSLabel
				nOutliers++
			}
		}
	}
	labels, err := labelSet(examples, o.MultiLabel)
	if err != nil {
		return nil, err
	}
	if len(labels) < 2 {
		return nil, fmt.Errorf("intent: need at least 2 labels, have %d", len(labels))
	}
	C := len(labels)
	index := make(map[string]int32, C)
	for i, l := range labels {
		index[l] = int32(i)
	}
	feat, err := newFeaturizer(o)
	if err != nil {
		return nil, err
	}

	m := &Model{
		feat:   feat,
		nclass: C,
		topK:   o.TopK,
	}

	// Document frequency per bucket decides which features get a row.
	s := &scratch{}
	df := make([]int32, o.Buckets)
	perEx := make([][]uint32, len(examples))
	var prints []uint32
	for i, e := range examples {
		c, w := m.feat.buckets(e.Text, s, nil, nil)
		prints, _ = wordPrints(s, prints)
		b := append(c, w...)
		slices.Sort(b)
		b = slices.Compact(b)
		perEx[i] = b
		for _, x := range b {
			df[x]++
		}
	}
	for b, d := range df {
		if int(d) >= o.MinDF && d > 0 {
			m.rowBucket = append(m.rowBucket, uint32(b))
		}
	}
	m.rowOf = newRowIndex(o.Buckets, m.rowBucket)
	m.vocab = buildVocab(prints)
	m.idf = make([]float32, len(m.rowBucket))
	n := float64(len(examples))
	for r, b := range m.rowBucket {
		m.idf[r] = 1
		if !o.NoIDF {
			m.idf[r] = float32(math.Log((1+n)/(1+float64(df[b]))) + 1)
		}
	}

	ds := &dataset{off: make([]int, 1, len(examples)+1), y: make([]int32, len(examples)), wt: make([]float32, len(examples))}
	if o.MultiLabel {
		ds.ys = make([][]int32, len(examples))
	}
	for i, e := range examples {
		vectorize(&m.feat, m.rowOf, m.idf, e.Text, s)
		ds.rows = append(ds.rows, s.rows...)
		ds.vals = append(ds.vals, s.vals...)
		ds.off = append(ds.off, len(ds.rows))
		ds.wt[i] = 1
		if o.MultiLabel {
			ds.y[i] = -1
			for _, l := range e.Labels {
				ds.ys[i] = append(ds.ys[i], index[l])
			}
			slices.Sort(ds.ys[i])
			ds.ys[i] = slices.Compact(ds.ys[i])
		} else {
			ds.y[i] = index[e.Label]
		}
	}
	if o.ClassBalanced && !o.MultiLabel {
		cnt := make([]int, C)
		for _, y := range ds.y {
			cnt[y]++
		}
		for i, y := range ds.y {
			ds.wt[i] = float32(n / float64(C*cnt[y]))
		}
	}
	for i, e := range examples {
		if e.Outlier {
			ds.wt[i] *= float32(o.OutlierWeight)
		}
		if e.Weight > 0 {
			ds.wt[i] *= float32(e.Weight)
		}
	}

	// Jobs: one model per cross-fitting fold (trained without it), plus
	// the final model on everything. Each has its own seed, so the result
	// does not depend on scheduling.
	folds := foldsOf(ds, examples, C, o)
	K := o.Folds
	if K < 2 {
		K = 0
	}
	jobs := make([]fitted, K+1)
	// Out-of-fold logits of each model, written by the job that trained
	// the example's fold model (so in parallel, each example once).
	var oof, oofH [][]float32
	if K > 0 {
		oof = make([][]float32, len(examples))
		if o.Hidden > 0 {
			oofH = make([][]float32, len(examples))
		}
	}
	// Each job trains one of the two models of one fold (or of the final
	// model, index K); the hidden-layer ones are the longest and go
	// first, so two workers finish together.
	type task struct {
		j      int
		hidden bool
	}
	queue := make(chan task, 2*(K+1))
	if o.Hidden > 0 {
		for j := K; j >= 0; j-- {
			queue <- task{j, true}
		}
	}
	for j := K; j >= 0; j-- {
		queue <- task{j, false}
	}
	close(queue)
	var wg sync.WaitGroup
	for range max(1, min(o.Workers, len(queue))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range queue {
				j := t.j
				var idx []int
				for i := range examples {
					if j == K || folds[i] != j {
						idx = append(idx, i)
					}
				}
				// A fold model makes as many SGD steps as the final model
				// (more epochs over fewer examples). With the same number
				// of epochs it made fewer, was less sure of itself, and the
				// temperature fitted on it left the final model
				// over-confident: kefu corpus dev ECE 0.044 with K = 2,
				// 0.025 step-matched.
				oj := o
				if j < K {
					oj.Epochs = stepMatched(o.Epochs, len(examples), len(idx))
					oj.HiddenEpochs = stepMatched(o.HiddenEpochs, len(examples), len(idx))
				}
				// Each job writes only its own fields of jobs[j].
				if t.hidden {
					h := trainHidden(ds, idx, len(m.rowBucket), C, oj, o.Seed*0xbf58476d1ce4e5b9+uint64(j)+1)
					jobs[j].hid = h
					if j < K {
						e := make([]float32, h.H)
						var act []int32
						var actv []float32
						for i := range examples {
							if folds[i] == j {
								z := make([]float32, C)
								act, actv = h.forward(C, ds.rows[ds.off[i]:ds.off[i+1]], ds.vals[ds.off[i]:ds.off[i+1]], e, act, actv, z)
								oofH[i] = z
							}
						}
					}
					continue
				}
				f := sgd(ds, idx, len(m.rowBucket), C, oj, o.Seed*0x9e3779b97f4a7c15+uint64(j)+1)
				if o.Draws > 1 {
					f = averageDraws(f, o.Draws, func(d int) fitted {
						seed := o.Seed + uint64(d)<<32
						return sgd(ds, idx, len(m.rowBucket), C, oj, seed*0x9e3779b97f4a7c15+uint64(j)+1)
					})
				}
				jobs[j].w, jobs[j].bias, jobs[j].scales = f.w, f.bias, quantize(f.w, C)
				if j < K {
					for i := range examples {
						if folds[i] == j {
							z := make([]float32, C)
							logits(f.w, f.bias, C, ds.rows[ds.off[i]:ds.off[i+1]], ds.vals[ds.off[i]:ds.off[i+1]], z)
							oof[i] = z
						}
					}
				}
			}
		}()
	}
	wg.Wait()
	m.w, m.bias, m.scales, m.hid = jobs[K].w, jobs[K].bias, jobs[K].scales, jobs[K].hid

	m.meta = Meta{
		FormatVersion:  FormatVersion,
		Version:        o.Version,
		TrainingSHA256: dataHash(examples, o.MultiLabel),
		Examples:       len(examples),
		Outliers:       nOutliers,
		Labels:         labels,
		Options:        o,
		Metrics:        map[string]float64{},
		Temperature:    1,
		HiddenWeight:   1,
		Rows:           len(m.rowBucket),
	}
	m.oos = -1
	m.oosLabel = o.OOSLabel
	if i, ok := index[o.OOSLabel]; ok && !o.MultiLabel {
		m.oos = int(i)
	}
	if K > 0 && nOutliers > 0 {
		// The fits below see only the data's own messages.
		own := &dataset{}
		var oofOwn, oofHOwn [][]float32
		for i, e := range examples {
			if e.Outlier {
				continue
			}
			own.y = append(own.y, ds.y[i])
			oofOwn = append(oofOwn, oof[i])
			if oofH != nil {
				oofHOwn = append(oofHOwn, oofH[i])
			}
		}
		ds, oof, oofH = own, oofOwn, oofHOwn
	}
	if K > 0 {
		if m.hid != nil {
			// The two models' out-of-fold logits decide how much the
			// hidden one weighs; calibrate then fits the temperature of
			// the sum (1/a for the NLL-optimal a·z1 + b·z2).
			m.meta.Metrics["cv_accuracy_linear"] = oofAccuracy(ds, oof)
			m.meta.Metrics["cv_accuracy_hidden"] = oofAccuracy(ds, oofH)
			a, b := fitBlend(ds, oof, oofH)
			if a > 0 && b > 0 {
				m.meta.HiddenWeight = b / a
				// Where calibrate's temperature search starts: 1/a is
				// already the optimum but for float32 rounding.
				m.meta.Temperature = 1 / a
			} else {
				// One model hurts the other (Bitext, 99.9% either way, gave
				// a < 0): serve the linear one alone.
				m.meta.HiddenWeight = 0
				m.hid = nil
			}
			m.meta.Metrics["cv_blend_linear"] = a
			m.meta.Metrics["cv_blend_hidden"] = b
			hw := float32(m.meta.HiddenWeight)
			for i, z := range oof {
				for c := range z {
					z[c] += hw * oofH[i][c]
				}
			}
		}
		calibrate(m, ds, oof, o)
	}
	if o.MultiLabel && m.meta.LabelThresholds == nil {
		// No held-out data to tune on (Folds 1): the Bayes threshold of a
		// calibrated probability.
		m.meta.LabelThresholds = make([]float64, C)
		for c := range m.meta.LabelThresholds {
			m.meta.LabelThresholds[c] = 0.5
		}
	}
	if o.OOSThreshold > 0 {
		m.meta.OOSThreshold = o.OOSThreshold
	}
	m.meta.Created = o.Now().UTC()
	m.finish()
	return m, nil
}

// averageDraws returns the average of first and draws−1 more linear
// fits (draw(1) … draw(draws−1)), weights and biases alike.
func averageDraws(first fitted, draws int, draw func(d int) fitted) fitted {
	for d := 1; d < draws; d++ {
		g := draw(d)
		for i, v := range g.w {
			first.w[i] += v
		}
		for i, v := range g.bias {
			first.bias[i] += v
		}
	}
	inv := 1 / float32(draws)
	for i := range first.w {
		first.w[i] *= inv
	}
	for i := range first.bias {
		first.bias[i] *= inv
	}
	return first
}

// finish derives the fields Predict reads from meta.
func (m *Model) finish() {
	m.invTemp = float32(1 / m.meta.Temperature)
	m.hidWeight = float32(m.meta.HiddenWeight)
	m.threshold = m.meta.OOSThreshold
	m.labelThr = m.meta.LabelThresholds
	m.topK = max(1, m.meta.Options.TopK)
	m.oosLabel = m.meta.Options.OOSLabel
	m.oos = -1
	if !m.meta.Options.MultiLabel {
		if i := slices.Index(m.meta.Labels, m.oosLabel); i >= 0 {
			m.oos = i
		}
	}
}

func labelSet(examples []Example, multi bool) ([]string, error) {
	seen := map[string]bool{}
	for i, e := range examples {
		ls := []string{e.Label}
		if multi {
			ls = e.Labels
			if len(ls) == 0 {
				return nil, fmt.Errorf("intent: example %d has no labels", i)
			}
		}
		for _, l := range ls {
			if l == "" {
				return nil, fmt.Errorf("intent: example %d has an empty label", i)
			}
			seen[l] = true
		}
	}
	labels := make([]string, 0, len(seen))
	for l := range seen {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	return labels, nil
}

func dataHash(examples []Example, multi bool) string {
	h := sha256.New()
	for _, e := range examples {
		h.Write([]byte(e.Text))
		h.Write([]byte{0})
		if e.Outlier {
			h.Write([]byte{1}) // a control byte no label has
		}
		if multi {
			h.Write([]byte(strings.Join(e.Labels, ";")))
		} else {
			h.Write([]byte(e.Label))
		}
		h.Write([]byte{'\n'})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// foldsOf assigns examples to folds, stratified by (first) label: a seeded
// shuffle, then each label's examples dealt round-robin. Outliers get
// fold −1: they are in every fold model's training data and never held
// out.
func foldsOf(ds *dataset, examples []Example, C int, o Options) []int {
	n := len(ds.y)
	folds := make([]int, n)
	if o.Folds < 2 {
		return folds
	}
	if o.HashFolds {
		for i, e := range examples {
			folds[i] = -1
			if !e.Outlier {
				h := fnv.New64a()
				fmt.Fprintf(h, "%d\x00%s", o.Seed, e.Text)
				folds[i] = int(h.Sum64() % uint64(o.Folds))
			}
		}
		return folds
	}
	rng := rand.New(rand.NewPCG(o.Seed, 0x5eed))
	perm := rng.Perm(n)
	next := make([]int, C)
	for _, i := range perm {
		if examples[i].Outlier {
			folds[i] = -1
			continue
		}
		y := ds.y[i]
		if y < 0 {
			y = ds.ys[i][0]
		}
		folds[i] = next[y] % o.Folds
		next[y]++
	}
	return folds
}

// sgd trains softmax (or one-vs-rest sigmoid) regression with row-wise
// Adagrad: one accumulator per feature row, scaled by the example's mean
// squared class gradient. One sqrt per feature instead of per weight keeps
// an epoch over 15k short messages well under a second.
func sgd(ds *dataset, idx []int, nrows, C int, o Options, seed uint64) fitted {
	w := make([]float32, nrows*C)
	bias := make([]float32, C)
	acc := make([]float32, nrows)
	accB := float32(0)
	const acc0 = 0.1 // initial accumulator: tames the first steps
	for i := range acc {
		acc[i] = acc0
	}
	accB = acc0
	g := make([]float32, C)
	z := make([]float32, C)
	active := make([]int32, 0, C)
	keep := float32(1 - o.Dropout)
	var dr []int32
	var dv []float32
	const gradEps = 1e-4
	rng := rand.New(rand.NewPCG(seed, seed^0xda3e39cb94b95bdb))
	order := slices.Clone(idx)
	lr := float32(o.LearningRate)
	l2 := float32(o.L2)
	for ep := 0; ep < o.Epochs; ep++ {
		rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		for _, i := range order {
			rows := ds.rows[ds.off[i]:ds.off[i+1]]
			vals := ds.vals[ds.off[i]:ds.off[i+1]]
			if keep < 1 {
				// Inverted feature dropout: a fresh random subset of the
				// features each time the example is seen.
				dr, dv = dr[:0], dv[:0]
				for k, r := range rows {
					if rng.Float32() < keep {
						dr = append(dr, r)
						dv = append(dv, vals[k]/keep)
					}
				}
				rows, vals = dr, dv
			}
			logits(w, bias, C, rows, vals, z)
			if o.MultiLabel {
				for c := range z {
					g[c] = float32(sigmoid(float64(z[c])))
				}
				for _, y := range ds.ys[i] {
					g[y] -= 1
				}
			} else {
				softmax32(z, 1)
				copy(g, z)
				g[ds.y[i]] -= 1
			}
			// Only classes with a non-negligible gradient are updated: after
			// the first epoch most probabilities are ~0, so the update
			// touches a handful of classes instead of all C.
			wt := ds.wt[i]
			gg := float32(0)
			active = active[:0]
			for c := range g {
				g[c] *= wt
				gg += g[c] * g[c]
				if g[c] > gradEps || g[c] < -gradEps {
					active = append(active, int32(c))
				}
			}
			gg /= float32(C)
			for k, r := range rows {
				v := vals[k]
				acc[r] += v * v * gg
				st := lr / float32(math.Sqrt(float64(acc[r])))
				row := w[int(r)*C : int(r)*C+C]
				sv := st * v
				if l2 > 0 {
					dec := 1 - st*l2
					for c := range row {
						row[c] = row[c]*dec - sv*g[c]
					}
				} else {
					for _, c := range active {
						row[c] -= sv * g[c]
					}
				}
			}
			accB += gg
			st := lr / float32(math.Sqrt(float64(accB)))
			for c := range bias {
				bias[c] -= st * g[c]
			}
		}
	}
	return fitted{w: w, bias: bias}
}

// quantize rounds each row to int8 levels of its own scale (max |w|/127),
// in place, so the trained model predicts exactly as the saved one. It
// returns the scales.
func quantize(w []float32, C int) []float32 {
	scales := make([]float32, 0, len(w)/C)
	for off := 0; off < len(w); off += C {
		row := w[off : off+C]
		scale := rowScale(row)
		scales = append(scales, scale)
		if scale == 0 {
			continue
		}
		for c, v := range row {
			row[c] = float32(int8(math.Round(float64(v/scale)))) * scale
		}
	}
	return scales
}

func rowScale(row []float32) float32 {
	mx := float32(0)
	for _, v := range row {
		mx = max(mx, float32(math.Abs(float64(v))))
	}
	return mx / 127
}

// calibrate fits the temperature, thresholds and held-out metrics from
// out-of-fold logits.
func calibrate(m *Model, ds *dataset, oof [][]float32, o Options) {
	C := m.nclass
	T := 1.0
	if o.MultiLabel {
		// One temperature cannot calibrate seven labels with base rates
		// from 2% to 35%: fit Platt scaling σ(a·z+b) per label.
		m.meta.LabelPlatt = make([]float64, 2*C)
		x := make([]float64, len(oof))
		y := make([]bool, len(oof))
		for c := range C {
			for i, z := range oof {
				x[i] = float64(z[c])
				y[i] = slices.Contains(ds.ys[i], int32(c))
			}
			m.meta.LabelPlatt[2*c], m.meta.LabelPlatt[2*c+1] = fitPlatt(x, y)
		}
	} else {
		T = fitTemperature(ds, oof, 1/m.meta.Temperature)
		m.meta.Temperature = T
	}
	probs := make([][]float64, len(oof))
	for i, z := range oof {
		p := make([]float64, C)
		if o.MultiLabel {
			for c := range z {
				p[c] = sigmoid(m.meta.LabelPlatt[2*c]*float64(z[c]) + m.meta.LabelPlatt[2*c+1])
			}
		} else {
			softmax64(z, 1/T, p)
		}
		probs[i] = p
	}
	labels := m.meta.Labels
	conf := make([]float64, len(probs))
	correct := make([]bool, len(probs))
	gold := make([]string, len(probs))
	pred := make([]string, len(probs))
	nll := 0.0
	for i, p := range probs {
		best := argmax(p)
		conf[i] = p[best]
		pred[i] = labels[best]
		if o.MultiLabel {
			correct[i] = slices.Contains(ds.ys[i], int32(best))
			for c := range p {
				q := p[c]
				if slices.Contains(ds.ys[i], int32(c)) {
					nll -= math.Log(max(q, 1e-12))
				} else {
					nll -= math.Log(max(1-q, 1e-12))
				}
			}
		} else {
			gold[i] = labels[ds.y[i]]
			correct[i] = best == int(ds.y[i])
			nll -= math.Log(max(p[ds.y[i]], 1e-12))
		}
	}
	mt := m.meta.Metrics
	mt["cv_ece"] = metrics.ECE(conf, correct)
	mt["cv_nll"] = nll / float64(len(probs))
	if o.MultiLabel {
		thr := make([]float64, C)
		for c := range thr {
			thr[c] = bestF1Threshold(probs, ds.ys, c)
		}
		m.meta.LabelThresholds = thr
		g := make([][]string, len(probs))
		pr := make([][]string, len(probs))
		for i, p := range probs {
			for _, y := range ds.ys[i] {
				g[i] = append(g[i], labels[y])
			}
			for c := range p {
				if p[c] >= thr[c] {
					pr[i] = append(pr[i], labels[c])
				}
			}
			if len(pr[i]) == 0 {
				pr[i] = []string{labels[argmax(p)]}
			}
		}
		mt["cv_macro_f1"] = metrics.MultiLabelMacroF1(g, pr)
		top := 0
		for _, ok := range correct {
			if ok {
				top++
			}
		}
		mt["cv_top1_precision"] = float64(top) / float64(len(correct))
		// The best of seven calibrated marginals is biased upwards (it is a
		// maximum); recalibrate it for the event "the top label is right".
		x := make([]float64, len(conf))
		for i, c := range conf {
			x[i] = logit(c)
		}
		a, b := fitPlatt(x, correct)
		m.meta.TopPlatt = []float64{a, b}
		for i := range conf {
			conf[i] = sigmoid(a*x[i] + b)
		}
		mt["cv_ece"] = metrics.ECE(conf, correct)
		return
	}
	// One temperature fits the average shape only: out of fold on kefu's
	// corpus, predictions at 0.16 were right 24% of the time and those at
	// 0.98 96%. Platt scaling of the top label's logit bends it back;
	// TopK keeps the temperature-scaled probabilities.
	x := make([]float64, len(conf))
	for i, c := range conf {
		x[i] = logit(c)
	}
	a, b := fitPlatt(x, correct)
	m.meta.TopPlatt = []float64{a, b}
	top := make([]float64, len(conf))
	for i := range top {
		top[i] = sigmoid(a*x[i] + b)
	}
	mt["cv_ece_temperature"] = mt["cv_ece"]
	mt["cv_ece"] = metrics.ECE(top, correct)
	mt["cv_accuracy"] = metrics.Accuracy(gold, pred)
	mt["cv_macro_f1"] = metrics.MacroF1(gold, pred)
	if m.oos >= 0 {
		// The threshold applies to the model's OOS score (oosScore): by
		// default ln p(best in-scope label) − ln p(OOS), formerly
		// p(best) − p(OOS).
		margin := make([]float64, len(conf))
		pIn := make([]float64, len(conf))
		for i, p := range probs {
			pIn[i] = p[bestInScope(p, m.oos)]
			margin[i] = oosScore(o.OOSScore, pIn[i], p[m.oos], conf[i])
		}
		// Threshold-free: the in-scope accuracy at the lowest threshold
		// whose out-of-fold OOS recall reaches 0.75, 0.80, 0.85, to
		// compare models whatever threshold each would be given.
		for _, r := range []float64{0.75, 0.80, 0.85} {
			mt[fmt.Sprintf("cv_in_scope_at_recall%02.0f", 100*r)] = inScopeAtRecall(margin, pred, gold, m.oosLabel, r)
		}
		thr, byRecall := fitOOSThreshold(margin, pred, gold, m.oosLabel, o.OOSRecall, o.OOSWeight)
		if byRecall {
			mt["cv_oos_by_recall"] = 1
		}
		m.meta.OOSThreshold = thr
		m.meta.OOSMargin = o.OOSScore == OOSScoreMargin
		for i := range pred {
			if margin[i] < thr {
				pred[i] = m.oosLabel
			}
		}
		mt["cv_in_scope_accuracy"] = metrics.InScopeAccuracy(gold, pred, m.oosLabel)
		mt["cv_oos_recall"] = metrics.OOSRecall(gold, pred, m.oosLabel)
		// The confidence in each decision, as Predict reports it, and
		// whether the decision was right.
		dconf := make([]float64, len(probs))
		right := make([]bool, len(probs))
		xs := make([][2]float64, len(probs))
		for i, p := range probs {
			xs[i] = oosFeatures(pIn[i], p[m.oos])
			right[i] = pred[i] == gold[i]
			dconf[i] = top[i]
			if pred[i] == m.oosLabel && argmax(p) != m.oos {
				dconf[i] = 1 - top[i]
			}
		}
		if o.OOSShare > 0 {
			m.meta.OOSCalib = fitOOSCalib(xs, pred, gold, m.oosLabel, o.OOSShare)
			for i, x := range xs {
				dconf[i] = m.meta.OOSCalib.confidence(x, pred[i] == m.oosLabel)
			}
		}
		// ECE of the decisions with the out-of-fold OOS rows resampled to
		// the shares kefu eval --oos-mix reports.
		for _, sh := range []float64{0.03, 0.10, 0.18, 0.30} {
			idx := metrics.OOSMix(gold, m.oosLabel, sh, o.Seed)
			c, ok := make([]float64, len(idx)), make([]bool, len(idx))
			for k, i := range idx {
				c[k], ok[k] = dconf[i], right[i]
			}
			mt[fmt.Sprintf("cv_ece_oos%02.0f", 100*sh)] = metrics.ECE(c, ok)
		}
	}
}

// oosFeatures are what the out-of-scope calibration reads of a
// prediction: logit p(best in-scope label) and logit p(OOS class).
func oosFeatures(pIn, pOOS float64) [2]float64 {
	return [2]float64{logit(pIn), logit(pOOS)}
}

// bestInScope is the most probable label other than the OOS one.
func bestInScope[F float32 | float64](p []F, oos int) int {
	best := -1
	for c, v := range p {
		if c != oos && (best < 0 || v > p[best]) {
			best = c
		}
	}
	return best
}

// The scores an OOS threshold can apply to (Options.OOSScore).
const (
	// OOSScoreLogRatio is ln p(best in-scope label) − ln p(OOS), the
	// logit of the best in-scope label against the OOS class.
	OOSScoreLogRatio = "log_ratio"
	// OOSScoreMargin is p(best) − p(OOS) (0 when the OOS class is best).
	OOSScoreMargin = "margin"
)

// oosScore is the score the OOS threshold applies to, from the best
// in-scope label's probability, the OOS class's and the best label's.
// Below the threshold a prediction is out of scope.
func oosScore(kind string, pIn, pOOS, pBest float64) float64 {
	if kind == OOSScoreLogRatio {
		// Probabilities are floored so that a float32 underflow to 0 at
		// prediction time gives a finite score, far beyond any threshold.
		const tiny = 1e-30
		return math.Log(max(pIn, tiny)) - math.Log(max(pOOS, tiny))
	}
	return pBest - pOOS
}

// OOSCalib maps the out-of-scope features (oosFeatures) of a prediction
// to the probability that its decision is right: OOSCalib[0:3] for an
// accepted intent (a·x₁ + b·x₂ + c), OOSCalib[3:6] for a message
// declared out of scope.
type OOSCalib []float64

func (oc OOSCalib) confidence(x [2]float64, rejected bool) float64 {
	c := oc[:3]
	if rejected {
		c = oc[3:6]
	}
	return sigmoid(c[0]*x[0] + c[1]*x[1] + c[2])
}

// fitOOSCalib fits OOSCalib by weighted logistic regression on the
// out-of-fold predictions, separately for accepted and rejected ones,
// with the OOS rows weighted so that they make up share of the weight.
func fitOOSCalib(xs [][2]float64, pred, gold []string, oos string, share float64) OOSCalib {
	nIn, nOOS := 0, 0
	for _, g := range gold {
		if g == oos {
			nOOS++
		} else {
			nIn++
		}
	}
	wOOS := 1.0
	if nOOS > 0 {
		wOOS = share / (1 - share) * float64(nIn) / float64(nOOS)
	}
	out := make(OOSCalib, 0, 6)
	for _, rejected := range []bool{false, true} {
		var x [][]float64
		var y []bool
		var w []float64
		for i := range xs {
			if (pred[i] == oos) != rejected {
				continue
			}
			wi := 1.0
			if gold[i] == oos {
				wi = wOOS
			}
			x, y, w = append(x, xs[i][:]), append(y, pred[i] == gold[i]), append(w, wi)
		}
		out = append(out, fitLogistic(x, y, w)...)
	}
	return out
}

// fitLogistic fits p = σ(β·x + β₀) to weighted binary outcomes by damped
// Newton steps on the log-loss, with a small ridge on β and β₀ so that
// separable or empty data give a finite answer. It returns β then β₀.
func fitLogistic(x [][]float64, y []bool, w []float64) []float64 {
	d := 0
	if len(x) > 0 {
		d = len(x[0])
	}
	n := d + 1
	const ridge = 1e-3
	z := func(beta []float64, i int) float64 {
		v := beta[d]
		for k := range d {
			v += beta[k] * x[i][k]
		}
		return v
	}
	loss := func(beta []float64) float64 {
		l := 0.0
		for i := range x {
			// −log σ(±z) = log(1 + e^∓z), computed stably.
			v := z(beta, i)
			if y[i] {
				v = -v
			}
			l += w[i] * (max(v, 0) + math.Log1p(math.Exp(-math.Abs(v))))
		}
		for _, b := range beta {
			l += ridge / 2 * b * b
		}
		return l
	}
	beta := make([]float64, n)
	cur := loss(beta)
	g := make([]float64, n)
	h := make([][]float64, n)
	for i := range h {
		h[i] = make([]float64, n+1)
	}
	xi := make([]float64, n)
	next := make([]float64, n)
	for it := 0; it < 50; it++ {
		clear(g)
		for i := range h {
			clear(h[i])
		}
		for i := range x {
			copy(xi, x[i])
			xi[d] = 1
			p := sigmoid(z(beta, i))
			r := p
			if y[i] {
				r = p - 1
			}
			v := max(p*(1-p), 1e-12) * w[i]
			for k := range n {
				g[k] += w[i] * r * xi[k]
				for l := range n {
					h[k][l] += v * xi[k] * xi[l]
				}
			}
		}
		for k := range n {
			g[k] += ridge * beta[k]
			h[k][k] += ridge
			h[k][n] = g[k]
		}
		step, ok := solve(h)
		if !ok {
			break
		}
		moved := false
		for t := 1.0; t > 1e-6; t /= 2 {
			for k := range n {
				next[k] = beta[k] - t*step[k]
			}
			if l := loss(next); l <= cur {
				copy(beta, next)
				moved = cur-l > 1e-12*(1+math.Abs(cur))
				cur = l
				break
			}
		}
		if !moved {
			break
		}
	}
	return beta
}

// solve solves the n×n system in the augmented matrix a (n rows of n+1)
// by Gaussian elimination with partial pivoting, in place.
func solve(a [][]float64) ([]float64, bool) {
	n := len(a)
	for c := range n {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		if a[p][c] == 0 {
			return nil, false
		}
		a[c], a[p] = a[p], a[c]
		for r := c + 1; r < n; r++ {
			f := a[r][c] / a[c][c]
			for k := c; k <= n; k++ {
				a[r][k] -= f * a[c][k]
			}
		}
	}
	x := make([]float64, n)
	for r := n - 1; r >= 0; r-- {
		s := a[r][n]
		for k := r + 1; k < n; k++ {
			s -= a[r][k] * x[k]
		}
		x[r] = s / a[r][r]
	}
	return x, true
}

func argmax(p []float64) int {
	best := 0
	for c, v := range p {
		if v > p[best] {
			best = c
		}
	}
	return best
}

func softmax64(z []float32, invT float64, p []float64) {
	mx := math.Inf(-1)
	for _, v := range z {
		mx = max(mx, float64(v))
	}
	sum := 0.0
	for c, v := range z {
		p[c] = math.Exp((float64(v) - mx) * invT)
		sum += p[c]
	}
	for c := range p {
		p[c] /= sum
	}
}

// fitTemperature minimises the negative log-likelihood of the held-out
// logits over T. The NLL is convex in s = 1/T, with derivative
// Σ E_p[z] − z_y and second derivative Σ Var_p[z], so damped Newton steps
// on s from s0 converge in a few passes over the data (a golden-section
// search on log T took 42, a tenth of CLINC150's training time).
// T is kept within [0.05, 20].
func fitTemperature(ds *dataset, oof [][]float32, s0 float64) float64 {
	var p []float64
	pass := func(s float64) (f, g, h float64) {
		for i, z := range oof {
			if cap(p) < len(z) {
				p = make([]float64, len(z))
			}
			p = p[:len(z)]
			mx := math.Inf(-1)
			for _, v := range z {
				mx = max(mx, float64(v))
			}
			sum, m1, m2 := 0.0, 0.0, 0.0
			for c, v := range z {
				e := math.Exp((float64(v) - mx) * s)
				p[c] = e
				sum += e
				m1 += e * float64(v)
				m2 += e * float64(v) * float64(v)
			}
			m1 /= sum
			m2 /= sum
			zy := float64(z[ds.y[i]])
			f += s*(mx-zy) + math.Log(sum)
			g += m1 - zy
			h += max(m2-m1*m1, 0)
		}
		return f, g, h
	}
	const lo, hi = 1 / 20.0, 1 / 0.05
	s := min(max(s0, lo), hi)
	f, g, h := pass(s)
	for it := 0; it < 50; it++ {
		var next float64
		switch {
		case h > 0:
			next = s - g/h
		case g > 0:
			next = lo
		default:
			next = hi
		}
		next = min(max(next, lo), hi)
		moved, prev := false, s
		for math.Abs(next-s) > 1e-7*s {
			nf, ng, nh := pass(next)
			if nf <= f {
				s, f, g, h, moved = next, nf, ng, nh, true
				break
			}
			next = (s + next) / 2
		}
		if !moved || math.Abs(s-prev) <= 1e-6*s {
			break
		}
	}
	return 1 / s
}

// MinOOSRows is the number of out-of-fold OOS rows from which the OOS
// threshold aims at Options.OOSRecall; with fewer, one row moves the
// recall by more than 3 points and the weighted objective decides.
const MinOOSRows = 30

// fitOOSThreshold picks the threshold below which a held-out prediction
// becomes OOS. Raising it can only raise OOS recall and lower in-scope
// accuracy, so with recall > 0 and at least MinOOSRows OOS rows it is the
// lowest threshold whose recall's Wilson lower bound (z = 1) reaches
// recall (byRecall true); otherwise the one maximising
// (1−wt)·in-scope accuracy + wt·OOS recall. Candidates are midpoints
// between consecutive observed confidences.
func fitOOSThreshold(conf []float64, pred, gold []string, oos string, recall, wt float64) (thr float64, byRecall bool) {
	type row struct {
		c        float64
		inScope  bool
		rightIn  bool // in scope and predicted right
		oosByArg bool // OOS row already predicted OOS by the class
	}
	rows := make([]row, len(conf))
	nIn, nOOS := 0, 0
	for i := range conf {
		r := row{c: conf[i], inScope: gold[i] != oos}
		if r.inScope {
			nIn++
			r.rightIn = pred[i] == gold[i]
		} else {
			nOOS++
			r.oosByArg = pred[i] == oos
		}
		rows[i] = r
	}
	if nIn == 0 || nOOS == 0 {
		return 0, false
	}
	sort.Slice(rows, func(a, b int) bool { return rows[a].c < rows[b].c })
	right, caught := 0, 0
	for _, r := range rows {
		if r.rightIn {
			right++
		}
		if r.oosByArg {
			caught++
		}
	}
	if recall > 0 && nOOS >= MinOOSRows {
		if wilsonLower(caught, nOOS) >= recall {
			return 0, true
		}
		for i, r := range rows {
			if !r.inScope && !r.oosByArg {
				caught++
			}
			if i+1 < len(rows) && rows[i+1].c == r.c {
				continue
			}
			if wilsonLower(caught, nOOS) >= recall {
				if i+1 < len(rows) {
					return (r.c + rows[i+1].c) / 2, true
				}
				return 1, true
			}
		}
		return 1, true
	}
	score := func(right, caught int) float64 {
		return (1-wt)*float64(right)/float64(nIn) + wt*float64(caught)/float64(nOOS)
	}
	best, bestThr := score(right, caught), 0.0
	// Raising the threshold past rows[i] turns it OOS.
	for i, r := range rows {
		if r.rightIn {
			right--
		}
		if !r.inScope && !r.oosByArg {
			caught++
		}
		if i+1 < len(rows) && rows[i+1].c == r.c {
			continue
		}
		thr := 1.0
		if i+1 < len(rows) {
			thr = (r.c + rows[i+1].c) / 2
		}
		if s := score(right, caught); s > best {
			best, bestThr = s, thr
		}
	}
	return bestThr, false
}

// inScopeAtRecall is the in-scope accuracy of predictions pred when
// every row whose margin is below the lowest threshold that makes the
// OOS recall at least recall is declared out of scope.
func inScopeAtRecall(margin []float64, pred, gold []string, oos string, recall float64) float64 {
	idx := make([]int, len(margin))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return margin[idx[a]] < margin[idx[b]] })
	nIn, nOOS, right, caught := 0, 0, 0, 0
	for i, g := range gold {
		if g == oos {
			nOOS++
			if pred[i] == oos {
				caught++
			}
		} else {
			nIn++
			if pred[i] == g {
				right++
			}
		}
	}
	if nIn == 0 || nOOS == 0 {
		return 0
	}
	for k := 0; k < len(idx) && float64(caught) < recall*float64(nOOS); k++ {
		i := idx[k]
		switch {
		case gold[i] == oos && pred[i] != oos:
			caught++
		case gold[i] != oos && pred[i] == gold[i]:
			right--
		}
		// Rows tied on the margin go together.
		for k+1 < len(idx) && margin[idx[k+1]] == margin[i] {
			k++
			j := idx[k]
			switch {
			case gold[j] == oos && pred[j] != oos:
				caught++
			case gold[j] != oos && pred[j] == gold[j]:
				right--
			}
		}
	}
	return float64(right) / float64(nIn)
}

// wilsonLower is the Wilson score lower bound, one standard error (z = 1)
// below, of the proportion k/n.
func wilsonLower(k, n int) float64 {
	p, nf := float64(k)/float64(n), float64(n)
	const z2 = 1.0
	return (p + z2/(2*nf) - math.Sqrt(p*(1-p)/nf+z2/(4*nf*nf))) / (1 + z2/nf)
}

// bestF1Threshold picks the probability threshold for label c maximising
// its F1 on held-out predictions.
func bestF1Threshold(probs [][]float64, ys [][]int32, c int) float64 {
	type pt struct {
		p   float64
		pos bool
	}
	pts := make([]pt, len(probs))
	npos := 0
	for i, p := range probs {
		pts[i] = pt{p[c], slices.Contains(ys[i], int32(c))}
		if pts[i].pos {
			npos++
		}
	}
	if npos == 0 {
		return 1
	}
	sort.Slice(pts, func(a, b int) bool { return pts[a].p > pts[b].p })
	tp, fp := 0, 0
	best, thr := 0.0, 0.5
	for i, x := range pts {
		if x.pos {
			tp++
		} else {
			fp++
		}
		if i+1 < len(pts) && pts[i+1].p == x.p {
			continue
		}
		f1 := 2 * float64(tp) / float64(tp+fp+npos)
		if f1 > best {
			best = f1
			thr = x.p
			if i+1 < len(pts) {
				thr = (x.p + pts[i+1].p) / 2
			}
		}
	}
	return thr
}

// fitPlatt fits p = σ(a·x+b) to binary outcomes by Newton's method on
// the log-loss (with a tiny ridge towards a=1 for stability).
func fitPlatt(x []float64, y []bool) (a, b float64) {
	a, b = 1, 0
	const ridge = 1e-6
	for it := 0; it < 50; it++ {
		var ga, gb, haa, hab, hbb float64
		for i, xi := range x {
			p := sigmoid(a*xi + b)
			d := p
			if y[i] {
				d = p - 1
			}
			w := max(p*(1-p), 1e-12)
			ga += d * xi
			gb += d
			haa += w * xi * xi
			hab += w * xi
			hbb += w
		}
		ga += ridge * (a - 1)
		haa += ridge
		hbb += ridge
		det := haa*hbb - hab*hab
		if det <= 0 {
			break
		}
		da := (hbb*ga - hab*gb) / det
		db := (haa*gb - hab*ga) / det
		a -= da
		b -= db
		if math.Abs(da)+math.Abs(db) < 1e-9 {
			break
		}
	}
	return a, b
}

func logit(p float64) float64 {
	p = min(max(p, 1e-7), 1-1e-7)
	return math.Log(p / (1 - p))
}

// stepMatched is the number of epochs over m examples that makes as many
// steps as epochs over n.
func stepMatched(epochs, n, m int) int {
	return max(1, int(math.Round(float64(epochs*n)/float64(max(1, m)))))
}

// oofAccuracy is the argmax accuracy of out-of-fold logits.
func oofAccuracy(ds *dataset, z [][]float32) float64 {
	n := 0
	for i, zi := range z {
		best := 0
		for c, v := range zi {
			if v > zi[best] {
				best = c
			}
		}
		if best == int(ds.y[i]) {
			n++
		}
	}
	return float64(n) / float64(max(1, len(z)))
}
