package redact

import (
	"regexp"
	"strings"
)

// Placeholders of personal data removed from a customer's message by
// Personal and Spans.
const (
	EmailMark  = "[email]"
	PhoneMark  = "[phone]"
	NumberMark = "[number]"
)

// Span is a part of a text to replace, by byte offsets (End exclusive),
// e.g. an order number the entity extractor found in the shop's format.
type Span struct {
	Start, End int
	Mark       string
}

var (
	email = regexp.MustCompile(`[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}.\-]+\.\p{L}{2,}`)
	// phone: an optional +, then at least 7 digits with the separators
	// people type between them.
	phone = regexp.MustCompile(`\+?\d[\d \-().]{5,}\d`)
	// code: a word of at least 5 characters with at least 4 digits in it
	// (order, tracking and card numbers; "FF-20931", "KEX123456TH").
	code = regexp.MustCompile(`[A-Za-z0-9\-_/#]*\d[A-Za-z0-9\-_/#]*`)
)

// Personal returns text with what looks like a customer's personal data
// replaced by placeholders, for text about to leave kefu for an outside
// service: e-mail addresses, phone numbers, and codes with at least four
// digits (order, tracking, card and account numbers). Short numbers stay
// ("2 items", "size 38", "14 days"): the question needs them.
func Personal(text string) string {
	text = email.ReplaceAllString(text, EmailMark)
	text = phone.ReplaceAllStringFunc(text, func(m string) string {
		if digits(m) >= 7 {
			return PhoneMark
		}
		return m
	})
	return code.ReplaceAllStringFunc(text, func(m string) string {
		if digits(m) >= 4 && len(m) >= 5 {
			return NumberMark
		}
		return m
	})
}

// Spans replaces the spans of text (as found by the entity extractor:
// order and tracking numbers in the shop's own format) with their marks,
// then applies Personal. Spans that overlap or fall outside text are
// skipped.
func Spans(text string, spans []Span) string {
	var b strings.Builder
	at := 0
	for _, s := range sortedSpans(spans) {
		if s.Start < at || s.End > len(text) || s.Start >= s.End {
			continue
		}
		b.WriteString(text[at:s.Start])
		b.WriteString(s.Mark)
		at = s.End
	}
	b.WriteString(text[at:])
	return Personal(b.String())
}

func sortedSpans(spans []Span) []Span {
	out := append([]Span(nil), spans...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Start < out[j-1].Start; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func digits(s string) int {
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n++
		}
	}
	return n
}
