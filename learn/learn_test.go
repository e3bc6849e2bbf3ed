package learn_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/learn"
	"github.com/kefu-ai/kefu/nlu"
	"github.com/kefu-ai/kefu/nlu/intent"
	"github.com/kefu-ai/kefu/sqlite"
	"github.com/kefu-ai/kefu/storetest"
)

func TestPromoteRule(t *testing.T) {
	base := learn.Metrics{DevN: 1000, DevAccuracy: 0.80, DevECE: 0.02, CorrectedN: 10, CorrectedAccuracy: 0.2}
	tests := []struct {
		name   string
		cand   func(m *learn.Metrics)
		paired [2]int // held-out rows fixed, broken
		want   bool
		why    string
	}{
		{"better on corrections, same elsewhere", func(m *learn.Metrics) { m.CorrectedAccuracy = 0.9 }, [2]int{}, true, "corrected-message accuracy 0.9000 > 0.2000"},
		{"dev drop of exactly 0.3 points", func(m *learn.Metrics) { m.CorrectedAccuracy, m.DevAccuracy = 0.9, 0.797 }, [2]int{}, true, ""},
		{"dev drop over 0.3 points", func(m *learn.Metrics) { m.CorrectedAccuracy, m.DevAccuracy = 0.9, 0.7969 }, [2]int{}, false, "dev accuracy"},
		{"ECE up by 0.01", func(m *learn.Metrics) { m.CorrectedAccuracy, m.DevECE = 0.9, 0.03 }, [2]int{}, true, ""},
		{"ECE up by more", func(m *learn.Metrics) { m.CorrectedAccuracy, m.DevECE = 0.9, 0.0301 }, [2]int{}, false, "ECE"},
		{"no better on corrections", func(m *learn.Metrics) { m.DevAccuracy = 0.85 }, [2]int{}, false, "not above"},
		{"no corrections", func(m *learn.Metrics) { m.CorrectedN, m.CorrectedAccuracy = 0, 0 }, [2]int{}, false, "no accepted corrections"},
		// 3 broken, 0 fixed is within the 0.3-point margin on 1,000 rows
		// but no more likely than p = 0.125 by chance: promoted.
		{"a few rows broken, none fixed", func(m *learn.Metrics) { m.CorrectedAccuracy, m.DevAccuracy = 0.9, 0.797 }, [2]int{0, 3}, true, "McNemar p = 0.125"},
		// 10 broken, 7 fixed: the same net -3 rows, p = 0.31.
		{"churn with the same net", func(m *learn.Metrics) { m.CorrectedAccuracy, m.DevAccuracy = 0.9, 0.797 }, [2]int{7, 10}, true, ""},
		// 6 broken, 1 fixed (net -5 rows: 0.5 points) fails the margin
		// first; 5 broken, 0 fixed (p = 0.031) fails the paired test
		// within a margin of 0.5 points.
		{"significantly worse", func(m *learn.Metrics) { m.CorrectedAccuracy, m.DevAccuracy = 0.9, 0.797 }, [2]int{0, 5}, false, "McNemar p = 0.0312"},
		// 51 of 1,000 rows broken, 51 fixed: no net loss, no significant
		// difference, but more than 5 % churned.
		{"too much churn", func(m *learn.Metrics) { m.CorrectedAccuracy = 0.9 }, [2]int{51, 51}, false, "breaks 51 of 1000"},
		{"churn of exactly 5 %", func(m *learn.Metrics) { m.CorrectedAccuracy = 0.9 }, [2]int{50, 50}, true, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := learn.Shadow{Serving: base, Candidate: base, DevFixed: tc.paired[0], DevBroken: tc.paired[1]}
			if tc.name == "no corrections" {
				s.Serving.CorrectedN, s.Serving.CorrectedAccuracy = 0, 0
			}
			tc.cand(&s.Candidate)
			got, why := s.Promote()
			if got != tc.want || !strings.Contains(why, tc.why) {
				t.Errorf("Promote() = %v, %q; want %v, containing %q", got, why, tc.want, tc.why)
			}
		})
	}
}

