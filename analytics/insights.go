package analytics

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/kefu-ai/kefu"
)

// Insights are findings with a suggested action for one audience
// (docs/analytics.md): product (a product many customers ask the same
// thing about: say it on its page), supply chain (cold-chain and delivery
// complaints concentrated on a carrier) and marketing (a customer segment
// asking for something). RefreshInsights derives them from the rollups
// and stores them by a stable key, so an insight keeps its status
// (dismissed stays dismissed) as its numbers change.

// MinInsightCount is the fewest turns behind an insight.
const MinInsightCount = 5

// MaxInsightsPerAudience is how many insights a refresh keeps per
// audience, the biggest.
const MaxInsightsPerAudience = 10

// productTopics are intents a product page can answer.
var productTopics = []string{"product_question", "skin_advice", "certification", "fresh_allergen",
	"fresh_storage_question", "stock_availability", "warranty", "return_policy", "shipping_time"}

// coldChainIntents are complaints a carrier's handling causes.
var coldChainIntents = []string{"fresh_spoiled", "fresh_wrong_temperature", "fresh_late_delivery", "fresh_not_fresh",
	"fresh_leaking", "fresh_bad_smell", "fresh_dead_seafood", "fresh_left_outside", "fresh_mold",
	"fresh_damaged_package", "fresh_crushed_produce"}

// marketingIntents are pre-sale interests a campaign can serve.
var marketingIntents = []string{"skin_advice", "recommendation", "product_question", "price_promotion"}

// InsightStore is what RefreshInsights needs.
type InsightStore interface {
	kefu.AnalyticsService
	Products
}

// RefreshInsights derives the period's insights with at least minTurns turns
// behind each (0: MinInsightCount) and stores them; it returns how many
// it stored.
func RefreshInsights(ctx context.Context, st InsightStore, f kefu.AnalyticsFilter, minTurns int) (int, error) {
	if minTurns <= 0 {
		minTurns = MinInsightCount
	}
	var ins []*kefu.Insight
	names := &productNames{ps: st, tenantID: f.TenantID}

	// Product: a product whose questions concentrate on one topic.
	rows, err := st.AnalyticsPain(ctx, f, kefu.PainProduct)
	if err != nil {
		return 0, err
	}
	perSKU := map[string]int{}
	for _, r := range rows {
		if !r.Previous {
			perSKU[r.Key] += r.Turns
		}
	}
	for _, r := range rows {
		if r.Previous || r.Turns < minTurns || !slices.Contains(productTopics, r.Intent) ||
			float64(r.Turns) < 0.2*float64(perSKU[r.Key]) {
			continue
		}
		name := names.name(ctx, r.Key)
		pf := f
		pf.Product = r.Key
		ex, err := st.AnalyticsExamples(ctx, pf, r.Intent, kefu.QuestionCluster(r.Intent, r.Key, ""), 3)
		if err != nil {
			return 0, err
		}
		ids, err := st.AnalyticsConversationIDs(ctx, pf, kefu.TurnScope{Intents: []string{r.Intent}}, 20)
		if err != nil {
			return 0, err
		}
		topic := strings.ToLower(IntentLabel(r.Intent))
		ins = append(ins, &kefu.Insight{
			TenantID: f.TenantID, Key: "product:" + r.Key + ":" + r.Intent, Audience: kefu.AudienceProduct,
			Title: fmt.Sprintf("%s: %d questions about %s", name, r.Turns, topic),
			Evidence: fmt.Sprintf("%d of the %d questions about %s (%s) from %s to %s were about %s%s.",
				r.Turns, perSKU[r.Key], name, r.Key, f.From, f.To, topic, quoteExamples(ex)),
			Action: fmt.Sprintf("Add a note on %s to the detail page of %s, and an article the bot can answer from.", topic, name),
			Params: map[string]any{"product": name, "sku": r.Key, "intent": r.Intent, "turns": r.Turns, "total": perSKU[r.Key],
				"from": f.From, "to": f.To, "examples": exampleTexts(ex)},
			Count: r.Turns, ConversationIDs: ids,
		})
	}

	// Supply chain: cold-chain and delivery complaints by carrier.
	rows, err = st.AnalyticsPain(ctx, f, kefu.PainCarrier)
	if err != nil {
		return 0, err
	}
	type carrierPain struct {
		turns, complaints, prev int
		by                      map[string]int
	}
	carriers := map[string]*carrierPain{}
	for _, r := range rows {
		c := carriers[r.Key]
		if c == nil {
			c = &carrierPain{by: map[string]int{}}
			carriers[r.Key] = c
		}
		cold := slices.Contains(coldChainIntents, r.Intent)
		switch {
		case r.Previous && cold:
			c.prev += r.Turns
		case r.Previous:
		default:
			c.turns += r.Turns
			if cold {
				c.complaints += r.Turns
				c.by[r.Intent] += r.Turns
			}
		}
	}
	for carrier, c := range carriers {
		if c.complaints < minTurns {
			continue
		}
		var parts []string
		for _, k := range sortedCounts(c.by, IntentLabel) {
			parts = append(parts, fmt.Sprintf("%s %d", strings.ToLower(k.Label), k.Count))
		}
		trend := ""
		params := map[string]any{"carrier": carrier, "complaints": c.complaints, "turns": c.turns, "from": f.From, "to": f.To,
			"by": c.by}
		if ch := change(c.complaints, c.prev); ch != nil {
			trend = fmt.Sprintf("; %+.0f%% against the previous period", *ch*100)
			params["change"] = *ch
		}
		var intents []string
		for k := range c.by {
			intents = append(intents, k)
		}
		slices.Sort(intents)
		ids, err := st.AnalyticsConversationIDs(ctx, f, kefu.TurnScope{Intents: intents, Carrier: carrier}, 20)
		if err != nil {
			return 0, err
		}
		ins = append(ins, &kefu.Insight{
			TenantID: f.TenantID, Key: "supply_chain:" + carrier, Audience: kefu.AudienceSupplyChain,
			Title: fmt.Sprintf("%s: %d spoilage, temperature or delivery complaints", carrier, c.complaints),
			Evidence: fmt.Sprintf("%d of %d customer turns about orders shipped with %s from %s to %s were complaints: %s%s.",
				c.complaints, c.turns, carrier, f.From, f.To, strings.Join(parts, ", "), trend),
			Action: fmt.Sprintf("Review the cold chain with %s: insulated packaging and ice packs, delivery slots, "+
				"and the temperature loggers of the affected shipments; consider moving chilled orders to another carrier.", carrier),
			Params: params, Count: c.complaints, ConversationIDs: ids,
		})
	}

	// Marketing: a profile segment asking for something.
	segs, err := st.AnalyticsSegments(ctx, f)
	if err != nil {
		return 0, err
	}
	for _, s := range segs {
		if s.Turns < minTurns || !slices.Contains(marketingIntents, s.Intent) {
			continue
		}
		ids, err := st.AnalyticsConversationIDs(ctx, f, kefu.TurnScope{Intents: []string{s.Intent}, Segment: s.Segment}, 20)
		if err != nil {
			return 0, err
		}
		topic := strings.ToLower(IntentLabel(s.Intent))
		ins = append(ins, &kefu.Insight{
			TenantID: f.TenantID, Key: "marketing:" + s.Segment + ":" + s.Intent, Audience: kefu.AudienceMarketing,
			Title:    fmt.Sprintf("Customers with %s skin ask for %s", s.Segment, topic),
			Evidence: fmt.Sprintf("%d %s questions from %s to %s came from customers whose profile says %s skin.", s.Turns, topic, f.From, f.To, s.Segment),
			Action: fmt.Sprintf("Run a campaign for %s-skin customers (their profile's skin type) with the products made for it, "+
				"e.g. oil control for oily skin, and answer %s in the bot with those products.", s.Segment, topic),
			Params: map[string]any{"segment": s.Segment, "intent": s.Intent, "turns": s.Turns, "from": f.From, "to": f.To},
			Count:  s.Turns, ConversationIDs: ids,
		})
	}

	// The biggest few per audience: a list people read, and a bounded
	// number of writes per refresh.
	slices.SortStableFunc(ins, func(a, b *kefu.Insight) int {
		return cmp.Or(cmp.Compare(a.Audience, b.Audience), cmp.Compare(b.Count, a.Count), cmp.Compare(a.Key, b.Key))
	})
	kept, per := ins[:0], map[string]int{}
	for _, in := range ins {
		if per[in.Audience] < MaxInsightsPerAudience {
			per[in.Audience]++
			kept = append(kept, in)
		}
	}
	ins = kept
	for _, in := range ins {
		if err := st.UpsertInsight(ctx, in); err != nil {
			return 0, err
		}
	}
	return len(ins), nil
}

