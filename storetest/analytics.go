package storetest

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

// analyticsTests cover the analytics facts folded from the messages
// (docs/analytics.md) and the insights.
var analyticsTests = []struct {
	name string
	fn   func(t *testing.T, s kefu.Store)
}{
	{"AnalyticsConversations", testAnalyticsConversations},
	{"AnalyticsTurns", testAnalyticsTurns},
	{"AnalyticsQuestions", testAnalyticsQuestions},
	{"AnalyticsPain", testAnalyticsPain},
	{"AnalyticsScopes", testAnalyticsScopes},
	{"AnalyticsFilterValidation", testAnalyticsFilterValidation},
	{"Insights", testInsights},
	{"AnalyticsThumbs", testAnalyticsThumbs},
	{"AnalyticsFold", testAnalyticsFold},
	{"AnalyticsFoldWhileWriting", testAnalyticsFoldWhileWriting},
}

// AnalyticsT0 is when SeedAnalytics's history starts: 2026-11-24 09:00 UTC.
var AnalyticsT0 = time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)

// AnalyticsSeed names what SeedAnalytics stored.
type AnalyticsSeed struct {
	TenantID string
	// Conversations: 1 and 3 are customer c1's (skin advice on the serum,
	// the second 2 h after the first), 2 is c2's spoiled-salmon complaint
	// handed to an agent, 4 an anonymous visitor the bot did not
	// understand, on the next day.
	Conv [5]string
}

