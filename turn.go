package kefu

import (
	"context"
	"strings"
	"time"
)

// Action is what the dialog policy decided to do with a message.
type Action string

// Actions.
const (
	ActionSkill     Action = "skill"     // run a skill (knowledge answers are a skill too)
	ActionClarify   Action = "clarify"   // ask the customer to rephrase
	ActionHandoff   Action = "handoff"   // queue for a human agent
	ActionSmalltalk Action = "smalltalk" // greet, thank, say goodbye
	ActionSilent    Action = "silent"    // a human has the conversation; the bot says nothing
)

// Decision is the policy's verdict for one turn.
type Decision struct {
	Action Action `json:"action"`
	// Skill names the skill to run for ActionSkill.
	Skill string `json:"skill,omitempty"`
	// Reason explains the decision (e.g. "low_confidence", "customer_asked").
	Reason   string `json:"reason,omitempty"`
	Priority int    `json:"priority,omitempty"`
	// Claimable is set on the policy's fallback decisions (the knowledge
	// base by words, a clarification, an intent's default hand-off, no
	// handler, the silence on a photo nobody asked for that has a
	// caption): a skill that recognises the turn by its content may take
	// it (Claimer). Hand-offs the customer asked for, silence and
	// confident decisions are not claimable.
	Claimable bool `json:"-"`
}

// TurnState is what the policy and skills see of the conversation.
type TurnState struct {
	Tenant        *Tenant
	Conversation  *Conversation
	Customer      *Customer // nil for anonymous visitors
	Message       *Message  // the customer's message being answered
	Understanding Understanding
}

// OrderNumber is the order a turn is about: the first order number the
// message names, else the one the conversation remembers
// (SlotOrderNumber); "" if neither.
func (st *TurnState) OrderNumber() string {
	if n := st.Understanding.EntityValue("order_number"); n != "" {
		return n
	}
	return st.Conversation.Slots[SlotOrderNumber]
}

// ReplyLanguage is the base language a turn is answered in: the
// conversation's, else the message's, lower case without its region or
// script ("zh" for "zh-Hant").
func (st *TurnState) ReplyLanguage() string {
	l := st.Conversation.Language
	if l == "" {
		l = st.Understanding.Language
	}
	if i := strings.IndexAny(l, "-_"); i > 0 {
		l = l[:i]
	}
	return strings.ToLower(l)
}

// Policy decides what to do with an understood message. It must be safe
// for concurrent use.
type Policy interface {
	Decide(ctx context.Context, st *TurnState) Decision
}

// SkillResult is what a skill produced: a structured outcome that a
// Composer turns into text in the customer's language.
type SkillResult struct {
	// Outcome names the kind of result, e.g. "tracking", "ask_order_number",
	// "order_not_found", "article". Composers key templates on it.
	Outcome string `json:"outcome"`
	// Data holds the values the templates fill in.
	Data map[string]string `json:"data,omitempty"`
	// Text is a ready answer (e.g. an article body) used as is.
	Text string `json:"text,omitempty"`
	// TextLanguage is the language of Text.
	TextLanguage string `json:"text_language,omitempty"`
	// ArticleID is set when the answer comes from a knowledge article.
	ArticleID string      `json:"article_id,omitempty"`
	Records   []RecordRef `json:"records,omitempty"`
	// Expecting names a slot the skill asked the customer for.
	Expecting string `json:"expecting,omitempty"`
	// Events is a shipment's tracking history, oldest first, for replies
	// that show progress.
	Events []TrackingEvent `json:"events,omitempty"`
	// ShowProgress asks the composer to add the progress timeline of
	// Events to the reply (the anxiety strategy).
	ShowProgress bool `json:"show_progress,omitempty"`
	// SetSlots are remembered in the conversation for later turns.
	SetSlots map[string]string `json:"set_slots,omitempty"`
	// Offer is a promotion to add to the reply (the satisfaction
	// strategy), already in the reply's language.
	Offer *OfferText `json:"offer,omitempty"`
	// Cards are structured content a skill adds to its reply (product,
	// report, coupon cards), already in the reply's language. The
	// composer adds the progress and offer cards from Events and Offer.
	Cards []Card `json:"cards,omitempty"`
	// Findings are coded facts the answer states, such as what a
	// shipment's temperature record shows; the composer renders each in
	// the customer's language (its template "finding.<code>") into the
	// {findings} placeholder.
	Findings []Finding `json:"findings,omitempty"`
	// Translated is set when Text is a machine translation (of an article
	// written only in another language); the reply says so.
	Translated *TextTranslation `json:"translated,omitempty"`
	// Handoff, when set, is the reason to queue the conversation for a
	// person after this answer: the skill did what data allows (recorded
	// the customer's evidence) and a person decides the rest. The engine
	// queues it as it does a hand-off decision (priority 1, +1 for a VIP),
	// records the reason in the trace and adds the queue position to
	// Data ("position", "minutes"); the reply is the skill's outcome
	// followed by the wait.
	Handoff string `json:"handoff,omitempty"`
	// TraceExtra is added to the reply's Trace.Extra: what a part that
	// is no skill of its own did for this answer, e.g. "llm" (the model,
	// its latency and verdict, the articles cited; docs/llm.md).
	TraceExtra map[string]any `json:"trace_extra,omitempty"`
}

