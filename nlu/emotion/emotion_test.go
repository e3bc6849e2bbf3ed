package emotion

import (
	"testing"
)

// MustDetector returns a new Detector or fails the test.
func MustDetector(tb testing.TB) *Detector {
	tb.Helper()
	d, err := New()
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

func TestDetect(t *testing.T) {
	d := MustDetector(t)
	tests := []struct {
		lang, text, want string
	}{
		{"en", "Where is my order?", Neutral},
		{"en", "This is ridiculous, I want my money back!!!", Anger},
		{"en", "I'm really worried my parcel is lost", Anxiety},
		{"en", "Thank you so much, great service 👍", Satisfaction},
		{"en", "So disappointed, the gift arrived broken 😭", Sadness},
		{"en", "I am not satisfied with this", Anger},
		{"en", "not angry, just asking", Neutral},
		// Customer-service requests the Reddit-trained model read as anger
		// (0.27-0.43); the first three are corpus dev rows, none is trained on.
		{"en", "what will Italian customs charge me?", Neutral},
		{"en", "I need a proforma invoice before I pay", Neutral},
		{"en", "wrong address on my order, please fix it", Neutral},
		{"en", "do you take apple pay?", Neutral},
		{"en", "how do I pay?", Neutral},
		{"zh", "你好，我想查一下订单", Neutral},
		{"zh", "气死了！！你们这是什么破服务", Anger},
		{"zh", "很着急，怎么还没到？？", Anxiety},
		{"zh", "谢谢，很满意，快递很快", Satisfaction},
		{"zh", "好失望，芒果都坏了", Sadness},
		{"zh", "不太满意", Anger},
		{"zh-Hant", "謝謝你們，非常滿意", Satisfaction},
		// A condition asks about a case; the cue after it in its clause
		// does not say the feeling. Before it, or after its clause, it does.
		{"th", "ถ้าไม่พอใจสินค้า คืนสินค้าได้ไหมคะ", Neutral},
		{"th", "ไม่พอใจสินค้ามาก อยากคืน", Anger},
		{"zh", "如果不满意可以退吗", Neutral},
		{"zh", "很不满意，如果不退我就去投诉", Anger},
		{"es", "si no estoy satisfecho puedo devolverlo?", Neutral},
		{"de", "falls ich nicht zufrieden bin, kann ich es zurückgeben?", Neutral},
		{"id", "kalau tidak puas bisa dikembalikan?", Neutral},
		{"es", "Estoy muy enojado, es una vergüenza", Anger},
		{"es", "Muchas gracias, excelente servicio", Satisfaction},
		{"es", "Estoy preocupado, todavía no llega", Anxiety},
		{"th", "โกรธมาก ส่งช้าแบบนี้รับไม่ได้", Anger},
		{"th", "ขอบคุณมากค่ะ ประทับใจ", Satisfaction},
		{"th", "กังวลมาก ยังไม่ได้รับของ", Anxiety},
		{"vi", "Cảm ơn shop, rất hài lòng", Satisfaction},
		{"vi", "Tôi rất tức giận", Anger},
		{"id", "Terima kasih, mantap banget", Satisfaction},
		{"ms", "Saya risau barang belum sampai", Anxiety},
		{"pt", "Muito obrigado, adorei", Satisfaction},
		{"fr", "Je suis très déçu", Sadness},
		{"de", "Ich bin sehr wütend", Anger},
		{"it", "Grazie mille, ottimo", Satisfaction},
		{"ja", "最悪です、ひどい", Anger},
		{"ja", "楽しみにしてたのに台無し", Sadness},
		{"ja", "それでは失礼いたします", Neutral},
		{"ja", "まだ届いてない、困ってます", Anxiety},
		{"ko", "정말 감사합니다", Satisfaction},
		{"ko", "불친절해요 진짜 빡치네", Anger},
		{"ko", "안녕하세요 배송 언제 와요", Neutral},
		{"ko", "기대했는데 아쉬워요 ㅠㅠ", Sadness},
		{"ru", "Где мой заказ?", Neutral},
		{"ru", "Я в бешенстве, это просто безобразие!!!", Anger},
		{"ru", "очень переживаю, посылка до сих пор не пришла", Anxiety},
		{"ru", "к сожалению, торт приехал помятый, очень расстроена", Sadness},
		{"ru", "я не доволен", Anger},
		{"ru", "помогите выбрать подарок маме", Neutral},
		{"tr", "çok kızgınım, bu tam bir rezalet", Anger},
		{"tr", "kargom hala gelmedi, çok endişeliyim", Anxiety},
		{"tr", "tesekkurler cok memnun kaldim", Satisfaction},
		{"tr", "hiç memnun değilim", Anger},
		{"tr", "et çok sinirli çıktı", Neutral},
		{"nl", "ik maak me zorgen, mijn pakket is nog steeds niet aangekomen", Anxiety},
		{"nl", "super, heel erg bedankt!", Satisfaction},
		{"nl", "helaas kwam de taart kapot aan, ik ben echt teleurgesteld", Sadness},
		{"nl", "geen dank", Neutral},
		{"nl", "is de worst nog vers? het pakket is bezorgd", Neutral},
		{"", "😡😡", Anger},
		{"", "😰", Anxiety},
		{"", "😊", Satisfaction},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.text, func(t *testing.T) {
			got := d.Detect(tt.text, tt.lang)
			if got.Label != tt.want {
				t.Errorf("Detect(%q, %q) = %+v, want %s", tt.text, tt.lang, got, tt.want)
			}
			if got.Intensity < 0 || got.Intensity > 1 || (got.Label == Neutral) != (got.Intensity == 0) {
				t.Errorf("intensity %v for %s", got.Intensity, got.Label)
			}
		})
	}
}

