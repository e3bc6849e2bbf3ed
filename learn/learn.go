// Package learn is kefu's learning loop for the intent model: a retrain on
// the corpus plus the corrections agents made and administrators
// accepted, a shadow evaluation of the candidate against the serving
// model, and the promotion rule that keeps a worse model out of service
// (docs/learning.md).
package learn

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/data/nlu/corpus"
	shipped "github.com/kefu-ai/kefu/data/nlu/model"
	"github.com/kefu-ai/kefu/nlu"
	"github.com/kefu-ai/kefu/nlu/intent"
	"github.com/kefu-ai/kefu/nlu/metrics"
)

// The promotion rule's margins (docs/learning.md).
const (
	// MaxDevDrop is how much held-out dev accuracy a candidate may lose:
	// 0.3 percentage points.
	MaxDevDrop = 0.003
	// MaxECERise is how much worse its calibration (ECE on dev) may be.
	MaxECERise = 0.01
	// Alpha is the significance level of the paired test: a candidate
	// whose held-out rows broken outnumber those fixed with a one-sided
	// exact McNemar p-value below it is significantly worse.
	Alpha = 0.05
	// MaxDevChurn bounds the held-out dev rows a candidate may break, as
	// a share of them (5 %), whatever it fixes: a guard against a
	// candidate that breaks and fixes many rows alike, which neither the
	// net margin nor the paired test sees. Retrains with 1-200
	// corrections broke 2.3-2.9 % of the held-out rows, and 2.7-3.4 % in
	// the weight's cross-validation (docs/learning.md).
	MaxDevChurn = 0.05
)

// TrafficLimit bounds the recent customer messages replayed in shadow.
const TrafficLimit = 2000

// Correction is an accepted relabel as a training row.
type Correction struct {
	FeedbackID int64
	TenantID   string
	Text, Lang string
	Intent     string
	// Entities are the entities the agent marked, type to value.
	Entities map[string]string
}

// NLU returns the corrections as the understander serves them
// (nlu.Understander.SetCorrections).
func NLU(cs []Correction) []nlu.Correction {
	out := make([]nlu.Correction, len(cs))
	for i, c := range cs {
		out[i] = nlu.Correction{ID: c.FeedbackID, Text: c.Text, Language: c.Lang, Intent: c.Intent, Entities: c.Entities}
	}
	return out
}

// Metrics are one model's numbers in a shadow evaluation.
type Metrics struct {
	// DevN, DevAccuracy and DevECE are on the corpus's dev split, without
	// the rows whose text is a correction's (those measure memorisation).
	DevN        int     `json:"dev_n"`
	DevAccuracy float64 `json:"dev_accuracy"`
	DevECE      float64 `json:"dev_ece"`
	// CorrectedN and CorrectedAccuracy are on the corrected messages,
	// against the intents the corrections give them.
	CorrectedN        int     `json:"corrected_n"`
	CorrectedAccuracy float64 `json:"corrected_accuracy"`
}

// Shadow is a candidate's evaluation against the serving model.
type Shadow struct {
	Serving   Metrics `json:"serving"`
	Candidate Metrics `json:"candidate"`
	// TrafficN recent customer messages from the store were replayed to
	// both models; TrafficAgreement is the share both gave the same
	// intent (1 when none were replayed).
	TrafficN         int     `json:"traffic_n"`
	TrafficAgreement float64 `json:"traffic_agreement"`
	// DevFixed and DevBroken count the held-out dev rows the candidate
	// gets right and the serving model wrong, and the other way round:
	// the paired view behind the accuracy difference.
	DevFixed  int `json:"dev_fixed"`
	DevBroken int `json:"dev_broken"`
	// DevP is the one-sided exact McNemar p-value of DevBroken against
	// DevFixed: how likely so many of the changed rows would be broken
	// if the candidate were no worse than the serving model (1 when
	// nothing changed).
	DevP float64 `json:"dev_mcnemar_p"`
	// Override is the serving model with the corrections served as they
	// are (nlu.Understander.SetCorrections) on the same rows, and
	// OverrideFixed and OverrideBroken its held-out rows fixed and
	// broken against the serving model alone: what the corrections do
	// without a retrain. Only held-out rows that normalise to a
	// corrected text can change.
	Override       Metrics `json:"override"`
	OverrideFixed  int     `json:"override_fixed"`
	OverrideBroken int     `json:"override_broken"`
}

