package nlu_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"testing"

	"github.com/kefu-ai/kefu"
	nlumodel "github.com/kefu-ai/kefu/data/nlu/model"
	"github.com/kefu-ai/kefu/nlu"
	"github.com/kefu-ai/kefu/nlu/emotion"
	"github.com/kefu-ai/kefu/nlu/intent"
)

// MustUnderstander builds the pipeline around the shipped model.
func MustUnderstander(tb testing.TB) *nlu.Understander {
	tb.Helper()
	m, err := intent.Load(bytes.NewReader(nlumodel.Ecommerce))
	if err != nil {
		tb.Fatalf("shipped model: %v (retrain: go run ./cmd/kefu train --corpus --out data/nlu/model/ecommerce.kmodel)", err)
	}
	u, err := nlu.New(nlu.Config{Model: m})
	if err != nil {
		tb.Fatal(err)
	}
	return u
}

// TestShippedModelIsCurrent fails when the corpus or the normaliser changed
// and the shipped model was not retrained on them.
func TestShippedModelIsCurrent(t *testing.T) {
	u := MustUnderstander(t)
	train, err := nlu.TrainingRows()
	if err != nil {
		t.Fatal(err)
	}
	h := sha256.New()
	for _, e := range nlu.Examples(u.Prep(), train) {
		h.Write([]byte(e.Text))
		h.Write([]byte{0})
		h.Write([]byte(e.Label))
		h.Write([]byte{'\n'})
	}
	if got, want := hex.EncodeToString(h.Sum(nil)), u.Models().Current().Meta().TrainingSHA256; got != want {
		t.Fatalf("the shipped model was trained on other data (%s…, now %s…): run go run ./cmd/kefu train --corpus --out data/nlu/model/ecommerce.kmodel", want[:12], got[:12])
	}
}

var shop = &kefu.Tenant{ID: "t", Settings: kefu.TenantSettings{OrderNumberPattern: `\b1\d{4}\b`, Currency: "EUR"}}

func entity(es []kefu.Entity, typ string) string {
	for _, e := range es {
		if e.Type == typ {
			return e.Value
		}
	}
	return ""
}

// TestSeedExamples are the examples the project was started with; each
// must be understood with its entities.
func TestSeedExamples(t *testing.T) {
	u := MustUnderstander(t)
	tests := []struct {
		text, intent string
		entities     map[string]string
	}{
		{"这货咋还没到?", "track_order", nil},
		{"我的三文鱼变质了吗?", "fresh_spoiled", nil},
		{"混油皮夏天用什么粉底液?", "skin_advice", map[string]string{"skin_type": "combination_oily", "season": "summer"}},
		{"意大利清关税费", "customs_duty", map[string]string{"country": "IT"}},
		{"where is my order 10023?", "track_order", map[string]string{"order_number": "10023"}},
		{"what will Italian customs charge me?", "customs_duty", map[string]string{"country": "IT"}},
		{"我嘅單幾時到？冇收到呀", "track_order", nil},
		{"¿dónde está mi pedido?", "track_order", nil},
		{"ขอคุยกับเจ้าหน้าที่หน่อยค่ะ", "human_agent", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			und, err := u.Understand(context.Background(), kefu.UnderstandRequest{Tenant: shop, Text: tt.text})
			if err != nil {
				t.Fatal(err)
			}
			if und.Intent != tt.intent {
				t.Errorf("intent %s (%.2f, alternatives %v), want %s", und.Intent, und.Confidence, und.Alternatives, tt.intent)
			}
			for typ, want := range tt.entities {
				if got := entity(und.Entities, typ); got != want {
					t.Errorf("%s = %q, want %q (entities %v)", typ, got, want, und.Entities)
				}
			}
		})
	}
}

