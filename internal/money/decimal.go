package money

import (
	"errors"
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
)

// MaxScale is the largest number of digits after the decimal point that
// ParseDecimal accepts.
const MaxScale = 12

// Decimal is an exact decimal number, coef × 10^-scale. The zero value is 0.
// Decimals are values: copy them freely.
type Decimal struct {
	coef  int64
	scale int32
}

// errSyntax and errRange are wrapped by the parse errors.
var (
	errSyntax = errors.New("not a decimal number")
	errRange  = errors.New("number out of range")
)

// NewDecimal returns coef × 10^-scale. It panics if scale is negative or
// above MaxScale, which is a programming error.
func NewDecimal(coef int64, scale int) Decimal {
	if scale < 0 || scale > MaxScale {
		panic("money: scale out of range")
	}
	return Decimal{coef: coef, scale: int32(scale)}
}

// ParseDecimal parses a plain decimal number: an optional minus sign, at
// least one digit, and optionally a dot followed by at least one digit
// ("22", "5.5", "-0.25", "7.8456"). It rejects exponents, signs other than a
// leading minus, grouping separators, spaces and more than MaxScale
// fractional digits, so that a typo in a rate table fails loudly.
func ParseDecimal(s string) (Decimal, error) {
	in := s
	neg := false
	if strings.HasPrefix(s, "-") {
		neg = true
		s = s[1:]
	}
	intPart, frac, hasDot := strings.Cut(s, ".")
	if intPart == "" || (hasDot && frac == "") || !allDigits(intPart) || !allDigits(frac) {
		return Decimal{}, &ParseError{Input: in, Err: errSyntax}
	}
	if len(frac) > MaxScale {
		return Decimal{}, &ParseError{Input: in, Err: errRange}
	}
	digits := strings.TrimLeft(intPart+frac, "0")
	if len(digits) > 19 {
		return Decimal{}, &ParseError{Input: in, Err: errRange}
	}
	var c int64
	if digits != "" {
		v, err := strconv.ParseInt(digits, 10, 64)
		if err != nil {
			return Decimal{}, &ParseError{Input: in, Err: errRange}
		}
		c = v
	}
	if neg {
		c = -c
	}
	return Decimal{coef: c, scale: int32(len(frac))}, nil
}

// MustDecimal is ParseDecimal for constants in code and tests; it panics on
// a malformed literal.
func MustDecimal(s string) Decimal {
	d, err := ParseDecimal(s)
	if err != nil {
		panic(err)
	}
	return d
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// ParseError reports a malformed number or amount.
type ParseError struct {
	Input string
	Err   error
}

// Error implements error.
func (e *ParseError) Error() string {
	return "money: " + strconv.Quote(e.Input) + ": " + e.Err.Error()
}

// Unwrap returns the cause.
func (e *ParseError) Unwrap() error { return e.Err }

// Sign returns -1, 0 or +1.
func (d Decimal) Sign() int {
	switch {
	case d.coef < 0:
		return -1
	case d.coef > 0:
		return 1
	}
	return 0
}

// IsZero reports whether d is 0.
func (d Decimal) IsZero() bool { return d.coef == 0 }

// Coef and Scale return the representation: d = Coef × 10^-Scale.
func (d Decimal) Coef() int64 { return d.coef }

// Scale returns the number of digits after the decimal point, see Coef.
func (d Decimal) Scale() int { return int(d.scale) }

// Normalize returns d with trailing fractional zeros removed: "2.50" becomes
// "2.5" and "12.0" becomes "12". The value does not change.
func (d Decimal) Normalize() Decimal {
	for d.scale > 0 && d.coef%10 == 0 {
		d.coef /= 10
		d.scale--
	}
	return d
}

// Cmp compares d and e exactly and returns -1, 0 or +1.
func (d Decimal) Cmp(e Decimal) int {
	a, b := d.big(), e.big()
	// a/10^ds vs b/10^es  <=>  a*10^es vs b*10^ds
	a.Mul(a, pow10big(int(e.scale)))
	b.Mul(b, pow10big(int(d.scale)))
	return a.Cmp(b)
}

// Rat returns d as an exact rational number.
func (d Decimal) Rat() *big.Rat {
	return new(big.Rat).SetFrac(d.big(), pow10big(int(d.scale)))
}

func (d Decimal) big() *big.Int { return big.NewInt(d.coef) }

// String formats d with exactly Scale fractional digits ("2.50" stays
// "2.50"); use Normalize first for the shortest form.
func (d Decimal) String() string { return d.format('.') }

func (d Decimal) format(point byte) string {
	neg := d.coef < 0
	u := uint64(d.coef)
	if neg {
		u = -u
	}
	s := strconv.FormatUint(u, 10)
	if d.scale > 0 {
		n := int(d.scale)
		if len(s) <= n {
			s = strings.Repeat("0", n-len(s)+1) + s
		}
		s = s[:len(s)-n] + string(point) + s[len(s)-n:]
	}
	if neg {
		s = "-" + s
	}
	return s
}

// MarshalText implements encoding.TextMarshaler (the String form).
func (d Decimal) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler with ParseDecimal.
func (d *Decimal) UnmarshalText(b []byte) error {
	v, err := ParseDecimal(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

var pow10 = [...]int64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

func pow10big(n int) *big.Int {
	if n < len(pow10) {
		return big.NewInt(pow10[n])
	}
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil)
}

// mulDivRound returns a×b/d rounded half away from zero. d must be > 0.
// It uses 128-bit arithmetic and falls back to math/big; ok is false when
// the result does not fit in an int64.
func mulDivRound(a, b, d int64) (int64, bool) {
	if d <= 0 {
		panic("money: non-positive divisor")
	}
	neg := (a < 0) != (b < 0)
	ua, ub := absU(a), absU(b)
	hi, lo := bits.Mul64(ua, ub)
	ud := uint64(d)
	if hi < ud {
		q, r := bits.Div64(hi, lo, ud)
		if r >= ud-r { // r*2 >= d without overflow: the half rounds away from zero
			q++
		}
		if q == 0 {
			return 0, true
		}
		return signed(q, neg)
	}
	n := new(big.Int).Mul(big.NewInt(a), big.NewInt(b))
	return roundDivBig(n, big.NewInt(d))
}

// roundDivBig returns n/d rounded half away from zero; d must be positive.
func roundDivBig(n, d *big.Int) (int64, bool) {
	q, r := new(big.Int).QuoRem(n, d, new(big.Int)) // truncated towards zero
	r.Abs(r).Lsh(r, 1)
	if r.Cmp(d) >= 0 {
		if n.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	if !q.IsInt64() {
		return 0, false
	}
	return q.Int64(), true
}

func absU(a int64) uint64 {
	if a < 0 {
		return -uint64(a)
	}
	return uint64(a)
}

func signed(q uint64, neg bool) (int64, bool) {
	if neg {
		if q > 1<<63 {
			return 0, false
		}
		return int64(-q), true
	}
	if q > math.MaxInt64 {
		return 0, false
	}
	return int64(q), true
}
