package http

import (
	"crypto/subtle"
	"fmt"
	"html/template"
	"math"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/compose"
	"github.com/kefu-ai/kefu/traceability"
)

// The traceability report: a page per shipment at an unguessable link
// (/trace/<token>, see traceability.Links) that shows the order's
// customer (with their conversation: ?conversation=<id>&token=<token>,
// which the widget adds) and the shop's agents (their console session)
// how the food travelled: the temperature curve of every box against the
// allowed band, the route, the custody timeline, the batches and the
// verdict with its reasons, in the viewer's language. It is plain HTML
// and SVG, no script, works offline and prints.

func (s *Server) traceRoutes() []route {
	return []route{{"GET", "/trace/{token}", s.handleTracePage}}
}

// tracePage is the data of trace.html.
type tracePage struct {
	Lang        string
	Dir         string            // "rtl" for Arabic, else "ltr"
	T           map[string]string // the page's texts in Lang
	Shop        string
	Order       string
	Tracking    string
	Carrier     string
	Verdict     string
	VerdictText string
	Live        bool
	Items       []traceItem
	Charts      []traceChart
	Route       template.HTML
	Custody     []traceStep
	Generated   string
	Timezone    string
}

type traceItem struct {
	Name, Quantity                    string
	Lot, Origin, Produced, BestBefore string
	Range, Verdict, VerdictText       string
	Findings                          []string
	Device                            string
}

type traceChart struct {
	Title string
	SVG   template.HTML
}

type traceStep struct {
	Step, At, Location, Who, Temp, Notes string
	Failed                               bool
}

func (s *Server) handleTracePage(w http.ResponseWriter, r *http.Request) {
	notFound := kefu.Errorf(kefu.ENOTFOUND, "no such report")
	if s.Trace == nil || s.TraceLinks == nil {
		s.pageError(w, r, notFound)
		return
	}
	tenantID, number, shipmentID, ok := s.TraceLinks.Parse(r.PathValue("token"))
	if !ok {
		s.pageError(w, r, notFound)
		return
	}
	ctx := r.Context()
	t, err := s.Store.FindTenantByID(ctx, tenantID)
	if err != nil {
		s.pageError(w, r, notFound)
		return
	}
	o, err := s.Store.FindOrderByNumber(ctx, tenantID, number)
	if err != nil {
		s.pageError(w, r, notFound)
		return
	}
	lang, ok := s.traceViewer(r, t, o)
	if !ok {
		s.pageError(w, r, kefu.Errorf(kefu.EFORBIDDEN, "this report is shown to the customer who placed the order and to the shop's staff: open it from the chat or the agent console"))
		return
	}
	if l, err := checkLanguage(r.URL.Query().Get("lang")); err == nil && l != "" {
		lang = l
	}
	ships, err := s.Store.FindShipmentsByOrder(ctx, tenantID, o.ID)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	var sh *kefu.Shipment
	for _, x := range ships {
		if x.ID == shipmentID {
			sh = x
		}
	}
	if sh == nil {
		s.pageError(w, r, notFound)
		return
	}
	rep, err := s.Trace.ForShipment(ctx, o, sh)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.renderPage(w, r, http.StatusOK, "trace.html", s.tracePageOf(t, rep, lang), "'none'")
}

// traceViewer reports whether the request may see the order's report,
// and in which language: the order's customer through their
// conversation's token, or an agent of the shop through their session.
func (s *Server) traceViewer(r *http.Request, t *kefu.Tenant, o *kefu.Order) (string, bool) {
	q := r.URL.Query()
	if id, tok := q.Get("conversation"), q.Get("token"); id != "" && tok != "" {
		tenantID, secret, ok := splitConversationToken(tok)
		if !ok || tenantID != t.ID || !validID(id) {
			return "", false
		}
		c, err := s.Store.FindConversationByID(r.Context(), t.ID, id)
		if err != nil || c.TokenHash == "" ||
			subtle.ConstantTimeCompare([]byte(kefu.HashSecret(secret)), []byte(c.TokenHash)) != 1 {
			return "", false
		}
		if c.CustomerID == "" || c.CustomerID != o.CustomerID {
			return "", false
		}
		return c.Language, true
	}
	if _, err := r.Cookie(SessionCookie); err == nil {
		au, err := s.authAgent(r, false)
		if err == nil && au.agent.TenantID == t.ID && !au.agent.Disabled {
			return agentLanguage(au.agent, t), true
		}
	}
	return "", false
}

