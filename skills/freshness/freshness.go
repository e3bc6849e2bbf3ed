// Package freshness answers fresh-food customers from their delivery's
// cold-chain record: "did my salmon spoil?", "was my order kept cold?",
// "溯源报告", "how long does it keep?", "where does it come from?". It finds
// the customer's order with that food (the number they gave, the product
// they named, else their latest cold-chain delivery), reads its trace
// (package traceability) and answers with the verdict, the findings behind
// it and a report card; storage and origin questions are answered from the
// batch the food was picked from. Anonymous visitors are asked to sign in,
// and another customer's order reveals nothing.
package freshness

import (
	"context"
	"fmt"
	"log/slog"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/coldchain"
	"github.com/kefu-ai/kefu/compensation"
	"github.com/kefu-ai/kefu/traceability"
)

// Name is the skill's identifier in traces.
const Name = "freshness"

// Intents of kefu's model the skill answers.
const (
	IntentSpoiled         = "fresh_spoiled"
	IntentWrongTemp       = "fresh_wrong_temperature"
	IntentTraceability    = "fresh_traceability"
	IntentStorageQuestion = "fresh_storage_question"
)

// Outcomes, keys of the composer's templates.
const (
	OutcomeSignIn     = "fresh_sign_in"
	OutcomeNoOrder    = "fresh_no_order"
	OutcomeWhichOrder = "fresh_which_order"
	OutcomeNoData     = "fresh_no_data"
	OutcomeKeeps      = "fresh_keeps"
	OutcomeOrigin     = "fresh_origin"
	OutcomeNoOrigin   = "fresh_origin_unknown"
	OutcomeNotOrdered = "fresh_not_ordered"
	// OutcomeVerdict + "." is followed by the verdict: fresh_verdict_ok, ...
	OutcomeVerdict = "fresh_verdict_"
	// OutcomeCompensated follows a verdict whose incident the shop's
	// rules compensated: fresh_verdict_likely_spoiled_compensated.
	OutcomeCompensated = "_compensated"
)

// recentOrders is how far back the skill looks for the delivery a
// question is about, and maxChoices how many it offers to choose from.
const (
	recentOrders = 14 * 24 * time.Hour
	maxChoices   = 4
)

// Interface guards.
var (
	_ kefu.Skill     = (*Skill)(nil)
	_ kefu.SlotAsker = (*Skill)(nil)
	_ kefu.Claimer   = (*Skill)(nil)
)

// ReasonKeyword is the trace reason of a turn the skill claims by its
// words.
const ReasonKeyword = "freshness_keyword"

// Claim implements kefu.Claimer: a turn the classifier was unsure of
// whose words ask about temperature, the cold chain or traceability, and
// whose intent or one of the two best alternatives is a fresh-food one,
// is the skill's ("溯源报告", fresh_traceability 0.43; "订单FF-20921的温度正常吗？",
// fresh_wrong_item 0.40).
func (s *Skill) Claim(ctx context.Context, st *kefu.TurnState, d kefu.Decision) (string, bool) {
	if !d.Claimable || !hasCue(st.Message.Text, claimCues) {
		return "", false
	}
	u := st.Understanding
	intents := []string{u.Intent}
	for i, a := range u.Alternatives {
		if i < 2 {
			intents = append(intents, a.Intent)
		}
	}
	for _, in := range intents {
		if strings.HasPrefix(in, "fresh_") {
			return ReasonKeyword, true
		}
	}
	return "", false
}

// claimCues are words of cold-chain questions in the shop languages.
var claimCues = []string{"temperature", "cold chain", "cold-chain", "kept cold", "melted", "thawed", "traceab", "trace report",
	"温度", "溫度", "冷链", "冷鏈", "溯源", "变质", "變質", "融化", "化了", "解冻", "解凍", "产地", "產地",
	"temperatura", "cadena de frío", "trazabilidad", "descongel", "อุณหภูมิ", "ความเย็น", "ตรวจสอบย้อนกลับ", "ละลาย",
	"temperatur", "kühlkette", "rückverfolg", "aufgetaut", "catena del freddo", "tracciabil", "scongelat",
	"suhu", "rantaian sejuk", "cair"}

func hasCue(text string, cues []string) bool {
	text = strings.ToLower(text)
	for _, c := range cues {
		if strings.Contains(text, c) {
			return true
		}
	}
	return false
}

// Skill answers fresh-food questions from the cold-chain record.
type Skill struct {
	Orders   kefu.OrderService
	Products kefu.ProductService
	Trace    *traceability.Service
	// Link returns the report page's URL of a shipment.
	Link func(tenantID, orderNumber, shipmentID string) string
	// Compensations, if set, decides by the shop's rules what goods the
	// record shows were not kept cold get (a temperature incident with
	// excursion_minutes; package compensation).
	Compensations compensation.Issuing
	Logger        *slog.Logger
	Now           kefu.Clock
}

