// Package analyticsdb is the analytics write path the SQL stores share
// (docs/analytics.md): the rollup tables, summing turn facts into their
// rows, and folding stored messages into the facts and rollups in
// batches. Statements are written with ? parameters; the PostgreSQL store
// renumbers them.
package analyticsdb

import (
	"fmt"
	"slices"
	"strings"

	"github.com/kefu-ai/kefu"
)

// Table is a daily rollup table: key columns, then counters that a row
// adds to.
type Table struct {
	Name   string
	Keys   []string
	Counts []string
	upsert string
}

// turnCounts are the counters of the two daily tables: turns, outcomes,
// an emotion histogram and a latency histogram.
var turnCounts = func() []string {
	cs := []string{"turns", "answered", "clarify", "handoff", "negative"}
	cs = append(cs, EmotionColumns...)
	for i := range kefu.LatencyBuckets {
		cs = append(cs, fmt.Sprintf("lat%d", i))
	}
	return cs
}()

// EmotionColumns are the emotion counters of the daily rollups, in the
// order of kefu.AnalyticsEmotions, then the rest.
var EmotionColumns = func() []string {
	var cs []string
	for _, e := range kefu.AnalyticsEmotions {
		cs = append(cs, "emo_"+e)
	}
	return append(cs, "emo_other")
}()

// EmotionColumn returns the index in EmotionColumns of an emotion label.
func EmotionColumn(e string) int {
	if i := slices.Index(kefu.AnalyticsEmotions[:], e); i >= 0 {
		return i
	}
	return len(kefu.AnalyticsEmotions)
}

// The rollup tables (migration 0016).
var (
	Daily         = newTable("analytics_daily", "tenant_id, day, channel, language, intent", turnCounts...)
	DailySKU      = newTable("analytics_daily_sku", "tenant_id, sku, day, channel, language, intent", turnCounts...)
	Reasons       = newTable("analytics_reasons", "tenant_id, day, reason, channel, language, intent, sku", "turns")
	Questions     = newTable("analytics_questions", "tenant_id, day, intent, cluster, language", "turns", "answered")
	QuestionsWide = newTable("analytics_questions_wide", "tenant_id, day, intent, cluster, language, channel", "turns", "answered")
	PainSKU       = newTable("analytics_pain_sku", "tenant_id, day, sku, intent", "turns", "negative", "upset")
	PainGeo       = newTable("analytics_pain_geo", "tenant_id, day, category, country, intent", "turns", "negative", "upset")
	PainCarrier   = newTable("analytics_pain_carrier", "tenant_id, day, carrier, intent", "turns", "negative", "upset")
	PainWide      = newTable("analytics_pain_wide", "tenant_id, day, sku, category, country, carrier, intent, channel, language",
		"turns", "negative", "upset")
	Segments = newTable("analytics_segments", "tenant_id, day, segment, intent", "turns")

	// Tables lists them all, in the order a fold writes them.
	Tables = []*Table{Daily, DailySKU, Reasons, Questions, QuestionsWide, PainSKU, PainGeo, PainCarrier, PainWide, Segments}
)

func newTable(name, keys string, counts ...string) *Table {
	t := &Table{Name: name, Keys: strings.Split(keys, ", "), Counts: counts}
	cols := append(slices.Clone(t.Keys), counts...)
	sets := make([]string, len(counts))
	for i, c := range counts {
		sets[i] = fmt.Sprintf("%[2]s = %[1]s.%[2]s + excluded.%[2]s", name, c)
	}
	t.upsert = fmt.Sprintf("INSERT INTO %s (%s) VALUES (%s)\n\t\tON CONFLICT (%s) DO UPDATE SET %s",
		name, strings.Join(cols, ", "), strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", "), keys,
		strings.Join(sets, ", "))
	return t
}

// Upsert is the statement that adds a row's counters to the table: the
// key columns' values, then the counters'.
func (t *Table) Upsert() string { return t.upsert }

// Row is one rollup row being summed.
type Row struct {
	Table  *Table
	Day    string
	Key    []string // values of Table.Keys
	Counts []int64  // values of Table.Counts
}

// Args returns the arguments of the table's Upsert for the row.
func (r *Row) Args() []any {
	args := make([]any, 0, len(r.Key)+len(r.Counts))
	for _, k := range r.Key {
		args = append(args, k)
	}
	for _, n := range r.Counts {
		args = append(args, n)
	}
	return args
}

// Cluster is a question cluster's representative text: the first question
// seen in it.
type Cluster struct {
	TenantID, Intent, Cluster, Text string
}

// qPutCluster keeps a cluster's first text.
const qPutCluster = `INSERT INTO analytics_clusters (tenant_id, intent, cluster, text) VALUES (?, ?, ?, ?)
		ON CONFLICT (tenant_id, intent, cluster) DO NOTHING`

