package intent

import (
	"math"
	"slices"
	"sync"
	"time"

	"github.com/kefu-ai/kefu"
)

// Model is a trained classifier. It is immutable after Train or Load and
// safe for concurrent use; per-call buffers come from a per-model pool.
type Model struct {
	meta Meta
	feat featurizer
	// rowOf maps a feature bucket to its weight row, or -1 when no
	// training example had the feature (it then contributes nothing).
	rowOf rowIndex
	// rowBucket[r] is the bucket of row r; rows are in ascending bucket order.
	rowBucket []uint32
	idf       []float32 // per row; all 1 when Options.NoIDF
	// w holds the weights feature-major: row r's class weights are
	// w[r*C : (r+1)*C], contiguous, so one feature costs one cache walk.
	// A loaded model keeps them int8 in wq instead (w is nil): the same
	// values, w[i] = int8(wq[i])·scales[i/C], in a quarter of the memory.
	w      []float32
	wq     []byte
	scales []float32 // per-row int8 scale: w[r*C+c] = q·scales[r] exactly
	bias   []float32
	nclass int
	// hid is the hidden-layer model, nil when there is none; its logits
	// are added to the linear ones times hidWeight.
	hid       *hidden
	hidWeight float32
	invTemp   float32 // 1/temperature
	oos       int     // index of the OOS label, or -1
	oosLabel  string
	threshold float64   // calibrated confidence below which Predict says OutOfScope
	labelThr  []float64 // multi-label: per-label decision thresholds
	topK      int
	// vocab is the sorted fingerprints of the training words (vocab.go);
	// nil in files of format 4 and older.
	vocab []uint32
	pool  sync.Pool // *scratch
}

// Meta describes a model: what it was trained on and how well it did on
// held-out training data. It is stored in the model file.
type Meta struct {
	// FormatVersion is the model file format, FormatVersion at write time.
	FormatVersion int `json:"format_version"`
	// Version is the caller's model version string (Options.Version).
	Version string `json:"version"`
	// TrainingSHA256 is the hex SHA-256 of the training examples in order
	// (text, NUL, labels joined by ';', newline).
	TrainingSHA256 string `json:"training_sha256"`
	// Examples is the number of training examples.
	Examples int `json:"examples"`
	// Outliers is how many of them were Example.Outlier.
	Outliers int `json:"outliers,omitempty"`
	// Labels is the label set; index i is class i.
	Labels []string `json:"labels"`
	// Options are the training options, with defaults filled in.
	Options Options `json:"options"`
	// Metrics are cross-fitted (out-of-fold) measures on the training data:
	// cv_accuracy, cv_macro_f1, cv_ece, cv_nll and, with an OOS label,
	// cv_in_scope_accuracy and cv_oos_recall.
	Metrics map[string]float64 `json:"metrics"`
	// Created is when training finished, from Options.Now.
	Created time.Time `json:"created"`
	// Temperature divides the logits before softmax or sigmoid.
	Temperature float64 `json:"temperature"`
	// HiddenWeight multiplies the hidden-layer model's logits before they
	// are added to the linear model's (fitted with the temperature on the
	// out-of-fold predictions; 1 without folds). Unused without one.
	HiddenWeight float64 `json:"hidden_weight,omitempty"`
	// OOSThreshold is the calibrated confidence below which a prediction is
	// out of scope; 0 disables the threshold.
	OOSThreshold float64 `json:"oos_threshold"`
	// OOSMargin applies OOSThreshold to the best label's probability minus
	// the OOS class's, rather than to the best label's probability alone.
	// Options.OOSScore, when set (format 4 on), decides instead.
	OOSMargin bool `json:"oos_margin,omitempty"`
	// LabelThresholds are the multi-label per-label probability thresholds.
	LabelThresholds []float64 `json:"label_thresholds,omitempty"`
	// LabelPlatt are the multi-label per-label calibrations: label c's
	// probability is σ(LabelPlatt[2c]·z_c + LabelPlatt[2c+1]).
	LabelPlatt []float64 `json:"label_platt,omitempty"`
	// TopPlatt recalibrates the most probable label's probability p into
	// Prediction.Confidence = σ(TopPlatt[0]·logit(p) + TopPlatt[1]), the
	// probability that the label is right (in multi-label mode: among the
	// true ones). Multiclass models written before it have none.
	TopPlatt []float64 `json:"top_platt,omitempty"`
	// OOSCalib, for a model with an OOS class, recalibrates
	// Prediction.Confidence for a share Options.OOSShare of out-of-scope
	// messages: the probability that an accepted intent is right, or
	// that a message declared out of scope is, from logit p(best in-scope
	// label) and logit p(OOS). It replaces TopPlatt there. Files written
	// before it have none.
	OOSCalib OOSCalib `json:"oos_calib,omitempty"`
	// Rows is the number of weight rows (distinct kept features).
	Rows int `json:"rows"`
}