// Name implements kefu.Skill.
func (s *Skill) Name() string { return Name }

// Intents implements kefu.Skill.
func (s *Skill) Intents() []string {
	return []string{IntentSpoiled, IntentWrongTemp, IntentTraceability, IntentStorageQuestion}
}

// Asks implements kefu.SlotAsker: the order, when the customer has
// several recent deliveries.
func (s *Skill) Asks() []string { return []string{kefu.SlotOrderNumber} }

// Run implements kefu.Skill.
func (s *Skill) Run(ctx context.Context, st *kefu.TurnState) (kefu.SkillResult, error) {
	const op = "freshness.Run"
	if st.Customer == nil {
		return kefu.SkillResult{Outcome: OutcomeSignIn}, nil
	}
	number, sku := st.OrderNumber(), st.Understanding.EntityValue("product")
	o, choices, err := s.findOrder(ctx, st, number, sku)
	if err != nil {
		return kefu.SkillResult{}, kefu.E(op, err)
	}
	if o == nil && len(choices) > 1 {
		var lines []string
		for _, c := range choices {
			lines = append(lines, "• "+c.Number+" ("+c.PlacedAt.Format("2006-01-02")+"): "+s.names(ctx, st, c))
		}
		return kefu.SkillResult{Outcome: OutcomeWhichOrder, Expecting: kefu.SlotOrderNumber,
			Data: map[string]string{"orders": "\n" + strings.Join(lines, "\n")}}, nil
	}
	if o == nil {
		return kefu.SkillResult{Outcome: OutcomeNoOrder, Expecting: kefu.SlotOrderNumber,
			Data: map[string]string{"order": number}}, nil
	}
	if number == "" && sku == "" && s.mentioned(ctx, st, o) == "" {
		// A food the customer names that none of their orders holds.
		if p := s.namedProduct(ctx, st); p != nil {
			return kefu.SkillResult{Outcome: OutcomeNotOrdered, Expecting: kefu.SlotOrderNumber,
				Data: map[string]string{"product": traceability.LocalName(p, kefu.OrderLine{}, st.Conversation.Language)}}, nil
		}
	}
	rep, err := s.Trace.ForOrder(ctx, o)
	if kefu.ErrorCode(err) == kefu.ENOTFOUND {
		return kefu.SkillResult{Outcome: OutcomeNoData, Data: map[string]string{"order": o.Number}}, nil
	} else if err != nil {
		return kefu.SkillResult{}, kefu.E(op, err)
	}
	if sku == "" {
		sku = s.mentioned(ctx, st, o)
	}
	it := item(rep, sku)
	res := kefu.SkillResult{
		Data:     map[string]string{"order": o.Number},
		Records:  []kefu.RecordRef{{Kind: "order", ID: o.ID}, {Kind: "shipment", ID: rep.Shipment.ID}},
		SetSlots: map[string]string{kefu.SlotOrderNumber: o.Number},
	}
	if it == nil {
		res.Outcome = OutcomeNoData
		return res, nil
	}
	lang := st.Conversation.Language
	res.Data["product"] = traceability.LocalName(it.Product, it.Line, lang)
	if it.Storage.Range != nil {
		res.Data["range"] = traceability.FormatRange(*it.Storage.Range)
	}
	if it.Batch != nil {
		res.Data["lot"] = it.Batch.Lot
	}
	switch aspect(st) {
	case "origin":
		return s.origin(res, it), nil
	case "keeps":
		return s.keeps(res, it, st), nil
	}
	a := it.Analysis
	if a.Readings == 0 && a.Verdict == coldchain.Unknown && len(rep.Devices) == 0 {
		res.Outcome = OutcomeNoData
		return res, nil
	}
	res.Outcome = OutcomeVerdict + string(a.Verdict)
	res.Findings = traceability.Findings(a, false)
	if a.Readings > 0 {
		res.Data["readings"] = strconv.Itoa(a.Readings)
	}
	res.Cards = []kefu.Card{s.card(rep, it, lang)}
	if (a.Verdict == coldchain.AtRisk || a.Verdict == coldchain.LikelySpoiled) && s.Compensations != nil {
		// The shop's rules decide what the time out of range gets; the
		// reply then says what was granted instead of "ask for a person".
		in := &kefu.Incident{ID: "temperature:" + o.Number + ":" + it.Line.SKU, Kind: kefu.IncidentTemperature,
			ExcursionMinutes: int64(math.Round(a.MinutesAbove + a.MinutesBelow)), SKU: it.Line.SKU,
			LineValue: it.Line.UnitPrice * int64(it.Line.Quantity)}
		if it.Product != nil {
			in.Category = it.Product.Category
		}
		if compensation.Offer(ctx, s.Compensations, st, &res, o, in, s.Now.Time(), s.Logger) != nil {
			res.Outcome += OutcomeCompensated
		}
	}
	return res, nil
}

