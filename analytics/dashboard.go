package analytics

import (
	"cmp"
	"context"
	"math"
	"slices"
	"strconv"
	"time"

	"github.com/kefu-ai/kefu"
	"golang.org/x/text/currency"
)

// The dashboard's panels (docs/analytics.md has each metric's
// definition). They read only the analytics facts and rollups the stores
// keep (kefu.AnalyticsService), never the message log.

// Percentiles are a distribution's p50, p90 and p99.
type Percentiles struct {
	P50 float64 `json:"p50"`
	P90 float64 `json:"p90"`
	P99 float64 `json:"p99"`
}

// CSAT is the customers' ratings (1..5) of the period's conversations.
type CSAT struct {
	Count int     `json:"count"`
	Mean  float64 `json:"mean"`
}

// Thumbs are the customers' thumbs on bot replies.
type Thumbs struct {
	Up   int `json:"up"`
	Down int `json:"down"`
}

// Money is an amount in one currency, in major units written as a
// decimal ("12.50").
type Money struct {
	Currency string `json:"currency"`
	Amount   string `json:"amount"`
	Count    int    `json:"count"`
}

// DayPoint is one day of the summary's series.
type DayPoint struct {
	Day           string `json:"day"`
	Conversations int    `json:"conversations"`
	Contained     int    `json:"contained"`
	Handoffs      int    `json:"handoffs"`
	BotReplies    int    `json:"bot_replies"`
}

// SummaryReport is the summary panel.
type SummaryReport struct {
	From              string              `json:"from"`
	To                string              `json:"to"`
	Conversations     int                 `json:"conversations"`
	CustomerMessages  int                 `json:"customer_messages"`
	BotReplies        int                 `json:"bot_replies"`
	Ended             int                 `json:"ended"`
	Containment       float64             `json:"containment"`
	Resolution        float64             `json:"resolution"`
	HandoffRate       float64             `json:"handoff_rate"`
	ClarificationRate float64             `json:"clarification_rate"`
	AnsweredRate      float64             `json:"answered_rate"`
	CSAT              CSAT                `json:"csat"`
	Thumbs            Thumbs              `json:"thumbs"`
	BotLatencyMS      Percentiles         `json:"bot_latency_ms"`
	FirstResponseMS   Percentiles         `json:"first_response_ms"`
	HandlingMS        Percentiles         `json:"handling_ms"`
	Compensation      []Money             `json:"compensation"`
	Proactive         kefu.ProactiveStats `json:"proactive"`
	Series            []DayPoint          `json:"series"`
	Intents           []Count             `json:"intents"`
	Emotions          []Count             `json:"emotions"`
	Languages         []Count             `json:"languages"`
	Channels          []Count             `json:"channels"`
	HandoffReasons    []Count             `json:"handoff_reasons"`
}

