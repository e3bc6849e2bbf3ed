// Package aftersales answers fresh-food after-sales problems from the
// order's own data, acknowledging the problem first: late deliveries (the
// promised time, the shipment's ETA or the end of the delivery slot,
// against the delivery scan, in minutes: "your order arrived 35 minutes
// after the promised slot"); short, missing and wrong items from the
// warehouse's picking record (picking.go); damaged goods from the
// customer's photo, which the skill asks for (evidence.go). The shop's
// compensation rules decide what an incident gets. What the data does
// not bear out goes to a person with its reason, by the policy's default
// hand-offs (docs/aftersales.md).
package aftersales

import (
	"context"
	"log/slog"
	"math"
	"strconv"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/compensation"
)

// Name is the skill's identifier in traces.
const Name = "aftersales"

// IntentLate is the intent of late-delivery complaints.
const IntentLate = "fresh_late_delivery"

// Outcomes, keys of the composer's templates.
const (
	OutcomeSignIn    = "late_sign_in"
	OutcomeNoOrder   = "late_no_order"
	OutcomeLate      = "late_delivered_late"
	OutcomeOnTime    = "late_delivered_on_time"
	OutcomeRunning   = "late_running_late"
	OutcomeOnTheWay  = "late_on_the_way"
	OutcomeNoPromise = "late_no_promise"
)

// maxOrders is how many of the customer's newest orders a complaint
// without an order number is looked for in.
const maxOrders = 5

var (
	_ kefu.Skill     = (*Skill)(nil)
	_ kefu.SlotAsker = (*Skill)(nil)
)

// Skill answers late-delivery complaints from the shipment's data.
type Skill struct {
	Orders   kefu.OrderService
	Products kefu.ProductService
	// Compensations, if set, decides by the shop's rules what an incident
	// gets and records it (package compensation).
	Compensations Compensator
	Logger        *slog.Logger
	Now           kefu.Clock
}

// Compensator issues compensations for incidents (compensation.Issuer).
type Compensator = compensation.Issuing

// Name implements kefu.Skill.
func (s *Skill) Name() string { return Name }

// Intents implements kefu.Skill.
func (s *Skill) Intents() []string { return []string{IntentLate} }

// Asks implements kefu.SlotAsker: the order, the item of a damage report
// and the photo of it.
func (s *Skill) Asks() []string {
	return []string{kefu.SlotOrderNumber, kefu.SlotProduct, kefu.SlotEvidence}
}

// Run implements kefu.Skill.
func (s *Skill) Run(ctx context.Context, st *kefu.TurnState) (kefu.SkillResult, error) {
	const op = "aftersales.Run"
	if st.Customer == nil {
		return kefu.SkillResult{Outcome: OutcomeSignIn}, nil
	}
	if att := kefu.AttachmentOf(st.Message); att != nil {
		return s.runPhoto(ctx, st, att)
	}
	if shortWeight(st) {
		// "牛排差了二两": the picking record answers a missing weight;
		// when it does not show it, a photo of the item on a scale.
		if res, ok := s.runPicking(ctx, st); ok {
			return res, nil
		}
		return s.runDamage(ctx, st, pending{problem: ProblemUnderweight}, nil)
	}
	if problem := s.damageProblem(ctx, st); problem != "" {
		return s.runDamage(ctx, st, pending{problem: problem}, nil)
	}
	if p, ok := awaitsLine(st); ok && st.Understanding.Intent != IntentLate && len(pickingIntents(st)) == 0 {
		return s.runDamage(ctx, st, p, nil)
	}
	if st.Understanding.Intent != IntentLate {
		if res, ok := s.runPicking(ctx, st); ok {
			return res, nil
		}
	}
	number := st.OrderNumber()
	o, sh, err := s.find(ctx, st, number)
	if err != nil {
		return kefu.SkillResult{}, kefu.E(op, err)
	}
	if o == nil || sh == nil {
		return kefu.SkillResult{Outcome: OutcomeNoOrder, Expecting: kefu.SlotOrderNumber, Data: map[string]string{"order": number}}, nil
	}
	tz := st.Tenant.Settings.Timezone
	res := kefu.SkillResult{
		Data:     map[string]string{"order": o.Number, "timezone": tz},
		Records:  []kefu.RecordRef{{Kind: "order", ID: o.ID}, {Kind: "shipment", ID: sh.ID}},
		SetSlots: map[string]string{kefu.SlotOrderNumber: o.Number},
	}
	if sh.ETA == nil {
		res.Outcome = OutcomeNoPromise
		return res, nil
	}
	res.Data["promised"] = clock(*sh.ETA, tz)
	delivered := deliveredAt(sh)
	now := s.Now.Time()
	switch {
	case delivered.IsZero() && now.After(*sh.ETA):
		res.Outcome = OutcomeRunning
		res.Data["minutes"] = minutes(now.Sub(*sh.ETA))
		res.ShowProgress, res.Events = true, sh.Events
	case delivered.IsZero():
		res.Outcome = OutcomeOnTheWay
		res.ShowProgress, res.Events = true, sh.Events
	case delivered.After(*sh.ETA):
		res.Outcome = OutcomeLate
		res.Data["minutes"] = minutes(delivered.Sub(*sh.ETA))
		res.Data["delivered"] = clock(delivered, tz)
		s.compensate(ctx, st, &res, o, &kefu.Incident{ID: "late:" + o.Number, Kind: kefu.IncidentLate,
			DelayMinutes: int64(math.Round(delivered.Sub(*sh.ETA).Minutes()))})
	default:
		res.Outcome = OutcomeOnTime
		res.Data["delivered"] = clock(delivered, tz)
	}
	return res, nil
}

