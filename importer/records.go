package importer

import (
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
)

// shop is what checks need to know about the tenant being imported into.
type shop struct {
	tenantID string
	currency string         // default for rows that leave currency empty
	loc      *time.Location // for plain dates
	orderRE  *regexp.Regexp // the shop's order number pattern; nil when unset
}

func newShop(t *kefu.Tenant) *shop {
	sh := &shop{tenantID: t.ID, currency: strings.ToUpper(t.Settings.Currency), loc: time.UTC}
	if t.Settings.Timezone != "" {
		if loc, err := time.LoadLocation(t.Settings.Timezone); err == nil {
			sh.loc = loc
		}
	}
	if p := t.Settings.OrderNumberPattern; p != "" {
		sh.orderRE, _ = regexp.Compile(p) // a pattern that does not compile checks nothing
	}
	return sh
}

// item is a checked entity with the position of its record.
type item[T any] struct {
	at pos
	v  T
}

// batch is everything one input holds, checked and ready to store.
type batch struct {
	customers []item[*kefu.Customer]
	products  []item[*kefu.Product]
	orders    []orderItem
	shipments []shipmentItem
	articles  []item[*kefu.Article]
	reviews   []reviewItem
	// promotions and canned replies come with a shop document's settings.
	promotions []item[*kefu.Promotion]
	canned     []item[*kefu.CannedReply]
}

// money is an amount as written in the input: a JSON number of minor
// units (1250), or a decimal string of major units ("12.50", always the
// form in CSV). It is resolved once the currency is known.
type money struct {
	text string
	kind byte // 0 absent, 'n' JSON number, 's' decimal string, 'x' anything else
}

// UnmarshalJSON keeps the literal; resolve checks it, with the field name.
func (m *money) UnmarshalJSON(b []byte) error {
	switch {
	case string(b) == "null":
		*m = money{}
	case b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*m = money{text: strings.TrimSpace(s), kind: 's'}
	case b[0] == '-' || b[0] >= '0' && b[0] <= '9':
		*m = money{text: string(b), kind: 'n'}
	default:
		*m = money{text: string(b), kind: 'x'}
	}
	return nil
}

func decimalText(s string) money {
	if s == "" {
		return money{}
	}
	return money{text: s, kind: 's'}
}

// resolve returns the amount in minor units of currency.
func (m money) resolve(field, currency string, required bool) (int64, string) {
	switch m.kind {
	case 0:
		if required {
			return 0, field + " is required"
		}
		return 0, ""
	case 'n':
		return parseMinor(field, m.text)
	case 's':
		if m.text == "" {
			return money{}.resolve(field, currency, required)
		}
		return parseDecimal(field, m.text, minorDigits(currency))
	}
	return 0, fmt.Sprintf(`%s must be a number of minor units (1250) or a decimal string ("12.50")`, field)
}

// Records: one per CSV row (or group of rows) or JSON element. Field names
// follow the JSON tags of the root package types.

type customerRecord struct {
	at         pos
	ExternalID string `json:"external_id"`
	Name       string `json:"name"`
	Email      string `json:"email"`
	Phone      string `json:"phone"`
	Language   string `json:"language"`
	Country    string `json:"country"`
	VIP        bool   `json:"vip"`
}

func (r *customerRecord) setAt(p pos) { r.at = p }

type productRecord struct {
	at          pos
	SKU         string            `json:"sku"`
	Name        string            `json:"name"`
	Description string            `json:"description"`
	Category    string            `json:"category"`
	Brand       string            `json:"brand"`
	HSCode      string            `json:"hs_code"`
	Price       money             `json:"price"`
	Currency    string            `json:"currency"`
	Stock       int               `json:"stock"`
	Attributes  map[string]string `json:"attributes"`
}

func (r *productRecord) setAt(p pos) { r.at = p }

type orderRecord struct {
	at                 pos
	Number             string       `json:"number"`
	CustomerExternalID string       `json:"customer_external_id"`
	Status             string       `json:"status"`
	Currency           string       `json:"currency"`
	ShipTo             string       `json:"ship_to"`
	PlacedAt           string       `json:"placed_at"`
	Total              money        `json:"total"` // optional; checked against the lines
	Lines              []lineRecord `json:"lines"`
}