// Prediction is the result of classifying one message.
type Prediction struct {
	// Intent is the predicted label, or the OOS label when OutOfScope.
	Intent string
	// Confidence is the calibrated probability of Intent (in multi-label
	// mode: that Intent is among the message's labels). It is
	// TopK[0].Score recalibrated (Meta.TopPlatt), so the two can differ.
	// In a model with an OOS class and Meta.OOSCalib it is the
	// probability that the decision is right among messages of which
	// Options.OOSShare are out of scope: that Intent is the message's
	// when it is accepted, that the message is out of scope when
	// OutOfScope. In older files a prediction the threshold (not the OOS
	// class) made out of scope has 1 minus the best in-scope label's
	// recalibrated probability.
	Confidence float64
	// TopK are the k most probable labels with calibrated probabilities,
	// best first, before any out-of-scope mapping: a bot can offer them
	// as "did you mean".
	TopK []kefu.IntentScore
	// OutOfScope reports that the message is out of scope: the OOS class
	// won, or the model's OOS score (Options.OOSScore; in older files the
	// best label's probability, minus the OOS class's with
	// Meta.OOSMargin) was below the OOS threshold.
	OutOfScope bool
	// UnknownWords reports that the message has words (in scripts written
	// with spaces) and that none of them was in the training data: the
	// prediction rests on character n-grams of unseen words ("flarn
	// quux"), and whatever its scores the model has not understood the
	// message. Always false for models of format 4 and older.
	UnknownWords bool
}

type scratch struct {
	runes    []rune
	toks     []token
	buckets  []uint32
	wbuckets []uint32
	whash    []uint64 // word hashes of the current text
	prints   []uint32 // vocabulary fingerprints of the current text's words
	// stamp[r] == gen marks row r as seen in the current feature group,
	// at index pos[r] of cnt. Sized to the model's rows on first use.
	stamp  []uint32
	pos    []int32
	cnt    []int32
	gen    uint32
	top    []int32 // Predict's top-k class indices
	rows   []int32
	vals   []float32
	scores []float32
	// hidden-layer model buffers
	hz   []float32 // C logits
	he   []float32 // H units
	act  []int32
	actv []float32
}

func (m *Model) getScratch() *scratch {
	if s, ok := m.pool.Get().(*scratch); ok {
		return s
	}
	s := &scratch{scores: make([]float32, m.nclass)}
	if m.hid != nil {
		s.hz = make([]float32, m.nclass)
		s.he = make([]float32, m.hid.H)
	}
	return s
}

// Meta returns the model's metadata. The caller may modify the copy.
func (m *Model) Meta() Meta {
	mt := m.meta
	mt.Labels = slices.Clone(mt.Labels)
	mt.LabelThresholds = slices.Clone(mt.LabelThresholds)
	mt.LabelPlatt = slices.Clone(mt.LabelPlatt)
	mt.TopPlatt = slices.Clone(mt.TopPlatt)
	mt.OOSCalib = slices.Clone(mt.OOSCalib)
	mt.Metrics = make(map[string]float64, len(m.meta.Metrics))
	for k, v := range m.meta.Metrics {
		mt.Metrics[k] = v
	}
	return mt
}

