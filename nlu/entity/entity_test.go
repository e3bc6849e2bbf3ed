package entity

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kefu-ai/kefu"
)

var update = flag.Bool("update", false, "rewrite golden files with the current output")

// MustExtractor returns a new Extractor or fails the test.
func MustExtractor(tb testing.TB) *Extractor {
	tb.Helper()
	x, err := New()
	if err != nil {
		tb.Fatal(err)
	}
	return x
}

// testProducts is a small cosmetics and fresh-food catalogue.
func testProducts() []*kefu.Product {
	return []*kefu.Product{
		{SKU: "GL-FND-MATTE", Name: "Matte Control Foundation SPF 15, 30 ml", Brand: "GlowLab",
			Attributes: map[string]string{"name_zh": "控油哑光粉底液 SPF15", "name_es": "Base de maquillaje Matte Control SPF 15"}},
		{SKU: "GL-FND-DEWY", Name: "Dewy Glow Foundation, 30 ml", Brand: "GlowLab",
			Attributes: map[string]string{"name_zh": "水光粉底液", "name_th": "รองพื้นดิวอี้โกลว์"}},
		{SKU: "GL-SER-NIA", Name: "Niacinamide 10% Pore Serum", Brand: "GlowLab",
			Attributes: map[string]string{"name_zh": "烟酰胺毛孔精华"}},
		{SKU: "GL-SUN-50", Name: "Invisible Sunscreen SPF 50", Brand: "GlowLab",
			Attributes: map[string]string{"name_zh": "隐形防晒霜", "name_th": "กันแดดล่องหน"}},
		{SKU: "FF-DUR-MT", Name: "Musang King Durian 1 kg", Brand: "FreshFarm",
			Attributes: map[string]string{"name_zh": "猫山王榴莲", "name_th": "ทุเรียนมูซังคิง"}},
		{SKU: "FF-MANGO-NDM", Name: "Nam Dok Mai Mango Box", Brand: "FreshFarm",
			Attributes: map[string]string{"name_zh": "泰国金煌芒果礼盒"}},
	}
}

