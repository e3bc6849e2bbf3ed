package freshness

import (
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/coldchain"
	"github.com/kefu-ai/kefu/traceability"
)

func TestAspect(t *testing.T) {
	tests := []struct {
		text, intent, want string
	}{
		{"where does the salmon come from?", IntentTraceability, "origin"},
		{"三文鱼产地是哪里", IntentStorageQuestion, "origin"},
		{"how long does the salmon keep?", IntentStorageQuestion, "keeps"},
		{"牛奶能放多久", IntentTraceability, ""}, // a traceability question gets the report
		{"how long was it out of the fridge? did it spoil?", IntentSpoiled, ""},
		{"溯源报告", IntentTraceability, ""},
		{"¿de dónde viene el salmón?", IntentSpoiled, "origin"},
	}
	for _, tt := range tests {
		st := &kefu.TurnState{Message: &kefu.Message{Text: tt.text}, Understanding: kefu.Understanding{Intent: tt.intent}}
		if got := aspect(st); got != tt.want {
			t.Errorf("aspect(%q, %s) = %q, want %q", tt.text, tt.intent, got, tt.want)
		}
	}
}

func TestItemPicksTheNamedOrTheWorst(t *testing.T) {
	rep := &traceability.Report{Items: []*traceability.Item{
		{Line: kefu.OrderLine{SKU: "SALMON"}, Analysis: coldchain.Analysis{Verdict: coldchain.OK}},
		{Line: kefu.OrderLine{SKU: "ICE"}, Analysis: coldchain.Analysis{Verdict: coldchain.LikelySpoiled}},
		{Line: kefu.OrderLine{SKU: "MILK"}, Analysis: coldchain.Analysis{Verdict: coldchain.Unknown}},
	}}
	if it := item(rep, "SALMON"); it.Line.SKU != "SALMON" {
		t.Errorf("named: %s", it.Line.SKU)
	}
	if it := item(rep, ""); it.Line.SKU != "ICE" {
		t.Errorf("worst: %s", it.Line.SKU)
	}
	if it := item(&traceability.Report{}, ""); it != nil {
		t.Errorf("empty report: %+v", it)
	}
}