// Options returns the options the model was trained with: Meta().Options
// without copying the rest of Meta, for callers that look per message.
func (m *Model) Options() Options { return m.meta.Options }

// Labels returns the label set in class order.
func (m *Model) Labels() []string { return slices.Clone(m.meta.Labels) }

// vectorize fills s.rows/s.vals with the sparse, L2-normalised feature
// vector of text: sublinear term frequency (1+ln tf) times IDF, word
// features further times f.wordWeight. A row can appear twice (a word and
// a character n-gram hashed to the same bucket); sums handle that.
func vectorize(f *featurizer, rowOf rowIndex, idf []float32, text string, s *scratch) {
	s.buckets, s.wbuckets = f.buckets(text, s, s.buckets[:0], s.wbuckets[:0])
	s.rows, s.vals = s.rows[:0], s.vals[:0]
	appendGroup(s, rowOf, idf, s.buckets, 1)
	appendGroup(s, rowOf, idf, s.wbuckets, f.wordWeight)
	norm := float32(0)
	for _, v := range s.vals {
		norm += v * v
	}
	if norm > 0 {
		inv := float32(1 / math.Sqrt(float64(norm)))
		for i := range s.vals {
			s.vals[i] *= inv
		}
	}
}

// appendGroup appends the rows of one feature group with their weights,
// in order of first occurrence. Repeats are found with per-row generation
// stamps instead of sorting: O(n), and the stamps stay in cache.
func appendGroup(s *scratch, rowOf rowIndex, idf []float32, buckets []uint32, weight float32) {
	if len(s.stamp) < len(idf) {
		s.stamp = make([]uint32, len(idf))
		s.pos = make([]int32, len(idf))
		s.gen = 0
	}
	s.gen++
	if s.gen == 0 { // wrapped: old stamps could alias
		clear(s.stamp)
		s.gen = 1
	}
	start := len(s.rows)
	s.cnt = s.cnt[:0]
	for _, b := range buckets {
		r := rowOf.row(b)
		if r < 0 {
			continue
		}
		if s.stamp[r] == s.gen {
			s.cnt[s.pos[r]]++
			continue
		}
		s.stamp[r] = s.gen
		s.pos[r] = int32(len(s.cnt))
		s.rows = append(s.rows, r)
		s.cnt = append(s.cnt, 1)
	}
	for i, r := range s.rows[start:] {
		v := float32(1)
		if n := s.cnt[i]; n > 1 {
			v += float32(math.Log(float64(n)))
		}
		s.vals = append(s.vals, v*idf[r]*weight)
	}
}

// logits writes the raw class scores of the vector in rows/vals into dst.
// It is the hot loop of training and prediction. Go does not vectorise,
// so it walks four feature rows at once: each dst[c] is loaded and stored
// once per four rows instead of once per row.
func logits(w, bias []float32, C int, rows []int32, vals []float32, dst []float32) {
	dst = dst[:C]
	copy(dst, bias)
	i := 0
	for ; i+4 <= len(rows); i += 4 {
		v0, v1, v2, v3 := vals[i], vals[i+1], vals[i+2], vals[i+3]
		r0 := w[int(rows[i])*C : int(rows[i])*C+C]
		r1 := w[int(rows[i+1])*C : int(rows[i+1])*C+C]
		r2 := w[int(rows[i+2])*C : int(rows[i+2])*C+C]
		r3 := w[int(rows[i+3])*C : int(rows[i+3])*C+C]
		r0, r1, r2, r3 = r0[:len(dst)], r1[:len(dst)], r2[:len(dst)], r3[:len(dst)]
		for c := range dst {
			dst[c] += v0*r0[c] + v1*r1[c] + v2*r2[c] + v3*r3[c]
		}
	}
	for ; i < len(rows); i++ {
		v := vals[i]
		row := w[int(rows[i])*C : int(rows[i])*C+C]
		row = row[:len(dst)]
		for c := range dst {
			dst[c] += v * row[c]
		}
	}
}

