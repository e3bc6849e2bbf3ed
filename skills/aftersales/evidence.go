package aftersales

import (
	"context"
	"net/url"
	"strings"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/traceability"
)

// Damaged goods (crushed, leaking, mouldy, dead on arrival, ...) leave no
// record in kefu's data: the customer's photo is the evidence. The skill
// names the order line the complaint is about (the order given or in the
// conversation, the product named, else the customer's latest delivery),
// asks for a photo of it and remembers the request in the conversation
// (kefu.SlotEvidence). The photo, attached later or with the complaint as
// its caption, becomes an incident "damaged:<order>:<sku>" with the
// evidence in its attributes, and the shop's rules decide: a grant is
// told at once, otherwise a person takes the case and looks at the
// photo. The bot never judges what the photo shows; a shop's rule decides
// whether a photo is enough (say, for a line of small value).

// Attributes of a damaged-goods incident, for the shop's rules
// (attributes.evidence == 'photo').
const (
	AttrEvidence   = "evidence"   // "photo"
	AttrAttachment = "attachment" // the attachment's ID
	AttrProblem    = "problem"    // crushed, leaking, ... (damageProblems)
)

// EvidencePhoto is the evidence attribute of an incident shown by a
// customer's photo.
const EvidencePhoto = "photo"

// Outcomes of damaged-goods reports.
const (
	OutcomeAskPhoto      = "damaged_ask_photo"
	OutcomeWhichItem     = "damaged_which_item"
	OutcomeDamageNoOrder = "damaged_no_order"
	OutcomeNotOrdered    = "damaged_not_ordered"
	OutcomePhotoGranted  = "damaged_photo_granted"
	OutcomePhotoPerson   = "damaged_photo_to_person"
	// OutcomePhotoPersonAny: a photo the skill cannot tie to an order
	// line goes to a person as it is.
	OutcomePhotoPersonAny = "damaged_photo_to_person_unknown"
)

// Trace reasons of damaged-goods turns the skill claims.
const (
	ReasonDamage       = "damage_report"
	ReasonDamageAnswer = "damage_slot_answer"
)

// damageProblems maps the intents of damaged goods to the problem the
// incident records (and the composer words, "damage.<problem>").
var damageProblems = map[string]string{
	"fresh_crushed_produce":   "crushed",
	"fresh_damaged_package":   "damaged_package",
	"fresh_leaking":           "leaking",
	"fresh_mold":              "mold",
	"fresh_dead_seafood":      "dead_on_arrival",
	"fresh_foreign_object":    "foreign_object",
	"fresh_bad_smell":         "bad_smell",
	"fresh_not_fresh":         "not_fresh",
	"fresh_quality_complaint": "quality",
}

// ProblemUnderweight is the problem of a weight said to be missing that
// the picking record does not show: it is asked for a photo like damage.
const ProblemUnderweight = "underweight"

// pending is the skill's evidence request kept in kefu.SlotEvidence: the
// problem, and the order and SKU once known.
type pending struct{ problem, order, sku string }

func (p pending) String() string {
	if p.problem == "" {
		return ""
	}
	v := url.Values{"problem": {p.problem}}
	if p.order != "" {
		v.Set("order", p.order)
	}
	if p.sku != "" {
		v.Set("sku", p.sku)
	}
	return v.Encode()
}

func parsePending(s string) pending {
	v, err := url.ParseQuery(s)
	if err != nil {
		return pending{}
	}
	return pending{problem: v.Get("problem"), order: v.Get("order"), sku: v.Get("sku")}
}

// damageProblem is the problem a damaged-goods report is about: its
// intent's, when understood with the shop's confidence, or, less sure,
// when the message names a product of the customer's delivered orders
// (the data bears the report out, as the picking record does for short
// items: "草莓都压扁了", fresh_crushed_produce 0.61). "" for another turn.
// The caption of a photo the skill did not ask for must always name the
// product: a one-word caption ("look") is no report, however sure the
// classifier is.
func (s *Skill) damageProblem(ctx context.Context, st *kefu.TurnState) string {
	u := st.Understanding
	p := damageProblems[u.Intent]
	if p == "" || u.Confidence >= st.Tenant.ConfidenceThreshold() && kefu.AttachmentOf(st.Message) == nil {
		return p
	}
	named := s.namedSKU(ctx, st)
	if named == "" {
		return ""
	}
	if os, err := s.delivered(ctx, st, st.Understanding.EntityValue("order_number")); err == nil {
		if _, l := pickLine(os, named); l != nil {
			return p
		}
	}
	return ""
}