// findOrder finds the order a question is about: the given number (only
// the customer's own), else the customer's latest cold-chain order with
// the product, else their only recent cold-chain order. choices lists the
// recent ones when it cannot tell.
func (s *Skill) findOrder(ctx context.Context, st *kefu.TurnState, number, sku string) (*kefu.Order, []*kefu.Order, error) {
	if number != "" {
		o, err := s.Orders.FindOrderByNumber(ctx, st.Tenant.ID, number)
		if kefu.ErrorCode(err) == kefu.ENOTFOUND || err == nil && o.CustomerID != st.Customer.ID {
			return nil, nil, nil
		}
		return o, nil, err
	}
	os, err := s.Orders.FindOrders(ctx, kefu.OrderFilter{TenantID: st.Tenant.ID, CustomerID: st.Customer.ID, Limit: 20})
	if err != nil {
		return nil, nil, err
	}
	now := s.Now.Time()
	var recent []*kefu.Order
	for _, o := range os { // newest first
		if o.Status == "cancelled" || o.Status == "pending" || o.Status == "paid" {
			continue
		}
		if sku == "" {
			sku = s.mentioned(ctx, st, o)
		}
		if sku != "" {
			for _, l := range o.Lines {
				if l.SKU == sku {
					return o, nil, nil
				}
			}
			continue
		}
		if now.Sub(o.PlacedAt) <= recentOrders || len(recent) == 0 {
			recent = append(recent, o)
		}
	}
	switch {
	case len(recent) == 1:
		return recent[0], nil, nil
	case len(recent) > maxChoices:
		recent = recent[:maxChoices]
	}
	return nil, recent, nil
}

// mentioned returns the SKU of the order's line whose product the
// message names by a word of its name in any language (salmon, 三文鱼,
// ice cream), "" when it names none. The candidates are the customer's
// own order lines, so a single distinctive word is enough.
func (s *Skill) mentioned(ctx context.Context, st *kefu.TurnState, o *kefu.Order) string {
	text := strings.ToLower(st.Message.Text)
	best, bestScore := "", 0
	for _, l := range o.Lines {
		p, _ := s.Products.FindProductBySKU(ctx, st.Tenant.ID, l.SKU)
		names := []string{l.Name}
		if p != nil {
			names = append(names, p.Name)
			for k, v := range p.Attributes {
				if strings.HasPrefix(k, "name_") {
					names = append(names, v)
				}
			}
		}
		if sc := traceability.NameScore(text, names); sc > bestScore {
			best, bestScore = l.SKU, sc
		}
	}
	return best
}

// namedProduct is the catalogue product the message names, nil for none.
func (s *Skill) namedProduct(ctx context.Context, st *kefu.TurnState) *kefu.Product {
	ps, err := kefu.AllProducts(ctx, s.Products, kefu.ProductFilter{TenantID: st.Tenant.ID})
	if err != nil {
		return nil
	}
	text := strings.ToLower(st.Message.Text)
	var best *kefu.Product
	bestScore := 0
	for _, p := range ps {
		names := []string{p.Name}
		for k, v := range p.Attributes {
			if strings.HasPrefix(k, "name_") {
				names = append(names, v)
			}
		}
		if sc := traceability.NameScore(text, names); sc > bestScore {
			best, bestScore = p, sc
		}
	}
	return best
}

// names lists an order's products in the customer's language.
func (s *Skill) names(ctx context.Context, st *kefu.TurnState, o *kefu.Order) string {
	var ns []string
	for _, l := range o.Lines {
		p, _ := s.Products.FindProductBySKU(ctx, st.Tenant.ID, l.SKU)
		ns = append(ns, traceability.LocalName(p, l, st.Conversation.Language))
	}
	return strings.Join(ns, ", ")
}

// item is the report's line the question is about: the product named,
// else the one with the worst verdict.
func item(rep *traceability.Report, sku string) *traceability.Item {
	var worst *traceability.Item
	for _, it := range rep.Items {
		if sku != "" && it.Line.SKU == sku {
			return it
		}
		if worst == nil || severity(it.Analysis.Verdict) > severity(worst.Analysis.Verdict) {
			worst = it
		}
	}
	return worst
}