// McNemar returns the one-sided exact McNemar p-value of broken against
// fixed: the probability that a fair coin gives at least broken heads in
// fixed+broken tosses (1 for none).
func McNemar(fixed, broken int) float64 {
	n := fixed + broken
	if n == 0 || broken == 0 {
		return 1
	}
	lg := func(x int) float64 { v, _ := math.Lgamma(float64(x) + 1); return v }
	p := 0.0
	for k := broken; k <= n; k++ {
		p += math.Exp(lg(n) - lg(k) - lg(n-k) - float64(n)*math.Ln2)
	}
	return min(p, 1)
}

// Promote applies the promotion rule: with corrections, the candidate
// must get more corrected messages right than the serving model, lose at
// most MaxDevDrop of held-out dev accuracy, raise dev ECE by at most
// MaxECERise, not break significantly more held-out rows than it fixes
// (McNemar, Alpha) and break at most MaxDevChurn of them. Without
// corrections there is nothing to learn and no promotion. It returns the
// verdict and why, in words.
func (s Shadow) Promote() (bool, string) {
	c, v := s.Candidate, s.Serving
	switch {
	case c.CorrectedN == 0:
		return false, "no accepted corrections to learn from"
	case c.CorrectedAccuracy <= v.CorrectedAccuracy:
		return false, fmt.Sprintf("corrected-message accuracy %.4f is not above the serving model's %.4f", c.CorrectedAccuracy, v.CorrectedAccuracy)
	case c.DevAccuracy < v.DevAccuracy-MaxDevDrop-1e-9:
		return false, fmt.Sprintf("dev accuracy %.4f is more than %.1f points below the serving model's %.4f", c.DevAccuracy, MaxDevDrop*100, v.DevAccuracy)
	case c.DevECE > v.DevECE+MaxECERise+1e-9:
		return false, fmt.Sprintf("dev ECE %.4f is more than %.2f above the serving model's %.4f", c.DevECE, MaxECERise, v.DevECE)
	case McNemar(s.DevFixed, s.DevBroken) < Alpha:
		return false, fmt.Sprintf("it breaks significantly more held-out dev rows than it fixes (%d vs %d, McNemar p = %.4f < %.2f)",
			s.DevBroken, s.DevFixed, McNemar(s.DevFixed, s.DevBroken), Alpha)
	case c.DevN > 0 && float64(s.DevBroken) > MaxDevChurn*float64(c.DevN)+1e-9:
		return false, fmt.Sprintf("it breaks %d of %d held-out dev rows, more than %.0f %%", s.DevBroken, c.DevN, MaxDevChurn*100)
	}
	return true, fmt.Sprintf("corrected-message accuracy %.4f > %.4f, dev accuracy %.4f (serving %.4f), dev ECE %.4f (serving %.4f), held-out rows fixed %d, broken %d (McNemar p = %.3f)",
		c.CorrectedAccuracy, v.CorrectedAccuracy, c.DevAccuracy, v.DevAccuracy, c.DevECE, v.DevECE,
		s.DevFixed, s.DevBroken, McNemar(s.DevFixed, s.DevBroken))
}

// Progress reports a long job's progress: done of total steps of stage
// (total 0: a stage whose length is unknown, reported once when it starts
// and once when it ends, with done 1).
type Progress func(stage string, done, total int)

// Trainer retrains and evaluates intent models against a store.
type Trainer struct {
	Store kefu.Store
	Prep  *nlu.Prep
	Now   kefu.Clock
	// Progress, if set, is told how far each stage is.
	Progress Progress
	// Train trains a model; nil means intent.Train. Tests keep it.
	Train func(ex []intent.Example, o intent.Options) (*intent.Model, error)
	// BaseFile is the model file nodes serve while the registry has no
	// version (the configured model_file); nil means the shipped model.
	BaseFile []byte
	// CorrectionWeight multiplies each correction's training loss (0
	// means 1, every row alike; docs/learning.md has what other weights
	// did).
	CorrectionWeight float64
	// Draws, if above 1, averages that many trainings with different
	// seeds (intent.Options.Draws): a candidate that varies less from one
	// change of the data to the next, at Draws times the training time.
	Draws int
	// HashFolds assigns cross-fitting folds by a hash of each text
	// (intent.Options.HashFolds), so the corrections added by a retrain
	// leave the other rows' folds, and so the calibration, nearly alone.
	HashFolds bool
}

