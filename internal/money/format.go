package money

import "strings"

// numberFormat is how a language writes numbers, money and percentages.
type numberFormat struct {
	point, group string
	minGroup     int  // group thousands only from this many integer digits (Spanish: 5)
	suffix       bool // "21,60 €" rather than "€21.60"
	percentSpace bool // "12 %" rather than "12%"
}

// formats follows the CLDR conventions of each language, with two
// simplifications: plain spaces (not no-break spaces) between number and
// symbol, and one format per language regardless of region.
var formats = map[string]numberFormat{
	"en": {".", ",", 4, false, false},
	"zh": {".", ",", 4, false, false},
	"ja": {".", ",", 4, false, false},
	"th": {".", ",", 4, false, false},
	"ms": {".", ",", 4, false, false},
	"ko": {".", ",", 4, false, false},
	"de": {",", ".", 4, true, true},
	"es": {",", ".", 5, true, true},
	"it": {",", ".", 4, true, false},
	"fr": {",", " ", 4, true, true},
	"pt": {",", ".", 4, true, false},
	"nl": {",", ".", 4, false, false},
}

func formatFor(lang string) numberFormat {
	if f, ok := formats[lang]; ok {
		return f
	}
	return formats["en"]
}

// group inserts the grouping separator into a string of integer digits.
func (f numberFormat) groupDigits(s string) string {
	if len(s) < f.minGroup || f.group == "" {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(f.group)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// number formats d (already at the scale to show) with f's separators.
func (f numberFormat) number(d Decimal) string {
	s := d.String()
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	ip, fp, hasDot := strings.Cut(s, ".")
	out := f.groupDigits(ip)
	if hasDot {
		out += f.point + fp
	}
	if neg {
		out = "-" + out
	}
	return out
}