// TextTranslation says where a machine-translated text came from.
type TextTranslation struct {
	From     string `json:"from"`     // the original's language
	Provider string `json:"provider"` // e.g. "apertium"
	Original string `json:"original"` // the text before translation
}

// OfferText is a promotion as shown in one language.
type OfferText struct {
	PromotionID string `json:"promotion_id"`
	Text        string `json:"text"`
	Code        string `json:"code,omitempty"`
}

// Skill is one capability the bot can run. It must be safe for concurrent
// use. Skills are registered explicitly, in order, in cmd/kefu; what else
// a skill handles it declares by implementing the optional interfaces
// below, which the engine checks at run time (as caddy does for modules).
// A skill never runs another skill: shared services (knowledge search,
// the catalogue, translation) are injected into it.
type Skill interface {
	// Name is the skill's stable identifier, recorded in traces.
	Name() string
	// Intents lists the intents the skill serves when they are understood
	// with confidence.
	Intents() []string
	Run(ctx context.Context, st *TurnState) (SkillResult, error)
}

// Claimer is implemented by skills that take turns by their content as
// well as by intent: follow-ups of their own conversation, answers to
// their questions that the NLU did not recognise as such, questions
// recognised by their words and entities. The engine asks the claimers in
// registration order, and only for a claimable decision (see
// Decision.Claimable) or one for another skill; the first claim wins.
type Claimer interface {
	// Claim reports whether the skill takes the turn that the policy
	// decided as d, and the reason to record in the trace.
	Claim(ctx context.Context, st *TurnState, d Decision) (reason string, ok bool)
}

// SlotAsker is implemented by skills that ask the customer for something
// (SkillResult.Expecting): an answer to one of these slots that the NLU
// recognised as such (intent provide_info) goes back to the skill.
type SlotAsker interface {
	Asks() []string
}

// Strategy adapts the bot to how the customer feels: anxiety gets the
// parcel's progress, satisfaction an offer, strong anger a person first.
// Strategies run in a list (per shop, TenantSettings.Strategies), both in
// the bot's turn and in the agents' assist panel. A strategy implements
// DecisionStrategy, ReplyStrategy or both. It must be safe for concurrent
// use.
type Strategy interface {
	// Name is the strategy's identifier (StrategyAnxietyProgress, ...),
	// recorded in traces and used in the shop's settings.
	Name() string
	// Applies reports whether the strategy is for this understanding
	// (usually its emotion).
	Applies(u Understanding) bool
}

// DecisionStrategy changes the policy's decision before anything runs
// (anger: a priority hand-off).
type DecisionStrategy interface {
	Strategy
	// Decide returns the decision to take instead of d, and whether it
	// changed anything.
	Decide(st *TurnState, d Decision) (Decision, bool)
}

