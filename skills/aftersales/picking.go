package aftersales

import (
	"context"
	"slices"
	"strconv"
	"strings"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/traceability"
)

// Short, missing and wrong items are answered from what the warehouse
// recorded when it picked the order (kefu.LinePicking). Those intents
// default to a person; the skill claims the turn only when the
// customer's order has such a record, so without data the customer still
// gets a person.

// Intents of short, missing and wrong picks.
const (
	IntentUnderweight = "fresh_underweight"
	IntentMissing     = "fresh_missing_item"
	IntentWrongItem   = "fresh_wrong_item"
)

// Outcomes of picking answers.
const (
	OutcomeUnderweight = "picked_underweight"
	OutcomeShort       = "picked_short"
	OutcomeSubstituted = "picked_substituted"
)

// ReasonPicking is the trace reason of a turn claimed because the order's
// picking record speaks to it.
const ReasonPicking = "picking_record"

var _ kefu.Claimer = (*Skill)(nil)

// Claim implements kefu.Claimer: a short, missing or wrong item complaint
// (by intent, or one of the two best alternatives) about an order whose
// picking record shows such a problem; a damaged-goods report, or the
// answer to the skill's question about one (claimDamage).
func (s *Skill) Claim(ctx context.Context, st *kefu.TurnState, d kefu.Decision) (string, bool) {
	if st.Customer == nil {
		return "", false
	}
	if d.Claimable && shortWeight(st) {
		// A weight said to be missing is the picking record's question
		// before it is a damage report.
		if in, _, _ := s.pickingMatch(ctx, st); in != "" {
			return ReasonPicking, true
		}
		// The record does not show it ("三文鱼差了半斤" of a fillet
		// packed at full weight): the customer's word and a photo of the
		// scale, as for damaged goods.
		if os, err := s.delivered(ctx, st, st.Understanding.EntityValue("order_number")); err == nil && len(os) > 0 {
			return ReasonDamage, true
		}
	}
	if r, ok := s.claimDamage(ctx, st, d); ok {
		return r, true
	}
	if !d.Claimable {
		return "", false
	}
	if in, _, _ := s.pickingMatch(ctx, st); in == "" {
		return "", false
	}
	return ReasonPicking, true
}

