package dialog

import (
	"context"
	"log/slog"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/ratelimit"
	"github.com/kefu-ai/kefu/strategy"
)

// Router assigns a queued conversation to a human agent (see package
// routing). ENOTFOUND means nobody is free and the conversation stays queued.
type Router interface {
	Route(ctx context.Context, t *kefu.Tenant, conv *kefu.Conversation) (*kefu.Agent, *kefu.Conversation, error)
}

// TurnObserver learns from a customer's message after its turn
// committed. It must be safe for concurrent use.
type TurnObserver interface {
	ObserveTurn(ctx context.Context, tenantID, customerID string, msg *kefu.Message, u kefu.Understanding) error
}

// cacheTTL is how long the engine reuses a tenant's settings and a
// customer's record: every turn needs them and they change rarely.
const cacheTTL = 5 * time.Second

var _ kefu.TurnService = (*Engine)(nil)

// Engine is the conversation engine. Set the exported fields, then call
// Init; it is safe for concurrent use.
//
// Skills plug in by declaration: each is registered once, in order, in
// Skills, and the engine reads what it serves from it (kefu.Skill's
// intents, and the optional kefu.Claimer and kefu.SlotAsker); see
// docs/turn-pipeline.md.
type Engine struct {
	Store        kefu.Store
	Understander kefu.Understander
	Composer     kefu.Composer
	Events       kefu.EventService
	// Skills in registration order: the first to declare an intent or a
	// slot serves it, and claims are asked in this order.
	Skills []kefu.Skill
	// Fallback names the skill that answers by the message's words what
	// nothing else serves (the knowledge skill); empty means the bot asks
	// to clarify instead.
	Fallback string
	// Handoffs maps intents only a person can act on to the hand-off
	// reason; nil means DefaultHandoffs.
	Handoffs map[string]string
	// Strategies are all the strategies the engine knows, in their
	// default order; each shop runs those its settings enable. Nil means
	// strategy.Default.
	Strategies []kefu.Strategy
	// Policy, if set, replaces the policy built from the declarations.
	Policy kefu.Policy
	Logger *slog.Logger
	Now    kefu.Clock
	// Router, if set, gives a conversation that was just queued for a
	// person to an available agent; without one (or without a free
	// agent) it waits in the queue.
	Router Router

	// Observer, if set, learns from each customer message once its turn
	// has committed (the customer's profile: package recommend/profile).
	// It is best effort: its error is logged and never fails the turn.
	// It is not called for a conversation without a customer.
	Observer TurnObserver

	// Locker serialises the turns of one conversation (and the agent
	// desk's operations on it, which take the same lock), keyed by the
	// conversation's ID. Nil means a lock of this process only.
	Locker kefu.Locker

	// AnonymousQueueMax is how many anonymous conversations (without a
	// customer: a visitor nobody vouched for) a shop may have waiting for
	// a person at once. A hand-off beyond it keeps the conversation with
	// the bot, which says people are busy (kefu.OutcomeHandoffBusy). 0
	// means DefaultAnonymousQueueMax and a negative value no cap; the
	// shop's TenantSettings.AnonymousQueueMax overrides it.
	AnonymousQueueMax int
	// AnonymousHandoffsPerShop and AnonymousHandoffsPerConversation
	// limit how often anonymous conversations join the queue, per shop
	// and per conversation, with the same busy reply; the zero Rate
	// means DefaultAnonymousHandoffsPerShop and
	// DefaultAnonymousHandoffsPerConversation, ratelimit.Off no limit.
	AnonymousHandoffsPerShop         ratelimit.Rate
	AnonymousHandoffsPerConversation ratelimit.Rate

	decider *Decider
	// handoffsPerShop and handoffsPerConv are the buckets of the
	// anonymous hand-off limits; nil when off.
	handoffsPerShop, handoffsPerConv *ratelimit.Buckets
	skills                           map[string]kefu.Skill
	tenants                          ttlCache[*kefu.Tenant]
	customers                        ttlCache[*kefu.Customer] // keyed by tenant ID + "/" + customer ID
}

