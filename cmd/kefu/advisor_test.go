package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/cosmetics/graph"
	"github.com/kefu-ai/kefu/cosmetics/inci"
	"github.com/kefu-ai/kefu/importer"
	"github.com/kefu-ai/kefu/sqlite"
)

// TestAdvisorDemo asks glowlab, through "kefu chat --json" with the
// shipped NLU and the real policy, the questions that used to get the
// same skin-types article, each in a conversation of its own, and checks
// that the advisor answers them from the shop's data: the products on
// the card suit what was asked (by the product knowledge graph), the
// budget is kept, and the replies are in the customer's language.
func TestAdvisorDemo(t *testing.T) {
	t.Parallel() // long: runs beside the other long tests
	ctx := context.Background()
	// The demo catalogue, to check the cards against the graph.
	db, err := sqlite.Open(ctx, t.TempDir()+"/demo.db", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := importer.LoadDemo(ctx, db, nil); err != nil {
		t.Fatal(err)
	}
	profiles := map[string]*graph.Profile{}
	var ps []*kefu.Product
	for after := ""; ; {
		page, err := db.FindProducts(ctx, kefu.ProductFilter{TenantID: "glowlab", After: after})
		if err != nil {
			t.Fatal(err)
		}
		ps = append(ps, page...)
		if len(page) < 1000 {
			break
		}
		after = page[len(page)-1].SKU
	}
	for _, p := range graph.DeriveAll(ps, inci.DefaultRatings()) {
		profiles[p.SKU] = p
	}
	prices := map[string]int64{}
	for _, p := range ps {
		prices[p.SKU] = p.Price
	}

	tests := []struct {
		text, lang, outcome string
		reply               []string
		// check runs on each product of the card.
		check func(t *testing.T, it kefu.CardItem, p *graph.Profile)
	}{
		{"混油皮夏天用什么粉底液？", "zh", "advisor_recommend", []string{"为您挑选的粉底液", "适合"},
			func(t *testing.T, it kefu.CardItem, p *graph.Profile) {
				if p.SuitsSkin("oily").Verdict == graph.VerdictAvoid || !p.Has(graph.DimCategory, "foundation") {
					t.Errorf("%s is not a foundation for oily skin: %v", it.SKU, p.Values(graph.DimSuitsSkin))
				}
			}},
		{"敏感肌能用A醇吗？", "zh", "advisor_caution", []string{"敏感肌可以用，但要注意", "从低浓度"},
			func(t *testing.T, it kefu.CardItem, p *graph.Profile) {
				if !p.Has(graph.DimActives, "retinoid") || p.SuitsSkin("sensitive").Verdict == graph.VerdictAvoid {
					t.Errorf("%s: not a retinoid for sensitive skin", it.SKU)
				}
			}},
		{"recommend a moisturizer for dry skin under $30", "en", "advisor_recommend", []string{"moisturiser (dry skin, up to $30.00 ≈ €"},
			func(t *testing.T, it kefu.CardItem, p *graph.Profile) {
				if prices[it.SKU] > 2600 { // $30 at the demo's rate is under €26
					t.Errorf("%s costs %d, over the budget", it.SKU, prices[it.SKU])
				}
				if p.SuitsSkin("dry").Verdict == graph.VerdictAvoid {
					t.Errorf("%s: avoid for dry skin", it.SKU)
				}
			}},
		{"¿qué protector solar me recomiendas para piel grasa?", "es", "advisor_recommend", []string{"Te propongo estos productos: protector solar (piel grasa)"},
			func(t *testing.T, it kefu.CardItem, p *graph.Profile) {
				if !p.Has(graph.DimEfficacy, "sun protection") || p.SuitsSkin("oily").Verdict == graph.VerdictAvoid {
					t.Errorf("%s: not a sunscreen for oily skin", it.SKU)
				}
			}},
		{"早C晚A怎么搭配", "zh", "advisor_routine", []string{"早C晚A可以一起用", "早上用", "晚上用"}, nil},
		{"what do other customers say about the Barrier Repair Moisturiser?", "en", "advisor_reviews", []string{"Barrier Repair Moisturiser, 50 ml: ", "★ from ", "One of them wrote: “"},
			func(t *testing.T, it kefu.CardItem, p *graph.Profile) {
				if it.SKU != "GL-MST-BARRIER" || it.Reviews == 0 {
					t.Errorf("card %+v: want the moisturiser asked about, with its reviews", it)
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			env, out, errOut := testEnv(tt.text+"\n", nil)
			if code := Run(context.Background(), []string{"chat", "--json", "--tenant", "glowlab", "--customer", "c-3001"}, env); code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			var turn chatTurn
			if err := json.Unmarshal([]byte(out.String()), &turn); err != nil {
				t.Fatalf("%v: %q", err, out)
			}
			if turn.Trace == nil || turn.Reply == nil {
				t.Fatalf("no reply or trace: %s", out)
			}
			tr := turn.Trace
			if tr.Skill != "advisor" || tr.Outcome != tt.outcome || tr.Language != tt.lang {
				t.Fatalf("skill %s outcome %s language %s, want advisor %s %s (intent %s %.2f, reply %q)",
					tr.Skill, tr.Outcome, tr.Language, tt.outcome, tt.lang, tr.Intent, tr.Confidence, *turn.Reply)
			}
			for _, want := range tt.reply {
				if !strings.Contains(*turn.Reply, want) {
					t.Errorf("reply lacks %q:\n%s", want, *turn.Reply)
				}
			}
			var items []kefu.CardItem
			for _, c := range turn.Cards {
				if c.Type == kefu.CardProducts {
					items = append(items, c.Items...)
				}
			}
			if len(items) == 0 {
				t.Fatalf("no products card: %+v", turn.Cards)
			}
			for _, it := range items {
				if it.Name == "" || it.Price == "" || it.SKU == "" {
					t.Errorf("incomplete item %+v", it)
				}
				if tt.check != nil {
					tt.check(t, it, profiles[it.SKU])
				}
			}
		})
	}
}
