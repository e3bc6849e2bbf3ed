package nlu

import (
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/kefu-ai/kefu/nlu/intent"
	"github.com/kefu-ai/kefu/nlu/metrics"
)

// Labelled is one row of a labelled dataset.
type Labelled struct {
	Text   string
	Labels []string // one label, or several in multi-label data
	Lang   string   // "" when the data has no lang column
}

// Dataset is a labelled CSV file.
type Dataset struct {
	Rows []Labelled
	// MultiLabel is set when the file has a "labels" column (';'-separated)
	// rather than "label".
	MultiLabel bool
}

// ReadDataset reads a CSV with a header naming "text" and "label" (or
// "labels", ';'-separated) columns and optionally "lang"; other columns are
// ignored. A bad row is an error naming its line.
func ReadDataset(r io.Reader) (*Dataset, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("line 1: header: %w", err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.TrimPrefix(strings.TrimSpace(h), "\ufeff")] = i
	}
	ti, ok := col["text"]
	if !ok {
		return nil, fmt.Errorf("line 1: header has no \"text\" column")
	}
	li, single := col["label"]
	mi, multi := col["labels"]
	if !single && !multi {
		return nil, fmt.Errorf("line 1: header has no \"label\" or \"labels\" column")
	}
	gi, hasLang := col["lang"]
	ds := &Dataset{MultiLabel: !single}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err // csv.ParseError names the line
		}
		line, _ := cr.FieldPos(0)
		if len(rec) != len(head) {
			return nil, fmt.Errorf("line %d: %d fields, the header has %d", line, len(rec), len(head))
		}
		row := Labelled{Text: strings.TrimSpace(rec[ti])}
		if single {
			row.Labels = []string{strings.TrimSpace(rec[li])}
		} else {
			for _, l := range strings.Split(rec[mi], ";") {
				if l = strings.TrimSpace(l); l != "" {
					row.Labels = append(row.Labels, l)
				}
			}
		}
		if hasLang {
			row.Lang = strings.TrimSpace(rec[gi])
		}
		if row.Text == "" || len(row.Labels) == 0 || row.Labels[0] == "" {
			return nil, fmt.Errorf("line %d: empty text or label", line)
		}
		ds.Rows = append(ds.Rows, row)
	}
	if len(ds.Rows) == 0 {
		return nil, fmt.Errorf("no rows")
	}
	return ds, nil
}

// TrainingExamples normalises the rows for training, as Understand would
// (the row's language, when given, is the hint).
func (ds *Dataset) TrainingExamples(prep Preparer) []intent.Example {
	out := make([]intent.Example, len(ds.Rows))
	for i, r := range ds.Rows {
		out[i] = intent.Example{Text: prep.Prepare(r.Text, r.Lang, Masks{})}
		if ds.MultiLabel {
			out[i].Labels = r.Labels
		} else {
			out[i].Label = r.Labels[0]
		}
	}
	return out
}

// HasLabel reports whether any row has the label.
func (ds *Dataset) HasLabel(label string) bool {
	for _, r := range ds.Rows {
		for _, l := range r.Labels {
			if l == label {
				return true
			}
		}
	}
	return false
}

// Report is the result of evaluating a model on a dataset; "kefu eval"
// prints it as JSON.
type Report struct {
	Dataset         string   `json:"dataset"`
	Model           string   `json:"model"`
	N               int      `json:"n"`
	Accuracy        float64  `json:"accuracy"`
	MacroF1         float64  `json:"macro_f1"`
	ECE             float64  `json:"ece"`
	InScopeAccuracy *float64 `json:"in_scope_accuracy,omitempty"`
	OOSRecall       *float64 `json:"oos_recall,omitempty"`
	// OOSMix are the measures on the rows resampled to other out-of-scope
	// shares (EvaluateMix), one per share asked for.
	OOSMix []MixReport `json:"oos_mix,omitempty"`
}

// MixReport measures predictions on a dataset resampled so that its
// out-of-scope rows make up Share of the rows (metrics.OOSMix): all
// in-scope rows once, out-of-scope rows repeated or sampled.
type MixReport struct {
	Share           float64 `json:"share"`
	N               int     `json:"n"`
	OOS             int     `json:"oos"`
	Accuracy        float64 `json:"accuracy"`
	ECE             float64 `json:"ece"`
	InScopeAccuracy float64 `json:"in_scope_accuracy"`
	OOSRecall       float64 `json:"oos_recall"`
}

