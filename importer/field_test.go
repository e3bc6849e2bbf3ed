package importer

import "testing"

func TestParseDecimal(t *testing.T) {
	for _, tc := range []struct {
		in       string
		decimals int
		want     int64
		bad      bool
	}{
		{"12.50", 2, 1250, false},
		{"12.5", 2, 1250, false},
		{"12", 2, 1200, false},
		{"0.01", 2, 1, false},
		{"007.10", 2, 710, false},
		{"0", 2, 0, false},
		{"1200", 0, 1200, false},
		{"1.234", 3, 1234, false},
		{"999999999999999", 0, 999999999999999, false},
		{"1.005", 2, 0, true},
		{"12.5", 0, 0, true},
		{"-1", 2, 0, true},
		{"+1", 2, 0, true},
		{".5", 2, 0, true},
		{"5.", 2, 0, true},
		{"1e3", 2, 0, true},
		{"1,000.00", 2, 0, true},
		{"12,50", 2, 0, true},
		{"", 2, 0, true},
		{" 1", 2, 0, true},
		{"١٢", 2, 0, true}, // Arabic-Indic digits are not ASCII digits
		{"99999999999999999999", 2, 0, true},
	} {
		got, msg := parseDecimal("price", tc.in, tc.decimals)
		if (msg != "") != tc.bad || got != tc.want {
			t.Errorf("parseDecimal(%q, %d) = %d, %q; want %d, bad %v", tc.in, tc.decimals, got, msg, tc.want, tc.bad)
		}
	}
}

func TestNormHSCode(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"850760", "850760"},
		{"8507.60", "850760"},
		{"8507.60.00", "85076000"},
		{"0902 10", "090210"},
		{"8523510000", "8523510000"},
		{"85076", ""},
		{"85235100001", ""},
		{"8507A0", ""},
		{"000000", ""},
		{"980000", ""},
		{"770000", ""},
	} {
		got, msg := normHSCode(tc.in)
		if got != tc.want || (msg == "") != (tc.want != "") {
			t.Errorf("normHSCode(%q) = %q, %q; want %q", tc.in, got, msg, tc.want)
		}
	}
}

func TestMinorDigits(t *testing.T) {
	for cur, want := range map[string]int{"EUR": 2, "CNY": 2, "THB": 2, "JPY": 0, "KRW": 0, "KWD": 3} {
		if got := minorDigits(cur); got != want {
			t.Errorf("minorDigits(%s) = %d, want %d", cur, got, want)
		}
	}
}

// TestNormLanguage checks that the importer reads tags by kefu's one rule
// (kefu.ParseLanguage) and keeps their base.
func TestNormLanguage(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		bad      bool
	}{
		{"en", "en", false},
		{"en-GB-oxendict", "en", false},
		{"zh_Hant", "zh", false},
		{"ZH-hant-TW", "zh", false},
		{"fil", "fil", false},
		{"en--", "", true},
		{"english", "", true},
		{"zh-yue", "", true},
	} {
		got, msg := normLanguage("language", tc.in)
		if (msg != "") != tc.bad || got != tc.want {
			t.Errorf("normLanguage(%q) = %q, %q; want %q, bad %v", tc.in, got, msg, tc.want, tc.bad)
		}
	}
}
