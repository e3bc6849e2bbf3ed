package customs

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
	customsdata "github.com/kefu-ai/kefu/data/customs"
	"github.com/kefu-ai/kefu/internal/money"
)

// TaxKind names a country's import consumption tax.
type TaxKind string

// Kinds of import tax.
const (
	VAT            TaxKind = "vat"
	GST            TaxKind = "gst"
	SalesTax       TaxKind = "sales_tax"
	ConsumptionTax TaxKind = "consumption_tax"
	NoTax          TaxKind = "none"
)

// Valuation says what a country's customs value includes.
type Valuation string

// Customs valuation bases.
const (
	CIF Valuation = "cif" // goods + transport and insurance to the border
	FOB Valuation = "fob" // goods only
)

// Country is a destination's customs and tax regime on a given date.
type Country struct {
	Code      string         // ISO 3166-1 alpha-2, "IT"
	Currency  money.Currency // duty and tax are paid in it
	Union     string         // customs union whose tables apply ("EU"), or ""
	Tax       TaxKind
	Valuation Valuation
	// TaxAddsTransport is true when transport and insurance are added to
	// the tax base on top of a FOB customs value (Australia's GST).
	TaxAddsTransport bool
	// Notes are message keys of caveats every explanation for this country
	// carries ("note.us_additional_duties").
	Notes []string
}

// day is a civil date as yyyymmdd, so that validity tests are integer
// comparisons.
type day int32

const (
	dayMin day = 0
	dayMax day = 99991231
)

func dayOf(t time.Time) day { y, m, d := t.Date(); return day(y*10000 + int(m)*100 + d) }

func (d day) String() string {
	s := fmt.Sprintf("%08d", int(d))
	return s[:4] + "-" + s[4:6] + "-" + s[6:]
}

func parseDay(s string, open day) (day, error) {
	if s == "-" || s == "" || s == "0000-01-01" {
		return open, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return 0, err
	}
	return dayOf(t), nil
}

// span is an inclusive validity period.
type span struct{ from, to day }

func (s span) has(d day) bool { return s.from <= d && d <= s.to }

type countryRow struct {
	span
	c Country
}

type rateRow struct {
	span
	rate     money.Rate
	specific bool // per kg/litre/piece: not computed
	prefix   string
	source   string
}

type taxRow struct {
	span
	standard money.Rate
	reduced  []money.Rate
	source   string
}

// Threshold is a low-value rule of a destination: under Limit, customs duty
// is waived (DutyExempt) and/or the import tax is exempt or collected by the
// seller at checkout (TaxRule).
type Threshold struct {
	Country  string // country code or customs union ("EU")
	From, To string // inclusive dates, "" when open
	Limit    money.Amount
	// Inclusive is true when a value equal to Limit qualifies (<=).
	Inclusive bool
	// OnCustomsValue is true when the customs value (CIF or FOB, per the
	// country) is compared, false for the intrinsic value of the goods.
	OnCustomsValue bool
	DutyExempt     bool
	TaxRule        TaxRule
	ExcludedOrigin []string // origins the rule does not apply to
	ExcludedHS     []string // HS prefixes the duty relief does not cover
	Source         string
	span           span
}

// TaxRule is what a threshold does to the import tax.
type TaxRule string

// Threshold effects on the import tax.
const (
	TaxUnchanged          TaxRule = ""
	TaxExempt             TaxRule = "exempt"
	TaxAtSale             TaxRule = "at_sale"
	TaxAtSaleIfRegistered TaxRule = "at_sale_if_registered"
)

type fxDay struct {
	date  day
	rates map[money.Currency]money.Decimal // units per EUR
}

// Tables holds every rate table, the HS nomenclature, the explanation
// templates and the facts. Build it with Open or Load; it is immutable and
// safe for concurrent use.
type Tables struct {
	countries  map[string][]countryRow
	names      map[string]map[string]string // code -> lang -> name
	euVAT      map[string][]taxRow
	vat        map[string][]taxRow
	vatHS      map[string]map[string][]rateRow // country -> prefix -> rows
	duty       map[string]map[string][]rateRow // country or union -> prefix -> rows
	thresholds map[string][]Threshold
	fx         []fxDay                      // ascending by date
	msgs       map[string]map[string]string // key -> lang -> template
	hs         *nomenclature
	facts      []Fact
}

