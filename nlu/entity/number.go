package entity

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// number is a numeral found in the text.
type number struct {
	start, end int
	dec        string  // exact decimal: "1234.50"
	f          float64 // the same value, for unit arithmetic
	han        bool    // written with Chinese numerals
	intDigits  int     // digits before the decimal point, as written
	plain      bool    // only ASCII digits, no separators
}

// groupDot reports whether lang writes 1.234,56 (dot groups thousands).
func groupDot(lang string) bool {
	switch lang {
	case "es", "de", "id", "vi", "pt", "it", "nl", "tr", "da":
		return true
	}
	return false
}

// groupSpace reports whether lang groups thousands with a space (ordinary,
// no-break or narrow no-break): "1 500 руб.", "2 499,99 zł".
func groupSpace(lang string) bool { return lang == "ru" || lang == "pl" }

// spaceGroup returns the end of a space and exactly three digits at i, or
// -1.
func spaceGroup(s string, i int) int {
	j := i
	switch {
	case j < len(s) && s[j] == ' ':
		j++
	case strings.HasPrefix(s[j:], "\u00a0"):
		j += len("\u00a0")
	case strings.HasPrefix(s[j:], "\u202f"):
		j += len("\u202f")
	default:
		return -1
	}
	k := j
	for k < len(s) && isDigit(s[k]) {
		k++
	}
	if k-j != 3 {
		return -1
	}
	return k
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// scanArabic reads a numeral of ASCII digits with "." and "," separators at
// byte i (a digit) and returns it with its end.
func scanArabic(s string, i int, lang string) number {
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	spaced := false
	if groupSpace(lang) && j-i <= 3 {
		for k := spaceGroup(s, j); k > 0; k = spaceGroup(s, j) {
			j, spaced = k, true
		}
	}
	type grp struct {
		sep byte
		n   int
	}
	var groups []grp
	for j+1 < len(s) && (s[j] == '.' || s[j] == ',') && isDigit(s[j+1]) {
		k := j + 1
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		groups = append(groups, grp{s[j], k - j - 1})
		j = k
	}
	raw := s[i:j]
	n := number{start: i, end: j, plain: len(groups) == 0 && !spaced}
	decSep := byte(0)
	if len(groups) > 0 {
		last := groups[len(groups)-1]
		mixed := false
		for _, g := range groups {
			if g.sep != last.sep {
				mixed = true
			}
		}
		switch {
		case mixed:
			decSep = last.sep
		case len(groups) > 1:
			decSep = 0 // 1,234,567 or 1.234.567
		case last.n != 3:
			decSep = last.sep
		case last.sep == ',':
			decSep = 0 // 1,500
		case groupDot(lang):
			decSep = 0 // 1.500 in es/de/...
		default:
			decSep = '.'
		}
	}
	var b strings.Builder
	b.Grow(len(raw))
	seenDec := false
	for k := 0; k < len(raw); k++ {
		c := raw[k]
		switch {
		case isDigit(c):
			b.WriteByte(c)
			if !seenDec {
				n.intDigits++
			}
		case c == decSep && k == strings.LastIndexByte(raw, decSep):
			b.WriteByte('.')
			seenDec = true
		}
	}
	n.dec = trimLeadingZeros(b.String())
	n.f, _ = strconv.ParseFloat(n.dec, 64)
	return n
}

func trimLeadingZeros(d string) string {
	for len(d) > 1 && d[0] == '0' && d[1] != '.' {
		d = d[1:]
	}
	return d
}

// hanDigit returns the value of a Chinese numeral character, or -1.
func hanDigit(r rune) int {
	switch r {
	case '零', '〇':
		return 0
	case '一':
		return 1
	case '二', '两', '兩':
		return 2
	case '三':
		return 3
	case '四':
		return 4
	case '五':
		return 5
	case '六':
		return 6
	case '七':
		return 7
	case '八':
		return 8
	case '九':
		return 9
	}
	return -1
}

func hanUnit(r rune) int {
	switch r {
	case '十':
		return 10
	case '百':
		return 100
	case '千':
		return 1000
	case '万', '萬':
		return 10000
	}
	return 0
}

// scanHan reads a Chinese numeral such as 三, 十五, 两百, 一千二 or 半 at byte
// i, or returns ok=false.
func scanHan(s string, i int) (number, bool) {
	j := i
	total, section, digit := 0, 0, -1
	count := 0
	half := false
	for j < len(s) {
		r, sz := utf8.DecodeRuneInString(s[j:])
		if d := hanDigit(r); d >= 0 {
			if digit > 0 { // 一二: not a numeral we read
				break
			}
			digit = d
		} else if u := hanUnit(r); u > 0 {
			if digit < 0 {
				digit = 1 // 十五
			}
			if u == 10000 {
				total = (total + section + digit) * u
				section = 0
			} else {
				section += digit * u
			}
			digit = -1
		} else if r == '半' && count == 0 {
			half = true
			j += sz
			count++
			break
		} else {
			break
		}
		j += sz
		count++
	}
	if count == 0 {
		return number{}, false
	}
	n := number{start: i, end: j, han: true}
	if half {
		n.dec, n.f = "0.5", 0.5
		return n, true
	}
	if digit > 0 {
		section += digit
	}
	v := total + section
	n.dec, n.f = strconv.Itoa(v), float64(v)
	return n, true
}

// formatQty prints v with at most two decimals and no trailing zeros.
func formatQty(v float64) string {
	s := strconv.FormatFloat(v, 'f', 2, 64)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}
