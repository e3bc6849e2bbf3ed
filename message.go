package kefu

import (
	"bytes"
	"context"
	"encoding/json"
	"time"
)

// Author says who wrote a message.
type Author string

// Message authors.
const (
	AuthorCustomer Author = "customer"
	AuthorBot      Author = "bot"
	AuthorAgent    Author = "agent"
	AuthorSystem   Author = "system"
)

// Valid reports whether a is a known author.
func (a Author) Valid() bool {
	switch a {
	case AuthorCustomer, AuthorBot, AuthorAgent, AuthorSystem:
		return true
	}
	return false
}

// Message is one message of a conversation. IDs are assigned by the store
// and increase with insertion order, so they order a conversation's messages.
type Message struct {
	ID             int64  `json:"id"`
	TenantID       string `json:"tenant_id"`
	ConversationID string `json:"conversation_id"`
	Author         Author `json:"author"`
	// AuthorID is the agent's ID for agent messages.
	AuthorID string `json:"author_id,omitempty"`
	Text     string `json:"text"`
	Language string `json:"language,omitempty"`
	// ClientMessageID is the sender's idempotency key: retrying a post with
	// the same ID returns the first result and stores nothing new. Unique
	// per conversation.
	ClientMessageID string `json:"client_message_id,omitempty"`
	// ReplyTo is the ID of the customer message a bot reply answers.
	ReplyTo int64 `json:"reply_to,omitempty"`
	// Kind marks a system message that records a step of the hand-off
	// (MessageAgentJoined, ...); empty for ordinary text.
	Kind string `json:"kind,omitempty"`
	// AuthorName is the name shown with an agent's message (the agent's
	// display name at the time of writing).
	AuthorName string `json:"author_name,omitempty"`
	// OriginalText is the text as its author wrote it when Text is a
	// machine translation of it into the conversation's language;
	// OriginalLanguage is the language it was written in and TranslatedBy
	// names the provider. Empty when Text is what the author wrote.
	OriginalText     string `json:"original_text,omitempty"`
	OriginalLanguage string `json:"original_language,omitempty"`
	TranslatedBy     string `json:"translated_by,omitempty"`
	// Cards are structured content that clients able to draw them show
	// with Text (the widget draws a shipment's progress as a timeline, an
	// offer with its code); Text always says the same for clients that
	// cannot.
	Cards []Card `json:"cards,omitempty"`
	// Trace explains a bot message: why the bot said it.
	Trace     *Trace    `json:"trace,omitempty"`
	CreatedAt time.Time `json:"created_at"`
}

// Card types. Clients draw the types they know and skip the others (Text
// says the same).
const (
	CardProgress = "progress" // a shipment's timeline; Steps oldest first
	CardOffer    = "offer"    // a promotion; Code is the coupon code, if any
	CardProduct  = "product"  // a product: Title, Subtitle (price, stock), Code (SKU)
	// CardTraceability is a shipment's cold-chain report: Title (the
	// food), Subtitle (the verdict in words), Verdict, URL, Facts.
	CardTraceability = "traceability"
	// CardCoupon is a compensation granted: Title (what for), Amount,
	// Currency, Code, Subtitle (validity). Skills set Title to the order
	// number and Subtitle to the expiry date; the composer words them.
	CardCoupon = "coupon"
	// CardProducts is a recommendation: Title (what was asked for, in
	// words) and Items, best first.
	CardProducts = "products"
)

// Card is structured content attached to a message. Its texts are in the
// conversation's language.
type Card struct {
	Type     string     `json:"type"`
	Title    string     `json:"title,omitempty"`
	Subtitle string     `json:"subtitle,omitempty"`
	Steps    []CardStep `json:"steps,omitempty"`
	Code     string     `json:"code,omitempty"`
	// Verdict, URL and Facts are a traceability card's: the cold-chain
	// verdict (ok, at_risk, likely_spoiled, unknown), the report's link
	// and its key numbers.
	Verdict string     `json:"verdict,omitempty"`
	URL     string     `json:"url,omitempty"`
	Facts   []CardFact `json:"facts,omitempty"`
	// Amount (minor units) and Currency are a coupon card's value; Code
	// is its code and Subtitle its conditions.
	Amount   int64  `json:"amount,omitempty"`
	Currency string `json:"currency,omitempty"`
	// Attachment is an attachment card's photo (CardAttachment); URL is
	// then its API path.
	Attachment *AttachmentRef `json:"attachment,omitempty"`
	// Items are a products card's products, best first.
	Items []CardItem `json:"items,omitempty"`
}