func (r *orderRecord) setAt(p pos) {
	r.at = p
	for i := range r.Lines {
		r.Lines[i].at = p.child("lines", i)
	}
}

type lineRecord struct {
	at        pos
	badQty    bool   // the CSV reader already reported the quantity
	SKU       string `json:"sku"`
	Name      string `json:"name"`
	Quantity  int    `json:"quantity"`
	UnitPrice money  `json:"unit_price"`
}

type shipmentRecord struct {
	at             pos
	OrderNumber    string        `json:"order_number"`
	Carrier        string        `json:"carrier"`
	TrackingNumber string        `json:"tracking_number"`
	Status         string        `json:"status"` // optional; must be the newest event's
	ColdChain      bool          `json:"cold_chain"`
	ETA            string        `json:"eta"`
	Events         []eventRecord `json:"events"`
}

func (r *shipmentRecord) setAt(p pos) {
	r.at = p
	for i := range r.Events {
		r.Events[i].at = p.child("events", i)
	}
}

type eventRecord struct {
	at          pos
	At          string `json:"at"`
	Status      string `json:"status"`
	Location    string `json:"location"`
	Description string `json:"description"`
}

type articleRecord struct {
	at       pos
	Key      string   `json:"key"`
	Language string   `json:"language"`
	Title    string   `json:"title"`
	Body     string   `json:"body"`
	Tags     []string `json:"tags"`
	Intents  []string `json:"intents"`
	Status   string   `json:"status"`
}

func (r *articleRecord) setAt(p pos) { r.at = p }

// CSV columns of each kind, in the documented order. See doc.go.
func csvColumns(kind string) []column {
	req := func(name string) column { return column{name: name, required: true} }
	opt := func(name string) column { return column{name: name} }
	switch kind {
	case KindCustomers:
		return []column{req("external_id"), opt("name"), opt("email"), opt("phone"), opt("language"), opt("country"), opt("vip")}
	case KindProducts:
		return []column{req("sku"), req("name"), opt("description"), opt("category"), opt("brand"), opt("hs_code"),
			req("price"), opt("currency"), opt("stock"), opt("attributes")}
	case KindOrders:
		return []column{req("number"), req("customer_external_id"), req("status"), opt("currency"), opt("ship_to"),
			opt("placed_at"), req("sku"), opt("name"), req("quantity"), req("unit_price")}
	case KindShipments:
		return []column{req("order_number"), req("carrier"), req("tracking_number"), opt("cold_chain"), opt("eta"),
			req("event_at"), req("event_status"), opt("event_location"), opt("event_description")}
	case KindArticles:
		return []column{req("key"), req("language"), req("title"), req("body"), opt("tags"), opt("intents"), opt("status")}
	case KindReviews:
		return []column{req("id"), req("sku"), opt("customer_external_id"), req("rating"), opt("title"), opt("text"),
			req("language"), opt("skin_type"), opt("verified"), opt("created_at")}
	}
	return nil
}

func customersFromCSV(t *table, ps *problems) []customerRecord {
	var out []customerRecord
	for _, r := range t.rows {
		vip, msg := parseBool("vip", t.get(r, "vip"))
		ps.add(pos{line: r.line}, msg)
		out = append(out, customerRecord{at: pos{line: r.line}, ExternalID: t.get(r, "external_id"), Name: t.get(r, "name"),
			Email: t.get(r, "email"), Phone: t.get(r, "phone"), Language: t.get(r, "language"),
			Country: t.get(r, "country"), VIP: vip})
	}
	return out
}

func productsFromCSV(t *table, ps *problems) []productRecord {
	var out []productRecord
	for _, r := range t.rows {
		at := pos{line: r.line}
		stock := 0
		if s := t.get(r, "stock"); s != "" {
			var msg string
			stock, msg = parseInt("stock", s, 0)
			ps.add(at, msg)
		}
		attrs, msg := parseAttributes(t.get(r, "attributes"))
		ps.add(at, msg)
		out = append(out, productRecord{at: at, SKU: t.get(r, "sku"), Name: t.get(r, "name"),
			Description: t.get(r, "description"), Category: t.get(r, "category"), Brand: t.get(r, "brand"),
			HSCode: t.get(r, "hs_code"), Price: decimalText(t.get(r, "price")), Currency: t.get(r, "currency"),
			Stock: stock, Attributes: attrs})
	}
	return out
}

