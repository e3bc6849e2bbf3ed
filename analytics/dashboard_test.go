package analytics_test

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/analytics"
	"github.com/kefu-ai/kefu/sqlite"
	"github.com/kefu-ai/kefu/storetest"
)

// mustSeed opens a SQLite store with storetest.SeedAnalytics's history in
// tenant "shop".
func mustSeed(t *testing.T) (*sqlite.DB, storetest.AnalyticsSeed) {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "kefu.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	storetest.MustCreateTenant(t, db, "shop")
	return db, storetest.SeedAnalytics(t, db, "shop")
}

var period = kefu.AnalyticsFilter{TenantID: "shop", From: "2026-11-24", To: "2026-11-25"}

func TestOverview(t *testing.T) {
	db, _ := mustSeed(t)
	got, err := analytics.Overview(context.Background(), db, period, storetest.AnalyticsT0.Add(72*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	// Hand-computed from the seed (docs/analytics.md, worked example):
	// 4 conversations, all ended; contained cv3 and cv4 (cv1's customer
	// came back on the same intent within 24 h, cv2 had a person);
	// resolved cv2, cv3, cv4; 1 hand-off; 5 bot turns, 1 clarification;
	// latency buckets 8, 16, 64, 64, 128 ms.
	want := &analytics.SummaryReport{
		From: "2026-11-24", To: "2026-11-25", Conversations: 4, CustomerMessages: 5, BotReplies: 5, Ended: 4,
		Containment: 0.5, Resolution: 0.75, HandoffRate: 0.25, ClarificationRate: 0.2, AnsweredRate: 0.8,
		CSAT:            analytics.CSAT{Count: 1, Mean: 4},
		BotLatencyMS:    analytics.Percentiles{P50: 64, P90: 128, P99: 128},
		FirstResponseMS: analytics.Percentiles{P50: 90000, P90: 90000, P99: 90000},
		HandlingMS:      analytics.Percentiles{P50: 540000, P90: 540000, P99: 540000},
		Compensation:    []analytics.Money{},
		Series: []analytics.DayPoint{
			{Day: "2026-11-24", Conversations: 3, Contained: 1, Handoffs: 1, BotReplies: 3},
			{Day: "2026-11-25", Conversations: 1, Contained: 1, BotReplies: 2},
		},
		Intents: []analytics.Count{{Key: "skin_advice", Label: "Skin advice", Count: 2}, {Key: "", Label: "Not understood", Count: 1},
			{Key: "fresh_wrong_temperature", Label: "Food arrived warm or thawed", Count: 1}, {Key: "greeting", Label: "Greeting", Count: 1}},
		Emotions:       []analytics.Count{{Key: "neutral", Label: "Neutral", Count: 4}, {Key: "anger", Label: "Anger", Count: 1}},
		Languages:      []analytics.Count{{Key: "en", Label: "English", Count: 5}},
		Channels:       []analytics.Count{{Key: "api", Label: "API", Count: 2}, {Key: "widget", Label: "Widget", Count: 2}, {Key: "web", Label: "Web", Count: 1}},
		HandoffReasons: []analytics.Count{{Key: "after_sales", Label: "After-sales problem", Count: 1}},
	}
	if g, w := mustJSON(t, got), mustJSON(t, want); g != w {
		t.Errorf("Overview =\n%s\nwant\n%s", g, w)
	}
}

func TestTopQuestions(t *testing.T) {
	db, seed := mustSeed(t)
	ctx := context.Background()
	for _, tc := range []struct {
		name       string
		f          kefu.AnalyticsFilter
		unanswered bool
		ids        []string
		counts     []int
		shares     []float64
	}{
		{"all", period, false, []string{"skin_advice/sku:SERUM-1", "/asdfgh", "fresh_wrong_temperature/sku:SALMON-1"}, []int{2, 1, 1}, []float64{0.5, 0.25, 0.25}},
		{"unanswered", period, true, []string{"/asdfgh"}, []int{1}, []float64{0.25}},
		{"widget only", kefu.AnalyticsFilter{TenantID: "shop", From: period.From, To: period.To, Channel: "widget"}, false,
			[]string{"skin_advice/sku:SERUM-1"}, []int{2}, []float64{1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := analytics.TopQuestions(ctx, db, db, tc.f, tc.unanswered, 10)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			var counts []int
			var shares []float64
			for _, q := range r.Questions {
				ids, counts, shares = append(ids, q.ID), append(counts, q.Count), append(shares, q.Share)
			}
			if !slices.Equal(ids, tc.ids) || !slices.Equal(counts, tc.counts) || !slices.Equal(shares, tc.shares) {
				t.Errorf("TopQuestions = %v %v %v, want %v %v %v", ids, counts, shares, tc.ids, tc.counts, tc.shares)
			}
		})
	}
	r, err := analytics.TopQuestions(ctx, db, db, period, false, 1)
	if err != nil {
		t.Fatal(err)
	}
	q := r.Questions[0]
	wantTrend := []analytics.TrendPoint{{Day: "2026-11-24", Count: 2}, {Day: "2026-11-25", Count: 0}}
	if q.Text != "Does the serum suit oily skin?" || q.AnsweredShare != 1 || q.Change != nil || !slices.Equal(q.Trend, wantTrend) ||
		len(q.Products) != 1 || q.Products[0] != (analytics.ProductCount{SKU: "SERUM-1", Name: "Niacinamide serum", Count: 2}) ||
		len(q.Examples) != 2 || q.Examples[0].ConversationID != seed.Conv[3] {
		t.Errorf("top question = %+v", q)
	}
	// The two seeded days are the previous period of the next two: the
	// serum cluster has no questions now, so it is not listed.
	next := kefu.AnalyticsFilter{TenantID: "shop", From: "2026-11-26", To: "2026-11-27"}
	if r, err := analytics.TopQuestions(ctx, db, db, next, false, 10); err != nil || len(r.Questions) != 0 {
		t.Errorf("TopQuestions(next period) = %+v, %v; want none", r, err)
	}
}

func TestPainPoints(t *testing.T) {
	db, _ := mustSeed(t)
	r, err := analytics.PainPoints(context.Background(), db, db, period)
	if err != nil {
		t.Fatal(err)
	}
	var products []string
	for _, p := range r.ByProduct {
		products = append(products, p.SKU+" "+p.Name+" "+p.Category)
	}
	// The salmon has the one negative turn (a complaint in anger): first.
	if want := []string{"SALMON-1 Salmon fillet Seafood", "SERUM-1 Niacinamide serum Skincare"}; !slices.Equal(products, want) {
		t.Errorf("by_product = %v, want %v", products, want)
	}
	if p := r.ByProduct[0]; p.Count != 1 || p.Negative != 1 || p.Upset != 1 || p.Score != 1 || len(p.TopIntents) != 1 || p.TopIntents[0].Key != "fresh_wrong_temperature" {
		t.Errorf("salmon = %+v", p)
	}
	wantCells := []analytics.Cell{{Row: "Skincare", Column: "DE", Count: 2}, {Row: "Seafood", Column: "TH", Count: 1, Negative: 1, Upset: 1, Score: 1}}
	if !slices.Equal(r.Heatmap.Rows, []string{"Skincare", "Seafood"}) || !slices.Equal(r.Heatmap.Columns, []string{"DE", "TH"}) ||
		!slices.Equal(r.Heatmap.Cells, wantCells) {
		t.Errorf("heatmap = %+v", r.Heatmap)
	}
	if len(r.ByCarrier) != 1 || r.ByCarrier[0].Carrier != "ColdExpress" || r.ByCarrier[0].Negative != 1 {
		t.Errorf("by_carrier = %+v", r.ByCarrier)
	}
	if len(r.ByRegion) != 2 || r.ByRegion[0].Region != "TH" || r.ByRegion[1].Region != "DE" || r.ByRegion[1].Count != 2 {
		t.Errorf("by_region = %+v", r.ByRegion)
	}
}

func TestRefreshInsights(t *testing.T) {
	db, seed := mustSeed(t)
	ctx := context.Background()
	n, err := analytics.RefreshInsights(ctx, db, period, 1)
	if err != nil {
		t.Fatal(err)
	}
	ins, err := db.FindInsights(ctx, "shop", "")
	if err != nil {
		t.Fatal(err)
	}
	type brief struct {
		key   string
		count int
		convs int
	}
	var got []brief
	for _, in := range ins {
		got = append(got, brief{in.Key, in.Count, len(in.ConversationIDs)})
	}
	slices.SortFunc(got, func(a, b brief) int { return strings.Compare(a.key, b.key) })
	want := []brief{
		{"marketing:oily:skin_advice", 2, 2},
		{"product:SERUM-1:skin_advice", 2, 2},
		{"supply_chain:ColdExpress", 1, 1},
	}
	if n != 3 || !slices.Equal(got, want) {
		t.Fatalf("RefreshInsights = %d, %+v; want %+v", n, got, want)
	}
	for _, in := range ins {
		if in.Key == "supply_chain:ColdExpress" {
			if in.ConversationIDs[0] != seed.Conv[2] || !strings.Contains(in.Evidence, "food arrived warm or thawed 1") {
				t.Errorf("supply-chain insight = %+v", in)
			}
			a := analytics.InsightArticle(in, "en")
			if a.Status != kefu.ArticleDraft || !slices.Contains(a.Tags, "task") || !strings.Contains(a.Body, seed.Conv[2]) {
				t.Errorf("InsightArticle = %+v", a)
			}
		}
		if in.Key == "product:SERUM-1:skin_advice" && !strings.Contains(in.Evidence, `"serum for oily skin?"`) {
			t.Errorf("product insight evidence = %q, want the customers' questions quoted", in.Evidence)
		}
	}
	// The params carry what the texts say, for pages in other languages
	// (stored as JSON: numbers come back as float64).
	params := map[string]string{
		"marketing:oily:skin_advice":  "map[from:2026-11-24 intent:skin_advice segment:oily to:2026-11-25 turns:2]",
		"product:SERUM-1:skin_advice": "map[examples:[serum for oily skin? Does the serum suit oily skin?] from:2026-11-24 intent:skin_advice product:Niacinamide serum sku:SERUM-1 to:2026-11-25 total:2 turns:2]",
		"supply_chain:ColdExpress":    "map[by:map[fresh_wrong_temperature:1] carrier:ColdExpress complaints:1 from:2026-11-24 to:2026-11-25 turns:1]",
	}
	for _, in := range ins {
		if got := fmt.Sprint(in.Params); got != params[in.Key] {
			t.Errorf("%s: params %s, want %s", in.Key, got, params[in.Key])
		}
	}
	// The default threshold needs 5 turns: nothing new, the stored stay.
	if n, err := analytics.RefreshInsights(ctx, db, period, 0); err != nil || n != 0 {
		t.Errorf("RefreshInsights(default) = %d, %v; want 0", n, err)
	}
}

func TestFormatMinor(t *testing.T) {
	for _, tc := range []struct {
		amount int64
		cur    string
		want   string
	}{{1250, "EUR", "12.50"}, {5, "USD", "0.05"}, {1200, "JPY", "1200"}, {1250, "XXZ", "12.50"}} {
		if got := analytics.FormatMinor(tc.amount, tc.cur); got != tc.want {
			t.Errorf("FormatMinor(%d, %s) = %s, want %s", tc.amount, tc.cur, got, tc.want)
		}
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