// Overview computes the summary panel; now decides which conversations
// have ended (idle for kefu.ReturnWindow).
func Overview(ctx context.Context, st kefu.AnalyticsService, f kefu.AnalyticsFilter, now time.Time) (*SummaryReport, error) {
	convs, err := st.AnalyticsConversations(ctx, f, now.Add(-kefu.ReturnWindow))
	if err != nil {
		return nil, err
	}
	r := &SummaryReport{From: f.From, To: f.To, Compensation: []Money{}}
	byDay := map[string]*DayPoint{}
	for _, d := range Days(f.From, f.To) {
		r.Series = append(r.Series, DayPoint{Day: d})
	}
	for i := range r.Series {
		byDay[r.Series[i].Day] = &r.Series[i]
	}
	var contained, resolved, handed, rated, ratingSum int
	for _, c := range convs {
		r.Conversations += c.Conversations
		r.CustomerMessages += c.CustomerMsgs
		r.Ended += c.Ended
		contained += c.Contained
		resolved += c.Resolved
		handed += c.HandedOff
		rated += c.Rated
		ratingSum += c.RatingSum
		r.Thumbs.Up += c.ThumbsUp
		r.Thumbs.Down += c.ThumbsDown
		if p := byDay[c.Day]; p != nil {
			p.Conversations, p.Contained, p.Handoffs = c.Conversations, c.Contained, c.HandedOff
		}
	}
	r.Containment = ratio(contained, r.Ended)
	r.Resolution = ratio(resolved, r.Ended)
	r.HandoffRate = ratio(handed, r.Conversations)
	r.CSAT = CSAT{Count: rated}
	if rated > 0 {
		r.CSAT.Mean = round(float64(ratingSum)/float64(rated), 2)
	}

	days, err := st.AnalyticsTurns(ctx, f, kefu.ByDay)
	if err != nil {
		return nil, err
	}
	var hist [kefu.LatencyBuckets]int64
	var clarify, answered int
	for _, d := range days {
		r.BotReplies += d.Turns
		clarify += d.Clarify
		answered += d.Answered
		for i, n := range d.Latency {
			hist[i] += n
		}
		if p := byDay[d.Key]; p != nil {
			p.BotReplies = d.Turns
		}
	}
	r.ClarificationRate = ratio(clarify, r.BotReplies)
	r.AnsweredRate = ratio(answered, r.BotReplies)
	r.BotLatencyMS = Percentiles{histQuantile(hist, 0.5), histQuantile(hist, 0.9), histQuantile(hist, 0.99)}

	for _, b := range []struct {
		by    string
		dst   *[]Count
		label func(string) string
	}{
		{kefu.ByIntent, &r.Intents, IntentLabel},
		{kefu.ByEmotion, &r.Emotions, EmotionLabel},
		{kefu.ByLanguage, &r.Languages, LanguageLabel},
		{kefu.ByChannel, &r.Channels, ChannelLabel},
		{kefu.ByReason, &r.HandoffReasons, ReasonLabel},
	} {
		cs, err := st.AnalyticsTurns(ctx, f, b.by)
		if err != nil {
			return nil, err
		}
		*b.dst = []Count{}
		for _, c := range cs {
			n := c.Turns
			if b.by == kefu.ByReason {
				n = c.Handoff
			}
			*b.dst = append(*b.dst, Count{Key: c.Key, Label: b.label(c.Key), Count: n})
		}
	}

	first, handling, err := st.AnalyticsDurations(ctx, f)
	if err != nil {
		return nil, err
	}
	r.FirstResponseMS = Percentiles{quantileInt(first, 0.5), quantileInt(first, 0.9), quantileInt(first, 0.99)}
	r.HandlingMS = Percentiles{quantileInt(handling, 0.5), quantileInt(handling, 0.9), quantileInt(handling, 0.99)}

	money, err := st.AnalyticsCompensation(ctx, f)
	if err != nil {
		return nil, err
	}
	for _, m := range money {
		r.Compensation = append(r.Compensation, Money{Currency: m.Currency, Amount: FormatMinor(m.Amount, m.Currency), Count: m.Count})
	}
	if r.Proactive, err = st.AnalyticsProactive(ctx, f); err != nil {
		return nil, err
	}
	return r, nil
}

// FormatMinor writes an amount in minor units as a decimal in major
// units of its currency ("1250" EUR: "12.50"; JPY has no minor unit).
func FormatMinor(amount int64, cur string) string {
	scale := 2
	if u, err := currency.ParseISO(cur); err == nil {
		scale, _ = currency.Standard.Rounding(u)
	}
	return strconv.FormatFloat(float64(amount)/math.Pow10(scale), 'f', scale, 64)
}

// Days lists the days from from to to, inclusive.
func Days(from, to string) []string {
	a, err1 := time.Parse(time.DateOnly, from)
	b, err2 := time.Parse(time.DateOnly, to)
	if err1 != nil || err2 != nil {
		return nil
	}
	var ds []string
	for d := a; !d.After(b); d = d.AddDate(0, 0, 1) {
		ds = append(ds, kefu.AnalyticsDay(d))
	}
	return ds
}

// ratio is n/d rounded to 4 places; 0 when d is 0.
func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return round(float64(n)/float64(d), 4)
}

func round(x float64, places int) float64 {
	p := math.Pow10(places)
	return math.Round(x*p) / p
}

// histQuantile returns the q-quantile of a latency histogram, by the
// nearest-rank method, as the upper bound of the bucket it falls in (so
// it overstates by at most a factor of two); 0 for an empty histogram.
func histQuantile(h [kefu.LatencyBuckets]int64, q float64) float64 {
	var total int64
	for _, n := range h {
		total += n
	}
	if total == 0 {
		return 0
	}
	rank := int64(math.Ceil(q * float64(total)))
	var seen int64
	for i, n := range h {
		seen += n
		if seen >= rank {
			return kefu.LatencyBucketUpper(i)
		}
	}
	return kefu.LatencyBucketUpper(kefu.LatencyBuckets - 1)
}

