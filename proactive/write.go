package proactive

import (
	"context"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/compose"
)

// OpenFor is how recent a customer's last conversation must be for a
// notice to join it rather than open a new one.
const OpenFor = 24 * time.Hour

// Writer puts a notice into the customer's conversation.
type Writer struct {
	Store    kefu.Store
	Events   kefu.EventService // nil: nothing is published live
	Composer *compose.Composer
	Now      func() time.Time
}

// Write composes the notice in the customer's language and adds it, as a
// bot message of kind MessageProactive, to the customer's conversation of
// the last OpenFor if it is not closed, or else to a new conversation
// (channel "proactive"), with an order.at_risk event for webhooks. It
// returns the conversation's ID.
func (w *Writer) Write(ctx context.Context, t *kefu.Tenant, d *kefu.Delivery, n *kefu.RiskNotice) (string, error) {
	now := time.Now()
	if w.Now != nil {
		now = w.Now()
	}
	var cust *kefu.Customer
	if d.Order.CustomerID != "" {
		c, err := w.Store.FindCustomerByID(ctx, t.ID, d.Order.CustomerID)
		if err != nil && kefu.ErrorCode(err) != kefu.ENOTFOUND {
			return "", err
		}
		cust = c
	}
	if cust == nil {
		return "", kefu.Errorf(kefu.ENOTFOUND, "the order has no customer to write to")
	}
	var conv *kefu.Conversation
	cs, err := w.Store.FindConversations(ctx, kefu.ConversationFilter{TenantID: t.ID, CustomerID: cust.ID, Limit: 1})
	if err != nil {
		return "", err
	}
	if len(cs) == 1 && cs[0].Status != kefu.StatusClosed && now.Sub(cs[0].UpdatedAt) < OpenFor {
		conv = cs[0]
	}
	lang := w.language(t, cust, conv)
	text := Text(w.Composer, lang, t.Settings.Timezone, d, n)
	var events []kefu.Event
	err = w.Store.InTx(ctx, func(tx kefu.Store) error {
		events = events[:0]
		if conv == nil {
			c := &kefu.Conversation{TenantID: t.ID, CustomerID: cust.ID, Channel: kefu.ChannelProactive, Status: kefu.StatusBot, Language: lang,
				// Nobody holds a token of it until the customer's widget
				// adopts it.
				TokenHash: kefu.HashSecret(kefu.NewAPIKeySecret())}
			if err := tx.CreateConversation(ctx, c); err != nil {
				return err
			}
			conv = c
			events = append(events, kefu.Event{Type: kefu.EventConversationStatus, TenantID: t.ID, ConversationID: c.ID, Conversation: c, At: c.CreatedAt})
		}
		m := &kefu.Message{TenantID: t.ID, ConversationID: conv.ID, Author: kefu.AuthorBot, Kind: kefu.MessageProactive,
			Text: text, Language: lang}
		if err := tx.CreateMessage(ctx, m); err != nil {
			return err
		}
		sent := *n
		sent.Status, sent.ConversationID = kefu.NoticeSent, conv.ID
		events = append(events,
			kefu.Event{Type: kefu.EventMessageCreated, TenantID: t.ID, ConversationID: conv.ID, Message: m, At: m.CreatedAt},
			kefu.Event{Type: kefu.EventOrderAtRisk, TenantID: t.ID, ConversationID: conv.ID, Notice: &sent, At: m.CreatedAt})
		return tx.AppendEvents(ctx, events...)
	})
	if err != nil {
		return "", err
	}
	if w.Events != nil {
		for _, ev := range events {
			w.Events.Publish(ctx, ev)
		}
	}
	return conv.ID, nil
}

// language is the customer's language, else the conversation's, else the
// shop's.
func (w *Writer) language(t *kefu.Tenant, c *kefu.Customer, conv *kefu.Conversation) string {
	for _, l := range []string{c.Language, convLanguage(conv), t.Settings.DefaultLanguage} {
		if l, err := kefu.ParseLanguage(l); err == nil && l != "" && w.Composer.Has(l) {
			return l
		}
	}
	return "en"
}

func convLanguage(c *kefu.Conversation) string {
	if c == nil {
		return ""
	}
	return c.Language
}

// Text composes a notice in lang: what is at risk and why, then what the
// customer can do. Times are in the shop's time zone tz.
func Text(c *compose.Composer, lang, tz string, d *kefu.Delivery, n *kefu.RiskNotice) string {
	var why []string
	for _, r := range n.Reasons {
		if r == ReasonFragile || r == ReasonChilled || r == ReasonFrozen {
			continue // said by the guide, not as a cause of delay
		}
		if s := c.Text(lang, "risk_reason."+r); s != "" {
			why = append(why, s)
		}
	}
	if len(why) == 0 {
		why = append(why, c.Text(lang, "risk_reason.busy"))
	}
	data := map[string]string{
		"order":    d.Order.Number,
		"at":       n.Slot.Format(time.RFC3339),
		"timezone": tz,
		"why":      strings.Join(why, c.Text(lang, "list_separator")),
	}
	key := "proactive_delay"
	if n.Kind == kefu.NoticeUnboxing {
		key = "proactive_unboxing"
	}
	out := c.Compose(context.Background(), lang, kefu.SkillResult{Outcome: key, Data: data})
	for _, r := range n.Reasons {
		if r == ReasonChilled || r == ReasonFrozen {
			out = compose.Sentences(out, c.Text(lang, "proactive_cold"))
			break
		}
	}
	return out
}
