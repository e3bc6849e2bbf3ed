package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
)

// TestLateDeliveryAnswers asks the freshfarm demo's customers about late
// deliveries: the answer measures the delay from the shipment (the
// promised slot's end against the delivery scan), acknowledging it first.
func TestLateDeliveryAnswers(t *testing.T) {
	tests := []struct {
		customer, text, outcome string
		reply                   []string
	}{
		{"c-2007", "配送延迟了半小时", "late_delivered_late", []string{"很抱歉", "FF-20923", "35分钟", "09:40"}},
		{"c-2007", "my delivery is 30 minutes late", "late_delivered_late", []string{"I'm sorry", "FF-20923", "35 minutes after"}},
		{"c-2005", "my delivery is late", "late_delivered_on_time", []string{"FF-20925", "within the promised slot"}},
		{"c-2005", "order FF-20923 was late", "late_no_order", []string{"order number"}}, // another customer's order
		{"", "my delivery is late", "late_sign_in", []string{"sign in"}},
	}
	for _, tt := range tests {
		t.Run(tt.customer+" "+tt.text, func(t *testing.T) {
			env, out, errOut := testEnv(tt.text+"\n", nil)
			if code := Run(context.Background(), []string{"chat", "--json", "--tenant", "freshfarm", "--customer", tt.customer}, env); code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			var turn chatTurn
			if err := json.Unmarshal([]byte(out.String()), &turn); err != nil {
				t.Fatalf("%v: %q", err, out)
			}
			if turn.Trace == nil || turn.Reply == nil || turn.Trace.Outcome != tt.outcome {
				t.Fatalf("outcome %v, want %s: %s", turn.Trace, tt.outcome, out)
			}
			for _, want := range tt.reply {
				if !strings.Contains(*turn.Reply, want) {
					t.Errorf("reply %q lacks %q", *turn.Reply, want)
				}
			}
		})
	}
}