// CardItem is one product of a products card: what a client draws as a
// product tile (image placeholder, name, price, why it fits, a review
// snippet, the promotion, an add-to-cart link). Skills fill the coded
// fields (ReasonCodes, Rating, Reviews, Promotion in the reply's
// language); the composer words the reasons (Reasons) in the reply's
// language from ReasonCodes, the way it words Findings.
type CardItem struct {
	SKU  string `json:"sku"`
	Name string `json:"name"`
	// Price is the product's price written in the reply's language
	// ("29,90 €"); Amount and Currency are the same in minor units.
	Price    string `json:"price"`
	Amount   int64  `json:"amount"`
	Currency string `json:"currency"`
	// Reasons say why it fits, one short phrase each, in the reply's
	// language.
	Reasons []string `json:"reasons"`
	// ReasonCodes are the same reasons coded ("suits_skin" with
	// {"skin": "oily", "because": "niacinamide, kaolin"}).
	ReasonCodes []Finding `json:"reason_codes,omitempty"`
	// Rating is the average review rating (0 without reviews) over
	// Reviews reviews; Review is a short snippet of one, in quotes.
	Rating  float64 `json:"rating,omitempty"`
	Reviews int     `json:"reviews,omitempty"`
	Review  string  `json:"review,omitempty"`
	// Promotion is the running promotion that applies, in the reply's
	// language ("Free beauty sponge with any foundation").
	Promotion string `json:"promotion,omitempty"`
	// Usage says when and how to use it ("evening", "morning"), worded.
	Usage string `json:"usage,omitempty"`
	// Stock is what is left (0: out of stock).
	Stock int `json:"stock"`
	// URL is the add-to-cart link, when the shop gives one
	// (TenantSettings.CartURL).
	URL string `json:"url,omitempty"`
	// Image is the product's picture (its "image_url" attribute, https
	// only); clients draw a placeholder without one.
	Image string `json:"image,omitempty"`
}

// CardFact is one labelled value of a card ("Time above range": "155 min").
type CardFact struct {
	Label string `json:"label"`
	Value string `json:"value"`
}

// Finding is a coded fact of an answer with its values, e.g.
// {Code: "above_range", Values: {"minutes": "155", "peak_c": "-9"}}.
type Finding struct {
	Code   string            `json:"code"`
	Values map[string]string `json:"values,omitempty"`
}

// CardStep is one step of a progress card.
type CardStep struct {
	Label    string    `json:"label"`
	Location string    `json:"location,omitempty"`
	At       time.Time `json:"at"`
}

// Kinds of system messages. They are shown to the customer (their Text
// is in the conversation's language) and mark the steps of a hand-off in
// the message log, from which analytics derive queue waits and response
// times.
const (
	MessageAgentJoined = "agent_joined" // an agent took the conversation; AuthorID and AuthorName name them
	MessageAgentLeft   = "agent_left"   // the agent handed the conversation back to the bot
	MessageTransferred = "transferred"  // another agent took over from the first
	MessageClosed      = "closed"       // the conversation was closed
	MessageRatingAsked = "rating_asked" // the customer was asked to rate the conversation (CSAT)
	MessageRatingGiven = "rating_given" // the customer rated it
	MessageProactive   = "proactive"    // the bot wrote first: a delivery at risk (docs/proactive.md)
)

// MachineTranslated reports whether m's Text is a machine translation.
func (m *Message) MachineTranslated() bool { return m.TranslatedBy != "" }