// SeedAnalytics stores a small history whose analytics are computed by
// hand in the tests (and docs/analytics.md's worked example) through
// CreateMessage, the path every message takes:
//
//	day 2026-11-24
//	cv1 09:00 widget c1 (DE, oily skin)  "Does the serum suit oily skin?"  skin_advice, SERUM-1, 40 ms
//	cv2 10:00 web    c2 (TH)            "my salmon arrived warm"           fresh_wrong_temperature, anger,
//	    hand-off after_sales (order o1: SALMON-1, ColdExpress) 120 ms; agent joins +60 s, writes +90 s,
//	    closes +600 s; rated 4
//	cv3 11:00 widget c1                  "serum for oily skin?"             skin_advice, SERUM-1, 60 ms
//	day 2026-11-25
//	cv4 09:00 api    anonymous           "asdfgh"                           clarify (no intent), 10 ms;
//	                                     "hello?"                           greeting (small talk), 5 ms
func SeedAnalytics(tb testing.TB, s kefu.Store, tenantID string) AnalyticsSeed {
	tb.Helper()
	ctx := context.Background()
	t0 := AnalyticsT0
	seed := AnalyticsSeed{TenantID: tenantID}
	MustUpsertProduct(tb, s, &kefu.Product{TenantID: tenantID, SKU: "SERUM-1", Name: "Niacinamide serum", Category: "Skincare", Price: 2990, Currency: "EUR"})
	MustUpsertProduct(tb, s, &kefu.Product{TenantID: tenantID, SKU: "SALMON-1", Name: "Salmon fillet", Category: "Seafood", Price: 1290, Currency: "EUR"})
	c1 := MustCreateCustomer(tb, s, &kefu.Customer{TenantID: tenantID, ExternalID: "c1", Name: "Anna", Country: "DE"})
	c2 := MustCreateCustomer(tb, s, &kefu.Customer{TenantID: tenantID, ExternalID: "c2", Name: "Somchai", Country: "TH"})
	MustObserveTraits(tb, s, tenantID, c1.ID, kefu.Trait{Kind: kefu.TraitSkinType, Value: "oily", Source: kefu.SourceCustomer, Confidence: 1, UpdatedAt: t0})
	o1 := MustCreateOrder(tb, s, &kefu.Order{TenantID: tenantID, Number: "100001", CustomerID: c2.ID, Status: "delivered", Currency: "EUR",
		Total: 1290, Lines: []kefu.OrderLine{{SKU: "SALMON-1", Name: "Salmon fillet", Quantity: 1, UnitPrice: 1290}}, PlacedAt: t0.Add(-48 * time.Hour)})
	MustCreateShipment(tb, s, &kefu.Shipment{TenantID: tenantID, OrderID: o1.ID, Carrier: "ColdExpress", TrackingNumber: "CE1", Status: "delivered", ColdChain: true})

	conv := func(customerID, channel string) string {
		return MustCreateConversation(tb, s, &kefu.Conversation{TenantID: tenantID, CustomerID: customerID, Channel: channel}).ID
	}
	msg := func(conv string, at time.Time, m kefu.Message) *kefu.Message {
		m.TenantID, m.ConversationID, m.CreatedAt = tenantID, conv, at
		if m.Language == "" {
			m.Language = "en"
		}
		return MustCreateMessage(tb, s, &m)
	}
	turn := func(conv string, at time.Time, text string, tr kefu.Trace) {
		q := msg(conv, at, kefu.Message{Author: kefu.AuthorCustomer, Text: text})
		if tr.Language == "" {
			tr.Language = "en"
		}
		msg(conv, at.Add(time.Second), kefu.Message{Author: kefu.AuthorBot, Text: "…", ReplyTo: q.ID, Trace: &tr})
	}
	neutral := &kefu.Emotion{Label: kefu.EmotionNeutral}
	serum := []kefu.Entity{{Type: "sku", Text: "serum", Value: "SERUM-1"}}

	seed.Conv[1] = conv(c1.ID, "widget")
	turn(seed.Conv[1], t0, "Does the serum suit oily skin?", kefu.Trace{Intent: "skin_advice", Normalized: "does the serum suit oily skin",
		Entities: serum, Emotion: neutral, Action: kefu.ActionSkill, Outcome: "article", Reason: kefu.ReasonIntent, LatencyMS: 40})

	seed.Conv[2] = conv(c2.ID, "web")
	t2 := t0.Add(time.Hour)
	turn(seed.Conv[2], t2, "my salmon arrived warm", kefu.Trace{Intent: "fresh_wrong_temperature", Normalized: "my salmon arrived warm",
		Emotion: &kefu.Emotion{Label: kefu.EmotionAnger, Intensity: 0.8}, Action: kefu.ActionHandoff, Outcome: kefu.OutcomeHandoff,
		Reason: kefu.ReasonAfterSales, Records: []kefu.RecordRef{{Kind: "order", ID: o1.ID}}, LatencyMS: 120})
	msg(seed.Conv[2], t2.Add(61*time.Second), kefu.Message{Author: kefu.AuthorSystem, Kind: kefu.MessageAgentJoined, AuthorID: "ag1"})
	msg(seed.Conv[2], t2.Add(91*time.Second), kefu.Message{Author: kefu.AuthorAgent, AuthorID: "ag1", Text: "Sorry, refunding now"})
	msg(seed.Conv[2], t2.Add(601*time.Second), kefu.Message{Author: kefu.AuthorSystem, Kind: kefu.MessageClosed})
	four := 4
	if _, err := s.UpdateConversation(ctx, tenantID, seed.Conv[2], kefu.ConversationUpdate{Rating: &four}); err != nil {
		tb.Fatal(err)
	}
	msg(seed.Conv[2], t2.Add(700*time.Second), kefu.Message{Author: kefu.AuthorSystem, Kind: kefu.MessageRatingGiven})

	seed.Conv[3] = conv(c1.ID, "widget")
	turn(seed.Conv[3], t0.Add(2*time.Hour), "serum for oily skin?", kefu.Trace{Intent: "skin_advice", Normalized: "serum for oily skin",
		Entities: serum, Emotion: neutral, Action: kefu.ActionSkill, Outcome: "article", Reason: kefu.ReasonIntent, LatencyMS: 60})

	seed.Conv[4] = conv("", "api")
	t4 := t0.Add(24 * time.Hour)
	turn(seed.Conv[4], t4, "asdfgh", kefu.Trace{Normalized: "asdfgh", Action: kefu.ActionClarify, Outcome: kefu.OutcomeClarify,
		Reason: kefu.ReasonLowConfidence, LatencyMS: 10})
	turn(seed.Conv[4], t4.Add(time.Minute), "hello?", kefu.Trace{Intent: "greeting", Normalized: "hello", Action: kefu.ActionSmalltalk,
		Reason: kefu.ReasonSmalltalk, LatencyMS: 5})
	return seed
}

// seedPeriod is SeedAnalytics's two days.
func seedPeriod(tenantID string) kefu.AnalyticsFilter {
	return kefu.AnalyticsFilter{TenantID: tenantID, From: "2026-11-24", To: "2026-11-25"}
}

// seedNow is a time after which every seeded conversation has ended.
var seedNow = AnalyticsT0.Add(72 * time.Hour)