// exampleTexts are the examples' texts, clipped, without empty ones.
func exampleTexts(ex []kefu.QuestionExample) []string {
	qs := []string{}
	for _, e := range ex {
		if t := strings.TrimSpace(e.Text); t != "" {
			qs = append(qs, clip(t, 120))
		}
	}
	return qs
}

func quoteExamples(ex []kefu.QuestionExample) string {
	var qs []string
	for _, t := range exampleTexts(ex) {
		qs = append(qs, fmt.Sprintf("%q", t))
	}
	if len(qs) == 0 {
		return ""
	}
	return ", e.g. " + strings.Join(qs, ", ")
}

func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// InsightArticle is the draft article accepting an insight creates: the
// evidence and the suggested action, for an editor to finish (product and
// marketing), or as a task for the team (supply chain, tagged "task").
func InsightArticle(in *kefu.Insight, language string) *kefu.Article {
	tags := []string{"insight", in.Audience}
	if in.Audience == kefu.AudienceSupplyChain {
		tags = append(tags, "task")
	}
	var intents []string
	if parts := strings.Split(in.Key, ":"); in.Audience != kefu.AudienceSupplyChain && len(parts) == 3 {
		intents = []string{parts[2]}
	}
	body := in.Action + "\n\nEvidence: " + in.Evidence
	if len(in.ConversationIDs) > 0 {
		body += "\n\nConversations: " + strings.Join(in.ConversationIDs, ", ")
	}
	return &kefu.Article{
		TenantID: in.TenantID, Key: "insight-" + strings.TrimPrefix(in.ID, "ins_"), Language: language,
		Title: in.Title, Body: body, Tags: tags, Intents: intents, Status: kefu.ArticleDraft,
	}
}
