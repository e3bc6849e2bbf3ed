// Package traceability assembles a shipment's cold-chain trace from the
// store: the devices that travelled with it and what they measured, the
// batches its lines were picked from, its custody events, and for every
// line the excursion analysis (package coldchain) against that food's own
// storage range. The report page, the chat card and the console read it.
package traceability

import (
	"context"
	"math"
	"sort"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/coldchain"
)

// MaxPoints is the most points of a device's series a report keeps for
// drawing; longer series are thinned to the first, last, lowest and
// highest reading of each slice, so no excursion disappears from the
// curve.
const MaxPoints = 720

// Store is what the service reads.
type Store interface {
	kefu.OrderService
	kefu.ProductService
	kefu.TelemetryService
	kefu.BatchService
	kefu.CustodyService
}

// Service assembles reports.
type Service struct {
	Store Store
	Now   kefu.Clock
}

// Report is a shipment's trace.
type Report struct {
	TenantID string         `json:"tenant_id"`
	Order    *kefu.Order    `json:"order"`
	Shipment *kefu.Shipment `json:"shipment"`
	// Verdict is the worst verdict of the items.
	Verdict coldchain.Verdict    `json:"verdict"`
	Items   []*Item              `json:"items"`
	Devices []*DeviceTrace       `json:"devices"`
	Custody []*kefu.CustodyEvent `json:"custody"`
	// Route is the positions the shipment's loggers reported, oldest
	// first, thinned like the series.
	Route []Point `json:"route,omitempty"`
	// Live is true while the delivery is under way (no delivery event yet).
	Live bool `json:"live"`
}

// Item is one order line with its batch and the analysis of the readings
// that describe it.
type Item struct {
	Line     kefu.OrderLine     `json:"line"`
	Product  *kefu.Product      `json:"product,omitempty"`
	Batch    *kefu.Batch        `json:"batch,omitempty"`
	Storage  coldchain.Storage  `json:"storage"`
	DeviceID string             `json:"device_id,omitempty"`
	Analysis coldchain.Analysis `json:"analysis"`
}

// DeviceTrace is one device's part of the trace.
type DeviceTrace struct {
	Device      *kefu.Device             `json:"device"`
	Assignments []*kefu.DeviceAssignment `json:"assignments"`
	// Readings counts all readings; Points is the thinned series.
	Readings int     `json:"readings"`
	Points   []Point `json:"points"`
	// MedianC is the median temperature, NaN without any.
	MedianC float64 `json:"-"`

	all []kefu.Reading
}

// Point is one drawn reading; absent measurements are NaN.
type Point struct {
	At    time.Time `json:"at"`
	TempC float64   `json:"temp_c"`
	Lat   float64   `json:"lat"`
	Lon   float64   `json:"lon"`
}

// ForShipment assembles the report of the shipment s of order o.
func (s *Service) ForShipment(ctx context.Context, o *kefu.Order, sh *kefu.Shipment) (*Report, error) {
	const op = "traceability.ForShipment"
	tenant := sh.TenantID
	r := &Report{TenantID: tenant, Order: o, Shipment: sh, Live: true}
	custody, err := s.Store.FindCustodyEvents(ctx, tenant, sh.ID)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	r.Custody = custody
	for _, e := range custody {
		if e.Step == kefu.StepDelivered {
			r.Live = false
		}
	}
	if st := sh.Status; st == "delivered" {
		r.Live = false
	}

	as, err := s.Store.FindAssignments(ctx, kefu.AssignmentFilter{TenantID: tenant, ShipmentID: sh.ID})
	if err != nil {
		return nil, kefu.E(op, err)
	}
	byDevice := map[string]*DeviceTrace{}
	now := s.Now.Time()
	for _, a := range as {
		dt := byDevice[a.DeviceID]
		if dt == nil {
			d, err := s.Store.FindDeviceByID(ctx, tenant, a.DeviceID)
			if err != nil {
				return nil, kefu.E(op, err)
			}
			dt = &DeviceTrace{Device: d}
			byDevice[a.DeviceID] = dt
			r.Devices = append(r.Devices, dt)
		}
		dt.Assignments = append(dt.Assignments, a)
		to := a.To
		if to.IsZero() {
			to = now.Add(time.Minute)
		}
		rs, err := s.Store.FindReadings(ctx, tenant, a.DeviceID, a.From, to)
		if err != nil {
			return nil, kefu.E(op, err)
		}
		dt.all = append(dt.all, rs...)
	}
	sort.Slice(r.Devices, func(i, j int) bool { return r.Devices[i].Device.ID < r.Devices[j].Device.ID })
	var route []Point
	for _, dt := range r.Devices {
		sort.Slice(dt.all, func(i, j int) bool { return dt.all[i].At.Before(dt.all[j].At) })
		dt.Readings = len(dt.all)
		dt.MedianC = median(dt.all)
		dt.Points = thin(dt.all, MaxPoints, func(r kefu.Reading) float64 { return r.TempC })
		if len(route) == 0 {
			for _, p := range thin(dt.all, MaxPoints, nil) {
				if kefu.Has(p.Lat) {
					route = append(route, p)
				}
			}
		}
	}
	r.Route = route

	r.Verdict = coldchain.OK
	for _, l := range o.Lines {
		it := &Item{Line: l}
		p, err := s.Store.FindProductBySKU(ctx, tenant, l.SKU)
		switch {
		case kefu.ErrorCode(err) == kefu.ENOTFOUND:
		case err != nil:
			return nil, kefu.E(op, err)
		default:
			it.Product = p
		}
		if l.Lot != "" {
			b, err := s.Store.FindBatch(ctx, tenant, l.SKU, l.Lot)
			switch {
			case kefu.ErrorCode(err) == kefu.ENOTFOUND:
			case err != nil:
				return nil, kefu.E(op, err)
			default:
				it.Batch = b
			}
		}
		it.Storage = coldchain.StorageFor(it.Product, it.Batch)
		var readings []kefu.Reading
		if dt := pick(r.Devices, it.Storage.Range); dt != nil {
			it.DeviceID = dt.Device.ID
			readings = dt.all
		}
		it.Analysis = coldchain.Analyze(coldchain.Input{Readings: readings, Range: it.Storage.Range, Class: it.Storage.Class,
			Custody: custody, Batch: it.Batch, ShelfLife: it.Storage.ShelfLife})
		r.Items = append(r.Items, it)
		r.Verdict = worse(r.Verdict, it.Analysis.Verdict)
	}
	if len(r.Items) == 0 {
		r.Verdict = coldchain.Unknown
	}
	return r, nil
}

