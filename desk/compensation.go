package desk

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"slices"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/money"
)

// Manual compensation: an agent grants a customer a coupon or a refund
// for one of their orders, with a reason, from the conversation; an agent
// takes a grant back, with a reason. The ledger entry keeps who and why
// (GrantedBy, Reason; RevokedBy, RevokeReason), and a note in the
// conversation tells colleagues.

// keyCouponGranted is the composer key of the message that brings the
// customer an agent's coupon.
const keyCouponGranted = "desk_coupon_granted"

// Manual grant limits.
const (
	// ManualCouponDays is how long an agent's coupon is valid by default.
	ManualCouponDays = 30
	// MaxLedgerEntries is how many of the customer's ledger entries
	// Compensations returns.
	MaxLedgerEntries = 200
)

// LedgerEntry is a ledger entry as the console shows it: the entry, the
// names of the agents who granted and revoked it, and whether the agent
// asking may revoke it.
type LedgerEntry struct {
	*kefu.Compensation
	GrantedByName string `json:"granted_by_name,omitempty"`
	RevokedByName string `json:"revoked_by_name,omitempty"`
	CanRevoke     bool   `json:"can_revoke"`
}

// GrantableOrder is an order of the customer an agent may grant against,
// with what was refunded for it so far (granted, not revoked).
type GrantableOrder struct {
	Number   string          `json:"number"`
	Status   string          `json:"status"`
	Currency string          `json:"currency"`
	Total    int64           `json:"total"`
	Refunded int64           `json:"refunded"`
	PlacedAt time.Time       `json:"placed_at"`
	Lines    []GrantableLine `json:"lines"`
}

// GrantableLine is an order line with its value (quantity × unit price)
// and what was refunded for it so far, in minor units.
type GrantableLine struct {
	SKU      string `json:"sku"`
	Name     string `json:"name"`
	Value    int64  `json:"value"`
	Refunded int64  `json:"refunded"`
}

// CustomerCompensations is what the console's compensations block shows.
type CustomerCompensations struct {
	// Entries are the customer's ledger entries, newest first.
	Entries []LedgerEntry `json:"entries"`
	// Orders are the customer's latest orders, newest first.
	Orders []GrantableOrder `json:"orders"`
	// Currency is the shop's; an order's own currency comes first.
	Currency string `json:"currency"`
	// CanGrant says whether the agent may grant in this conversation
	// (they hold it and it has a known customer).
	CanGrant bool `json:"can_grant"`
}

// GrantRequest is an agent's grant. Amount is in minor units of the
// order's currency; for refunds 0 means the whole line (refund_line, of
// SKU) or what is left of the order (refund_order). ClientID makes
// retries safe: the same ClientID for the same order grants once.
type GrantRequest struct {
	Order     string
	Kind      kefu.GrantKind
	Amount    int64
	SKU       string
	Reason    string
	ClientID  string
	ValidDays int // coupons only; 0 means ManualCouponDays
}

// GrantResult is the ledger entry of a grant; Created is false when the
// ClientID had granted it before (nothing new was stored or sent).
// Message is the customer's message with the coupon card (coupons only)
// and Note the note for colleagues.
type GrantResult struct {
	Entry   LedgerEntry   `json:"entry"`
	Created bool          `json:"created"`
	Message *kefu.Message `json:"message,omitempty"`
	Note    *kefu.Note    `json:"note,omitempty"`
}

// mayRevoke reports whether a may revoke c: owners and admins any entry
// of their shop, other agents only their own grants.
func mayRevoke(a *kefu.Agent, c *kefu.Compensation) bool {
	if c.Status != kefu.CompensationGranted {
		return false
	}
	return a.Role.AtLeast(kefu.RoleAdmin) || c.GrantedBy != "" && c.GrantedBy == a.ID
}