// group gathers the rows that make up one order or shipment. Record-level
// columns may be left empty on later rows; when given they must agree.
type group struct {
	vals  map[string]string
	lines map[string]int
}

func (g *group) merge(t *table, r row, cols []string, what string, ps *problems) {
	for _, c := range cols {
		v := t.get(r, c)
		if v == "" {
			continue
		}
		if old := g.vals[c]; old == "" {
			g.vals[c], g.lines[c] = v, r.line
		} else if old != v {
			ps.addf(pos{line: r.line}, "%s: %s %q differs from %q on line %d", what, c, v, old, g.lines[c])
		}
	}
}

func ordersFromCSV(t *table, ps *problems) []orderRecord {
	cols := []string{"customer_external_id", "status", "currency", "ship_to", "placed_at"}
	var out []orderRecord
	groups := map[string]int{} // number -> index in out
	gs := []*group{}
	for _, r := range t.rows {
		at := pos{line: r.line}
		number := t.get(r, "number")
		if number == "" {
			ps.add(at, "number is required")
			continue
		}
		i, ok := groups[number]
		if !ok {
			i = len(out)
			groups[number] = i
			out = append(out, orderRecord{at: at, Number: number})
			gs = append(gs, &group{vals: map[string]string{}, lines: map[string]int{}})
		}
		gs[i].merge(t, r, cols, "order "+number, ps)
		qty, msg := 0, "quantity is required"
		if s := t.get(r, "quantity"); s != "" {
			qty, msg = parseInt("quantity", s, 1)
		}
		ps.add(at, msg)
		out[i].Lines = append(out[i].Lines, lineRecord{at: at, SKU: t.get(r, "sku"), Name: t.get(r, "name"),
			Quantity: qty, UnitPrice: decimalText(t.get(r, "unit_price")), badQty: msg != ""})
	}
	for i, g := range gs {
		o := &out[i]
		o.CustomerExternalID, o.Status, o.Currency = g.vals["customer_external_id"], g.vals["status"], g.vals["currency"]
		o.ShipTo, o.PlacedAt = g.vals["ship_to"], g.vals["placed_at"]
	}
	return out
}

func shipmentsFromCSV(t *table, ps *problems) []shipmentRecord {
	cols := []string{"carrier", "cold_chain", "eta"}
	var out []shipmentRecord
	groups := map[[2]string]int{}
	gs := []*group{}
	for _, r := range t.rows {
		at := pos{line: r.line}
		key := [2]string{t.get(r, "order_number"), t.get(r, "tracking_number")}
		if key[0] == "" || key[1] == "" {
			ps.add(at, "order_number and tracking_number are required")
			continue
		}
		i, ok := groups[key]
		if !ok {
			i = len(out)
			groups[key] = i
			out = append(out, shipmentRecord{at: at, OrderNumber: key[0], TrackingNumber: key[1]})
			gs = append(gs, &group{vals: map[string]string{}, lines: map[string]int{}})
		}
		gs[i].merge(t, r, cols, "shipment "+key[1], ps)
		out[i].Events = append(out[i].Events, eventRecord{at: at, At: t.get(r, "event_at"), Status: t.get(r, "event_status"),
			Location: t.get(r, "event_location"), Description: t.get(r, "event_description")})
	}
	for i, g := range gs {
		s := &out[i]
		s.Carrier, s.ETA = g.vals["carrier"], g.vals["eta"]
		var msg string
		s.ColdChain, msg = parseBool("cold_chain", g.vals["cold_chain"])
		ps.add(pos{line: g.lines["cold_chain"]}, msg)
	}
	return out
}