// logitsQ is logits over int8 weights with one scale per row: the same
// arithmetic, in the same order, on each weight dequantized as it is read,
// so that a loaded model scores exactly as its float32 weights would.
func logitsQ(q []byte, scales, bias []float32, C int, rows []int32, vals []float32, dst []float32) {
	dst = dst[:C]
	copy(dst, bias)
	i := 0
	for ; i+4 <= len(rows); i += 4 {
		v0, v1, v2, v3 := vals[i], vals[i+1], vals[i+2], vals[i+3]
		s0, s1, s2, s3 := scales[rows[i]], scales[rows[i+1]], scales[rows[i+2]], scales[rows[i+3]]
		r0 := q[int(rows[i])*C : int(rows[i])*C+C]
		r1 := q[int(rows[i+1])*C : int(rows[i+1])*C+C]
		r2 := q[int(rows[i+2])*C : int(rows[i+2])*C+C]
		r3 := q[int(rows[i+3])*C : int(rows[i+3])*C+C]
		r0, r1, r2, r3 = r0[:len(dst)], r1[:len(dst)], r2[:len(dst)], r3[:len(dst)]
		for c := range dst {
			w0 := float32(int8(r0[c])) * s0
			w1 := float32(int8(r1[c])) * s1
			w2 := float32(int8(r2[c])) * s2
			w3 := float32(int8(r3[c])) * s3
			dst[c] += v0*w0 + v1*w1 + v2*w2 + v3*w3
		}
	}
	for ; i < len(rows); i++ {
		v, s := vals[i], scales[rows[i]]
		row := q[int(rows[i])*C : int(rows[i])*C+C]
		row = row[:len(dst)]
		for c := range dst {
			dst[c] += v * (float32(int8(row[c])) * s)
		}
	}
}

// probs turns logits into calibrated probabilities in place.
func (m *Model) probs(z []float32) {
	if m.meta.Options.MultiLabel {
		pl := m.meta.LabelPlatt
		for c := range z {
			if len(pl) == 2*len(z) {
				z[c] = float32(sigmoid(pl[2*c]*float64(z[c]) + pl[2*c+1]))
			} else {
				z[c] = float32(sigmoid(float64(z[c] * m.invTemp)))
			}
		}
		return
	}
	softmax32(z, m.invTemp)
}

func sigmoid(x float64) float64 {
	if x >= 0 {
		return 1 / (1 + math.Exp(-x))
	}
	e := math.Exp(x)
	return e / (1 + e)
}

func softmax32(z []float32, invT float32) {
	mx := float32(math.Inf(-1))
	for _, v := range z {
		mx = max(mx, v)
	}
	sum := float32(0)
	for c, v := range z {
		e := exp32((v - mx) * invT)
		z[c] = e
		sum += e
	}
	inv := 1 / sum
	for c := range z {
		z[c] *= inv
	}
}

// exp32 is e^x for x ≤ 0 to float32 precision (relative error < 2e-7):
// x = k·ln2 + r with |r| ≤ ln2/2, e^r by a degree-6 Taylor polynomial, and
// 2^k through the exponent bits. It is several times faster than math.Exp,
// which matters because softmax needs one per class per message.
func exp32(x float32) float32 {
	if x < -87 {
		return 0
	}
	const ln2 = 0.6931471805599453
	k := math.Floor(float64(x)/ln2 + 0.5)
	r := float32(float64(x) - k*ln2) // in float64: k·ln2 must not lose r's bits
	p := 1 + r*(1+r*(1.0/2+r*(1.0/6+r*(1.0/24+r*(1.0/120+r*(1.0/720))))))
	return p * math.Float32frombits(uint32(int32(k)+127)<<23)
}

// scoresOf computes calibrated probabilities for text into s.scores.
func (m *Model) scoresOf(text string, s *scratch) []float32 {
	vectorize(&m.feat, m.rowOf, m.idf, text, s)
	z := s.scores[:m.nclass]
	if m.wq != nil {
		logitsQ(m.wq, m.scales, m.bias, m.nclass, s.rows, s.vals, z)
	} else {
		logits(m.w, m.bias, m.nclass, s.rows, s.vals, z)
	}
	if m.hid != nil {
		s.act, s.actv = m.hid.forward(m.nclass, s.rows, s.vals, s.he, s.act, s.actv, s.hz)
		w := m.hidWeight
		for c, v := range s.hz[:len(z)] {
			z[c] += w * v
		}
	}
	m.probs(z)
	return z
}

