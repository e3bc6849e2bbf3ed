package compensation

import (
	"context"
	"log/slog"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/money"
)

// Issuing issues compensations for incidents; *Issuer is one.
type Issuing interface {
	Issue(ctx context.Context, tenantID string, in *kefu.Incident) (*kefu.Compensation, bool, *kefu.Rule, error)
}

// Offer is how a skill tells a customer what an incident gets: it fills
// the incident's order and customer facts, asks the shop's rules through
// is, and writes the answer into res for the composer. A new grant says
// so (Data "compensation": "new", "new_min" or "refund") with the
// amount, code and validity, and a coupon adds its card; one granted
// before is shown again, saying nothing new was granted ("before",
// "refund_before"). A rule that fails is logged with the incident and
// grants nothing. It returns the grant, nil when there is none.
func Offer(ctx context.Context, is Issuing, st *kefu.TurnState, res *kefu.SkillResult, o *kefu.Order, in *kefu.Incident,
	now time.Time, logger *slog.Logger) *kefu.Compensation {
	if is == nil {
		return nil
	}
	in.OrderID, in.OrderNumber, in.CustomerID, in.OrderValue, in.Currency = o.ID, o.Number, o.CustomerID, o.Total, o.Currency
	if in.At.IsZero() {
		in.At = now
	}
	if st.Customer != nil && st.Customer.VIP {
		in.CustomerTier = "vip"
	}
	c, created, _, err := is.Issue(ctx, st.Tenant.ID, in)
	if err != nil {
		if logger == nil {
			logger = slog.Default()
		}
		logger.Warn("compensation not issued", "tenant", st.Tenant.ID, "incident", in.ID, "error", err)
		return nil
	}
	if c == nil || c.Status != kefu.CompensationGranted {
		return nil
	}
	if res.Data == nil {
		res.Data = map[string]string{}
	}
	lang := st.Tenant.Settings.DefaultLanguage
	if st.Conversation != nil && st.Conversation.Language != "" {
		lang = st.Conversation.Language
	}
	switch {
	case c.Kind != kefu.GrantCoupon && created:
		res.Data["compensation"] = "refund"
	case c.Kind != kefu.GrantCoupon:
		res.Data["compensation"] = "refund_before"
	case !created:
		res.Data["compensation"] = "before"
	case c.MinOrderValue > 0:
		res.Data["compensation"] = "new_min"
		res.Data["min"] = show(c.MinOrderValue, c.Currency, lang)
	default:
		res.Data["compensation"] = "new"
	}
	res.Records = append(res.Records, kefu.RecordRef{Kind: "compensation", ID: c.ID})
	res.Data["amount"] = show(c.Amount, c.Currency, lang)
	res.Data["code"] = c.Code
	if !c.ExpiresAt.IsZero() {
		res.Data["expires"] = Day(c.ExpiresAt, st.Tenant.Settings.Timezone)
	}
	if c.Kind == kefu.GrantCoupon {
		res.Cards = append(res.Cards, kefu.Card{Type: kefu.CardCoupon, Title: o.Number, Amount: c.Amount, Currency: c.Currency,
			Code: c.Code, Subtitle: res.Data["expires"]})
	}
	return c
}

// show writes an amount in minor units of currency as lang writes money:
// "S$5.00", "5,00 S$".
func show(minor int64, currency, lang string) string {
	return money.New(minor, money.Currency(currency)).Format(lang)
}

// Day writes the date of t in the time zone tz (UTC when unknown).
func Day(t time.Time, tz string) string {
	if loc, err := time.LoadLocation(tz); err == nil && tz != "" {
		t = t.In(loc)
	}
	return t.Format(time.DateOnly)
}
