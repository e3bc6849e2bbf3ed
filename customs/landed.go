package customs

import (
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/money"
)

// Item is one line of a consignment.
type Item struct {
	HS          string       // HS code, at least 6 digits ("8507.60" or "850760")
	Description string       // shown in the explanation; optional
	UnitValue   money.Amount // customs (transaction) value of one unit, any currency
	Quantity    int64        // > 0
	Origin      string       // ISO country of origin; optional, used by origin-dependent rules
}

// Consignment is what a customer receives in one parcel.
type Consignment struct {
	Items       []Item
	Shipping    money.Amount // international transport paid for the parcel; zero if none
	Insurance   money.Amount // zero if none
	Destination string       // ISO 3166-1 alpha-2
	Date        time.Time    // the day of import: selects rates, thresholds and FX
	// SellerRegistered is true when the seller is registered in the
	// destination's scheme for collecting tax at checkout where that scheme
	// is optional (the EU's IOSS).
	SellerRegistered bool
}

// Line is the computation for one item, in the destination currency.
type Line struct {
	HS          HSCode
	Description string
	Quantity    int64
	Value       money.Amount // unit value × quantity in the item's currency, exact
	Goods       money.Amount // Value converted into the destination currency
	FX          *FXRate      // the conversion used, nil when none was needed
	Transport   money.Amount // share of transport and insurance (pro rata to Goods)
	// CustomsValue is the duty base: Goods, plus Transport for CIF
	// countries.
	CustomsValue money.Amount
	Duty         money.Amount
	DutyRate     DutyRate // zero when DutyExempt
	DutyExempt   bool     // waived by a low-value rule
	TaxRate      money.Rate
	TaxBase      money.Amount // CustomsValue + Duty (+ Transport where the tax adds it)
}

// TaxGroup is the tax on all lines sharing one rate.
type TaxGroup struct {
	Rate money.Rate
	Base money.Amount
	Tax  money.Amount // Base × Rate, rounded once
}

// Collection says how the import tax reaches the tax office.
type Collection string

// Ways the import tax is collected.
const (
	CollectAtImport Collection = "import"  // paid on delivery (to the carrier or customs)
	CollectAtSale   Collection = "at_sale" // charged by the seller at checkout
	CollectExempt   Collection = "exempt"  // waived under a threshold
	CollectNone     Collection = "none"    // the country has no import tax
)

// Rule is a rule that shaped the result, for the explanation. Only the
// fields the code uses are set.
type Rule struct {
	Code  string       // message key suffix: "duty_exempt", "tax_at_sale", ...
	Limit money.Amount // a threshold
	Value money.Amount // the value compared with it, in the threshold's currency
	HS    HSCode
	FX    *FXRate
	Note  string // a message key of a country note
}

// Rule codes.
const (
	RuleDutyExempt       = "duty_exempt"      // duty waived under a threshold
	RuleDutyExcludedHS   = "duty_excluded_hs" // a line is outside the relief (alcohol, tobacco, perfume)
	RuleTaxExempt        = "tax_exempt"       // tax waived under a threshold
	RuleTaxAtSale        = "tax_at_sale"      // tax charged by the seller (UK, AU, SG, MY, NO)
	RuleTaxIOSS          = "tax_ioss"         // tax charged by the IOSS-registered seller
	RuleTaxFirstUnit     = "tax_first_unit"   // tax due on delivery although duty is waived (EU without IOSS, TH)
	RuleFX               = "fx"               // a conversion
	RuleFXStale          = "fx_stale"         // the rate table is old for the date
	RuleTransportCIF     = "transport_cif"    // transport is part of the customs value
	RuleTransportTaxOnly = "transport_tax"    // transport added to the tax base only
	RuleNote             = "note"             // a country note (Rule.Note)
)

// Result is a landed-cost computation. Amounts are in Currency, the
// destination's.
type Result struct {
	Country      Country
	Date         string // the day of import, "2026-11-10"
	Currency     money.Currency
	Lines        []Line
	Transport    money.Amount // shipping + insurance, converted
	Goods        money.Amount // intrinsic value: sum of Lines[i].Goods
	CustomsValue money.Amount
	Duty         money.Amount
	TaxGroups    []TaxGroup // by rate, in order of first line
	TaxBase      money.Amount
	Tax          money.Amount
	Collection   Collection
	// TotalToPay is what the customer pays on delivery: duty plus the tax
	// when it is collected at import. Carrier handling fees are not
	// included.
	TotalToPay money.Amount
	Rules      []Rule
}

