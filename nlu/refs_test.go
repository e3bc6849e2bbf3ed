package nlu_test

import (
	"context"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/data/nlu/corpus"
)

// TestOrderNumberFormats checks that a shop's order-number format does not
// change what a message means: every dev row of kefu's corpus holding an
// order number is asked again with the number written in other shops'
// formats, and the intent must stay the same. It logs the accuracy per
// format and the share of rows whose intent is the same in every format.
func TestOrderNumberFormats(t *testing.T) {
	u := MustUnderstander(t)
	rows, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	_, dev := corpus.Split(rows)
	formats := []string{"10023", "FF-20931", "GL123456", "SO-884213"}
	ctx := context.Background()
	tenant := &kefu.Tenant{ID: "t"}
	var n, same int
	correct := make([]int, len(formats))
	for _, r := range dev {
		und, err := u.Understand(ctx, kefu.UnderstandRequest{Tenant: tenant, Text: r.Text, Language: r.Lang})
		if err != nil {
			t.Fatal(err)
		}
		var num string
		for _, e := range und.Entities {
			if e.Type == "order_number" {
				num = e.Text
			}
		}
		if num == "" {
			continue
		}
		n++
		var first string
		all := true
		for i, f := range formats {
			v, err := u.Understand(ctx, kefu.UnderstandRequest{Tenant: tenant, Text: strings.Replace(r.Text, num, f, 1), Language: r.Lang})
			if err != nil {
				t.Fatal(err)
			}
			if v.Intent == r.Label {
				correct[i]++
			}
			if i == 0 {
				first = v.Intent
			} else if v.Intent != first {
				all = false
			}
		}
		if all {
			same++
		}
	}
	if n < 50 {
		t.Fatalf("only %d dev rows with an order number", n)
	}
	for i, f := range formats {
		t.Logf("order number as %-10s accuracy %.3f over %d dev rows", f, float64(correct[i])/float64(n), n)
	}
	t.Logf("same intent in every format: %.3f", float64(same)/float64(n))
	if float64(same)/float64(n) < 0.97 {
		t.Errorf("the intent depends on the order number's format in %.1f%% of the rows", 100*(1-float64(same)/float64(n)))
	}
}