// ReplyStrategy adds to a reply once its skill has run (anxiety: the
// progress timeline; satisfaction: an offer card).
type ReplyStrategy interface {
	Strategy
	// Enrich changes res in place and reports whether it did. lang is the
	// reply's language. It must not write to st; slots it wants
	// remembered go in res.SetSlots.
	Enrich(ctx context.Context, st *TurnState, lang string, res *SkillResult) bool
}

// ArticleAnswerer finds the knowledge article that answers a turn, in the
// turn's language (machine-translated when the shop has it only in
// another). It is the knowledge search shared by the knowledge skill, the
// skills that fall back to articles and the agents' desk. The result's
// Outcome is OutcomeArticle or OutcomeNoArticle.
type ArticleAnswerer interface {
	AnswerFromArticles(ctx context.Context, st *TurnState) (SkillResult, error)
}

// Composer renders a skill result, clarification, hand-off notice or small
// talk as text in the given language.
type Composer interface {
	Compose(ctx context.Context, lang string, r SkillResult) string
}

// CardComposer is implemented by composers that also draw a result as
// structured cards (kefu.Card) for clients that can show them: the
// result's own Cards, then a progress card when it shows progress and an
// offer card when it carries an offer; nil when there are none.
type CardComposer interface {
	Cards(ctx context.Context, lang string, r SkillResult) []Card
}

// PostMessageRequest is a customer message arriving on any channel.
type PostMessageRequest struct {
	TenantID        string
	ConversationID  string
	Text            string
	ClientMessageID string
	// Language, when set, is the customer's explicit language choice, a
	// canonical tag (see CheckLanguage; channels canonicalise with
	// ParseLanguage).
	Language string
}

// TurnResult is the outcome of one turn: the stored customer message and
// the stored reply (nil when the bot stays silent because a human has the
// conversation). Duplicate is true when ClientMessageID was seen before and
// the first result is returned.
type TurnResult struct {
	Message   *Message `json:"message"`
	Reply     *Message `json:"reply,omitempty"`
	Duplicate bool     `json:"duplicate,omitempty"`
}

// TurnService runs the conversation engine: it is what channels call.
type TurnService interface {
	// StartConversation creates a conversation for a customer (nil for an
	// anonymous visitor) and returns it with a plain access token that
	// lets a browser read and write this one conversation.
	StartConversation(ctx context.Context, req StartConversationRequest) (*Conversation, string, error)
	// PostMessage stores the customer message, runs the turn and returns
	// the stored reply. Turns of one conversation run strictly in order.
	PostMessage(ctx context.Context, req PostMessageRequest) (*TurnResult, error)
	// AnswerMessage runs the turn on a customer message that a channel
	// stored itself, with its message.created event, such as a photo
	// (MessageAttachment, stored with its attachment). The bot answers
	// it only when it asked for it (SlotEvidence) or a skill claims its
	// caption; otherwise it stays silent and Reply is nil. A message
	// already answered returns the stored reply with Duplicate set.
	// ENOTFOUND unless the message is a customer message of that
	// conversation of the tenant.
	AnswerMessage(ctx context.Context, tenantID, conversationID string, messageID int64) (*TurnResult, error)
}

// StartConversationRequest opens a conversation.
type StartConversationRequest struct {
	TenantID string
	// CustomerExternalID identifies a known customer (created if new).
	CustomerExternalID string
	CustomerName       string
	Channel            string
	// Language, when set, is a canonical tag as in PostMessageRequest.
	Language string
}

// Limits on customer input, shared by every channel.
const (
	MaxMessageBytes = 4000
	MaxClientIDLen  = 128
)

// Clock returns the current time; injected so tests can fix it.
type Clock func() time.Time

// Time returns c's time, or the wall clock's when c is nil (a Clock field
// left unset).
func (c Clock) Time() time.Time {
	if c == nil {
		return time.Now()
	}
	return c()
}
