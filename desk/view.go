package desk

import (
	"context"
	"slices"
	"strings"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/translate"
)

// MaxViewMessages is how many of the latest messages View returns, and
// MaxTranslated how many of the latest customer messages among them are
// translated for the agent.
const (
	MaxViewMessages = 200
	MaxTranslated   = 50
)

// Translation is a customer message in the agent's language.
type Translation struct {
	Text     string `json:"text"`
	Language string `json:"language"`
	// Provider names the machine translator; Machine is true when Text
	// is a machine translation (the console labels it so).
	Provider string `json:"provider,omitempty"`
	Machine  bool   `json:"machine"`
	// Notice explains why there is no translation (no provider covers
	// the pair, or the providers failed); Text is then the original.
	Notice string `json:"notice,omitempty"`
}

// ViewMessage is a message as the console shows it. Bot messages keep
// their Trace.
type ViewMessage struct {
	*kefu.Message
	// Translation is set for customer messages written in another
	// language than the agent's.
	Translation *Translation `json:"translation,omitempty"`
}

// View is a conversation as an agent sees it.
type View struct {
	Conversation *kefu.Conversation `json:"conversation"`
	Customer     *kefu.Customer     `json:"customer,omitempty"`
	// AgentLanguage is the language translations are into.
	AgentLanguage string `json:"agent_language"`
	// CustomerLanguage is the language the customer gets replies in.
	CustomerLanguage string `json:"customer_language"`
	// WriteLanguages are the languages the agent may write this reply
	// in: theirs, then the customer's; each says whether the customer
	// gets it as written, machine-translated, or untranslated because no
	// provider serves the pair (the console says so before sending).
	WriteLanguages []WriteLanguage `json:"write_languages"`
	Messages       []ViewMessage   `json:"messages"`
	Notes          []*kefu.Note    `json:"notes"`
}

// WriteLanguage is a language an agent may write a reply in.
type WriteLanguage struct {
	Language string `json:"language"`
	// Delivery is "as_written" (the customer's language), "translated"
	// (a provider serves the pair) or "untranslated" (none does: the
	// customer gets the text as written, with a notice).
	Delivery string `json:"delivery"`
}

// Deliveries of a reply written in a language (WriteLanguage.Delivery).
const (
	DeliveryAsWritten    = "as_written"
	DeliveryTranslated   = "translated"
	DeliveryUntranslated = "untranslated"
)

// writeLanguages lists the languages a can write to a customer in cust:
// the agent's own, then the customer's, each with how it reaches them.
func (d *Desk) writeLanguages(a *kefu.Agent, t *kefu.Tenant, cust string) []WriteLanguage {
	var langs []string
	add := func(l string) {
		if l != "" && !slices.Contains(langs, l) {
			langs = append(langs, l)
		}
	}
	add(AgentLanguage(a, t))
	for _, l := range a.Languages {
		add(l)
	}
	add(cust)
	out := make([]WriteLanguage, 0, len(langs))
	for _, l := range langs {
		w := WriteLanguage{Language: l, Delivery: DeliveryUntranslated}
		switch {
		case translate.Base(l) == translate.Base(cust):
			w.Delivery = DeliveryAsWritten
		case d.Translator != nil && d.Translator.Supports(translate.Base(l), translate.Base(cust)):
			w.Delivery = DeliveryTranslated
		}
		out = append(out, w)
	}
	return out
}

// conversation loads a conversation of a's tenant; ENOTFOUND for IDs that
// cannot exist or belong to another tenant.
func (d *Desk) conversation(ctx context.Context, a *kefu.Agent, id string) (*kefu.Tenant, *kefu.Conversation, error) {
	t, err := d.tenant(ctx, a)
	if err != nil {
		return nil, nil, err
	}
	if !validID(id) {
		return nil, nil, notFound()
	}
	c, err := d.Store.FindConversationByID(ctx, t.ID, id)
	if err != nil {
		return nil, nil, err
	}
	return t, c, nil
}

// View returns the latest messages of a conversation of a's tenant, each
// customer message with its translation into the agent's language
// (served from the Translator's cache when seen before), and the notes.
// Any agent of the tenant may view any of its conversations.
func (d *Desk) View(ctx context.Context, a *kefu.Agent, conversationID string) (*View, error) {
	const op = "desk.View"
	t, conv, err := d.conversation(ctx, a, conversationID)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	v := &View{Conversation: conv, AgentLanguage: AgentLanguage(a, t), Messages: []ViewMessage{}}
	v.CustomerLanguage = customerLanguage(conv, t)
	v.WriteLanguages = d.writeLanguages(a, t, v.CustomerLanguage)
	if conv.CustomerID != "" {
		c, err := d.Store.FindCustomerByID(ctx, t.ID, conv.CustomerID)
		if err != nil && kefu.ErrorCode(err) != kefu.ENOTFOUND {
			return nil, kefu.E(op, err)
		}
		v.Customer = c
	}
	msgs, err := d.latestMessages(ctx, t.ID, conv.ID, MaxViewMessages)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	translated := 0
	for i := len(msgs) - 1; i >= 0; i-- {
		vm := ViewMessage{Message: msgs[i]}
		if msgs[i].Author == kefu.AuthorCustomer && translated < MaxTranslated {
			vm.Translation = d.translationFor(ctx, t, conv, msgs[i], v.AgentLanguage)
			translated++
		}
		v.Messages = append(v.Messages, vm)
	}
	slices.Reverse(v.Messages)
	v.Notes, err = d.Store.FindNotes(ctx, t.ID, conv.ID)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	if v.Notes == nil {
		v.Notes = []*kefu.Note{}
	}
	return v, nil
}