func articlesFromCSV(t *table, ps *problems) []articleRecord {
	var out []articleRecord
	for _, r := range t.rows {
		out = append(out, articleRecord{at: pos{line: r.line}, Key: t.get(r, "key"), Language: t.get(r, "language"),
			Title: t.get(r, "title"), Body: t.get(r, "body"), Tags: splitList(t.get(r, "tags")),
			Intents: splitList(t.get(r, "intents")), Status: t.get(r, "status")})
	}
	return out
}

// checker adds problems at one position and tells whether any were added.
type checker struct {
	ps *problems
	at pos
	n  int
}

func newChecker(ps *problems, at pos) *checker { return &checker{ps: ps, at: at, n: ps.count()} }

func (c *checker) add(msg string) { c.ps.add(c.at, msg) }

func (c *checker) ok() bool { return c.ps.count() == c.n }

// validate adds the message of the record's Validate error, if any: the
// stores' own rules (kefu's Validate methods) run on every record before
// anything is written, so that a file is checked whole and each problem
// keeps its line. It runs only when the importer's own checks passed,
// which say more about the file's fields.
func (c *checker) validate(v interface{ Validate() error }) {
	if c.ok() {
		if err := v.Validate(); err != nil {
			c.add(kefu.ErrorMessage(err))
		}
	}
}

// dups reports records whose key repeats an earlier one.
type dups map[string]int

func (d dups) check(ps *problems, at pos, what, key string) {
	if key == "" {
		return
	}
	if first, ok := d[key]; ok {
		ps.addf(at, "%s repeats line %d", what, first)
		return
	}
	d[key] = at.line
}

func checkCustomers(sh *shop, recs []customerRecord, ps *problems) []item[*kefu.Customer] {
	var out []item[*kefu.Customer]
	seen := dups{}
	for _, r := range recs {
		c := newChecker(ps, r.at)
		cu := &kefu.Customer{TenantID: sh.tenantID, ExternalID: r.ExternalID, Name: r.Name, Email: r.Email,
			Phone: r.Phone, VIP: r.VIP}
		c.add(checkID("external_id", r.ExternalID, true))
		c.add(checkText("name", r.Name, false, maxShort, false))
		c.add(checkEmail(r.Email))
		c.add(checkText("phone", r.Phone, false, 40, false))
		if r.Language != "" {
			var msg string
			cu.Language, msg = normLanguage("language", r.Language)
			c.add(msg)
		}
		if r.Country != "" {
			var msg string
			cu.Country, msg = normCountry("country", r.Country)
			c.add(msg)
		}
		seen.check(ps, r.at, fmt.Sprintf("customer %q", r.ExternalID), r.ExternalID)
		c.validate(cu)
		if c.ok() {
			out = append(out, item[*kefu.Customer]{r.at, cu})
		}
	}
	return out
}

// currencyOf returns the record's currency, or the shop's when empty.
func (sh *shop) currencyOf(c *checker, s string) string {
	if s == "" {
		s = sh.currency
	}
	if s == "" {
		c.add("currency is required (the shop has no default currency)")
		return ""
	}
	cur, msg := normCurrency(s)
	c.add(msg)
	return cur
}

func checkProducts(sh *shop, recs []productRecord, ps *problems) []item[*kefu.Product] {
	var out []item[*kefu.Product]
	seen := dups{}
	for _, r := range recs {
		c := newChecker(ps, r.at)
		p := &kefu.Product{TenantID: sh.tenantID, SKU: r.SKU, Name: r.Name, Description: r.Description,
			Category: r.Category, Brand: r.Brand, Stock: r.Stock, Attributes: r.Attributes}
		c.add(checkID("sku", r.SKU, true))
		c.add(checkText("name", r.Name, true, maxShort, false))
		c.add(checkText("description", r.Description, false, maxText, true))
		c.add(checkText("category", r.Category, false, maxShort, false))
		c.add(checkText("brand", r.Brand, false, maxShort, false))
		if r.HSCode != "" {
			var msg string
			p.HSCode, msg = normHSCode(r.HSCode)
			c.add(msg)
		}
		p.Currency = sh.currencyOf(c, r.Currency)
		var msg string
		p.Price, msg = r.Price.resolve("price", p.Currency, true)
		c.add(msg)
		if r.Stock < 0 {
			c.add(fmt.Sprintf("stock %d is negative", r.Stock))
		}
		for k, v := range r.Attributes {
			if k == "" {
				c.add("attributes: empty key")
			}
			c.add(checkText("attribute "+k, v, false, maxText, true))
		}
		seen.check(ps, r.at, fmt.Sprintf("sku %q", r.SKU), r.SKU)
		c.validate(p)
		if c.ok() {
			out = append(out, item[*kefu.Product]{r.at, p})
		}
	}
	return out
}