// find returns the order the complaint is about (the number given, only
// the customer's own; else their latest order with a dispatched
// shipment) and its shipment with the newest scan.
func (s *Skill) find(ctx context.Context, st *kefu.TurnState, number string) (*kefu.Order, *kefu.Shipment, error) {
	var os []*kefu.Order
	if number != "" {
		o, err := s.Orders.FindOrderByNumber(ctx, st.Tenant.ID, number)
		if kefu.ErrorCode(err) == kefu.ENOTFOUND || err == nil && o.CustomerID != st.Customer.ID {
			return nil, nil, nil
		} else if err != nil {
			return nil, nil, err
		}
		os = []*kefu.Order{o}
	} else {
		var err error
		if os, err = s.Orders.FindOrders(ctx, kefu.OrderFilter{TenantID: st.Tenant.ID, CustomerID: st.Customer.ID, Limit: 10}); err != nil {
			return nil, nil, err
		}
	}
	for i, o := range os { // newest first
		if i == maxOrders {
			break
		}
		ships, err := s.Orders.FindShipmentsByOrder(ctx, st.Tenant.ID, o.ID)
		if err != nil {
			return nil, nil, err
		}
		var best *kefu.Shipment
		for _, sh := range ships {
			ev := sh.LatestEvent()
			if ev == nil || ev.Status == "label_created" && number == "" {
				continue // not dispatched: not what a late delivery is about
			}
			if best == nil || ev.At.After(best.LatestEvent().At) {
				best = sh
			}
		}
		if best != nil {
			return o, best, nil
		}
	}
	return nil, nil, nil
}

// deliveredAt is the time of the shipment's delivery scan, zero without one.
func deliveredAt(sh *kefu.Shipment) time.Time {
	var at time.Time
	for _, e := range sh.Events {
		if e.Status == "delivered" && e.At.After(at) {
			at = e.At
		}
	}
	return at
}

func minutes(d time.Duration) string { return strconv.Itoa(int(math.Round(d.Minutes()))) }

// clock writes a time of day in the shop's time zone, with the date.
func clock(t time.Time, tz string) string {
	if loc, err := time.LoadLocation(tz); err == nil && tz != "" {
		t = t.In(loc)
	}
	return t.Format("2006-01-02 15:04")
}

// compensate asks the shop's rules what the incident gets and says so in
// res (compensation.Offer).
func (s *Skill) compensate(ctx context.Context, st *kefu.TurnState, res *kefu.SkillResult, o *kefu.Order, in *kefu.Incident) {
	if s.Compensations == nil {
		return
	}
	compensation.Offer(ctx, s.Compensations, st, res, o, in, s.Now.Time(), s.Logger)
}