// Init checks the wiring, indexes the skills and builds the policy.
func (e *Engine) Init() error {
	if e.Store == nil || e.Understander == nil || e.Composer == nil || e.Events == nil {
		return kefu.Errorf(kefu.EINTERNAL, "dialog: Engine needs Store, Understander, Composer and Events")
	}
	if e.Logger == nil {
		e.Logger = slog.Default()
	}
	if e.Now == nil {
		e.Now = time.Now
	}
	e.skills = map[string]kefu.Skill{}
	for _, s := range e.Skills {
		if _, dup := e.skills[s.Name()]; dup {
			return kefu.Errorf(kefu.EINTERNAL, "dialog: skill %q registered twice", s.Name())
		}
		e.skills[s.Name()] = s
	}
	if e.Fallback != "" && e.skills[e.Fallback] == nil {
		return kefu.Errorf(kefu.EINTERNAL, "dialog: fallback skill %q is not registered", e.Fallback)
	}
	if e.Policy == nil {
		e.Policy = NewPolicy(e.Skills, e.Fallback, e.Handoffs)
	}
	if e.Strategies == nil {
		e.Strategies = strategy.Default(e.Store, e.Now)
	}
	e.decider = &Decider{Policy: e.Policy, Skills: e.Skills, Strategies: e.Strategies}
	if e.Locker == nil {
		e.Locker = &localLocker{}
	}
	var err error
	if e.handoffsPerShop, err = ratelimit.New(e.AnonymousHandoffsPerShop.Or(DefaultAnonymousHandoffsPerShop), 0); err != nil {
		return kefu.Errorf(kefu.EINVALID, "dialog: AnonymousHandoffsPerShop: %v", err)
	}
	if e.handoffsPerConv, err = ratelimit.New(e.AnonymousHandoffsPerConversation.Or(DefaultAnonymousHandoffsPerConversation), 0); err != nil {
		return kefu.Errorf(kefu.EINVALID, "dialog: AnonymousHandoffsPerConversation: %v", err)
	}
	e.tenants = ttlCache[*kefu.Tenant]{ttl: cacheTTL, max: 1000}
	e.customers = ttlCache[*kefu.Customer]{ttl: cacheTTL, max: 100000}
	return nil
}

// tenant returns the tenant, cached for a few seconds.
func (e *Engine) tenant(ctx context.Context, id string) (*kefu.Tenant, error) {
	now := e.Now()
	if t, ok := e.tenants.get(id, now); ok {
		return t, nil
	}
	t, err := e.Store.FindTenantByID(ctx, id)
	if err != nil {
		return nil, err
	}
	e.tenants.put(id, t, now)
	return t, nil
}

// Forget drops what the engine caches of a tenant (its settings and its
// customers), so that a change made through the admin API is used by the
// next turn rather than a few seconds later.
func (e *Engine) Forget(tenantID string) {
	e.tenants.drop(tenantID)
	e.customers.dropPrefix(tenantID + "/")
}

// findCustomer returns the customer, cached for a few seconds. Skills use
// its ID (which never changes) to check ownership and its flags (VIP) for
// priorities, for which a few seconds of staleness is harmless.
func (e *Engine) findCustomer(ctx context.Context, tenantID, id string) (*kefu.Customer, error) {
	now := e.Now()
	key := tenantID + "/" + id
	if c, ok := e.customers.get(key, now); ok {
		return c, nil
	}
	c, err := e.Store.FindCustomerByID(ctx, tenantID, id)
	if err != nil {
		return nil, err
	}
	e.customers.put(key, c, now)
	return c, nil
}

// InvalidateTenant drops the cached settings of a tenant.
func (e *Engine) InvalidateTenant(id string) { e.tenants.drop(id) }

