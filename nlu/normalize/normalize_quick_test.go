package normalize

import "testing"

func TestQuick(t *testing.T) {
	n, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range [][2]string{{"幾時到？？？我冇收到嘢😡😡", "yue"}, {"ＨＥＬＬＯ soooo goood!!!", "en"}, {"wru pls thx u", "en"}, {"ขอบคุณครับ", "th"}, {"ขอบคุณนะคะ 555555", "th"}, {"亲，在吗", "zh"}, {"早C晚A，混油皮能用吗", "zh"}, {"xq no llega mi pedido porfa", "es"}, {"İSTANBUL", "tr"}, {"👍🏽", "en"}} {
		t.Logf("%q → %q", c[0], n.Normalize(c[0], c[1]))
	}
}