// traceTexts are the page's text keys in the composer's tables.
var traceTexts = []string{"title", "order", "tracking", "verdict", "temperature", "route", "custody", "batches",
	"product", "lot", "origin", "produced", "best_before", "storage", "findings", "box", "allowed", "live", "generated",
	"no_readings", "no_route", "start", "destination", "failed", "ambient", "print_note", "quantity"}

func (s *Server) tracePageOf(t *kefu.Tenant, rep *traceability.Report, lang string) tracePage {
	c := s.texts()
	if lang == "" {
		lang = t.Settings.DefaultLanguage
	}
	tz := time.UTC
	if loc, err := time.LoadLocation(t.Settings.Timezone); err == nil && t.Settings.Timezone != "" {
		tz = loc
	}
	p := tracePage{Lang: lang, Dir: textDirection(lang), T: map[string]string{}, Shop: t.Name, Order: rep.Order.Number,
		Tracking: rep.Shipment.TrackingNumber, Carrier: rep.Shipment.Carrier, Verdict: string(rep.Verdict),
		Live: rep.Live, Timezone: tz.String()}
	for _, k := range traceTexts {
		p.T[k] = c.Text(lang, "trace_page."+k)
	}
	p.VerdictText = c.Text(lang, "trace_verdict."+string(rep.Verdict))
	p.Generated = time.Now().In(tz).Format("2006-01-02 15:04 MST")
	if s.Now != nil {
		p.Generated = s.now().In(tz).Format("2006-01-02 15:04 MST")
	}
	day := func(tm time.Time) string {
		if tm.IsZero() {
			return "—"
		}
		return tm.In(tz).Format("2006-01-02")
	}
	rangeOf := map[string]*kefu.TempRange{} // device -> the first range analysed on it
	for _, it := range rep.Items {
		ti := traceItem{Name: traceability.LocalName(it.Product, it.Line, lang), Quantity: strconv.Itoa(it.Line.Quantity),
			Lot: "—", Origin: "—", Produced: "—", BestBefore: "—", Range: "—", Verdict: string(it.Analysis.Verdict),
			VerdictText: c.Text(lang, "trace_verdict."+string(it.Analysis.Verdict)), Device: it.DeviceID}
		if b := it.Batch; b != nil {
			ti.Lot, ti.Produced, ti.BestBefore = b.Lot, day(b.ProducedAt), day(b.BestBefore)
			if b.Origin != "" {
				ti.Origin = b.Origin
			} else if b.Country != "" {
				ti.Origin = b.Country
			}
		}
		if rg := it.Storage.Range; rg != nil {
			ti.Range = traceability.FormatRange(*rg)
			if it.DeviceID != "" && rangeOf[it.DeviceID] == nil {
				rangeOf[it.DeviceID] = rg
			}
		}
		ti.Findings = c.Findings(lang, traceability.Findings(it.Analysis, true))
		p.Items = append(p.Items, ti)
	}
	for _, d := range rep.Devices {
		title := d.Device.Name
		if title == "" {
			title = d.Device.ID
		}
		p.Charts = append(p.Charts, traceChart{Title: title, SVG: tempChart(d, rangeOf[d.Device.ID], tz, p.T["allowed"], p.T["no_readings"])})
	}
	start, dest := "", ""
	if len(rep.Custody) > 0 {
		start = rep.Custody[0].Location
	}
	if ev := rep.Shipment.LatestEvent(); ev != nil {
		dest = ev.Location
	}
	p.Route = routeMap(rep.Route, start, dest, p.T["no_route"])
	for _, e := range rep.Custody {
		st := traceStep{Step: lookupText(c, lang, "trace_step."+string(e.Step), string(e.Step)), At: e.At.In(tz).Format("01-02 15:04"),
			Location: e.Location, Notes: e.Notes, Failed: !e.ChecksPassed}
		var who []string
		for _, x := range []string{e.Operator, e.Station} {
			if x != "" {
				who = append(who, x)
			}
		}
		st.Who = strings.Join(who, " · ")
		if e.Lot != "" {
			st.Step += " · " + e.Lot
		}
		if kefu.Has(e.TempC) {
			st.Temp = traceability.FormatC(e.TempC)
		}
		if e.AmbientMinutes > 0 {
			st.Temp = strings.TrimSpace(st.Temp + " · " + strings.ReplaceAll(p.T["ambient"], "{minutes}", strconv.Itoa(e.AmbientMinutes)))
		}
		p.Custody = append(p.Custody, st)
	}
	return p
}

