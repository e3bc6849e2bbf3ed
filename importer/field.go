package importer

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/kefu-ai/kefu"
)

// Field rules shared by the CSV and JSON readers. Each check returns a
// user-facing message ("" when the value is fine) phrased so that it reads
// well after "line 7: ".

// Length limits, in bytes, on free-text fields.
const (
	maxShort = 200   // names, titles, carriers, locations
	maxID    = 64    // SKUs, order numbers, external IDs, keys
	maxText  = 20000 // descriptions, article bodies
)

// minorDigits returns how many decimals an ISO 4217 currency has. Most
// have 2; this lists the exceptions that shops are likely to use.
func minorDigits(currency string) int {
	switch currency {
	case "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF":
		return 0
	case "BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND":
		return 3
	}
	return 2
}

// parseDecimal converts a decimal amount in major units ("12.50") to minor
// units of a currency with the given number of decimals, exactly: no
// floating point is involved. Negative amounts, exponents, thousands
// separators and more decimals than the currency has are rejected.
func parseDecimal(field, s string, decimals int) (int64, string) {
	bad := fmt.Sprintf("%s %q is not a decimal amount", field, s)
	intPart, frac, hasDot := strings.Cut(s, ".")
	if intPart == "" || !allDigits(intPart) || hasDot && (frac == "" || !allDigits(frac)) {
		if i, f, ok := strings.Cut(s, ","); ok && allDigits(i) && allDigits(f) {
			return 0, bad + ` (write decimals with a dot, like "12.50")`
		}
		return 0, bad + ` (like "12.50")`
	}
	if len(frac) > decimals {
		if decimals == 0 {
			return 0, fmt.Sprintf("%s %q has decimals, but the currency has no minor unit", field, s)
		}
		return 0, fmt.Sprintf("%s %q has more than %d decimals", field, s, decimals)
	}
	intPart = strings.TrimLeft(intPart, "0")
	if len(intPart)+decimals > 15 { // keeps every total far below 2^63
		return 0, fmt.Sprintf("%s %q is too large", field, s)
	}
	digits := intPart + frac + strings.Repeat("0", decimals-len(frac))
	if digits == "" {
		return 0, ""
	}
	n, err := strconv.ParseInt(digits, 10, 64)
	if err != nil {
		return 0, bad
	}
	return n, ""
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// parseMinor parses a whole number of minor units, as JSON documents give
// money ("price": 1250).
func parseMinor(field, s string) (int64, string) {
	if !allDigits(s) || len(s) > 15 {
		if strings.HasPrefix(s, "-") {
			return 0, fmt.Sprintf("%s %s is negative", field, s)
		}
		return 0, fmt.Sprintf(`%s %s is not a whole number of minor units (write 1250, or the string "12.50")`, field, s)
	}
	n, _ := strconv.ParseInt(s, 10, 64)
	return n, ""
}

// parseTime accepts RFC 3339 ("2026-11-02T09:15:00+08:00") or a plain date
// ("2026-11-02", midnight in loc).
func parseTime(field, s string, loc *time.Location) (time.Time, string) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, ""
	}
	if t, err := time.ParseInLocation(time.DateOnly, s, loc); err == nil {
		return t, ""
	}
	return time.Time{}, fmt.Sprintf("%s %q is not a date (want RFC 3339 like 2026-11-02T09:15:00+08:00, or 2026-11-02)", field, s)
}

// parseInt parses a whole number no smaller than min.
func parseInt(field, s string, min int) (int, string) {
	n, err := strconv.Atoi(s)
	if err != nil || n > 1<<31-1 {
		return 0, fmt.Sprintf("%s %q is not a whole number", field, s)
	}
	if n < min {
		return 0, fmt.Sprintf("%s %d is less than %d", field, n, min)
	}
	return n, ""
}

// parseBool accepts the spellings spreadsheets produce.
func parseBool(field, s string) (bool, string) {
	switch strings.ToLower(s) {
	case "", "false", "no", "n", "0":
		return false, ""
	case "true", "yes", "y", "1":
		return true, ""
	}
	return false, fmt.Sprintf("%s %q is not true or false", field, s)
}

// normLanguage returns the base of a language tag ("zh_Hant" -> "zh"),
// which is what the importer keeps. Tags are checked by kefu's one rule,
// kefu.ParseLanguage.
func normLanguage(field, s string) (string, string) {
	tag, err := kefu.ParseLanguage(s)
	if err != nil {
		return "", fmt.Sprintf(`%s %q is not a language code like "en", "zh" or "th"`, field, s)
	}
	base, _, _ := strings.Cut(tag, "-")
	return base, ""
}