// quantileInt is the q-quantile of sorted xs by the nearest-rank method;
// 0 for none.
func quantileInt(xs []int64, q float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	i := int(math.Ceil(q*float64(len(xs)))) - 1
	return float64(xs[max(0, min(i, len(xs)-1))])
}

// change is the relative change from prev to cur; nil without prev.
func change(cur, prev int) *float64 {
	if prev == 0 {
		return nil
	}
	c := round(float64(cur-prev)/float64(prev), 4)
	return &c
}

// Question is one question cluster of the top-questions panel.
type Question struct {
	ID            string                 `json:"id"`
	Intent        string                 `json:"intent"`
	Label         string                 `json:"label"`
	Text          string                 `json:"text"`
	Count         int                    `json:"count"`
	Unanswered    int                    `json:"unanswered"`
	Share         float64                `json:"share"`
	AnsweredShare float64                `json:"answered_share"`
	Previous      int                    `json:"previous"`
	Change        *float64               `json:"change"`
	Trend         []TrendPoint           `json:"trend"`
	Languages     []Count                `json:"languages"`
	Products      []ProductCount         `json:"products"`
	Examples      []kefu.QuestionExample `json:"examples"`
}

// TrendPoint is one day's count.
type TrendPoint struct {
	Day   string `json:"day"`
	Count int    `json:"count"`
}

// ProductCount is a product's count.
type ProductCount struct {
	SKU   string `json:"sku"`
	Name  string `json:"name"`
	Count int    `json:"count"`
}

// QuestionsReport is the top-questions panel.
type QuestionsReport struct {
	From       string     `json:"from"`
	To         string     `json:"to"`
	Unanswered bool       `json:"unanswered"`
	Total      int        `json:"total"`
	Questions  []Question `json:"questions"`
}

// Products names products by SKU; kefu.ProductService is one.
type Products interface {
	FindProductBySKU(ctx context.Context, tenantID, sku string) (*kefu.Product, error)
}

// productNames caches product names for one report.
type productNames struct {
	ps       Products
	tenantID string
	m        map[string]*kefu.Product
}

func (n *productNames) find(ctx context.Context, sku string) *kefu.Product {
	if p, ok := n.m[sku]; ok {
		return p
	}
	if n.m == nil {
		n.m = map[string]*kefu.Product{}
	}
	var p *kefu.Product
	if n.ps != nil {
		p, _ = n.ps.FindProductBySKU(ctx, n.tenantID, sku) // a product deleted since keeps its SKU as its name
	}
	n.m[sku] = p
	return p
}

func (n *productNames) name(ctx context.Context, sku string) string {
	if p := n.find(ctx, sku); p != nil && p.Name != "" {
		return p.Name
	}
	return sku
}

