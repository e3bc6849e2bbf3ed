package nlu_test

import (
	"bufio"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/nlu"
)

// TestProbes runs the messages of testdata/probes.tsv, written apart from
// the corpus, through the shipped model: each must get its intent with
// the confidence the policy acts on.
func TestProbes(t *testing.T) {
	u := MustUnderstander(t)
	f, err := os.Open("testdata/probes.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for line := 1; sc.Scan(); line++ {
		if sc.Text() == "" || strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) != 3 {
			t.Fatalf("probes.tsv:%d: want language, text and intent, got %q", line, sc.Text())
		}
		n++
		und, err := u.Understand(context.Background(), kefu.UnderstandRequest{Tenant: shop, Text: fields[1], Language: fields[0]})
		if err != nil {
			t.Fatal(err)
		}
		if und.Intent != fields[2] || und.Confidence < kefu.DefaultConfidenceThreshold {
			t.Errorf("probes.tsv:%d: %q → %s %.3f (alternatives %v), want %s ≥ %.2f", line, fields[1], und.Intent, und.Confidence, und.Alternatives, fields[2], kefu.DefaultConfidenceThreshold)
		}
	}
	if n < 20 {
		t.Fatalf("only %d probes read", n)
	}
}

// TestUnknownWordsNotUnderstood checks that a message none of whose words
// the model was trained on is not understood (confidence 0, so the
// policy asks again) rather than answered as out of scope or as whatever
// intent its character n-grams scored; one known word, a number or a
// script without spaces is judged by the model as before.
func TestUnknownWordsNotUnderstood(t *testing.T) {
	u := MustUnderstander(t)
	tests := []struct {
		text    string
		unknown bool
	}{
		{"flarn quux", true},
		{"blorp zzzz", true},
		{"zorp quibnix", true},
		{"hujambo rafiki", true}, // Swahili: not a language of the corpus
		{"where is my order", false},
		{"flarn where is my order", false},
		{"FF-20931", false},
		{"我的订单到哪了", false},
	}
	for _, tt := range tests {
		und, err := u.Understand(context.Background(), kefu.UnderstandRequest{Tenant: shop, Text: tt.text, Language: "en"})
		if err != nil {
			t.Fatal(err)
		}
		if got := und.Confidence == 0; got != tt.unknown {
			t.Errorf("%q → %s %.3f, want not understood (confidence 0): %v", tt.text, und.Intent, und.Confidence, tt.unknown)
		}
	}
}

// TestMeasureMask checks which quantities the classifier reads as
// MeasureRef: weights and volumes, not counts, and only for models that
// say so.
func TestMeasureMask(t *testing.T) {
	prep, err := nlu.NewPrep()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		m    nlu.Masks
		want string
	}{
		{"少了二两", nlu.CorpusMasks, "少了 measureref "},
		{"少了半斤", nlu.CorpusMasks, "少了 measureref "},
		{"the steak was 200 g short", nlu.CorpusMasks, "the steak was  measureref  short"},
		{"少了两盒", nlu.CorpusMasks, "少了两盒"},
		{"少了二两", nlu.Masks{Refs: true}, "少了二两"},
		{"where is 10023, 200 g short", nlu.Masks{Measures: true}, "where is 10023,  measureref  short"},
		{"where is 10023, 200 g short", nlu.Masks{}, "where is 10023, 200 g short"},
	}
	for _, tt := range tests {
		if got := prep.Prepare(tt.text, "", tt.m); got != tt.want {
			t.Errorf("Prepare(%q, %+v) = %q, want %q", tt.text, tt.m, got, tt.want)
		}
	}
}
