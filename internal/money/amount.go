package money

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
)

// ErrOverflow is returned when a result does not fit in an int64 count of
// minor units (about 92 quadrillion euros).
var ErrOverflow = errors.New("money: amount out of range")

// ErrCurrencyMismatch is returned when adding amounts of two currencies.
var ErrCurrencyMismatch = errors.New("money: currency mismatch")

// Amount is an exact amount of money: Minor units (cents, or yen for JPY) of
// Currency. The zero value has no currency and means "none"; arithmetic on
// it with an amount of a currency takes that currency.
type Amount struct {
	Minor    int64    `json:"minor"`
	Currency Currency `json:"currency"`
}

// New returns minor units of c.
func New(minor int64, c Currency) Amount { return Amount{Minor: minor, Currency: c} }

// Parse parses a plain decimal number of c's major units ("180", "180.00",
// "-3.5"). More fractional digits than c has minor digits is an error rather
// than a silent rounding: "1.005" EUR is rejected, "1.50" JPY too.
func Parse(s string, c Currency) (Amount, error) {
	if !c.Valid() {
		return Amount{}, fmt.Errorf("money: unknown currency %q", c)
	}
	d, err := ParseDecimal(s)
	if err != nil {
		return Amount{}, err
	}
	d = d.Normalize()
	exp := c.Exp()
	if d.Scale() > exp {
		return Amount{}, &ParseError{Input: s, Err: fmt.Errorf("more than %d decimals for %s", exp, c)}
	}
	m, ok := mulDivRound(d.coef, pow10[exp-d.Scale()], 1)
	if !ok {
		return Amount{}, &ParseError{Input: s, Err: errRange}
	}
	return Amount{Minor: m, Currency: c}, nil
}

// ParseAmount parses an amount with its currency code before or after the
// number, separated by a space: "EUR 180.00", "180 CNY".
func ParseAmount(s string) (Amount, error) {
	a, b, ok := strings.Cut(strings.TrimSpace(s), " ")
	if !ok {
		return Amount{}, &ParseError{Input: s, Err: errors.New("want a number and a currency code")}
	}
	b = strings.TrimSpace(b)
	if c, ok := LookupCurrency(a); ok && len(a) == 3 {
		return Parse(b, c)
	}
	if c, ok := LookupCurrency(b); ok && len(b) == 3 {
		return Parse(a, c)
	}
	return Amount{}, &ParseError{Input: s, Err: errors.New("unknown currency")}
}

// MustParse is Parse for constants in code and tests; it panics on error.
func MustParse(s string, c Currency) Amount {
	a, err := Parse(s, c)
	if err != nil {
		panic(err)
	}
	return a
}

// IsZero reports whether the amount is zero (of any or no currency).
func (a Amount) IsZero() bool { return a.Minor == 0 }

// Sign returns -1, 0 or +1.
func (a Amount) Sign() int { return Decimal{coef: a.Minor}.Sign() }

// Decimal returns the amount in major units as an exact decimal: 2160 EUR
// cents is 21.60.
func (a Amount) Decimal() Decimal {
	exp := 0
	if a.Currency.Valid() {
		exp = a.Currency.Exp()
	}
	return Decimal{coef: a.Minor, scale: int32(exp)}
}

// Cmp compares a and b, which must have the same currency (or be zero
// amounts without one).
func (a Amount) Cmp(b Amount) (int, error) {
	if _, err := same(a, b); err != nil {
		return 0, err
	}
	switch {
	case a.Minor < b.Minor:
		return -1, nil
	case a.Minor > b.Minor:
		return 1, nil
	}
	return 0, nil
}

func same(a, b Amount) (Currency, error) {
	switch {
	case a.Currency == b.Currency:
		return a.Currency, nil
	case a.Currency == "" && a.Minor == 0:
		return b.Currency, nil
	case b.Currency == "" && b.Minor == 0:
		return a.Currency, nil
	}
	return "", fmt.Errorf("%w: %s and %s", ErrCurrencyMismatch, a.Currency, b.Currency)
}

// Add returns a+b. Both must have the same currency, except that a zero
// Amount without a currency adopts the other's.
func (a Amount) Add(b Amount) (Amount, error) {
	c, err := same(a, b)
	if err != nil {
		return Amount{}, err
	}
	s := a.Minor + b.Minor
	if (s > a.Minor) != (b.Minor > 0) {
		return Amount{}, ErrOverflow
	}
	return Amount{Minor: s, Currency: c}, nil
}