// TopQuestions computes the top (or unanswered) questions panel: the
// biggest clusters with their trend, languages, products, change against
// the previous period of the same length and a few examples.
func TopQuestions(ctx context.Context, st kefu.AnalyticsService, ps Products, f kefu.AnalyticsFilter, unanswered bool, limit int) (*QuestionsReport, error) {
	qs, err := st.AnalyticsQuestions(ctx, f, unanswered, limit)
	if err != nil {
		return nil, err
	}
	r := &QuestionsReport{From: f.From, To: f.To, Unanswered: unanswered, Questions: []Question{}}
	if len(qs) == 0 {
		return r, nil
	}
	r.Total = qs[0].Total
	keys := make([][2]string, len(qs))
	for i, q := range qs {
		keys[i] = [2]string{q.Intent, q.Cluster}
	}
	span := f
	span.From = f.Previous().From
	rows, err := st.AnalyticsQuestionRows(ctx, span, keys)
	if err != nil {
		return nil, err
	}
	type agg struct {
		prev  int
		days  map[string]int
		langs map[string]int
		skus  map[string]int
	}
	aggs := map[[2]string]*agg{}
	for _, k := range keys {
		aggs[k] = &agg{days: map[string]int{}, langs: map[string]int{}, skus: map[string]int{}}
	}
	for _, row := range rows {
		a := aggs[[2]string{row.Intent, row.Cluster}]
		if a == nil {
			continue
		}
		if row.Day < f.From {
			a.prev += row.Turns
			continue
		}
		a.days[row.Day] += row.Turns
		a.langs[row.Language] += row.Turns
		if row.SKU != "" {
			a.skus[row.SKU] += row.Turns
		}
	}
	names := &productNames{ps: ps, tenantID: f.TenantID}
	days := Days(f.From, f.To)
	for _, q := range qs {
		a := aggs[[2]string{q.Intent, q.Cluster}]
		out := Question{
			ID: q.Intent + "/" + q.Cluster, Intent: q.Intent, Label: IntentLabel(q.Intent), Text: q.Text,
			Count: q.Turns, Unanswered: q.Turns - q.Answered, Share: ratio(q.Turns, r.Total),
			AnsweredShare: ratio(q.Answered, q.Turns), Previous: a.prev, Change: change(q.Turns, a.prev),
			Languages: sortedCounts(a.langs, LanguageLabel), Products: []ProductCount{},
		}
		if out.Text == "" {
			out.Text = out.Label
		}
		for _, d := range days {
			out.Trend = append(out.Trend, TrendPoint{Day: d, Count: a.days[d]})
		}
		for _, c := range sortedCounts(a.skus, func(string) string { return "" }) {
			if len(out.Products) == 5 {
				break
			}
			out.Products = append(out.Products, ProductCount{SKU: c.Key, Name: names.name(ctx, c.Key), Count: c.Count})
		}
		if out.Examples, err = st.AnalyticsExamples(ctx, f, q.Intent, q.Cluster, 3); err != nil {
			return nil, err
		}
		if out.Examples == nil {
			out.Examples = []kefu.QuestionExample{}
		}
		r.Questions = append(r.Questions, out)
	}
	return r, nil
}

// sortedCounts turns counts into a breakdown, biggest first.
func sortedCounts(m map[string]int, label func(string) string) []Count {
	out := make([]Count, 0, len(m))
	for k, n := range m {
		out = append(out, Count{Key: k, Label: label(k), Count: n})
	}
	slices.SortFunc(out, func(a, b Count) int { return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Key, b.Key)) })
	return out
}

// Pain is one product, category, region or carrier of the pain-points
// panel.
type Pain struct {
	SKU        string   `json:"sku,omitempty"`
	Name       string   `json:"name,omitempty"`
	Category   string   `json:"category,omitempty"`
	Region     string   `json:"region,omitempty"`
	Carrier    string   `json:"carrier,omitempty"`
	Count      int      `json:"count"`
	Negative   int      `json:"negative"`
	Score      float64  `json:"score"`
	Previous   int      `json:"previous"`
	Change     *float64 `json:"change"`
	TopIntents []Count  `json:"top_intents"`
}

// Cell is one category × region cell of the heat map.
type Cell struct {
	Row      string  `json:"row"`
	Column   string  `json:"column"`
	Count    int     `json:"count"`
	Negative int     `json:"negative"`
	Score    float64 `json:"score"`
}

// Heatmap is pain by category (rows) and region (columns).
type Heatmap struct {
	Rows    []string `json:"rows"`
	Columns []string `json:"columns"`
	Cells   []Cell   `json:"cells"`
}

// PainReport is the pain-points panel.
type PainReport struct {
	From       string  `json:"from"`
	To         string  `json:"to"`
	Heatmap    Heatmap `json:"heatmap"`
	ByProduct  []Pain  `json:"by_product"`
	ByCarrier  []Pain  `json:"by_carrier"`
	ByRegion   []Pain  `json:"by_region"`
	ByCategory []Pain  `json:"by_category"`
}

// maxPains is how many entries each pain-point table lists.
const maxPains = 50