// base returns the model nodes serve without a registry version, and its
// file.
func (t *Trainer) base() (*intent.Model, []byte, error) {
	if len(t.BaseFile) == 0 {
		m, err := nlu.ShippedModel()
		return m, shipped.Ecommerce, err
	}
	m, err := intent.Load(bytes.NewReader(t.BaseFile))
	if err != nil {
		return nil, nil, fmt.Errorf("base model: %w", err)
	}
	return m, t.BaseFile, nil
}

func (t *Trainer) progress(stage string, done, total int) {
	if t.Progress != nil {
		t.Progress(stage, done, total)
	}
}

func (t *Trainer) now() time.Time {
	if t.Now == nil {
		return time.Now()
	}
	return t.Now()
}

// Corrections returns the accepted relabels of the shop tenantID, or of
// every shop for kefu.GlobalModel, oldest first; a later correction of
// the same text replaces an earlier one.
func (t *Trainer) Corrections(ctx context.Context, tenantID string) ([]Correction, error) {
	tenants := []string{tenantID}
	if tenantID == kefu.GlobalModel {
		ts, err := t.Store.FindTenants(ctx)
		if err != nil {
			return nil, err
		}
		tenants = tenants[:0]
		for _, x := range ts {
			tenants = append(tenants, x.ID)
		}
	}
	var out []Correction
	for _, id := range tenants {
		var before int64
		for {
			fs, err := t.Store.FindFeedback(ctx, kefu.FeedbackFilter{TenantID: id, Kind: kefu.FeedbackRelabel,
				Status: kefu.FeedbackAccepted, Before: before, Limit: 500})
			if err != nil {
				return nil, err
			}
			for _, f := range fs {
				out = append(out, Correction{FeedbackID: f.ID, TenantID: f.TenantID, Text: f.Text, Lang: f.Language,
					Intent: f.Intent, Entities: f.Entities})
			}
			if len(fs) < 500 {
				break
			}
			before = fs[len(fs)-1].ID
		}
	}
	// Oldest first, then one per text: the latest word on it.
	slices.SortFunc(out, func(a, b Correction) int {
		if c := strings.Compare(a.TenantID, b.TenantID); c != 0 {
			return c
		}
		return int(a.FeedbackID - b.FeedbackID)
	})
	last := map[string]int{}
	for i, c := range out {
		last[strings.TrimSpace(c.Text)] = i
	}
	var dedup []Correction
	for i, c := range out {
		if last[strings.TrimSpace(c.Text)] == i {
			dedup = append(dedup, c)
		}
	}
	return dedup, nil
}

// Serving returns the model that understands the shop's messages now and
// its registry version: the shop's serving version, else the global one,
// else the base model (BaseFile or the shipped model; version nil).
func (t *Trainer) Serving(ctx context.Context, tenantID string) (*intent.Model, *kefu.ModelVersion, error) {
	ms, err := t.Store.FindServingModels(ctx)
	if err != nil {
		return nil, nil, err
	}
	var pick *kefu.ModelVersion
	for _, m := range ms {
		if m.TenantID == tenantID {
			pick = m
			break
		}
		if m.TenantID == kefu.GlobalModel {
			pick = m
		}
	}
	if pick == nil {
		m, _, err := t.base()
		return m, nil, err
	}
	m, err := Load(ctx, t.Store, pick.TenantID, pick.Version)
	return m, pick, err
}

// Load reads a registered model version's file and loads it.
func Load(ctx context.Context, st kefu.ModelService, tenantID, version string) (*intent.Model, error) {
	b, err := st.FindModelFile(ctx, tenantID, version)
	if err != nil {
		return nil, err
	}
	m, err := intent.Load(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("model %s: %w", version, err)
	}
	return m, nil
}

