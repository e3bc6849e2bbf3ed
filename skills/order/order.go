// Package order is the order status and tracking skill: it finds the
// customer's order by number (from the message or remembered in the
// conversation), and answers from the order's shipments and their latest
// tracking event. It never reveals an order of another customer or tenant.
package order

import (
	"context"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/kefu-ai/kefu"
)

// Name is the skill's identifier in traces.
const Name = "order_tracking"

// SlotOrderNumber is the conversation slot holding the order under discussion.
const SlotOrderNumber = kefu.SlotOrderNumber

// ReasonOrderNumber is the trace reason of a turn the skill claims because
// it is little more than an order number ("10023", "FF-20931?").
const ReasonOrderNumber = "order_number"

// Outcomes of the skill, keys for composer templates.
const (
	OutcomeAskOrderNumber = "ask_order_number"
	OutcomeWhichOrder     = "ask_which_order"
	OutcomeNotFound       = kefu.OutcomeOrderNotFound
	OutcomeIdentify       = "identify_required"
	OutcomeNotShipped     = "order_not_shipped"
	OutcomeTracking       = "tracking"
)

// Interface guards.
var (
	_ kefu.Skill     = (*Skill)(nil)
	_ kefu.SlotAsker = (*Skill)(nil)
	_ kefu.Claimer   = (*Skill)(nil)
)

// Skill answers "where is my order?".
type Skill struct {
	Orders kefu.OrderService
}

// Name implements kefu.Skill.
func (s *Skill) Name() string { return Name }

// Intents implements kefu.Skill.
func (s *Skill) Intents() []string { return []string{kefu.IntentTrackOrder} }

// Asks implements kefu.SlotAsker.
func (s *Skill) Asks() []string { return []string{SlotOrderNumber} }

// Claim implements kefu.Claimer: a message the policy could not place
// (not understood, or no handler) that is an order number with nothing
// else to say — "10023", "FF-20931?" — is a question about that order,
// unless the bot is waiting for another answer.
func (s *Skill) Claim(ctx context.Context, st *kefu.TurnState, d kefu.Decision) (string, bool) {
	if !d.Claimable || st.Conversation.Slots[kefu.SlotExpecting] != "" {
		return "", false
	}
	var span *kefu.Entity
	for i, e := range st.Understanding.Entities {
		if e.Type == "order_number" {
			span = &st.Understanding.Entities[i]
			break
		}
	}
	if span == nil || span.Start < 0 || span.End > len(st.Message.Text) || span.Start > span.End {
		return "", false
	}
	rest := st.Message.Text[:span.Start] + st.Message.Text[span.End:]
	for _, r := range rest {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return "", false
		}
	}
	return ReasonOrderNumber, true
}

// Run implements kefu.Skill.
func (s *Skill) Run(ctx context.Context, st *kefu.TurnState) (kefu.SkillResult, error) {
	number := st.OrderNumber()
	if number == "" && st.Customer != nil {
		// A signed-in customer need not know the number: the order they
		// mean is their one order still under way, else their latest.
		pick, which, err := s.customersOrder(ctx, st)
		if err != nil {
			return kefu.SkillResult{}, kefu.E("order.Run", err)
		}
		if which != nil {
			return *which, nil
		}
		number = pick
	}
	if number == "" {
		return kefu.SkillResult{Outcome: OutcomeAskOrderNumber, Expecting: SlotOrderNumber}, nil
	}
	if st.Customer == nil {
		// Anonymous visitors cannot prove whose order it is.
		return kefu.SkillResult{Outcome: OutcomeIdentify, Data: map[string]string{"order": number}}, nil
	}
	o, err := s.Orders.FindOrderByNumber(ctx, st.Tenant.ID, number)
	if kefu.ErrorCode(err) == kefu.ENOTFOUND || err == nil && o.CustomerID != st.Customer.ID {
		// The same answer for "no such order" and "someone else's order",
		// so that order numbers cannot be probed. Ask again.
		return kefu.SkillResult{Outcome: OutcomeNotFound, Data: map[string]string{"order": number}, Expecting: SlotOrderNumber}, nil
	} else if err != nil {
		return kefu.SkillResult{}, kefu.E("order.Run", err)
	}
	res := kefu.SkillResult{
		Data:     map[string]string{"order": o.Number, "order_status": o.Status},
		Records:  []kefu.RecordRef{{Kind: "order", ID: o.ID}},
		SetSlots: map[string]string{SlotOrderNumber: o.Number},
	}
	ships, err := s.Orders.FindShipmentsByOrder(ctx, st.Tenant.ID, o.ID)
	if err != nil {
		return kefu.SkillResult{}, kefu.E("order.Run", err)
	}
	// Answer from the shipment with the newest scan.
	var ship *kefu.Shipment
	var last *kefu.TrackingEvent
	for _, sh := range ships {
		res.Records = append(res.Records, kefu.RecordRef{Kind: "shipment", ID: sh.ID})
		if ev := sh.LatestEvent(); ev != nil && (last == nil || ev.At.After(last.At)) {
			ship, last = sh, ev
		}
	}
	if ship == nil {
		res.Outcome = OutcomeNotShipped
		return res, nil
	}
	res.Outcome = OutcomeTracking
	res.Events = ship.Events
	res.Data["carrier"] = ship.Carrier
	res.Data["tracking_number"] = ship.TrackingNumber
	res.Data["status"] = last.Status
	res.Data["location"] = last.Location
	res.Data["description"] = last.Description
	res.Data["at"] = last.At.UTC().Format(time.RFC3339)
	res.Data["timezone"] = st.Tenant.Settings.Timezone
	if ship.ETA != nil {
		res.Data["eta"] = ship.ETA.UTC().Format("2006-01-02")
	}
	res.Data["shipments"] = strconv.Itoa(len(ships))
	return res, nil
}

// maxOpenListed is how many orders under way a question lists.
const maxOpenListed = 5

// customersOrder finds the order a signed-in customer who gave no number
// means: the only one of their recent orders still under way (not
// delivered, cancelled or returned), else, when none is, the newest. With
// several under way it returns the question which one, naming them
// (number and first item), newest first; with no order at all, nothing.
func (s *Skill) customersOrder(ctx context.Context, st *kefu.TurnState) (string, *kefu.SkillResult, error) {
	orders, err := s.Orders.FindOrders(ctx, kefu.OrderFilter{TenantID: st.Tenant.ID, CustomerID: st.Customer.ID, Limit: 20})
	if err != nil || len(orders) == 0 {
		return "", nil, err
	}
	var open []*kefu.Order
	for _, o := range orders {
		switch o.Status {
		case kefu.OrderDelivered, kefu.OrderCancelled, kefu.OrderReturned:
		default:
			open = append(open, o)
		}
	}
	switch len(open) {
	case 0:
		return orders[0].Number, nil, nil
	case 1:
		return open[0].Number, nil, nil
	}
	var numbers, items []string
	for _, o := range open[:min(len(open), maxOpenListed)] {
		numbers = append(numbers, o.Number)
		item := ""
		if len(o.Lines) > 0 {
			item = o.Lines[0].Name
		}
		items = append(items, item)
	}
	return "", &kefu.SkillResult{
		Outcome: OutcomeWhichOrder,
		// The composer words the list: "10023 (Cashmere sweater), 10024 (…)".
		Data:      map[string]string{"orders": strings.Join(numbers, "\n"), "order_items": strings.Join(items, "\n"), "count": strconv.Itoa(len(open))},
		Expecting: SlotOrderNumber,
	}, nil
}
