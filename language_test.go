package kefu_test

import (
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
)

func TestParseLanguage(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want string // "" means EINVALID
	}{
		// The three tags on which the old rules disagreed.
		{"en-GB-oxendict", "en-GB-oxendict"},
		{"en--", ""},
		{"zh_Hant", "zh-Hant"},

		{"en", "en"},
		{"EN", "en"},
		{"fil", "fil"},
		{"yue", "yue"},
		{"und", "und"},
		{"zh-Hant", "zh-Hant"},
		{"zh-hant", "zh-Hant"},
		{"ZH_HANT_tw", "zh-Hant-TW"},
		{"pt-br", "pt-BR"},
		{"es-419", "es-419"},
		{"sr-Latn-RS", "sr-Latn-RS"},
		{"de-CH-1996", "de-CH-1996"},
		{"sl-rozaj-biske", "sl-rozaj-biske"},
		{"en-oxendict", "en-oxendict"},
		{"zh-Hant-oxendict", "zh-Hant-oxendict"},

		{"", ""},
		{"e", ""},
		{"engl", ""},
		{"auto", ""},
		{"en-", ""},
		{"-en", ""},
		{"en--US", ""},
		{"en_-US", ""},
		{"en US", ""},
		{"en-US-", ""},
		{"en-Latn-Hant", ""},   // two scripts
		{"en-US-GB", ""},       // two regions
		{"en-US-Latn", ""},     // script after region
		{"en-oxendict-GB", ""}, // region after variant
		{"en-GB-oxendict-oxendict", ""},
		{"zh-yue", ""}, // extended language subtag
		{"en-u-ca-buddhist", ""},
		{"x-klingon", ""},
		{"i-klingon", ""},
		{"en-123456789", ""},
		{"en-1234567", "en-1234567"}, // 5 to 8 alphanumerics are a variant
		{"en-abcdefghi", ""},
		{"en-12", ""},
		{"e1", ""},
		{"<script>", ""},
		{"日本", ""},
		{"ｅｎ", ""},
		{"en-GB-" + strings.Repeat("abcdefgh-", 4), ""}, // over MaxLanguageLen
	} {
		t.Run(tt.in, func(t *testing.T) {
			got, err := kefu.ParseLanguage(tt.in)
			if tt.want == "" {
				if kefu.ErrorCode(err) != kefu.EINVALID {
					t.Fatalf("ParseLanguage(%q) = %q, %v; want EINVALID", tt.in, got, err)
				}
				if msg := kefu.ErrorMessage(err); !strings.HasPrefix(msg, "language ") {
					t.Errorf("message %q does not name the field", msg)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("ParseLanguage(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestCheckLanguage(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want string // the start of the error message; "" for nil
	}{
		{"en", ""},
		{"zh-Hant", ""},
		{"en-GB-oxendict", ""},
		{"zh_Hant", `settings.languages "zh_Hant" is not in canonical form: write "zh-Hant"`},
		{"EN", `settings.languages "EN" is not in canonical form: write "en"`},
		{"en--", `settings.languages "en--" is not a language tag`},
		{"", `settings.languages "" is not a language tag`},
	} {
		t.Run(tt.in, func(t *testing.T) {
			err := kefu.CheckLanguage("settings.languages", tt.in)
			if tt.want == "" {
				if err != nil {
					t.Fatalf("CheckLanguage(%q) = %v", tt.in, err)
				}
				return
			}
			if kefu.ErrorCode(err) != kefu.EINVALID || !strings.HasPrefix(kefu.ErrorMessage(err), tt.want) {
				t.Fatalf("CheckLanguage(%q) = %v; want EINVALID %s...", tt.in, err, tt.want)
			}
		})
	}
}

// FuzzParseLanguage checks that ParseLanguage never panics, that what it
// returns is canonical (a fixed point that CheckLanguage accepts), no
// longer than the input, and that it agrees with a separator- and
// case-insensitive reading of its input.
func FuzzParseLanguage(f *testing.F) {
	for _, s := range []string{"en", "zh_Hant", "en-GB-oxendict", "en--", "es-419", "de-CH-1996", "x-a", "ZH_hant_TW", "日本"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tag, err := kefu.ParseLanguage(s)
		if err != nil {
			if kefu.ErrorCode(err) != kefu.EINVALID {
				t.Fatalf("ParseLanguage(%q) error code %q", s, kefu.ErrorCode(err))
			}
			if kefu.CheckLanguage("language", s) == nil {
				t.Fatalf("CheckLanguage accepts %q, which ParseLanguage rejects", s)
			}
			return
		}
		if len(tag) != len(s) || len(tag) > kefu.MaxLanguageLen {
			t.Fatalf("ParseLanguage(%q) = %q: length changed or over the limit", s, tag)
		}
		if !strings.EqualFold(tag, strings.ReplaceAll(s, "_", "-")) {
			t.Fatalf("ParseLanguage(%q) = %q: not the same tag", s, tag)
		}
		again, err := kefu.ParseLanguage(tag)
		if err != nil || again != tag {
			t.Fatalf("ParseLanguage(%q) = %q, %v: not a fixed point", tag, again, err)
		}
		if err := kefu.CheckLanguage("language", tag); err != nil {
			t.Fatalf("CheckLanguage(%q) = %v", tag, err)
		}
		if strings.Contains(tag, "--") || strings.HasPrefix(tag, "-") || strings.HasSuffix(tag, "-") || strings.Contains(tag, "_") {
			t.Fatalf("ParseLanguage(%q) = %q: empty subtag or '_'", s, tag)
		}
	})
}
