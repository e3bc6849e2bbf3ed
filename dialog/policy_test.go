package dialog_test

import (
	"context"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/dialog"
	"github.com/kefu-ai/kefu/strategy"
)

// namedSkill declares intents and slots; claim, if set, is its content claim.
type namedSkill struct {
	name    string
	intents []string
	asks    []string
}

func (s namedSkill) Name() string      { return s.name }
func (s namedSkill) Intents() []string { return s.intents }
func (s namedSkill) Asks() []string    { return s.asks }
func (s namedSkill) Run(context.Context, *kefu.TurnState) (kefu.SkillResult, error) {
	return kefu.SkillResult{}, nil
}

// claimingSkill takes claimable turns that mention a country.
type claimingSkill struct{ namedSkill }

func (claimingSkill) Claim(_ context.Context, st *kefu.TurnState, d kefu.Decision) (string, bool) {
	for _, e := range st.Understanding.Entities {
		if e.Type == "country" && d.Claimable {
			return "country_claim", true
		}
	}
	return "", false
}

func TestDecide(t *testing.T) {
	skills := []kefu.Skill{
		namedSkill{"orders", []string{"track_order"}, []string{"order_number"}},
		claimingSkill{namedSkill{"customs", []string{"customs_duty"}, nil}},
		namedSkill{"kb", []string{"return_policy"}, nil},
	}
	d := &dialog.Decider{Policy: dialog.NewPolicy(skills, "kb", nil), Skills: skills, Strategies: strategy.Default(nil, nil)}
	country := []kefu.Entity{{Type: "country", Value: "IT"}}
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
		reason   string // checked when set
		entities []kefu.Entity
	}{
		{"skill by intent", kefu.StatusBot, nil, "track_order", 0.9, false, kefu.Emotion{}, kefu.TenantSettings{}, kefu.ActionSkill, "orders", 0, nil, "", nil},
		{"low confidence falls back to knowledge", kefu.StatusBot, nil, "track_order", 0.1, false, kefu.Emotion{}, kefu.TenantSettings{}, kefu.ActionSkill, "kb", 0, nil, kefu.ReasonLowConfidence, nil},
		{"unknown intent falls back to knowledge", kefu.StatusBot, nil, "weather", 0.9, false, kefu.Emotion{}, kefu.TenantSettings{}, kefu.ActionSkill, "kb", 0, nil, kefu.ReasonNoHandler, nil},
		{"human asked", kefu.StatusBot, nil, "human_agent", 0.5, false, kefu.Emotion{}, kefu.TenantSettings{}, kefu.ActionHandoff, "", 1, nil, "", nil},
		{"vip human asked gets priority", kefu.StatusBot, nil, "human_agent", 0.5, true, kefu.Emotion{}, kefu.TenantSettings{}, kefu.ActionHandoff, "", 2, nil, "", nil},
		{"agent has it: silent", kefu.StatusAgent, nil, "track_order", 0.9, false, kefu.Emotion{}, kefu.TenantSettings{}, kefu.ActionSilent, "", 0, nil, "", nil},
		{"queued: silent", kefu.StatusQueued, nil, "greeting", 0.9, false, kefu.Emotion{}, kefu.TenantSettings{}, kefu.ActionSilent, "", 0, nil, "", nil},
		{"slot answer goes to the asking skill", kefu.StatusBot, map[string]string{"_expecting": "order_number"}, "provide_info", 0.9, false, kefu.Emotion{}, kefu.TenantSettings{}, kefu.ActionSkill, "orders", 0, nil, "", nil},
		{"greeting", kefu.StatusBot, nil, "greeting", 0.8, false, kefu.Emotion{}, kefu.TenantSettings{}, kefu.ActionSmalltalk, "", 0, nil, "", nil},
		{"strong anger hands off with priority", kefu.StatusBot, nil, "track_order", 0.9, false, kefu.Emotion{Label: "anger", Intensity: 0.8}, kefu.TenantSettings{}, kefu.ActionHandoff, "", 2, nil, "", nil},
		{"angry vip", kefu.StatusBot, nil, "track_order", 0.9, true, kefu.Emotion{Label: "anger", Intensity: 0.8}, kefu.TenantSettings{}, kefu.ActionHandoff, "", 3, nil, "", nil},
		{"an angry complaint just under the threshold is a complaint", kefu.StatusBot, nil, "complaint", 0.67, false, kefu.Emotion{Label: "anger", Intensity: 0.53}, kefu.TenantSettings{}, kefu.ActionHandoff, "", 1, nil, "complaint", nil},
		{"a calm complaint under the threshold is not corroborated", kefu.StatusBot, nil, "complaint", 0.67, false, kefu.Emotion{}, kefu.TenantSettings{}, kefu.ActionSkill, "kb", 0, nil, kefu.ReasonLowConfidence, nil},
		{"anger does not corroborate a complaint far under the threshold", kefu.StatusBot, nil, "complaint", 0.5, false, kefu.Emotion{Label: "anger", Intensity: 0.53}, kefu.TenantSettings{}, kefu.ActionSkill, "kb", 0, nil, kefu.ReasonLowConfidence, nil},
		{"anger does not corroborate another intent", kefu.StatusBot, nil, "track_order", 0.67, false, kefu.Emotion{Label: "anger", Intensity: 0.53}, kefu.TenantSettings{}, kefu.ActionSkill, "kb", 0, nil, kefu.ReasonLowConfidence, nil},
		{"mild anger stays with the bot", kefu.StatusBot, nil, "track_order", 0.9, false, kefu.Emotion{Label: "anger", Intensity: 0.3}, kefu.TenantSettings{}, kefu.ActionSkill, "orders", 0, nil, "", nil},
		{"tenant keeps angry customers with the bot", kefu.StatusBot, nil, "track_order", 0.9, false, kefu.Emotion{Label: "anger", Intensity: 0.9}, kefu.TenantSettings{NoAngerHandoff: true}, kefu.ActionSkill, "orders", 0, nil, "", nil},
		{"angry and asking for a human", kefu.StatusBot, nil, "human_agent", 0.9, false, kefu.Emotion{Label: "anger", Intensity: 0.9}, kefu.TenantSettings{}, kefu.ActionHandoff, "", 2, nil, "", nil},
		{"not understood twice: hand off", kefu.StatusBot, map[string]string{"_clarified": "2"}, "weather", 0.2, false, kefu.Emotion{}, kefu.TenantSettings{}, kefu.ActionHandoff, "", 1, nil, "", nil},
		{"not understood once: try again", kefu.StatusBot, map[string]string{"_clarified": "1"}, "weather", 0.2, false, kefu.Emotion{}, kefu.TenantSettings{}, kefu.ActionSkill, "kb", 0, nil, "", nil},
		{"tenant allows more clarifications", kefu.StatusBot, map[string]string{"_clarified": "2"}, "weather", 0.2, false, kefu.Emotion{}, kefu.TenantSettings{ClarifyLimit: 3}, kefu.ActionSkill, "kb", 0, nil, "", nil},
		{"understood after clarifications: act", kefu.StatusBot, map[string]string{"_clarified": "5"}, "track_order", 0.9, false, kefu.Emotion{}, kefu.TenantSettings{}, kefu.ActionSkill, "orders", 0, nil, "", nil},
		{"tenant threshold", kefu.StatusBot, nil, "track_order", 0.8, false, kefu.Emotion{}, kefu.TenantSettings{ConfidenceThreshold: 0.9}, kefu.ActionSkill, "kb", 0, nil, "", nil},
		{"legal threat goes to a person", kefu.StatusBot, nil, "refund_status", 0.95, false, kefu.Emotion{}, kefu.TenantSettings{}, kefu.ActionHandoff, "", 2, []string{"legal"}, "", nil},
		{"health comes first", kefu.StatusBot, nil, "fresh_spoiled", 0.95, false, kefu.Emotion{}, kefu.TenantSettings{}, kefu.ActionHandoff, "", 3, []string{"health", "fraud"}, "", nil},
		{"angry vip with a fraud dispute", kefu.StatusBot, nil, "payment_problem", 0.9, true, kefu.Emotion{Label: "anger", Intensity: 0.9}, kefu.TenantSettings{NoAngerHandoff: true}, kefu.ActionHandoff, "", 4, []string{"fraud"}, "", nil},
		{"tenant keeps sensitive topics with the bot", kefu.StatusBot, nil, "return_policy", 0.95, false, kefu.Emotion{}, kefu.TenantSettings{NoSensitiveHandoff: true}, kefu.ActionSkill, "kb", 0, []string{"legal"}, "", nil},
		{"sensitive but already with an agent", kefu.StatusAgent, nil, "payment_problem", 0.9, false, kefu.Emotion{}, kefu.TenantSettings{}, kefu.ActionSilent, "", 0, []string{"fraud"}, "", nil},
		{"intent only a person can act on", kefu.StatusBot, nil, "cancel_order", 0.95, false, kefu.Emotion{}, kefu.TenantSettings{}, kefu.ActionHandoff, "", 1, nil, dialog.ReasonOrderChange, nil},
		{"angry about an order change", kefu.StatusBot, nil, "cancel_order", 0.95, false, kefu.Emotion{Label: "anger", Intensity: 0.8}, kefu.TenantSettings{}, kefu.ActionHandoff, "", 2, nil, kefu.ReasonAnger, nil},
		{"unhandled twice: hand off as no handler", kefu.StatusBot, map[string]string{"_clarified": "2"}, "weather", 0.9, false, kefu.Emotion{}, kefu.TenantSettings{}, kefu.ActionHandoff, "", 1, nil, kefu.ReasonNoHandler, nil},
		{"handled intent after unanswered turns: act", kefu.StatusBot, map[string]string{"_clarified": "2"}, "return_policy", 0.9, false, kefu.Emotion{}, kefu.TenantSettings{}, kefu.ActionSkill, "kb", 0, nil, kefu.ReasonIntent, nil},
		{"small talk", kefu.StatusBot, nil, "chitchat", 0.9, false, kefu.Emotion{}, kefu.TenantSettings{}, kefu.ActionSmalltalk, "", 0, nil, kefu.ReasonSmalltalk, nil},
		{"claim of a fallback turn", kefu.StatusBot, nil, "weather", 0.3, false, kefu.Emotion{}, kefu.TenantSettings{}, kefu.ActionSkill, "customs", 0, nil, "country_claim", country},
		{"claim of an intent's default hand-off", kefu.StatusBot, nil, "refund_request", 0.9, false, kefu.Emotion{}, kefu.TenantSettings{}, kefu.ActionSkill, "customs", 0, nil, "country_claim", country},
		{"no claim of a confident decision", kefu.StatusBot, nil, "track_order", 0.9, false, kefu.Emotion{}, kefu.TenantSettings{}, kefu.ActionSkill, "orders", 0, nil, kefu.ReasonIntent, country},
		{"no claim of a requested hand-off", kefu.StatusBot, nil, "human_agent", 0.9, false, kefu.Emotion{}, kefu.TenantSettings{}, kefu.ActionHandoff, "", 1, nil, kefu.ReasonCustomerAsked, country},
		{"anger strategy off for the shop", kefu.StatusBot, nil, "track_order", 0.9, false, kefu.Emotion{Label: "anger", Intensity: 0.9}, kefu.TenantSettings{Strategies: []string{kefu.StrategyAnxietyProgress}}, kefu.ActionSkill, "orders", 0, nil, kefu.ReasonIntent, nil},
		{"anger strategy listed for the shop", kefu.StatusBot, nil, "track_order", 0.9, false, kefu.Emotion{Label: "anger", Intensity: 0.9}, kefu.TenantSettings{Strategies: []string{kefu.StrategyAngerPriority}}, kefu.ActionHandoff, "", 2, nil, kefu.ReasonAnger, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := &kefu.TurnState{
				Tenant:        &kefu.Tenant{ID: "t", Settings: tt.settings},
				Conversation:  &kefu.Conversation{Status: tt.status, Slots: tt.slots},
				Customer:      &kefu.Customer{VIP: tt.vip},
				Message:       &kefu.Message{Text: "x"},
				Understanding: kefu.Understanding{Intent: tt.intent, Confidence: tt.conf, Emotion: tt.emotion, Sensitive: tt.sens, Entities: tt.entities},
			}
			dec, _ := d.Decide(context.Background(), st)
			if len(tt.sens) > 0 && tt.want == kefu.ActionHandoff && dec.Reason != kefu.ReasonSensitive+tt.sens[0] {
				t.Errorf("Decide reason %q, want %q", dec.Reason, kefu.ReasonSensitive+tt.sens[0])
			}
			if tt.reason != "" && dec.Reason != tt.reason {
				t.Errorf("Decide reason %q, want %q", dec.Reason, tt.reason)
			}
			if dec.Action != tt.want || dec.Skill != tt.skill || dec.Priority != tt.priority {
				t.Fatalf("Decide = %+v, want action %s skill %q priority %d", dec, tt.want, tt.skill, tt.priority)
			}
		})
	}
}

