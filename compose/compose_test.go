package compose_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/compose"
)

func TestCompose(t *testing.T) {
	c, err := compose.New()
	if err != nil {
		t.Fatal(err)
	}
	track := kefu.SkillResult{Outcome: "tracking", Data: map[string]string{
		"order": "10023", "status": "in_transit", "location": "Bangkok", "description": "Arrived at hub",
		"at": "2026-11-20T08:30:00Z", "carrier": "Kerry", "tracking_number": "KE123", "eta": "2026-11-25",
	}}
	tests := []struct {
		name, lang string
		r          kefu.SkillResult
		want       []string
	}{
		{"tracking en", "en", track, []string{"10023", "on its way", "2026-11-20 08:30 UTC", "Arrived at hub, Bangkok", "KE123", "2026-11-25"}},
		{"tracking zh", "zh", track, []string{"订单10023正在运输途中", "KE123"}},
		{"tracking es", "es", track, []string{"pedido 10023 está en camino"}},
		{"tracking th", "th", track, []string{"อยู่ระหว่างการขนส่ง", "KE123"}},
		{"tracking zh-Hant", "zh-Hant", track, []string{"您的訂單10023正在運送途中", "KE123"}},
		{"tracking yue", "yue", track, []string{"你張單10023正喺運送途中", "KE123"}},
		{"zh-CN falls back to zh", "zh-CN", track, []string{"正在运输途中"}},
		{"yue-HK falls back to yue", "yue-HK", track, []string{"正喺運送途中"}},
		{"unknown language falls back to en", "xx", track, []string{"on its way"}},
		{"ask", "es", kefu.SkillResult{Outcome: "ask_order_number"}, []string{"número de pedido"}},
		{"which of the customer's orders", "zh", kefu.SkillResult{Outcome: "ask_which_order",
			Data: map[string]string{"orders": "10025\n10023", "order_items": "蓝色马克杯\n", "count": "2"}}, []string{"：10025（蓝色马克杯）、10023。"}},
		{"which of the customer's orders", "en", kefu.SkillResult{Outcome: "ask_which_order",
			Data: map[string]string{"orders": "10025\n10023", "order_items": "Blue mug\nPower bank", "count": "2"}}, []string{"on the way: 10025 (Blue mug), 10023 (Power bank). Which"}},
		{"no location or eta", "en", kefu.SkillResult{Outcome: "tracking", Data: map[string]string{"order": "1", "status": "delivered", "description": "Delivered"}}, []string{"is delivered", "Delivered. Carrier"}},
		{"article same language", "en", kefu.SkillResult{Outcome: "article", Text: "Returns within 14 days.", TextLanguage: "en"}, []string{"Returns within 14 days."}},
		{"article other language", "th", kefu.SkillResult{Outcome: "article", Text: "Returns within 14 days.", TextLanguage: "en"}, []string{"Returns within 14 days.", "ภาษาอังกฤษ"}},
		{"time in the shop's zone", "en", kefu.SkillResult{Outcome: "tracking", Data: map[string]string{"order": "1", "status": "in_transit", "description": "Scan", "at": "2026-11-20T08:30:00Z", "timezone": "Asia/Bangkok"}}, []string{"2026-11-20 15:30 +07"}},
		{"progress timeline", "en", kefu.SkillResult{Outcome: "tracking", ShowProgress: true, Data: map[string]string{"order": "1", "status": "in_transit", "description": "Arrived", "at": "2026-11-20T08:30:00Z"},
			Events: []kefu.TrackingEvent{
				{At: time.Date(2026, 11, 18, 9, 0, 0, 0, time.UTC), Status: "label_created", Location: "Shenzhen"},
				{At: time.Date(2026, 11, 20, 8, 30, 0, 0, time.UTC), Status: "in_transit", Location: "Bangkok", Description: "Arrived"},
			}}, []string{"every step so far", "✓ 2026-11-18 09:00 UTC · Shenzhen — waiting for the carrier", "● 2026-11-20 08:30 UTC · Bangkok — Arrived"}},
		{"unknown outcome clarifies", "en", kefu.SkillResult{Outcome: "nope"}, []string{"not sure I understood"}},
		{"queue busy", "en", kefu.SkillResult{Outcome: kefu.OutcomeHandoffBusy, Data: map[string]string{"reason": "anger", "sorry": "1"}}, []string{"I'm sorry about this. Our team is very busy", "ask for a person again"}},
		{"queue busy zh", "zh", kefu.SkillResult{Outcome: kefu.OutcomeHandoffBusy}, []string{"暂时无法为您转接人工"}},
		{"queue busy after a skill's answer", "de", kefu.SkillResult{Outcome: "ask_order_number", Data: map[string]string{"busy": "1"}}, []string{"Bestellnummer", "Unser Team ist gerade sehr ausgelastet"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := c.Compose(context.Background(), tt.lang, tt.r)
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("Compose = %q, want it to contain %q", got, w)
				}
			}
			if strings.ContainsAny(got, "{}") {
				t.Errorf("unfilled placeholder in %q", got)
			}
		})
	}
}

func BenchmarkComposeTracking(b *testing.B) {
	c, _ := compose.New()
	r := kefu.SkillResult{Outcome: "tracking", Data: map[string]string{"order": "10023", "status": "in_transit", "location": "Bangkok", "description": "Arrived", "at": "2026-11-20T08:30:00Z", "carrier": "Kerry", "tracking_number": "KE1"}}
	for i := 0; i < b.N; i++ {
		c.Compose(context.Background(), "zh", r)
	}
}

// A compensation after a Chinese sentence follows without a space; after
// other languages' sentences, with one.
func TestSentenceJoin(t *testing.T) {
	c, err := compose.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		lang, want string
	}{
		{"zh", "请不要食用。我们已将25.80 SGD退回"},
		{"en", "Please don't eat it. We've refunded 25.80 SGD"},
		{"th", "กรุณาอย่ารับประทาน เราได้คืนเงิน"},
		{"zh-Hant", "請勿食用。我們已將25.80 SGD退回"},
		{"yue", "請唔好食。我哋已經將25.80 SGD退返"},
	} {
		got := c.Compose(context.Background(), tt.lang, kefu.SkillResult{Outcome: "fresh_verdict_likely_spoiled_compensated",
			Data: map[string]string{"order": "FF-1", "product": "X", "compensation": "refund", "amount": "25.80 SGD"}})
		if !strings.Contains(got, tt.want) {
			t.Errorf("%s: %q lacks %q", tt.lang, got, tt.want)
		}
	}
}