// Predict classifies text, which the caller has already normalised.
// In multi-label mode Intent is the most probable label; use
// PredictLabels for the label set.
func (m *Model) Predict(text string) Prediction {
	s := m.getScratch()
	p := m.scoresOf(text, s)
	k := min(m.topK, m.nclass)
	top := make([]kefu.IntentScore, k)
	// One pass keeping the k best in order (k is small); ties keep the
	// lower class index first.
	idx := s.top[:0]
	for c, v := range p {
		if len(idx) == k && v <= p[idx[k-1]] {
			continue
		}
		if len(idx) < k {
			idx = append(idx, int32(c))
		}
		j := len(idx) - 1
		for j > 0 && p[idx[j-1]] < v {
			idx[j] = idx[j-1]
			j--
		}
		idx[j] = int32(c)
	}
	s.top = idx
	for i, c := range idx {
		top[i] = kefu.IntentScore{Intent: m.meta.Labels[c], Score: float64(p[c])}
	}
	score := top[0].Score // what the OOS threshold applies to
	var ox [2]float64
	calib := len(m.meta.OOSCalib) == 6 && m.oos >= 0
	if m.oos >= 0 {
		pOOS := float64(p[m.oos])
		var pIn float64
		switch {
		case idx[0] != int32(m.oos):
			pIn = top[0].Score
		case k > 1:
			pIn = top[1].Score
		default:
			pIn = float64(p[bestInScope(p, m.oos)])
		}
		switch {
		case m.meta.Options.OOSScore == OOSScoreLogRatio:
			score = oosScore(OOSScoreLogRatio, pIn, pOOS, score)
		case m.meta.OOSMargin:
			score -= pOOS
		}
		if calib {
			ox = oosFeatures(pIn, pOOS)
		}
	}
	unknown := m.unknownWords(s)
	m.pool.Put(s)
	pred := Prediction{Intent: top[0].Intent, Confidence: top[0].Score, TopK: top, UnknownWords: unknown}
	if tp := m.meta.TopPlatt; len(tp) == 2 {
		pred.Confidence = sigmoid(tp[0]*logit(top[0].Score) + tp[1])
	}
	if m.meta.Options.MultiLabel {
		return pred
	}
	switch {
	case m.oos >= 0 && top[0].Intent == m.oosLabel:
		pred.OutOfScope = true
	case score < m.threshold:
		pred.OutOfScope = true
		pred.Intent = m.oosLabel
		pred.Confidence = 1 - pred.Confidence
	}
	if calib {
		pred.Confidence = m.meta.OOSCalib.confidence(ox, pred.OutOfScope)
	}
	return pred
}

// PredictLabels returns every label whose calibrated probability reaches
// its tuned threshold, most probable first. It never returns an empty set:
// when no label passes, the most probable one is returned alone. Outside
// multi-label mode it returns the single predicted label.
func (m *Model) PredictLabels(text string) []kefu.IntentScore {
	if !m.meta.Options.MultiLabel {
		p := m.Predict(text)
		return []kefu.IntentScore{{Intent: p.Intent, Score: p.Confidence}}
	}
	s := m.getScratch()
	p := m.scoresOf(text, s)
	var out []kefu.IntentScore
	best := 0
	for c, v := range p {
		if v > p[best] {
			best = c
		}
		if float64(v) >= m.labelThr[c] {
			out = append(out, kefu.IntentScore{Intent: m.meta.Labels[c], Score: float64(v)})
		}
	}
	if len(out) == 0 {
		out = append(out, kefu.IntentScore{Intent: m.meta.Labels[best], Score: float64(p[best])})
	}
	m.pool.Put(s)
	slices.SortStableFunc(out, func(a, b kefu.IntentScore) int {
		switch {
		case a.Score > b.Score:
			return -1
		case a.Score < b.Score:
			return 1
		}
		return 0
	})
	return out
}