// DutyRateIfUniform returns the single duty rate of all dutiable lines, and
// false when lines have different rates or none pays duty.
func (r *Result) DutyRateIfUniform() (money.Rate, bool) {
	var rate money.Rate
	n := 0
	for _, l := range r.Lines {
		if l.DutyExempt {
			continue
		}
		if n > 0 && l.DutyRate.Rate.Cmp(rate) != 0 {
			return money.Rate{}, false
		}
		rate = l.DutyRate.Rate
		n++
	}
	return rate, n > 0
}

func (r *Result) rule(x Rule) { r.Rules = append(r.Rules, x) }

// maxFXAgeDays is how old a rate table may be before the result says so.
const maxFXAgeDays = 31

// LandedCost computes the duty and import tax of a consignment. See the
// package documentation for the rounding steps. Errors are *kefu.Error:
// EINVALID for a malformed consignment or HS code, ENOTFOUND for an unknown
// country or a missing rate.
func (t *Tables) LandedCost(c Consignment) (*Result, error) {
	const op = "customs.LandedCost"
	res, err := t.landedCost(c)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	return res, nil
}

func (t *Tables) landedCost(c Consignment) (*Result, error) {
	if c.Date.IsZero() {
		return nil, kefu.Errorf(kefu.EINVALID, "the date of import is missing")
	}
	d := dayOf(c.Date)
	country, err := t.Country(c.Destination, c.Date)
	if err != nil {
		return nil, err
	}
	if len(c.Items) == 0 {
		return nil, kefu.Errorf(kefu.EINVALID, "the consignment has no items")
	}
	cur := country.Currency
	zero := money.New(0, cur)
	res := &Result{Country: country, Date: d.String(), Currency: cur,
		Transport: zero, Goods: zero, CustomsValue: zero, Duty: zero, TaxBase: zero, Tax: zero, TotalToPay: zero}
	seenFX := map[money.Currency]bool{}
	fxRule := func(r FXRate) {
		if seenFX[r.From] {
			return
		}
		seenFX[r.From] = true
		rr := r
		res.rule(Rule{Code: RuleFX, FX: &rr})
		if fd, err := parseDay(r.Date, dayMin); err == nil && daysBetween(fd, d) > maxFXAgeDays && !seenFX["stale"] {
			seenFX["stale"] = true
			res.rule(Rule{Code: RuleFXStale, FX: &rr})
		}
	}

	// Step 1: lines converted into the destination currency.
	for i, it := range c.Items {
		hs, err := t.HS(it.HS)
		if err != nil {
			return nil, err
		}
		if it.Quantity <= 0 {
			return nil, kefu.Errorf(kefu.EINVALID, "item %d (%s): quantity must be positive", i+1, hs)
		}
		if !it.UnitValue.Currency.Valid() || it.UnitValue.Sign() < 0 {
			return nil, kefu.Errorf(kefu.EINVALID, "item %d (%s): the value needs a known currency and must not be negative", i+1, hs)
		}
		v, err := it.UnitValue.Mul(it.Quantity)
		if err != nil {
			return nil, kefu.Errorf(kefu.EINVALID, "item %d (%s): value out of range", i+1, hs)
		}
		g, fx, err := t.convert(v, cur, d)
		if err != nil {
			return nil, err
		}
		l := Line{HS: hs, Description: it.Description, Quantity: it.Quantity, Value: v, Goods: g}
		if fx.From != fx.To {
			l.FX = &fx
			fxRule(fx)
		}
		res.Lines = append(res.Lines, l)
		if res.Goods, err = res.Goods.Add(g); err != nil {
			return nil, kefu.Errorf(kefu.EINVALID, "consignment value out of range")
		}
	}
	for _, a := range []money.Amount{c.Shipping, c.Insurance} {
		if a.IsZero() {
			continue
		}
		if !a.Currency.Valid() || a.Sign() < 0 {
			return nil, kefu.Errorf(kefu.EINVALID, "shipping and insurance need a known currency and must not be negative")
		}
		x, fx, err := t.convert(a, cur, d)
		if err != nil {
			return nil, err
		}
		if fx.From != fx.To {
			fxRule(fx)
		}
		if res.Transport, err = res.Transport.Add(x); err != nil {
			return nil, kefu.Errorf(kefu.EINVALID, "transport value out of range")
		}
	}

	// Step 2: transport shared pro rata, and customs values.
	shares := allocate(res.Transport.Minor, res.Lines)
	for i := range res.Lines {
		l := &res.Lines[i]
		l.Transport = money.New(shares[i], cur)
		l.CustomsValue = l.Goods
		if country.Valuation == CIF {
			l.CustomsValue = money.New(l.Goods.Minor+shares[i], cur)
		}
		res.CustomsValue = money.New(res.CustomsValue.Minor+l.CustomsValue.Minor, cur)
	}
	if !res.Transport.IsZero() {
		if country.Valuation == CIF {
			res.rule(Rule{Code: RuleTransportCIF, Value: res.Transport})
		} else if country.TaxAddsTransport {
			res.rule(Rule{Code: RuleTransportTaxOnly, Value: res.Transport})
		}
	}

	// Thresholds.
	dutyExempt, taxRule := false, TaxUnchanged
	var dutyTh, taxTh Rule
	for _, th := range t.thresholdsOf(country, d) {
		if excludedOrigin(th, c.Items) {
			continue
		}
		base := res.Goods
		if th.OnCustomsValue {
			base = res.CustomsValue
		}
		v, _, err := t.convert(base, th.Limit.Currency, d)
		if err != nil {
			return nil, err
		}
		under := v.Minor < th.Limit.Minor || th.Inclusive && v.Minor == th.Limit.Minor
		if !under {
			continue
		}
		if th.DutyExempt && !dutyExempt {
			dutyExempt = true
			dutyTh = Rule{Code: RuleDutyExempt, Limit: th.Limit, Value: v}
			for i := range res.Lines {
				res.Lines[i].DutyExempt = !excludedHS(th, res.Lines[i].HS)
			}
		}
		if th.TaxRule != TaxUnchanged && strength(th.TaxRule) > strength(taxRule) {
			taxRule = th.TaxRule
			taxTh = Rule{Limit: th.Limit, Value: v}
		}
	}

	// Step 3: duty per line.
	for i := range res.Lines {
		l := &res.Lines[i]
		l.Duty = zero
		if l.DutyExempt {
			continue
		}
		if dutyExempt {
			res.rule(Rule{Code: RuleDutyExcludedHS, HS: l.HS})
		}
		dr, err := t.dutyRate(country, l.HS, d)
		if err != nil {
			return nil, err
		}
		l.DutyRate = dr
		if l.Duty, err = l.CustomsValue.ApplyRate(dr.Rate); err != nil {
			return nil, kefu.Errorf(kefu.EINVALID, "duty out of range")
		}
		res.Duty = money.New(res.Duty.Minor+l.Duty.Minor, cur)
	}
	anyExempt := false
	for _, l := range res.Lines {
		anyExempt = anyExempt || l.DutyExempt
	}
	if anyExempt {
		res.Rules = append([]Rule{dutyTh}, res.Rules...)
	}

	// Step 4: tax per rate group.
	switch {
	case country.Tax == NoTax:
		res.Collection = CollectNone
	case taxRule == TaxExempt:
		res.Collection = CollectExempt
		taxTh.Code = RuleTaxExempt
		res.rule(taxTh)
	case taxRule == TaxAtSale:
		res.Collection = CollectAtSale
		taxTh.Code = RuleTaxAtSale
		res.rule(taxTh)
	case taxRule == TaxAtSaleIfRegistered && c.SellerRegistered:
		res.Collection = CollectAtSale
		taxTh.Code = RuleTaxIOSS
		res.rule(taxTh)
	default:
		res.Collection = CollectAtImport
		if dutyExempt || taxRule == TaxAtSaleIfRegistered {
			taxTh.Code = RuleTaxFirstUnit
			if taxTh.Limit.IsZero() {
				taxTh.Limit, taxTh.Value = dutyTh.Limit, dutyTh.Value
			}
			res.rule(taxTh)
		}
	}
	if country.Tax != NoTax && res.Collection != CollectExempt {
		for i := range res.Lines {
			l := &res.Lines[i]
			if l.TaxRate, err = t.taxRate(country, l.HS, d); err != nil {
				return nil, err
			}
			base := l.CustomsValue.Minor + l.Duty.Minor
			if country.Valuation == FOB && country.TaxAddsTransport {
				base += l.Transport.Minor
			}
			l.TaxBase = money.New(base, cur)
			g := -1
			for j := range res.TaxGroups {
				if res.TaxGroups[j].Rate.Cmp(l.TaxRate) == 0 {
					g = j
				}
			}
			if g < 0 {
				res.TaxGroups = append(res.TaxGroups, TaxGroup{Rate: l.TaxRate, Base: zero})
				g = len(res.TaxGroups) - 1
			}
			res.TaxGroups[g].Base = money.New(res.TaxGroups[g].Base.Minor+base, cur)
		}
		for j := range res.TaxGroups {
			tg := &res.TaxGroups[j]
			if tg.Tax, err = tg.Base.ApplyRate(tg.Rate); err != nil {
				return nil, kefu.Errorf(kefu.EINVALID, "tax out of range")
			}
			res.TaxBase = money.New(res.TaxBase.Minor+tg.Base.Minor, cur)
			res.Tax = money.New(res.Tax.Minor+tg.Tax.Minor, cur)
		}
	}
	res.TotalToPay = res.Duty
	if res.Collection == CollectAtImport {
		res.TotalToPay = money.New(res.Duty.Minor+res.Tax.Minor, cur)
	}
	for _, n := range country.Notes {
		res.rule(Rule{Code: RuleNote, Note: n})
	}
	return res, nil
}