// pickingIntents are the picking intents among the turn's intent and its
// two best alternatives, best first.
func pickingIntents(st *kefu.TurnState) []string {
	u := st.Understanding
	cands := []string{u.Intent}
	for i, a := range u.Alternatives {
		if i < 2 {
			cands = append(cands, a.Intent)
		}
	}
	var out []string
	if shortWeight(st) {
		// "牛排差了二两", "the steak was 70 g short": a weight said to be
		// missing is an underweight complaint whatever else the classifier
		// read into it.
		out = append(out, IntentUnderweight)
	}
	for _, c := range cands {
		switch c {
		case IntentUnderweight, IntentMissing, IntentWrongItem:
			if !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	return out
}

// shortfallWords say that something is missing from a quantity.
var shortfallWords = []string{"少了", "差了", "缺了", "不够", "不足", "少", "差", "缺", "short", "less", "missing", "underweight",
	"falta", "faltan", "menos", "kurang", "thiếu", "ขาด", "หายไป", "manque", "fehlt", "mancano", "manca"}

// shortWeight reports whether the message names a weight (a quantity in
// grams, 二两 or 70 g) together with a word saying it is missing.
func shortWeight(st *kefu.TurnState) bool {
	weight := slices.ContainsFunc(st.Understanding.Entities, func(e kefu.Entity) bool {
		return e.Type == "quantity" && strings.HasSuffix(e.Value, " g")
	})
	if !weight {
		return false
	}
	text := strings.ToLower(st.Message.Text)
	for _, w := range shortfallWords {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// pickingMatch returns the first of the turn's picking intents that the
// customer's picking records bear out, with the order and line.
func (s *Skill) pickingMatch(ctx context.Context, st *kefu.TurnState) (string, *kefu.Order, *kefu.OrderLine) {
	for _, in := range pickingIntents(st) {
		if o, l := s.pickedProblem(ctx, st, in); o != nil {
			return in, o, l
		}
	}
	return "", nil, nil
}

// pickedProblem finds the customer's newest order (or the one named) with
// a line whose picking record shows the problem the intent is about.
func (s *Skill) pickedProblem(ctx context.Context, st *kefu.TurnState, intent string) (*kefu.Order, *kefu.OrderLine) {
	var os []*kefu.Order
	if number := st.Understanding.EntityValue("order_number"); number != "" {
		o, err := s.Orders.FindOrderByNumber(ctx, st.Tenant.ID, number)
		if err != nil || o.CustomerID != st.Customer.ID {
			return nil, nil
		}
		os = []*kefu.Order{o}
	} else {
		var err error
		if os, err = s.Orders.FindOrders(ctx, kefu.OrderFilter{TenantID: st.Tenant.ID, CustomerID: st.Customer.ID, Limit: maxOrders}); err != nil {
			return nil, nil
		}
	}
	// A product the customer names narrows the lines: a steak complaint
	// is not answered with a chicken record.
	named := s.namedSKU(ctx, st)
	for _, o := range os {
		for i := range o.Lines {
			l := &o.Lines[i]
			p := l.Picking
			// (A wrong-item complaint may name what was ordered or what came.)
			if p == nil || named != "" && l.SKU != named && p.SKU != named {
				continue
			}
			switch {
			case intent == IntentUnderweight && p.OrderedGrams > 0 && p.Grams > 0 && p.Grams < p.OrderedGrams,
				intent == IntentMissing && p.Quantity != nil && *p.Quantity < l.Quantity,
				intent == IntentWrongItem && p.SKU != "" && p.SKU != l.SKU:
				return o, l
			}
		}
	}
	return nil, nil
}

// runPicking answers a picking complaint with the record's numbers;
// false when no record bears it out.
func (s *Skill) runPicking(ctx context.Context, st *kefu.TurnState) (kefu.SkillResult, bool) {
	intent, o, l := s.pickingMatch(ctx, st)
	if o == nil {
		return kefu.SkillResult{}, false
	}
	lang := st.Conversation.Language
	p, _ := s.Products.FindProductBySKU(ctx, st.Tenant.ID, l.SKU)
	res := kefu.SkillResult{
		Data:     map[string]string{"order": o.Number, "product": traceability.LocalName(p, *l, lang)},
		Records:  []kefu.RecordRef{{Kind: "order", ID: o.ID}},
		SetSlots: map[string]string{kefu.SlotOrderNumber: o.Number},
	}
	pk := l.Picking
	in := &kefu.Incident{SKU: l.SKU, LineValue: l.UnitPrice * int64(l.Quantity)}
	if p != nil {
		in.Category = p.Category
	}
	switch intent {
	case IntentUnderweight:
		res.Outcome = OutcomeUnderweight
		res.Data["ordered_grams"] = strconv.Itoa(pk.OrderedGrams)
		res.Data["picked_grams"] = strconv.Itoa(pk.Grams)
		res.Data["missing_grams"] = strconv.Itoa(pk.OrderedGrams - pk.Grams)
		in.ID, in.Kind, in.MissingGrams = "underweight:"+o.Number+":"+l.SKU, kefu.IncidentUnderweight, int64(pk.OrderedGrams-pk.Grams)
	case IntentMissing:
		res.Outcome = OutcomeShort
		res.Data["ordered"] = strconv.Itoa(l.Quantity)
		res.Data["picked"] = strconv.Itoa(*pk.Quantity)
		in.ID, in.Kind = "missing:"+o.Number+":"+l.SKU, kefu.IncidentMissingItem
	default:
		res.Outcome = OutcomeSubstituted
		q, _ := s.Products.FindProductBySKU(ctx, st.Tenant.ID, pk.SKU)
		res.Data["picked_product"] = traceability.LocalName(q, kefu.OrderLine{Name: strings.TrimSpace(pk.SKU)}, lang)
		in.ID, in.Kind = "wrong:"+o.Number+":"+l.SKU, kefu.IncidentWrongItem
	}
	s.compensate(ctx, st, &res, o, in)
	return res, true
}

// namedSKU is the SKU of the catalogue product the message names, "" for
// none.
func (s *Skill) namedSKU(ctx context.Context, st *kefu.TurnState) string {
	for _, e := range st.Understanding.Entities {
		if e.Type == "product" {
			return e.Value
		}
	}
	ps, err := kefu.AllProducts(ctx, s.Products, kefu.ProductFilter{TenantID: st.Tenant.ID})
	if err != nil {
		return ""
	}
	text := strings.ToLower(st.Message.Text)
	best, score := "", 0
	for _, p := range ps {
		if sc := traceability.NameScore(text, traceability.Names(p)); sc > score {
			best, score = p.SKU, sc
		}
	}
	return best
}