// awaitsLine reports whether the skill asked which order or item a
// damage report is about, and this turn may be the answer.
func awaitsLine(st *kefu.TurnState) (pending, bool) {
	slots := st.Conversation.Slots
	p := parsePending(slots[kefu.SlotEvidence])
	if p.problem == "" || p.sku != "" || slots[kefu.SlotExpectingSkill] != Name {
		return p, false
	}
	switch slots[kefu.SlotExpecting] {
	case kefu.SlotOrderNumber, kefu.SlotProduct:
		return p, true
	}
	return p, false
}

// claimDamage: a damaged-goods report of a customer with a delivered
// order (claimable decisions only: the intent's default hand-off, or the
// silence on a photo whose caption is the report), or the answer, naming
// an order or a product, to the skill's "which order / which item?"
// (even when the policy chose another skill for it).
func (s *Skill) claimDamage(ctx context.Context, st *kefu.TurnState, d kefu.Decision) (string, bool) {
	if _, ok := awaitsLine(st); ok && (st.Understanding.EntityValue("order_number") != "" || s.namedSKU(ctx, st) != "") &&
		(d.Action == kefu.ActionSkill || d.Claimable) && st.Understanding.Intent != IntentLate {
		return ReasonDamageAnswer, true
	}
	if !d.Claimable || s.damageProblem(ctx, st) == "" {
		return "", false
	}
	if os, err := s.delivered(ctx, st, st.Understanding.EntityValue("order_number")); err != nil || len(os) == 0 {
		return "", false
	}
	return ReasonDamage, true
}

// delivered returns the order numbered number if it is the customer's,
// else the customer's delivered orders among their newest, newest first.
func (s *Skill) delivered(ctx context.Context, st *kefu.TurnState, number string) ([]*kefu.Order, error) {
	if number != "" {
		o, err := s.Orders.FindOrderByNumber(ctx, st.Tenant.ID, number)
		if kefu.ErrorCode(err) == kefu.ENOTFOUND || err == nil && o.CustomerID != st.Customer.ID {
			return nil, nil
		} else if err != nil {
			return nil, err
		}
		return []*kefu.Order{o}, nil
	}
	os, err := s.Orders.FindOrders(ctx, kefu.OrderFilter{TenantID: st.Tenant.ID, CustomerID: st.Customer.ID, Limit: maxOrders})
	if err != nil {
		return nil, err
	}
	var out []*kefu.Order
	for _, o := range os {
		if o.Status == "delivered" {
			out = append(out, o)
		}
	}
	return out, nil
}

// runDamage answers a damaged-goods report (or the answer to the skill's
// question about it): it finds the order line and asks for a photo of
// it, or, when the message is the photo (att), records it.
func (s *Skill) runDamage(ctx context.Context, st *kefu.TurnState, p pending, att *kefu.AttachmentRef) (kefu.SkillResult, error) {
	number := st.Understanding.EntityValue("order_number")
	if number == "" {
		number = p.order
	}
	named := s.namedSKU(ctx, st)
	if named == "" {
		named = p.sku
	}
	os, err := s.delivered(ctx, st, number)
	if err != nil {
		return kefu.SkillResult{}, kefu.E("aftersales.runDamage", err)
	}
	o, l := pickLine(os, named)
	if att != nil {
		if l == nil {
			return s.photoToPerson(st, o, att), nil
		}
		return s.recordPhoto(ctx, st, o, l, p.problem, att), nil
	}
	lang := st.Conversation.Language
	res := kefu.SkillResult{Data: map[string]string{"problem": p.problem}}
	switch {
	case l != nil:
		prod, _ := s.Products.FindProductBySKU(ctx, st.Tenant.ID, l.SKU)
		res.Outcome, res.Expecting = OutcomeAskPhoto, kefu.SlotEvidence
		res.Data["order"], res.Data["product"] = o.Number, traceability.LocalName(prod, *l, lang)
		res.Records = []kefu.RecordRef{{Kind: "order", ID: o.ID}}
		p.order, p.sku = o.Number, l.SKU
	case o != nil:
		// Several items and none named: which one?
		res.Outcome, res.Expecting = OutcomeWhichItem, kefu.SlotProduct
		res.Data["order"], res.Data["items"] = o.Number, s.itemNames(ctx, st, o, lang)
		res.Records = []kefu.RecordRef{{Kind: "order", ID: o.ID}}
		p.order, p.sku = o.Number, ""
	case named != "" && number == "" && len(os) > 0:
		prod, _ := s.Products.FindProductBySKU(ctx, st.Tenant.ID, named)
		res.Outcome, res.Expecting = OutcomeNotOrdered, kefu.SlotOrderNumber
		res.Data["product"] = traceability.LocalName(prod, kefu.OrderLine{Name: named}, lang)
		p.order, p.sku = "", ""
	default:
		res.Outcome, res.Expecting = OutcomeDamageNoOrder, kefu.SlotOrderNumber
		res.Data["order"] = number
		p.order, p.sku = "", ""
	}
	res.SetSlots = map[string]string{kefu.SlotEvidence: p.String()}
	if p.order != "" {
		res.SetSlots[kefu.SlotOrderNumber] = p.order
	}
	return res, nil
}

