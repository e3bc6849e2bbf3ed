package entity

import (
	"strings"
)

// alnum finds tracking numbers and SKUs among the ASCII alphanumeric
// tokens of the text.
func (s *scan) alnum() {
	t := s.text
	for i := 0; i < len(t); {
		if !isAlnum(t[i]) {
			i++
			continue
		}
		j := i
		for j < len(t) && isAlnum(t[j]) {
			j++
		}
		if j-i >= 10 {
			if v, ok := Tracking(t[i:j]); ok {
				s.add(TypeTracking, v, i, j, prioTracking)
			}
		}
		// SKUs may contain - _ . / between alphanumerics.
		if c := s.opts.Catalog; c != nil && len(c.skus) > 0 {
			k := j
			for k+1 < len(t) && strings.IndexByte("-_./", t[k]) >= 0 && isAlnum(t[k+1]) {
				k++
				for k < len(t) && isAlnum(t[k]) {
					k++
				}
			}
			if i == 0 || !isSKUByte(t[i-1]) {
				if sku, ok := c.sku(t[i:k]); ok {
					s.add(TypeSKU, sku, i, k, prioSKU)
				}
			}
			j = k
		}
		i = j
	}
}

func isSKUByte(b byte) bool { return isAlnum(b) || strings.IndexByte("-_./", b) >= 0 }

// Tracking reports whether tok is a parcel tracking number and returns it
// upper-cased: UPU S10 (RB123456789CN) with a valid check digit, UPS
// 1Z… with a valid check digit, or a carrier format (SF Express, JD, YTO,
// J&T, Cainiao LP, Flash TH, USPS 9x…).
func Tracking(tok string) (string, bool) {
	u := strings.ToUpper(tok)
	switch {
	case len(u) == 13 && letters(u[:2]) && digits(u[2:11]) && letters(u[11:]):
		return u, S10Valid(u)
	case len(u) == 18 && strings.HasPrefix(u, "1Z"):
		return u, UPSValid(u)
	case strings.HasPrefix(u, "SF") && (len(u) == 14 || len(u) == 15) && digits(u[2:]):
		return u, true
	case strings.HasPrefix(u, "JD") && len(u) >= 13 && len(u) <= 19 && digits(u[len(u)-11:]):
		return u, true
	case (strings.HasPrefix(u, "YT") || strings.HasPrefix(u, "JT")) && len(u) == 15 && digits(u[2:]):
		return u, true
	case strings.HasPrefix(u, "LP") && len(u) == 16 && digits(u[2:]):
		return u, true
	case strings.HasPrefix(u, "TH") && len(u) >= 12 && len(u) <= 16 && digits(u[2:12]):
		return u, true
	case len(u) >= 20 && len(u) <= 22 && u[0] == '9' && u[1] >= '2' && u[1] <= '5' && digits(u):
		return u, true
	}
	return "", false
}

func letters(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isUpper(s[i]) {
			return false
		}
	}
	return len(s) > 0
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return len(s) > 0
}

// S10Valid reports whether u (upper case, 13 characters) is a UPU S10
// identifier with a correct check digit: weights 8 6 4 2 3 5 9 7 over the
// serial, check = 11 − sum mod 11, where 10 → 0 and 11 → 5.
func S10Valid(u string) bool {
	if len(u) != 13 || !letters(u[:2]) || !digits(u[2:11]) || !letters(u[11:]) {
		return false
	}
	w := [8]int{8, 6, 4, 2, 3, 5, 9, 7}
	sum := 0
	for i := 0; i < 8; i++ {
		sum += int(u[2+i]-'0') * w[i]
	}
	c := 11 - sum%11
	switch c {
	case 10:
		c = 0
	case 11:
		c = 5
	}
	return int(u[10]-'0') == c
}

// UPSValid reports whether u is a UPS "1Z" tracking number with a correct
// check digit: letters count as (code−63) mod 10, digits in even positions
// of the 15 characters after 1Z are doubled, and the check digit brings the
// sum to a multiple of ten.
func UPSValid(u string) bool {
	if len(u) != 18 || !strings.HasPrefix(u, "1Z") {
		return false
	}
	sum := 0
	for i := 2; i < 17; i++ {
		c := u[i]
		var v int
		switch {
		case isDigit(c):
			v = int(c - '0')
		case isUpper(c):
			v = (int(c) - 63) % 10
		default:
			return false
		}
		if (i-2)%2 == 1 {
			v *= 2
		}
		sum += v
	}
	if !isDigit(u[17]) {
		return false
	}
	return (10-sum%10)%10 == int(u[17]-'0')
}

// emails finds e-mail addresses around each '@'.
func (s *scan) emails() {
	t := s.text
	for at := strings.IndexByte(t, '@'); at >= 0; {
		i := at
		for i > 0 && (isAlnum(t[i-1]) || strings.IndexByte("._%+-", t[i-1]) >= 0) {
			i--
		}
		for i < at && t[i] == '.' {
			i++
		}
		j := at + 1
		for j < len(t) && (isAlnum(t[j]) || t[j] == '.' || t[j] == '-') {
			j++
		}
		for j > at+1 && (t[j-1] == '.' || t[j-1] == '-') {
			j--
		}
		dom := t[at+1 : j]
		dot := strings.LastIndexByte(dom, '.')
		if i < at && dot > 0 && len(dom)-dot-1 >= 2 && letters(strings.ToUpper(dom[dot+1:])) {
			s.add(TypeEmail, strings.ToLower(t[i:j]), i, j, prioEmail)
		}
		next := strings.IndexByte(t[at+1:], '@')
		if next < 0 {
			break
		}
		at += 1 + next
	}
}

// urls finds http(s) and www. links.
func (s *scan) urls() {
	t := s.text
	for i := 0; i < len(t); {
		k := indexURL(t[i:])
		if k < 0 {
			return
		}
		st := i + k
		if st > 0 && isAlnum(t[st-1]) {
			i = st + 1
			continue
		}
		j := st
		for j < len(t) && t[j] > ' ' && t[j] < 0x80 && t[j] != '"' && t[j] != '<' && t[j] != '>' {
			j++
		}
		for j > st && strings.IndexByte(".,;:!?)'", t[j-1]) >= 0 {
			j--
		}
		if j-st > 8 {
			s.add(TypeURL, t[st:j], st, j, prioURL)
		}
		i = j + 1
	}
}

func indexURL(t string) int {
	best := -1
	for _, p := range []string{"http://", "https://", "www."} {
		if k := strings.Index(t, p); k >= 0 && (best < 0 || k < best) {
			best = k
		}
	}
	if best < 0 {
		for _, p := range []string{"HTTP://", "HTTPS://", "WWW."} {
			if k := strings.Index(t, p); k >= 0 && (best < 0 || k < best) {
				best = k
			}
		}
	}
	return best
}
