package kefu

import (
	"fmt"
	"strings"
)

// MaxLanguageLen bounds a language tag, in bytes. RFC 5646 (section
// 4.4.1) notes that 35 characters hold every tag made of a language,
// script, region and two variants, which is more than kefu uses.
const MaxLanguageLen = 35

// ParseLanguage parses a language tag and returns it in canonical form.
// It is kefu's one rule for language tags: every channel, the engine, the
// importer and the stores (through the Validate methods) accept exactly
// the tags it accepts. The grammar is the subset of BCP 47 (RFC 5646)
// kefu uses:
//
//	tag      = language ["-" script] ["-" region] *("-" variant)
//	language = 2*3ALPHA               ; "en", "zh", "fil", "yue"
//	script   = 4ALPHA                 ; "Hant"
//	region   = 2ALPHA / 3DIGIT        ; "GB", "419"
//	variant  = 5*8alphanum / (DIGIT 3alphanum)  ; "oxendict", "1996"
//
// Decisions beyond the grammar:
//   - Letters are ASCII and case does not matter on input; the canonical
//     form has the language and variants in lower case, the script in
//     title case and the region in upper case ("ZH_hant_tw" ->
//     "zh-Hant-TW"), as RFC 5646 section 2.1.1 recommends.
//   - "_" (POSIX locales, spreadsheets) separates subtags like "-" and
//     becomes "-"; so "zh_Hant" is "zh-Hant".
//   - Variants are accepted, as BCP 47 does ("en-GB-oxendict"), but not
//     twice the same.
//   - Extended language subtags ("zh-yue"), extensions ("en-u-ca-..."),
//     private use ("x-...") and the grandfathered tags are rejected: kefu
//     has no use for them and they would only defeat comparisons.
//   - An empty subtag ("en--", "en-", "-en") is rejected, and so is a
//     tag longer than MaxLanguageLen bytes.
//
// ParseLanguage checks form, not registration: "qq" is well formed. The
// error is EINVALID and names the field "language"; see CheckLanguage
// for other field names.
func ParseLanguage(s string) (string, error) {
	tag, why := parseLanguage(s)
	if why != "" {
		return "", languageError("language", s, why)
	}
	return tag, nil
}

// CheckLanguage returns nil if s is a language tag in canonical form
// (ParseLanguage(s) returns s), else an EINVALID error naming field.
// Tags that kefu keeps and passes around are canonical, so that they can
// be compared byte for byte; edges (channels, the importer, flags)
// canonicalise with ParseLanguage, and inner layers check with
// CheckLanguage.
func CheckLanguage(field, s string) error {
	tag, why := parseLanguage(s)
	switch {
	case why != "":
		return languageError(field, s, why)
	case tag != s:
		return InvalidRule(field, RuleCanonical, map[string]string{"value": s, "want": tag}, "%s %q is not in canonical form: write %q", field, s, tag)
	}
	return nil
}

func languageError(field, s, why string) *Error {
	if len(s) > MaxLanguageLen+5 {
		s = s[:MaxLanguageLen] + "..."
	}
	return InvalidRule(field, RuleLanguage, map[string]string{"value": s}, "%s %q is not a language tag like \"en\", \"zh-Hant\" or \"es-419\": %s", field, s, why)
}

// parseLanguage returns the canonical form of s, or a reason why s is
// not a language tag.
func parseLanguage(s string) (tag, why string) {
	if s == "" {
		return "", "empty"
	}
	if len(s) > MaxLanguageLen {
		return "", fmt.Sprintf("longer than %d bytes", MaxLanguageLen)
	}
	var b strings.Builder
	b.Grow(len(s))
	// part is what the next subtag may be: 0 script, region or variant;
	// 1 region or variant; 2 variant.
	part := 0
	var variants []string
	for i, sub := range strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '_' }) {
		if i == 0 {
			if !isAlpha(sub) || len(sub) < 2 || len(sub) > 3 {
				return "", fmt.Sprintf("the language subtag %q is not 2 or 3 letters", sub)
			}
			b.WriteString(strings.ToLower(sub))
			continue
		}
		b.WriteByte('-')
		switch {
		case part == 0 && len(sub) == 4 && isAlpha(sub):
			b.WriteString(strings.ToUpper(sub[:1]) + strings.ToLower(sub[1:]))
			part = 1
		case part <= 1 && (len(sub) == 2 && isAlpha(sub) || len(sub) == 3 && isDigits(sub)):
			b.WriteString(strings.ToUpper(sub))
			part = 2
		case isAlnum(sub) && (len(sub) >= 5 && len(sub) <= 8 || len(sub) == 4 && isDigits(sub[:1])):
			v := strings.ToLower(sub)
			for _, seen := range variants {
				if v == seen {
					return "", fmt.Sprintf("the variant %q repeats", sub)
				}
			}
			variants = append(variants, v)
			b.WriteString(v)
			part = 2
		case len(sub) == 1:
			return "", "extensions and private use subtags are not supported"
		default:
			return "", fmt.Sprintf("the subtag %q is not a script, region or variant in that order", sub)
		}
	}
	// FieldsFunc drops empty fields; they are errors here.
	if b.Len() != len(s) {
		return "", "empty subtag"
	}
	return b.String(), ""
}

func isAlpha(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isAlpha(s[i:i+1]) && !isDigits(s[i:i+1]) {
			return false
		}
	}
	return true
}

// checkLanguages checks a list of tags with CheckLanguage.
func checkLanguages(field string, tags []string) error {
	for _, l := range tags {
		if err := CheckLanguage(field, l); err != nil {
			return err
		}
	}
	return nil
}