// Open loads the tables shipped with kefu (data/customs).
func Open() (*Tables, error) { return Load(customsdata.Files) }

// Load reads the tables from fsys, laid out like data/customs: a shop can
// point it at its own, current copies. Any malformed row is an error naming
// the file and line.
func Load(fsys fs.FS) (*Tables, error) {
	t := &Tables{
		countries:  map[string][]countryRow{},
		names:      map[string]map[string]string{},
		euVAT:      map[string][]taxRow{},
		vat:        map[string][]taxRow{},
		vatHS:      map[string]map[string][]rateRow{},
		duty:       map[string]map[string][]rateRow{},
		thresholds: map[string][]Threshold{},
		msgs:       map[string]map[string]string{},
	}
	steps := []struct {
		file string
		fn   func(string, []string) error
	}{
		{"countries.tsv", t.addCountry},
		{"names.tsv", nil},
		{"vat.tsv", t.addVAT},
		{"vat-hs.tsv", func(_ string, f []string) error { return addRates(t.vatHS, f) }},
		{"duty.tsv", func(_ string, f []string) error { return addRates(t.duty, f) }},
		{"thresholds.tsv", t.addThreshold},
		{"fx.tsv", t.addFX},
		{"messages.tsv", t.addMessage},
	}
	for _, s := range steps {
		if s.file == "names.tsv" {
			if err := t.loadNames(fsys); err != nil {
				return nil, err
			}
			continue
		}
		if err := readTSV(fsys, s.file, s.fn); err != nil {
			return nil, err
		}
	}
	if err := t.loadEUVAT(fsys); err != nil {
		return nil, err
	}
	hs, err := loadNomenclature(fsys)
	if err != nil {
		return nil, err
	}
	t.hs = hs
	if err := t.loadFacts(fsys); err != nil {
		return nil, err
	}
	sort.Slice(t.fx, func(i, j int) bool { return t.fx[i].date < t.fx[j].date })
	return t, nil
}

