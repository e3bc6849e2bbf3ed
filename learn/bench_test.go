package learn_test

import (
	"context"
	"hash/fnv"
	"slices"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/data/nlu/corpus"
	"github.com/kefu-ai/kefu/learn"
	"github.com/kefu-ai/kefu/nlu"
	"github.com/kefu-ai/kefu/storetest"
)

// BenchmarkRetrain trains a candidate on the corpus (no corrections): the
// retrain time of docs/learning.md.
func BenchmarkRetrain(b *testing.B) {
	prep, err := nlu.NewPrep()
	if err != nil {
		b.Fatal(err)
	}
	tr := &learn.Trainer{Prep: prep}
	for b.Loop() {
		c, err := tr.TrainCandidate(nil, "bench")
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(c.TrainS, "train_s")
	}
}

// BenchmarkRelabelledDev is the 200-relabelled-dev measurement of
// docs/learning.md: dev messages the shipped model gets wrong (chosen by
// a hash of their text; 200, and 50) are accepted as relabels to their
// gold intent, the global model is retrained, and the shadow evaluation
// reports how many of them each model gets right and the held-out dev
// accuracy (the dev split without them). The control adds 200 dev
// messages the model already gets right, with their gold intent: how much
// held-out dev accuracy moves when 200 rows are added at all.
func BenchmarkRelabelledDev(b *testing.B) {
	prep, err := nlu.NewPrep()
	if err != nil {
		b.Fatal(err)
	}
	shipped, err := nlu.ShippedModel()
	if err != nil {
		b.Fatal(err)
	}
	rows, err := corpus.Load()
	if err != nil {
		b.Fatal(err)
	}
	_, dev := corpus.Split(rows)
	var wrong, right []corpus.Row
	for _, r := range dev {
		if shipped.Predict(prep.Prepare(r.Text, r.Lang, true)).Intent != r.Label {
			wrong = append(wrong, r)
		} else {
			right = append(right, r)
		}
	}
	hash := func(s string) uint32 { h := fnv.New32a(); h.Write([]byte(s)); return h.Sum32() }
	byHash := func(a, b corpus.Row) int { return int(hash(a.Text)) - int(hash(b.Text)) }
	slices.SortFunc(wrong, byHash)
	slices.SortFunc(right, byHash)
	b.Logf("the shipped model gets %d of %d dev messages wrong", len(wrong), len(dev))
	for _, bc := range []struct {
		name string
		rows []corpus.Row
	}{
		{"wrong200", wrong[:min(200, len(wrong))]},
		{"wrong50", wrong[:min(50, len(wrong))]},
		{"control_right200", right[:min(200, len(right))]},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				relabelledDev(b, prep, bc.rows)
			}
		})
	}
}

func relabelledDev(b *testing.B, prep *nlu.Prep, rows []corpus.Row) {
	ctx := context.Background()
	st := openStoreB(b)
	storetest.MustCreateTenant(b, st, "shop")
	for _, r := range rows {
		f := &kefu.Feedback{TenantID: "shop", Kind: kefu.FeedbackRelabel, AgentID: "ag", ConversationID: "cv",
			MessageID: 1, Text: r.Text, Language: r.Lang, Intent: r.Label}
		if err := st.CreateFeedback(ctx, f); err != nil {
			b.Fatal(err)
		}
		if _, err := st.ReviewFeedback(ctx, "shop", f.ID, kefu.FeedbackAccepted, "bench"); err != nil {
			b.Fatal(err)
		}
	}
	tr := &learn.Trainer{Store: st, Prep: prep}
	res, err := tr.Retrain(ctx, kefu.GlobalModel, learn.Options{By: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	s := res.Shadow
	n := float64(len(rows))
	b.Logf("relabelled %d; promoted %v (%s)", len(rows), res.Promoted, res.Reason)
	b.Logf("shadow: %+v", s)
	b.ReportMetric(n, "relabelled")
	b.ReportMetric(s.Serving.CorrectedAccuracy*n, "right_before")
	b.ReportMetric(s.Candidate.CorrectedAccuracy*n, "right_after")
	b.ReportMetric(s.Serving.DevAccuracy, "heldout_dev_acc_before")
	b.ReportMetric(s.Candidate.DevAccuracy, "heldout_dev_acc_after")
	b.ReportMetric(s.Serving.DevECE, "heldout_dev_ece_before")
	b.ReportMetric(s.Candidate.DevECE, "heldout_dev_ece_after")
	b.ReportMetric(float64(s.DevFixed), "heldout_fixed")
	b.ReportMetric(float64(s.DevBroken), "heldout_broken")
	b.ReportMetric(res.TrainS, "train_s")
}

func openStoreB(b *testing.B) kefu.Store {
	b.Helper()
	db, err := openSQLite(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	return db
}