// StartConversation implements kefu.TurnService.
func (e *Engine) StartConversation(ctx context.Context, req kefu.StartConversationRequest) (*kefu.Conversation, string, error) {
	const op = "dialog.StartConversation"
	if req.Language != "" {
		if err := kefu.CheckLanguage("language", req.Language); err != nil {
			return nil, "", err
		}
	}
	if len(req.CustomerExternalID) > 128 || !utf8.ValidString(req.CustomerExternalID) || !utf8.ValidString(req.CustomerName) || len(req.CustomerName) > 200 {
		return nil, "", kefu.Errorf(kefu.EINVALID, "customer external ID or name is too long or not valid UTF-8")
	}
	t, err := e.tenant(ctx, req.TenantID)
	if err != nil {
		return nil, "", kefu.E(op, err)
	}
	conv := &kefu.Conversation{
		TenantID: t.ID,
		Channel:  req.Channel,
		Status:   kefu.StatusBot,
		Language: req.Language,
	}
	if conv.Channel == "" {
		conv.Channel = "api"
	}
	if req.Language != "" {
		conv.LanguageLocked = true
	}
	if req.CustomerExternalID != "" {
		c, err := e.customer(ctx, t.ID, req.CustomerExternalID, req.CustomerName, req.Language)
		if err != nil {
			return nil, "", kefu.E(op, err)
		}
		conv.CustomerID = c.ID
		if conv.Language == "" {
			// A customer stored before kefu had one language rule may
			// have a tag it now rejects: detect the language instead.
			conv.Language, _ = kefu.ParseLanguage(c.Language)
		}
	}
	token := kefu.NewAPIKeySecret()[len(kefu.APIKeyPrefix):]
	conv.TokenHash = kefu.HashSecret(token)
	var ev kefu.Event
	err = e.Store.InTx(ctx, func(tx kefu.Store) error {
		if err := tx.CreateConversation(ctx, conv); err != nil {
			return err
		}
		// Built after the write, which sets the ID and the time.
		ev = kefu.Event{Type: kefu.EventConversationStatus, TenantID: t.ID, ConversationID: conv.ID, Conversation: conv, At: conv.CreatedAt}
		return tx.AppendEvents(ctx, ev)
	})
	if err != nil {
		return nil, "", kefu.E(op, err)
	}
	e.Events.Publish(ctx, ev)
	return conv, token, nil
}

// customer finds or creates the customer with the given external ID.
func (e *Engine) customer(ctx context.Context, tenantID, externalID, name, lang string) (*kefu.Customer, error) {
	c, err := e.Store.FindCustomerByExternalID(ctx, tenantID, externalID)
	if err == nil {
		return c, nil
	} else if kefu.ErrorCode(err) != kefu.ENOTFOUND {
		return nil, err
	}
	c = &kefu.Customer{TenantID: tenantID, ExternalID: externalID, Name: name, Language: lang}
	if err := e.Store.CreateCustomer(ctx, c); kefu.ErrorCode(err) == kefu.ECONFLICT {
		// Created concurrently by another request: use that one.
		return e.Store.FindCustomerByExternalID(ctx, tenantID, externalID)
	} else if err != nil {
		return nil, err
	}
	return c, nil
}

// validateText checks a customer message before anything is stored.
func validateText(req kefu.PostMessageRequest) error {
	if !utf8.ValidString(req.Text) {
		return kefu.Errorf(kefu.EINVALID, "text is not valid UTF-8")
	}
	if strings.TrimSpace(req.Text) == "" {
		return kefu.Errorf(kefu.EINVALID, "text is empty")
	}
	if len(req.Text) > kefu.MaxMessageBytes {
		return kefu.Errorf(kefu.ETOOLARGE, "text is %d bytes; the limit is %d", len(req.Text), kefu.MaxMessageBytes)
	}
	if len(req.ClientMessageID) > kefu.MaxClientIDLen || !utf8.ValidString(req.ClientMessageID) {
		return kefu.Errorf(kefu.EINVALID, "client_message_id must be valid UTF-8 of at most %d bytes", kefu.MaxClientIDLen)
	}
	if req.Language != "" {
		return kefu.CheckLanguage("language", req.Language)
	}
	return nil
}

// lock locks a conversation for a turn and reads it. Its unlock first
// waits until the events the turn published (kefu.PublishLocked) are in
// order, so that those of the next turn, on whatever node, reach
// subscribers after them. A kefu.ConversationLocker reads the
// conversation with the lock, saving the read its round trip.
func (e *Engine) lock(ctx context.Context, tenantID, conversationID string) (unlock func(), conv *kefu.Conversation, err error) {
	u, conv, err := kefu.LockAndRead(ctx, e.Locker, e.Store, tenantID, conversationID)
	if err != nil {
		return nil, nil, err
	}
	return func() {
		kefu.SequencePublished(ctx, e.Events)
		u()
	}, conv, nil
}