// TestUnderstandContract checks what the pipeline promises around the
// classifier: calibrated confidences in [0,1], the language hint for
// messages without evidence, slot answers, and the trace source.
func TestUnderstandContract(t *testing.T) {
	u := MustUnderstander(t)
	ctx := context.Background()
	tests := []struct {
		name      string
		req       kefu.UnderstandRequest
		lang      string
		intent    string
		minAltern int
	}{
		{"bare number answers the question", kefu.UnderstandRequest{Tenant: shop, Text: "10023", Language: "es", Expecting: "order_number"}, "es", kefu.IntentProvideInfo, 1},
		{"number with a word answers too", kefu.UnderstandRequest{Tenant: shop, Text: "es el 10023", Language: "es", Expecting: "order_number"}, "es", kefu.IntentProvideInfo, 1},
		{"the number framed by words answers (es)", kefu.UnderstandRequest{Tenant: shop, Text: "el número es el 10023", Language: "es", Expecting: "order_number"}, "es", kefu.IntentProvideInfo, 1},
		{"the number framed by words answers (pt)", kefu.UnderstandRequest{Tenant: shop, Text: "o número do pedido é 10023", Language: "pt", Expecting: "order_number"}, "pt", kefu.IntentProvideInfo, 1},
		{"the number framed by words answers (th)", kefu.UnderstandRequest{Tenant: shop, Text: "เลขคำสั่งซื้อ 10023 ค่ะ", Language: "th", Expecting: "order_number"}, "th", kefu.IntentProvideInfo, 1},
		{"the number framed by words answers (fil)", kefu.UnderstandRequest{Tenant: shop, Text: "yung order number po ay 10023", Language: "fil", Expecting: "order_number"}, "fil", kefu.IntentProvideInfo, 1},
		{"the number framed by words answers (yue)", kefu.UnderstandRequest{Tenant: shop, Text: "我張單嘅號碼係10023", Language: "yue", Expecting: "order_number"}, "yue", kefu.IntentProvideInfo, 1},
		{"a new request with the number is not an answer", kefu.UnderstandRequest{Tenant: shop, Text: "I want to change the delivery address of order 10023", Language: "en", Expecting: "order_number"}, "en", "change_address", 0},
		{"a correction with the expected country answers (zh)", kefu.UnderstandRequest{Tenant: shop, Text: "不是，寄到西班牙", Language: "zh", Expecting: "country"}, "zh", kefu.IntentProvideInfo, 1},
		{"a correction with the expected country answers (th)", kefu.UnderstandRequest{Tenant: shop, Text: "ไม่ใช่ ส่งไปสเปน", Language: "th", Expecting: "country"}, "th", kefu.IntentProvideInfo, 1},
		{"a whole question with the country is not an answer (zh)", kefu.UnderstandRequest{Tenant: shop, Text: "寄到西班牙要交多少关税和增值税", Language: "zh", Expecting: "country"}, "zh", "customs_duty", 0},
		{"a whole question with the country is not an answer (th)", kefu.UnderstandRequest{Tenant: shop, Text: "ส่งไปสเปนต้องเสียภาษีนำเข้าเท่าไหร่คะ", Language: "th", Expecting: "country"}, "th", "customs_duty", 0},
		{"emoji keeps the hint", kefu.UnderstandRequest{Tenant: shop, Text: "👍", Language: "th"}, "th", "", 0},
		{"gibberish keeps the hint", kefu.UnderstandRequest{Tenant: shop, Text: "blorp zzzz", Language: "en"}, "", "", 0},
		{"short thanks switches", kefu.UnderstandRequest{Tenant: shop, Text: "gracias", Language: "en"}, "es", "thanks", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			und, err := u.Understand(ctx, tt.req)
			if err != nil {
				t.Fatal(err)
			}
			if tt.lang != "" && und.Language != tt.lang {
				t.Errorf("language %q, want %q", und.Language, tt.lang)
			}
			if tt.lang == "" && und.Language != tt.req.Language && und.LanguageConfidence >= nlu.LanguageSwitch {
				t.Errorf("language %q at %.2f would switch the conversation", und.Language, und.LanguageConfidence)
			}
			if tt.intent != "" && und.Intent != tt.intent {
				t.Errorf("intent %q, want %q", und.Intent, tt.intent)
			}
			if und.Confidence < 0 || und.Confidence > 1 || len(und.Alternatives) < tt.minAltern {
				t.Errorf("confidence %v alternatives %v", und.Confidence, und.Alternatives)
			}
			if und.Source == "" || und.Normalized == "" {
				t.Errorf("source %q normalized %q", und.Source, und.Normalized)
			}
		})
	}
}

func BenchmarkUnderstand(b *testing.B) {
	u := MustUnderstander(b)
	ctx := context.Background()
	msgs := []string{"where is my order 10023?", "我的三文鱼变质了吗?", "¿cuánto tarda el envío a España?", "ของยังไม่ถึงเลยค่ะ", "混油皮夏天用什么粉底液?", "thanks!"}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := u.Understand(ctx, kefu.UnderstandRequest{Tenant: shop, Text: msgs[i%len(msgs)]}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkUnderstandWithEmotion(b *testing.B) {
	m, _ := intent.Load(bytes.NewReader(nlumodel.Ecommerce))
	emo, err := emotion.New()
	if err != nil {
		b.Fatal(err)
	}
	u, _ := nlu.New(nlu.Config{Model: m, Emotion: emo})
	ctx := context.Background()
	msgs := []string{"where is my order 10023?", "我的三文鱼变质了吗?", "¿cuánto tarda el envío a España?", "ของยังไม่ถึงเลยค่ะ", "混油皮夏天用什么粉底液?", "thanks!"}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		u.Understand(ctx, kefu.UnderstandRequest{Tenant: shop, Text: msgs[i%len(msgs)]})
	}
}
