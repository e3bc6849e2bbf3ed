package entity

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kefu-ai/kefu/internal/script"
)

// numbers finds money, quantities, durations, dates, phone numbers and HS
// codes, all of which start or end at a numeral.
func (s *scan) numbers() {
	t := s.text
	for i := 0; i < len(t); {
		c := t[i]
		if isDigit(c) {
			if i > 0 && isDigit(t[i-1]) {
				i++
				continue
			}
			n := scanArabic(t, i, s.lang)
			s.number(n)
			s.date(n)
			s.hsCode(n)
			s.phone(i)
			i = n.end
			continue
		}
		if c == '+' && i+1 < len(t) && isDigit(t[i+1]) {
			s.phone(i)
			i++
			continue
		}
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, sz := utf8.DecodeRuneInString(t[i:])
		if hanDigit(r) >= 0 || hanUnit(r) > 0 || r == '半' {
			if n, ok := scanHan(t, i); ok {
				s.number(n)
				s.date(n)
				i = n.end
				continue
			}
		}
		i += sz
	}
}

// skipSpaces returns the byte offset after at most one run of spaces at i.
func skipSpaces(t string, i int) int {
	for i < len(t) {
		r, n := utf8.DecodeRuneInString(t[i:])
		if !script.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

// skipSpacesBack returns the byte offset before the spaces that end at i.
func skipSpacesBack(t string, i int) int {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(t[:i])
		if !script.IsSpace(r) {
			break
		}
		i -= n
	}
	return i
}

// number reads a currency before or a unit after n.
func (s *scan) number(n number) {
	t := s.text
	if !n.han {
		if j := skipSpacesBack(t, n.start); j > 0 {
			if ps, p := s.x.prefix.longestBack(t, j, ""); ps >= 0 {
				if c := s.currency(p.value); c != "" {
					s.add(TypeMoney, c+" "+n.dec, ps, n.end, prioMoney)
				}
				return
			}
		}
	}
	k := skipSpaces(t, n.end)
	if k-n.end > 3 {
		return
	}
	ul := ""
	if !n.han {
		ul = kArabic
	}
	end, p := s.x.units.longest(t, k, ul)
	if end < 0 {
		return
	}
	switch p.typ {
	case kMoney:
		if c := s.currency(p.value); c != "" {
			s.add(TypeMoney, c+" "+n.dec, n.start, end, prioMoney)
		}
	case kGram:
		if p.num == 50 && liangNotWeight(t, end) {
			return
		}
		s.add(TypeQuantity, formatQty(n.f*p.num)+" g", n.start, end, prioQuantity)
	case kMl:
		s.add(TypeQuantity, formatQty(n.f*p.num)+" ml", n.start, end, prioQuantity)
	case kItem:
		s.add(TypeQuantity, formatQty(n.f)+" item", n.start, end, prioQuantity)
	case kMinute:
		s.add(TypeDuration, formatQty(n.f*p.num)+" min", n.start, end, prioDuration)
	case kDay:
		s.add(TypeDuration, formatQty(n.f*p.num)+" d", n.start, end, prioDuration)
	case kMonth:
		s.add(TypeDuration, formatQty(n.f)+" mo", n.start, end, prioDuration)
	}
}

// liangNotWeight reports whether the 两 ending at end is part of "a
// couple of" days, times or things ("三两天", "一两次", "三两个") rather
// than the weight (二两 = 100 g).
func liangNotWeight(t string, end int) bool {
	r, _ := utf8.DecodeRuneInString(t[end:])
	return strings.ContainsRune("天日周週个個次回年月小时時分秒位家件趟遍句步", r)
}

// sharedCurrency lists the words several currencies go by ("$", riyal,
// dirham, dinar, the Arabic pound جنيه): a word stands for the shop's
// currency when it is one of them, else for the first, or for nothing
// when the first is "" (a bare dinar is Kuwaiti, Jordanian, Iraqi,
// Algerian…: no guess is good enough).
var sharedCurrency = map[string][]string{
	"$":      {"USD", "SGD", "AUD", "CAD", "HKD", "TWD", "NZD", "MXN"},
	"riyal":  {"SAR", "QAR", "OMR", "YER"},
	"dirham": {"AED", "MAD"},
	"dinar":  {"", "KWD", "BHD", "JOD", "IQD", "LYD", "TND", "DZD"},
	"pound":  {"EGP", "SDG", "LBP", "SYP"},
}

// currency resolves "$", "¥" and the shared currency words in context; ""
// means the amount's currency is unknown.
func (s *scan) currency(code string) string {
	if codes, ok := sharedCurrency[code]; ok {
		for _, c := range codes {
			if c != "" && c == s.opts.Currency {
				return c
			}
		}
		return codes[0]
	}
	if code == "¥" {
		if s.lang == "ja" || s.opts.Currency == "JPY" {
			return "JPY"
		}
		return "CNY"
	}
	return code
}

// digitsAt reads up to max ASCII digits at i.
func digitsAt(t string, i, max int) (v, end int) {
	end = i
	for end < len(t) && end-i < max && isDigit(t[end]) {
		v = v*10 + int(t[end]-'0')
		end++
	}
	return v, end
}

func isoDate(y, m, d int) string {
	if y > 2400 { // Buddhist era
		y -= 543
	}
	if y > 0 {
		return strconv.Itoa(y) + "-" + pad2(m) + "-" + pad2(d)
	}
	return "--" + pad2(m) + "-" + pad2(d)
}

func pad2(v int) string {
	if v < 10 {
		return "0" + strconv.Itoa(v)
	}
	return strconv.Itoa(v)
}

func validMD(m, d int) bool { return m >= 1 && m <= 12 && d >= 1 && d <= 31 }

// date reads an absolute date starting at n.
func (s *scan) date(n number) {
	t := s.text
	i := n.start
	if !n.han && !wordBefore(t, i) {
		// 2026-11-20, 2026/11/20, 2026.11.20
		if y, e := digitsAt(t, i, 5); e-i == 4 && e+1 < len(t) && strings.IndexByte("-/.", t[e]) >= 0 {
			sep := t[e]
			if m, e2 := digitsAt(t, e+1, 3); e2-e-1 >= 1 && e2-e-1 <= 2 && e2+1 < len(t) && t[e2] == sep {
				if d, e3 := digitsAt(t, e2+1, 3); e3-e2-1 >= 1 && e3-e2-1 <= 2 && validMD(m, d) && !wordAt(t, e3) {
					s.add(TypeDate, isoDate(y, m, d), i, e3, prioDate)
					return
				}
			}
		}
		// 20/11, 20/11/2026, 20.11.2026, 20-11-2026
		if a, e := digitsAt(t, i, 3); e-i <= 2 && e+1 < len(t) && strings.IndexByte("/.-", t[e]) >= 0 {
			sep := t[e]
			if b, e2 := digitsAt(t, e+1, 3); e2-e-1 >= 1 && e2-e-1 <= 2 {
				y, end := 0, e2
				if e2+1 < len(t) && t[e2] == sep {
					if yy, e3 := digitsAt(t, e2+1, 5); e3-e2-1 == 4 || e3-e2-1 == 2 {
						if e3-e2-1 == 2 {
							yy += 2000
						}
						y, end = yy, e3
					}
				}
				d, m := a, b
				if a <= 12 && b > 12 {
					d, m = b, a
				}
				if (y > 0 || sep == '/') && validMD(m, d) && !wordAt(t, end) && !(end < len(t) && (t[end] == '/' || t[end] == '.' && end+1 < len(t) && isDigit(t[end+1]))) {
					s.add(TypeDate, isoDate(y, m, d), i, end, prioDate)
					return
				}
			}
		}
	}
	// 2026年11月20日, 11月20日, 11월 20일 (Arabic or Chinese numerals).
	if y, m, d, end, ok := s.cjkDate(n); ok {
		s.add(TypeDate, isoDate(y, m, d), n.start, end, prioDate)
		return
	}
	if n.han || !n.plain || n.end-n.start > 4 {
		return
	}
	day := int(n.f)
	// 20 Nov, 20th of November, 20 de noviembre, 20 ng Nobyembre, 20 tháng 11
	k := n.end
	if k+2 <= len(t) {
		switch strings.ToLower(t[k : k+2]) {
		case "st", "nd", "rd", "th", "er":
			if !wordAt(t, k+2) {
				k += 2
			}
		}
	}
	k2 := skipSpaces(t, k)
	for _, w := range []string{"de ", "of ", "ng ", "tháng "} {
		if strings.HasPrefix(strings.ToLower(t[k2:]), w) {
			if w == "tháng " {
				if m, e := digitsAt(t, k2+len(w), 3); e > k2+len(w) && validMD(m, day) && !wordAt(t, e) {
					s.add(TypeDate, isoDate(s.year(e), m, day), n.start, s.yearEnd(e), prioDate)
					return
				}
				break
			}
			k2 = skipSpaces(t, k2+len(w))
		}
	}
	if k2 > k || k2 == n.end {
		if end, p := s.x.monthsFwd.longest(t, k2, ""); end > 0 && validMD(int(p.num), day) {
			s.add(TypeDate, isoDate(s.year(end), int(p.num), day), n.start, s.yearEnd(end), prioDate)
			return
		}
	}
	// Nov 20, November 20th
	if j := skipSpacesBack(t, n.start); j < n.start || j == n.start {
		if ps, p := s.x.monthsRev.longestBack(t, j, ""); ps >= 0 && validMD(int(p.num), day) && (j < n.start || !isWord(lastRune(t[:j]))) {
			end := n.end
			if k > n.end {
				end = k
			}
			s.add(TypeDate, isoDate(s.year(end), int(p.num), day), ps, s.yearEnd(end), prioDate)
		}
	}
}

func lastRune(t string) rune {
	r, _ := utf8.DecodeLastRuneInString(t)
	return r
}

// year reads ", 2026" / " 2026" / " de 2026" after a date at i, or 0.
func (s *scan) year(i int) int {
	y, _ := s.yearAt(i)
	return y
}

func (s *scan) yearEnd(i int) int {
	if _, e := s.yearAt(i); e > 0 {
		return e
	}
	return i
}

func (s *scan) yearAt(i int) (int, int) {
	t := s.text
	j := i
	if j < len(t) && t[j] == ',' {
		j++
	}
	j = skipSpaces(t, j)
	if strings.HasPrefix(t[j:], "de ") {
		j = skipSpaces(t, j+3)
	}
	if j == i {
		return 0, -1
	}
	y, e := digitsAt(t, j, 5)
	if e-j != 4 || wordAt(t, e) || y < 1900 || y > 2700 {
		return 0, -1
	}
	return y, e
}

// cjkDate reads [Y年]M月D日 or M월 D일 starting at n.
func (s *scan) cjkDate(n number) (y, m, d, end int, ok bool) {
	t := s.text
	next := func(i int) (number, bool) {
		if i >= len(t) {
			return number{}, false
		}
		if isDigit(t[i]) {
			nn := scanArabic(t, i, s.lang)
			return nn, nn.plain
		}
		return scanHan(t, i)
	}
	cur := n
	if strings.HasPrefix(t[cur.end:], "年") {
		y = int(cur.f)
		nn, ok2 := next(cur.end + len("年"))
		if !ok2 {
			return
		}
		cur = nn
	}
	rest := t[cur.end:]
	var mark, dayMarks string
	switch {
	case strings.HasPrefix(rest, "月"):
		mark, dayMarks = "月", "日号號"
	case strings.HasPrefix(rest, "월"):
		mark, dayMarks = "월", "일"
	default:
		return
	}
	m = int(cur.f)
	i := skipSpaces(t, cur.end+len(mark))
	dn, ok2 := next(i)
	if !ok2 {
		return
	}
	r, sz := utf8.DecodeRuneInString(t[dn.end:])
	if !strings.ContainsRune(dayMarks, r) {
		return
	}
	d = int(dn.f)
	if !validMD(m, d) {
		return
	}
	return y, m, d, dn.end + sz, true
}

// hsCode reads an HS code at n, announced by a keyword or written with
// dots (8507.60); a bare valid 6-digit number is a weak candidate.
func (s *scan) hsCode(n number) {
	t := s.text
	raw := t[n.start:n.end]
	if strings.IndexByte(raw, ',') >= 0 {
		return
	}
	dotted := strings.IndexByte(raw, '.') >= 0
	if dotted && !(len(raw) >= 7 && raw[4] == '.') {
		return
	}
	d := strings.ReplaceAll(raw, ".", "")
	if len(d) < 4 || len(d) > 10 || len(d)%2 == 1 {
		return
	}
	start, prio := n.start, float64(prioHSBare)
	j := skipSpacesBack(t, n.start)
	if j > 0 && (t[j-1] == ':') {
		j = skipSpacesBack(t, j-1)
	} else if strings.HasSuffix(t[:j], "：") {
		j = skipSpacesBack(t, j-len("："))
	}
	if ps, _ := s.x.hsCtx.longestBack(t, j, ""); ps >= 0 {
		start, prio = ps, prioHSContext
	} else if dotted {
		prio = prioHSContext
	} else if len(d) != 6 {
		return
	}
	if !s.x.ValidHS(d) || (len(d) == 4 && prio != prioHSContext) {
		return
	}
	s.add(TypeHSCode, d, start, n.end, prio)
}

// ValidHS reports whether code (4 to 10 digits, no dots) starts with a
// heading (4 digits) or subheading (6 or more digits) of HS 2022. National
// extensions beyond six digits are not checked.
func (x *Extractor) ValidHS(code string) bool {
	for i := 0; i < len(code); i++ {
		if !isDigit(code[i]) {
			return false
		}
	}
	switch {
	case len(code) == 4:
		return x.hs[code]
	case len(code) >= 6 && len(code) <= 10:
		return x.hs[code[:6]]
	}
	return false
}

// nationalPrefix maps a language to the country calling code used for
// phone numbers written with a national trunk prefix (0, or 8 in Russia),
// with the allowed digit counts including it. Arabic and Polish have
// none: Arabic is written in many countries, and Polish numbers have no
// trunk prefix to recognise.
var nationalPrefix = map[string]struct {
	cc       string
	trunk    byte
	min, max int
}{
	"th":  {"66", '0', 9, 10},
	"vi":  {"84", '0', 10, 11},
	"id":  {"62", '0', 10, 13},
	"ms":  {"60", '0', 10, 11},
	"ja":  {"81", '0', 10, 11},
	"ko":  {"82", '0', 10, 11},
	"fr":  {"33", '0', 10, 10},
	"de":  {"49", '0', 10, 12},
	"it":  {"39", '0', 9, 11},
	"tr":  {"90", '0', 11, 11},
	"nl":  {"31", '0', 10, 10},
	"fil": {"63", '0', 10, 11},
	"ru":  {"7", '8', 11, 11},
}

// phone reads a phone number at i ('+' or a digit). Digit groups may be
// separated by single spaces, dashes, dots or parentheses; the longest run
// of groups that forms a valid number wins, so a number written next to
// another is not glued to it.
func (s *scan) phone(i int) {
	t := s.text
	if i > 0 && (isAlnum(t[i-1]) || t[i-1] == '+') {
		return
	}
	plus := t[i] == '+'
	j := i
	if plus {
		j++
	}
	var buf [24]byte
	type group struct{ end, nd int }
	var groups [12]group
	ng, nd := 0, 0
	for j < len(t) && nd < len(buf) && ng < len(groups) {
		if !isDigit(t[j]) {
			break
		}
		for j < len(t) && isDigit(t[j]) && nd < len(buf) {
			buf[nd] = t[j]
			nd++
			j++
		}
		if isAlnum(byteAt(t, j)) {
			break // the digits run into letters: not a phone number
		}
		groups[ng] = group{j, nd}
		ng++
		// One separator, or "(", ") ", " (".
		k := j
		for k < len(t) && k-j < 2 && strings.IndexByte(" -.()", t[k]) >= 0 {
			k++
		}
		if k == j || k >= len(t) || !isDigit(t[k]) || (k-j == 2 && t[j] == t[j+1]) {
			break
		}
		j = k
	}
	for g := ng - 1; g >= 0; g-- {
		end, n := groups[g].end, groups[g].nd
		d := string(buf[:n])
		switch {
		case plus:
			if n >= 8 && n <= 15 && d[0] != '0' {
				s.add(TypePhone, "+"+d, i, end, prioPhoneStrong)
				return
			}
		case strings.HasPrefix(d, "00") && n >= 10 && n <= 17:
			s.add(TypePhone, "+"+d[2:], i, end, prioPhoneStrong)
			return
		case n == 11 && d[0] == '1' && d[1] >= '3' && d[1] <= '9':
			s.add(TypePhone, "+86"+d, i, end, prioPhoneStrong)
			return
		case n >= 9:
			if np, ok := nationalPrefix[s.lang]; ok && d[0] == np.trunk && n >= np.min && n <= np.max {
				s.add(TypePhone, "+"+np.cc+d[1:], i, end, prioPhone)
				return
			}
		}
	}
}

func byteAt(t string, i int) byte {
	if i < len(t) {
		return t[i]
	}
	return 0
}