func testAnalyticsConversations(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustCreateTenant(t, s, "other")
	SeedAnalytics(t, s, "shop")
	for _, tc := range []struct {
		name string
		f    kefu.AnalyticsFilter
		now  time.Time
		want []kefu.ConversationStats
	}{
		{"both days", seedPeriod("shop"), seedNow, []kefu.ConversationStats{
			// cv1 came back (cv3) within 24 h on skin_advice: not contained,
			// not resolved; cv2 handed off and answered: resolved.
			{Day: "2026-11-24", Conversations: 3, Ended: 3, Contained: 1, Resolved: 2, HandedOff: 1, CustomerMsgs: 3, BotReplies: 3, Rated: 1, RatingSum: 4},
			{Day: "2026-11-25", Conversations: 1, Ended: 1, Contained: 1, Resolved: 1, CustomerMsgs: 2, BotReplies: 2},
		}},
		// cv3 (last message 11:00:01) has not been idle for 24 h at
		// 10:00 the next day, nor has cv4.
		{"still open the next morning", seedPeriod("shop"), AnalyticsT0.Add(25 * time.Hour), []kefu.ConversationStats{
			{Day: "2026-11-24", Conversations: 3, Ended: 2, Contained: 0, Resolved: 1, HandedOff: 1, CustomerMsgs: 3, BotReplies: 3, Rated: 1, RatingSum: 4},
			{Day: "2026-11-25", Conversations: 1, CustomerMsgs: 2, BotReplies: 2},
		}},
		{"channel", kefu.AnalyticsFilter{TenantID: "shop", From: "2026-11-24", To: "2026-11-25", Channel: "widget"}, seedNow, []kefu.ConversationStats{
			{Day: "2026-11-24", Conversations: 2, Ended: 2, Contained: 1, Resolved: 1, CustomerMsgs: 2, BotReplies: 2},
		}},
		{"product", kefu.AnalyticsFilter{TenantID: "shop", From: "2026-11-24", To: "2026-11-25", Product: "SALMON-1"}, seedNow, []kefu.ConversationStats{
			{Day: "2026-11-24", Conversations: 1, Ended: 1, Resolved: 1, HandedOff: 1, CustomerMsgs: 1, BotReplies: 1, Rated: 1, RatingSum: 4},
		}},
		{"other tenant", seedPeriod("other"), seedNow, nil},
		{"day before", kefu.AnalyticsFilter{TenantID: "shop", From: "2026-11-23", To: "2026-11-23"}, seedNow, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.AnalyticsConversations(ctx, tc.f, tc.now.Add(-kefu.ReturnWindow))
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("AnalyticsConversations =\n%+v\nwant\n%+v", got, tc.want)
			}
		})
	}
	first, handling, err := s.AnalyticsDurations(ctx, seedPeriod("shop"))
	if err != nil {
		t.Fatal(err)
	}
	// The agent wrote 90 s after the hand-off and closed 540 s after joining.
	if !slices.Equal(first, []int64{90000}) || !slices.Equal(handling, []int64{540000}) {
		t.Errorf("AnalyticsDurations = %v, %v, want [90000], [540000]", first, handling)
	}
}

func testAnalyticsTurns(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	SeedAnalytics(t, s, "shop")
	// Latency buckets: 5 ms in 3 (<8), 10 in 4 (<16), 40 and 60 in 6
	// (<64), 120 in 7 (<128).
	var day1, day2 [kefu.LatencyBuckets]int64
	day1[6], day1[7] = 2, 1
	day2[3], day2[4] = 1, 1
	for _, tc := range []struct {
		by   string
		want []kefu.TurnCount
	}{
		{kefu.ByDay, []kefu.TurnCount{
			{Key: "2026-11-24", Turns: 3, Answered: 3, Handoff: 1, Negative: 1, Latency: day1},
			{Key: "2026-11-25", Turns: 2, Answered: 1, Clarify: 1, Latency: day2},
		}},
		{kefu.ByIntent, []kefu.TurnCount{
			{Key: "skin_advice", Turns: 2, Answered: 2, Latency: [kefu.LatencyBuckets]int64{6: 2}},
			{Key: "", Turns: 1, Clarify: 1, Latency: [kefu.LatencyBuckets]int64{4: 1}},
			{Key: "fresh_wrong_temperature", Turns: 1, Answered: 1, Handoff: 1, Negative: 1, Latency: [kefu.LatencyBuckets]int64{7: 1}},
			{Key: "greeting", Turns: 1, Answered: 1, Latency: [kefu.LatencyBuckets]int64{3: 1}},
		}},
		// Reasons and emotions count turns only.
		{kefu.ByReason, []kefu.TurnCount{{Key: "after_sales", Turns: 1, Handoff: 1}}},
		{kefu.ByEmotion, []kefu.TurnCount{{Key: "neutral", Turns: 4}, {Key: "anger", Turns: 1}}},
	} {
		t.Run(tc.by, func(t *testing.T) {
			got, err := s.AnalyticsTurns(ctx, seedPeriod("shop"), tc.by)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("AnalyticsTurns(%s) =\n%+v\nwant\n%+v", tc.by, got, tc.want)
			}
		})
	}
	// A product's turns come from the product rollup.
	serum := seedPeriod("shop")
	serum.Product = "SERUM-1"
	for _, by := range []string{kefu.ByIntent, kefu.ByEmotion} {
		got, err := s.AnalyticsTurns(ctx, serum, by)
		if err != nil || len(got) != 1 || got[0].Turns != 2 {
			t.Errorf("AnalyticsTurns(SERUM-1, %s) = %+v, %v; want 2 turns in one key", by, got, err)
		}
	}
	if _, err := s.AnalyticsTurns(ctx, seedPeriod("shop"), "text; DROP TABLE messages"); kefu.ErrorCode(err) != kefu.EINVALID {
		t.Errorf("AnalyticsTurns(bad dimension) = %v, want EINVALID", err)
	}
}