// normCountry returns an upper-case ISO 3166-1 alpha-2 code.
func normCountry(field, s string) (string, string) {
	u := strings.ToUpper(s)
	if u == "UK" {
		return "", fmt.Sprintf(`%s "UK" is not an ISO 3166-1 code: use "GB"`, field)
	}
	if !kefu.ValidCountry(u) {
		return "", fmt.Sprintf(`%s %q is not a two-letter country code like "TH" or "ES"`, field, s)
	}
	return u, ""
}

// normCurrency returns an upper-case ISO 4217 code.
func normCurrency(s string) (string, string) {
	u := strings.ToUpper(s)
	if !kefu.ValidCurrency(u) {
		return "", fmt.Sprintf(`currency %q is not a three-letter code like "EUR" or "CNY"`, s)
	}
	return u, ""
}

// normHSCode strips the dots and spaces people write in HS codes
// ("8507.60.00") and checks what is left: 6 to 10 digits whose first two
// name an HS chapter (01-97; chapter 77 is reserved).
func normHSCode(s string) (string, string) {
	d := strings.NewReplacer(".", "", " ", "").Replace(s)
	bad := fmt.Sprintf("hs_code %q is not an HS code (want 6 to 10 digits, like 850760)", s)
	if len(d) < 6 || len(d) > 10 || !allDigits(d) {
		return "", bad
	}
	if ch, _ := strconv.Atoi(d[:2]); ch < 1 || ch > 97 || ch == 77 {
		return "", fmt.Sprintf("hs_code %q: chapter %s does not exist", s, d[:2])
	}
	return d, ""
}

// checkID checks an identifier-like field: non-empty when required, at
// most maxID bytes, no spaces or control characters.
func checkID(field, s string, required bool) string {
	switch {
	case s == "":
		if required {
			return field + " is required"
		}
	case len(s) > maxID:
		return fmt.Sprintf("%s is longer than %d bytes", field, maxID)
	case strings.IndexFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }) >= 0:
		return fmt.Sprintf("%s %q contains spaces or control characters", field, s)
	}
	return ""
}

// checkText checks a free-text field: valid UTF-8 (readers check that
// earlier; this is the last guard), within max bytes, no control
// characters but newlines and tabs when multiline.
func checkText(field, s string, required bool, max int, multiline bool) string {
	switch {
	case s == "":
		if required {
			return field + " is required"
		}
	case !utf8.ValidString(s):
		return field + " is not valid UTF-8"
	case len(s) > max:
		return fmt.Sprintf("%s is longer than %d bytes", field, max)
	case strings.IndexFunc(s, func(r rune) bool {
		return unicode.IsControl(r) && !(multiline && (r == '\n' || r == '\t' || r == '\r'))
	}) >= 0:
		return field + " contains control characters"
	}
	return ""
}

// checkEmail is deliberately loose: one @ with something on both sides
// and no spaces. Shops know their customers' addresses better than a
// regular expression does.
func checkEmail(s string) string {
	if s == "" {
		return ""
	}
	local, domain, ok := strings.Cut(s, "@")
	if !ok || local == "" || domain == "" || strings.Contains(domain, "@") || strings.ContainsAny(s, " \t\r\n<>") || len(s) > 254 {
		return fmt.Sprintf("email %q is not an e-mail address", s)
	}
	return ""
}

var (
	keyRE    = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{0,63}$`)
	intentRE = regexp.MustCompile(`^[a-z][a-z0-9_]{0,63}$`)
)

// splitList splits "a;b;c" as CSV list columns (tags, intents) are
// written, dropping empty items.
func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ";") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// parseAttributes parses "k=v;k=v". Keys must be unique and non-empty;
// values may contain "=" but not ";".
func parseAttributes(s string) (map[string]string, string) {
	if strings.TrimSpace(s) == "" {
		return nil, ""
	}
	m := map[string]string{}
	for _, f := range strings.Split(s, ";") {
		if strings.TrimSpace(f) == "" {
			continue
		}
		k, v, ok := strings.Cut(f, "=")
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		if !ok || k == "" {
			return nil, fmt.Sprintf("attributes: %q is not key=value (write k=v;k=v)", f)
		}
		if _, dup := m[k]; dup {
			return nil, fmt.Sprintf("attributes: key %q appears twice", k)
		}
		m[k] = v
	}
	return m, ""
}

// Known statuses, as the root package documents them, comma-separated.
const (
	orderStatuses    = "pending,paid,shipped,delivered,cancelled,returned"
	shipmentStatuses = "label_created,in_transit,customs,out_for_delivery,delivered,exception"
	articleStatuses  = "draft,in_review,published"
)

// oneOf checks that s is one of the comma-separated allowed values.
func oneOf(field, s, allowed string) string {
	for _, a := range strings.Split(allowed, ",") {
		if s == a {
			return ""
		}
	}
	return fmt.Sprintf("%s %q is not one of %s", field, s, strings.ReplaceAll(allowed, ",", ", "))
}