// golden cases live in testdata/*.golden: a line "> lang | text" followed
// by one line per expected entity, "type<TAB>value<TAB>start:end<TAB>text".
func TestGolden(t *testing.T) {
	x := MustExtractor(t)
	opts := Options{Catalog: NewCatalog(testProducts())}
	files, _ := os.ReadDir("testdata")
	for _, f := range files {
		if !strings.HasSuffix(f.Name(), ".golden") {
			continue
		}
		t.Run(f.Name(), func(t *testing.T) {
			path := "testdata/" + f.Name()
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			var want, got []string
			flush := func() {}
			sc := bufio.NewScanner(bytes.NewReader(src))
			var cur string
			for sc.Scan() {
				line := sc.Text()
				if !strings.HasPrefix(line, "> ") {
					if strings.HasPrefix(line, "#") {
						out.WriteString(line + "\n")
					} else if line != "" && cur != "" {
						want = append(want, line)
					}
					continue
				}
				flush()
				cur = line
				lang, text, _ := strings.Cut(strings.TrimPrefix(line, "> "), " | ")
				got = got[:0]
				for _, e := range x.Extract(text, strings.TrimSpace(lang), opts) {
					got = append(got, fmt.Sprintf("%s\t%s\t%d:%d\t%s", e.Type, e.Value, e.Start, e.End, e.Text))
				}
				want = nil
				caseLine := line
				flush = func() {
					if strings.Join(got, "\n") != strings.Join(want, "\n") && !*update {
						t.Errorf("%s\n got:\n\t%s\nwant:\n\t%s", caseLine, strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
					}
					out.WriteString(caseLine + "\n")
					for _, g := range got {
						out.WriteString(g + "\n")
					}
					out.WriteString("\n")
				}
			}
			flush()
			if *update {
				if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

func TestOrderPattern(t *testing.T) {
	x := MustExtractor(t)
	tests := []struct {
		name, text, pattern string
		want                []string // type=value
	}{
		{"default", "order 1234567 please", "", []string{"order_number=1234567"}},
		{"default yields to CN mobile", "13812345678", "", []string{"phone=+8613812345678"}},
		{"tenant beats phone", "13812345678", `\b1\d{10}\b`, []string{"order_number=13812345678"}},
		{"tenant letters", "my order is gm-2024-0042", `(?i)\bGM-\d{4}-\d{4}\b`, []string{"order_number=GM-2024-0042"}},
		{"money is not an order", "paid ¥12500", "", []string{"money=CNY 12500"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var o Options
			if tt.pattern != "" {
				o.OrderPattern = regexp.MustCompile(tt.pattern)
			}
			var got []string
			for _, e := range x.Extract(tt.text, "", o) {
				got = append(got, e.Type+"="+e.Value)
			}
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestS10(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"RB123456785CN", true},
		{"RB123456789CN", false},
		{"EE123456785US", true},
		{"LX000000005DE", true}, // sum 0: 11 → 5
		{"RR473124829GB", true},
		{"RR473124828GB", false},
		{"R1234567851CN", false},
		{"RB12345678CN", false},
	}
	for _, tt := range tests {
		if got := S10Valid(tt.in); got != tt.want {
			t.Errorf("S10Valid(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestTracking(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"1Z999AA10123456784", true},
		{"1z999aa10123456784", true},
		{"1Z999AA10123456785", false},
		{"SF1234567890123", true},
		{"YT1234567890123", true},
		{"JT1234567890123", true},
		{"9400111899223817123456", true},
		{"RB123456785CN", true},
		{"ORDER12345", false},
		{"1234567890", false},
	}
	for _, tt := range tests {
		if _, got := Tracking(tt.in); got != tt.want {
			t.Errorf("Tracking(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestPhone(t *testing.T) {
	x := MustExtractor(t)
	tests := []struct {
		text, lang, want string
	}{
		{"+86 138 1234 5678", "", "+8613812345678"},
		{"138-1234-5678", "zh", "+8613812345678"},
		{"+66 81 234 5678", "", "+66812345678"},
		{"081-234-5678", "th", "+66812345678"},
		{"02 123 4567", "th", "+6621234567"},
		{"0912 345 678", "vi", "+84912345678"},
		{"012-345 6789", "ms", "+60123456789"},
		{"0081 3 1234 5678", "", "+81312345678"},
		{"(+49) 30 1234567", "", "+49301234567"},
		{"0812345678", "en", ""},
		{"+1 (415) 555-2671", "", "+14155552671"},
		{"8 912 345-67-89", "ru", "+79123456789"},
		{"0 912 345-67-89", "ru", ""},
		{"0532 123 45 67", "tr", "+905321234567"},
		{"06 12345678", "nl", "+31612345678"},
		{"0917 123 4567", "fil", "+639171234567"},
		{"٠٩١٧ ١٢٣ ٤٥٦٧", "fil", "+639171234567"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := ""
			for _, e := range x.Extract(tt.text, tt.lang, Options{}) {
				if e.Type == TypePhone {
					got = e.Value
				}
			}
			if got != tt.want {
				t.Errorf("phone %q = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestSharedCurrency checks the currency words several currencies go by:
// the shop's currency when it is one of them, else the usual one, or no
// amount for a bare dinar.
func TestSharedCurrency(t *testing.T) {
	x := MustExtractor(t)
	tests := []struct {
		text, shop, want string
	}{
		{"$20", "", "USD 20"},
		{"$20", "SGD", "SGD 20"},
		{"$20", "EUR", "USD 20"},
		{"100 ريال", "", "SAR 100"},
		{"100 ريال", "QAR", "QAR 100"},
		{"100 ريال قطري", "SAR", "QAR 100"},
		{"100 درهم", "", "AED 100"},
		{"100 درهم", "MAD", "MAD 100"},
		{"100 جنيه", "", "EGP 100"},
		{"100 جنيه إسترليني", "", "GBP 100"},
		{"100 دينار", "", ""},
		{"100 دينار", "JOD", "JOD 100"},
		{"100 دينار كويتي", "", "KWD 100"},
	}
	for _, tt := range tests {
		t.Run(tt.text+" "+tt.shop, func(t *testing.T) {
			got := ""
			for _, e := range x.Extract(tt.text, "ar", Options{Currency: tt.shop}) {
				if e.Type == TypeMoney {
					got = e.Value
				}
			}
			if got != tt.want {
				t.Errorf("money %q (shop %s) = %q, want %q", tt.text, tt.shop, got, tt.want)
			}
		})
	}
}

func TestWesternDigits(t *testing.T) {
	tests := []struct {
		in, want string
		back     []int
	}{
		{"abc", "abc", nil},
		{"١٢", "12", []int{0, 2, 4}},
		{"x٣٫٥y", "x3.5y", []int{0, 1, 3, 5, 7, 8}},
		{"۱۰٬۰۰۰", "10,000", []int{0, 2, 4, 6, 8, 10, 12}},
		{"ب١", "ب1", []int{0, 1, 2, 4}},
	}
	for _, tt := range tests {
		got, back := westernDigits(tt.in)
		if got != tt.want || fmt.Sprint(back) != fmt.Sprint(tt.back) {
			t.Errorf("westernDigits(%q) = %q %v, want %q %v", tt.in, got, back, tt.want, tt.back)
		}
	}
}

func TestValidHS(t *testing.T) {
	x := MustExtractor(t)
	tests := []struct {
		in   string
		want bool
	}{
		{"850760", true},
		{"8507", true},
		{"85076000", true},
		{"330499", true},
		{"850770", false},
		{"010110", false},
		{"85", false},
		{"85076", false},
		{"8507a0", false},
	}
	for _, tt := range tests {
		if got := x.ValidHS(tt.in); got != tt.want {
			t.Errorf("ValidHS(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func FuzzExtract(f *testing.F) {
	x := MustExtractor(f)
	opts := Options{Catalog: NewCatalog(testProducts())}
	for _, s := range []string{"混油皮夏天用什么粉底液?", "€12,50 +66 81 234 5678", "HS 8507.60", "20/11/2026", "a@b.co", "两斤半", "1Z999AA10123456784", "\xff\xfe", "一千零五十万元", "رقم ١٢٣٤٥٦٧ وبالصين ٩٩٫٥ ر.س", "1 500\u00a0руб."} {
		f.Add(s, "zh")
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		for _, e := range x.Extract(text, lang, opts) {
			if e.Start < 0 || e.End > len(text) || e.Start >= e.End {
				t.Fatalf("bad offsets %d:%d in %q", e.Start, e.End, text)
			}
			if !utf8.RuneStart(text[e.Start]) || (e.End < len(text) && !utf8.RuneStart(text[e.End])) {
				t.Fatalf("offsets %d:%d not on rune boundaries in %q", e.Start, e.End, text)
			}
			if e.Text != text[e.Start:e.End] {
				t.Fatalf("text %q != span %q", e.Text, text[e.Start:e.End])
			}
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	x := MustExtractor(b)
	ps := testProducts()
	for i := len(ps); i < 50; i++ {
		ps = append(ps, &kefu.Product{SKU: fmt.Sprintf("X-%03d", i), Name: fmt.Sprintf("Product number %d gentle cleanser variant", i),
			Attributes: map[string]string{"name_zh": fmt.Sprintf("温和洁面乳%d号", i)}})
	}
	opts := Options{Catalog: NewCatalog(ps)}
	msgs := []string{
		"混油皮夏天用什么粉底液?",
		"where is my order 1234567? it is 2 days late",
		"我的榴莲晚了30分钟，订单号 8812345",
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		x.Extract(msgs[i%len(msgs)], "", opts)
	}
}

// FuzzDefaultOrder checks the hand-written default order scanner against
// DefaultOrderPattern.
func FuzzDefaultOrder(f *testing.F) {
	x := MustExtractor(f)
	re := regexp.MustCompile(DefaultOrderPattern)
	for _, s := range []string{"order 1234567", "ABC-12345 and AB12345", "ABCDE12345", "12345678901234", "x_12345", "A-1234567-B"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		s := &scan{x: x, text: text, opts: &Options{}}
		s.defaultOrders()
		var got []string
		for _, c := range s.cands {
			got = append(got, fmt.Sprint(c.Start, c.End))
		}
		var want []string
		for _, m := range re.FindAllStringIndex(text, -1) {
			want = append(want, fmt.Sprint(m[0], m[1]))
		}
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Fatalf("%q: scanner %v, regexp %v", text, got, want)
		}
	})
}
