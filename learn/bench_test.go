package learn_test

import (
	"context"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/data/nlu/corpus"
	"github.com/kefu-ai/kefu/learn"
	"github.com/kefu-ai/kefu/nlu"
	"github.com/kefu-ai/kefu/nlu/intent"
	"github.com/kefu-ai/kefu/storetest"
)

// BenchmarkRetrain trains a candidate on the corpus (no corrections): the
// retrain time of docs/learning.md.
func BenchmarkRetrain(b *testing.B) {
	tr := &learn.Trainer{Prep: mustPrep(b)}
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
// accuracy (the dev split without them), for the retrained candidate and
// for the serving model with the corrections served as they are (the
// override, no retrain). The control adds 200 dev messages the model
// already gets right, with their gold intent: how much held-out dev
// accuracy moves when 200 rows are added at all. "halves" corrects 100
// of the 200 and scores the other 100 and near-duplicates of the
// corrected 100 (last word, or last character in unspaced scripts,
// dropped): what is learnt beyond the corrected strings.
func BenchmarkRelabelledDev(b *testing.B) {
	prep, dev := mustPrep(b), corpusDev(b)
	wrong, right := splitByModel(prep, mustShipped(b), dev)
	b.Logf("the shipped model gets %d of %d dev messages wrong", len(wrong), len(dev))
	w200 := wrong[:min(200, len(wrong))]
	for _, bc := range []struct {
		name    string
		rows    []corpus.Row
		unseen  []corpus.Row // scored, not corrected
		nearDup bool
	}{
		{"wrong200", w200, nil, false},
		{"wrong50", wrong[:min(50, len(wrong))], nil, false},
		{"control_right200", right[:min(200, len(right))], nil, false},
		{"halves", w200[:len(w200)/2], w200[len(w200)/2:], true},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				relabelledDev(b, prep, bc.rows, bc.unseen, bc.nearDup)
			}
		})
	}
}