// strength orders tax rules when several thresholds apply.
func strength(r TaxRule) int {
	switch r {
	case TaxExempt:
		return 3
	case TaxAtSale:
		return 2
	case TaxAtSaleIfRegistered:
		return 1
	}
	return 0
}

func excludedOrigin(th Threshold, items []Item) bool {
	for _, it := range items {
		for _, o := range th.ExcludedOrigin {
			if strings.EqualFold(it.Origin, o) {
				return true
			}
		}
	}
	return false
}

func excludedHS(th Threshold, hs HSCode) bool {
	for _, p := range th.ExcludedHS {
		if strings.HasPrefix(string(hs), p) {
			return true
		}
	}
	return false
}

// allocate shares total minor units between lines pro rata to their goods
// value: floor of each exact share, then one more unit to the lines with the
// largest remainders (earliest line first on ties), so that the shares add
// up to total exactly. With no goods value, the first line takes it all.
func allocate(total int64, lines []Line) []int64 {
	out := make([]int64, len(lines))
	if total == 0 || len(lines) == 0 {
		return out
	}
	var sum int64
	for _, l := range lines {
		sum += l.Goods.Minor
	}
	if sum <= 0 {
		out[0] = total
		return out
	}
	rem := make([]int64, len(lines))
	left := total
	for i, l := range lines {
		q, r := mulDiv(total, l.Goods.Minor, sum)
		out[i], rem[i] = q, r
		left -= q
	}
	for ; left > 0; left-- {
		best := 0
		for i := range rem {
			if rem[i] > rem[best] {
				best = i
			}
		}
		out[best]++
		rem[best] = -1
	}
	return out
}

// mulDiv returns the quotient and remainder of a×b/c for non-negative
// inputs, with a 128-bit product.
func mulDiv(a, b, c int64) (int64, int64) {
	hi, lo := mul64(uint64(a), uint64(b))
	q, r := div64(hi, lo, uint64(c))
	return int64(q), int64(r)
}

func daysBetween(a, b day) int {
	ta, _ := time.Parse("20060102", itoa8(a))
	tb, _ := time.Parse("20060102", itoa8(b))
	return int(tb.Sub(ta).Hours() / 24)
}