// Rollups sums turn facts into rollup rows in memory, so that a batch of
// turns touches each row once.
type Rollups struct {
	rows     map[string]*Row
	clusters []Cluster
	seen     map[[3]string]bool
}

// NewRollups returns empty rollups.
func NewRollups() *Rollups {
	return &Rollups{rows: map[string]*Row{}, seen: map[[3]string]bool{}}
}

// Len returns how many rows are being summed.
func (r *Rollups) Len() int { return len(r.rows) }

// add adds counts to t's row of key.
func (r *Rollups) add(t *Table, day string, key []string, counts ...int64) {
	var sb strings.Builder
	sb.WriteString(t.Name)
	for _, k := range key {
		sb.WriteByte(0x1f)
		sb.WriteString(k)
	}
	row := r.rows[sb.String()]
	if row == nil {
		row = &Row{Table: t, Day: day, Key: key, Counts: make([]int64, len(counts))}
		r.rows[sb.String()] = row
	}
	for i, n := range counts {
		row.Counts[i] += n
	}
}

func i64(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// Add counts turn fact f in every rollup it belongs to.
func (r *Rollups) Add(f *kefu.TurnFact) {
	counts := make([]int64, len(turnCounts))
	counts[0], counts[1], counts[2], counts[3], counts[4] = 1, i64(f.Answered), i64(f.Clarify), i64(f.Handoff), i64(f.Negative)
	counts[5+EmotionColumn(f.Emotion)] = 1
	counts[5+len(EmotionColumns)+kefu.LatencyBucket(f.LatencyMS)] = 1
	t, d := f.TenantID, f.Day
	r.add(Daily, d, []string{t, d, f.Channel, f.Language, f.Intent}, counts...)
	if f.SKU != "" {
		r.add(DailySKU, d, []string{t, f.SKU, d, f.Channel, f.Language, f.Intent}, counts...)
	}
	if f.Handoff {
		r.add(Reasons, d, []string{t, d, f.Reason, f.Channel, f.Language, f.Intent, f.SKU}, 1)
	}
	if f.Action == string(kefu.ActionSmalltalk) || f.Action == string(kefu.ActionSilent) {
		return // greetings and thanks are not questions
	}
	ans, neg, upset := i64(f.Answered), i64(f.Negative), i64(f.Upset)
	r.add(Questions, d, []string{t, d, f.Intent, f.Cluster, f.Language}, 1, ans)
	r.add(QuestionsWide, d, []string{t, d, f.Intent, f.Cluster, f.Language, f.Channel}, 1, ans)
	if ck := [3]string{t, f.Intent, f.Cluster}; !r.seen[ck] {
		r.seen[ck] = true
		r.clusters = append(r.clusters, Cluster{TenantID: t, Intent: f.Intent, Cluster: f.Cluster, Text: clip(f.Question, 200)})
	}
	if f.SKU != "" {
		r.add(PainSKU, d, []string{t, d, f.SKU, f.Intent}, 1, neg, upset)
	}
	if f.Category != "" || f.Country != "" {
		r.add(PainGeo, d, []string{t, d, f.Category, f.Country, f.Intent}, 1, neg, upset)
	}
	if f.Carrier != "" {
		r.add(PainCarrier, d, []string{t, d, f.Carrier, f.Intent}, 1, neg, upset)
	}
	if f.SKU != "" || f.Country != "" || f.Carrier != "" {
		r.add(PainWide, d, []string{t, d, f.SKU, f.Category, f.Country, f.Carrier, f.Intent, f.Channel, f.Language}, 1, neg, upset)
	}
	if f.Segment != "" {
		r.add(Segments, d, []string{t, d, f.Segment, f.Intent}, 1)
	}
}

// Take removes and returns the rows of the days before day ("" takes
// them all), by table in the order of Tables, then by key, and the
// clusters seen first since the last Take, in the order seen.
func (r *Rollups) Take(day string) ([]*Row, []Cluster) {
	var rows []*Row
	for k, row := range r.rows {
		if day == "" || row.Day < day {
			rows = append(rows, row)
			delete(r.rows, k)
		}
	}
	order := make(map[*Table]int, len(Tables))
	for i, t := range Tables {
		order[t] = i
	}
	slices.SortFunc(rows, func(a, b *Row) int {
		if c := order[a.Table] - order[b.Table]; c != 0 {
			return c
		}
		return slices.Compare(a.Key, b.Key)
	})
	cl := r.clusters
	r.clusters = nil
	return rows, cl
}

// clip cuts s to at most n runes.
func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n])
	}
	return s
}