// Candidate is a retrained model before it is registered.
type Candidate struct {
	Model    *intent.Model
	File     []byte // the model file (intent.Model.Save)
	Version  string
	DataHash string
	Examples int
	TrainS   float64 // training time, seconds
}

// TrainCandidate trains a model on the shipped model's training rows
// (nlu.TrainingRows) plus the corrections, each a row of its intent,
// with the shipped model's options, versioned version.
func (t *Trainer) TrainCandidate(corrections []Correction, version string) (*Candidate, error) {
	rows, err := trainingRows(corrections)
	if err != nil {
		return nil, err
	}
	t.progress("prepare", 0, len(rows))
	ex := make([]intent.Example, len(rows))
	first := len(rows) - len(corrections) // the corrections are the last rows
	for i, r := range rows {
		ex[i] = intent.Example{Text: t.Prep.Prepare(r.Text, r.Lang, nlu.CorpusMasks), Label: r.Label}
		if i >= first {
			ex[i].Weight = t.CorrectionWeight
		}
		if i%2000 == 0 {
			t.progress("prepare", i, len(rows))
		}
	}
	t.progress("prepare", len(rows), len(rows))
	return t.train(ex, rows, version)
}

// TrainRows trains a candidate on rows alone (no corpus), the last
// corrections of them weighted by CorrectionWeight: what the
// cross-validation of a correction weight trains on.
func (t *Trainer) TrainRows(rows []corpus.Row, corrections int, version string) (*Candidate, error) {
	ex := make([]intent.Example, len(rows))
	for i, r := range rows {
		ex[i] = intent.Example{Text: t.Prep.Prepare(r.Text, r.Lang, nlu.CorpusMasks), Label: r.Label}
		if i >= len(rows)-corrections {
			ex[i].Weight = t.CorrectionWeight
		}
	}
	return t.train(ex, rows, version)
}

func (t *Trainer) train(ex []intent.Example, rows []corpus.Row, version string) (*Candidate, error) {
	o := t.options()
	o.Version = version
	train := t.Train
	if train == nil {
		train = intent.Train
	}
	t.progress("train", 0, 0)
	start := time.Now()
	m, err := train(ex, o)
	if err != nil {
		return nil, err
	}
	took := time.Since(start)
	t.progress("train", 1, 0)
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		return nil, err
	}
	return &Candidate{Model: m, File: buf.Bytes(), Version: version, DataHash: t.dataHash(rows, o),
		Examples: len(ex), TrainS: math.Round(took.Seconds()*100) / 100}, nil
}

// trainingRows are the shipped model's training rows plus the
// corrections, each a row of its intent.
func trainingRows(corrections []Correction) ([]corpus.Row, error) {
	rows, err := nlu.TrainingRows()
	if err != nil {
		return nil, err
	}
	for _, c := range corrections {
		rows = append(rows, corpus.Row{Text: c.Text, Lang: c.Lang, Label: c.Intent})
	}
	return rows, nil
}

// options are the corpus options (nlu.CorpusOptions) with the trainer's
// Draws and HashFolds.
func (t *Trainer) options() intent.Options {
	o := nlu.CorpusOptions()
	if t.Draws > 1 {
		o.Draws = t.Draws
	}
	o.HashFolds = t.HashFolds
	return o
}

// dataHash is DataHash, with the correction weight when it is not 1.
func (t *Trainer) dataHash(rows []corpus.Row, o intent.Options) string {
	if t.CorrectionWeight > 0 && t.CorrectionWeight != 1 {
		rows = append(slices.Clip(rows), corpus.Row{Label: fmt.Sprintf("correction weight %g", t.CorrectionWeight)})
	}
	return DataHash(rows, o)
}