// pickLine chooses the order line a report is about: the newest order
// with the named product; without a name, the newest order's line if it
// has one only (the order, with no line, if it has several).
func pickLine(os []*kefu.Order, named string) (*kefu.Order, *kefu.OrderLine) {
	if named == "" {
		if len(os) == 0 {
			return nil, nil
		}
		if o := os[0]; len(o.Lines) == 1 {
			return o, &o.Lines[0]
		}
		return os[0], nil
	}
	for _, o := range os {
		for i := range o.Lines {
			if o.Lines[i].SKU == named {
				return o, &o.Lines[i]
			}
		}
	}
	return nil, nil
}

// itemNames lists an order's products in lang: "A; B; C" (names hold
// commas: "Korean Strawberries, 330 g").
func (s *Skill) itemNames(ctx context.Context, st *kefu.TurnState, o *kefu.Order, lang string) string {
	names := make([]string, 0, len(o.Lines))
	for _, l := range o.Lines {
		p, _ := s.Products.FindProductBySKU(ctx, st.Tenant.ID, l.SKU)
		names = append(names, traceability.LocalName(p, l, lang))
	}
	return strings.Join(names, "; ")
}

// runPhoto continues the report a photo is for: the line the skill asked
// a photo of (kefu.SlotEvidence), or the report its caption makes.
func (s *Skill) runPhoto(ctx context.Context, st *kefu.TurnState, att *kefu.AttachmentRef) (kefu.SkillResult, error) {
	p := parsePending(st.Conversation.Slots[kefu.SlotEvidence])
	if p.problem == "" {
		// Not asked for: the caption is the report (the skill claimed it).
		if p.problem = s.damageProblem(ctx, st); p.problem == "" {
			return s.photoToPerson(st, nil, att), nil
		}
		return s.runDamage(ctx, st, p, att)
	}
	if p.order == "" || p.sku == "" {
		return s.runDamage(ctx, st, p, att)
	}
	os, err := s.delivered(ctx, st, p.order)
	if err != nil {
		return kefu.SkillResult{}, kefu.E("aftersales.runPhoto", err)
	}
	o, l := pickLine(os, p.sku)
	if l == nil {
		return s.photoToPerson(st, nil, att), nil
	}
	return s.recordPhoto(ctx, st, o, l, p.problem, att), nil
}

// recordPhoto records the damaged line with its photo as an incident and
// lets the shop's rules decide; without a grant a person takes the case.
// Either way the evidence request is done.
func (s *Skill) recordPhoto(ctx context.Context, st *kefu.TurnState, o *kefu.Order, l *kefu.OrderLine, problem string, att *kefu.AttachmentRef) kefu.SkillResult {
	prod, _ := s.Products.FindProductBySKU(ctx, st.Tenant.ID, l.SKU)
	res := kefu.SkillResult{
		Data:     map[string]string{"order": o.Number, "product": traceability.LocalName(prod, *l, st.Conversation.Language), "problem": problem},
		Records:  []kefu.RecordRef{{Kind: "order", ID: o.ID}, {Kind: "attachment", ID: att.ID}},
		SetSlots: map[string]string{kefu.SlotEvidence: "", kefu.SlotOrderNumber: o.Number},
	}
	in := &kefu.Incident{
		ID: "damaged:" + o.Number + ":" + l.SKU, Kind: kefu.IncidentDamaged, SKU: l.SKU,
		LineValue:  l.UnitPrice * int64(l.Quantity),
		Attributes: map[string]string{AttrEvidence: EvidencePhoto, AttrAttachment: att.ID, AttrProblem: problem},
	}
	if prod != nil {
		in.Category = prod.Category
	}
	s.compensate(ctx, st, &res, o, in)
	if res.Data["compensation"] != "" {
		res.Outcome = OutcomePhotoGranted
		return res
	}
	res.Outcome, res.Handoff = OutcomePhotoPerson, kefu.ReasonAfterSales
	return res
}

// photoToPerson hands a photo the skill cannot tie to an order line to a
// person, who sees it in the conversation.
func (s *Skill) photoToPerson(st *kefu.TurnState, o *kefu.Order, att *kefu.AttachmentRef) kefu.SkillResult {
	res := kefu.SkillResult{
		Outcome:  OutcomePhotoPersonAny,
		Data:     map[string]string{},
		Records:  []kefu.RecordRef{{Kind: "attachment", ID: att.ID}},
		SetSlots: map[string]string{kefu.SlotEvidence: ""},
		Handoff:  kefu.ReasonAfterSales,
	}
	if o != nil {
		res.Records = append(res.Records, kefu.RecordRef{Kind: "order", ID: o.ID})
	}
	return res
}