// ForOrder assembles the report of the order's first cold-chain shipment
// (or its first shipment); ENOTFOUND when it has none.
func (s *Service) ForOrder(ctx context.Context, o *kefu.Order) (*Report, error) {
	ships, err := s.Store.FindShipmentsByOrder(ctx, o.TenantID, o.ID)
	if err != nil {
		return nil, kefu.E("traceability.ForOrder", err)
	}
	var pickS *kefu.Shipment
	for _, sh := range ships {
		if pickS == nil || sh.ColdChain && !pickS.ColdChain {
			pickS = sh
		}
	}
	if pickS == nil {
		return nil, kefu.E("traceability.ForOrder", kefu.Errorf(kefu.ENOTFOUND, "order %s has no shipment", o.Number))
	}
	return s.ForShipment(ctx, o, pickS)
}

// pick returns the device whose readings describe a food of the range:
// the one whose median temperature is inside the range, nearest its
// middle (a frozen box for ice cream, a chilled one for salmon), else
// nearest to the range; nil without any device.
func pick(ds []*DeviceTrace, rg *kefu.TempRange) *DeviceTrace {
	var best *DeviceTrace
	bestD := math.Inf(1)
	for _, d := range ds {
		if math.IsNaN(d.MedianC) {
			continue
		}
		dist := 0.0
		if rg != nil {
			switch {
			case d.MedianC < rg.MinC:
				dist = 1000 * (rg.MinC - d.MedianC)
			case d.MedianC > rg.MaxC:
				dist = 1000 * (d.MedianC - rg.MaxC)
			default:
				dist = math.Abs(d.MedianC - (rg.MinC+rg.MaxC)/2)
			}
		}
		if dist < bestD {
			best, bestD = d, dist
		}
	}
	return best
}

// severity orders verdicts from best to worst.
var severity = map[coldchain.Verdict]int{coldchain.OK: 0, coldchain.Unknown: 1, coldchain.AtRisk: 2, coldchain.LikelySpoiled: 3}

func worse(a, b coldchain.Verdict) coldchain.Verdict {
	if severity[b] > severity[a] {
		return b
	}
	return a
}

func median(rs []kefu.Reading) float64 {
	var ts []float64
	for _, r := range rs {
		if kefu.Has(r.TempC) {
			ts = append(ts, r.TempC)
		}
	}
	if len(ts) == 0 {
		return math.NaN()
	}
	sort.Float64s(ts)
	return ts[len(ts)/2]
}

// thin returns at most max points of rs: all of them when few enough,
// else per slice of the series its first and last reading and, when key
// is set, the ones with the lowest and highest key, in time order.
func thin(rs []kefu.Reading, max int, key func(kefu.Reading) float64) []Point {
	pt := func(r kefu.Reading) Point { return Point{At: r.At, TempC: r.TempC, Lat: r.Lat, Lon: r.Lon} }
	if len(rs) <= max {
		out := make([]Point, len(rs))
		for i, r := range rs {
			out[i] = pt(r)
		}
		return out
	}
	slices := max / 4
	out := make([]Point, 0, max)
	for s := 0; s < slices; s++ {
		lo, hi := s*len(rs)/slices, (s+1)*len(rs)/slices
		if lo >= hi {
			continue
		}
		idx := []int{lo, hi - 1}
		if key != nil {
			mn, mx := -1, -1
			for i := lo; i < hi; i++ {
				v := key(rs[i])
				if math.IsNaN(v) {
					continue
				}
				if mn < 0 || v < key(rs[mn]) {
					mn = i
				}
				if mx < 0 || v > key(rs[mx]) {
					mx = i
				}
			}
			if mn >= 0 {
				idx = append(idx, mn, mx)
			}
		}
		sort.Ints(idx)
		last := -1
		for _, i := range idx {
			if i != last {
				out = append(out, pt(rs[i]))
				last = i
			}
		}
	}
	return out
}
