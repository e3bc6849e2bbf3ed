package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	tariff "github.com/kefu-ai/kefu/customs"
	"github.com/kefu-ai/kefu/internal/money"
)

// TestCustomsSeedConversation plays the seed example 意大利清关税费 through
// "kefu chat --json" (the real wiring of app.go on the demo shops): the bot
// asks which product, then answers with the computation of issue #5 for the
// demo shop's cashmere sweater, then recomputes for a corrected
// destination.
func TestCustomsSeedConversation(t *testing.T) {
	in := "意大利清关税费\n羊绒毛衣\n不是，寄到西班牙\n"
	env, out, errOut := testEnv(in, nil)
	if code := Run(context.Background(), []string{"chat", "--json", "--tenant", "globalmart", "--customer", "c-1002"}, env); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	// The corrected destination's amounts come from the library itself.
	tables, err := tariff.Open()
	if err != nil {
		t.Fatal(err)
	}
	res, err := tables.LandedCost(tariff.Consignment{Destination: "ES", Date: time.Now(),
		Items: []tariff.Item{{HS: "611012", UnitValue: money.MustParse("180.00", "EUR"), Quantity: 1, Origin: "CN"}}})
	if err != nil {
		t.Fatal(err)
	}
	spain := tables.Summary(res, "zh")
	var turns []chatTurn
	dec := json.NewDecoder(strings.NewReader(out.String()))
	for dec.More() {
		var ct chatTurn
		if err := dec.Decode(&ct); err != nil {
			t.Fatalf("bad JSON line in %q: %v", out, err)
		}
		turns = append(turns, ct)
	}
	want := []struct{ skill, outcome, contains string }{
		{"customs", "customs_ask_product", "哪件商品"},
		{"customs", "customs_quote", "意大利：完税价格 €180.00；关税 12% = €21.60；增值税 22%，计税基数 €201.60 = €44.35；合计应付 €65.95"},
		{"customs", "customs_quote", spain},
	}
	if len(turns) != len(want) {
		t.Fatalf("%d turns, want %d:\n%s", len(turns), len(want), out)
	}
	for i, w := range want {
		tr := turns[i]
		if tr.Reply == nil || tr.Trace == nil {
			t.Fatalf("turn %d: no reply or trace: %+v", i, tr)
		}
		if tr.Trace.Skill != w.skill || tr.Trace.Outcome != w.outcome || !strings.Contains(*tr.Reply, w.contains) {
			t.Errorf("turn %d (%q): skill %q outcome %q reply %q; want %s %s containing %q", i, tr.Text, tr.Trace.Skill, tr.Trace.Outcome, *tr.Reply, w.skill, w.outcome, w.contains)
		}
	}
}
