package customs

import (
	"math/big"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/money"
)

// FXRate is the conversion used between two currencies: both rates are
// units per EUR from the table of Date, so that any pair converts through
// one table row per currency.
type FXRate struct {
	From, To             money.Currency
	Date                 string // the table date, "2025-09-01"
	FromPerEUR, ToPerEUR money.Decimal
}

// Display returns units of To per one unit of From with six decimals,
// trailing zeros removed ("0.11976"). It is for explanations only;
// conversions use the exact ratio of the two table rates.
func (r FXRate) Display() string {
	x := new(big.Rat).Quo(r.ToPerEUR.Rat(), r.FromPerEUR.Rat())
	s := x.FloatString(6) // rounds half away from zero
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// Rate returns the conversion from one currency to another using the newest
// table date on or before date. A pair without rates is ENOTFOUND.
func (t *Tables) Rate(from, to money.Currency, date time.Time) (FXRate, error) {
	return t.rate(from, to, dayOf(date))
}

func (t *Tables) rate(from, to money.Currency, d day) (FXRate, error) {
	for i := len(t.fx) - 1; i >= 0; i-- {
		x := t.fx[i]
		if x.date > d {
			continue
		}
		f, ok1 := x.rates[from]
		g, ok2 := x.rates[to]
		if ok1 && ok2 {
			return FXRate{From: from, To: to, Date: x.date.String(), FromPerEUR: f, ToPerEUR: g}, nil
		}
	}
	return FXRate{}, kefu.Errorf(kefu.ENOTFOUND, "no exchange rate from %s to %s on or before %s in the currency table", from, to, d)
}

// Convert converts a into currency to at the rates of date, rounding once
// half away from zero to to's minor unit. Converting into a's own currency
// returns a unchanged.
func (t *Tables) Convert(a money.Amount, to money.Currency, date time.Time) (money.Amount, FXRate, error) {
	return t.convert(a, to, dayOf(date))
}

func (t *Tables) convert(a money.Amount, to money.Currency, d day) (money.Amount, FXRate, error) {
	if a.Currency == to {
		return a, FXRate{From: to, To: to}, nil
	}
	r, err := t.rate(a.Currency, to, d)
	if err != nil {
		return money.Amount{}, FXRate{}, err
	}
	out, err := a.Exchange(to, r.FromPerEUR, r.ToPerEUR)
	if err != nil {
		return money.Amount{}, FXRate{}, kefu.Errorf(kefu.EINVALID, "cannot convert %s to %s: %v", a, to, err)
	}
	return out, r, nil
}
