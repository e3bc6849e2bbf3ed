package money

import "strings"

// numberFormat is how a language writes numbers, money and percentages.
type numberFormat struct {
	point, group string
	minGroup     int  // group thousands only from this many integer digits (Spanish: 5)
	suffix       bool // "21,60 €" rather than "€21.60"
	percentSpace bool // "12 %" rather than "12%"
	percentFirst bool // "%12" (Turkish) rather than "12%"
}

// formats follows the CLDR conventions of each language, with two
// simplifications: plain spaces (not no-break spaces) between number and
// symbol, and one format per language regardless of region.
var formats = map[string]numberFormat{
	"en":  {".", ",", 4, false, false, false},
	"zh":  {".", ",", 4, false, false, false},
	"ja":  {".", ",", 4, false, false, false},
	"th":  {".", ",", 4, false, false, false},
	"ms":  {".", ",", 4, false, false, false},
	"ko":  {".", ",", 4, false, false, false},
	"de":  {",", ".", 4, true, true, false},
	"es":  {",", ".", 5, true, true, false},
	"it":  {",", ".", 4, true, false, false},
	"fr":  {",", " ", 4, true, true, false},
	"pt":  {",", ".", 4, true, false, false},
	"nl":  {",", ".", 4, false, false, false},
	"yue": {".", ",", 4, false, false, false},
	"fil": {".", ",", 4, false, false, false},
	"vi":  {",", ".", 4, true, false, false},
	"id":  {",", ".", 4, false, false, false},
	"ru":  {",", " ", 4, true, true, false},
	"pl":  {",", " ", 5, true, false, false},
	"tr":  {",", ".", 4, false, false, true},
	"ar":  {".", ",", 4, true, false, false},
}

// formatFor returns lang's format: the tag's own, its language's ("zh" for
// "zh-Hant", "pt" for "pt-BR"), or English.
func formatFor(lang string) numberFormat {
	if f, ok := formats[lang]; ok {
		return f
	}
	if f, ok := formats[baseLanguage(lang)]; ok {
		return f
	}
	return formats["en"]
}

// baseLanguage returns the language subtag of a tag: "zh" for "zh-Hant".
func baseLanguage(lang string) string {
	if i := strings.IndexAny(lang, "-_"); i > 0 {
		return lang[:i]
	}
	return lang
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
