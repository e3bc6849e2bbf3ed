package money

import (
	"strings"
)

// Rate is a percentage held as an exact decimal: the Rate parsed from "22"
// is 22 %, from "5.5" is 5.5 %, from "0.6" is 0.6 %. The zero value is 0 %.
type Rate struct{ d Decimal }

// ParseRate parses a percentage written as a plain decimal number, with an
// optional trailing "%" ("12", "2.7%"). Negative rates are rejected.
func ParseRate(s string) (Rate, error) {
	d, err := ParseDecimal(strings.TrimSuffix(s, "%"))
	if err != nil {
		return Rate{}, err
	}
	if d.Sign() < 0 {
		return Rate{}, &ParseError{Input: s, Err: errRange}
	}
	return Rate{d.Normalize()}, nil
}

// MustRate is ParseRate for constants in code and tests; it panics on a
// malformed literal.
func MustRate(s string) Rate {
	r, err := ParseRate(s)
	if err != nil {
		panic(err)
	}
	return r
}

// Percent returns the rate as a number of percent: 22 for 22 %.
func (r Rate) Percent() Decimal { return r.d }

// IsZero reports whether the rate is 0 %.
func (r Rate) IsZero() bool { return r.d.IsZero() }

// Cmp compares two rates.
func (r Rate) Cmp(s Rate) int { return r.d.Cmp(s.d) }

// String returns the shortest form without the percent sign ("22", "5.5").
func (r Rate) String() string { return r.d.Normalize().String() }

// Format writes the rate with a percent sign the way lang writes it:
// "5.5%" in English, "5,5 %" in German, "5,5%" in Italian.
func (r Rate) Format(lang string) string {
	f := formatFor(lang)
	s := f.number(r.d.Normalize())
	switch {
	case f.percentFirst:
		return "%" + s
	case f.percentSpace:
		return s + " %"
	}
	return s + "%"
}

// MarshalText implements encoding.TextMarshaler ("22", "5.5").
func (r Rate) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler with ParseRate.
func (r *Rate) UnmarshalText(b []byte) error {
	v, err := ParseRate(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}
