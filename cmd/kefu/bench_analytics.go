package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/analytics"
	"github.com/kefu-ai/kefu/internal/analyticsdb"
	"github.com/kefu-ai/kefu/sqlite"
)

// "kefu bench --scenario analytics" (docs/analytics.md, Scale): generate
// a history of N conversations of 10 messages each into a SQLite file of
// the real schema, with its analytics facts and rollups derived by the
// same functions CreateMessage uses (kefu.NewTurnFact,
// AnalyticsConversation.Apply) but written with bulk multi-row inserts,
// then time each dashboard panel over the default period (the 30 days
// ending on the last generated day) and print one JSON line.

// analyticsBenchResult is the scenario's last line.
type analyticsBenchResult struct {
	Scenario      string                      `json:"scenario"`
	Conversations int                         `json:"conversations"`
	Messages      int64                       `json:"messages"`
	Days          int                         `json:"days"`
	Period        int                         `json:"period_days"` // the days the panels cover
	GenerateS     float64                     `json:"generate_s"`
	Reused        bool                        `json:"reused,omitempty"` // -db existed: panels timed on it, nothing generated
	FileMB        float64                     `json:"file_mb"`
	Runs          int                         `json:"runs"`
	Panels        map[string]benchPanelResult `json:"panels"`
	MaxP99MS      float64                     `json:"max_p99_ms"`
}

type benchPanelResult struct {
	P50MS float64 `json:"p50_ms"`
	P99MS float64 `json:"p99_ms"`
}

const benchTenant = "benchshop"

