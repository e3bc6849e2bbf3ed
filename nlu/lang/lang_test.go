package lang

import "testing"

func TestQuick(t *testing.T) {
	d, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"gracias", "ขอบคุณ", "terima kasih", "obrigado", "danke", "merci", "grazie", "salamat po", "ขอรองพื้น Maybelline หน่อย", "我的iPhone充电器坏了", "10023", "ok", "點解仲未收到", "請問這個多少錢", "where is my order"} {
		t.Logf("%q → %+v", s, d.DetectHint(s, ""))
	}
}