// PostMessage implements kefu.TurnService.
func (e *Engine) PostMessage(ctx context.Context, req kefu.PostMessageRequest) (*kefu.TurnResult, error) {
	const op = "dialog.PostMessage"
	start := time.Now()
	if err := validateText(req); err != nil {
		return nil, err
	}
	t, err := e.tenant(ctx, req.TenantID)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	unlock, conv, err := e.lock(ctx, t.ID, req.ConversationID)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	defer unlock()
	msg := &kefu.Message{
		TenantID:        t.ID,
		ConversationID:  conv.ID,
		Author:          kefu.AuthorCustomer,
		Text:            req.Text,
		ClientMessageID: req.ClientMessageID,
	}
	// Durable before anything else. A retry is detected by the store's
	// unique (conversation, client message ID) index rather than by a
	// read first, which would cost every turn a query. The message's
	// event goes to the durable event log with the message where the
	// store can do that in the same statement (kefu.MessageLogger), else
	// with the turn's outcome (see turn.commit); live viewers see the
	// message now.
	fresh := true
	ml, logged := e.Store.(kefu.MessageLogger)
	if logged {
		err = ml.CreateMessageLogged(ctx, msg)
	} else {
		err = e.Store.CreateMessage(ctx, msg)
	}
	switch {
	case err == nil:
		kefu.PublishLocked(ctx, e.Events, kefu.Event{Type: kefu.EventMessageCreated, TenantID: t.ID, ConversationID: conv.ID, Message: msg, At: msg.CreatedAt})
	case kefu.ErrorCode(err) == kefu.ECONFLICT && req.ClientMessageID != "":
		prev, err := e.Store.FindMessageByClientID(ctx, t.ID, conv.ID, req.ClientMessageID)
		if err != nil {
			return nil, kefu.E(op, err)
		}
		if prev.Text != req.Text {
			return nil, kefu.Errorf(kefu.ECONFLICT, "client_message_id %q was already used for another text", req.ClientMessageID)
		}
		if reply, err := e.Store.FindReply(ctx, t.ID, conv.ID, prev.ID); err == nil {
			return &kefu.TurnResult{Message: prev, Reply: reply, Duplicate: true}, nil
		} else if kefu.ErrorCode(err) != kefu.ENOTFOUND {
			return nil, kefu.E(op, err)
		}
		// Stored but never answered (the first attempt failed mid-turn,
		// or a human has the conversation): finish it now.
		msg, fresh = prev, false
	default:
		return nil, kefu.E(op, err)
	}
	reply, err := e.run(ctx, t, conv, msg, req.Language, start, time.Since(start), logged)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	return &kefu.TurnResult{Message: msg, Reply: reply, Duplicate: !fresh}, nil
}

// AnswerMessage implements kefu.TurnService: the turn on a customer
// message a channel stored itself (a photo). Its message.created event is
// in the event log already (the channel committed it with the message),
// so the turn logs only the reply's.
func (e *Engine) AnswerMessage(ctx context.Context, tenantID, conversationID string, messageID int64) (*kefu.TurnResult, error) {
	const op = "dialog.AnswerMessage"
	start := time.Now()
	t, err := e.tenant(ctx, tenantID)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	unlock, conv, err := e.lock(ctx, t.ID, conversationID)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	defer unlock()
	msgs, err := e.Store.FindMessages(ctx, kefu.MessageFilter{TenantID: t.ID, ConversationID: conv.ID, AfterID: messageID - 1, Limit: 1})
	if err != nil {
		return nil, kefu.E(op, err)
	}
	if len(msgs) == 0 || msgs[0].ID != messageID || msgs[0].Author != kefu.AuthorCustomer {
		return nil, kefu.Errorf(kefu.ENOTFOUND, "message not found")
	}
	msg := msgs[0]
	// Answered before (a retried upload): the same reply.
	if reply, err := e.Store.FindReply(ctx, t.ID, conv.ID, msg.ID); err == nil {
		return &kefu.TurnResult{Message: msg, Reply: reply, Duplicate: true}, nil
	} else if kefu.ErrorCode(err) != kefu.ENOTFOUND {
		return nil, kefu.E(op, err)
	}
	reply, err := e.run(ctx, t, conv, msg, "", start, time.Since(start), true)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	return &kefu.TurnResult{Message: msg, Reply: reply}, nil
}
