package traceability

import (
	"math"
	"strconv"
	"strings"
	"unicode"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/coldchain"
)

// Findings turns an analysis's reasons into coded facts for a reply or a
// report, worst first, with formatted numbers: temperatures "-9 °C",
// hours to a tenth, the rest whole. Reasons within tolerance (severity
// ok) are left out unless all is set.
func Findings(a coldchain.Analysis, all bool) []kefu.Finding {
	var out []kefu.Finding
	for _, r := range a.Reasons {
		if r.Severity == coldchain.OK && !all {
			continue
		}
		vals := map[string]string{}
		for k, v := range r.Values {
			switch {
			case strings.HasSuffix(k, "_c"):
				vals[k] = FormatC(v)
			case strings.HasSuffix(k, "_h"):
				vals[k] = strconv.FormatFloat(math.Round(v*10)/10, 'f', -1, 64)
			default:
				vals[k] = strconv.FormatFloat(math.Round(v), 'f', -1, 64)
			}
		}
		if r.Detail != "" {
			vals["detail"] = r.Detail
		}
		if !r.From.IsZero() {
			vals["from"] = r.From.Format("15:04")
		}
		out = append(out, kefu.Finding{Code: string(r.Code), Values: vals})
	}
	return out
}

// LocalName is a product's name in lang (its "name_<lang>" attribute),
// else its name, else the order line's.
func LocalName(p *kefu.Product, l kefu.OrderLine, lang string) string {
	if p == nil {
		return l.Name
	}
	base := lang
	if i := strings.IndexAny(lang, "-_"); i > 0 {
		base = lang[:i]
	}
	if n := p.Attributes["name_"+base]; n != "" {
		return n
	}
	return p.Name
}

// FormatC writes a temperature to a tenth: "-9 °C", "2.5 °C".
func FormatC(v float64) string {
	return strconv.FormatFloat(math.Round(v*10)/10, 'f', -1, 64) + " °C"
}

// FormatRange writes a storage range: "0 – 2 °C".
func FormatRange(r kefu.TempRange) string {
	return strconv.FormatFloat(r.MinC, 'f', -1, 64) + " – " + strconv.FormatFloat(r.MaxC, 'f', -1, 64) + " °C"
}

// genericWords are words of product names that name no product.
var genericWords = map[string]bool{"fresh": true, "frozen": true, "box": true, "pieces": true, "piece": true, "green": true,
	"live": true, "grade": true, "full": true, "cream": false, "seasonal": true, "with": true, "from": true, "pack": true}

// NameScore is how much of a product's names the text contains: the
// length of the longest name word (Latin scripts, 4 letters or more, not
// generic) or run of 2 or more CJK/Thai characters it shares.
func NameScore(text string, names []string) int {
	best := 0
	for _, n := range names {
		n = strings.ToLower(n)
		for _, w := range strings.FieldsFunc(n, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if isSpaced(w) {
				if len([]rune(w)) >= 4 && !genericWords[w] && strings.Contains(text, w) && len(w) > best {
					best = len(w)
				}
				continue
			}
			rs := []rune(w)
			for i := 0; i < len(rs); i++ {
				for j := i + 2; j <= len(rs); j++ {
					if sub := string(rs[i:j]); strings.Contains(text, sub) && len(sub) > best {
						best = len(sub)
					}
				}
			}
		}
	}
	return best
}

// isSpaced reports whether a word is of a script that separates words
// by spaces (not Han, Thai, Kana or Hangul).
func isSpaced(w string) bool {
	for _, r := range w {
		if unicode.Is(unicode.Han, r) || unicode.Is(unicode.Thai, r) || unicode.Is(unicode.Hiragana, r) ||
			unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r) {
			return false
		}
	}
	return true
}

// Names are a product's names in every language it has one in.
func Names(p *kefu.Product) []string {
	names := []string{p.Name}
	for k, v := range p.Attributes {
		if strings.HasPrefix(k, "name_") {
			names = append(names, v)
		}
	}
	return names
}