func testAnalyticsQuestions(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	seed := SeedAnalytics(t, s, "shop")
	f := seedPeriod("shop")
	// Greetings are not questions: 4 questions in three clusters.
	got, err := s.AnalyticsQuestions(ctx, f, false, 10)
	if err != nil {
		t.Fatal(err)
	}
	want := []kefu.QuestionCount{
		{Intent: "skin_advice", Cluster: "sku:SERUM-1", Text: "Does the serum suit oily skin?", Turns: 2, Answered: 2, Total: 4},
		{Intent: "", Cluster: "asdfgh", Text: "asdfgh", Turns: 1, Total: 4},
		{Intent: "fresh_wrong_temperature", Cluster: "sku:SALMON-1", Text: "my salmon arrived warm", Turns: 1, Answered: 1, Total: 4},
	}
	if !slices.Equal(got, want) {
		t.Errorf("AnalyticsQuestions =\n%+v\nwant\n%+v", got, want)
	}
	got, err = s.AnalyticsQuestions(ctx, f, true, 10)
	if err != nil {
		t.Fatal(err)
	}
	if want := []kefu.QuestionCount{{Intent: "", Cluster: "asdfgh", Text: "asdfgh", Turns: 1, Total: 4}}; !slices.Equal(got, want) {
		t.Errorf("AnalyticsQuestions(unanswered) = %+v, want %+v", got, want)
	}
	rows, err := s.AnalyticsQuestionRows(ctx, f, [][2]string{{"skin_advice", "sku:SERUM-1"}})
	if err != nil {
		t.Fatal(err)
	}
	if want := []kefu.QuestionRow{{Intent: "skin_advice", Cluster: "sku:SERUM-1", Day: "2026-11-24", Language: "en", SKU: "SERUM-1", Turns: 2}}; !slices.Equal(rows, want) {
		t.Errorf("AnalyticsQuestionRows = %+v, want %+v", rows, want)
	}
	ex, err := s.AnalyticsExamples(ctx, f, "skin_advice", "sku:SERUM-1", 5)
	if err != nil {
		t.Fatal(err)
	}
	wantEx := []kefu.QuestionExample{
		{ConversationID: seed.Conv[3], Text: "serum for oily skin?", Language: "en", At: AnalyticsT0.Add(2*time.Hour + time.Second)},
		{ConversationID: seed.Conv[1], Text: "Does the serum suit oily skin?", Language: "en", At: AnalyticsT0.Add(time.Second)},
	}
	if !slices.Equal(ex, wantEx) {
		t.Errorf("AnalyticsExamples = %+v, want %+v", ex, wantEx)
	}
}