// Trace records why the bot said what it said. It is stored with every bot
// message, shown to agents and aggregated by analytics.
type Trace struct {
	Intent       string        `json:"intent"`
	Confidence   float64       `json:"confidence"`
	Alternatives []IntentScore `json:"alternatives,omitempty"`
	Language     string        `json:"language,omitempty"`
	Normalized   string        `json:"normalized,omitempty"`
	Entities     []Entity      `json:"entities,omitempty"`
	Emotion      *Emotion      `json:"emotion,omitempty"`
	Action       Action        `json:"action"`
	Skill        string        `json:"skill,omitempty"`
	ArticleID    string        `json:"article_id,omitempty"`
	Outcome      string        `json:"outcome,omitempty"` // the skill's result kind, e.g. "tracking", "ask_order_number"
	Records      []RecordRef   `json:"records,omitempty"`
	Reason       string        `json:"reason,omitempty"`
	// Strategy names an emotion strategy applied to the reply, e.g.
	// "anxiety_progress" (the shipment's progress shown with the answer).
	Strategy     string  `json:"strategy,omitempty"`
	Understander string  `json:"understander,omitempty"`
	Model        string  `json:"model,omitempty"`
	LatencyMS    float64 `json:"latency_ms"`
	// StageUS is the time each stage of the turn took, in microseconds,
	// in the order of TurnStages (compact: it is stored with every reply).
	StageUS []int64        `json:"stage_us,omitempty"`
	Extra   map[string]any `json:"extra,omitempty"`
}

// TurnStages names the stages of a bot turn, in order: Trace.StageUS[i]
// is the time of TurnStages[i]. The stored trace ends with "compose" (the
// commit writes it); the reply returned to the channel has all of them.
var TurnStages = []string{"receive", "understand", "settle_language", "decide", "act", "enrich", "compose", "commit", "after_commit"}

// StageMS returns the time of the named stage in milliseconds, and
// whether the trace has it.
func (t *Trace) StageMS(stage string) (float64, bool) {
	for i, s := range TurnStages {
		if s == stage && i < len(t.StageUS) {
			return float64(t.StageUS[i]) / 1000, true
		}
	}
	return 0, false
}

// RecordRef names one stored record the bot read to produce a reply.
type RecordRef struct {
	Kind string `json:"kind"` // "order", "shipment", "article", "product", ...
	ID   string `json:"id"`
}

// MessageFilter selects messages of one conversation.
type MessageFilter struct {
	TenantID       string
	ConversationID string
	AfterID        int64 // only messages with ID > AfterID
	Limit          int   // 0 means 200
}

// MessageService stores messages.
type MessageService interface {
	// CreateMessage appends m and sets its ID. If m.ClientMessageID is set
	// and already used in the conversation it returns ECONFLICT and stores
	// nothing.
	CreateMessage(ctx context.Context, m *Message) error
	// FindMessageByClientID returns ENOTFOUND when no message of the
	// conversation has that client message ID.
	FindMessageByClientID(ctx context.Context, tenantID, conversationID, clientID string) (*Message, error)
	// FindReply returns the bot or system message whose ReplyTo is
	// messageID, or ENOTFOUND.
	FindReply(ctx context.Context, tenantID, conversationID string, messageID int64) (*Message, error)
	// FindMessages returns messages in ID order.
	FindMessages(ctx context.Context, f MessageFilter) ([]*Message, error)
}

// DecodeCards decodes a message's stored cards: a JSON array, or the one
// card object that messages stored before a message could carry several
// held. Empty input and null decode to nil.
func DecodeCards(b []byte) ([]Card, error) {
	b = bytes.TrimSpace(b)
	switch {
	case len(b) == 0 || string(b) == "null":
		return nil, nil
	case b[0] == '{':
		var c Card
		if err := json.Unmarshal(b, &c); err != nil {
			return nil, err
		}
		return []Card{c}, nil
	}
	var cs []Card
	if err := json.Unmarshal(b, &cs); err != nil {
		return nil, err
	}
	return cs, nil
}

// Validate checks what a store needs of a message; EINVALID naming the
// field without a tenant or conversation, or with an unknown author.
//
// Language and OriginalLanguage are not checked: they are copied from the
// conversation, the agent or the translator rather than given by a
// caller, and a conversation stored before kefu had one language rule may
// carry a tag it would now reject; refusing the reply then would lose it
// after the customer's message was stored.
func (m *Message) Validate() error {
	if err := requireTenant(m.TenantID); err != nil {
		return err
	}
	if m.ConversationID == "" {
		return Errorf(EINVALID, "conversation_id is required")
	}
	if !m.Author.Valid() {
		return Errorf(EINVALID, "author %q is not a message author", m.Author)
	}
	return nil
}

// Validate checks the filter; EINVALID without a tenant or conversation.
func (f MessageFilter) Validate() error {
	if err := requireTenant(f.TenantID); err != nil {
		return err
	}
	if f.ConversationID == "" {
		return Errorf(EINVALID, "conversation_id is required")
	}
	return nil
}
