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
// docs/learning.md: 200 dev messages the shipped model gets wrong
// (chosen by a hash of their text) are accepted as relabels to their gold
// intent, the global model is retrained, and the shadow evaluation
// reports how many of them each model gets right and the held-out dev
// accuracy (the dev split without them).
func BenchmarkRelabelledDev(b *testing.B) {
	ctx := context.Background()
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
	var wrong []corpus.Row
	for _, r := range dev {
		if shipped.Predict(prep.Prepare(r.Text, r.Lang, true)).Intent != r.Label {
			wrong = append(wrong, r)
		}
	}
	hash := func(s string) uint32 { h := fnv.New32a(); h.Write([]byte(s)); return h.Sum32() }
	slices.SortFunc(wrong, func(a, b corpus.Row) int { return int(hash(a.Text)) - int(hash(b.Text)) })
	n := min(200, len(wrong))
	for b.Loop() {
		st := openStoreB(b)
		storetest.MustCreateTenant(b, st, "shop")
		for _, r := range wrong[:n] {
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
		b.Logf("wrong on dev: %d of %d; relabelled %d; promoted %v (%s)", len(wrong), len(dev), n, res.Promoted, res.Reason)
		b.Logf("shadow: %+v", s)
		b.ReportMetric(float64(n), "relabelled")
		b.ReportMetric(s.Serving.CorrectedAccuracy*float64(n), "right_before")
		b.ReportMetric(s.Candidate.CorrectedAccuracy*float64(n), "right_after")
		b.ReportMetric(s.Serving.DevAccuracy, "heldout_dev_acc_before")
		b.ReportMetric(s.Candidate.DevAccuracy, "heldout_dev_acc_after")
		b.ReportMetric(s.Serving.DevECE, "heldout_dev_ece_before")
		b.ReportMetric(s.Candidate.DevECE, "heldout_dev_ece_after")
		b.ReportMetric(res.TrainS, "train_s")
	}
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