// orderItem is a checked order: lines whose name is empty are named from
// the catalogue when stored.
type orderItem struct {
	at          pos
	order       *kefu.Order
	customerExt string
	linePos     []pos
}

func checkOrders(sh *shop, recs []orderRecord, ps *problems) []orderItem {
	var out []orderItem
	seen := dups{}
	for _, r := range recs {
		c := newChecker(ps, r.at)
		o := &kefu.Order{TenantID: sh.tenantID, Number: r.Number, Status: r.Status}
		c.add(checkID("number", r.Number, true))
		if r.Number != "" && sh.orderRE != nil && !sh.orderRE.MatchString(r.Number) {
			c.add(fmt.Sprintf("number %q does not match the shop's order_number_pattern %s, so customers could not quote it",
				r.Number, sh.orderRE))
		}
		c.add(checkID("customer_external_id", r.CustomerExternalID, true))
		if r.Status == "" {
			c.add("status is required")
		} else {
			c.add(oneOf("status", r.Status, orderStatuses))
		}
		o.Currency = sh.currencyOf(c, r.Currency)
		if r.ShipTo != "" {
			var msg string
			o.ShipTo, msg = normCountry("ship_to", r.ShipTo)
			c.add(msg)
		}
		if r.PlacedAt != "" {
			var msg string
			o.PlacedAt, msg = parseTime("placed_at", r.PlacedAt, sh.loc)
			c.add(msg)
		}
		if len(r.Lines) == 0 {
			c.add("an order needs at least one line")
		}
		var total int64
		var linePos []pos
		for _, l := range r.Lines {
			lc := newChecker(ps, l.at)
			lc.add(checkID("sku", l.SKU, true))
			lc.add(checkText("name", l.Name, false, maxShort, false))
			if l.Quantity < 1 && !l.badQty {
				lc.add(fmt.Sprintf("quantity %d is less than 1", l.Quantity))
			}
			price, msg := l.UnitPrice.resolve("unit_price", o.Currency, true)
			lc.add(msg)
			if lc.ok() {
				if price > 0 && int64(l.Quantity) > (math.MaxInt64-total)/price {
					lc.add("the order total is too large")
				}
				total += int64(l.Quantity) * price
			}
			o.Lines = append(o.Lines, kefu.OrderLine{SKU: l.SKU, Name: l.Name, Quantity: l.Quantity, UnitPrice: price})
			linePos = append(linePos, l.at)
		}
		o.Total = total
		if r.Total.kind != 0 && c.ok() {
			want, msg := r.Total.resolve("total", o.Currency, false)
			c.add(msg)
			if msg == "" && want != total {
				c.add(fmt.Sprintf("total %d is not the sum of the lines, %d (minor units of %s)", want, total, o.Currency))
			}
		}
		seen.check(ps, r.at, fmt.Sprintf("order %q", r.Number), r.Number)
		c.validate(o)
		if c.ok() {
			out = append(out, orderItem{at: r.at, order: o, customerExt: r.CustomerExternalID, linePos: linePos})
		}
	}
	return out
}

// shipmentItem is a checked shipment, its events oldest first.
type shipmentItem struct {
	at          pos
	orderNumber string
	shipment    *kefu.Shipment
}