func relabelledDev(b *testing.B, prep *nlu.Prep, rows, unseen []corpus.Row, nearDup bool) {
	ctx := context.Background()
	tr := &learn.Trainer{Store: relabelStore(b, rows), Prep: prep}
	serving, _, err := tr.Serving(ctx, kefu.GlobalModel)
	if err != nil {
		b.Fatal(err)
	}
	res, err := tr.Retrain(ctx, kefu.GlobalModel, learn.Options{By: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	s := res.Shadow
	n := float64(len(rows))
	b.Logf("relabelled %d; promoted %v (%s)", len(rows), res.Promoted, res.Reason)
	b.Logf("shadow: %+v", s)
	promoted := 0.0
	if res.Promoted {
		promoted = 1
	}
	b.ReportMetric(n, "relabelled")
	b.ReportMetric(s.Serving.CorrectedAccuracy*n, "right_before")
	b.ReportMetric(s.Candidate.CorrectedAccuracy*n, "right_after")
	b.ReportMetric(s.Override.CorrectedAccuracy*n, "right_override")
	b.ReportMetric(s.Serving.DevAccuracy, "heldout_dev_acc_before")
	b.ReportMetric(s.Candidate.DevAccuracy, "heldout_dev_acc_after")
	b.ReportMetric(s.Override.DevAccuracy, "heldout_dev_acc_override")
	b.ReportMetric(s.Serving.DevECE, "heldout_dev_ece_before")
	b.ReportMetric(s.Candidate.DevECE, "heldout_dev_ece_after")
	b.ReportMetric(s.Override.DevECE, "heldout_dev_ece_override")
	b.ReportMetric(float64(s.DevFixed), "heldout_fixed")
	b.ReportMetric(float64(s.DevBroken), "heldout_broken")
	b.ReportMetric(s.DevP, "mcnemar_p")
	b.ReportMetric(float64(s.OverrideFixed), "override_fixed")
	b.ReportMetric(float64(s.OverrideBroken), "override_broken")
	b.ReportMetric(promoted, "promoted")
	b.ReportMetric(res.TrainS, "train_s")
	table := prep.Corrections(learn.NLU(mustCorrections(b, tr)))
	score := func(name string, rs []corpus.Row) {
		if len(rs) == 0 {
			return
		}
		m := float64(len(rs))
		before, _, _ := tr.Score(serving, nil, rs)
		after, _, _ := tr.Score(res.Model, nil, rs)
		override, _, _ := tr.Score(serving, table, rs)
		b.Logf("%s (%d): right before %.0f, retrained %.0f, override %.0f", name, len(rs), before*m, after*m, override*m)
		b.ReportMetric(before*m, name+"_before")
		b.ReportMetric(after*m, name+"_after")
		b.ReportMetric(override*m, name+"_override")
	}
	score("unseen", unseen)
	if nearDup {
		score("neardup", nearDuplicates(rows))
	}
}

// nearDuplicates returns each row with its last word dropped (its last
// character in scripts written without spaces), same gold intent; rows
// too short to shorten are left out.
func nearDuplicates(rows []corpus.Row) []corpus.Row {
	var out []corpus.Row
	for _, r := range rows {
		t := strings.TrimSpace(r.Text)
		if i := strings.LastIndexByte(t, ' '); i > 0 {
			t = strings.TrimSpace(t[:i])
		} else if rs := []rune(t); len(rs) > 3 {
			t = string(rs[:len(rs)-1])
		} else {
			continue
		}
		out = append(out, corpus.Row{Text: t, Lang: r.Lang, Label: r.Label})
	}
	return out
}

func mustCorrections(b *testing.B, tr *learn.Trainer) []learn.Correction {
	b.Helper()
	cs, err := tr.Corrections(context.Background(), kefu.GlobalModel)
	if err != nil {
		b.Fatal(err)
	}
	return cs
}

// relabelStore returns a fresh SQLite store whose shop "shop" has every
// row accepted as a relabel to its gold intent.
func relabelStore(b *testing.B, rows []corpus.Row) kefu.Store {
	b.Helper()
	ctx := context.Background()
	st, err := openSQLite(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
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
	return st
}

func mustPrep(b *testing.B) *nlu.Prep {
	b.Helper()
	prep, err := nlu.NewPrep()
	if err != nil {
		b.Fatal(err)
	}
	return prep
}

func mustShipped(b *testing.B) *intent.Model {
	b.Helper()
	m, err := nlu.ShippedModel()
	if err != nil {
		b.Fatal(err)
	}
	return m
}

// trainingRows returns the rows the shipped model is trained on.
func trainingRows(b *testing.B) []corpus.Row {
	b.Helper()
	rows, err := nlu.TrainingRows()
	if err != nil {
		b.Fatal(err)
	}
	return rows
}

// corpusDev returns the dev split of kefu's corpus.
func corpusDev(b *testing.B) []corpus.Row {
	b.Helper()
	rows, err := corpus.Load()
	if err != nil {
		b.Fatal(err)
	}
	_, dev := corpus.Split(rows)
	return dev
}

// textHash is the order the benchmarks pick rows in: by an FNV-1a hash
// of their text, so the same rows are chosen in every run.
func textHash(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}

func byTextHash(x, y corpus.Row) int { return int(textHash(x.Text)) - int(textHash(y.Text)) }

// splitByModel returns the rows m gets wrong and those it gets right,
// each in textHash order.
func splitByModel(prep *nlu.Prep, m *intent.Model, rows []corpus.Row) (wrong, right []corpus.Row) {
	for _, r := range rows {
		if m.Predict(prep.Prepare(r.Text, r.Lang, nlu.CorpusMasks)).Intent != r.Label {
			wrong = append(wrong, r)
		} else {
			right = append(right, r)
		}
	}
	slices.SortFunc(wrong, byTextHash)
	slices.SortFunc(right, byTextHash)
	return wrong, right
}

// BenchmarkCorrectionWeightCV chooses a correction weight on the training
// rows alone (docs/learning.md), never on dev: the rows
// (nlu.TrainingRows) are split in two halves by a hash of their text;
// for each half as the probe, a model trained on the other half finds
// the probe rows it gets wrong, 200 of them (by hash) become
// "corrections" added to the other half with weight w, and the rest of
// the probe is the held-out set. Reported per weight and fold: the
// corrections right, the held-out accuracy change against the model
// without them, the rows fixed and broken, and whether the promotion
// rule would pass.
func BenchmarkCorrectionWeightCV(b *testing.B) {
	prep := mustPrep(b)
	var halves [2][]corpus.Row
	for _, r := range trainingRows(b) {
		h := textHash("cv:"+r.Text) % 2
		halves[h] = append(halves[h], r)
	}
	weights := []float64{0.25, 0.5, 1, 2, 4}
	for b.Loop() {
		for fold := range 2 {
			fit, probe := halves[1-fold], halves[fold]
			tr := &learn.Trainer{Prep: prep}
			base, err := tr.TrainRows(fit, 0, "cv-base")
			if err != nil {
				b.Fatal(err)
			}
			_, _, baseRight := tr.Score(base.Model, nil, probe)
			var wrong, held []corpus.Row
			var heldBase []bool
			for i, r := range probe {
				if !baseRight[i] {
					wrong = append(wrong, r)
				}
			}
			slices.SortFunc(wrong, byTextHash)
			corr := wrong[:min(200, len(wrong))]
			inCorr := map[string]bool{}
			for _, r := range corr {
				inCorr[r.Text] = true
			}
			for i, r := range probe {
				if !inCorr[r.Text] {
					held = append(held, r)
					heldBase = append(heldBase, baseRight[i])
				}
			}
			baseAcc := accuracy(heldBase)
			for _, w := range weights {
				tr.CorrectionWeight = w
				c, err := tr.TrainRows(append(slices.Clip(fit), corr...), len(corr), "cv")
				if err != nil {
					b.Fatal(err)
				}
				corrAcc, _, _ := tr.Score(c.Model, nil, corr)
				_, _, right := tr.Score(c.Model, nil, held)
				fixed, broken := learn.Paired(heldBase, right)
				drop := baseAcc - accuracy(right)
				b.Logf("fold %d weight %g: corrections right %.0f/%d, held-out (%d) %.4f -> %.4f (%+.2f pt), fixed %d, broken %d, McNemar p %.3f, within the margin %v",
					fold, w, corrAcc*float64(len(corr)), len(corr), len(held), baseAcc, accuracy(right), -drop*100,
					fixed, broken, learn.McNemar(fixed, broken), drop <= learn.MaxDevDrop)
				name := fmt.Sprintf("f%d_w%g_", fold, w)
				b.ReportMetric(corrAcc*float64(len(corr)), name+"right")
				b.ReportMetric(-drop*100, name+"heldout_pt")
			}
		}
	}
}

func accuracy(right []bool) float64 {
	n := 0
	for _, ok := range right {
		if ok {
			n++
		}
	}
	return float64(n) / float64(len(right))
}

// BenchmarkRetrainSeeds measures how much a retrain moves dev accuracy
// when nothing but the training seed changes (docs/learning.md): the
// corpus's training rows, no corrections, seeds 2-5 against the
// shipped model (seed 1), on the whole dev split, with the rows each
// fixes and breaks. The spread is the noise the promotion rule's margin
// sits in.
func BenchmarkRetrainSeeds(b *testing.B) {
	prep, dev := mustPrep(b), corpusDev(b)
	tr := &learn.Trainer{Prep: prep}
	acc0, _, right0 := tr.Score(mustShipped(b), nil, dev)
	ex := nlu.Examples(prep, trainingRows(b))
	for b.Loop() {
		for _, seed := range []uint64{2, 3, 4, 5} {
			o := nlu.CorpusOptions()
			o.Seed = seed
			m, err := intent.Train(ex, o)
			if err != nil {
				b.Fatal(err)
			}
			acc, ece, right := tr.Score(m, nil, dev)
			fixed, broken := learn.Paired(right0, right)
			b.Logf("seed %d: dev %.4f (seed 1: %.4f, %+.2f pt), ECE %.4f, fixed %d, broken %d, McNemar p %.3f",
				seed, acc, acc0, (acc-acc0)*100, ece, fixed, broken, learn.McNemar(fixed, broken))
			b.ReportMetric((acc-acc0)*100, fmt.Sprintf("seed%d_dev_pt", seed))
			b.ReportMetric(float64(broken), fmt.Sprintf("seed%d_broken", seed))
		}
	}
}

// BenchmarkRelabelledDevDraws repeats the 200-relabelled-dev measurement
// with models that average 4 trainings (learn.Trainer.Draws,
// intent.Options.Draws): the serving model is the corpus trained so (no
// corrections), the candidate adds the 200 corrections, both with seed 1;
// a second serving model with seed 2 measures how much the averaged
// models still vary between seeds.
func BenchmarkRelabelledDevDraws(b *testing.B) {
	const draws = 4
	prep, shipped, dev, rows := mustPrep(b), mustShipped(b), corpusDev(b), trainingRows(b)
	wrong, _ := splitByModel(prep, shipped, dev)
	w200 := wrong[:min(200, len(wrong))]
	for b.Loop() {
		tr := &learn.Trainer{Prep: prep, Draws: draws}
		base, err := tr.TrainRows(rows, 0, "draws-base")
		if err != nil {
			b.Fatal(err)
		}
		// The seed spread of averaged models, on the whole dev split.
		ex := nlu.Examples(prep, rows)
		o := nlu.CorpusOptions()
		o.Seed, o.Draws = 2, draws
		base2, err := intent.Train(ex, o)
		if err != nil {
			b.Fatal(err)
		}
		acc1, _, r1 := tr.Score(base.Model, nil, dev)
		acc2, _, r2 := tr.Score(base2, nil, dev)
		accShipped, _, _ := tr.Score(shipped, nil, dev)
		fixed, broken := learn.Paired(r1, r2)
		b.Logf("averaged (%d draws) on the whole dev split: seed 1 %.4f, seed 2 %.4f (%+.2f pt, fixed %d, broken %d, McNemar p %.3f); the shipped single draw %.4f; training %.0f s",
			draws, acc1, acc2, (acc2-acc1)*100, fixed, broken, learn.McNemar(fixed, broken), accShipped, base.TrainS)
		b.ReportMetric((acc2-acc1)*100, "seed2_vs_seed1_pt")
		b.ReportMetric(float64(broken), "seed2_broken")
		// The 200 corrections against the averaged serving model.
		ctx := context.Background()
		tr.Store, tr.BaseFile = relabelStore(b, w200), base.File
		res, err := tr.Retrain(ctx, kefu.GlobalModel, learn.Options{By: "bench"})
		if err != nil {
			b.Fatal(err)
		}
		s := res.Shadow
		b.Logf("200 corrections, averaged models: promoted %v (%s)", res.Promoted, res.Reason)
		b.Logf("shadow: %+v", s)
		b.ReportMetric(s.Serving.CorrectedAccuracy*200, "right_before")
		b.ReportMetric(s.Candidate.CorrectedAccuracy*200, "right_after")
		b.ReportMetric(s.Serving.DevAccuracy, "heldout_dev_acc_before")
		b.ReportMetric(s.Candidate.DevAccuracy, "heldout_dev_acc_after")
		b.ReportMetric(s.Serving.DevECE, "heldout_dev_ece_before")
		b.ReportMetric(s.Candidate.DevECE, "heldout_dev_ece_after")
		b.ReportMetric(float64(s.DevFixed), "heldout_fixed")
		b.ReportMetric(float64(s.DevBroken), "heldout_broken")
		b.ReportMetric(s.DevP, "mcnemar_p")
		promoted := 0.0
		if res.Promoted {
			promoted = 1
		}
		b.ReportMetric(promoted, "promoted")
		b.ReportMetric(res.TrainS, "train_s")
	}
}

// BenchmarkRelabelledDevHashFolds repeats the 200-relabelled-dev
// measurement and its control with cross-fitting folds assigned by a hash
// of each text (learn.Trainer.HashFolds): the serving model is the corpus
// trained so, without corrections; the candidates add the 200 wrong dev
// messages, or 200 dev messages the model already gets right. With
// permuted folds any added row reshuffles every fold, and the
// calibration and OOS threshold with them. draws4 also averages 4
// trainings (learn.Trainer.Draws).
func BenchmarkRelabelledDevHashFolds(b *testing.B) {
	prep, dev, rows := mustPrep(b), corpusDev(b), trainingRows(b)
	for _, draws := range []int{1, 4} {
		b.Run(fmt.Sprintf("draws%d", draws), func(b *testing.B) {
			for b.Loop() {
				hashFolds(b, prep, dev, rows, draws)
			}
		})
	}
}

func hashFolds(b *testing.B, prep *nlu.Prep, dev, rows []corpus.Row, draws int) {
	tr := &learn.Trainer{Prep: prep, HashFolds: true, Draws: draws}
	base, err := tr.TrainRows(rows, 0, "hashfolds-base")
	if err != nil {
		b.Fatal(err)
	}
	accBase, _, _ := tr.Score(base.Model, nil, dev)
	b.Logf("hash folds, no corrections: dev %.4f (whole split), training %.0f s", accBase, base.TrainS)
	wrong, right := splitByModel(prep, base.Model, dev)
	for _, bc := range []struct {
		name string
		rows []corpus.Row
	}{{"wrong200", wrong[:min(200, len(wrong))]}, {"control_right200", right[:min(200, len(right))]}} {
		ctx := context.Background()
		tr := &learn.Trainer{Prep: prep, HashFolds: true, Draws: draws, Store: relabelStore(b, bc.rows), BaseFile: base.File}
		res, err := tr.Retrain(ctx, kefu.GlobalModel, learn.Options{By: "bench"})
		if err != nil {
			b.Fatal(err)
		}
		s := res.Shadow
		b.Logf("%s: promoted %v (%s)", bc.name, res.Promoted, res.Reason)
		b.Logf("%s shadow: %+v", bc.name, s)
		b.ReportMetric(s.Candidate.CorrectedAccuracy*float64(len(bc.rows)), bc.name+"_right_after")
		b.ReportMetric((s.Candidate.DevAccuracy-s.Serving.DevAccuracy)*100, bc.name+"_heldout_pt")
		b.ReportMetric(float64(s.DevFixed), bc.name+"_fixed")
		b.ReportMetric(float64(s.DevBroken), bc.name+"_broken")
	}
}