// Compensations returns the ledger of the conversation's customer,
// newest first, and the customer's orders to grant against. Any agent of
// the tenant may read it; an anonymous visitor has neither.
func (d *Desk) Compensations(ctx context.Context, a *kefu.Agent, conversationID string) (*CustomerCompensations, error) {
	const op = "desk.Compensations"
	t, conv, err := d.conversation(ctx, a, conversationID)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	out := &CustomerCompensations{Entries: []LedgerEntry{}, Orders: []GrantableOrder{}, Currency: t.Settings.Currency}
	if conv.CustomerID == "" {
		return out, nil
	}
	out.CanGrant = holds(a, conv) == nil
	names, err := d.agentNames(ctx, t.ID)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	cs, err := d.Store.FindCompensations(ctx, kefu.CompensationFilter{TenantID: t.ID, CustomerID: conv.CustomerID})
	if err != nil {
		return nil, kefu.E(op, err)
	}
	slices.Reverse(cs) // the store's order is oldest first
	for _, c := range cs {
		if len(out.Entries) == MaxLedgerEntries {
			break
		}
		out.Entries = append(out.Entries, entry(a, c, names))
	}
	orders, err := d.Store.FindOrders(ctx, kefu.OrderFilter{TenantID: t.ID, CustomerID: conv.CustomerID, Limit: MaxContextOrders})
	if err != nil {
		return nil, kefu.E(op, err)
	}
	slices.SortStableFunc(orders, func(x, y *kefu.Order) int { return y.PlacedAt.Compare(x.PlacedAt) })
	for _, o := range orders {
		r, err := d.refunded(ctx, t.ID, o)
		if err != nil {
			return nil, kefu.E(op, err)
		}
		out.Orders = append(out.Orders, grantable(o, r))
	}
	return out, nil
}

