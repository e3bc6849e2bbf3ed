package importer

import (
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
)

// The demo's cold chain. A real shop's loggers send readings (package
// ingest) and its warehouse system sends custody events (EPCIS); the demo
// shop has neither, so LoadColdChainDemo makes them from the shop's own
// shipments and a small document of what went wrong where
// (data/demo/freshfarm-coldchain.json): for every cold-chain shipment, a
// box logger per temperature class of its goods with a reading a minute
// from packing to delivery (or to now, for a delivery under way), the
// batches its lines were picked from, and the custody events of its way
// from the cold store to the door.

// ColdChainSpec is the document LoadColdChainDemo reads.
type ColdChainSpec struct {
	Tenant        string `json:"tenant"`
	SampleMinutes int    `json:"sample_minutes"`
	Warehouse     struct {
		Name string  `json:"name"`
		Lat  float64 `json:"lat"`
		Lon  float64 `json:"lon"`
	} `json:"warehouse"`
	Places    map[string][2]float64 `json:"places"`
	Origins   map[string]string     `json:"origins"`
	Operators []string              `json:"operators"`
	// Shipments holds the special cases by order number, then by
	// temperature class.
	Shipments map[string]map[string]BoxSpec `json:"shipments"`
	// Picking holds what the warehouse recorded of lines by order number,
	// then SKU (short weights, short counts, substitutions).
	Picking map[string]map[string]kefu.LinePicking `json:"picking"`
	// Rules are the shop's compensation rules (package compensation).
	Rules []kefu.Rule `json:"rules"`
	Note  string      `json:"_note"`
}

// BoxSpec overrides the default profile of one box logger: Anchors are
// (time, °C) points the temperature passes through, Gaps periods without
// readings, Alarms (time, code) alarms the logger raised.
type BoxSpec struct {
	Anchors [][2]any    `json:"anchors"`
	Gaps    [][2]string `json:"gaps"`
	Alarms  [][2]string `json:"alarms"`
}

// Temperature classes of products (the temperature_class attribute).
const (
	classChilled = "chilled"
	classCool    = "cool"
	classFrozen  = "frozen"
)

// ColdChainSummary counts what LoadColdChainDemo stored.
type ColdChainSummary struct {
	Shipments, Devices, Readings, Batches, Custody int
}

