package keyword_test

import (
	"context"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/nlu/keyword"
)

func TestUnderstand(t *testing.T) {
	u, err := keyword.New()
	if err != nil {
		t.Fatal(err)
	}
	tenant := &kefu.Tenant{ID: "t", Settings: kefu.TenantSettings{OrderNumberPattern: `\b1\d{4}\b`}}
	tests := []struct {
		text, hint, expecting string
		lang, intent          string
		order                 string
		emotion               string
	}{
		{text: "where is my order 10023?", lang: "en", intent: "track_order", order: "10023"},
		{text: "我的订单10023到哪了", lang: "zh", intent: "track_order", order: "10023"},
		{text: "我嘅單幾時到？冇收到呀", lang: "zh", intent: "track_order"},
		{text: "¿Dónde está mi pedido?", lang: "es", intent: "track_order"},
		{text: "พัสดุของฉันอยู่ไหน 10023", lang: "th", intent: "track_order", order: "10023"},
		{text: "gracias", lang: "es", intent: "thanks"},
		{text: "ขอบคุณครับ", lang: "th", intent: "thanks"},
		{text: "terima kasih", lang: "ms", intent: "thanks"},
		{text: "grazie mille", lang: "it", intent: "thanks"},
		{text: "10023", hint: "es", expecting: "order_number", lang: "es", intent: "provide_info", order: "10023"},
		{text: "I want to talk to a human", lang: "en", intent: "human_agent"},
		{text: "转人工", lang: "zh", intent: "human_agent"},
		{text: "quanto costa la dogana in Italia?", lang: "it", intent: "customs_duty"},
		{text: "Wie lange dauert die Lieferung nach Deutschland?", lang: "de", intent: "shipping_time"},
		{text: "This is unacceptable, worst service ever!!", lang: "en", emotion: "anger"},
		{text: "👍", hint: "th", lang: "th", intent: "out_of_scope"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got, err := u.Understand(context.Background(), kefu.UnderstandRequest{Tenant: tenant, Text: tt.text, Language: tt.hint, Expecting: tt.expecting})
			if err != nil {
				t.Fatal(err)
			}
			if got.Language != tt.lang {
				t.Errorf("language = %q, want %q", got.Language, tt.lang)
			}
			if tt.intent != "" && got.Intent != tt.intent {
				t.Errorf("intent = %q (%.2f), want %q", got.Intent, got.Confidence, tt.intent)
			}
			if got.Confidence < 0 || got.Confidence > 1 {
				t.Errorf("confidence %v out of [0,1]", got.Confidence)
			}
			var order string
			for _, e := range got.Entities {
				if e.Type == "order_number" {
					order = e.Value
				}
			}
			if order != tt.order {
				t.Errorf("order number = %q, want %q", order, tt.order)
			}
			if tt.emotion != "" && got.Emotion.Label != tt.emotion {
				t.Errorf("emotion = %q, want %q", got.Emotion.Label, tt.emotion)
			}
		})
	}
}

func BenchmarkUnderstand(b *testing.B) {
	u, err := keyword.New()
	if err != nil {
		b.Fatal(err)
	}
	req := kefu.UnderstandRequest{Text: "hola, ¿dónde está mi pedido 10023? llevo una semana esperando"}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := u.Understand(context.Background(), req); err != nil {
			b.Fatal(err)
		}
	}
}