func benchAnalytics(ctx context.Context, env *Env, n, days, period, runs int, path string) error {
	if n < 1 || days < 1 || runs < 1 {
		return fmt.Errorf("-conversations, -days and -runs must be >= 1")
	}
	if path == "" {
		dir, err := os.MkdirTemp("", "kefu-bench-analytics-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		path = filepath.Join(dir, "kefu.db")
	}
	end := time.Now().UTC().Truncate(24 * time.Hour).Add(24*time.Hour - time.Second)
	res := analyticsBenchResult{Scenario: "analytics", Conversations: n, Days: days, Runs: runs, Panels: map[string]benchPanelResult{}}
	if _, err := os.Stat(path); err == nil {
		// A file a previous run generated (with the same -conversations
		// and -days, ending today): time the panels only.
		res.Reused = true
		fmt.Fprintf(env.Stderr, "reusing %s\n", path)
	} else {
		start := time.Now()
		msgs, err := generateAnalytics(ctx, env, path, n, days, end)
		if err != nil {
			return err
		}
		res.Messages, res.GenerateS = msgs, round1(time.Since(start).Seconds())
	}
	size := int64(0)
	for _, suffix := range []string{"", "-wal"} {
		if fi, err := os.Stat(path + suffix); err == nil {
			size += fi.Size()
		}
	}
	res.FileMB = round1(float64(size) / (1 << 20))

	db, err := sqlite.Open(ctx, path, func() time.Time { return end })
	if err != nil {
		return err
	}
	defer db.Close()
	if period < 1 {
		return errors.New("-period must be at least 1 day")
	}
	from, to := analytics.DefaultPeriod(end)
	if period != 30 {
		from = kefu.AnalyticsDay(end.AddDate(0, 0, 1-period))
	}
	res.Period = period
	f := kefu.AnalyticsFilter{TenantID: benchTenant, From: from, To: to}
	th := f
	th.Language = "th"
	panels := []struct {
		name string
		run  func() error
	}{
		{"summary", func() error { _, err := analytics.Overview(ctx, db, f, end); return err }},
		{"summary_language", func() error { _, err := analytics.Overview(ctx, db, th, end); return err }},
		{"top_questions", func() error { _, err := analytics.TopQuestions(ctx, db, db, f, false, 20); return err }},
		{"unanswered_questions", func() error { _, err := analytics.TopQuestions(ctx, db, db, f, true, 20); return err }},
		{"pain_points", func() error { _, err := analytics.PainPoints(ctx, db, db, f); return err }},
		{"insights", func() error {
			if _, err := analytics.RefreshInsights(ctx, db, f, 0); err != nil {
				return err
			}
			_, err := db.FindInsights(ctx, benchTenant, "")
			return err
		}},
	}
	for _, p := range panels {
		lat := make([]time.Duration, 0, runs)
		for i := 0; i <= runs; i++ {
			t := time.Now()
			if err := p.run(); err != nil {
				return fmt.Errorf("%s: %w", p.name, err)
			}
			if i > 0 { // the first run warms the page cache
				lat = append(lat, time.Since(t))
			}
		}
		slices.Sort(lat)
		r := benchPanelResult{P50MS: ms1(percentile(lat, 0.50)), P99MS: ms1(percentile(lat, 0.99))}
		res.Panels[p.name] = r
		res.MaxP99MS = max(res.MaxP99MS, r.P99MS)
		fmt.Fprintf(env.Stderr, "%-22s p50 %7.1f ms  p99 %7.1f ms\n", p.name, r.P50MS, r.P99MS)
	}
	out, _ := json.Marshal(res)
	fmt.Fprintln(env.Stdout, string(out))
	return nil
}

func ms1(d time.Duration) float64 { return round1(float64(d) / float64(time.Millisecond)) }

// benchIntent is an intent of the generated history with its weight and
// what its turns are about.
type benchIntent struct {
	name    string
	weight  float64
	product bool // its turns name a product
	carrier bool // its turns name an order's carrier
	texts   map[string][]string
}

var benchIntents = []benchIntent{
	{"track_order", 20, false, true, map[string][]string{"en": {"where is my order", "my parcel has not arrived", "tracking for order"}, "de": {"wo ist meine bestellung", "paket nicht angekommen"}, "th": {"พัสดุของฉันอยู่ที่ไหน"}, "zh": {"我的订单到哪了", "快递还没到"}}},
	{"product_question", 12, true, false, map[string][]string{"en": {"is this suitable for sensitive skin", "what are the ingredients", "how do I use it"}, "de": {"welche inhaltsstoffe hat das"}, "th": {"ใช้ยังไงคะ"}, "zh": {"成分是什么", "怎么使用"}}},
	{"skin_advice", 8, true, false, map[string][]string{"en": {"does it suit oily skin", "good for acne prone skin", "oil control for combination skin"}, "de": {"passt das zu fettiger haut"}, "th": {"ผิวมันใช้ได้ไหม"}, "zh": {"油皮能用吗", "适合敏感肌吗"}}},
	{"shipping_time", 7, false, false, map[string][]string{"en": {"how long does delivery take", "when will it arrive"}, "de": {"wie lange dauert der versand"}, "th": {"ส่งกี่วัน"}, "zh": {"几天能到"}}},
	{"return_policy", 6, true, false, map[string][]string{"en": {"how do I return an item", "can I return this"}, "de": {"wie kann ich zurückschicken"}, "th": {"คืนสินค้ายังไง"}, "zh": {"怎么退货"}}},
	{"price_promotion", 6, true, false, map[string][]string{"en": {"is there a discount code", "any promotion this week"}, "de": {"gibt es einen rabatt"}, "th": {"มีโปรไหม"}, "zh": {"有优惠券吗"}}},
	{"refund_status", 5, false, false, map[string][]string{"en": {"where is my refund"}, "de": {"wo bleibt meine erstattung"}, "th": {"เงินคืนเมื่อไหร่"}, "zh": {"退款什么时候到"}}},
	{"fresh_spoiled", 4, true, true, map[string][]string{"en": {"the fish arrived spoiled", "meat smells off"}, "de": {"der fisch war verdorben"}, "th": {"ปลาเน่า"}, "zh": {"鱼坏了"}}},
	{"fresh_wrong_temperature", 4, true, true, map[string][]string{"en": {"my salmon arrived warm", "ice packs were melted"}, "de": {"die ware kam warm an"}, "th": {"ของมาไม่เย็น"}, "zh": {"到货时不冷了"}}},
	{"fresh_late_delivery", 3, true, true, map[string][]string{"en": {"the groceries came late", "missed my delivery slot"}, "de": {"lieferung kam zu spät"}, "th": {"ส่งช้า"}, "zh": {"送晚了"}}},
	{"stock_availability", 4, true, false, map[string][]string{"en": {"is it back in stock", "when will you restock"}, "de": {"wann wieder verfügbar"}, "th": {"มีของไหม"}, "zh": {"有货吗"}}},
	{"customs_duty", 3, false, false, map[string][]string{"en": {"do I pay import duty", "customs fees"}, "de": {"muss ich zoll zahlen"}, "th": {"เสียภาษีไหม"}, "zh": {"要交关税吗"}}},
	{"payment_problem", 3, false, false, map[string][]string{"en": {"my card was declined", "charged twice"}, "de": {"karte abgelehnt"}, "th": {"จ่ายเงินไม่ได้"}, "zh": {"付款失败"}}},
	{"complaint", 3, false, true, map[string][]string{"en": {"the courier was rude", "very bad service"}, "de": {"schlechter service"}, "th": {"บริการแย่มาก"}, "zh": {"服务太差"}}},
	{"human_agent", 3, false, false, map[string][]string{"en": {"I want to talk to a person"}, "de": {"ich möchte einen menschen sprechen"}, "th": {"ขอคุยกับพนักงาน"}, "zh": {"转人工"}}},
}

var (
	benchCategories  = []string{"Skincare", "Makeup", "Haircare", "Seafood", "Meat", "Dairy", "Fruit", "Vegetables"}
	benchCountries   = []string{"DE", "TH", "CN", "FR", "IT", "HK", "US", "GB", "NL", "ES", "SG", "JP"}
	benchCountryLang = map[string]string{"DE": "de", "TH": "th", "CN": "zh", "HK": "zh", "SG": "zh"}
	benchCarriers    = []string{"DHL", "ColdExpress", "UPS", "SF Express", "Kerry"}
	benchChannels    = []string{"widget", "widget", "web", "web", "api"}
	benchReasons     = []string{kefu.ReasonCustomerAsked, kefu.ReasonAnger, kefu.ReasonAfterSales, kefu.ReasonNotUnderstood}
	benchSkins       = []string{"oily", "dry", "combination", "sensitive", "normal"}
)

// zipf picks an index below n with weight 1/(i+1).
func zipf(r *rand.Rand, n int) int {
	// Inverse of the harmonic CDF, approximately.
	x := math.Exp(r.Float64()*math.Log(float64(n)+1)) - 1
	return min(int(x), n-1)
}

// bulk inserts rows into one table with multi-row INSERTs.
type bulk struct {
	tx    *sql.Tx
	table string
	cols  int
	per   int
	head  string
	args  []any
	n     int
	stmt  *sql.Stmt
}

func newBulk(table, cols string) *bulk {
	c := strings.Count(cols, ",") + 1
	return &bulk{table: table, cols: c, per: min(500, 30000/c), head: "INSERT INTO " + table + " (" + cols + ") VALUES "}
}

func (b *bulk) values(k int) string {
	one := "(" + strings.TrimSuffix(strings.Repeat("?,", b.cols), ",") + ")"
	return b.head + strings.TrimSuffix(strings.Repeat(one+",", k), ",")
}

func (b *bulk) add(ctx context.Context, vals ...any) error {
	b.args = append(b.args, vals...)
	b.n++
	if b.n < b.per {
		return nil
	}
	if b.stmt == nil {
		st, err := b.tx.PrepareContext(ctx, b.values(b.per))
		if err != nil {
			return err
		}
		b.stmt = st
	}
	_, err := b.stmt.ExecContext(ctx, b.args...)
	b.args, b.n = b.args[:0], 0
	return err
}

func (b *bulk) flush(ctx context.Context) error {
	if b.n > 0 {
		if _, err := b.tx.ExecContext(ctx, b.values(b.n), b.args...); err != nil {
			return fmt.Errorf("%s: %w", b.table, err)
		}
	}
	b.args, b.n = b.args[:0], 0
	if b.stmt != nil {
		b.stmt.Close()
		b.stmt = nil
	}
	return nil
}

// generateAnalytics writes the history into a new SQLite file at path and
// returns the number of messages.
func generateAnalytics(ctx context.Context, env *Env, path string, n, days int, end time.Time) (int64, error) {
	kdb, err := sqlite.Open(ctx, path, nil) // the real schema
	if err != nil {
		return 0, err
	}
	if err := kdb.CreateTenant(ctx, &kefu.Tenant{ID: benchTenant, Name: "Analytics bench", Settings: kefu.TenantSettings{DefaultLanguage: "en", Languages: []string{"en", "de", "th", "zh"}}}); err != nil {
		kdb.Close()
		return 0, err
	}
	r := rand.New(rand.NewPCG(1, 2))
	type product struct{ sku, category string }
	products := make([]product, 200)
	for i := range products {
		p := &kefu.Product{TenantID: benchTenant, SKU: fmt.Sprintf("SKU-%04d", i), Name: fmt.Sprintf("Product %d", i),
			Category: benchCategories[i%len(benchCategories)], Price: 1000 + int64(i), Currency: "EUR"}
		if err := kdb.UpsertProduct(ctx, p); err != nil {
			kdb.Close()
			return 0, err
		}
		products[i] = product{p.SKU, p.Category}
	}
	if err := kdb.Close(); err != nil {
		return 0, err
	}

	raw, err := sql.Open("sqlite", path)
	if err != nil {
		return 0, err
	}
	defer raw.Close()
	raw.SetMaxOpenConns(1)
	for _, p := range []string{"PRAGMA synchronous = OFF", "PRAGMA cache_size = -262144", "PRAGMA temp_store = MEMORY", "PRAGMA foreign_keys = OFF"} {
		if _, err := raw.ExecContext(ctx, p); err != nil {
			return 0, err
		}
	}

	type customer struct {
		id, country, lang, skin string
	}
	customers := make([]customer, max(1, n/3))
	var weights []float64
	var total float64
	for _, in := range benchIntents {
		total += in.weight
		weights = append(weights, total)
	}
	pickIntent := func() *benchIntent {
		x := r.Float64() * total
		i, _ := slices.BinarySearch(weights, x)
		return &benchIntents[min(i, len(benchIntents)-1)]
	}

	tx, err := raw.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	bCust := newBulk("customers", "id, tenant_id, external_id, name, email, phone, language, country, vip, created_at")
	bTrait := newBulk("customer_traits", "tenant_id, customer_id, kind, value, source, confidence, negated, evidence, updated_at")
	bConv := newBulk("conversations", "id, tenant_id, customer_id, channel, status, language, language_locked, priority, handoff_reason, agent_id, slots, token_hash, created_at, updated_at")
	bMsg := newBulk("messages", "id, tenant_id, conversation_id, author, author_id, text, language, client_message_id, reply_to, trace, created_at, kind, author_name, original_text, original_language, translated_by, card")
	bTurn := newBulk("analytics_turns", "message_id, tenant_id, conversation_id, question_id, day, at, channel, language, intent, cluster, emotion, action, outcome, reason, answered, negative, latency_ms, sku, category, country, carrier, customer_id, segment")
	bCF := newBulk("analytics_conversations", "tenant_id, conversation_id, day, channel, language, intent, sku, customer_id, customer_messages, bot_replies, handoffs, person, closed, returned, rating, thumbs_up, thumbs_down, started_at, last_at, handoff_at, joined_at, first_response_ms, handling_ms")
	bCl := newBulk("analytics_clusters", "tenant_id, intent, cluster, text")
	// The rollups are summed in memory the way the stores' fold sums a
	// batch, and written a day at a time.
	ru := analyticsdb.NewRollups()
	bRollup := map[*analyticsdb.Table]*bulk{}
	all := []*bulk{bCust, bTrait, bConv, bMsg, bTurn, bCF, bCl}
	for _, t := range analyticsdb.Tables {
		bRollup[t] = newBulk(t.Name, strings.Join(append(slices.Clone(t.Keys), t.Counts...), ", "))
		all = append(all, bRollup[t])
	}
	setTx := func() {
		for _, b := range all {
			b.tx = tx
		}
	}
	setTx()
	// commit flushes every table and starts a new transaction.
	commit := func() error {
		for _, b := range all {
			if err := b.flush(ctx); err != nil {
				return err
			}
		}
		if err := tx.Commit(); err != nil {
			return err
		}
		tx, err = raw.BeginTx(ctx, nil)
		setTx()
		return err
	}

	now := end.UnixNano()
	for i := range customers {
		c := customer{id: fmt.Sprintf("cus_%07d", i), country: benchCountries[zipf(r, len(benchCountries))]}
		c.lang = benchCountryLang[c.country]
		if c.lang == "" {
			c.lang = "en"
		}
		if r.IntN(10) < 3 {
			c.skin = benchSkins[zipf(r, len(benchSkins))]
			if err := bTrait.add(ctx, benchTenant, c.id, kefu.TraitSkinType, c.skin, kefu.SourceChat, 0.8, 0, "", now); err != nil {
				return 0, err
			}
		}
		customers[i] = c
		if err := bCust.add(ctx, c.id, benchTenant, fmt.Sprintf("ext-%d", i), "Customer", "", "", c.lang, c.country, 0, now); err != nil {
			return 0, err
		}
	}

	// flushDays writes the rollup rows of the days before before.
	flushDays := func(before string) error {
		rows, clusters := ru.Take(before)
		for _, row := range rows {
			if err := bRollup[row.Table].add(ctx, row.Args()...); err != nil {
				return err
			}
		}
		for _, c := range clusters {
			if err := bCl.add(ctx, c.TenantID, c.Intent, c.Cluster, c.Text); err != nil {
				return err
			}
		}
		return nil
	}
	// Conversation facts wait until no later conversation can mark them
	// returned (kefu.ReturnWindow).
	var pendingConvs []*kefu.AnalyticsConversation
	lastByCustomer := map[string]*kefu.AnalyticsConversation{}
	flushConvs := func(before time.Time) error {
		k := 0
		for _, c := range pendingConvs {
			if !c.LastAt.Before(before) {
				pendingConvs[k] = c
				k++
				continue
			}
			if lastByCustomer[c.CustomerID] == c {
				delete(lastByCustomer, c.CustomerID)
			}
			if err := bCF.add(ctx, c.TenantID, c.ConversationID, c.Day, c.Channel, c.Language, c.Intent, c.SKU, c.CustomerID,
				c.CustomerMessages, c.BotReplies, c.Handoffs, b2i(c.Person), b2i(c.Closed), b2i(c.Returned), c.Rating,
				c.ThumbsUp, c.ThumbsDown, msOf(c.StartedAt), msOf(c.LastAt), msOf(c.HandoffAt), msOf(c.JoinedAt),
				c.FirstResponseMS, c.HandlingMS); err != nil {
				return err
			}
		}
		pendingConvs = pendingConvs[:k]
		return nil
	}

	first := end.Add(-time.Duration(days) * 24 * time.Hour)
	step := time.Duration(days) * 24 * time.Hour / time.Duration(n)
	var msgID int64
	curDay := ""
	progress := newBenchProgress(env, n)
	for i := range n {
		at := first.Add(time.Duration(i)*step + time.Duration(r.Int64N(int64(step)+1)))
		if d := kefu.AnalyticsDay(at); d != curDay {
			if err := flushDays(kefu.AnalyticsDay(at.Add(-24 * time.Hour))); err != nil {
				return 0, err
			}
			if err := flushConvs(at.Add(-kefu.ReturnWindow - time.Hour)); err != nil {
				return 0, err
			}
			curDay = d
		}
		cust := customers[r.IntN(len(customers))]
		conv := &kefu.Conversation{ID: fmt.Sprintf("cv_%08d", i), TenantID: benchTenant, CustomerID: cust.id, Channel: benchChannels[r.IntN(len(benchChannels))]}
		status := "bot"
		in := pickIntent()
		handoff := in.name == "human_agent" || r.IntN(100) < 8
		if handoff {
			status = "closed"
		}
		if err := bConv.add(ctx, conv.ID, benchTenant, conv.CustomerID, conv.Channel, status, cust.lang, 0, 0, "", "", "{}", "", at.UnixNano(), at.UnixNano()); err != nil {
			return 0, err
		}
		cf := &kefu.AnalyticsConversation{Channel: conv.Channel, CustomerID: cust.id}
		var sku, category, carrier string
		if in.product && r.IntN(10) < 7 {
			p := products[zipf(r, len(products))]
			sku, category = p.sku, p.category
		}
		if in.carrier {
			carrier = benchCarriers[zipf(r, len(benchCarriers))]
			if strings.HasPrefix(in.name, "fresh_") && r.IntN(3) == 0 {
				carrier = "ColdExpress"
			}
		}
		texts := in.texts[cust.lang]
		if texts == nil {
			texts = in.texts["en"]
		}
		t := at
		write := func(m *kefu.Message) error {
			msgID++
			m.ID, m.TenantID, m.ConversationID, m.CreatedAt = msgID, benchTenant, conv.ID, t
			var trace string
			var fact *kefu.TurnFact
			if m.Trace != nil {
				b, _ := json.Marshal(m.Trace)
				trace = string(b)
				f := kefu.NewTurnFact(m, kefu.TurnContext{Channel: conv.Channel, CustomerID: cust.id, Country: cust.country,
					Segment: cust.skin, Question: texts[0], SKU: sku, Category: category, Carrier: carrier})
				fact = &f
				if err := bTurn.add(ctx, f.MessageID, f.TenantID, f.ConversationID, f.QuestionID, f.Day, f.At.UnixMilli(),
					f.Channel, f.Language, f.Intent, f.Cluster, f.Emotion, f.Action, f.Outcome, f.Reason, b2i(f.Answered),
					b2i(f.Negative), f.LatencyMS, f.SKU, f.Category, f.Country, f.Carrier, f.CustomerID, f.Segment); err != nil {
					return err
				}
				ru.Add(&f)
			}
			intentBefore := cf.Intent
			cf.Apply(m, fact, 0)
			if intentBefore == "" && cf.Intent != "" {
				if prev := lastByCustomer[cust.id]; prev != nil && prev != cf && prev.Intent == cf.Intent && !prev.LastAt.Before(t.Add(-kefu.ReturnWindow)) {
					prev.Returned = true
				}
			}
			return bMsg.add(ctx, m.ID, benchTenant, conv.ID, string(m.Author), m.AuthorID, m.Text, m.Language, "", m.ReplyTo,
				trace, t.UnixNano(), m.Kind, m.AuthorName, "", "", "", "")
		}
		turns := 5
		if handoff {
			turns = 3
		}
		for k := range turns {
			intent, action, outcome, reason := in.name, kefu.ActionSkill, "answer", kefu.ReasonIntent
			text := texts[r.IntN(len(texts))]
			switch {
			case k == 0 && r.IntN(10) < 3:
				intent, action, outcome, reason, text = "greeting", kefu.ActionSmalltalk, "smalltalk", kefu.ReasonSmalltalk, "hello"
			case handoff && k == turns-1:
				action, outcome, reason = kefu.ActionHandoff, kefu.OutcomeHandoff, benchReasons[r.IntN(len(benchReasons))]
				if in.name == "human_agent" {
					reason = kefu.ReasonCustomerAsked
				}
			case r.IntN(100) < 6:
				intent, action, outcome, reason = "", kefu.ActionClarify, kefu.OutcomeClarify, kefu.ReasonLowConfidence
				text = fmt.Sprintf("%s %d???", text[:len(text)/2], r.IntN(1000))
			}
			q := &kefu.Message{Author: kefu.AuthorCustomer, Text: text, Language: cust.lang}
			if err := write(q); err != nil {
				return 0, err
			}
			t = t.Add(time.Duration(1+r.IntN(3)) * time.Second)
			emotion := kefu.EmotionNeutral
			switch x := r.IntN(100); {
			case x < 6 || (kefu.ComplaintIntent(intent) && x < 35):
				emotion = kefu.EmotionAnger
			case x < 14:
				emotion = kefu.EmotionAnxiety
			case x < 20:
				emotion = kefu.EmotionSatisfaction
			case x < 23:
				emotion = kefu.EmotionSadness
			}
			tr := &kefu.Trace{Intent: intent, Confidence: 0.9, Language: cust.lang, Normalized: strings.ToLower(text),
				Emotion: &kefu.Emotion{Label: emotion, Intensity: 0.6}, Action: action, Outcome: outcome, Reason: reason,
				LatencyMS: math.Round(math.Exp(3+r.NormFloat64()*0.8)*10) / 10}
			if sku != "" {
				tr.Entities = []kefu.Entity{{Type: "sku", Text: sku, Value: sku}}
			}
			if err := write(&kefu.Message{Author: kefu.AuthorBot, Text: "…", Language: cust.lang, ReplyTo: q.ID, Trace: tr}); err != nil {
				return 0, err
			}
			t = t.Add(time.Duration(10+r.IntN(120)) * time.Second)
		}
		if handoff {
			t = t.Add(time.Duration(30+r.IntN(600)) * time.Second)
			steps := []*kefu.Message{
				{Author: kefu.AuthorSystem, Kind: kefu.MessageAgentJoined, AuthorID: "ag1", Text: "Lin joined", Language: cust.lang},
				{Author: kefu.AuthorAgent, AuthorID: "ag1", AuthorName: "Lin", Text: "Hello, I am looking at it", Language: cust.lang},
				{Author: kefu.AuthorCustomer, Text: "thanks", Language: cust.lang},
				{Author: kefu.AuthorSystem, Kind: kefu.MessageClosed, Text: "closed", Language: cust.lang},
			}
			for _, m := range steps {
				if err := write(m); err != nil {
					return 0, err
				}
				t = t.Add(time.Duration(20+r.IntN(300)) * time.Second)
			}
		}
		pendingConvs = append(pendingConvs, cf)
		lastByCustomer[cust.id] = cf
		if (i+1)%20000 == 0 {
			if err := commit(); err != nil {
				return 0, err
			}
		}
		progress.step(i + 1)
	}
	if err := flushDays("9999"); err != nil {
		return 0, err
	}
	if err := flushConvs(end.Add(24 * time.Hour)); err != nil {
		return 0, err
	}
	if err := commit(); err != nil {
		return 0, err
	}
	if err := tx.Commit(); err != nil {
		return 0, err
	}
	progress.done()
	_, err = raw.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)")
	return msgID, err
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func msOf(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixMilli()
}

// benchProgress draws a progress bar on stderr.
type benchProgress struct {
	env   *Env
	total int
	start time.Time
	last  time.Time
}

func newBenchProgress(env *Env, total int) *benchProgress {
	return &benchProgress{env: env, total: total, start: time.Now()}
}

func (p *benchProgress) step(done int) {
	if now := time.Now(); now.Sub(p.last) >= 500*time.Millisecond || done == p.total {
		p.last = now
		const width = 30
		k := done * width / p.total
		fmt.Fprintf(p.env.Stderr, "\rgenerating [%s%s] %3d%% %d/%d conversations %.0f s",
			strings.Repeat("#", k), strings.Repeat(".", width-k), done*100/p.total, done, p.total, now.Sub(p.start).Seconds())
	}
}

func (p *benchProgress) done() { fmt.Fprintln(p.env.Stderr) }