func testAnalyticsPain(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	SeedAnalytics(t, s, "shop")
	sortRows := func(rs []kefu.PainRow) {
		slices.SortFunc(rs, func(a, b kefu.PainRow) int {
			if a.Key+a.Key2+a.Intent < b.Key+b.Key2+b.Intent {
				return -1
			}
			return 1
		})
	}
	for _, tc := range []struct {
		by   string
		want []kefu.PainRow
	}{
		// The anonymous visitor's turns name no product, region or carrier.
		{kefu.PainProduct, []kefu.PainRow{
			{Key: "SALMON-1", Intent: "fresh_wrong_temperature", Turns: 1, Negative: 1, Upset: 1},
			{Key: "SERUM-1", Intent: "skin_advice", Turns: 2},
		}},
		{kefu.PainCarrier, []kefu.PainRow{{Key: "ColdExpress", Intent: "fresh_wrong_temperature", Turns: 1, Negative: 1, Upset: 1}}},
		{kefu.PainRegion, []kefu.PainRow{
			{Key: "DE", Intent: "skin_advice", Turns: 2},
			{Key: "TH", Intent: "fresh_wrong_temperature", Turns: 1, Negative: 1, Upset: 1},
		}},
		{kefu.PainHeatmap, []kefu.PainRow{
			{Key: "Seafood", Key2: "TH", Intent: "fresh_wrong_temperature", Turns: 1, Negative: 1, Upset: 1},
			{Key: "Skincare", Key2: "DE", Intent: "skin_advice", Turns: 2},
		}},
	} {
		t.Run(tc.by, func(t *testing.T) {
			got, err := s.AnalyticsPain(ctx, seedPeriod("shop"), tc.by)
			if err != nil {
				t.Fatal(err)
			}
			sortRows(got)
			if !slices.Equal(got, tc.want) {
				t.Errorf("AnalyticsPain(%s) =\n%+v\nwant\n%+v", tc.by, got, tc.want)
			}
		})
	}
	// Filters the narrow tables do not carry read the wide one.
	for _, tc := range []struct {
		name string
		f    kefu.AnalyticsFilter
		by   string
		want []kefu.PainRow
	}{
		{"region by channel", kefu.AnalyticsFilter{TenantID: "shop", From: "2026-11-24", To: "2026-11-25", Channel: "web"}, kefu.PainRegion,
			[]kefu.PainRow{{Key: "TH", Intent: "fresh_wrong_temperature", Turns: 1, Negative: 1, Upset: 1}}},
		{"carrier by product", kefu.AnalyticsFilter{TenantID: "shop", From: "2026-11-24", To: "2026-11-25", Product: "SERUM-1"}, kefu.PainCarrier, nil},
		{"product by language", kefu.AnalyticsFilter{TenantID: "shop", From: "2026-11-24", To: "2026-11-25", Language: "en", Product: "SERUM-1"}, kefu.PainProduct,
			[]kefu.PainRow{{Key: "SERUM-1", Intent: "skin_advice", Turns: 2}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.AnalyticsPain(ctx, tc.f, tc.by)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("AnalyticsPain = %+v, want %+v", got, tc.want)
			}
		})
	}
	// The next two days see the seeded ones as their previous period.
	got, err := s.AnalyticsPain(ctx, kefu.AnalyticsFilter{TenantID: "shop", From: "2026-11-26", To: "2026-11-27"}, kefu.PainCarrier)
	if err != nil {
		t.Fatal(err)
	}
	if want := []kefu.PainRow{{Key: "ColdExpress", Intent: "fresh_wrong_temperature", Previous: true, Turns: 1, Negative: 1, Upset: 1}}; !slices.Equal(got, want) {
		t.Errorf("AnalyticsPain(next period) = %+v, want %+v", got, want)
	}
}

func testAnalyticsScopes(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	seed := SeedAnalytics(t, s, "shop")
	f := seedPeriod("shop")
	for _, tc := range []struct {
		name  string
		f     kefu.AnalyticsFilter
		scope kefu.TurnScope
		want  []string
	}{
		{"intent, newest first", f, kefu.TurnScope{Intents: []string{"skin_advice"}}, []string{seed.Conv[3], seed.Conv[1]}},
		{"carrier", f, kefu.TurnScope{Carrier: "ColdExpress"}, []string{seed.Conv[2]}},
		{"segment", f, kefu.TurnScope{Segment: "oily"}, []string{seed.Conv[3], seed.Conv[1]}},
		{"product", kefu.AnalyticsFilter{TenantID: "shop", From: f.From, To: f.To, Product: "SALMON-1"}, kefu.TurnScope{}, []string{seed.Conv[2]}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.AnalyticsConversationIDs(ctx, tc.f, tc.scope, 10)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("AnalyticsConversationIDs = %v, want %v", got, tc.want)
			}
		})
	}
	segs, err := s.AnalyticsSegments(ctx, f)
	if err != nil {
		t.Fatal(err)
	}
	if want := []kefu.SegmentCount{{Segment: "oily", Intent: "skin_advice", Turns: 2}}; !slices.Equal(segs, want) {
		t.Errorf("AnalyticsSegments = %+v, want %+v", segs, want)
	}
	money, err := s.AnalyticsCompensation(ctx, f)
	if err != nil || len(money) != 0 {
		t.Errorf("AnalyticsCompensation = %+v, %v, want none", money, err)
	}
	pro, err := s.AnalyticsProactive(ctx, f)
	if err != nil || pro != (kefu.ProactiveStats{}) {
		t.Errorf("AnalyticsProactive = %+v, %v, want zero", pro, err)
	}
}

func testAnalyticsFilterValidation(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	for _, tc := range []struct {
		name  string
		f     kefu.AnalyticsFilter
		field string
	}{
		{"no tenant", kefu.AnalyticsFilter{From: "2026-11-24", To: "2026-11-25"}, "tenant_id"},
		{"bad from", kefu.AnalyticsFilter{TenantID: "shop", From: "24.11.2026", To: "2026-11-25"}, "from"},
		{"bad to", kefu.AnalyticsFilter{TenantID: "shop", From: "2026-11-24", To: "tomorrow"}, "to"},
		{"from after to", kefu.AnalyticsFilter{TenantID: "shop", From: "2026-11-26", To: "2026-11-25"}, "from"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := s.AnalyticsTurns(ctx, tc.f, kefu.ByDay)
			if kefu.ErrorCode(err) != kefu.EINVALID || kefu.ErrorField(err) != tc.field {
				t.Errorf("AnalyticsTurns = %v (field %q), want EINVALID naming %q", err, kefu.ErrorField(err), tc.field)
			}
		})
	}
}