// entry names the agents of c for a.
func entry(a *kefu.Agent, c *kefu.Compensation, names map[string]string) LedgerEntry {
	e := LedgerEntry{Compensation: c, CanRevoke: mayRevoke(a, c)}
	if c.GrantedBy != "" {
		e.GrantedByName = cmpOr(names[c.GrantedBy], c.GrantedBy)
	}
	if c.RevokedBy != "" {
		e.RevokedByName = cmpOr(names[c.RevokedBy], c.RevokedBy)
	}
	return e
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// agentNames maps the tenant's agents' IDs to their names.
func (d *Desk) agentNames(ctx context.Context, tenantID string) (map[string]string, error) {
	agents, err := d.Store.FindAgents(ctx, kefu.AgentFilter{TenantID: tenantID, Limit: 1000})
	if err != nil {
		return nil, err
	}
	names := make(map[string]string, len(agents))
	for _, ag := range agents {
		names[ag.ID] = cmpOr(ag.Name, ag.Email)
	}
	return names, nil
}

// refunds is what was refunded for an order: in all, and per SKU for
// line refunds whose SKU is known.
type refunds struct {
	total  int64
	bySKU  map[string]int64
	issued []*kefu.Compensation // all the order's entries
}

// refunded adds up the order's granted refunds. A line refund's SKU is
// in a manual grant's incident ID (manual:<order>:refund_line:<sku>:<nonce>) or
// in the recorded incident of a rule's grant.
func (d *Desk) refunded(ctx context.Context, tenantID string, o *kefu.Order) (refunds, error) {
	r := refunds{bySKU: map[string]int64{}}
	cs, err := d.Store.FindCompensations(ctx, kefu.CompensationFilter{TenantID: tenantID, OrderNumber: o.Number})
	if err != nil {
		return r, err
	}
	r.issued = cs
	for _, c := range cs {
		if c.Status != kefu.CompensationGranted || c.Kind == kefu.GrantCoupon {
			continue
		}
		r.total += c.Amount
		if c.Kind != kefu.GrantRefundLine {
			continue
		}
		sku, ok := strings.CutPrefix(c.IncidentID, manualPrefix(o.Number)+string(kefu.GrantRefundLine)+":")
		if ok {
			sku = sku[:max(0, strings.LastIndexByte(sku, ':'))]
		} else if in, err := d.Store.FindIncidentByID(ctx, tenantID, c.IncidentID); err == nil {
			sku = in.SKU
		} else if kefu.ErrorCode(err) != kefu.ENOTFOUND {
			return r, err
		}
		if sku != "" {
			r.bySKU[sku] += c.Amount
		}
	}
	return r, nil
}

// grantable shows order o with what was refunded for it.
func grantable(o *kefu.Order, r refunds) GrantableOrder {
	g := GrantableOrder{Number: o.Number, Status: o.Status, Currency: o.Currency, Total: o.Total, Refunded: r.total,
		PlacedAt: o.PlacedAt, Lines: []GrantableLine{}}
	for _, l := range o.Lines {
		g.Lines = append(g.Lines, GrantableLine{SKU: l.SKU, Name: l.Name, Value: lineValue(l), Refunded: r.bySKU[l.SKU]})
	}
	return g
}

// lineValue is a line's quantity times its unit price, 0 when that
// overflows (a line that cannot be refunded by its value).
func lineValue(l kefu.OrderLine) int64 {
	if l.Quantity <= 0 || l.UnitPrice <= 0 || l.UnitPrice > kefu.MaxIncidentFact/int64(l.Quantity) {
		return 0
	}
	return int64(l.Quantity) * l.UnitPrice
}

// manualPrefix starts the incident IDs of an order's manual grants.
func manualPrefix(order string) string { return "manual:" + order + ":" }

// Grant grants the conversation's customer a coupon or a refund for one
// of their orders, as agent a, who must hold the conversation
// (EFORBIDDEN otherwise). The reason is required; amounts are positive
// and capped: a coupon by the order's total, a line refund by the line's
// value less its refunds, an order refund by the total less all refunds.
// The ledger entry's incident is manual:<order>:<kind>[:<sku>]:<nonce>,
// with req.ClientID as the nonce when set (a retry returns the first
// grant) and a random one otherwise. A coupon is sent to the customer in
// their language with its card; every grant adds a note for colleagues.
// The caps are checked before the entry is written: two grants at the
// same instant may together pass a cap that each passes alone.
func (d *Desk) Grant(ctx context.Context, a *kefu.Agent, conversationID string, req GrantRequest) (*GrantResult, error) {
	const op = "desk.Grant"
	t, conv, err := d.conversation(ctx, a, conversationID)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	if err := checkGrant(&req); err != nil {
		return nil, err
	}
	if err := holds(a, conv); err != nil {
		return nil, kefu.Errorf(kefu.EFORBIDDEN, "only the agent who holds the conversation can grant; take it first")
	}
	if conv.CustomerID == "" {
		return nil, kefu.Invalidf("order", "the customer of this conversation is anonymous and has no orders")
	}
	o, err := d.Store.FindOrderByNumber(ctx, t.ID, req.Order)
	if kefu.ErrorCode(err) == kefu.ENOTFOUND || err == nil && o.CustomerID != conv.CustomerID {
		return nil, kefu.Invalidf("order", "the customer has no order %q", req.Order)
	} else if err != nil {
		return nil, kefu.E(op, err)
	}
	cur := o.Currency
	if cur == "" {
		cur = t.Settings.Currency
	}
	if !kefu.ValidCurrency(cur) {
		return nil, kefu.Invalidf("order", "order %s has no currency and the shop has none set", o.Number)
	}
	incident := manualPrefix(o.Number) + string(req.Kind) + ":"
	if req.Kind == kefu.GrantRefundLine {
		incident += req.SKU + ":"
	}
	incident += req.ClientID
	if len(incident) > kefu.MaxExternalIDLen {
		return nil, kefu.Invalidf("order", "the order number and SKU are too long for a manual grant")
	}
	comp := &kefu.Compensation{TenantID: t.ID, IncidentID: incident, OrderID: o.ID, OrderNumber: o.Number,
		CustomerID: conv.CustomerID, Kind: req.Kind, Amount: req.Amount, Currency: cur, GrantedBy: a.ID, Reason: req.Reason}

	// Under the lock: the holder, and what was refunded, as they are now.
	unlock, conv, err := d.lockRead(ctx, t.ID, conv.ID)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	defer unlock()
	if err := holds(a, conv); err != nil {
		return nil, kefu.Errorf(kefu.EFORBIDDEN, "only the agent who holds the conversation can grant; take it first")
	}
	r, err := d.refunded(ctx, t.ID, o)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	for _, c := range r.issued {
		if c.IncidentID == incident {
			return d.repeat(ctx, t, a, c, comp)
		}
	}
	if err := capAmount(comp, o, req.SKU, r, d.Now()); err != nil {
		return nil, err
	}
	if req.Kind == kefu.GrantCoupon {
		days := req.ValidDays
		if days == 0 {
			days = ManualCouponDays
		}
		comp.ExpiresAt = d.Now().AddDate(0, 0, days)
	}

	res := &GrantResult{}
	var evs []kefu.Event
	err = d.Store.InTx(ctx, func(tx kefu.Store) error {
		got, created, err := tx.IssueCompensation(ctx, comp)
		if err != nil {
			return err
		}
		if !created { // a concurrent retry won
			res.Entry.Compensation = got
			return nil
		}
		res.Created, res.Entry.Compensation = true, got
		if got.Kind == kefu.GrantCoupon {
			res.Message = d.couponMessage(ctx, t, conv, a, o, got)
			if err := tx.CreateMessage(ctx, res.Message); err != nil {
				return err
			}
			evs = events(nil, res.Message)
			if err := tx.AppendEvents(ctx, evs...); err != nil {
				return err
			}
		}
		res.Note = &kefu.Note{TenantID: t.ID, ConversationID: conv.ID, AgentID: a.ID, Text: d.compensationNote(ctx, t, a, got, req.SKU, got.Reason, false), CreatedAt: d.Now()}
		return tx.CreateNote(ctx, res.Note)
	})
	if err != nil {
		return nil, kefu.E(op, err)
	}
	if !res.Created {
		return d.repeat(ctx, t, a, res.Entry.Compensation, comp)
	}
	d.publish(ctx, evs)
	res.Entry = entry(a, res.Entry.Compensation, map[string]string{a.ID: a.Name})
	return res, nil
}

// repeat answers a grant whose ClientID granted before: the first grant,
// unless the request says something else (ECONFLICT).
func (d *Desk) repeat(ctx context.Context, t *kefu.Tenant, a *kefu.Agent, prev, want *kefu.Compensation) (*GrantResult, error) {
	if prev.GrantedBy != want.GrantedBy || prev.Kind != want.Kind || want.Amount != 0 && prev.Amount != want.Amount {
		return nil, kefu.Errorf(kefu.ECONFLICT, "client_id was already used for another grant")
	}
	names, err := d.agentNames(ctx, t.ID)
	if err != nil {
		return nil, err
	}
	return &GrantResult{Entry: entry(a, prev, names)}, nil
}

// checkGrant checks what a grant request says by itself; EINVALID naming
// the field. It sets a random ClientID when there is none.
func checkGrant(req *GrantRequest) error {
	req.Reason = strings.TrimSpace(req.Reason)
	switch {
	case req.Order == "":
		return kefu.Invalidf("order", "order is required: the order number the grant is for")
	case len(req.Order) > kefu.MaxExternalIDLen:
		return kefu.Invalidf("order", "order is longer than %d bytes", kefu.MaxExternalIDLen)
	case req.Kind != kefu.GrantCoupon && req.Kind != kefu.GrantRefundLine && req.Kind != kefu.GrantRefundOrder:
		return kefu.Invalidf("kind", "kind must be coupon, refund_line or refund_order")
	case req.Reason == "":
		return kefu.Invalidf("reason", "reason is required: say why the customer gets it (colleagues and auditors read it)")
	case len(req.Reason) > kefu.MaxReasonLen:
		return kefu.Invalidf("reason", "reason is longer than %d bytes", kefu.MaxReasonLen)
	case req.Amount < 0 || req.Amount > kefu.MaxIncidentFact:
		return kefu.Invalidf("amount", "amount must be a positive amount in minor units (500 for 5.00)")
	case req.Kind == kefu.GrantCoupon && req.Amount == 0:
		return kefu.Invalidf("amount", "amount is required for a coupon: a positive amount in minor units (500 for 5.00)")
	case req.Kind == kefu.GrantRefundLine && req.SKU == "":
		return kefu.Invalidf("sku", "sku is required for a refund of a line: the product of the order line")
	case req.Kind != kefu.GrantRefundLine && req.SKU != "":
		return kefu.Invalidf("sku", "sku is for refunds of a line only")
	case req.Kind != kefu.GrantCoupon && req.ValidDays != 0:
		return kefu.Invalidf("valid_days", "valid_days is for coupons only")
	case req.ValidDays < 0 || req.ValidDays > kefu.MaxCouponDays:
		return kefu.Invalidf("valid_days", "valid_days must be from 1 to %d (0: %d days)", kefu.MaxCouponDays, ManualCouponDays)
	}
	if err := checkText("reason", req.Reason, kefu.MaxReasonLen); err != nil {
		return kefu.InField("reason", err)
	}
	if req.ClientID == "" {
		b := make([]byte, 8)
		if _, err := rand.Read(b); err != nil {
			return kefu.Errorf(kefu.EINTERNAL, "crypto/rand: %v", err)
		}
		req.ClientID = hex.EncodeToString(b)
	} else if !validID(req.ClientID) {
		return kefu.Invalidf("client_id", "client_id must be 1 to 64 letters, digits, - or _")
	}
	if req.SKU != "" && (len(req.SKU) > kefu.MaxExternalIDLen || strings.IndexFunc(req.SKU, func(r rune) bool { return r < ' ' || r == ':' }) >= 0) {
		return kefu.Invalidf("sku", "sku is not a SKU of the order")
	}
	return nil
}

// capAmount fills in a refund's amount when it is 0 and refuses amounts
// over the caps Grant documents.
func capAmount(c *kefu.Compensation, o *kefu.Order, sku string, r refunds, now time.Time) error {
	show := func(minor int64) string { return money.New(minor, money.Currency(c.Currency)).String() }
	left := o.Total - r.total
	switch c.Kind {
	case kefu.GrantCoupon:
		if c.Amount > o.Total {
			return kefu.Invalidf("amount", "a coupon is at most the order's total, %s", show(o.Total))
		}
	case kefu.GrantRefundOrder:
		if c.Amount == 0 {
			c.Amount = left
		}
		if left <= 0 {
			return kefu.Invalidf("amount", "order %s is refunded in full already", o.Number)
		}
		if c.Amount > left {
			return kefu.Invalidf("amount", "at most %s is left to refund of order %s (total %s)", show(left), o.Number, show(o.Total))
		}
	case kefu.GrantRefundLine:
		i := slices.IndexFunc(o.Lines, func(l kefu.OrderLine) bool { return l.SKU == sku })
		if i < 0 {
			return kefu.Invalidf("sku", "order %s has no line of %q", o.Number, sku)
		}
		lineLeft := min(lineValue(o.Lines[i])-r.bySKU[sku], left)
		if c.Amount == 0 {
			c.Amount = lineLeft
		}
		if lineLeft <= 0 {
			return kefu.Invalidf("amount", "the line of %s is refunded in full already", sku)
		}
		if c.Amount > lineLeft {
			return kefu.Invalidf("amount", "at most %s is left to refund of the line of %s", show(lineLeft), sku)
		}
	}
	return nil
}

// couponMessage brings the customer an agent's coupon, in the customer's
// language, with the coupon card the bot's coupons have.
func (d *Desk) couponMessage(ctx context.Context, t *kefu.Tenant, conv *kefu.Conversation, a *kefu.Agent, o *kefu.Order, c *kefu.Compensation) *kefu.Message {
	lang := customerLanguage(conv, t)
	expires := ""
	if !c.ExpiresAt.IsZero() {
		at := c.ExpiresAt
		if loc, err := time.LoadLocation(t.Settings.Timezone); err == nil && t.Settings.Timezone != "" {
			at = at.In(loc)
		}
		expires = at.Format("2006-01-02")
	}
	res := kefu.SkillResult{Outcome: keyCouponGranted, Data: map[string]string{
		"agent": a.Name, "amount": money.New(c.Amount, money.Currency(c.Currency)).Format(lang), "code": c.Code,
		"order": o.Number, "expires": expires,
	}, Cards: []kefu.Card{{Type: kefu.CardCoupon, Title: o.Number, Amount: c.Amount, Currency: c.Currency, Code: c.Code, Subtitle: expires}}}
	m := &kefu.Message{TenantID: t.ID, ConversationID: conv.ID, Author: kefu.AuthorAgent, AuthorID: a.ID, AuthorName: a.Name,
		Text: d.Composer.Compose(ctx, lang, res), Language: lang}
	if cc, ok := d.Composer.(kefu.CardComposer); ok {
		m.Cards = cc.Cards(ctx, lang, res)
	}
	return m
}

// compensationNote tells colleagues what was granted (or, with revoked,
// taken back), for which order and why, in the acting agent's language:
// the agent writes it, as they would write a note themselves.
func (d *Desk) compensationNote(ctx context.Context, t *kefu.Tenant, a *kefu.Agent, c *kefu.Compensation, sku, reason string, revoked bool) string {
	lang := AgentLanguage(a, t)
	key := "desk_note_grant_"
	if revoked {
		key = "desk_note_revoke_"
	}
	switch c.Kind {
	case kefu.GrantCoupon:
		key += "coupon"
	case kefu.GrantRefundLine:
		key += "refund_line"
	default:
		key += "refund"
	}
	return d.Composer.Compose(ctx, lang, kefu.SkillResult{Outcome: key, Data: map[string]string{
		"amount": money.New(c.Amount, money.Currency(c.Currency)).Format(lang), "code": c.Code,
		"order": c.OrderNumber, "sku": sku, "reason": reason,
	}})
}

// Revoke takes back a ledger entry of a's tenant for reason. Owners and
// admins may revoke any entry; other agents only their own grants
// (EFORBIDDEN). ENOTFOUND for an entry of another tenant; ECONFLICT if it
// was revoked already. With a conversation of the entry's customer, a
// note there tells colleagues.
func (d *Desk) Revoke(ctx context.Context, a *kefu.Agent, compensationID, reason, conversationID string) (*LedgerEntry, error) {
	const op = "desk.Revoke"
	t, err := d.tenant(ctx, a)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	reason = strings.TrimSpace(reason)
	if err := kefu.CheckRevoke(reason, a.ID); err != nil {
		return nil, err
	}
	if err := checkText("reason", reason, kefu.MaxReasonLen); err != nil {
		return nil, kefu.InField("reason", err)
	}
	if !validID(compensationID) {
		return nil, kefu.Errorf(kefu.ENOTFOUND, "compensation not found")
	}
	c, err := d.Store.FindCompensationByID(ctx, t.ID, compensationID)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	var conv *kefu.Conversation
	if conversationID != "" {
		if !validID(conversationID) {
			return nil, notFound()
		}
		if conv, err = d.Store.FindConversationByID(ctx, t.ID, conversationID); err != nil {
			return nil, kefu.E(op, err)
		}
		if conv.CustomerID != c.CustomerID {
			return nil, kefu.Invalidf("conversation_id", "the conversation is not with the customer of this compensation")
		}
	}
	if c.Status == kefu.CompensationRevoked {
		return nil, kefu.Errorf(kefu.ECONFLICT, "the compensation was revoked already")
	}
	if !mayRevoke(a, c) {
		return nil, kefu.Errorf(kefu.EFORBIDDEN, "only owners, admins and the agent who granted it can revoke a compensation")
	}
	c, err = d.Store.RevokeCompensation(ctx, t.ID, c.ID, reason, a.ID)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	if conv != nil {
		text := d.compensationNote(ctx, t, a, c, "", reason, true)
		if err := d.Store.CreateNote(ctx, &kefu.Note{TenantID: t.ID, ConversationID: conv.ID, AgentID: a.ID, Text: text, CreatedAt: d.Now()}); err != nil {
			// The revocation stands; the ledger and the log say it.
			d.Logger.WarnContext(ctx, "revocation note not written", "conversation", conv.ID, "error", err)
		}
	}
	names, err := d.agentNames(ctx, t.ID)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	e := entry(a, c, names)
	return &e, nil
}
