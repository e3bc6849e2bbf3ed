// Package script holds the character classes kefu's phrase matchers share
// (nlu/entity, nlu/emotion): case folding for matching, spaces, and the
// scripts that write words without spaces between them.
package script

import (
	"unicode"
	"unicode/utf8"
)

// Fold lower-cases r for matching; typographic apostrophes become '.
// Only Latin, Greek, Cyrillic, Armenian, Vietnamese and full-width Latin
// letters have case here, which keeps Thai and CJK off the slow path.
//
// Fold also merges letters customers write for one another: Turkish
// dotless ı with i (upper-case I lowers to i, so "KIŞ" must meet "kış"),
// Russian ё with е (most people type е), and the Arabic alef with hamza or madda (أ إ آ) with bare alef ا, teh
// marbuta ة with heh ه and alef maksura ى with yeh ي ("ايطاليا",
// "بشره دهنيه", "الى" as often as "إيطاليا", "بشرة دهنية", "إلى").
func Fold(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 32
		}
		return r
	}
	switch r {
	case '’', '‘':
		return '\''
	case 'ı':
		return 'i'
	case 'ё', 'Ё':
		return 'е'
	case 'أ', 'إ', 'آ':
		return 'ا'
	case 'ة':
		return 'ه'
	case 'ى':
		return 'ي'
	}
	if r < 0x0590 || r >= 0x1E00 && r < 0x2000 || r >= 0xFF21 && r <= 0xFF3A {
		return unicode.ToLower(r)
	}
	return r
}

// IsSpace reports the spaces that separate phrases in chat text,
// including no-break and ideographic spaces.
func IsSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == 0xA0 || r == 0x3000
}

// Unspaced reports whether r belongs to a script that runs words together
// (Thai, Lao, Myanmar, Khmer, Hangul, kana, Han and the planes above the
// BMP's CJK blocks): phrases in it match without word boundaries.
func Unspaced(r rune) bool {
	switch {
	case r >= 0x0E00 && r <= 0x0EFF, // Thai, Lao
		r >= 0x1000 && r <= 0x109F, // Myanmar
		r >= 0x1780 && r <= 0x17FF, // Khmer
		r >= 0x1100 && r <= 0x11FF, // Hangul Jamo
		r >= 0x3040 && r <= 0x30FF, // kana
		r >= 0x3130 && r <= 0x318F, // Hangul compatibility Jamo
		r >= 0x3400 && r <= 0x9FFF, // Han
		r >= 0xAC00 && r <= 0xD7AF, // Hangul
		r >= 0xF900 && r <= 0xFAFF, // Han compatibility
		r >= 0x20000:
		return true
	}
	return false
}

// IsWord reports whether r belongs to a word of a script that separates
// words with spaces, so a phrase must match it whole. apostrophe says
// whether ' joins words ("don't").
func IsWord(r rune, apostrophe bool) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || apostrophe && r == '\''
	}
	if Unspaced(r) {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}