// readTSV calls fn with the fields of every non-comment, non-blank line.
func readTSV(fsys fs.FS, name string, fn func(line string, fields []string) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("customs: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(line, strings.Split(line, "\t")); err != nil {
			return fmt.Errorf("customs: %s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("customs: %s: %w", name, err)
	}
	return nil
}

func want(f []string, n int) error {
	if len(f) < n {
		return fmt.Errorf("%d fields, want %d", len(f), n)
	}
	return nil
}

func parseSpan(from, to string) (span, error) {
	f, err := parseDay(from, dayMin)
	if err != nil {
		return span{}, err
	}
	u, err := parseDay(to, dayMax)
	if err != nil {
		return span{}, err
	}
	if u < f {
		return span{}, fmt.Errorf("period ends (%s) before it starts (%s)", to, from)
	}
	return span{f, u}, nil
}

func list(s string) []string {
	if s == "-" {
		return nil
	}
	return strings.Fields(s)
}

func (t *Tables) addCountry(_ string, f []string) error {
	if err := want(f, 9); err != nil {
		return err
	}
	cur, err := money.ParseCurrency(f[1])
	if err != nil {
		return err
	}
	sp, err := parseSpan(f[6], f[7])
	if err != nil {
		return err
	}
	c := Country{Code: f[0], Currency: cur, Tax: TaxKind(f[3]), Valuation: Valuation(f[4]), Notes: list(f[8])}
	if f[2] != "-" {
		c.Union = f[2]
	}
	switch c.Tax {
	case VAT, GST, SalesTax, ConsumptionTax, NoTax:
	default:
		return fmt.Errorf("unknown tax kind %q", f[3])
	}
	if c.Valuation != CIF && c.Valuation != FOB {
		return fmt.Errorf("unknown valuation %q", f[4])
	}
	switch f[5] {
	case "customs+duty", "-":
	case "customs+duty+transport":
		c.TaxAddsTransport = true
	default:
		return fmt.Errorf("unknown tax base %q", f[5])
	}
	t.countries[c.Code] = append(t.countries[c.Code], countryRow{sp, c})
	return nil
}

func (t *Tables) loadNames(fsys fs.FS) error {
	var langs []string
	return readTSV(fsys, "names.tsv", func(_ string, f []string) error {
		if f[0] == "code" {
			langs = f[1:]
			return nil
		}
		if langs == nil {
			return fmt.Errorf("no header row (code, languages...)")
		}
		m := map[string]string{}
		for i, l := range langs {
			if i+1 < len(f) {
				m[l] = f[i+1]
			}
		}
		t.names[f[0]] = m
		return nil
	})
}

func (t *Tables) addVAT(_ string, f []string) error {
	if err := want(f, 6); err != nil {
		return err
	}
	sp, err := parseSpan(f[1], f[2])
	if err != nil {
		return err
	}
	r := taxRow{span: sp, source: f[5]}
	if r.standard, err = money.ParseRate(f[3]); err != nil {
		return err
	}
	for _, s := range list(f[4]) {
		x, err := money.ParseRate(s)
		if err != nil {
			return err
		}
		r.reduced = append(r.reduced, x)
	}
	t.vat[f[0]] = append(t.vat[f[0]], r)
	return nil
}

func addRates(m map[string]map[string][]rateRow, f []string) error {
	if err := want(f, 6); err != nil {
		return err
	}
	sp, err := parseSpan(f[3], f[4])
	if err != nil {
		return err
	}
	r := rateRow{span: sp, source: f[5]}
	if f[2] == "specific" {
		r.specific = true
	} else if r.rate, err = money.ParseRate(f[2]); err != nil {
		return err
	}
	if m[f[0]] == nil {
		m[f[0]] = map[string][]rateRow{}
	}
	for _, p := range strings.Fields(f[1]) {
		if p != "*" && (!allDigits(p) || len(p)%2 != 0 || len(p) > 10) {
			return fmt.Errorf("bad HS prefix %q", p)
		}
		if p == "*" {
			p = ""
		}
		r.prefix = p
		for _, o := range m[f[0]][p] {
			if o.from <= r.to && r.from <= o.to {
				return fmt.Errorf("prefix %q of %s has overlapping periods", f[1], f[0])
			}
		}
		m[f[0]][p] = append(m[f[0]][p], r)
	}
	return nil
}

func (t *Tables) addThreshold(_ string, f []string) error {
	if err := want(f, 12); err != nil {
		return err
	}
	sp, err := parseSpan(f[1], f[2])
	if err != nil {
		return err
	}
	cur, err := money.ParseCurrency(f[3])
	if err != nil {
		return err
	}
	lim, err := money.Parse(f[4], cur)
	if err != nil {
		return err
	}
	th := Threshold{Country: f[0], Limit: lim, Source: f[11], span: sp,
		ExcludedOrigin: list(f[9]), ExcludedHS: list(f[10])}
	if sp.from != dayMin {
		th.From = sp.from.String()
	}
	if sp.to != dayMax {
		th.To = sp.to.String()
	}
	switch f[5] {
	case "le":
		th.Inclusive = true
	case "lt":
	default:
		return fmt.Errorf("compare %q: want le or lt", f[5])
	}
	switch f[6] {
	case "goods":
	case "customs":
		th.OnCustomsValue = true
	default:
		return fmt.Errorf("basis %q: want goods or customs", f[6])
	}
	switch f[7] {
	case "exempt":
		th.DutyExempt = true
	case "-":
	default:
		return fmt.Errorf("duty %q: want exempt or -", f[7])
	}
	switch r := TaxRule(f[8]); r {
	case TaxExempt, TaxAtSale, TaxAtSaleIfRegistered:
		th.TaxRule = r
	case "-":
	default:
		return fmt.Errorf("tax %q", f[8])
	}
	t.thresholds[f[0]] = append(t.thresholds[f[0]], th)
	return nil
}

func (t *Tables) addFX(_ string, f []string) error {
	if err := want(f, 3); err != nil {
		return err
	}
	d, err := parseDay(f[0], dayMin)
	if err != nil || d == dayMin {
		return fmt.Errorf("bad date %q", f[0])
	}
	cur, err := money.ParseCurrency(f[1])
	if err != nil {
		return err
	}
	r, err := money.ParseDecimal(f[2])
	if err != nil {
		return err
	}
	if r.Sign() <= 0 {
		return fmt.Errorf("rate of %s must be positive", cur)
	}
	for i := range t.fx {
		if t.fx[i].date == d {
			t.fx[i].rates[cur] = r
			return nil
		}
	}
	t.fx = append(t.fx, fxDay{date: d, rates: map[money.Currency]money.Decimal{cur: r}})
	return nil
}

func (t *Tables) addMessage(_ string, f []string) error {
	if err := want(f, 3); err != nil {
		return err
	}
	if t.msgs[f[0]] == nil {
		t.msgs[f[0]] = map[string]string{}
	}
	t.msgs[f[0]][f[1]] = f[2]
	return nil
}

// loadEUVAT reads ibericode's vat-rates.json for the EU member states.
func (t *Tables) loadEUVAT(fsys fs.FS) error {
	b, err := fs.ReadFile(fsys, "eu-vat-rates.json")
	if err != nil {
		return fmt.Errorf("customs: %w", err)
	}
	var doc struct {
		Items map[string][]struct {
			EffectiveFrom string                 `json:"effective_from"`
			Rates         map[string]json.Number `json:"rates"`
		} `json:"items"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return fmt.Errorf("customs: eu-vat-rates.json: %w", err)
	}
	for code, periods := range doc.Items {
		var rows []taxRow
		for _, p := range periods {
			from, err := parseDay(p.EffectiveFrom, dayMin)
			if err != nil {
				return fmt.Errorf("customs: eu-vat-rates.json: %s: %w", code, err)
			}
			r := taxRow{span: span{from, dayMax}, source: "ibericode/vat-rates (MIT), eu-vat-rates.json"}
			keys := make([]string, 0, len(p.Rates))
			for k := range p.Rates {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				x, err := money.ParseRate(p.Rates[k].String())
				if err != nil {
					return fmt.Errorf("customs: eu-vat-rates.json: %s %s: %w", code, k, err)
				}
				if k == "standard" {
					r.standard = x
				} else {
					r.reduced = append(r.reduced, x)
				}
			}
			if r.standard.IsZero() {
				return fmt.Errorf("customs: eu-vat-rates.json: %s %s: no standard rate", code, p.EffectiveFrom)
			}
			rows = append(rows, r)
		}
		// Periods run until the next one starts.
		sort.Slice(rows, func(i, j int) bool { return rows[i].from < rows[j].from })
		for i := 0; i+1 < len(rows); i++ {
			rows[i].to = prevDay(rows[i+1].from)
		}
		t.euVAT[code] = rows
	}
	return nil
}

func prevDay(d day) day {
	tm, _ := time.Parse("20060102", strconv.Itoa(int(d)))
	return dayOf(tm.AddDate(0, 0, -1))
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// Country returns the regime of the destination code (ISO 3166-1 alpha-2,
// case insensitive) on date. Unknown codes are ENOTFOUND.
func (t *Tables) Country(code string, date time.Time) (Country, error) {
	code = strings.ToUpper(strings.TrimSpace(code))
	rows, ok := t.countries[code]
	if !ok {
		return Country{}, kefu.Errorf(kefu.ENOTFOUND, "unknown destination country %q: kefu has no customs rules for it", code)
	}
	d := dayOf(date)
	for _, r := range rows {
		if r.has(d) {
			return r.c, nil
		}
	}
	return Country{}, kefu.Errorf(kefu.ENOTFOUND, "no customs rules for %s on %s", code, d)
}

// Countries returns the codes of every destination in the tables, sorted.
func (t *Tables) Countries() []string {
	out := make([]string, 0, len(t.countries))
	for c := range t.countries {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

// CountryName returns the name of a country in lang, falling back to
// English and then to the code.
func (t *Tables) CountryName(code, lang string) string {
	if n := t.names[code][lang]; n != "" {
		return n
	}
	if n := t.names[code]["en"]; n != "" {
		return n
	}
	return code
}

// TaxRate returns the import tax rate of country for goods of HS code hs on
// date: a rate by HS prefix (vat-hs.tsv) when one matches, otherwise the
// standard rate. Countries without an import tax (the US) return 0 %.
func (t *Tables) TaxRate(country, hs string, date time.Time) (money.Rate, error) {
	c, err := t.Country(country, date)
	if err != nil {
		return money.Rate{}, err
	}
	return t.taxRate(c, HSCode(hs), dayOf(date))
}

func (t *Tables) taxRate(c Country, hs HSCode, d day) (money.Rate, error) {
	if c.Tax == NoTax {
		return money.Rate{}, nil
	}
	if r, ok := longest(t.vatHS[c.Code], hs, d); ok {
		return r.rate, nil
	}
	rows, ok := t.vat[c.Code]
	if !ok && c.Union == "EU" {
		rows = t.euVAT[c.Code]
	}
	for _, r := range rows {
		if r.has(d) {
			return r.standard, nil
		}
	}
	return money.Rate{}, kefu.Errorf(kefu.ENOTFOUND, "no %s rate for %s on %s in the tax table", c.Tax, c.Code, d)
}

// longest returns the row with the longest prefix of hs valid on d.
func longest(m map[string][]rateRow, hs HSCode, d day) (rateRow, bool) {
	if m == nil {
		return rateRow{}, false
	}
	s := string(hs)
	for n := min(len(s), 10); n >= 0; n -= 2 {
		for _, r := range m[s[:n]] {
			if r.has(d) {
				return r, true
			}
		}
	}
	return rateRow{}, false
}

// DutyRate is the duty rate that applies to one HS code.
type DutyRate struct {
	Rate   money.Rate
	Prefix string // the matching HS prefix of the table ("" for the "*" row)
	Table  string // whose table: the country or its customs union ("EU")
	Source string
}

// DutyRate returns the ad valorem duty rate for goods of HS code hs
// entering country on date, by longest prefix match in the country's (or
// its customs union's) table. A code without a row, or whose row is a
// specific (per kg, per litre) duty, is ENOTFOUND.
func (t *Tables) DutyRate(country, hs string, date time.Time) (DutyRate, error) {
	c, err := t.Country(country, date)
	if err != nil {
		return DutyRate{}, err
	}
	code, err := ParseHS(hs)
	if err != nil {
		return DutyRate{}, err
	}
	return t.dutyRate(c, code, dayOf(date))
}

func (t *Tables) dutyRate(c Country, hs HSCode, d day) (DutyRate, error) {
	table := c.Code
	if c.Union != "" {
		table = c.Union
	}
	r, ok := longest(t.duty[table], hs, d)
	if !ok {
		return DutyRate{}, kefu.Errorf(kefu.ENOTFOUND, "no duty rate for HS %s into %s on %s: the shop's duty table (data/customs/duty.tsv) needs a row for it", hs, c.Code, d)
	}
	if r.specific {
		return DutyRate{}, kefu.Errorf(kefu.ENOTFOUND, "HS %s into %s pays a specific duty (per quantity) that kefu does not compute", hs, c.Code)
	}
	return DutyRate{Rate: r.rate, Prefix: r.prefix, Table: table, Source: r.source}, nil
}

// Thresholds returns the low-value rules of country (and of its customs
// union) in force on date.
func (t *Tables) Thresholds(country string, date time.Time) ([]Threshold, error) {
	c, err := t.Country(country, date)
	if err != nil {
		return nil, err
	}
	return t.thresholdsOf(c, dayOf(date)), nil
}

func (t *Tables) thresholdsOf(c Country, d day) []Threshold {
	var out []Threshold
	for _, key := range []string{c.Union, c.Code} {
		for _, th := range t.thresholds[key] {
			if key != "" && th.span.has(d) {
				out = append(out, th)
			}
		}
	}
	return out
}
