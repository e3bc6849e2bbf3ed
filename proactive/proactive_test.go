package proactive_test

import (
	"context"

	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/compose"
	"github.com/kefu-ai/kefu/proactive"
	"github.com/kefu-ai/kefu/risk"
	"github.com/kefu-ai/kefu/sqlite"
	"github.com/kefu-ai/kefu/storetest"
)

// world is a fresh-food shop in Singapore with tomorrow's deliveries.
type world struct {
	st     kefu.Store
	t      *kefu.Tenant
	now    time.Time // 2026-12-06 15:00 in Singapore
	orders map[string]*kefu.Order
	cust   map[string]*kefu.Customer
}

func newWorld(t *testing.T, set *kefu.ProactiveSettings) *world {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "kefu.db"), storetest.Clock())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	sg, _ := time.LoadLocation("Asia/Singapore")
	w := &world{st: db, now: time.Date(2026, 12, 6, 15, 0, 0, 0, sg), orders: map[string]*kefu.Order{}, cust: map[string]*kefu.Customer{}}
	w.t = &kefu.Tenant{ID: "fresh", Name: "Fresh", Settings: kefu.TenantSettings{DefaultLanguage: "en", Currency: "SGD",
		Timezone: "Asia/Singapore", Proactive: set}}
	if err := db.CreateTenant(ctx, w.t); err != nil {
		t.Fatal(err)
	}
	for _, p := range []*kefu.Product{
		{SKU: "EGG", Name: "Free-range eggs 10", Category: "eggs", Price: 690, Attributes: map[string]string{"fragile": "true", "weight_g": "600"}},
		{SKU: "SAL", Name: "Salmon fillet", Category: "seafood", Price: 1890, Attributes: map[string]string{"temperature_class": "chilled", "weight_g": "400"}},
		{SKU: "RICE", Name: "Jasmine rice 5 kg", Category: "pantry", Price: 1590, Attributes: map[string]string{"weight_g": "5000"}},
	} {
		p.TenantID, p.Currency = w.t.ID, "SGD"
		storetest.MustUpsertProduct(t, db, p)
	}
	for _, c := range []*kefu.Customer{
		{ExternalID: "c-en", Name: "Grace", Language: "en"},
		{ExternalID: "c-zh", Name: "王芳", Language: "zh"},
		{ExternalID: "c-out", Name: "Omar", Language: "en"},
	} {
		c.TenantID = w.t.ID
		w.cust[c.ExternalID] = storetest.MustCreateCustomer(t, db, c)
	}
	if err := db.SetProactiveOptOut(ctx, w.t.ID, w.cust["c-out"].ID, true); err != nil {
		t.Fatal(err)
	}
	storm := 31.0
	for _, f := range []*kefu.Forecast{
		{TenantID: w.t.ID, Day: "2026-12-07", Severity: kefu.WeatherStorm, TempC: &storm, Summary: "Thunderstorms, 60 mm"},
		{TenantID: w.t.ID, Day: "2026-12-06", Severity: kefu.WeatherCalm, Summary: "Fair"},
	} {
		if err := db.UpsertForecast(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	for _, o := range []struct {
		number, cust, sku string
		slot              time.Time
	}{
		{"F-EGG", "c-en", "EGG", time.Date(2026, 12, 7, 18, 0, 0, 0, sg)},    // storm, fragile, evening
		{"F-SAL", "c-zh", "SAL", time.Date(2026, 12, 7, 18, 0, 0, 0, sg)},    // storm, chilled, evening
		{"F-OUT", "c-out", "EGG", time.Date(2026, 12, 7, 18, 0, 0, 0, sg)},   // at risk, opted out
		{"F-CALM", "c-en", "RICE", time.Date(2026, 12, 6, 17, 0, 0, 0, sg)},  // a calm afternoon today
		{"F-LATER", "c-en", "EGG", time.Date(2026, 12, 20, 10, 0, 0, 0, sg)}, // beyond the horizon
	} {
		or := storetest.MustCreateOrder(t, db, &kefu.Order{TenantID: w.t.ID, Number: o.number, CustomerID: w.cust[o.cust].ID, Status: "paid",
			Currency: "SGD", Total: 2000, ShipTo: "SG", PlacedAt: w.now.Add(-2 * time.Hour),
			Lines: []kefu.OrderLine{{SKU: o.sku, Name: o.sku, Quantity: 1, UnitPrice: 2000}}})
		storetest.MustCreateShipment(t, db, &kefu.Shipment{TenantID: w.t.ID, OrderID: or.ID, Carrier: "ninjavan", TrackingNumber: "T" + o.number,
			Status: "label_created", ETA: &o.slot})
		w.orders[o.number] = or
	}
	return w
}

func (w *world) scanner(t *testing.T) *proactive.Scanner {
	t.Helper()
	m, err := risk.Default()
	if err != nil {
		t.Fatal(err)
	}
	c, err := compose.New()
	if err != nil {
		t.Fatal(err)
	}
	now := func() time.Time { return w.now }
	return &proactive.Scanner{Store: w.st, Model: m, Now: now,
		Writer: &proactive.Writer{Store: w.st, Composer: c, Now: now}}
}

func (w *world) notices(t *testing.T) map[string]*kefu.RiskNotice {
	t.Helper()
	ns, err := w.st.FindRiskNotices(context.Background(), kefu.RiskNoticeFilter{TenantID: w.t.ID})
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]*kefu.RiskNotice{}
	for _, n := range ns {
		m[n.OrderNumber] = n
	}
	return m
}

