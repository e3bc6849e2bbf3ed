package money

import (
	"errors"
	"math"
	"math/big"
	"testing"
)

func TestParseDecimal(t *testing.T) {
	for _, tt := range []struct {
		in, want string // want "" means an error
	}{
		{"22", "22"},
		{"5.5", "5.5"},
		{"0.6", "0.6"},
		{"-0.25", "-0.25"},
		{"007.50", "7.50"},
		{"922337203685477580.7", "922337203685477580.7"},
		{"0.000000000001", "0.000000000001"},
		{"", ""},
		{"-", ""},
		{".5", ""},
		{"5.", ""},
		{"+5", ""},
		{"1e3", ""},
		{"1,5", ""},
		{" 1", ""},
		{"1.2.3", ""},
		{"--1", ""},
		{"0.0000000000001", ""},       // 13 decimals
		{"9223372036854775808", ""},   // 2^63
		{"1234567890123456789.0", ""}, // 20 significant digits
		{"٣", ""},                     // Arabic-Indic digit
	} {
		t.Run(tt.in, func(t *testing.T) {
			d, err := ParseDecimal(tt.in)
			if tt.want == "" {
				if err == nil {
					t.Fatalf("ParseDecimal(%q) = %v, want error", tt.in, d)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := d.String(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestApplyRate(t *testing.T) {
	for _, tt := range []struct {
		amount, rate, want string
	}{
		{"180.00 EUR", "12", "21.60 EUR"},
		{"201.60 EUR", "22", "44.35 EUR"}, // 44.352
		{"0.05 EUR", "10", "0.01 EUR"},    // 0.005: half away from zero
		{"-0.05 EUR", "10", "-0.01 EUR"},  // -0.005
		{"0.04 EUR", "10", "0.00 EUR"},
		{"100.00 EUR", "2.7", "2.70 EUR"},
		{"33.33 EUR", "5.5", "1.83 EUR"}, // 1.83315
		{"10.10 GBP", "0.6", "0.06 GBP"}, // 0.0606
		{"1234 JPY", "10", "123 JPY"},    // 123.4
		{"1235 JPY", "10", "124 JPY"},    // 123.5
		{"19.99 USD", "0", "0.00 USD"},
		{"92233720368547758.07 EUR", "100", "92233720368547758.07 EUR"},
	} {
		t.Run(tt.amount+"@"+tt.rate, func(t *testing.T) {
			got, err := MustAmount(t, tt.amount).ApplyRate(MustRate(tt.rate))
			if err != nil {
				t.Fatal(err)
			}
			if want := MustAmount(t, tt.want); got != want {
				t.Errorf("got %v, want %v", got, want)
			}
		})
	}
	if _, err := MustAmount(t, "92233720368547758.07 EUR").ApplyRate(MustRate("200")); !errors.Is(err, ErrOverflow) {
		t.Errorf("overflow: got %v", err)
	}
}

func TestExchange(t *testing.T) {
	for _, tt := range []struct {
		amount, to, from, toUnits, want string
	}{
		{"1000.00 CNY", "EUR", "8.0", "1", "125.00 EUR"},
		{"199.00 CNY", "EUR", "8.3", "1", "23.98 EUR"},          // 23.975903...
		{"100.00 CNY", "THB", "8.2945", "38.012", "458.28 THB"}, // 458.27295...
		{"1.00 EUR", "JPY", "1", "162.35", "162 JPY"},
		{"1.00 EUR", "JPY", "1", "162.5", "163 JPY"}, // half away from zero
		{"5000 JPY", "EUR", "162.35", "1", "30.80 EUR"},
		{"-1.00 EUR", "JPY", "1", "162.5", "-163 JPY"},
		{"12.34 EUR", "EUR", "1", "1", "12.34 EUR"},
	} {
		t.Run(tt.amount+"->"+tt.to, func(t *testing.T) {
			to, _ := LookupCurrency(tt.to)
			got, err := MustAmount(t, tt.amount).Exchange(to, MustDec(t, tt.from), MustDec(t, tt.toUnits))
			if err != nil {
				t.Fatal(err)
			}
			if want := MustAmount(t, tt.want); got != want {
				t.Errorf("got %v, want %v", got, want)
			}
		})
	}
	if _, err := MustAmount(t, "1 EUR").Exchange("USD", MustDec(t, "0"), MustDec(t, "1")); err == nil {
		t.Error("zero rate: want error")
	}
}

func TestFormat(t *testing.T) {
	for _, tt := range []struct {
		amount, lang, want string
	}{
		{"21.60 EUR", "en", "€21.60"},
		{"21.60 EUR", "de", "21,60 €"},
		{"21.60 EUR", "it", "21,60 €"},
		{"1234.50 EUR", "it", "1.234,50 €"},
		{"1234.50 EUR", "es", "1234,50 €"},
		{"12345.50 EUR", "es", "12.345,50 €"},
		{"1234.50 EUR", "fr", "1 234,50 €"},
		{"1234.50 EUR", "en", "€1,234.50"},
		{"1234567.00 GBP", "en", "£1,234,567.00"},
		{"-3.00 GBP", "en", "-£3.00"},
		{"450.00 THB", "th", "฿450.00"},
		{"21.60 MYR", "en", "RM21.60"},
		{"21.60 SGD", "en", "S$21.60"},
		{"21.60 AUD", "en", "A$21.60"},
		{"21.60 USD", "en", "$21.60"},
		{"199.00 CNY", "zh", "¥199.00"},
		{"199.00 CNY", "en", "CN¥199.00"},
		{"1200 JPY", "en", "¥1,200"},
		{"12.50 CHF", "en", "CHF 12.50"},
		{"12.50 CHF", "de", "12,50 CHF"},
		{"0.05 EUR", "xx", "€0.05"},
		{"199.00 CNY", "zh-Hant", "¥199.00"},
		{"199.00 CNY", "yue", "¥199.00"},
		{"1234.50 HKD", "yue", "HK$1,234.50"},
		{"1234.50 EUR", "pt-BR", "1.234,50 €"},
		{"1234.50 EUR", "ru", "1 234,50 €"},
		{"1234.50 PLN", "pl", "1234,50 zł"},
		{"12345.50 PLN", "pl", "12 345,50 zł"},
		{"1234.50 EUR", "tr", "€1.234,50"},
		{"1234.50 EUR", "vi", "1.234,50 €"},
		{"1234.50 USD", "id", "$1.234,50"},
		{"1234.50 USD", "ar", "1,234.50 $"},
		{"1234.50 USD", "fil", "$1,234.50"},
	} {
		t.Run(tt.amount+"/"+tt.lang, func(t *testing.T) {
			if got := MustAmount(t, tt.amount).Format(tt.lang); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	if got := New(math.MinInt64, "EUR").Format("en"); got != "-€92,233,720,368,547,758.08" {
		t.Errorf("MinInt64: %q", got)
	}
}

func TestRateFormat(t *testing.T) {
	for _, tt := range []struct{ rate, lang, want string }{
		{"12", "en", "12%"},
		{"2.70", "en", "2.7%"},
		{"5.5", "de", "5,5 %"},
		{"5.5", "it", "5,5%"},
		{"22", "zh", "22%"},
		{"0.6", "fr", "0,6 %"},
		{"18", "tr", "%18"},
		{"20", "ru", "20 %"},
		{"23", "pl", "23%"},
		{"7.5", "zh-Hant", "7.5%"},
	} {
		if got := MustRate(tt.rate).Format(tt.lang); got != tt.want {
			t.Errorf("%s/%s: got %q, want %q", tt.rate, tt.lang, got, tt.want)
		}
	}
	if _, err := ParseRate("-1"); err == nil {
		t.Error("negative rate accepted")
	}
}

func TestAddMismatch(t *testing.T) {
	if _, err := MustAmount(t, "1 EUR").Add(MustAmount(t, "1 USD")); !errors.Is(err, ErrCurrencyMismatch) {
		t.Errorf("got %v", err)
	}
	got, err := (Amount{}).Add(MustAmount(t, "1 USD"))
	if err != nil || got != MustAmount(t, "1 USD") {
		t.Errorf("zero + 1 USD = %v, %v", got, err)
	}
	if _, err := New(math.MaxInt64, "EUR").Add(New(1, "EUR")); !errors.Is(err, ErrOverflow) {
		t.Errorf("overflow: %v", err)
	}
}

func TestParseAmount(t *testing.T) {
	for _, tt := range []struct {
		in   string
		ok   bool
		want Amount
	}{
		{"EUR 180", true, New(18000, "EUR")},
		{"180.5 eur", true, New(18050, "EUR")},
		{"1200 JPY", true, New(1200, "JPY")},
		{"1200.5 JPY", false, Amount{}},
		{"1.005 EUR", false, Amount{}},
		{"180 XXX", false, Amount{}},
		{"180", false, Amount{}},
	} {
		got, err := ParseAmount(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseAmount(%q) = %v, %v", tt.in, got, err)
		}
	}
}

// FuzzParseDecimal checks that every accepted input formats back to itself
// (modulo leading zeros) and that Cmp agrees with big.Rat.
func FuzzParseDecimal(f *testing.F) {
	for _, s := range []string{"22", "5.5", "-0.25", "007.50", "1e3", "", "9223372036854775807", "0.000000000001"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDecimal(s)
		if err != nil {
			return
		}
		r, ok := new(big.Rat).SetString(s)
		if !ok {
			t.Fatalf("accepted %q that big.Rat rejects", s)
		}
		if d.Rat().Cmp(r) != 0 {
			t.Fatalf("%q parsed as %v", s, d)
		}
		back, err := ParseDecimal(d.String())
		if err != nil || back != d {
			t.Fatalf("%q -> %q -> %v, %v", s, d.String(), back, err)
		}
	})
}

// FuzzApplyRate checks ApplyRate and Exchange against a big.Rat reference.
func FuzzApplyRate(f *testing.F) {
	f.Add(int64(20160), "22", "7.8", "1")
	f.Add(int64(-5), "10", "1", "162.5")
	f.Add(int64(math.MaxInt64), "0.5", "0.001", "3")
	f.Fuzz(func(t *testing.T, minor int64, rate, from, to string) {
		a := New(minor, "EUR")
		if r, err := ParseRate(rate); err == nil {
			got, err := a.ApplyRate(r)
			exact := new(big.Rat).Mul(new(big.Rat).SetInt64(minor), new(big.Rat).Quo(r.Percent().Rat(), big.NewRat(100, 1)))
			want := roundRat(exact)
			if !want.IsInt64() {
				if err == nil {
					t.Fatalf("%d × %s%%: want overflow, got %v", minor, rate, got)
				}
			} else if err != nil || got.Minor != want.Int64() {
				t.Fatalf("%d × %s%% = %v, %v; want %v", minor, rate, got, err, want)
			}
		}
		fu, err1 := ParseDecimal(from)
		tu, err2 := ParseDecimal(to)
		if err1 != nil || err2 != nil || fu.Sign() <= 0 || tu.Sign() <= 0 {
			return
		}
		got, err := a.Exchange("JPY", fu, tu)
		// cents → yen: minor/100 × tu/fu
		exact := new(big.Rat).Mul(big.NewRat(minor, 100), new(big.Rat).Quo(tu.Rat(), fu.Rat()))
		want := roundRat(exact)
		if !want.IsInt64() {
			if err == nil {
				t.Fatalf("want overflow, got %v", got)
			}
			return
		}
		if err != nil || got.Minor != want.Int64() {
			t.Fatalf("%d cents at %s→%s = %v, %v; want %v", minor, from, to, got, err, want)
		}
	})
}

func BenchmarkApplyRate(b *testing.B) {
	a, r := New(20160, "EUR"), MustRate("22")
	for b.Loop() {
		if _, err := a.ApplyRate(r); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkExchange(b *testing.B) {
	a := New(19900, "CNY")
	from, to := MustDecimal("8.2945"), MustDecimal("1")
	for b.Loop() {
		if _, err := a.Exchange("EUR", from, to); err != nil {
			b.Fatal(err)
		}
	}
}