// Sub returns a-b under the rules of Add.
func (a Amount) Sub(b Amount) (Amount, error) {
	if b.Minor == -1<<63 {
		return Amount{}, ErrOverflow
	}
	return a.Add(Amount{Minor: -b.Minor, Currency: b.Currency})
}

// Mul returns a×n exactly (a unit price times a quantity).
func (a Amount) Mul(n int64) (Amount, error) {
	m, ok := mulDivRound(a.Minor, n, 1)
	if !ok {
		return Amount{}, ErrOverflow
	}
	return Amount{Minor: m, Currency: a.Currency}, nil
}

// ApplyRate returns a × r / 100 rounded half away from zero to the minor
// unit: €180.00 at 12 % is €21.60, €201.60 at 22 % (€44.352) is €44.35,
// €0.05 at 10 % (€0.005) is €0.01. This is the one rounding step of a
// percentage.
func (a Amount) ApplyRate(r Rate) (Amount, error) {
	d := r.d
	m, ok := mulDivRound(a.Minor, d.coef, 100*pow10[d.scale])
	if !ok {
		return Amount{}, ErrOverflow
	}
	return Amount{Minor: m, Currency: a.Currency}, nil
}

// Exchange converts a into currency to at the rate "fromUnits of a's
// currency are worth toUnits of to" (for example 7.8 CNY = 1 EUR, or two
// per-EUR rates of a reference table: CNY→THB is Exchange(THB, rCNY, rTHB)).
// The product is exact and rounded once, half away from zero, to to's minor
// unit. Both rates must be positive.
func (a Amount) Exchange(to Currency, fromUnits, toUnits Decimal) (Amount, error) {
	if !to.Valid() || !a.Currency.Valid() {
		return Amount{}, fmt.Errorf("money: exchange %q to %q: unknown currency", a.Currency, to)
	}
	if fromUnits.Sign() <= 0 || toUnits.Sign() <= 0 {
		return Amount{}, fmt.Errorf("money: exchange %s to %s: rates must be positive", a.Currency, to)
	}
	if a.Currency == to && fromUnits.Cmp(toUnits) == 0 {
		return a, nil
	}
	// minor_to = minor_from × 10^-expFrom × toUnits / fromUnits × 10^expTo
	n := big.NewInt(a.Minor)
	n.Mul(n, big.NewInt(toUnits.coef))
	n.Mul(n, pow10big(int(fromUnits.scale)+to.Exp()))
	d := big.NewInt(fromUnits.coef)
	d.Mul(d, pow10big(int(toUnits.scale)+a.Currency.Exp()))
	m, ok := roundDivBig(n, d)
	if !ok {
		return Amount{}, ErrOverflow
	}
	return Amount{Minor: m, Currency: to}, nil
}

// String formats the amount in English: "€21.60", "-£3.00", "¥1,200".
func (a Amount) String() string { return a.Format("en") }

// Format writes the amount the way language lang writes money: "€1,234.50"
// in English, "1.234,50 €" in German and Italian, "1234,50 €" in Spanish,
// "¥1,234.50" for CNY in Chinese, "฿450.00" in Thai. Unknown languages use
// the English form. Amounts always show every minor digit.
func (a Amount) Format(lang string) string {
	f := formatFor(lang)
	d := a.Decimal()
	num := f.number(Decimal{coef: absI(d.coef), scale: d.scale})
	if a.Minor == -1<<63 {
		num = f.number(Decimal{coef: d.coef, scale: d.scale})[1:]
	}
	sign := ""
	if a.Minor < 0 {
		sign = "-"
	}
	sym := a.Currency.Symbol(lang)
	if sym == "" {
		sym = string(a.Currency)
	}
	if f.suffix {
		return sign + num + " " + strings.TrimSpace(sym)
	}
	if isLetters(sym) && len(sym) >= 3 {
		return sign + sym + " " + num // "CHF 12.50", "NOK 300.00"
	}
	return sign + sym + num
}

func absI(v int64) int64 {
	if v < 0 && v != -1<<63 {
		return -v
	}
	return v
}

func isLetters(s string) bool {
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return s != ""
}