func TestMcNemar(t *testing.T) {
	tests := []struct {
		fixed, broken int
		want          float64
	}{
		{0, 0, 1},
		{5, 0, 1},
		{0, 1, 0.5},
		{0, 5, 1.0 / 32},
		{1, 1, 0.75},       // P(X >= 1), X ~ Bin(2, 1/2)
		{2, 3, 0.5},        // P(X >= 3), X ~ Bin(5, 1/2)
		{178, 191, 0.2661}, // the 50-correction retrain of docs/learning.md
		{162, 205, 0.0141}, // the 200-correction retrain
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("%d_%d", tc.fixed, tc.broken), func(t *testing.T) {
			if got := learn.McNemar(tc.fixed, tc.broken); math.Abs(got-tc.want) > 5e-5 {
				t.Errorf("McNemar(%d, %d) = %.5f, want %.4f", tc.fixed, tc.broken, got, tc.want)
			}
		})
	}
}

func openSQLite(dir string) (*sqlite.DB, error) {
	return sqlite.Open(context.Background(), filepath.Join(dir, "kefu.db"), nil)
}

func openStore(t *testing.T) kefu.Store {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "kefu.db"), storetest.Clock())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// relabel stores an accepted (or, with status, other) relabel of text.
func relabel(t *testing.T, st kefu.Store, tenant, text, intentName, status string) {
	t.Helper()
	ctx := context.Background()
	f := &kefu.Feedback{TenantID: tenant, Kind: kefu.FeedbackRelabel, AgentID: "ag", ConversationID: "cv", MessageID: 1,
		Text: text, Language: "en", Intent: intentName}
	if err := st.CreateFeedback(ctx, f); err != nil {
		t.Fatal(err)
	}
	if status != kefu.FeedbackProposed {
		if _, err := st.ReviewFeedback(ctx, tenant, f.ID, status, "admin"); err != nil {
			t.Fatal(err)
		}
	}
}

func TestCorrections(t *testing.T) {
	st := openStore(t)
	storetest.MustCreateTenant(t, st, "a")
	storetest.MustCreateTenant(t, st, "b")
	relabel(t, st, "a", "where my stuff", "order_status", kefu.FeedbackAccepted)
	relabel(t, st, "a", "pls money back", "refund_request", kefu.FeedbackProposed)
	relabel(t, st, "a", "zzz spam", "greeting", kefu.FeedbackRejected)
	relabel(t, st, "a", "where my stuff ", "shipping_time", kefu.FeedbackAccepted) // a later word on the same text
	relabel(t, st, "b", "hola", "greeting", kefu.FeedbackAccepted)
	tr := &learn.Trainer{Store: st}
	for _, tc := range []struct {
		tenant string
		want   []string
	}{
		{"a", []string{"where my stuff =shipping_time"}},
		{"b", []string{"hola=greeting"}},
		{kefu.GlobalModel, []string{"where my stuff =shipping_time", "hola=greeting"}},
	} {
		cs, err := tr.Corrections(context.Background(), tc.tenant)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range cs {
			got = append(got, c.Text+"="+c.Intent)
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("Corrections(%q) = %q, want %q", tc.tenant, got, tc.want)
		}
	}
}

