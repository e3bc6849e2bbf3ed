package entity

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"testing"
)

func TestRequiresDigit(t *testing.T) {
	for _, tt := range []struct {
		pattern string
		want    bool
	}{
		{`\b1\d{4}\b`, true},
		{`\d+`, true},
		{`[0-9]`, true},
		{`(?i)ord-?\d{5}`, true},
		{`A7`, true},
		{`(?:\d{3}|X\d)`, true},
		{`\d*`, false},
		{`\d?`, false},
		{`\d{0,3}`, false},
		{`[0-9a-f]{8}`, false},
		{`\pN+`, false},
		{`[^a-z]+`, false},
		{`(?:\d{3}|XY)`, false},
		{`[A-Z]{3}`, false},
		{`\b(?:[A-Z]{1,4}-?)?\d{5,12}\b`, true},
		{`(\d)|`, false},
	} {
		t.Run(tt.pattern, func(t *testing.T) {
			p, err := syntax.Parse(tt.pattern, syntax.Perl)
			if err != nil {
				t.Fatal(err)
			}
			if got := requiresDigit(p.Simplify()); got != tt.want {
				t.Errorf("requiresDigit(%q) = %v, want %v", tt.pattern, got, tt.want)
			}
		})
	}
}

// TestOrderPatternSkip checks that skipping a digit-requiring pattern on
// text without digits finds what the regexp finds: nothing. The pattern
// runs on the text with Arabic-Indic digits read as ASCII ones, so
// "١٢٣٤٥" is the order 12345.
func TestOrderPatternSkip(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`\b1\d{4}\b`)
	for _, text := range []string{"where is my order", "订单 12345 到哪了", "order 12345", "١٢٣٤٥ arabic digits", "x"} {
		var got []string
		for _, e := range x.Extract(text, "en", Options{OrderPattern: re}) {
			if e.Type == TypeOrder {
				got = append(got, e.Value)
			}
		}
		w, _ := westernDigits(text)
		want := re.FindAllString(w, -1)
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("%q: orders %v, regexp %v", text, got, want)
		}
	}
}