// proactiveMessages returns the customer's proactive messages.
func (w *world) proactiveMessages(t *testing.T, ext string) []*kefu.Message {
	t.Helper()
	ctx := context.Background()
	cs, err := w.st.FindConversations(ctx, kefu.ConversationFilter{TenantID: w.t.ID, CustomerID: w.cust[ext].ID})
	if err != nil {
		t.Fatal(err)
	}
	var out []*kefu.Message
	for _, c := range cs {
		ms, err := w.st.FindMessages(ctx, kefu.MessageFilter{TenantID: w.t.ID, ConversationID: c.ID})
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range ms {
			if m.Kind == kefu.MessageProactive {
				out = append(out, m)
			}
		}
	}
	return out
}

func TestScanWritesOncePerOrder(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, &kefu.ProactiveSettings{Enabled: true, QuietHours: "21:00-08:00"})
	s := w.scanner(t)
	// A consumer of the event log (as webhooks are) keeps what is appended.
	if _, err := w.st.ClaimEvents(ctx, "webhook", 1, time.Minute); err != nil {
		t.Fatal(err)
	}
	res, err := s.Scan(ctx, w.t, proactive.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Four deliveries are due within 36 hours; the three storm ones are
	// at risk and two are written (the third customer opted out).
	if res.Scanned != 4 || res.AtRisk != 3 || res.Written != 2 || res.OptedOut != 1 || res.Failed != 0 {
		t.Fatalf("scan = %+v", res)
	}
	ns := w.notices(t)
	egg, sal := ns["F-EGG"], ns["F-SAL"]
	if egg == nil || egg.Kind != kefu.NoticeUnboxing || egg.Status != kefu.NoticeSent || egg.Reasons[0] != proactive.ReasonStorm ||
		!strings.Contains(strings.Join(egg.Reasons, " "), proactive.ReasonFragile) || egg.Weather != "Thunderstorms, 60 mm" {
		t.Fatalf("F-EGG notice = %+v", egg)
	}
	if sal == nil || sal.Kind != kefu.NoticeDelay || sal.Status != kefu.NoticeSent || sal.Reasons[0] != proactive.ReasonStorm {
		t.Fatalf("F-SAL notice = %+v", sal)
	}
	if n := ns["F-OUT"]; n == nil || n.Status != kefu.NoticeOptedOut {
		t.Fatalf("F-OUT notice = %+v", n)
	}
	if ns["F-CALM"] != nil || ns["F-LATER"] != nil {
		t.Fatalf("notices of calm or later deliveries: %v", ns)
	}

	en := w.proactiveMessages(t, "c-en")
	if len(en) != 1 || en[0].Language != "en" || !strings.Contains(en[0].Text, "F-EGG") || !strings.Contains(en[0].Text, "a storm is forecast") ||
		!strings.Contains(en[0].Text, "photo") || !strings.Contains(en[0].Text, "2026-12-07 18:00") {
		t.Fatalf("English notice = %+v", en)
	}
	zh := w.proactiveMessages(t, "c-zh")
	if len(zh) != 1 || zh[0].Language != "zh" || !strings.Contains(zh[0].Text, "预报有暴风雨") || !strings.Contains(zh[0].Text, "冰箱") {
		t.Fatalf("Chinese notice = %+v", zh)
	}
	if out := w.proactiveMessages(t, "c-out"); len(out) != 0 {
		t.Fatalf("an opted-out customer was written to: %+v", out)
	}
	// The webhook event carries the notice.
	evs, err := w.st.ClaimEvents(ctx, "webhook", 100, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	var atRisk []string
	for _, le := range evs {
		if le.Event.Type == kefu.EventOrderAtRisk {
			atRisk = append(atRisk, le.Event.Notice.OrderNumber)
		}
	}
	if len(atRisk) != 2 {
		t.Fatalf("order.at_risk events for %v", atRisk)
	}

	// Scanning again, an hour later, writes nothing new.
	w.now = w.now.Add(time.Hour)
	res, err = s.Scan(ctx, w.t, proactive.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.AtRisk != 3 || res.Written != 0 || res.Already != 3 {
		t.Fatalf("second scan = %+v", res)
	}
	if en := w.proactiveMessages(t, "c-en"); len(en) != 1 {
		t.Fatalf("%d English notices after two scans", len(en))
	}
}

func TestScanQuietHoursAndOff(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, &kefu.ProactiveSettings{Enabled: true, QuietHours: "14:00-16:00"})
	s := w.scanner(t)
	res, err := s.Scan(ctx, w.t, proactive.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.AtRisk != 3 || res.Quiet != 3 || res.Written != 0 {
		t.Fatalf("scan in quiet hours = %+v", res)
	}
	if n := w.notices(t)["F-EGG"]; n == nil || n.Status != kefu.NoticePending {
		t.Fatalf("a quiet-hours notice = %+v", n)
	}
	w.now = w.now.Add(90 * time.Minute) // 16:30
	if res, _ = s.Scan(ctx, w.t, proactive.Options{}); res.Written != 2 {
		t.Fatalf("scan after the quiet hours = %+v", res)
	}

	off := newWorld(t, nil)
	res, err = off.scanner(t).Scan(ctx, off.t, proactive.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.AtRisk != 3 || res.Off != 3 || res.Written != 0 || len(off.notices(t)) != 3 {
		t.Fatalf("scan of a shop without proactive messages = %+v", res)
	}
	if len(off.proactiveMessages(t, "c-en")) != 0 {
		t.Fatal("a shop that did not turn proactive messages on wrote first")
	}
}

func TestScanDryRun(t *testing.T) {
	w := newWorld(t, &kefu.ProactiveSettings{Enabled: true})
	res, err := w.scanner(t).Scan(context.Background(), w.t, proactive.Options{DryRun: true})
	if err != nil {
		t.Fatal(err)
	}
	if res.AtRisk != 3 || len(res.Notices) != 3 || res.Written != 0 || len(w.notices(t)) != 0 {
		t.Fatalf("dry run = %+v, stored %d", res, len(w.notices(t)))
	}
}

// Scans on several nodes at once write each notice once.
func TestConcurrentScans(t *testing.T) {
	w := newWorld(t, &kefu.ProactiveSettings{Enabled: true})
	var wg sync.WaitGroup
	var mu sync.Mutex
	written := 0
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := w.scanner(t).Scan(context.Background(), w.t, proactive.Options{})
			if err != nil {
				t.Error(err)
				return
			}
			mu.Lock()
			written += res.Written
			mu.Unlock()
		}()
	}
	wg.Wait()
	if written != 2 || len(w.proactiveMessages(t, "c-en")) != 1 || len(w.proactiveMessages(t, "c-zh")) != 1 {
		t.Fatalf("%d notices written by 4 concurrent scans, want 2", written)
	}
}

func TestQuietHours(t *testing.T) {
	for _, tt := range []struct {
		window string
		clock  string
		quiet  bool
		end    string
	}{
		{"21:00-08:00", "22:30", true, "08:00"},
		{"21:00-08:00", "07:59", true, "08:00"},
		{"21:00-08:00", "08:00", false, "08:00"},
		{"21:00-08:00", "12:00", false, "12:00"},
		{"13:00-14:00", "13:30", true, "14:00"},
		{"", "03:00", false, "03:00"},
	} {
		q, err := kefu.ParseQuietHours(tt.window)
		if err != nil {
			t.Fatal(err)
		}
		at, _ := time.Parse("15:04", tt.clock)
		if got := q.Contains(at); got != tt.quiet {
			t.Errorf("%q contains %s = %v", tt.window, tt.clock, got)
		}
		if got := q.End(at).Format("15:04"); got != tt.end {
			t.Errorf("%q end at %s = %s", tt.window, tt.clock, got)
		}
	}
	for _, bad := range []string{"21-8", "25:00-08:00", "08:00-08:00", "8:00", "aa:bb-cc:dd"} {
		if _, err := kefu.ParseQuietHours(bad); kefu.ErrorCode(err) != kefu.EINVALID {
			t.Errorf("ParseQuietHours(%q) = %v", bad, err)
		}
	}
}