func testInsights(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustCreateTenant(t, s, "other")
	in := &kefu.Insight{TenantID: "shop", Key: "supply_chain:ColdExpress", Audience: kefu.AudienceSupplyChain,
		Title: "ColdExpress: 6 complaints", Evidence: "6 of 10", Action: "Review", Count: 6, ConversationIDs: []string{"cv1"}}
	if err := s.UpsertInsight(ctx, in); err != nil {
		t.Fatal(err)
	}
	if in.ID == "" || in.Status != kefu.InsightOpen || in.CreatedAt.IsZero() {
		t.Fatalf("UpsertInsight = %+v, want an open insight with an ID", in)
	}
	id := in.ID
	dismissed, err := s.UpdateInsightStatus(ctx, "shop", id, kefu.InsightDismissed, "")
	if err != nil || dismissed.Status != kefu.InsightDismissed {
		t.Fatalf("UpdateInsightStatus = %+v, %v", dismissed, err)
	}
	// A refresh with new numbers keeps the ID and the dismissal.
	again := &kefu.Insight{TenantID: "shop", Key: "supply_chain:ColdExpress", Audience: kefu.AudienceSupplyChain,
		Title: "ColdExpress: 7 complaints", Evidence: "7 of 11", Action: "Review", Count: 7, ConversationIDs: []string{"cv1", "cv2"},
		Params: map[string]any{"carrier": "ColdExpress", "complaints": 7, "by": map[string]int{"fresh_spoiled": 7}}}
	if err := s.UpsertInsight(ctx, again); err != nil {
		t.Fatal(err)
	}
	if again.ID != id || again.Status != kefu.InsightDismissed || again.Count != 7 || len(again.ConversationIDs) != 2 {
		t.Errorf("UpsertInsight again = %+v, want ID %s, dismissed, count 7, 2 conversations", again, id)
	}
	// The params come back as JSON gives them (numbers as float64).
	if got := fmt.Sprint(again.Params); got != "map[by:map[fresh_spoiled:7] carrier:ColdExpress complaints:7]" {
		t.Errorf("UpsertInsight again: params %s, want the carrier, 7 complaints and their intents", got)
	}
	if got, err := s.FindInsightByID(ctx, "shop", id); err != nil || fmt.Sprint(got.Params) != fmt.Sprint(again.Params) {
		t.Errorf("FindInsightByID = params %v, %v; want %v", got.Params, err, again.Params)
	}
	for _, tc := range []struct {
		tenant string
		status kefu.InsightStatus
		want   int
	}{{"shop", "", 1}, {"shop", kefu.InsightDismissed, 1}, {"shop", kefu.InsightOpen, 0}, {"other", "", 0}} {
		got, err := s.FindInsights(ctx, tc.tenant, tc.status)
		if err != nil || len(got) != tc.want {
			t.Errorf("FindInsights(%s, %q) = %d insights, %v; want %d", tc.tenant, tc.status, len(got), err, tc.want)
		}
	}
	accepted, err := s.UpdateInsightStatus(ctx, "shop", id, kefu.InsightAccepted, "art_1")
	if err != nil || accepted.Status != kefu.InsightAccepted || accepted.ArticleID != "art_1" {
		t.Errorf("UpdateInsightStatus(accepted) = %+v, %v", accepted, err)
	}
	for _, tc := range []struct {
		name string
		err  error
		code string
	}{
		{"other tenant's", func() error { _, err := s.FindInsightByID(ctx, "other", id); return err }(), kefu.ENOTFOUND},
		{"update other tenant's", func() error {
			_, err := s.UpdateInsightStatus(ctx, "other", id, kefu.InsightOpen, "")
			return err
		}(), kefu.ENOTFOUND},
		{"bad status", func() error { _, err := s.UpdateInsightStatus(ctx, "shop", id, "maybe", ""); return err }(), kefu.EINVALID},
		{"no audience", s.UpsertInsight(ctx, &kefu.Insight{TenantID: "shop", Key: "k", Title: "t"}), kefu.EINVALID},
	} {
		if kefu.ErrorCode(tc.err) != tc.code {
			t.Errorf("%s: %v, want %s", tc.name, tc.err, tc.code)
		}
	}
}

