package analyticsdb

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

// TestRollups: turns with the same key add up in one row per table, small
// talk is not a question, a cluster keeps its first text, and Take hands
// out only the days before its argument.
func TestRollups(t *testing.T) {
	day1, day2 := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC), time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC)
	turn := func(at time.Time, intent, action, emotion, question string, latency float64) *kefu.TurnFact {
		return &kefu.TurnFact{TenantID: "shop", Day: kefu.AnalyticsDay(at), Channel: "widget", Language: "en",
			Intent: intent, Cluster: intent + "/c", Action: action, Emotion: emotion, Answered: true, SKU: "S1",
			LatencyMS: latency, Question: question}
	}
	r := NewRollups()
	r.Add(turn(day1, "track_order", "skill", kefu.EmotionNeutral, "where is it", 40))
	r.Add(turn(day1, "track_order", "skill", kefu.EmotionAnger, "WHERE IS IT", 3000))
	r.Add(turn(day1, "greeting", string(kefu.ActionSmalltalk), kefu.EmotionNeutral, "hi", 5))
	r.Add(turn(day2, "track_order", "skill", "confusion", "still nothing", 40))

	rows, clusters := r.Take(kefu.AnalyticsDay(day2))
	if got := slices.IndexFunc(rows, func(row *Row) bool { return row.Day != "2026-12-01" }); got >= 0 {
		t.Errorf("Take(day 2) returned a row of %s", rows[got].Day)
	}
	count := func(rows []*Row, table *Table, intent string) []int64 {
		for _, row := range rows {
			if row.Table == table && slices.Contains(row.Key, intent) {
				return row.Counts
			}
		}
		return nil
	}
	daily := count(rows, Daily, "track_order")
	if daily == nil || daily[0] != 2 || daily[1] != 2 {
		t.Fatalf("daily track_order = %v, want 2 turns, 2 answered", daily)
	}
	emo := 5 + EmotionColumn(kefu.EmotionAnger)
	if daily[emo] != 1 || daily[5+EmotionColumn(kefu.EmotionNeutral)] != 1 {
		t.Errorf("daily emotions = %v, want one neutral and one anger", daily[5:5+len(EmotionColumns)])
	}
	var lat int64
	for _, n := range daily[5+len(EmotionColumns):] {
		lat += n
	}
	if lat != 2 {
		t.Errorf("daily latency histogram sums to %d, want 2", lat)
	}
	if count(rows, Questions, "greeting") != nil || count(rows, Daily, "greeting") == nil {
		t.Error("small talk must count as a turn and not as a question")
	}
	if q := count(rows, Questions, "track_order"); q == nil || q[0] != 2 {
		t.Errorf("questions track_order = %v, want 2 turns", q)
	}
	if len(clusters) != 1 || clusters[0].Text != "where is it" {
		t.Errorf("clusters = %+v, want track_order's first question only", clusters)
	}
	rest, clusters := r.Take("")
	if len(rest) == 0 || r.Len() != 0 || len(clusters) != 0 {
		t.Errorf("Take(\"\") = %d rows, %d clusters, %d left; want day 2's rows, no new cluster, none left", len(rest), len(clusters), r.Len())
	}
	if other := 5 + EmotionColumn("confusion"); count(rest, Daily, "track_order")[other] != 1 || other != len(EmotionColumns)-1+5 {
		t.Error("an emotion outside kefu.AnalyticsEmotions must count as other")
	}
}

// TestUpsert: each table's statement names its keys in the conflict
// target and adds every counter.
func TestUpsert(t *testing.T) {
	for _, tb := range Tables {
		q := tb.Upsert()
		if !strings.Contains(q, "ON CONFLICT ("+strings.Join(tb.Keys, ", ")+")") {
			t.Errorf("%s: conflict target missing in %s", tb.Name, q)
		}
		for _, c := range tb.Counts {
			if !strings.Contains(q, c+" = "+tb.Name+"."+c+" + excluded."+c) {
				t.Errorf("%s: %s not added in %s", tb.Name, c, q)
			}
		}
		if n := strings.Count(q, "?"); n != len(tb.Keys)+len(tb.Counts) {
			t.Errorf("%s: %d parameters, want %d", tb.Name, n, len(tb.Keys)+len(tb.Counts))
		}
	}
}