// TestDecidePhoto: a photo goes to the skill that asked for evidence;
// otherwise the bot is silent, claimably when it has a caption.
func TestDecidePhoto(t *testing.T) {
	skills := []kefu.Skill{
		namedSkill{"orders", []string{"track_order"}, []string{kefu.SlotOrderNumber}},
		namedSkill{"aftersales", nil, []string{kefu.SlotOrderNumber, kefu.SlotEvidence}},
		namedSkill{"kb", []string{"return_policy"}, nil},
	}
	p := dialog.NewPolicy(skills, "kb", nil)
	tests := []struct {
		name      string
		status    kefu.ConversationStatus
		slots     map[string]string
		caption   string
		intent    string
		want      kefu.Action
		skill     string
		reason    string
		claimable bool
	}{
		{"asked for", kefu.StatusBot, map[string]string{kefu.SlotExpecting: kefu.SlotEvidence, kefu.SlotExpectingSkill: "aftersales"}, "", "",
			kefu.ActionSkill, "aftersales", kefu.ReasonEvidence, false},
		{"pending after another turn", kefu.StatusBot, map[string]string{kefu.SlotEvidence: "order=1&problem=crushed&sku=S"}, "", "",
			kefu.ActionSkill, "aftersales", kefu.ReasonEvidence, false},
		{"a caption that answers nothing asked", kefu.StatusBot, map[string]string{kefu.SlotExpecting: kefu.SlotOrderNumber, kefu.SlotExpectingSkill: "orders"}, "10023", "provide_info",
			kefu.ActionSilent, "", kefu.ReasonAttachment, true},
		{"not asked, no caption", kefu.StatusBot, nil, "", "", kefu.ActionSilent, "", kefu.ReasonAttachment, false},
		{"not asked, a caption", kefu.StatusBot, nil, "my strawberries arrived crushed", "fresh_crushed_produce", kefu.ActionSilent, "", kefu.ReasonAttachment, true},
		{"queued", kefu.StatusQueued, map[string]string{kefu.SlotEvidence: "order=1&problem=crushed&sku=S"}, "", "", kefu.ActionSilent, "", kefu.ReasonQueued, false},
		{"a caption asking for a person", kefu.StatusBot, map[string]string{kefu.SlotEvidence: "order=1&problem=crushed&sku=S"}, "I want a human", kefu.IntentHuman,
			kefu.ActionHandoff, "", kefu.ReasonCustomerAsked, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := &kefu.TurnState{
				Tenant:        &kefu.Tenant{ID: "t"},
				Conversation:  &kefu.Conversation{Status: tt.status, Slots: tt.slots},
				Message:       &kefu.Message{Kind: kefu.MessageAttachment, Text: tt.caption},
				Understanding: kefu.Understanding{Intent: tt.intent, Confidence: 0.95},
			}
			dec := p.Decide(context.Background(), st)
			if dec.Action != tt.want || dec.Skill != tt.skill || dec.Reason != tt.reason || dec.Claimable != tt.claimable {
				t.Errorf("Decide = %+v, want %s %q %q claimable %v", dec, tt.want, tt.skill, tt.reason, tt.claimable)
			}
		})
	}
}