// LoadColdChainDemo reads a ColdChainSpec and stores the cold-chain data
// of the spec's tenant's cold-chain shipments, in one transaction. now
// ends the readings of deliveries still under way. Loading twice stores
// nothing new (everything is keyed or de-duplicated).
func LoadColdChainDemo(ctx context.Context, st kefu.Store, r io.Reader, now time.Time) (*ColdChainSummary, error) {
	const op = "importer.LoadColdChainDemo"
	var spec ColdChainSpec
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&spec); err != nil {
		return nil, kefu.E(op, kefu.Errorf(kefu.EINVALID, "cold-chain document: %v", err))
	}
	if spec.SampleMinutes < 1 {
		spec.SampleMinutes = 1
	}
	sum := &ColdChainSummary{}
	err := st.InTx(ctx, func(tx kefu.Store) error {
		g := &ccGen{spec: &spec, st: tx, now: now, sum: sum, products: map[string]*kefu.Product{}}
		ps, err := kefu.AllProducts(ctx, tx, kefu.ProductFilter{TenantID: spec.Tenant})
		if err != nil {
			return err
		}
		for _, p := range ps {
			g.products[p.SKU] = p
		}
		for i := range spec.Rules {
			r := spec.Rules[i]
			r.TenantID = spec.Tenant
			if err := tx.UpsertRule(ctx, &r); err != nil {
				return fmt.Errorf("rule %s: %w", r.ID, err)
			}
		}
		orders, err := tx.FindOrders(ctx, kefu.OrderFilter{TenantID: spec.Tenant, ByNumber: true, Limit: 10000})
		if err != nil {
			return err
		}
		for _, o := range orders {
			ships, err := tx.FindShipmentsByOrder(ctx, spec.Tenant, o.ID)
			if err != nil {
				return err
			}
			for _, s := range ships {
				if s.ColdChain && len(s.Events) > 0 {
					if err := g.shipment(ctx, o, s); err != nil {
						return fmt.Errorf("order %s: %w", o.Number, err)
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, kefu.E(op, err)
	}
	return sum, nil
}

// ccGen generates one tenant's cold-chain data.
type ccGen struct {
	spec     *ColdChainSpec
	st       kefu.Store
	now      time.Time
	sum      *ColdChainSummary
	products map[string]*kefu.Product
}

// classOf is a product's temperature class ("" when it has none).
func classOf(p *kefu.Product) string {
	if p == nil {
		return ""
	}
	return p.Attributes["temperature_class"]
}

func (g *ccGen) shipment(ctx context.Context, o *kefu.Order, s *kefu.Shipment) error {
	tenant := g.spec.Tenant
	first, last := s.Events[0], s.LatestEvent()
	start := first.At.Add(-5 * time.Minute)
	done := last.Status == "delivered" || last.Status == "exception"
	end := last.At
	if !done {
		end = g.now
		if s.ETA != nil && s.ETA.Before(end) {
			end = *s.ETA
		}
	}
	if !end.After(start) || last.Status == "label_created" {
		// Not picked yet: no goods to measure.
		return nil
	}
	g.sum.Shipments++

	// Batches: one lot per product and production day, made before the order.
	for i := range o.Lines {
		l := &o.Lines[i]
		p := g.products[l.SKU]
		b := g.batch(p, l.SKU, first.At)
		if err := g.st.UpsertBatch(ctx, b); err != nil {
			return err
		}
		g.sum.Batches++
		l.Lot = b.Lot
		if pk, ok := g.spec.Picking[o.Number][l.SKU]; ok {
			l.Picking = &pk
		}
	}
	if err := g.st.UpsertOrder(ctx, o); err != nil {
		return err
	}

	// The goods go into boxes kept at set points that suit them (salmon
	// and berries at 1 °C, milk, oysters and cheese at 2.5 °C, ice cream
	// at -21.5 °C), each with a logger.
	boxes := g.boxes(o)
	dest := g.place(last.Location)
	for i, b := range boxes {
		id := fmt.Sprintf("LG-%s-%d", strings.TrimPrefix(o.Number, "FF-"), i+1)
		d := &kefu.Device{ID: id, TenantID: tenant, Kind: kefu.DeviceLogger, Name: fmt.Sprintf("Box logger %d of %s (%s)", i+1, o.Number, b.class)}
		if err := g.st.UpsertDevice(ctx, d); err != nil {
			return err
		}
		g.sum.Devices++
		existing, err := g.st.FindAssignments(ctx, kefu.AssignmentFilter{TenantID: tenant, DeviceID: id})
		if err != nil {
			return err
		}
		if len(existing) == 0 {
			a := &kefu.DeviceAssignment{TenantID: tenant, DeviceID: id, CarrierKind: kefu.CarrierBox,
				CarrierID: fmt.Sprintf("%s/%d", s.TrackingNumber, i+1), ShipmentID: s.ID, From: start}
			if done {
				a.To = end.Add(time.Minute)
			}
			if err := g.st.AssignDevice(ctx, a); err != nil {
				return err
			}
		}
		spec := g.spec.Shipments[o.Number][b.class]
		rs, err := g.readings(id, b, s, spec, start, end, done, dest)
		if err != nil {
			return err
		}
		for i := 0; i < len(rs); i += 5000 {
			n, err := g.st.AddReadings(ctx, tenant, rs[i:min(i+5000, len(rs))])
			if err != nil {
				return err
			}
			g.sum.Readings += n
		}
	}
	es := g.custody(o, s, done)
	n, err := g.st.AddCustodyEvents(ctx, tenant, es)
	g.sum.Custody += n
	return err
}

// box is a cool box of a delivery: its set point and the class of its
// first product.
type box struct {
	setPoint float64
	class    string
}

// boxes packs an order's products into boxes: a product goes into the
// first box whose set point is well inside its storage range, else into
// a new box at the middle of its range (frozen food at -21.5 °C).
func (g *ccGen) boxes(o *kefu.Order) []box {
	var bs []box
	for _, l := range o.Lines {
		p := g.products[l.SKU]
		lo, err1 := strconv.ParseFloat(attr(p, "storage_min_c"), 64)
		hi, err2 := strconv.ParseFloat(attr(p, "storage_max_c"), 64)
		if err1 != nil || err2 != nil {
			continue
		}
		fits := func(sp float64) bool { return sp >= lo+0.3 && sp <= hi-0.3 || lo == hi && sp == lo }
		placed := false
		for _, b := range bs {
			if fits(b.setPoint) {
				placed = true
				break
			}
		}
		if placed {
			continue
		}
		sp := (lo + hi) / 2
		if classOf(p) == classFrozen {
			sp = math.Max(lo+0.5, math.Min(-21.5, hi-1))
		}
		bs = append(bs, box{setPoint: sp, class: classOf(p)})
	}
	return bs
}

func attr(p *kefu.Product, k string) string {
	if p == nil {
		return ""
	}
	return p.Attributes[k]
}

// batch is the lot a product picked at picked came from: made the day
// before (frozen food 40 days, cool produce 2 days before).
func (g *ccGen) batch(p *kefu.Product, sku string, placed time.Time) *kefu.Batch {
	days := 1
	switch classOf(p) {
	case classFrozen:
		days = 40
	case classCool:
		days = 2
	}
	y, m, d := placed.AddDate(0, 0, -days).Date()
	produced := time.Date(y, m, d, 5, 0, 0, 0, placed.Location())
	b := &kefu.Batch{TenantID: g.spec.Tenant, SKU: sku, Lot: fmt.Sprintf("%s-%02d%02d%02d", lotPrefix(sku), y%100, int(m), d), ProducedAt: produced}
	if p != nil {
		b.Country = p.Attributes["origin"]
		b.Origin = g.spec.Origins[b.Country]
		if n, err := strconv.Atoi(p.Attributes["shelf_life_days"]); err == nil {
			b.BestBefore = produced.AddDate(0, 0, n)
		}
	}
	return b
}

// lotPrefix is the product part of a lot number: "FF-SAL-FIL" -> "SALFIL".
func lotPrefix(sku string) string {
	return strings.ReplaceAll(strings.TrimPrefix(sku, "FF-"), "-", "")
}

// place is the position of a named place, the warehouse when unknown.
func (g *ccGen) place(name string) [2]float64 {
	if p, ok := g.spec.Places[name]; ok {
		return p
	}
	return [2]float64{g.spec.Warehouse.Lat, g.spec.Warehouse.Lon}
}

// readings makes a logger's readings: the box's temperature through its
// anchors (by default: packed at the class's base, a little warmer once
// loaded and on the way, warmest at the door), a small deterministic
// noise, humidity, the position (at the cold store until loaded, then on
// the way to the destination), the door at delivery, alarms and gaps.
func (g *ccGen) readings(device string, b box, s *kefu.Shipment, spec BoxSpec, start, end time.Time, done bool, dest [2]float64) ([]kefu.Reading, error) {
	anchors, err := g.anchors(b.setPoint, s, spec, start, end, done)
	if err != nil {
		return nil, err
	}
	var gaps [][2]time.Time
	for _, gp := range spec.Gaps {
		a, err1 := time.Parse(time.RFC3339, gp[0])
		b, err2 := time.Parse(time.RFC3339, gp[1])
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("gap %v: not RFC 3339 times", gp)
		}
		gaps = append(gaps, [2]time.Time{a, b})
	}
	alarms := map[time.Time]string{}
	for _, al := range spec.Alarms {
		t, err := time.Parse(time.RFC3339, al[0])
		if err != nil {
			return nil, fmt.Errorf("alarm %v: %v", al, err)
		}
		alarms[t.Truncate(time.Minute)] = al[1]
	}
	loaded := start
	for _, e := range s.Events {
		if e.Status == "in_transit" {
			loaded = e.At
			break
		}
	}
	humidity := 88.0
	if b.class == classFrozen {
		humidity = 62
	}
	step := time.Duration(g.spec.SampleMinutes) * time.Minute
	wh := [2]float64{g.spec.Warehouse.Lat, g.spec.Warehouse.Lon}
	var out []kefu.Reading
	for t := start.Truncate(time.Minute); !t.After(end); t = t.Add(step) {
		if inGap(t, gaps) {
			continue
		}
		r := kefu.NewReading(device, t)
		r.TempC = round2(interpolate(anchors, t) + noise(device, t, 0.15))
		r.Humidity = round2(humidity + noise(device+"h", t, 2.5))
		pos := wh
		if t.After(loaded) && end.After(loaded) {
			// Along a gentle bow from the cold store to the door, with a
			// GPS fix's few metres of error.
			f := float64(t.Sub(loaded)) / float64(end.Sub(loaded))
			bow := 0.12 * math.Sin(math.Pi*f)
			pos = [2]float64{wh[0] + f*(dest[0]-wh[0]) - bow*(dest[1]-wh[1]) + noise(device+"y", t, 0.00004),
				wh[1] + f*(dest[1]-wh[1]) + bow*(dest[0]-wh[0]) + noise(device+"x", t, 0.00004)}
		}
		r.Lat, r.Lon = round6(pos[0]), round6(pos[1])
		if a, ok := alarms[t]; ok {
			r.Alarm = a
		}
		if done {
			switch {
			case !t.Before(end.Add(-2 * time.Minute)):
				r.Door = kefu.DoorOpen
			case t.Equal(end.Add(-3 * time.Minute).Truncate(time.Minute)):
				r.Door = kefu.DoorClosed
			}
		}
		out = append(out, r)
	}
	return out, nil
}

// anchors returns the temperature profile's points, oldest first: the
// box's own when the document gives them, else packed at the set point,
// a little warmer once loaded and out for delivery, and warmest in the
// last minutes at the door.
func (g *ccGen) anchors(setPoint float64, s *kefu.Shipment, spec BoxSpec, start, end time.Time, done bool) ([]anchor, error) {
	if len(spec.Anchors) > 0 {
		var as []anchor
		for _, a := range spec.Anchors {
			ts, _ := a[0].(string)
			v, ok := a[1].(float64)
			t, err := time.Parse(time.RFC3339, ts)
			if err != nil || !ok {
				return nil, fmt.Errorf("anchor %v: want [RFC 3339 time, °C]", a)
			}
			as = append(as, anchor{t, v})
		}
		sort.Slice(as, func(i, j int) bool { return as[i].t.Before(as[j].t) })
		return as, nil
	}
	as := []anchor{{start, setPoint}}
	for _, e := range s.Events[1:] {
		switch e.Status {
		case "in_transit":
			as = append(as, anchor{e.At, setPoint + 0.3})
		case "out_for_delivery", "customs":
			as = append(as, anchor{e.At, setPoint + 0.5})
		}
	}
	if done {
		as = append(as, anchor{end.Add(-4 * time.Minute), setPoint + 0.6}, anchor{end, setPoint + 1.0})
	} else {
		as = append(as, anchor{end, setPoint + 0.5})
	}
	return as, nil
}

type anchor struct {
	t time.Time
	c float64
}

// interpolate is the temperature at t on the line through the anchors.
func interpolate(as []anchor, t time.Time) float64 {
	if !t.After(as[0].t) {
		return as[0].c
	}
	for i := 1; i < len(as); i++ {
		if !t.After(as[i].t) {
			a, b := as[i-1], as[i]
			f := float64(t.Sub(a.t)) / float64(b.t.Sub(a.t))
			return a.c + f*(b.c-a.c)
		}
	}
	return as[len(as)-1].c
}

func inGap(t time.Time, gaps [][2]time.Time) bool {
	for _, g := range gaps {
		if !t.Before(g[0]) && t.Before(g[1]) {
			return true
		}
	}
	return false
}

// noise is a deterministic value in [-amp, amp] for a key and a time, so
// that loading the demo twice makes the same readings.
func noise(key string, t time.Time, amp float64) float64 {
	h := fnv.New64a()
	h.Write([]byte(key))
	h.Write([]byte(t.UTC().Format(time.RFC3339)))
	return (float64(h.Sum64()%20001)/10000 - 1) * amp
}

func round2(v float64) float64 { return math.Round(v*100) / 100 }
func round6(v float64) float64 { return math.Round(v*1e6) / 1e6 }

// custody makes the shipment's custody events from its tracking events:
// its lots received at the cold store the day before, sorted and packed
// when the label was made, loaded and departed with the first transit
// scan, arrived where it was held, delivered (or refused) at the door.
func (g *ccGen) custody(o *kefu.Order, s *kefu.Shipment, done bool) []kefu.CustodyEvent {
	tenant, wh := g.spec.Tenant, g.spec.Warehouse.Name
	op := func(i int) string {
		if len(g.spec.Operators) == 0 {
			return ""
		}
		return g.spec.Operators[(int(hashOf(o.Number))+i)%len(g.spec.Operators)]
	}
	// A measured temperature at sorting and packing only when the
	// shipment's goods share one box; mixed goods are kept apart.
	base := math.NaN()
	if bs := g.boxes(o); len(bs) == 1 {
		base = bs[0].setPoint
	}
	id := func(step string, i int) string { return fmt.Sprintf("%s-%s-%d", s.TrackingNumber, step, i) }
	packed := s.Events[0]
	var es []kefu.CustodyEvent
	for i, l := range o.Lines {
		e := kefu.CustodyEvent{ID: id("received", i), TenantID: tenant, ShipmentID: s.ID, Step: kefu.StepReceived,
			At: packed.At.Add(-20 * time.Hour), Location: wh + ", dock 2", Operator: op(0), SKU: l.SKU, Lot: l.Lot,
			TempC: math.NaN(), ChecksPassed: true}
		es = append(es, e)
	}
	es = append(es,
		kefu.CustodyEvent{ID: id("sorted", 0), TenantID: tenant, ShipmentID: s.ID, Step: kefu.StepSorted,
			At: packed.At.Add(-25 * time.Minute), Location: wh + ", sorting hall (4 °C)", Station: "Sort-2", Operator: op(1),
			TempC: base, AmbientMinutes: 6, ChecksPassed: true},
		kefu.CustodyEvent{ID: id("packed", 0), TenantID: tenant, ShipmentID: s.ID, Step: kefu.StepPacked,
			At: packed.At, Location: wh, Station: "Pack-1", Operator: op(2), TempC: base, ChecksPassed: true,
			Notes: packed.Description})
	for i, e := range s.Events[1:] {
		ev := kefu.CustodyEvent{TenantID: tenant, ShipmentID: s.ID, At: e.At, Location: e.Location, ChecksPassed: true,
			Notes: e.Description, TempC: math.NaN()}
		switch e.Status {
		case "in_transit":
			if e.Location != wh {
				ev.Step = kefu.StepArrived
				break
			}
			ev.Step, ev.Operator = kefu.StepLoaded, op(3)
			// The van leaves a few minutes after loading.
			es = append(es, kefu.CustodyEvent{ID: id("departed", i+1), TenantID: tenant, ShipmentID: s.ID, Step: kefu.StepDeparted,
				At: e.At.Add(5 * time.Minute), Location: wh, TempC: math.NaN(), ChecksPassed: true})
		case "customs":
			ev.Step = kefu.StepInspected
		case "out_for_delivery":
			ev.Step = kefu.StepArrived // in the delivery area, on the last leg
		case "delivered":
			ev.Step = kefu.StepDelivered
		case "exception":
			ev.Step = kefu.StepDelivered
			if !done || strings.Contains(strings.ToLower(e.Description), "address") {
				ev.Step = kefu.StepArrived
			}
			ev.ChecksPassed = false
		default:
			continue
		}
		ev.ID = id(string(ev.Step), i+1)
		es = append(es, ev)
	}
	return es
}

func hashOf(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}

// LiveDelivery is the demo's delivery under way: an order of the spec's
// customer whose boxes' loggers go on sending readings while the demo
// runs (see cmd/kefu's simulator).
type LiveDelivery struct {
	Tenant, Order string
	// Boxes are the loggers and the temperature each box is kept at.
	Boxes []LiveBox
}

// LiveBox is one logger of the live delivery.
type LiveBox struct {
	Device   string
	SetPoint float64
}

// Reading is the logger's reading at t: its set point, a slow drift and
// a little noise.
func (b LiveBox) Reading(t time.Time) kefu.Reading {
	r := kefu.NewReading(b.Device, t)
	r.TempC = round2(b.SetPoint + 0.3*math.Sin(float64(t.Unix())/1800) + noise(b.Device, t, 0.12))
	r.Humidity = round2(80 + noise(b.Device+"h", t, 3))
	return r
}

// LiveOrder is the number of the demo's delivery under way.
const LiveOrder = "FF-LIVE"

// StartLiveDemoDelivery (re)creates the demo's delivery under way for
// customer c-2001 of the spec's tenant: ordered two hours before now,
// packed 90 minutes before, on the van for 40 minutes, due in 50, with
// its batches, custody events, box loggers assigned from packing and
// their readings up to now. Calling it again starts the delivery anew.
func StartLiveDemoDelivery(ctx context.Context, st kefu.Store, r io.Reader, now time.Time) (*LiveDelivery, error) {
	const op = "importer.StartLiveDemoDelivery"
	var spec ColdChainSpec
	if err := json.NewDecoder(r).Decode(&spec); err != nil {
		return nil, kefu.E(op, kefu.Errorf(kefu.EINVALID, "cold-chain document: %v", err))
	}
	now = now.Truncate(time.Minute)
	live := &LiveDelivery{Tenant: spec.Tenant, Order: LiveOrder}
	err := st.InTx(ctx, func(tx kefu.Store) error {
		g := &ccGen{spec: &spec, st: tx, now: now, sum: &ColdChainSummary{}, products: map[string]*kefu.Product{}}
		// A delivery of an earlier demo run goes, with its shipment.
		if err := tx.DeleteOrder(ctx, spec.Tenant, LiveOrder); err != nil && kefu.ErrorCode(err) != kefu.ENOTFOUND {
			return err
		}
		c, err := tx.FindCustomerByExternalID(ctx, spec.Tenant, "c-2001")
		if err != nil {
			return err
		}
		var lines []kefu.OrderLine
		for _, sku := range []string{"FF-SAL-FIL", "FF-ICE-VAN"} {
			p, err := tx.FindProductBySKU(ctx, spec.Tenant, sku)
			if err != nil {
				return err
			}
			g.products[sku] = p
			lines = append(lines, kefu.OrderLine{SKU: sku, Name: p.Name, Quantity: 1, UnitPrice: p.Price})
		}
		wh := spec.Warehouse.Name
		o := &kefu.Order{TenantID: spec.Tenant, Number: LiveOrder, CustomerID: c.ID, Status: "shipped", Currency: "SGD",
			Lines: lines, PlacedAt: now.Add(-2 * time.Hour), ShipTo: "SG"}
		for _, l := range lines {
			o.Total += l.UnitPrice * int64(l.Quantity)
		}
		packed, loaded, eta := now.Add(-90*time.Minute), now.Add(-40*time.Minute), now.Add(50*time.Minute)
		for i := range o.Lines {
			b := g.batch(g.products[o.Lines[i].SKU], o.Lines[i].SKU, packed)
			if err := tx.UpsertBatch(ctx, b); err != nil {
				return err
			}
			o.Lines[i].Lot = b.Lot
		}
		if err := tx.UpsertOrder(ctx, o); err != nil {
			return err
		}
		sh := &kefu.Shipment{TenantID: spec.Tenant, OrderID: o.ID, Carrier: "FreshFarm Cold Fleet", TrackingNumber: "FFD-LIVE",
			ColdChain: true, ETA: &eta, Events: []kefu.TrackingEvent{
				{At: packed, Status: "label_created", Location: wh, Description: "Picked and packed; chilled box 1.0 °C, ice cream with dry ice −21.5 °C"},
				{At: loaded, Status: "in_transit", Location: wh, Description: "Loaded onto dual-zone refrigerated van SG-R02"},
			}}
		if err := tx.UpsertShipment(ctx, sh); err != nil {
			return err
		}
		for i, b := range g.boxes(o) {
			id := fmt.Sprintf("LG-LIVE-%d", i+1)
			if err := tx.UpsertDevice(ctx, &kefu.Device{ID: id, TenantID: spec.Tenant, Kind: kefu.DeviceLogger,
				Name: fmt.Sprintf("Box logger %d of %s (%s)", i+1, LiveOrder, b.class)}); err != nil {
				return err
			}
			// A new delivery: the logger's earlier assignments end now.
			old, err := tx.FindAssignments(ctx, kefu.AssignmentFilter{TenantID: spec.Tenant, DeviceID: id})
			if err != nil {
				return err
			}
			for _, a := range old {
				if a.To.IsZero() {
					end := packed
					if !end.After(a.From) {
						end = a.From.Add(time.Minute)
					}
					if err := tx.EndAssignment(ctx, spec.Tenant, a.ID, end); err != nil {
						return err
					}
				}
			}
			if err := tx.AssignDevice(ctx, &kefu.DeviceAssignment{TenantID: spec.Tenant, DeviceID: id, CarrierKind: kefu.CarrierBox,
				CarrierID: fmt.Sprintf("FFD-LIVE/%d", i+1), ShipmentID: sh.ID, From: packed}); err != nil {
				return err
			}
			box := LiveBox{Device: id, SetPoint: b.setPoint}
			var rs []kefu.Reading
			for t := packed; !t.After(now); t = t.Add(time.Minute) {
				rs = append(rs, box.Reading(t))
			}
			if _, err := tx.AddReadings(ctx, spec.Tenant, rs); err != nil {
				return err
			}
			live.Boxes = append(live.Boxes, box)
		}
		es := g.custody(o, sh, false)
		for i := range es {
			es[i].ID += "-" + packed.UTC().Format("20060102T1504")
		}
		_, err = tx.AddCustodyEvents(ctx, spec.Tenant, es)
		return err
	})
	if err != nil {
		return nil, kefu.E(op, err)
	}
	return live, nil
}
