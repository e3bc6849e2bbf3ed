package inci

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Ingredient is one entry of an ingredient list.
type Ingredient struct {
	// Name is the normalised key, parenthesised text removed.
	Name string
	// Common is the normalised text that was in parentheses ("lime" in
	// "Citrus Aurantifolia (Lime) Extract"), or "".
	Common string
	// Tail is the normalised text after the last parenthesis ("extract"),
	// or "". Common + " " + Tail is often the everyday name ("sunflower
	// seed oil"), which is how the ratings tables spell ingredients.
	Tail string
}

// maxWords is the most words an ingredient name has; longer items are
// marketing sentences that slipped into the list, not ingredients.
const maxWords = 12

// Parse splits a printed ingredient list into ingredients, in the order
// printed, each name once (its first place). A placeholder instead of a
// list ("Visit the Dior boutique", "No Info", "#NAME?", "") gives none.
// A "May contain" or "+/-" section (shade colourants, not in every unit)
// and everything after it is left out, as are footnotes ("*Organic.",
// "**Natural"), kit labels before a colon ("Day Serum: Water, ...") and
// items of more than maxWords words.
func Parse(list string) []Ingredient {
	list = strings.TrimSpace(list)
	if IsPlaceholder(list) {
		return nil
	}
	list = cutMayContain(list)
	var out []Ingredient
	seen := map[string]bool{}
	for _, item := range split(list) {
		if i := lastColon(item); i >= 0 {
			item = item[i+1:]
		}
		item = strings.TrimSpace(item)
		if strings.HasPrefix(item, "*") || strings.HasPrefix(item, "†") {
			continue // a footnote: "*Organic", "**Plant origin"
		}
		ing, ok := parseItem(item)
		if !ok || seen[ing.Name] {
			continue
		}
		seen[ing.Name] = true
		out = append(out, ing)
	}
	return out
}

// IsPlaceholder reports whether an ingredients cell holds no list: empty,
// "No Info", "N/A", a spreadsheet error ("#NAME?") or a shop's "Visit the
// … boutique" note.
func IsPlaceholder(list string) bool {
	s := strings.ToLower(strings.TrimSpace(list))
	switch s {
	case "", "no info", "n/a", "na", "none", "-", "unknown":
		return true
	}
	return strings.HasPrefix(s, "#") ||
		strings.HasPrefix(s, "visit the ") && strings.Contains(s, "boutique")
}

// cutMayContain drops a "May contain" / "+/-" section and what follows.
func cutMayContain(s string) string {
	low := strings.ToLower(s)
	cut := len(s)
	for _, m := range []string{"may contain", "+/-", "peut contenir"} {
		if i := strings.Index(low, m); i >= 0 && i < cut {
			cut = i
		}
	}
	if cut == len(s) {
		return s
	}
	// An opening bracket just before the marker belongs to the section.
	return strings.TrimRight(s[:cut], " [(")
}

// split cuts a list at separators outside brackets: commas (not one
// between digits, as in "1,2-Hexanediol"), semicolons, bullets, new lines,
// and full stops that end a sentence (followed by a space or the end, not
// one in "No.9" or "0.5").
func split(s string) []string {
	var items []string
	depth, start := 0, 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		sep := false
		switch r {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth = max(0, depth-1)
		case ',':
			sep = depth == 0 && !(i > 0 && isDigit(s[i-1]) && i+1 < len(s) && isDigit(s[i+1]))
		case '.':
			sep = depth == 0 && (i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\t' || s[i+1] == '\n' || s[i+1] == '\r')
		case ';', '\n', '\r', '•', '|':
			sep = true
			if r != '•' && r != '|' {
				depth = 0 // a new line or semicolon closes what an unbalanced bracket opened
			}
		}
		if sep {
			items = append(items, s[start:i])
			start = i + size
		}
		i += size
	}
	return append(items, s[start:])
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// lastColon returns the byte offset of the last colon outside brackets, or
// -1.
func lastColon(s string) int {
	depth, at := 0, -1
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth = max(0, depth-1)
		case ':':
			if depth == 0 {
				at = i
			}
		}
	}
	return at
}