func checkShipments(sh *shop, recs []shipmentRecord, ps *problems) []shipmentItem {
	var out []shipmentItem
	seen := dups{}
	for _, r := range recs {
		c := newChecker(ps, r.at)
		s := &kefu.Shipment{TenantID: sh.tenantID, Carrier: r.Carrier, TrackingNumber: r.TrackingNumber, ColdChain: r.ColdChain}
		c.add(checkID("order_number", r.OrderNumber, true))
		c.add(checkText("carrier", r.Carrier, true, maxShort, false))
		c.add(checkID("tracking_number", r.TrackingNumber, true))
		if r.ETA != "" {
			eta, msg := parseTime("eta", r.ETA, sh.loc)
			c.add(msg)
			s.ETA = &eta
		}
		for _, e := range r.Events {
			ec := newChecker(ps, e.at)
			var ev kefu.TrackingEvent
			if e.At == "" {
				ec.add("event_at is required")
			} else {
				var msg string
				ev.At, msg = parseTime("event_at", e.At, sh.loc)
				ec.add(msg)
			}
			if e.Status == "" {
				ec.add("event_status is required")
			} else {
				ec.add(oneOf("event_status", e.Status, shipmentStatuses))
			}
			ev.Status = e.Status
			ev.Location, ev.Description = e.Location, e.Description
			ec.add(checkText("event_location", e.Location, false, maxShort, false))
			ec.add(checkText("event_description", e.Description, false, 2000, false))
			s.Events = append(s.Events, ev)
		}
		sort.SliceStable(s.Events, func(i, j int) bool { return s.Events[i].At.Before(s.Events[j].At) })
		latest := s.LatestEvent()
		if r.Status != "" {
			if msg := oneOf("status", r.Status, shipmentStatuses); msg != "" {
				c.add(msg)
			} else if latest != nil && r.Status != latest.Status {
				c.add(fmt.Sprintf("status %q is not the status of the newest event, %q", r.Status, latest.Status))
			}
		}
		switch {
		case latest != nil:
			s.Status = latest.Status
		case r.Status != "":
			s.Status = r.Status
		default:
			s.Status = "label_created"
		}
		if len(s.Events) > 0 {
			s.CreatedAt = s.Events[0].At
		}
		seen.check(ps, r.at, fmt.Sprintf("shipment %q of order %q", r.TrackingNumber, r.OrderNumber),
			r.OrderNumber+"\x00"+r.TrackingNumber)
		if c.ok() {
			out = append(out, shipmentItem{at: r.at, orderNumber: r.OrderNumber, shipment: s})
		}
	}
	return out
}

func checkArticles(sh *shop, recs []articleRecord, ps *problems) []item[*kefu.Article] {
	var out []item[*kefu.Article]
	seen := dups{}
	for _, r := range recs {
		c := newChecker(ps, r.at)
		a := &kefu.Article{TenantID: sh.tenantID, Key: strings.ToLower(r.Key), Title: r.Title, Body: r.Body,
			Tags: r.Tags, Intents: r.Intents, Status: kefu.ArticleStatus(r.Status)}
		switch {
		case r.Key == "":
			c.add("key is required")
		case !keyRE.MatchString(a.Key):
			c.add(fmt.Sprintf(`key %q is not a key like "return-policy" (letters, digits, '.', '_' or '-')`, r.Key))
		}
		if r.Language == "" {
			c.add("language is required")
		} else {
			var msg string
			a.Language, msg = normLanguage("language", r.Language)
			c.add(msg)
		}
		c.add(checkText("title", r.Title, true, maxShort, false))
		c.add(checkText("body", r.Body, true, maxText, true))
		for _, t := range r.Tags {
			c.add(checkText("tag", t, true, maxShort, false))
		}
		for _, in := range r.Intents {
			if !intentRE.MatchString(in) {
				c.add(fmt.Sprintf(`intent %q is not an intent name like "track_order"`, in))
			}
		}
		switch a.Status {
		case "":
			a.Status = kefu.ArticleDraft
		case "review": // the name before in_review; older files use it
			a.Status = kefu.ArticleReview
		}
		c.add(oneOf("status", string(a.Status), articleStatuses))
		seen.check(ps, r.at, fmt.Sprintf("article %q in %q", a.Key, a.Language), a.Key+"\x00"+a.Language)
		c.validate(a)
		if c.ok() {
			out = append(out, item[*kefu.Article]{r.at, a})
		}
	}
	return out
}