func severity(v coldchain.Verdict) int {
	switch v {
	case coldchain.LikelySpoiled:
		return 3
	case coldchain.AtRisk:
		return 2
	case coldchain.Unknown:
		return 1
	}
	return 0
}

// Words that turn a storage or traceability question into one about how
// long the food keeps or where it comes from.
var (
	originCues = []string{"where does", "where do", "where is it from", "where are they from", "come from", "comes from", "origin",
		"产地", "哪里来", "哪來", "哪里产", "哪儿来", "来自", "哪里的", "de dónde", "origen", "procedencia", "มาจากไหน", "แหล่งที่มา", "woher", "herkunft", "da dove", "provenienza", "dari mana", "asal"}
	keepCues = []string{"how long", "keep", "last", "shelf life", "best before", "expire", "store it", "fridge", "freezer",
		"保存", "保质期", "放多久", "能放", "存放", "冷藏", "冷冻", "多久", "cuánto dura", "conservar", "caduca", "nevera",
		"เก็บได้นาน", "เก็บ", "หมดอายุ", "haltbar", "aufbewahren", "quanto dura", "conservare", "tahan berapa lama", "simpan"}
)

// aspect is "origin" or "keeps" for those questions, "" for the verdict.
func aspect(st *kefu.TurnState) string {
	text := strings.ToLower(st.Message.Text)
	for _, c := range originCues {
		if strings.Contains(text, c) {
			return "origin"
		}
	}
	if st.Understanding.Intent == IntentStorageQuestion {
		return "keeps"
	}
	if st.Understanding.Intent == IntentTraceability {
		return ""
	}
	for _, c := range keepCues {
		if strings.Contains(text, c) && st.Understanding.Intent != IntentSpoiled && st.Understanding.Intent != IntentWrongTemp {
			return "keeps"
		}
	}
	return ""
}

func (s *Skill) origin(res kefu.SkillResult, it *traceability.Item) kefu.SkillResult {
	b := it.Batch
	if b == nil || b.Origin == "" && b.Country == "" {
		res.Outcome = OutcomeNoOrigin
		return res
	}
	res.Outcome = OutcomeOrigin
	res.Data["origin"] = b.Origin
	if b.Origin == "" {
		res.Data["origin"] = b.Country
	}
	if b.ProducedAt.IsZero() {
		res.Outcome = OutcomeOrigin + "_no_date"
	} else {
		res.Data["produced"] = b.ProducedAt.Format("2006-01-02")
	}
	return res
}

// keeps answers how long and how cold the food keeps: until its lot's
// best-before date, else for its kind's shelf life, else at its range.
func (s *Skill) keeps(res kefu.SkillResult, it *traceability.Item, st *kefu.TurnState) kefu.SkillResult {
	switch {
	case res.Data["range"] == "":
		res.Outcome = OutcomeKeeps + "_unknown"
	case it.Batch != nil && !it.Batch.BestBefore.IsZero():
		res.Outcome = OutcomeKeeps
		res.Data["best_before"] = it.Batch.BestBefore.Format("2006-01-02")
	case it.Storage.ShelfLife > 0:
		res.Outcome = OutcomeKeeps + "_days"
		res.Data["days"] = strconv.Itoa(int(math.Round(it.Storage.ShelfLife.Hours() / 24)))
	default:
		res.Outcome = OutcomeKeeps + "_range"
	}
	return res
}

// card is the report card of the item.
func (s *Skill) card(rep *traceability.Report, it *traceability.Item, lang string) kefu.Card {
	a := it.Analysis
	c := kefu.Card{Type: kefu.CardTraceability, Title: traceability.LocalName(it.Product, it.Line, lang), Verdict: string(a.Verdict), Code: rep.Order.Number}
	if s.Link != nil {
		c.URL = s.Link(rep.TenantID, rep.Order.Number, rep.Shipment.ID)
	}
	if it.Storage.Range != nil {
		c.Facts = append(c.Facts, kefu.CardFact{Label: "range", Value: traceability.FormatRange(*it.Storage.Range)})
	}
	if a.Max != nil {
		c.Facts = append(c.Facts, kefu.CardFact{Label: "peak", Value: traceability.FormatC(a.Max.TempC)})
	}
	c.Facts = append(c.Facts, kefu.CardFact{Label: "minutes_out", Value: fmt.Sprintf("%.0f min", a.MinutesAbove+a.MinutesBelow)})
	if a.GapMinutes > 0 {
		c.Facts = append(c.Facts, kefu.CardFact{Label: "gaps", Value: fmt.Sprintf("%.0f min", a.GapMinutes)})
	}
	if a.MKTC != nil {
		c.Facts = append(c.Facts, kefu.CardFact{Label: "mkt", Value: traceability.FormatC(*a.MKTC)})
	}
	return c
}
