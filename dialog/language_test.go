package dialog

import "testing"

// TestConfusable pins which one message is too weak to move a
// conversation from one language to another (settleLanguage).
func TestConfusable(t *testing.T) {
	for _, tc := range []struct {
		from, to, text string
		want           bool
	}{
		{"en", "vi", "hi ai", true},
		{"en", "es", "¿cuándo llega?", true},
		{"en", "es", "¿Dónde está mi pedido 10023?", false},
		{"es", "en", "my package says delivered but I never got it", false},
		{"es", "en", "    ok thanks                 ", true}, // spaces do not make it long
		{"ms", "id", "saya mau tanya kapan pesanan saya akan sampai ya", true},
		{"id", "ms", "bilakah pesanan saya akan sampai ke rumah saya", true},
		{"zh", "yue", "唔該幫我睇吓張單去到邊，我等咗好耐喇，幾時先到呀", true},
		{"zh-Hant", "zh", "我的订单", true},
		{"en", "zh", "我的订单10023到哪了", false},
		{"th", "en", "where", false},
	} {
		if got := confusable(tc.from, tc.to, tc.text); got != tc.want {
			t.Errorf("confusable(%s, %s, %q) = %v, want %v", tc.from, tc.to, tc.text, got, tc.want)
		}
	}
}
