package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
)

// TestSeedExamplesEndToEnd runs the examples kefu was started with through
// "kefu chat --json" on the demo shop each belongs to, and checks the
// understanding in the trace and the answer.
func TestSeedExamplesEndToEnd(t *testing.T) {
	t.Parallel() // long: runs beside the other long tests
	tests := []struct {
		tenant, customer, text string
		intent                 string
		entities               map[string]string
		outcome                string
		reply                  string
	}{
		// The seed's impatient question gets the whole progress of
		// c-1001's one order under way, not a request for its number.
		{"globalmart", "c-1001", "这货咋还没到?", "track_order", nil, "tracking", "您的订单10023正在运输途中"},
		// Answered from the cold-chain record of the customer's latest
		// order with salmon (FF-20931, on its way and cold so far); the
		// traceability tests follow the other cases.
		{"freshfarm", "c-2001", "我的三文鱼变质了吗?", "fresh_spoiled", nil, "fresh_verdict_ok", "全程保持在0 – 2 °C之内"},
		// Answered from the shop's product knowledge graph with the
		// foundations that suit both skin types (TestAdvisorDemo checks
		// each against the graph).
		{"glowlab", "c-3001", "混油皮夏天用什么粉底液?", "skin_advice", map[string]string{"skin_type": "combination_oily", "season": "summer"}, "advisor_recommend", "适合混合皮、油皮"},
		// No product in the conversation yet: the customs skill asks which
		// (TestCustomsSeedConversation follows up with the computation).
		{"globalmart", "c-1001", "意大利清关税费", "customs_duty", map[string]string{"country": "IT"}, "customs_ask_product", "哪件商品"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			env, out, errOut := testEnv(tt.text+"\n", nil)
			if code := Run(context.Background(), []string{"chat", "--json", "--tenant", tt.tenant, "--customer", tt.customer}, env); code != 0 {
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
			if tr.Intent != tt.intent || tr.Outcome != tt.outcome || tr.Language != "zh" {
				t.Errorf("intent %s outcome %s language %s, want %s %s zh (reply %q)", tr.Intent, tr.Outcome, tr.Language, tt.intent, tt.outcome, *turn.Reply)
			}
			for typ, want := range tt.entities {
				if got := entityValue(tr.Entities, typ); got != want {
					t.Errorf("entity %s = %q, want %q", typ, got, want)
				}
			}
			if !strings.Contains(*turn.Reply, tt.reply) {
				t.Errorf("reply %q lacks %q", *turn.Reply, tt.reply)
			}
			if tr.Confidence < 0.7 {
				t.Errorf("confidence %.2f under the default threshold", tr.Confidence)
			}
		})
	}
}

func entityValue(es []kefu.Entity, typ string) string {
	for _, e := range es {
		if e.Type == typ {
			return e.Value
		}
	}
	return ""
}