// TestRetrainKeepsWorseModelOut retrains with a trainer that sees only a
// few hundred rows: the candidate learns the corrections but is far worse
// on dev, so the rule keeps it out of service and the shipped model (the
// registry's first global version) keeps serving.
func TestRetrainKeepsWorseModelOut(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a small model")
	}
	st := openStore(t)
	storetest.MustCreateTenant(t, st, "shop")
	relabel(t, st, "shop", "my parcel is a potato", "order_status", kefu.FeedbackAccepted)
	prep, err := nlu.NewPrep()
	if err != nil {
		t.Fatal(err)
	}
	var stages []string
	tr := &learn.Trainer{Store: st, Prep: prep,
		Progress: func(stage string, done, total int) {
			if len(stages) == 0 || stages[len(stages)-1] != stage {
				stages = append(stages, stage)
			}
		},
		Train: func(ex []intent.Example, o intent.Options) (*intent.Model, error) {
			// Every 60th row and the correction (the last row).
			var few []intent.Example
			for i, e := range ex {
				if i%60 == 0 || i == len(ex)-1 {
					few = append(few, e)
				}
			}
			return intent.Train(few, o)
		}}
	ctx := context.Background()
	res, err := tr.Retrain(ctx, kefu.GlobalModel, learn.Options{By: "test"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Promoted || !strings.Contains(res.Reason, "dev accuracy") || res.Corrections != 1 {
		t.Errorf("result %+v", res)
	}
	sh := res.Shadow
	if sh.Candidate.CorrectedN != 1 || sh.Candidate.DevN == 0 || sh.Candidate.DevAccuracy >= sh.Serving.DevAccuracy-learn.MaxDevDrop {
		t.Errorf("shadow %+v", sh)
	}
	// The paired counts explain the accuracy difference exactly.
	if diff := float64(sh.DevFixed-sh.DevBroken) / float64(sh.Candidate.DevN); sh.DevBroken == 0 ||
		math.Abs(diff-(sh.Candidate.DevAccuracy-sh.Serving.DevAccuracy)) > 2e-4 {
		t.Errorf("fixed %d, broken %d of %d do not give the accuracy difference", sh.DevFixed, sh.DevBroken, sh.Candidate.DevN)
	}
	// The corrections served as they are fix the corrected message and
	// change nothing else.
	if o := sh.Override; o.CorrectedAccuracy != 1 || o.DevAccuracy != sh.Serving.DevAccuracy || o.DevECE != sh.Serving.DevECE ||
		sh.OverrideFixed != 0 || sh.OverrideBroken != 0 {
		t.Errorf("override %+v, fixed %d, broken %d; serving %+v", o, sh.OverrideFixed, sh.OverrideBroken, sh.Serving)
	}
	if strings.Join(stages, ",") != "prepare,train,serving dev,serving corrected,candidate dev,candidate corrected,"+
		"serving+corrections dev,serving+corrections corrected,register" {
		t.Errorf("stages %v", stages)
	}
	vs, err := st.FindModelVersions(ctx, kefu.GlobalModel)
	if err != nil {
		t.Fatal(err)
	}
	if len(vs) != 2 || vs[0].Version != res.Version || vs[0].Serving || !vs[1].Serving || vs[1].Version != res.Serving {
		t.Fatalf("registry after retrain: %+v %+v", vs[0], vs[1])
	}
	var m map[string]any
	if err := json.Unmarshal(vs[0].Metrics, &m); err != nil || m["shadow"] == nil {
		t.Errorf("stored metrics %s", vs[0].Metrics)
	}
	// The registered file is the candidate.
	loaded, err := learn.Load(ctx, st, kefu.GlobalModel, res.Version)
	if err != nil || loaded.Version() != res.Version {
		t.Errorf("Load: %v, %v", loaded, err)
	}
}

// TestRetrainSkipsTrainedData retrains twice on the same corrections with
// SkipIfTrained: the second trains nothing; a new correction trains again.
func TestRetrainSkipsTrainedData(t *testing.T) {
	if testing.Short() {
		t.Skip("trains small models")
	}
	st := openStore(t)
	storetest.MustCreateTenant(t, st, "shop")
	relabel(t, st, "shop", "my parcel is a potato", "order_status", kefu.FeedbackAccepted)
	prep, err := nlu.NewPrep()
	if err != nil {
		t.Fatal(err)
	}
	trained := 0
	tr := &learn.Trainer{Store: st, Prep: prep, Train: func(ex []intent.Example, o intent.Options) (*intent.Model, error) {
		trained++
		var few []intent.Example
		for i, e := range ex {
			if i%100 == 0 || i == len(ex)-1 {
				few = append(few, e)
			}
		}
		return intent.Train(few, o)
	}}
	ctx := context.Background()
	o := learn.Options{By: "test", SkipIfTrained: true}
	first, err := tr.Retrain(ctx, "shop", o)
	if err != nil || first.Skipped {
		t.Fatalf("first: %+v %v", first, err)
	}
	second, err := tr.Retrain(ctx, "shop", o)
	if err != nil || !second.Skipped || second.Version != first.Version || second.DataHash != first.DataHash || trained != 1 {
		t.Fatalf("second: %+v %v, trained %d times", second, err, trained)
	}
	relabel(t, st, "shop", "the box came wet", "damaged_item", kefu.FeedbackAccepted)
	third, err := tr.Retrain(ctx, "shop", o)
	if err != nil || third.Skipped || third.DataHash == first.DataHash || trained != 2 {
		t.Fatalf("third: %+v %v, trained %d times", third, err, trained)
	}
	vs, err := st.FindModelVersions(ctx, "shop")
	if err != nil || len(vs) != 2 {
		t.Fatalf("versions %d, %v", len(vs), err)
	}
}