// texts is the composer whose tables the pages read.
func (s *Server) texts() *compose.Composer {
	if c, ok := s.composer.(*compose.Composer); ok {
		return c
	}
	c, err := compose.New()
	if err != nil {
		panic("http: the embedded reply templates do not load: " + err.Error())
	}
	return c
}

func lookupText(c *compose.Composer, lang, key, def string) string {
	if v := c.Text(lang, key); v != "" {
		return v
	}
	return def
}

// Chart geometry, in SVG user units.
const (
	chartW, chartH                               = 760, 260
	chartLeft, chartRight, chartTop, chartBottom = 52, 12, 14, 30
)

// tempChart draws a device's temperatures over time against the allowed
// band (when known); breaks in the line are the sensor's silences.
// Everything drawn from data is numbers; the labels are escaped.
func tempChart(d *traceability.DeviceTrace, band *kefu.TempRange, tz *time.Location, allowed, empty string) template.HTML {
	var pts []traceability.Point
	for _, p := range d.Points {
		if kefu.Has(p.TempC) {
			pts = append(pts, p)
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart" viewBox="0 0 %d %d" role="img" xmlns="http://www.w3.org/2000/svg">`, chartW, chartH)
	if len(pts) < 2 {
		fmt.Fprintf(&b, `<text x="%d" y="%d" class="empty">%s</text></svg>`, chartW/2, chartH/2, template.HTMLEscapeString(empty))
		return template.HTML(b.String())
	}
	t0, t1 := pts[0].At, pts[len(pts)-1].At
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, p := range pts {
		lo, hi = math.Min(lo, p.TempC), math.Max(hi, p.TempC)
	}
	if band != nil {
		lo, hi = math.Min(lo, band.MinC), math.Max(hi, band.MaxC)
	}
	lo, hi = math.Floor(lo-1), math.Ceil(hi+1)
	x := func(t time.Time) float64 {
		return chartLeft + float64(t.Sub(t0))/float64(t1.Sub(t0))*float64(chartW-chartLeft-chartRight)
	}
	y := func(c float64) float64 {
		return chartTop + (hi-c)/(hi-lo)*float64(chartH-chartTop-chartBottom)
	}
	if band != nil {
		fmt.Fprintf(&b, `<rect class="band" x="%d" y="%.1f" width="%d" height="%.1f"/>`, chartLeft, y(band.MaxC),
			chartW-chartLeft-chartRight, y(band.MinC)-y(band.MaxC))
		fmt.Fprintf(&b, `<text class="band-label" x="%d" y="%.1f">%s %s</text>`, chartLeft+6, y(band.MaxC)-4,
			template.HTMLEscapeString(allowed), template.HTMLEscapeString(traceability.FormatRange(*band)))
	}
	// Axes: about five temperatures, about six times.
	step := niceStep((hi - lo) / 5)
	for c := math.Ceil(lo/step) * step; c <= hi; c += step {
		fmt.Fprintf(&b, `<line class="grid" x1="%d" x2="%d" y1="%.1f" y2="%.1f"/><text class="axis" x="%d" y="%.1f" text-anchor="end">%s</text>`,
			chartLeft, chartW-chartRight, y(c), y(c), chartLeft-6, y(c)+4, strconv.FormatFloat(c, 'f', -1, 64)+"°")
	}
	span := t1.Sub(t0)
	for i := 0; i <= 5; i++ {
		t := t0.Add(span * time.Duration(i) / 5)
		label := t.In(tz).Format("15:04")
		if i == 0 || span > 20*time.Hour {
			label = t.In(tz).Format("01-02 15:04")
		}
		anchor := "middle"
		switch i {
		case 0:
			anchor = "start"
		case 5:
			anchor = "end"
		}
		fmt.Fprintf(&b, `<text class="axis" x="%.1f" y="%d" text-anchor="%s">%s</text>`, x(t), chartH-10, anchor, label)
	}
	// The series, broken where the sensor was silent.
	gap := medianStep(pts) * 3
	b.WriteString(`<path class="series" d="`)
	for i, p := range pts {
		cmd := "L"
		if i == 0 || p.At.Sub(pts[i-1].At) > gap {
			cmd = "M"
		}
		fmt.Fprintf(&b, "%s%.1f %.1f ", cmd, x(p.At), y(p.TempC))
	}
	b.WriteString(`"/>`)
	// Points outside the band, marked.
	if band != nil {
		for _, p := range pts {
			if p.TempC > band.MaxC || p.TempC < band.MinC {
				fmt.Fprintf(&b, `<circle class="out" cx="%.1f" cy="%.1f" r="1.6"/>`, x(p.At), y(p.TempC))
			}
		}
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

func niceStep(raw float64) float64 {
	for _, s := range []float64{0.5, 1, 2, 5, 10, 20, 50} {
		if raw <= s {
			return s
		}
	}
	return 100
}

func medianStep(pts []traceability.Point) time.Duration {
	if len(pts) < 2 {
		return time.Minute
	}
	ds := make([]time.Duration, 0, len(pts)-1)
	for i := 1; i < len(pts); i++ {
		ds = append(ds, pts[i].At.Sub(pts[i-1].At))
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	if d := ds[len(ds)/2]; d > 0 {
		return d
	}
	return time.Minute
}

// routeMap draws the positions as a line on a plain, tile-less map,
// with the start and the destination marked.
func routeMap(pts []traceability.Point, start, dest, empty string) template.HTML {
	const w, h, pad = 760, 240, 24
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="route" viewBox="0 0 %d %d" role="img" xmlns="http://www.w3.org/2000/svg">`, w, h)
	if len(pts) < 2 {
		fmt.Fprintf(&b, `<text x="%d" y="%d" class="empty">%s</text></svg>`, w/2, h/2, template.HTMLEscapeString(empty))
		return template.HTML(b.String())
	}
	minLat, maxLat, minLon, maxLon := math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)
	for _, p := range pts {
		minLat, maxLat = math.Min(minLat, p.Lat), math.Max(maxLat, p.Lat)
		minLon, maxLon = math.Min(minLon, p.Lon), math.Max(maxLon, p.Lon)
	}
	// Equirectangular, one scale for both axes so the shape is true.
	k := math.Cos((minLat + maxLat) / 2 * math.Pi / 180)
	spanX, spanY := math.Max((maxLon-minLon)*k, 1e-4), math.Max(maxLat-minLat, 1e-4)
	scale := math.Min(float64(w-2*pad)/spanX, float64(h-2*pad)/spanY)
	ox := (float64(w) - spanX*scale) / 2
	oy := (float64(h) - spanY*scale) / 2
	px := func(p traceability.Point) (float64, float64) {
		return ox + (p.Lon-minLon)*k*scale, oy + (maxLat-p.Lat)*scale
	}
	b.WriteString(`<path class="road" d="`)
	for i, p := range pts {
		X, Y := px(p)
		cmd := "L"
		if i == 0 {
			cmd = "M"
		}
		fmt.Fprintf(&b, "%s%.1f %.1f ", cmd, X, Y)
	}
	b.WriteString(`"/>`)
	for i, m := range []struct {
		p     traceability.Point
		label string
		class string
	}{{pts[0], start, "start"}, {pts[len(pts)-1], dest, "end"}} {
		X, Y := px(m.p)
		anchor := "start"
		if X > w*0.6 {
			anchor = "end"
		}
		dy := -10.0
		if i == 1 && Y < 30 {
			dy = 18
		}
		fmt.Fprintf(&b, `<circle class="%s" cx="%.1f" cy="%.1f" r="6"/><text class="place" x="%.1f" y="%.1f" text-anchor="%s">%s</text>`,
			m.class, X, Y, X, Y+dy, anchor, template.HTMLEscapeString(m.label))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// textDirection is the direction a language is written in, for the dir
// attribute of pages: "rtl" for Arabic, Hebrew, Persian and Urdu.
func textDirection(lang string) string {
	base, _, _ := strings.Cut(lang, "-")
	switch base {
	case "ar", "he", "fa", "ur":
		return "rtl"
	}
	return "ltr"
}