// testAnalyticsThumbs: a customer's thumbs on a bot reply count in the
// conversation's analytics; a changed mind replaces the rating, and
// agents' corrections are not thumbs.
func testAnalyticsThumbs(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	seed := SeedAnalytics(t, s, "shop")
	msgs, err := s.FindMessages(ctx, kefu.MessageFilter{TenantID: "shop", ConversationID: seed.Conv[1]})
	mustNil(t, "FindMessages", err)
	var reply *kefu.Message
	for _, m := range msgs {
		if m.Author == kefu.AuthorBot && reply == nil {
			reply = m
		}
	}
	if reply == nil {
		t.Fatal("the seed's first conversation has no bot reply")
	}
	thumbs := func() (up, down int) {
		t.Helper()
		days, err := s.AnalyticsConversations(ctx, seedPeriod("shop"), seedNow)
		mustNil(t, "AnalyticsConversations", err)
		for _, d := range days {
			up, down = up+d.ThumbsUp, down+d.ThumbsDown
		}
		return up, down
	}
	rate := func(kind string) {
		t.Helper()
		mustNil(t, "CreateFeedback "+kind, s.CreateFeedback(ctx, &kefu.Feedback{TenantID: "shop", Kind: kind,
			CustomerID: "c1", ConversationID: seed.Conv[1], MessageID: reply.ID}))
	}
	rate(kefu.FeedbackThumbsDown)
	if up, down := thumbs(); up != 0 || down != 1 {
		t.Errorf("after a thumbs-down: %d up, %d down; want 0 and 1", up, down)
	}
	rate(kefu.FeedbackThumbsUp)
	if up, down := thumbs(); up != 1 || down != 0 {
		t.Errorf("after the customer changed their mind: %d up, %d down; want 1 and 0", up, down)
	}
	mustNil(t, "CreateFeedback relabel", s.CreateFeedback(ctx, &kefu.Feedback{TenantID: "shop", Kind: kefu.FeedbackRelabel,
		AgentID: "ag_1", ConversationID: seed.Conv[1], MessageID: reply.ID - 1, Text: "Does the serum suit oily skin?", Intent: "skin_advice"}))
	if up, down := thumbs(); up != 1 || down != 0 {
		t.Errorf("after an agent's relabel: %d up, %d down; want 1 and 0", up, down)
	}
}

// foldEach is a store that folds the analytics after every message, as
// if each message were its own batch.
type foldEach struct{ kefu.Store }

func (s foldEach) CreateMessage(ctx context.Context, m *kefu.Message) error {
	if err := s.Store.CreateMessage(ctx, m); err != nil {
		return err
	}
	_, err := s.Store.FoldAnalytics(ctx)
	return err
}

// analyticsView is everything the analytics read methods say about a
// tenant's seeded period, with the tenant left out so that two tenants
// compare.
func analyticsView(t *testing.T, s kefu.Store, tenantID string) map[string]any {
	t.Helper()
	ctx := context.Background()
	f := seedPeriod(tenantID)
	v := map[string]any{}
	convs, err := s.AnalyticsConversations(ctx, f, seedNow)
	mustNil(t, "AnalyticsConversations", err)
	v["conversations"] = convs
	first, handling, err := s.AnalyticsDurations(ctx, f)
	mustNil(t, "AnalyticsDurations", err)
	v["durations"] = [][]int64{first, handling}
	for _, by := range []string{kefu.ByDay, kefu.ByIntent, kefu.ByEmotion, kefu.ByLanguage, kefu.ByChannel, kefu.ByReason} {
		turns, err := s.AnalyticsTurns(ctx, f, by)
		mustNil(t, "AnalyticsTurns "+by, err)
		v["turns/"+by] = turns
	}
	for _, unanswered := range []bool{false, true} {
		qs, err := s.AnalyticsQuestions(ctx, f, unanswered, 10)
		mustNil(t, "AnalyticsQuestions", err)
		v[fmt.Sprint("questions/", unanswered)] = qs
	}
	for _, by := range []string{kefu.PainProduct, kefu.PainCategory, kefu.PainRegion, kefu.PainCarrier, kefu.PainHeatmap} {
		pain, err := s.AnalyticsPain(ctx, f, by)
		mustNil(t, "AnalyticsPain "+by, err)
		v["pain/"+by] = pain
	}
	segs, err := s.AnalyticsSegments(ctx, f)
	mustNil(t, "AnalyticsSegments", err)
	v["segments"] = segs
	return v
}