// parseItem normalises one item; ok is false when nothing is left.
func parseItem(item string) (Ingredient, bool) {
	var outside, inside, tail strings.Builder
	depth := 0
	for _, r := range item {
		switch r {
		case '(', '[', '{':
			depth++
			inside.WriteByte(' ')
			tail.Reset()
			continue
		case ')', ']', '}':
			depth = max(0, depth-1)
			continue
		}
		if depth > 0 {
			inside.WriteRune(r)
		} else {
			outside.WriteRune(r)
			tail.WriteRune(r)
		}
	}
	name := Normalize(outside.String())
	if name == "" || strings.Count(name, " ")+1 > maxWords {
		return Ingredient{}, false
	}
	ing := Ingredient{Name: name, Common: Normalize(inside.String())}
	if ing.Common != "" {
		ing.Tail = Normalize(tail.String())
	}
	return ing, true
}

// synonyms folds names that mean the same ingredient onto one key.
var synonyms = map[string]string{
	"aqua": "water", "eau": "water", "purified water": "water", "deionized water": "water",
	"demineralized water": "water", "distilled water": "water", "aqua purificata": "water",
	"parfum": "fragrance", "perfume": "fragrance", "fragrances": "fragrance", "parfum fragrance": "fragrance",
	"fragrance parfum": "fragrance",
	"sd alcohol 40":    "alcohol denat", "sd alcohol 40 b": "alcohol denat", "sd alcohol": "alcohol denat",
	"denatured alcohol": "alcohol denat", "alcohol denatured": "alcohol denat",
}

// leading words that qualify rather than name an ingredient.
var qualifiers = []string{"certified organic ", "organic ", "wildcrafted ", "natural "}

// Normalize returns the key of one ingredient name: lower case, text in
// brackets and percentages dropped, marks (™ ® * † °) removed, hyphens and
// other punctuation as spaces (a slash, an ampersand and a comma between
// digits kept), leading qualifiers ("organic") dropped and synonyms
// folded. It returns "" when no letter is left.
func Normalize(name string) string {
	var b strings.Builder
	depth := 0
	for _, r := range strings.ToLower(name) {
		switch {
		case r == '(' || r == '[' || r == '{':
			depth++
			b.WriteByte(' ')
		case r == ')' || r == ']' || r == '}':
			depth = max(0, depth-1)
			b.WriteByte(' ')
		case depth > 0:
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '/' || r == '&' || r == '%' || r == ',':
			b.WriteRune(foldAccent(r))
		case r == '.' || r == '\'' || r == '’':
			// "Alcohol Denat." and "d'oeuf": nothing between the letters.
		default:
			b.WriteByte(' ')
		}
	}
	var words []string
	for _, w := range strings.Fields(b.String()) {
		w = strings.Trim(w, ",/&")
		if w == "" || strings.Contains(w, "%") {
			continue // "2%", "100%": amounts, not names
		}
		words = append(words, w)
	}
	s := strings.Join(words, " ")
	s = strings.ReplaceAll(s, " / ", "/")
	s = strings.ReplaceAll(s, "/ ", "/")
	s = strings.ReplaceAll(s, " /", "/")
	for again := true; again; {
		again = false
		for _, q := range qualifiers {
			if strings.HasPrefix(s, q) {
				s, again = s[len(q):], true
			}
		}
	}
	if !strings.ContainsFunc(s, unicode.IsLetter) {
		return ""
	}
	if c, ok := synonyms[s]; ok {
		return c
	}
	// "Water/Aqua/Eau", "Parfum/Fragrance": a slash list of synonyms;
	// "Yeast Extract/Faex/Extrait de Levure": English, Latin, French.
	if strings.Contains(s, "/") {
		parts := strings.Split(s, "/")
		for _, p := range parts[1:] {
			if strings.HasPrefix(p, "extrait ") || strings.HasPrefix(p, "proteine ") || strings.HasPrefix(p, "huile ") {
				return Normalize(parts[0])
			}
		}
		canon := ""
		for _, p := range parts {
			c, ok := synonyms[p]
			if !ok && (p == "water" || p == "fragrance") {
				c, ok = p, true
			}
			if !ok || (canon != "" && c != canon) {
				canon = ""
				break
			}
			canon = c
		}
		if canon != "" {
			return canon
		}
	}
	return s
}

// foldAccent maps the accented Latin letters that turn up in ingredient
// lists ("Extrait de Pétales") to plain ones.
func foldAccent(r rune) rune {
	switch r {
	case 'à', 'á', 'â', 'ä', 'ã', 'å':
		return 'a'
	case 'è', 'é', 'ê', 'ë':
		return 'e'
	case 'ì', 'í', 'î', 'ï':
		return 'i'
	case 'ò', 'ó', 'ô', 'ö', 'õ':
		return 'o'
	case 'ù', 'ú', 'û', 'ü':
		return 'u'
	case 'ç':
		return 'c'
	case 'ñ':
		return 'n'
	}
	return r
}
