package money

import (
	"math/big"
	"testing"
)

// MustAmount parses "12.34 EUR" or fails the test.
func MustAmount(tb testing.TB, s string) Amount {
	tb.Helper()
	a, err := ParseAmount(s)
	if err != nil {
		tb.Fatalf("ParseAmount(%q): %v", s, err)
	}
	return a
}

// MustDec parses a decimal or fails the test.
func MustDec(tb testing.TB, s string) Decimal {
	tb.Helper()
	d, err := ParseDecimal(s)
	if err != nil {
		tb.Fatalf("ParseDecimal(%q): %v", s, err)
	}
	return d
}

// roundRat is the reference rounding: x rounded half away from zero.
func roundRat(x *big.Rat) *big.Int {
	n, d := new(big.Int).Set(x.Num()), x.Denom()
	neg := n.Sign() < 0
	n.Abs(n)
	q, r := new(big.Int).QuoRem(n, d, new(big.Int))
	if r.Lsh(r, 1).Cmp(d) >= 0 {
		q.Add(q, big.NewInt(1))
	}
	if neg {
		q.Neg(q)
	}
	return q
}