// TranslateMessage returns m as the console shows it to a, with the
// translation of a customer message (for live events).
func (d *Desk) TranslateMessage(ctx context.Context, a *kefu.Agent, t *kefu.Tenant, conv *kefu.Conversation, m *kefu.Message) ViewMessage {
	vm := ViewMessage{Message: m}
	if m.Author == kefu.AuthorCustomer {
		vm.Translation = d.translationFor(ctx, t, conv, m, AgentLanguage(a, t))
	}
	return vm
}

// translationFor translates a customer message into lang; nil when the
// message is already in it.
func (d *Desk) translationFor(ctx context.Context, t *kefu.Tenant, conv *kefu.Conversation, m *kefu.Message, lang string) *Translation {
	from := m.Language
	if from == "" {
		from = customerLanguage(conv, t)
	}
	res, err := d.translate(ctx, t.ID, m.Text, from, lang)
	if err == nil && !res.Machine {
		return nil // same language
	}
	tr := &Translation{Text: res.Text, Language: lang, Provider: res.Provider, Machine: res.Machine}
	if err != nil {
		tr.Language = from
		tr.Notice = kefu.ErrorMessage(err)
	}
	return tr
}

// latestMessages returns the last n messages of a conversation, oldest
// first, paging through the store's ascending order.
func (d *Desk) latestMessages(ctx context.Context, tenantID, convID string, n int) ([]*kefu.Message, error) {
	var all []*kefu.Message
	var after int64
	for {
		page, err := d.Store.FindMessages(ctx, kefu.MessageFilter{TenantID: tenantID, ConversationID: convID, AfterID: after, Limit: 200})
		if err != nil {
			return nil, err
		}
		all = append(all, page...)
		if len(all) > 4*n {
			all = slices.Clone(all[len(all)-n:])
		}
		if len(page) < 200 {
			break
		}
		after = page[len(page)-1].ID
	}
	if len(all) > n {
		all = all[len(all)-n:]
	}
	return all, nil
}

// CustomerContext is what the console shows about the customer.
type CustomerContext struct {
	Customer *kefu.Customer `json:"customer,omitempty"`
	Orders   []OrderContext `json:"orders"`
	// Earlier are the customer's other conversations, newest first.
	Earlier []*kefu.Conversation `json:"earlier"`
}

// OrderContext is one of the customer's orders with its shipments.
type OrderContext struct {
	Order     *kefu.Order      `json:"order"`
	Shipments []*kefu.Shipment `json:"shipments"`
}

// Context limits.
const (
	MaxContextOrders        = 20
	MaxContextConversations = 20
)

// Context returns the customer of a conversation with their latest orders
// (each with its shipments) and earlier conversations. An anonymous
// conversation has an empty context.
func (d *Desk) Context(ctx context.Context, a *kefu.Agent, conversationID string) (*CustomerContext, error) {
	const op = "desk.Context"
	t, conv, err := d.conversation(ctx, a, conversationID)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	out := &CustomerContext{Orders: []OrderContext{}, Earlier: []*kefu.Conversation{}}
	if conv.CustomerID == "" {
		return out, nil
	}
	out.Customer, err = d.Store.FindCustomerByID(ctx, t.ID, conv.CustomerID)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	orders, err := d.Store.FindOrders(ctx, kefu.OrderFilter{TenantID: t.ID, CustomerID: conv.CustomerID, Limit: MaxContextOrders})
	if err != nil {
		return nil, kefu.E(op, err)
	}
	slices.SortStableFunc(orders, func(x, y *kefu.Order) int { return y.PlacedAt.Compare(x.PlacedAt) })
	for _, o := range orders {
		ships, err := d.Store.FindShipmentsByOrder(ctx, t.ID, o.ID)
		if err != nil {
			return nil, kefu.E(op, err)
		}
		if ships == nil {
			ships = []*kefu.Shipment{}
		}
		out.Orders = append(out.Orders, OrderContext{Order: o, Shipments: ships})
	}
	convs, err := d.Store.FindConversations(ctx, kefu.ConversationFilter{TenantID: t.ID, CustomerID: conv.CustomerID, Limit: MaxContextConversations + 1})
	if err != nil {
		return nil, kefu.E(op, err)
	}
	for _, c := range convs {
		if c.ID != conv.ID && len(out.Earlier) < MaxContextConversations {
			out.Earlier = append(out.Earlier, c)
		}
	}
	return out, nil
}

// lastCustomerMessages returns up to n of the latest customer messages,
// oldest first.
func lastCustomerMessages(msgs []*kefu.Message, n int) []*kefu.Message {
	var out []*kefu.Message
	for i := len(msgs) - 1; i >= 0 && len(out) < n; i-- {
		if msgs[i].Author == kefu.AuthorCustomer {
			out = append(out, msgs[i])
		}
	}
	slices.Reverse(out)
	return out
}

func joinTexts(msgs []*kefu.Message) string {
	var b strings.Builder
	for _, m := range msgs {
		b.WriteString(m.Text)
		b.WriteByte('\n')
	}
	return b.String()
}
