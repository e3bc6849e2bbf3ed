package sensitive

import (
	"reflect"
	"strings"
	"testing"
)

func MustNew(tb testing.TB) *Detector {
	tb.Helper()
	d, err := New()
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

func TestDetect(t *testing.T) {
	d := MustNew(t)
	for _, tc := range []struct {
		text, lang string
		want       []string
	}{
		{"i will sue you if the refund doesn't come", "en", []string{Legal}},
		{"my son got sick after eating the salmon, we went to the hospital", "en", []string{Health}},
		{"there is an unauthorized charge on my card", "en", []string{Fraud}},
		{"再不退款我就找律师起诉你们", "zh", []string{Legal}},
		{"吃了你们的虾拉肚子了", "zh", []string{Health}},
		{"我的卡被盗刷了", "zh", []string{Fraud}},
		{"voy a poner una denuncia, es una estafa", "es", []string{Legal, Fraud}},
		{"mi hija tuvo una reacción alérgica a la crema", "es", []string{Health}},
		{"กินแล้วท้องเสียมาก", "th", []string{Health}},
		{"จะแจ้งความแล้วนะ", "th", []string{Legal}},
		{"mi hanno addebitato due volte", "it", []string{Fraud}},
		{"ich werde meinen anwalt einschalten", "de", []string{Legal}},
		{"scammed! i'm calling my lawyer, and the fish made me sick", "en", []string{Health, Legal, Fraud}},
		// Ordinary complaints and look-alike words are not sensitive.
		{"where is my order 10023", "en", nil},
		{"this is the worst service, i want a refund", "en", nil},
		{"pursue the issue", "en", nil},
		{"kiện hàng của tôi ở đâu", "vi", nil},
		{"podem processar o pedido hoje?", "pt", nil},
		{"", "en", nil},
	} {
		if got := d.Detect(tc.text, tc.lang); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Detect(%q, %s) = %v, want %v", tc.text, tc.lang, got, tc.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ data, want string }{
		{"legal\ten", "line 1"},
		{"# c\n\nmagic\ten\tspell", "line 3: unknown topic"},
		{"legal\ten\t  ", "line 1"},
	} {
		_, err := Parse(tc.data)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Parse(%q) error %v, want %q", tc.data, err, tc.want)
		}
	}
}

func BenchmarkDetect(b *testing.B) {
	d := MustNew(b)
	s := "hello, my order 10023 still has not arrived and i am getting worried about it, please help"
	for b.Loop() {
		d.Detect(s, "en")
	}
}
