package dialog_test

import (
	"context"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/dialog"
)

type namedSkill struct {
	name    string
	intents []string
}

func (s namedSkill) Name() string      { return s.name }
func (s namedSkill) Intents() []string { return s.intents }
func (s namedSkill) Run(context.Context, *kefu.TurnState) (kefu.SkillResult, error) {
	return kefu.SkillResult{}, nil
}

func TestPolicy(t *testing.T) {
	p := dialog.NewPolicy([]kefu.Skill{namedSkill{"orders", []string{"track_order"}}, namedSkill{"kb", []string{"return_policy"}}}, "kb", map[string]string{"order_number": "orders"})
	tests := []struct {
		name     string
		status   kefu.ConversationStatus
		slots    map[string]string
		intent   string
		conf     float64
		vip      bool
		emotion  kefu.Emotion
		settings kefu.TenantSettings
		want     kefu.Action
		skill    string
		priority int
		sens     []string
	}{
		{"skill by intent", kefu.StatusBot, nil, "track_order", 0.9, false, kefu.Emotion{}, kefu.TenantSettings{}, kefu.ActionSkill, "orders", 0, nil},
		{"low confidence falls back to knowledge", kefu.StatusBot, nil, "track_order", 0.1, false, kefu.Emotion{}, kefu.TenantSettings{}, kefu.ActionSkill, "kb", 0, nil},
		{"unknown intent falls back to knowledge", kefu.StatusBot, nil, "weather", 0.9, false, kefu.Emotion{}, kefu.TenantSettings{}, kefu.ActionSkill, "kb", 0, nil},
		{"human asked", kefu.StatusBot, nil, "human_agent", 0.5, false, kefu.Emotion{}, kefu.TenantSettings{}, kefu.ActionHandoff, "", 1, nil},
		{"vip human asked gets priority", kefu.StatusBot, nil, "human_agent", 0.5, true, kefu.Emotion{}, kefu.TenantSettings{}, kefu.ActionHandoff, "", 2, nil},
		{"agent has it: silent", kefu.StatusAgent, nil, "track_order", 0.9, false, kefu.Emotion{}, kefu.TenantSettings{}, kefu.ActionSilent, "", 0, nil},
		{"queued: silent", kefu.StatusQueued, nil, "greeting", 0.9, false, kefu.Emotion{}, kefu.TenantSettings{}, kefu.ActionSilent, "", 0, nil},
		{"slot answer goes to the asking skill", kefu.StatusBot, map[string]string{"_expecting": "order_number"}, "provide_info", 0.9, false, kefu.Emotion{}, kefu.TenantSettings{}, kefu.ActionSkill, "orders", 0, nil},
		{"greeting", kefu.StatusBot, nil, "greeting", 0.8, false, kefu.Emotion{}, kefu.TenantSettings{}, kefu.ActionSmalltalk, "", 0, nil},
		{"strong anger hands off with priority", kefu.StatusBot, nil, "track_order", 0.9, false, kefu.Emotion{Label: "anger", Intensity: 0.8}, kefu.TenantSettings{}, kefu.ActionHandoff, "", 2, nil},
		{"angry vip", kefu.StatusBot, nil, "track_order", 0.9, true, kefu.Emotion{Label: "anger", Intensity: 0.8}, kefu.TenantSettings{}, kefu.ActionHandoff, "", 3, nil},
		{"mild anger stays with the bot", kefu.StatusBot, nil, "track_order", 0.9, false, kefu.Emotion{Label: "anger", Intensity: 0.3}, kefu.TenantSettings{}, kefu.ActionSkill, "orders", 0, nil},
		{"tenant keeps angry customers with the bot", kefu.StatusBot, nil, "track_order", 0.9, false, kefu.Emotion{Label: "anger", Intensity: 0.9}, kefu.TenantSettings{NoAngerHandoff: true}, kefu.ActionSkill, "orders", 0, nil},
		{"angry and asking for a human", kefu.StatusBot, nil, "human_agent", 0.9, false, kefu.Emotion{Label: "anger", Intensity: 0.9}, kefu.TenantSettings{}, kefu.ActionHandoff, "", 2, nil},
		{"not understood twice: hand off", kefu.StatusBot, map[string]string{"_clarified": "2"}, "weather", 0.2, false, kefu.Emotion{}, kefu.TenantSettings{}, kefu.ActionHandoff, "", 1, nil},
		{"not understood once: try again", kefu.StatusBot, map[string]string{"_clarified": "1"}, "weather", 0.2, false, kefu.Emotion{}, kefu.TenantSettings{}, kefu.ActionSkill, "kb", 0, nil},
		{"tenant allows more clarifications", kefu.StatusBot, map[string]string{"_clarified": "2"}, "weather", 0.2, false, kefu.Emotion{}, kefu.TenantSettings{ClarifyLimit: 3}, kefu.ActionSkill, "kb", 0, nil},
		{"understood after clarifications: act", kefu.StatusBot, map[string]string{"_clarified": "5"}, "track_order", 0.9, false, kefu.Emotion{}, kefu.TenantSettings{}, kefu.ActionSkill, "orders", 0, nil},
		{"tenant threshold", kefu.StatusBot, nil, "track_order", 0.8, false, kefu.Emotion{}, kefu.TenantSettings{ConfidenceThreshold: 0.9}, kefu.ActionSkill, "kb", 0, nil},
		{"legal threat goes to a person", kefu.StatusBot, nil, "refund_status", 0.95, false, kefu.Emotion{}, kefu.TenantSettings{}, kefu.ActionHandoff, "", 2, []string{"legal"}},
		{"health comes first", kefu.StatusBot, nil, "fresh_spoiled", 0.95, false, kefu.Emotion{}, kefu.TenantSettings{}, kefu.ActionHandoff, "", 3, []string{"health", "fraud"}},
		{"angry vip with a fraud dispute", kefu.StatusBot, nil, "payment_problem", 0.9, true, kefu.Emotion{Label: "anger", Intensity: 0.9}, kefu.TenantSettings{NoAngerHandoff: true}, kefu.ActionHandoff, "", 4, []string{"fraud"}},
		{"tenant keeps sensitive topics with the bot", kefu.StatusBot, nil, "refund_status", 0.95, false, kefu.Emotion{}, kefu.TenantSettings{NoSensitiveHandoff: true}, kefu.ActionSkill, "kb", 0, []string{"legal"}},
		{"sensitive but already with an agent", kefu.StatusAgent, nil, "payment_problem", 0.9, false, kefu.Emotion{}, kefu.TenantSettings{}, kefu.ActionSilent, "", 0, []string{"fraud"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := &kefu.TurnState{
				Tenant:        &kefu.Tenant{ID: "t", Settings: tt.settings},
				Conversation:  &kefu.Conversation{Status: tt.status, Slots: tt.slots},
				Customer:      &kefu.Customer{VIP: tt.vip},
				Understanding: kefu.Understanding{Intent: tt.intent, Confidence: tt.conf, Emotion: tt.emotion, Sensitive: tt.sens},
			}
			d := p.Decide(context.Background(), st)
			if len(tt.sens) > 0 && tt.want == kefu.ActionHandoff && d.Reason != dialog.ReasonSensitive+tt.sens[0] {
				t.Errorf("Decide reason %q, want %q", d.Reason, dialog.ReasonSensitive+tt.sens[0])
			}
			if d.Action != tt.want || d.Skill != tt.skill || d.Priority != tt.priority {
				t.Fatalf("Decide = %+v, want action %s skill %q priority %d", d, tt.want, tt.skill, tt.priority)
			}
		})
	}
}