// Evaluate predicts every row with model (after the same preparation as
// training) and measures the predictions. For multi-label data, accuracy
// is exact-set match, macro_f1 is over labels and ece is of the top label.
// oos names the out-of-scope label; in_scope_accuracy and oos_recall are
// reported when the data contains it.
func Evaluate(prep Preparer, model *intent.Model, ds *Dataset, oos string) Report {
	return EvaluateMix(prep, model, ds, oos, nil, 0)
}

// EvaluateMix is Evaluate plus, for multiclass data holding the oos
// label, the measures on the rows resampled to each out-of-scope share
// in shares (each in (0, 1)), deterministically by seed. Every row is
// predicted once; the ECE of a mix is of the confidence in the decision
// (the intent, or out of scope), as in Evaluate.
func EvaluateMix(prep Preparer, model *intent.Model, ds *Dataset, oos string, shares []float64, seed uint64) Report {
	rep := Report{N: len(ds.Rows), Model: model.Meta().Version}
	masks := MasksOf(model.Meta().Options)
	conf := make([]float64, len(ds.Rows))
	correct := make([]bool, len(ds.Rows))
	if ds.MultiLabel {
		gold := make([][]string, len(ds.Rows))
		pred := make([][]string, len(ds.Rows))
		exact := 0
		for i, r := range ds.Rows {
			n := prep.Prepare(r.Text, r.Lang, masks)
			gold[i] = r.Labels
			for _, s := range model.PredictLabels(n) {
				pred[i] = append(pred[i], s.Intent)
			}
			if sameSet(gold[i], pred[i]) {
				exact++
			}
			p := model.Predict(n)
			conf[i] = p.Confidence
			correct[i] = contains(r.Labels, p.Intent)
		}
		rep.Accuracy = round4(float64(exact) / float64(len(ds.Rows)))
		rep.MacroF1 = round4(metrics.MultiLabelMacroF1(gold, pred))
		rep.ECE = round4(metrics.ECE(conf, correct))
		return rep
	}
	gold := make([]string, len(ds.Rows))
	pred := make([]string, len(ds.Rows))
	for i, r := range ds.Rows {
		n := prep.Prepare(r.Text, r.Lang, masks)
		p := model.Predict(n)
		gold[i] = r.Labels[0]
		pred[i] = p.Intent
		if p.OutOfScope {
			pred[i] = oos
		}
		conf[i] = p.Confidence
		correct[i] = p.Intent == gold[i]
	}
	rep.Accuracy = round4(metrics.Accuracy(gold, pred))
	rep.MacroF1 = round4(metrics.MacroF1(gold, pred))
	rep.ECE = round4(metrics.ECE(conf, correct))
	if oos != "" && ds.HasLabel(oos) {
		in := round4(metrics.InScopeAccuracy(gold, pred, oos))
		rec := round4(metrics.OOSRecall(gold, pred, oos))
		rep.InScopeAccuracy, rep.OOSRecall = &in, &rec
		for _, sh := range shares {
			idx := metrics.OOSMix(gold, oos, sh, seed)
			if idx == nil {
				continue
			}
			g := make([]string, len(idx))
			p := make([]string, len(idx))
			c := make([]float64, len(idx))
			ok := make([]bool, len(idx))
			mr := MixReport{Share: sh, N: len(idx)}
			for k, i := range idx {
				g[k], p[k], c[k], ok[k] = gold[i], pred[i], conf[i], correct[i]
				if g[k] == oos {
					mr.OOS++
				}
			}
			mr.Accuracy = round4(metrics.Accuracy(g, p))
			mr.ECE = round4(metrics.ECE(c, ok))
			mr.InScopeAccuracy = round4(metrics.InScopeAccuracy(g, p, oos))
			mr.OOSRecall = round4(metrics.OOSRecall(g, p, oos))
			rep.OOSMix = append(rep.OOSMix, mr)
		}
	}
	return rep
}

func contains(ls []string, l string) bool {
	for _, x := range ls {
		if x == l {
			return true
		}
	}
	return false
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !contains(b, x) {
			return false
		}
	}
	return true
}

func round4(f float64) float64 { return math.Round(f*10000) / 10000 }