// DataHash hashes training rows and options: the same data and options
// give the same hash, whatever the version name.
func DataHash(rows []corpus.Row, o intent.Options) string {
	h := sha256.New()
	o.Version, o.Now = "", nil
	b, _ := json.Marshal(o)
	h.Write(b)
	for _, r := range rows {
		fmt.Fprintf(h, "%s\x00%s\x00%s\n", r.Label, r.Lang, r.Text)
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// Evaluate runs the shadow evaluation of candidate against serving: both
// on the held-out dev split and the corrected messages, and the recent
// customer messages of the shop (every shop for kefu.GlobalModel)
// replayed to both.
func (t *Trainer) Evaluate(ctx context.Context, tenantID string, serving, candidate *intent.Model, corrections []Correction) (Shadow, error) {
	rows, err := corpus.Load()
	if err != nil {
		return Shadow{}, err
	}
	_, dev := corpus.Split(rows)
	corrected := map[string]bool{}
	for _, c := range corrections {
		corrected[strings.TrimSpace(c.Text)] = true
	}
	var held []corpus.Row
	for _, r := range dev {
		if !corrected[strings.TrimSpace(r.Text)] {
			held = append(held, r)
		}
	}
	var s Shadow
	var cr []corpus.Row
	for _, c := range corrections {
		cr = append(cr, corpus.Row{Text: c.Text, Lang: c.Lang, Label: c.Intent})
	}
	table := t.Prep.Corrections(NLU(corrections))
	var right [3][]bool // per held-out row, serving's, candidate's and the override's
	for i, side := range []struct {
		m     *intent.Model
		table *nlu.Corrections
		out   *Metrics
		tag   string
	}{{serving, nil, &s.Serving, "serving"}, {candidate, nil, &s.Candidate, "candidate"},
		{serving, table, &s.Override, "serving+corrections"}} {
		acc, ece, ok := t.score(side.tag+" dev", side.m, side.table, held)
		right[i] = ok
		side.out.DevN, side.out.DevAccuracy, side.out.DevECE = len(held), acc, ece
		acc, _, _ = t.score(side.tag+" corrected", side.m, side.table, cr)
		side.out.CorrectedN, side.out.CorrectedAccuracy = len(cr), acc
	}
	s.DevFixed, s.DevBroken = Paired(right[0], right[1])
	s.OverrideFixed, s.OverrideBroken = Paired(right[0], right[2])
	s.DevP = round4(McNemar(s.DevFixed, s.DevBroken))
	traffic, err := t.Traffic(ctx, tenantID, TrafficLimit)
	if err != nil {
		return Shadow{}, err
	}
	s.TrafficN, s.TrafficAgreement = len(traffic), 1
	if len(traffic) > 0 {
		same := 0
		for i, m := range traffic {
			if t.predict(serving, m.Text, m.Language).Intent == t.predict(candidate, m.Text, m.Language).Intent {
				same++
			}
			if i%200 == 0 {
				t.progress("traffic", i, len(traffic))
			}
		}
		t.progress("traffic", len(traffic), len(traffic))
		s.TrafficAgreement = round4(float64(same) / float64(len(traffic)))
	}
	return s, nil
}

// Paired counts the rows b gets right and a wrong (fixed) and the other
// way round (broken).
func Paired(a, b []bool) (fixed, broken int) {
	for i := range a {
		switch {
		case b[i] && !a[i]:
			fixed++
		case a[i] && !b[i]:
			broken++
		}
	}
	return fixed, broken
}

func (t *Trainer) predict(m *intent.Model, text, lang string) intent.Prediction {
	return m.Predict(t.Prep.Prepare(text, lang, nlu.MasksOf(m.Meta().Options)))
}

// predictWith is predict with the corrections of table served as the
// understander serves them: a message that normalises to a corrected
// text gets the correction's intent at nlu.CorrectionConfidence.
func (t *Trainer) predictWith(m *intent.Model, table *nlu.Corrections, text, lang string) intent.Prediction {
	if table.Len() > 0 {
		n, language, _ := t.Prep.Normalize(strings.TrimSpace(text), lang)
		if c := table.Lookup(n, language); c != nil {
			return intent.Prediction{Intent: c.Intent, Confidence: nlu.CorrectionConfidence}
		}
	}
	return t.predict(m, text, lang)
}

// Score returns the accuracy and ECE of m, with the corrections of table
// (nil: none) served as they are, on rows (0, 0 for none), and which
// rows it gets right.
func (t *Trainer) Score(m *intent.Model, table *nlu.Corrections, rows []corpus.Row) (acc, ece float64, right []bool) {
	return t.score("score", m, table, rows)
}

// score returns the accuracy and ECE of m (with the corrections of
// table, if any, served as they are) on rows (0, 0 for none) and which
// rows it gets right.
func (t *Trainer) score(stage string, m *intent.Model, table *nlu.Corrections, rows []corpus.Row) (acc, ece float64, correct []bool) {
	if len(rows) == 0 {
		return 0, 0, nil
	}
	conf := make([]float64, len(rows))
	correct = make([]bool, len(rows))
	right := 0
	for i, r := range rows {
		p := t.predictWith(m, table, r.Text, r.Lang)
		conf[i], correct[i] = p.Confidence, p.Intent == r.Label
		if correct[i] {
			right++
		}
		if i%500 == 0 {
			t.progress(stage, i, len(rows))
		}
	}
	t.progress(stage, len(rows), len(rows))
	return round4(float64(right) / float64(len(rows))), round4(metrics.ECE(conf, correct)), correct
}

// Traffic returns up to limit recent customer messages of the shop (of
// every shop for kefu.GlobalModel), newest conversations first.
func (t *Trainer) Traffic(ctx context.Context, tenantID string, limit int) ([]*kefu.Message, error) {
	tenants := []string{tenantID}
	if tenantID == kefu.GlobalModel {
		ts, err := t.Store.FindTenants(ctx)
		if err != nil {
			return nil, err
		}
		tenants = tenants[:0]
		for _, x := range ts {
			tenants = append(tenants, x.ID)
		}
	}
	var out []*kefu.Message
	for _, id := range tenants {
		cs, err := t.Store.FindConversations(ctx, kefu.ConversationFilter{TenantID: id, Limit: 200})
		if err != nil {
			return nil, err
		}
		for _, c := range cs {
			ms, err := t.Store.FindMessages(ctx, kefu.MessageFilter{TenantID: id, ConversationID: c.ID})
			if err != nil {
				return nil, err
			}
			for _, m := range ms {
				if m.Author == kefu.AuthorCustomer && strings.TrimSpace(m.Text) != "" {
					out = append(out, m)
					if len(out) >= limit {
						return out, nil
					}
				}
			}
		}
	}
	return out, nil
}

// Result is what Retrain did.
type Result struct {
	TenantID    string  `json:"shop,omitempty"`
	Version     string  `json:"version"`
	Serving     string  `json:"serving_before"`
	DataHash    string  `json:"data_hash"`
	Examples    int     `json:"examples"`
	Corrections int     `json:"corrections"`
	TrainS      float64 `json:"train_s"`
	Shadow      Shadow  `json:"shadow"`
	Promoted    bool    `json:"promoted"`
	// Skipped says nothing was trained (Options.SkipIfTrained): Version
	// is the existing version trained on the same data.
	Skipped bool   `json:"skipped,omitempty"`
	Path    string `json:"-"`
	Reason  string `json:"reason"`
	// Model is the candidate, loaded (not in the JSON).
	Model *intent.Model `json:"-"`
}

// Options of a retrain.
type Options struct {
	// By names who retrains (created_by, promoted_by).
	By string
	// Dir, if set, is the directory the caller writes the candidate's
	// file to (Result.Path, <Dir>/<version>.kmodel), recorded in the
	// registry. The registry keeps the file itself either way.
	Dir string
	// NoPromote registers the candidate without promoting it even when
	// the rule would.
	NoPromote bool
	// SkipIfTrained skips the retrain when the scope already has a
	// version trained on the same data (DataHash): what a scheduled
	// retrain wants, so that a schedule with nothing new trains nothing.
	SkipIfTrained bool
}

// Retrain trains a candidate on the corpus and the accepted corrections
// for the shop tenantID (kefu.GlobalModel: for all), evaluates it in
// shadow against the model serving the shop, registers it, and promotes
// it when the rule (Shadow.Promote) says so. The first retrain of the
// global scope registers the base model (BaseFile, or the shipped model)
// as the serving global version first, so that a rollback always has a
// version to go back to.
func (t *Trainer) Retrain(ctx context.Context, tenantID string, o Options) (*Result, error) {
	if o.By == "" {
		o.By = "kefu model retrain"
	}
	if err := t.registerBase(ctx, tenantID, o.By); err != nil {
		return nil, err
	}
	serving, sv, err := t.Serving(ctx, tenantID)
	if err != nil {
		return nil, err
	}
	corrections, err := t.Corrections(ctx, tenantID)
	if err != nil {
		return nil, err
	}
	if o.SkipIfTrained {
		rows, err := trainingRows(corrections)
		if err != nil {
			return nil, err
		}
		hash := t.dataHash(rows, t.options())
		vs, err := t.Store.FindModelVersions(ctx, tenantID)
		if err != nil {
			return nil, err
		}
		for _, v := range vs {
			if v.DataHash == hash {
				return &Result{TenantID: tenantID, Version: v.Version, DataHash: hash, Corrections: len(corrections),
					Skipped: true, Reason: "a version trained on the same data exists"}, nil
			}
		}
	}
	version := NewVersion(tenantID, t.now())
	path := ""
	if o.Dir != "" {
		path = filepath.Join(o.Dir, version+".kmodel")
	}
	cand, err := t.TrainCandidate(corrections, version)
	if err != nil {
		return nil, err
	}
	shadow, err := t.Evaluate(ctx, tenantID, serving, cand.Model, corrections)
	if err != nil {
		return nil, err
	}
	ok, reason := shadow.Promote()
	res := &Result{TenantID: tenantID, Version: version, DataHash: cand.DataHash, Examples: cand.Examples,
		Corrections: len(corrections), TrainS: cand.TrainS, Shadow: shadow, Reason: reason, Model: cand.Model, Path: path}
	res.Serving = serving.Version()
	if sv != nil {
		res.Serving = sv.Version
	}
	metricsJSON, err := json.Marshal(map[string]any{"shadow": shadow, "examples": cand.Examples,
		"corrections": len(corrections), "train_s": cand.TrainS, "rule": reason})
	if err != nil {
		return nil, err
	}
	mv := &kefu.ModelVersion{TenantID: tenantID, Version: version, DataHash: cand.DataHash, Metrics: metricsJSON,
		Path: path, Model: cand.File, CreatedBy: o.By}
	t.progress("register", 0, 0)
	if err := t.Store.CreateModelVersion(ctx, mv); err != nil {
		return nil, err
	}
	t.progress("register", 1, 0)
	if ok && !o.NoPromote {
		if _, err := t.Store.PromoteModelVersion(ctx, tenantID, version, o.By); err != nil {
			return nil, err
		}
		res.Promoted = true
	} else if ok {
		res.Reason = "the rule would promote it, but --no-promote: " + reason
	}
	return res, nil
}

// registerBase registers the base model (the one nodes serve without a
// registry version: BaseFile, or the shipped model) as the serving global
// version when the global scope has no version yet.
func (t *Trainer) registerBase(ctx context.Context, tenantID, by string) error {
	if tenantID != kefu.GlobalModel {
		return nil
	}
	vs, err := t.Store.FindModelVersions(ctx, kefu.GlobalModel)
	if err != nil || len(vs) > 0 {
		return err
	}
	m, file, err := t.base()
	if err != nil {
		return err
	}
	name := safeVersion(m.Version())
	mv := &kefu.ModelVersion{TenantID: kefu.GlobalModel, Version: name, Model: file,
		Metrics: json.RawMessage(fmt.Sprintf(`{"base":true,"shipped":%t}`, len(t.BaseFile) == 0)), CreatedBy: by}
	if err := t.Store.CreateModelVersion(ctx, mv); err != nil {
		return err
	}
	_, err = t.Store.PromoteModelVersion(ctx, kefu.GlobalModel, name, by)
	return err
}

// NewVersion names a new version: the scope ("global" or the shop) and
// the time to the millisecond, e.g. "global-20261207T060102.345Z".
func NewVersion(tenantID string, now time.Time) string {
	scope := "global"
	if tenantID != kefu.GlobalModel {
		scope = safeVersion(tenantID)
	}
	return scope + "-" + now.UTC().Format("20060102T150405.000Z")
}

// safeVersion keeps the characters a version may hold.
func safeVersion(s string) string {
	b := []byte(s)
	for i, c := range b {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_') {
			b[i] = '_'
		}
	}
	if len(b) == 0 {
		return "model"
	}
	if len(b) > 60 {
		b = b[:60]
	}
	return string(b)
}

func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }
