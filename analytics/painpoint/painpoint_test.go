package painpoint

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/nlu/intent"
)

// MustTrain trains a classifier or fails the test.
func MustTrain(tb testing.TB, ex []Example, o Options) *Classifier {
	tb.Helper()
	c, err := Train(ex, o)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// handRows are small Portuguese reviews written for these tests, in the
// Olist subclasses: each label's phrases share words with its test
// phrases below, the other labels' do not.
func handRows() []Example {
	var ex []Example
	add := func(label string, score int, d Delivery, texts ...string) {
		for _, t := range texts {
			ex = append(ex, Example{Review: Review{Text: t, Score: score, Delivery: d}, Label: label})
		}
	}
	add("atrasado", 1, Late,
		"o produto chegou atrasado", "entrega atrasada, muito demorada", "atrasou demais a entrega",
		"até agora não chegou, prazo vencido", "demorou muito para chegar", "chegou com atraso de uma semana")
	add("baixa_qualidade", 2, OnTime,
		"produto de baixa qualidade, quebrou", "material muito fraco, quebrou no primeiro uso", "qualidade péssima",
		"veio com defeito e quebrado", "produto frágil e mal acabado", "a qualidade é ruim, não durou")
	add("satisfeito", 5, OnTime,
		"tudo certo, recomendo", "ótimo produto, adorei", "excelente, recomendo a loja",
		"gostei muito, tudo perfeito", "produto ótimo e bonito", "adorei, super recomendo")
	return ex
}

func TestTrainClassify(t *testing.T) {
	c := MustTrain(t, handRows(), Options{})
	if got, want := c.Labels(), []string{"atrasado", "baixa_qualidade", "satisfeito"}; !slices.Equal(got, want) {
		t.Fatalf("labels %q, want %q", got, want)
	}
	tests := []struct {
		name string
		r    Review
		want string
	}{
		{"late words", Review{Text: "Chegou muito ATRASADO!!", Score: 2, Delivery: Late}, "atrasado"},
		{"quality words", Review{Text: "quebrou, qualidade ruim", Score: 2, Delivery: OnTime}, "baixa_qualidade"},
		{"praise", Review{Text: "recomendo, adorei", Score: 5, Delivery: OnTime}, "satisfeito"},
		{"chat slang is normalised", Review{Text: "adorei, recomendo vc", Score: 0}, "satisfeito"},
		{"text without signals", Review{Text: "entrega atrasada"}, "atrasado"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := c.Classify(tt.r)
			if res.Label != tt.want {
				t.Fatalf("Classify(%q) = %q (%v), want %q", tt.r.Text, res.Label, res.Scores, tt.want)
			}
			if len(res.Scores) != 3 || res.Scores[0].Label != res.Label {
				t.Fatalf("scores %v: want all 3 labels, %q first", res.Scores, res.Label)
			}
			sum := 0.0
			for i, s := range res.Scores {
				sum += s.P
				if i > 0 && s.P > res.Scores[i-1].P {
					t.Errorf("scores %v not most probable first", res.Scores)
				}
			}
			if math.Abs(sum-1) > 1e-3 {
				t.Errorf("scores %v sum to %g, want 1", res.Scores, sum)
			}
			if res.Confidence <= 0 || res.Confidence > 1 {
				t.Errorf("confidence %g out of (0, 1]", res.Confidence)
			}
			if c.Predict(tt.r) != res.Label {
				t.Errorf("Predict disagrees with Classify")
			}
		})
	}
}

// TestTextless: a review with only a score and a delivery state is
// classified from them; a text-only classifier cannot tell such reviews
// apart.
func TestTextless(t *testing.T) {
	ex := handRows()
	// Star-only reviews: the signals are all there is.
	for range 4 {
		ex = append(ex,
			Example{Review: Review{Score: 1, Delivery: Late}, Label: "atrasado"},
			Example{Review: Review{Score: 2, Delivery: OnTime}, Label: "baixa_qualidade"},
			Example{Review: Review{Score: 5, Delivery: OnTime}, Label: "satisfeito"})
	}
	c := MustTrain(t, ex, Options{})
	tests := []struct {
		r    Review
		want string
	}{
		{Review{Score: 1, Delivery: Late}, "atrasado"},
		{Review{Score: 2, Delivery: OnTime}, "baixa_qualidade"},
		{Review{Score: 5, Delivery: OnTime}, "satisfeito"},
		{Review{Text: "  ", Score: 5, Delivery: OnTime}, "satisfeito"},
	}
	for _, tt := range tests {
		if got := c.Predict(tt.r); got != tt.want {
			t.Errorf("Predict(score %d, %s) = %q, want %q", tt.r.Score, tt.r.Delivery, got, tt.want)
		}
	}
	text := MustTrain(t, ex, Options{NoSignals: true})
	a := text.Classify(Review{Score: 1, Delivery: Late})
	b := text.Classify(Review{Score: 5, Delivery: OnTime})
	if !slices.Equal(a.Scores, b.Scores) {
		t.Errorf("text-only classifier scores differ for two empty reviews: %v vs %v", a.Scores, b.Scores)
	}
}

func TestSignalTokens(t *testing.T) {
	tests := []struct {
		r    Review
		want string
	}{
		{Review{Text: "x", Score: 3, Delivery: Late}, " ǂstar3 ǂlate ǂs3late"},
		{Review{Text: "x", Score: 0, Delivery: OnTime}, " ǂontime"},
		{Review{Text: "x", Score: 9, Delivery: NotDelivered}, " ǂundelivered"},
		{Review{Text: "x"}, ""},
		{Review{Score: 1}, " ǂstar1 ǂnotext"},
	}
	for _, tt := range tests {
		if got := signalTokens(tt.r); got != tt.want {
			t.Errorf("signalTokens(%+v) = %q, want %q", tt.r, got, tt.want)
		}
	}
}

func TestTrainErrors(t *testing.T) {
	tests := []struct {
		name string
		ex   []Example
		want string
	}{
		{"none", nil, "no training examples"},
		{"unlabelled", []Example{{Review: Review{Text: "a"}, Label: "x"}, {Review: Review{Text: "b"}}}, "example 1 has no label"},
		{"one label", []Example{{Review: Review{Text: "a"}, Label: "x"}, {Review: Review{Text: "b"}, Label: "x"}}, `one label ("x")`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Train(tt.ex, Options{})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err %v, want %q", err, tt.want)
			}
		})
	}
}

func TestNaiveBayes(t *testing.T) {
	ex := []Example{
		{Review: Review{Text: "chegou atrasado"}, Label: "late"},
		{Review: Review{Text: "muito atrasado"}, Label: "late"},
		{Review: Review{Text: "ótimo produto"}, Label: "ok"},
		{Review: Review{Text: "produto bom"}, Label: "ok"},
		{Review: Review{Text: "bom"}, Label: "ok"},
	}
	nb, err := TrainNaiveBayes(ex, 1, "")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, want string
	}{
		{"ATRASADO", "late"},
		{"produto atrasado chegou", "late"},
		{"bom produto", "ok"},
		{"", "ok"},                     // the prior: 3 of 5 are ok
		{"palavra desconhecida", "ok"}, // unseen words say nothing
	}
	for _, tt := range tests {
		if got := nb.Predict(Review{Text: tt.text, Score: 1, Delivery: Late}); got != tt.want {
			t.Errorf("Predict(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	// By hand with alpha 1: V = 6 words; late has 4 words, ok 5.
	// "produto": late (0+1)/(4+6), ok (2+1)/(5+6); priors 2/5, 3/5.
	want := math.Log(1.0/10) - math.Log(3.0/11)
	got := nb.logp["produto"][0] - nb.logp["produto"][1]
	if math.Abs(got-want) > 1e-12 {
		t.Errorf("log-odds of produto %g, want %g", got, want)
	}
	if _, err := TrainNaiveBayes(nil, 1, ""); err == nil {
		t.Error("no examples: no error")
	}
}

func TestMeasure(t *testing.T) {
	gold := []string{"a", "a", "a", "b", "b", "c"}
	pred := []string{"a", "a", "b", "b", "d", "c"}
	s := Measure(gold, pred)
	// a: tp 2, fp 0, fn 1 → F1 4/5; b: tp 1, fp 1, fn 1 → 1/2; c: 1;
	// d (predicted, never gold): 0.
	want := map[string]float64{"a": 0.8, "b": 0.5, "c": 1, "d": 0}
	if !slices.Equal(s.Labels, []string{"a", "b", "c", "d"}) {
		t.Fatalf("labels %q", s.Labels)
	}
	for _, c := range s.PerClass {
		if math.Abs(c.F1-want[c.Label]) > 1e-12 {
			t.Errorf("%s F1 %g, want %g", c.Label, c.F1, want[c.Label])
		}
	}
	if math.Abs(s.MacroF1-2.3/4) > 1e-12 || math.Abs(s.Accuracy-4.0/6) > 1e-12 || s.N != 6 {
		t.Errorf("macro-F1 %g accuracy %g n %d, want 0.575 0.6667 6", s.MacroF1, s.Accuracy, s.N)
	}
	if s.Confusion[1][3] != 1 || s.Confusion[0][1] != 1 || s.Confusion[0][0] != 2 {
		t.Errorf("confusion %v", s.Confusion)
	}
	if c := s.PerClass[0]; c.Support != 3 || c.Predicted != 2 || c.Precision != 1 || math.Abs(c.Recall-2.0/3) > 1e-12 {
		t.Errorf("a: %+v", c)
	}
}

func TestFolds(t *testing.T) {
	var ex []Example
	for i := range 50 {
		ex = append(ex, Example{Label: []string{"x", "y", "y", "z", "z"}[i%5]})
	}
	f := Folds(ex, 5)
	per := map[string][]int{}
	for i, e := range ex {
		if per[e.Label] == nil {
			per[e.Label] = make([]int, 5)
		}
		per[e.Label][f[i]]++
	}
	for l, n := range per {
		if slices.Min(n) != slices.Max(n) {
			t.Errorf("label %s spread over folds as %v, want even", l, n)
		}
	}
}

func TestCrossValidate(t *testing.T) {
	ex := handRows()
	grid := []Setting{
		{Name: "words", Options: Options{Text: intent.Options{NoChars: true, Hidden: -1}}},
		{Name: "chars", Options: Options{Text: intent.Options{Hidden: -1}}},
	}
	var lines []string
	res, best, err := CrossValidate(context.Background(), ex, grid, 3, func(s string) { lines = append(lines, s) })
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 2 || len(lines) != 2 || best < 0 || best > 1 {
		t.Fatalf("results %v, best %d, progress %q", res, best, lines)
	}
	for _, r := range res {
		if r.MacroF1 < 0.6 || r.Accuracy < 0.6 {
			t.Errorf("%s: cv macro-F1 %.3f accuracy %.3f on separable rows", r.Setting.Name, r.MacroF1, r.Accuracy)
		}
		if res[best].MacroF1 < r.MacroF1 {
			t.Errorf("best %d (%.3f) is below %s (%.3f)", best, res[best].MacroF1, r.Setting.Name, r.MacroF1)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := CrossValidate(ctx, ex, grid, 3, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err %v", err)
	}
	nres, nbest, err := CrossValidateNB(ex, []float64{0.1, 1}, 3, "")
	if err != nil || len(nres) != 2 || nbest < 0 {
		t.Fatalf("CrossValidateNB: %v %v %d", nres, err, nbest)
	}
}

func TestReadCSV(t *testing.T) {
	const head = "id,review_score,review_comment_title,review_comment_message,delivered_late,most_voted_subclass,most_voted_class\n"
	tests := []struct {
		name, in string
		label    string
		want     []Row
		err      string
	}{
		{"rows", head + "1,5,,tudo certo,0,satisfeito,satisfeito_com_pedido\n" +
			"2,1,Ruim,\"não chegou,\nnada\",,,\n" +
			"3,,,,1,atrasado,problemas_de_entrega\n", SubclassColumn, []Row{
			{Line: 2, Review: Review{Text: "tudo certo", Score: 5, Delivery: OnTime}, Label: "satisfeito", Class: "satisfeito_com_pedido"},
			{Line: 3, Review: Review{Text: "Ruim\nnão chegou,\nnada", Score: 1, Delivery: NotDelivered}},
			{Line: 5, Review: Review{Delivery: Late}, Label: "atrasado", Class: "problemas_de_entrega"},
		}, ""},
		{"class label", head + "1,4,,ok,0,satisfeito,satisfeito_com_pedido\n", ClassColumn, []Row{
			{Line: 2, Review: Review{Text: "ok", Score: 4, Delivery: OnTime}, Label: "satisfeito_com_pedido", Class: "satisfeito_com_pedido"},
		}, ""},
		{"no label column", "review_score,review_comment_message,delivered_late\n5,a,0\n", ClassColumn, nil, `line 1: no column "most_voted_class"`},
		{"empty", "", ClassColumn, nil, "line 1: empty file"},
		{"no rows", head, ClassColumn, nil, "no rows"},
		{"bad score", head + "1,5,,a,0,x,y\n2,6,,b,0,x,y\n", ClassColumn, nil, `line 3: review_score "6" is not 1–5`},
		{"bad late", head + "1,5,,a,yes,x,y\n", ClassColumn, nil, `line 2: delivered_late "yes"`},
		{"bad quote", head + "1,5,,\"a\"b,0,x,y\n", ClassColumn, nil, "line 2:"},
		{"short row", head + "1,5,,a,0,x,y\n2,5\n", ClassColumn, nil, "line 3: wrong number of fields"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := ReadCSV(strings.NewReader(tt.in), tt.label)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(rows, tt.want) {
				t.Fatalf("rows\n%+v\nwant\n%+v", rows, tt.want)
			}
		})
	}
	rows, _ := ReadCSV(strings.NewReader(tests[0].in), SubclassColumn)
	ex, un := Labelled(rows)
	if len(ex) != 2 || un != 1 || ex[1].Label != "atrasado" {
		t.Errorf("Labelled: %v, %d unlabelled", ex, un)
	}
}

func TestAnalyseLate(t *testing.T) {
	rows := []Row{
		{Review: Review{Score: 5, Delivery: OnTime}, Class: "ok"},
		{Review: Review{Score: 4, Delivery: OnTime}, Class: "ok"},
		{Review: Review{Score: 2, Delivery: OnTime}, Class: "quality"},
		{Review: Review{Score: 1, Delivery: Late}, Class: "delivery", Label: "atrasado"},
		{Review: Review{Score: 2, Delivery: Late}, Class: "delivery", Label: "atrasado"},
		{Review: Review{Score: 0, Delivery: Late}, Class: "ok"},
		{Review: Review{Score: 1, Delivery: NotDelivered}, Class: "delivery"},
		{Review: Review{Score: 3, Delivery: DeliveryUnknown}},
	}
	r := AnalyseLate(rows)
	means := []float64{11.0 / 3, 1.5, 1}
	for i, g := range r.Groups {
		if math.Abs(g.MeanScore-means[i]) > 1e-12 {
			t.Errorf("%s mean score %g, want %g", g.Delivery, g.MeanScore, means[i])
		}
	}
	late := r.Groups[1]
	if late.Delivery != "late" || late.Rows != 3 || late.Scored != 2 || late.LowScores != 2 || late.Classes["delivery"] != 2 || late.Classes["ok"] != 1 || late.Labels["atrasado"] != 2 || late.Labels[""] != 1 {
		t.Errorf("late group %+v", late)
	}
	if r.Rows != 8 || r.LowScores != 4 || r.LowLate != 2 || r.LowNotDelivered != 1 || r.LowLateShare != 0.5 || r.LateShare != 3.0/8 {
		t.Errorf("report %+v", r)
	}
}

func TestLabelName(t *testing.T) {
	for in, want := range map[string]string{"atrasado": "late", "problemas_de_entrega": "delivery problem", "": "(no label)", "custom": "custom"} {
		if got := LabelName(in); got != want {
			t.Errorf("LabelName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestReviewOf(t *testing.T) {
	got := ReviewOf(kefu.Review{Rating: 2, Title: "Ruim", Text: "não chegou", Language: "pt"}, NotDelivered)
	want := Review{Text: "Ruim\nnão chegou", Score: 2, Delivery: NotDelivered, Lang: "pt"}
	if got != want {
		t.Errorf("ReviewOf = %+v, want %+v", got, want)
	}
	if got := ReviewOf(kefu.Review{Rating: 5, Language: "zh"}, DeliveryUnknown); got.Text != "" || got.Score != 5 {
		t.Errorf("stars-only review: %+v", got)
	}
}

func TestBootstrapMargin(t *testing.T) {
	gold := []string{"a", "b", "a", "b", "a", "b", "a", "b"}
	right := slices.Clone(gold)
	wrong := []string{"b", "a", "b", "a", "b", "a", "a", "b"}
	if ci := bootstrapMargin(gold, right, right, 200); ci != [2]float64{0, 0} {
		t.Errorf("same predictions: interval %v, want [0 0]", ci)
	}
	ci := bootstrapMargin(gold, right, wrong, 200)
	if ci[0] <= 0 || ci[1] > 1 || ci[0] > ci[1] {
		t.Errorf("right against mostly wrong: interval %v, want within (0, 1]", ci)
	}
	if again := bootstrapMargin(gold, right, wrong, 200); again != ci {
		t.Errorf("not reproducible: %v then %v", ci, again)
	}
}

// FuzzReadCSV: any input gives rows or an error naming a line, never a
// panic, and every row read is within the documented ranges.
func FuzzReadCSV(f *testing.F) {
	const head = "review_score,review_comment_title,review_comment_message,delivered_late,most_voted_class\n"
	f.Add(head + "5,,tudo certo,0,satisfeito_com_pedido\n")
	f.Add(head + "1,Ruim,\"não\nchegou\",,\n")
	f.Add(head + "9,,x,2,y\n")
	f.Add("\ufeff" + head + "\"\n")
	f.Fuzz(func(t *testing.T, in string) {
		rows, err := ReadCSV(strings.NewReader(in), ClassColumn)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "line ") && err.Error() != "no rows after the header" {
				t.Fatalf("error %q does not name a line", err)
			}
			return
		}
		for _, r := range rows {
			if r.Score < 0 || r.Score > 5 || r.Delivery == DeliveryUnknown || r.Line < 2 {
				t.Fatalf("row %+v out of range", r)
			}
		}
	})
}

// TestClassifyConcurrent: a Classifier is shared by goroutines and
// answers each as it would alone (run with -race).
func TestClassifyConcurrent(t *testing.T) {
	ex := handRows()
	c := MustTrain(t, ex, Options{})
	want := make([]Result, len(ex))
	for i, e := range ex {
		want[i] = c.Classify(e.Review)
	}
	errs := make(chan string, 4*len(ex))
	done := make(chan struct{})
	for g := range 4 {
		go func() {
			defer func() { done <- struct{}{} }()
			for k := range len(ex) {
				i := (k + g*5) % len(ex)
				if got := c.Classify(ex[i].Review); !slices.Equal(got.Scores, want[i].Scores) || got.Label != want[i].Label {
					errs <- fmt.Sprintf("review %d: %+v, alone %+v", i, got, want[i])
				}
			}
		}()
	}
	for range 4 {
		<-done
	}
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestSignalDropout(t *testing.T) {
	for _, tt := range []struct {
		p    float64
		n    int
		want int
	}{{0, 100, 0}, {-1, 100, 0}, {0.25, 100, 25}, {0.5, 100, 50}, {1, 100, 100}, {0.3, 10, 3}} {
		got, run := 0, 0
		for i := range tt.n {
			if dropSignals(i, tt.p) {
				got++
				run = 0
			} else if run++; tt.p >= 0.25 && run > int(1/tt.p) {
				t.Errorf("p %g: %d kept in a row at %d", tt.p, run, i)
			}
		}
		if got != tt.want {
			t.Errorf("p %g: %d of %d dropped, want %d", tt.p, got, tt.n, tt.want)
		}
	}
	// Trained with its signals only half the time, the classifier reads
	// text that comes without them.
	c := MustTrain(t, handRows(), Options{SignalDropout: 0.5})
	for _, tt := range []struct{ text, want string }{
		{"entrega atrasada", "atrasado"}, {"quebrou, qualidade ruim", "baixa_qualidade"}, {"adorei, recomendo", "satisfeito"},
	} {
		if got := c.Predict(Review{Text: tt.text}); got != tt.want {
			t.Errorf("Predict(%q) without signals = %q, want %q", tt.text, got, tt.want)
		}
	}
}