func TestIntensity(t *testing.T) {
	d := MustDetector(t)
	tests := []struct {
		lang, calm, loud string
	}{
		{"en", "I am angry", "I AM SO ANGRY!!!"},
		{"zh", "生气", "非常生气！！！"},
		{"es", "estoy enojado", "¡¡estoy muy enojado!!"},
		{"th", "โกรธ", "โกรธมาก!!!"},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			a, b := d.Detect(tt.calm, tt.lang), d.Detect(tt.loud, tt.lang)
			if a.Label != Anger || b.Label != Anger || b.Intensity <= a.Intensity {
				t.Errorf("calm %+v, loud %+v: want anger, louder more intense", a, b)
			}
		})
	}
}

func TestCueOnly(t *testing.T) {
	d := MustDetector(t)
	cp := *d
	cp.model = nil // as without the model file
	tests := []struct{ text, want string }{
		{"thanks a lot!", Satisfaction},
		{"I'm furious", Anger},
		{"what time is it", Neutral},
	}
	for _, tt := range tests {
		if got := cp.Detect(tt.text, "en"); got.Label != tt.want {
			t.Errorf("cue-only Detect(%q) = %+v, want %s", tt.text, got, tt.want)
		}
	}
}

func FuzzDetect(f *testing.F) {
	d := MustDetector(f)
	for _, s := range []string{"气死了！！", "NOT HAPPY!!!", "😭😭", "\xff", "ไม่พอใจ"} {
		f.Add(s, "zh")
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		e := d.Detect(text, lang)
		if e.Intensity < 0 || e.Intensity > 1 {
			t.Fatalf("intensity %v", e.Intensity)
		}
	})
}

func BenchmarkDetect(b *testing.B) {
	d := MustDetector(b)
	for _, bc := range []struct{ name, lang, text string }{
		{"zh", "zh", "怎么还没到？气死了！！"},
		{"th", "th", "ขอบคุณมากค่ะ ประทับใจ"},
		{"en-cue", "en", "This is ridiculous, I'm furious!!"},
		{"en-model", "en", "where is my parcel, it was due yesterday"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				d.Detect(bc.text, bc.lang)
			}
		})
	}
}
