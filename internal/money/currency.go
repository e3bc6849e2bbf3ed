package money

import (
	"fmt"
	"sort"
	"strings"
)

// Currency is an ISO 4217 currency code such as "EUR". Only the codes in
// the package's table are valid; see LookupCurrency.
type Currency string

type currencyInfo struct {
	exp    int    // digits of the minor unit: 2 for cents, 0 for yen
	symbol string // as written before the number in English
	// local overrides symbol in the languages listed, e.g. "¥" for CNY in
	// Chinese while English writes "CN¥".
	local map[string]string
}

// currencies is the fixed table of the currencies kefu formats. Symbols
// follow common usage (CLDR's narrow symbols where they are unambiguous
// among the currencies below; "A$", "S$" and "CA$" otherwise).
var currencies = map[Currency]currencyInfo{
	"EUR": {2, "€", nil},
	"USD": {2, "$", nil},
	"GBP": {2, "£", nil},
	"CNY": {2, "CN¥", map[string]string{"zh": "¥"}},
	"JPY": {0, "¥", map[string]string{"zh": "日元 ", "ja": "￥"}},
	"THB": {2, "฿", nil},
	"MYR": {2, "RM", nil},
	"SGD": {2, "S$", nil},
	"AUD": {2, "A$", nil},
	"NZD": {2, "NZ$", nil},
	"CAD": {2, "CA$", nil},
	"HKD": {2, "HK$", nil},
	"KRW": {0, "₩", nil},
	"CHF": {2, "CHF", nil},
	"NOK": {2, "NOK", nil},
	"SEK": {2, "SEK", nil},
	"DKK": {2, "DKK", nil},
	"PLN": {2, "zł", nil},
	"CZK": {2, "CZK", nil},
	"HUF": {2, "HUF", nil},
	"RON": {2, "RON", nil},
	"BGN": {2, "BGN", nil},
}

// LookupCurrency returns the currency for an ISO 4217 code (case
// insensitive) and whether kefu knows it.
func LookupCurrency(code string) (Currency, bool) {
	c := Currency(strings.ToUpper(code))
	_, ok := currencies[c]
	return c, ok
}

// ParseCurrency is LookupCurrency with an error for unknown codes.
func ParseCurrency(code string) (Currency, error) {
	c, ok := LookupCurrency(code)
	if !ok {
		return "", fmt.Errorf("money: unknown currency %q", code)
	}
	return c, nil
}

// Exp returns the number of digits of c's minor unit (2 for EUR, 0 for JPY).
// It panics for a currency outside the table, which LookupCurrency rules out.
func (c Currency) Exp() int {
	info, ok := currencies[c]
	if !ok {
		panic("money: unknown currency " + string(c))
	}
	return info.exp
}

// Symbol returns the sign written with amounts of c in language lang (a
// BCP 47 primary tag such as "en" or "zh").
func (c Currency) Symbol(lang string) string {
	info := currencies[c]
	if s, ok := info.local[lang]; ok {
		return s
	}
	if s, ok := info.local[baseLanguage(lang)]; ok {
		return s
	}
	if lang == "yue" {
		// Cantonese writes Chinese: "¥" for yuan, "日元" for yen.
		if s, ok := info.local["zh"]; ok {
			return s
		}
	}
	return info.symbol
}

// Valid reports whether c is in the table.
func (c Currency) Valid() bool {
	_, ok := currencies[c]
	return ok
}

// Codes returns the codes of the currencies in the table, sorted.
func Codes() []Currency {
	cs := make([]Currency, 0, len(currencies))
	for c := range currencies {
		cs = append(cs, c)
	}
	sort.Slice(cs, func(i, j int) bool { return cs[i] < cs[j] })
	return cs
}