// testAnalyticsFold: folding in one batch, message by message, or from
// several goroutines at once gives the same facts, each message counted
// once; a fold with nothing pending does nothing.
func testAnalyticsFold(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	for _, id := range []string{"batch", "each", "racing"} {
		MustCreateTenant(t, s, id)
	}
	if _, err := s.FoldAnalytics(ctx); err != nil {
		t.Fatal(err)
	}
	SeedAnalytics(t, s, "batch")
	n, err := s.FoldAnalytics(ctx)
	mustNil(t, "FoldAnalytics", err)
	if n != 14 { // SeedAnalytics stores 14 messages
		t.Errorf("FoldAnalytics folded %d messages, want the 14 seeded", n)
	}
	if n, err := s.FoldAnalytics(ctx); err != nil || n != 0 {
		t.Errorf("FoldAnalytics again = %d, %v; want 0, nil", n, err)
	}
	SeedAnalytics(t, foldEach{s}, "each")

	SeedAnalytics(t, s, "racing")
	var (
		wg    sync.WaitGroup
		total atomic.Int64
		errs  = make(chan error, 4)
	)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n, err := s.FoldAnalytics(ctx)
			total.Add(int64(n))
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		mustNil(t, "concurrent FoldAnalytics", err)
	}
	if total.Load() != 14 {
		t.Errorf("four concurrent folds folded %d messages in all, want 14", total.Load())
	}

	want := analyticsView(t, s, "batch")
	if want["conversations"] == nil || len(want["turns/intent"].([]kefu.TurnCount)) == 0 {
		t.Fatalf("the batch tenant's analytics are empty: %+v", want)
	}
	for _, id := range []string{"each", "racing"} {
		got := analyticsView(t, s, id)
		for k, w := range want {
			if g := got[k]; fmt.Sprint(g) != fmt.Sprint(w) {
				t.Errorf("%s: %s =\n%+v\nwant (folded in one batch)\n%+v", id, k, g, w)
			}
		}
	}
	// The clusters' texts and the examples come from the same questions.
	top, err := s.AnalyticsQuestions(ctx, seedPeriod("batch"), false, 1)
	mustNil(t, "AnalyticsQuestions", err)
	if len(top) == 0 {
		t.Fatal("no question clusters")
	}
	ex := func(tenantID string) []kefu.QuestionExample {
		qs, err := s.AnalyticsExamples(ctx, seedPeriod(tenantID), top[0].Intent, top[0].Cluster, 5)
		mustNil(t, "AnalyticsExamples", err)
		for i := range qs {
			qs[i].ConversationID = ""
		}
		return qs
	}
	if a, b := ex("batch"), ex("each"); fmt.Sprint(a) != fmt.Sprint(b) || len(a) == 0 {
		t.Errorf("examples: folded message by message %+v, in one batch %+v", b, a)
	}
}

// testAnalyticsFoldWhileWriting: folds running while customers and the
// bot write lose no message and count none twice.
func testAnalyticsFoldWhileWriting(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	const writers, turns = 4, 25
	day := AnalyticsT0
	var convs []string
	for range writers {
		convs = append(convs, MustCreateConversation(t, s, &kefu.Conversation{TenantID: "shop", Channel: "api"}).ID)
	}
	var (
		wg      sync.WaitGroup
		writing atomic.Int32
		errs    = make(chan error, writers+1)
	)
	writing.Store(writers)
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer writing.Add(-1)
			for i := range turns {
				at := day.Add(time.Duration(w*turns+i) * time.Second)
				q := &kefu.Message{TenantID: "shop", ConversationID: convs[w], Author: kefu.AuthorCustomer, Text: fmt.Sprint("question ", i),
					Language: "en", CreatedAt: at}
				if err := s.CreateMessage(ctx, q); err != nil {
					errs <- err
					return
				}
				if err := s.CreateMessage(ctx, &kefu.Message{TenantID: "shop", ConversationID: convs[w], Author: kefu.AuthorBot,
					Text: "answer", Language: "en", ReplyTo: q.ID, CreatedAt: at.Add(time.Millisecond),
					Trace: &kefu.Trace{Intent: "track_order", Language: "en", Action: kefu.ActionSkill, Outcome: "order_status", LatencyMS: 3}}); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		for writing.Load() > 0 {
			if _, err := s.FoldAnalytics(ctx); err != nil {
				errs <- err
				return
			}
		}
	}()
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	f := kefu.AnalyticsFilter{TenantID: "shop", From: kefu.AnalyticsDay(day), To: kefu.AnalyticsDay(day)}
	byDay, err := s.AnalyticsTurns(ctx, f, kefu.ByDay)
	mustNil(t, "AnalyticsTurns", err)
	if len(byDay) != 1 || byDay[0].Turns != writers*turns || byDay[0].Answered != writers*turns {
		t.Errorf("AnalyticsTurns by day = %+v, want one day of %d turns, all answered", byDay, writers*turns)
	}
	convStats, err := s.AnalyticsConversations(ctx, f, seedNow)
	mustNil(t, "AnalyticsConversations", err)
	if len(convStats) != 1 || convStats[0].Conversations != writers || convStats[0].CustomerMsgs != writers*turns ||
		convStats[0].BotReplies != writers*turns {
		t.Errorf("AnalyticsConversations = %+v, want %d conversations with %d customer messages and bot replies",
			convStats, writers, writers*turns)
	}
	if n, err := s.FoldAnalytics(ctx); err != nil || n != 0 {
		t.Errorf("FoldAnalytics after the reads = %d, %v; want 0, nil", n, err)
	}
}