// PainPoints computes the pain-points panel: turns and negative turns
// (docs/analytics.md) by product, category, region and carrier, their
// top intents and change against the previous period, and the category ×
// region heat map.
func PainPoints(ctx context.Context, st kefu.AnalyticsService, ps Products, f kefu.AnalyticsFilter) (*PainReport, error) {
	r := &PainReport{From: f.From, To: f.To}
	names := &productNames{ps: ps, tenantID: f.TenantID}
	for _, d := range []struct {
		by  string
		dst *[]Pain
		set func(p *Pain, key string)
	}{
		{kefu.PainProduct, &r.ByProduct, func(p *Pain, k string) {
			p.SKU = k
			if pr := names.find(ctx, k); pr != nil {
				p.Name, p.Category = pr.Name, pr.Category
			} else {
				p.Name = k
			}
		}},
		{kefu.PainCategory, &r.ByCategory, func(p *Pain, k string) { p.Category = k }},
		{kefu.PainRegion, &r.ByRegion, func(p *Pain, k string) { p.Region = k }},
		{kefu.PainCarrier, &r.ByCarrier, func(p *Pain, k string) { p.Carrier = k }},
	} {
		rows, err := st.AnalyticsPain(ctx, f, d.by)
		if err != nil {
			return nil, err
		}
		pains := painsOf(rows)
		if len(pains) > maxPains {
			pains = pains[:maxPains]
		}
		for i := range pains {
			d.set(&pains[i].Pain, pains[i].key)
		}
		*d.dst = make([]Pain, len(pains))
		for i, p := range pains {
			(*d.dst)[i] = p.Pain
		}
	}
	rows, err := st.AnalyticsPain(ctx, f, kefu.PainHeatmap)
	if err != nil {
		return nil, err
	}
	cells := map[[2]string]*Cell{}
	rowTotals, colTotals := map[string]int{}, map[string]int{}
	for _, row := range rows {
		if row.Previous {
			continue
		}
		k := [2]string{row.Key, row.Key2}
		c := cells[k]
		if c == nil {
			c = &Cell{Row: row.Key, Column: row.Key2}
			cells[k] = c
		}
		c.Count += row.Turns
		c.Negative += row.Negative
		rowTotals[row.Key] += row.Turns
		colTotals[row.Key2] += row.Turns
	}
	r.Heatmap.Rows = keysByCount(rowTotals, 20)
	r.Heatmap.Columns = keysByCount(colTotals, 20)
	r.Heatmap.Cells = []Cell{}
	for _, rk := range r.Heatmap.Rows {
		for _, ck := range r.Heatmap.Columns {
			if c := cells[[2]string{rk, ck}]; c != nil {
				c.Score = ratio(c.Negative, c.Count)
				r.Heatmap.Cells = append(r.Heatmap.Cells, *c)
			}
		}
	}
	return r, nil
}

type keyedPain struct {
	Pain
	key string
}

// painsOf folds pain rows by key, most negative first.
func painsOf(rows []kefu.PainRow) []keyedPain {
	by := map[string]*keyedPain{}
	intents := map[string]map[string]int{}
	for _, row := range rows {
		p := by[row.Key]
		if p == nil {
			p = &keyedPain{key: row.Key}
			by[row.Key] = p
			intents[row.Key] = map[string]int{}
		}
		if row.Previous {
			p.Previous += row.Turns
			continue
		}
		p.Count += row.Turns
		p.Negative += row.Negative
		intents[row.Key][row.Intent] += row.Turns
	}
	var out []keyedPain
	for k, p := range by {
		if p.Count == 0 {
			continue
		}
		p.Score = ratio(p.Negative, p.Count)
		p.Change = change(p.Count, p.Previous)
		p.TopIntents = sortedCounts(intents[k], IntentLabel)
		if len(p.TopIntents) > 3 {
			p.TopIntents = p.TopIntents[:3]
		}
		out = append(out, *p)
	}
	slices.SortFunc(out, func(a, b keyedPain) int {
		return cmp.Or(cmp.Compare(b.Negative, a.Negative), cmp.Compare(b.Count, a.Count), cmp.Compare(a.key, b.key))
	})
	return out
}

// keysByCount returns the n keys with the biggest counts.
func keysByCount(m map[string]int, n int) []string {
	cs := sortedCounts(m, func(string) string { return "" })
	out := []string{}
	for _, c := range cs {
		if len(out) == n {
			break
		}
		out = append(out, c.Key)
	}
	return out
}

// DefaultPeriod is the dashboard's default: the 30 days ending today.
func DefaultPeriod(now time.Time) (from, to string) {
	today := now.UTC()
	return kefu.AnalyticsDay(today.AddDate(0, 0, -29)), kefu.AnalyticsDay(today)
}
