package dialog

import (
	"context"
	"log/slog"
	"maps"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/keylock"
)

// SlotExpecting is the conversation slot naming what the bot asked the
// customer for last turn (e.g. "order_number"); it is cleared when the
// next turn does not ask again.
const SlotExpecting = "_expecting"

// Router assigns a queued conversation to a human agent (see package
// routing). ENOTFOUND means nobody is free and the conversation stays queued.
type Router interface {
	Route(ctx context.Context, t *kefu.Tenant, conv *kefu.Conversation) (*kefu.Agent, *kefu.Conversation, error)
}

// faqNoArticle is the knowledge skill's outcome when no article matched.
const faqNoArticle = "no_article"

// cacheTTL is how long the engine reuses a tenant's settings and a
// customer's record: every turn needs them and they change rarely.
const cacheTTL = 5 * time.Second

var _ kefu.TurnService = (*Engine)(nil)

// Engine is the conversation engine. Set the exported fields, then call
// Init; it is safe for concurrent use.
type Engine struct {
	Store        kefu.Store
	Understander kefu.Understander
	Policy       kefu.Policy
	Composer     kefu.Composer
	Events       kefu.EventService
	Skills       []kefu.Skill
	Logger       *slog.Logger
	Now          kefu.Clock
	// Router, if set, gives a conversation that was just queued for a
	// person to an available agent; without one (or without a free
	// agent) it waits in the queue.
	Router Router

	skills    map[string]kefu.Skill
	locks     keylock.Map
	tenants   ttlCache[*kefu.Tenant]
	customers ttlCache[*kefu.Customer] // keyed by tenant ID + "/" + customer ID
}

// Init checks the wiring and indexes the skills.
func (e *Engine) Init() error {
	if e.Store == nil || e.Understander == nil || e.Policy == nil || e.Composer == nil || e.Events == nil {
		return kefu.Errorf(kefu.EINTERNAL, "dialog: Engine needs Store, Understander, Policy, Composer and Events")
	}
	if e.Logger == nil {
		e.Logger = slog.Default()
	}
	if e.Now == nil {
		e.Now = time.Now
	}
	e.skills = map[string]kefu.Skill{}
	for _, s := range e.Skills {
		e.skills[s.Name()] = s
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
	if err := e.Store.CreateConversation(ctx, conv); err != nil {
		return nil, "", kefu.E(op, err)
	}
	e.Events.Publish(ctx, kefu.Event{Type: kefu.EventConversationStatus, TenantID: t.ID, ConversationID: conv.ID, Conversation: conv, At: e.Now()})
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
	unlock := e.locks.Lock(req.ConversationID)
	defer unlock()

	conv, err := e.Store.FindConversationByID(ctx, t.ID, req.ConversationID)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	msg := &kefu.Message{
		TenantID:        t.ID,
		ConversationID:  conv.ID,
		Author:          kefu.AuthorCustomer,
		Text:            req.Text,
		ClientMessageID: req.ClientMessageID,
	}
	// Durable before anything else. A retry is detected by the store's
	// unique (conversation, client message ID) index rather than by a
	// read first, which would cost every turn a query.
	fresh := true
	err = e.Store.CreateMessage(ctx, msg)
	switch {
	case err == nil:
		e.Events.Publish(ctx, kefu.Event{Type: kefu.EventMessageCreated, TenantID: t.ID, ConversationID: conv.ID, Message: msg, At: msg.CreatedAt})
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
	reply, err := e.turn(ctx, t, conv, msg, req.Language, start)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	return &kefu.TurnResult{Message: msg, Reply: reply, Duplicate: !fresh}, nil
}

// turn understands msg, decides, acts and stores the reply. It returns a
// nil reply when the bot stays silent.
func (e *Engine) turn(ctx context.Context, t *kefu.Tenant, conv *kefu.Conversation, msg *kefu.Message, explicitLang string, start time.Time) (*kefu.Message, error) {
	upd := kefu.ConversationUpdate{}
	slots := maps.Clone(conv.Slots)
	if slots == nil {
		slots = map[string]string{}
	}
	slotsChanged := false
	if conv.Status == kefu.StatusClosed {
		// A customer writing into a closed conversation reopens it with the bot.
		s := kefu.StatusBot
		upd.Status, conv.Status = &s, s
	}

	hint := conv.Language
	if hint == "" {
		hint = t.Settings.DefaultLanguage
	}
	und, err := e.Understander.Understand(ctx, kefu.UnderstandRequest{Tenant: t, Text: msg.Text, Language: hint, Expecting: slots[SlotExpecting]})
	if err != nil {
		return nil, err
	}

	// The conversation's language is sticky: an explicit choice locks it;
	// otherwise confident detection moves it.
	lang := conv.Language
	switch {
	case explicitLang != "":
		if lang != explicitLang || !conv.LanguageLocked {
			lang = explicitLang
			locked := true
			upd.LanguageLocked = &locked
			upd.Language = &lang
		}
	case !conv.LanguageLocked && und.Language != "" && und.Language != lang && (und.LanguageConfidence >= LanguageSwitch || lang == ""):
		// Between two Latin-script languages one message is weak
		// evidence (short English lines such as "hi ai" read as
		// Vietnamese): the switch waits for a second message in the
		// same language. A change of script, or a first language, is
		// taken at once.
		// Only a language the customer has written in needs the
		// confirmation; one taken from their profile or the shop's
		// default gives way at once.
		if lang == "" || slots[SlotLanguageWritten] != lang || !latinScript(lang) || !latinScript(und.Language) ||
			slots[SlotLanguageSeen] == und.Language {
			lang = und.Language
			upd.Language = &lang
			delete(slots, SlotLanguageSeen)
			slots[SlotLanguageWritten], slotsChanged = lang, true
		} else {
			slots[SlotLanguageSeen], slotsChanged = und.Language, true
		}
	default:
		if slots[SlotLanguageSeen] != "" {
			// The message did not confirm the candidate language.
			delete(slots, SlotLanguageSeen)
			slotsChanged = true
		}
		if !conv.LanguageLocked && lang != "" && und.Language == lang && und.LanguageConfidence >= LanguageSwitch && slots[SlotLanguageWritten] != lang {
			slots[SlotLanguageWritten], slotsChanged = lang, true
		}
	}
	if lang == "" {
		lang = t.Settings.DefaultLanguage
	}
	conv.Language = lang

	st := &kefu.TurnState{Tenant: t, Conversation: conv, Message: msg, Understanding: und}
	if conv.CustomerID != "" {
		c, err := e.findCustomer(ctx, t.ID, conv.CustomerID)
		if err != nil {
			return nil, err
		}
		st.Customer = c
	}
	dec := e.Policy.Decide(ctx, st)
	trace := &kefu.Trace{
		Intent:       und.Intent,
		Confidence:   und.Confidence,
		Alternatives: und.Alternatives,
		Language:     und.Language,
		Normalized:   und.Normalized,
		Entities:     und.Entities,
		Action:       dec.Action,
		Reason:       dec.Reason,
		Understander: und.Source,
	}
	if und.Emotion.Label != "" {
		em := und.Emotion
		trace.Emotion = &em
	}

	var text string
	var card *kefu.Card
	var tr *kefu.TextTranslation // the reply is a machine translation of it
	var events []kefu.Event
	switch dec.Action {
	case kefu.ActionSilent:
		if changed(upd) {
			if _, err := e.Store.UpdateConversation(ctx, t.ID, conv.ID, upd); err != nil {
				return nil, err
			}
		}
		return nil, nil
	case kefu.ActionHandoff:
		s := kefu.StatusQueued
		queuedAt := e.Now()
		upd.Status, upd.Priority, upd.HandoffReason, upd.QueuedAt = &s, &dec.Priority, &dec.Reason, &queuedAt
		res := kefu.SkillResult{Outcome: "handoff"}
		if pos, err := e.queuePosition(ctx, t.ID, conv.ID, dec.Priority); err == nil {
			res.Data = map[string]string{"position": strconv.Itoa(pos),
				"minutes": strconv.Itoa(int(math.Ceil((time.Duration(pos) * QueueWaitPerPosition).Minutes())))}
		} else {
			e.Logger.WarnContext(ctx, "queue position", slog.String("conversation", conv.ID), slog.Any("err", err))
		}
		text = e.Composer.Compose(ctx, lang, res)
		trace.Outcome = "handoff"
	case kefu.ActionSmalltalk:
		res := kefu.SkillResult{Outcome: und.Intent}
		if e.satisfactionOffer(t, slots, und, lang, &res) {
			trace.Strategy, slotsChanged = StrategySatisfaction, true
		}
		text = e.Composer.Compose(ctx, lang, res)
		card = e.card(ctx, lang, res)
		trace.Outcome = und.Intent
	case kefu.ActionSkill:
		res, err := e.runSkill(ctx, dec.Skill, st)
		if err != nil {
			e.Logger.ErrorContext(ctx, "skill failed", slog.String("skill", dec.Skill), slog.String("conversation", conv.ID), slog.Any("err", err))
			res = kefu.SkillResult{Outcome: "error"}
			trace.Reason = "skill_error"
		}
		trace.Skill = dec.Skill
		trace.Outcome = res.Outcome
		trace.ArticleID = res.ArticleID
		trace.Records = res.Records
		for k, v := range res.SetSlots {
			if slots[k] != v {
				slots[k], slotsChanged = v, true
			}
		}
		if res.Expecting != slots[SlotExpecting] {
			slotsChanged = true
			if res.Expecting == "" {
				delete(slots, SlotExpecting)
			} else {
				slots[SlotExpecting] = res.Expecting
			}
		}
		// Anxiety strategy: a worried customer asking about a parcel gets
		// its progress with the answer.
		if und.Emotion.Label == "anxiety" && len(res.Events) > 0 {
			res.ShowProgress = true
			trace.Strategy = StrategyAnxiety
		} else if e.satisfactionOffer(t, slots, und, lang, &res) {
			trace.Strategy, slotsChanged = StrategySatisfaction, true
		}
		if res.Outcome == faqNoArticle && dec.Reason == ReasonLowConfidence {
			// Not understood and nothing matched the words either.
			res.Outcome = "clarify"
		}
		trace.Outcome = res.Outcome
		text = e.Composer.Compose(ctx, lang, res)
		card = e.card(ctx, lang, res)
		tr = res.Translated
	default: // ActionClarify
		text = e.Composer.Compose(ctx, lang, kefu.SkillResult{Outcome: "clarify"})
		trace.Outcome = "clarify"
	}
	if dec.Action != kefu.ActionSkill && slots[SlotExpecting] != "" {
		delete(slots, SlotExpecting)
		slotsChanged = true
	}
	// Count clarifications in a row: the policy hands off after a few.
	if trace.Outcome == "clarify" {
		n, _ := strconv.Atoi(slots[SlotClarified])
		slots[SlotClarified] = strconv.Itoa(n + 1)
		slotsChanged = true
	} else if _, ok := slots[SlotClarified]; ok {
		delete(slots, SlotClarified)
		slotsChanged = true
	}
	if slotsChanged {
		upd.Slots = slots
	}
	trace.LatencyMS = float64(time.Since(start).Microseconds()) / 1000

	reply := &kefu.Message{
		TenantID:       t.ID,
		ConversationID: conv.ID,
		Author:         kefu.AuthorBot,
		Text:           text,
		Language:       lang,
		ReplyTo:        msg.ID,
		Card:           card,
		Trace:          trace,
	}
	if tr != nil {
		reply.OriginalText, reply.OriginalLanguage, reply.TranslatedBy = tr.Original, tr.From, tr.Provider
	}
	var updated *kefu.Conversation
	err = e.Store.InTx(ctx, func(tx kefu.Store) error {
		if err := tx.CreateMessage(ctx, reply); err != nil {
			return err
		}
		if changed(upd) {
			c, err := tx.UpdateConversation(ctx, t.ID, conv.ID, upd)
			if err != nil {
				return err
			}
			updated = c
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	events = append(events, kefu.Event{Type: kefu.EventMessageCreated, TenantID: t.ID, ConversationID: conv.ID, Message: reply, At: reply.CreatedAt})
	if upd.Status != nil && updated != nil {
		events = append(events, kefu.Event{Type: kefu.EventConversationStatus, TenantID: t.ID, ConversationID: conv.ID, Conversation: updated, At: updated.UpdatedAt})
	}
	if updated != nil && updated.Status == kefu.StatusQueued && e.Router != nil {
		// Routing runs after the commit: the hand-off is durable even if
		// no agent is free or routing fails.
		agent, assigned, err := e.Router.Route(ctx, t, updated)
		switch {
		case err == nil:
			events = append(events, kefu.Event{Type: kefu.EventConversationStatus, TenantID: t.ID, ConversationID: conv.ID, Conversation: assigned, At: assigned.UpdatedAt})
			// Tell the customer who joined, as the agent desk does when an
			// agent takes a conversation by hand; the log then holds the
			// join for queue-wait metrics.
			joined := &kefu.Message{TenantID: t.ID, ConversationID: conv.ID, Author: kefu.AuthorSystem, Kind: kefu.MessageAgentJoined,
				AuthorID: agent.ID, AuthorName: agent.Name, Language: lang,
				Text: e.Composer.Compose(ctx, lang, kefu.SkillResult{Outcome: AgentJoinedTemplate, Data: map[string]string{"agent": agent.Name}})}
			if err := e.Store.CreateMessage(ctx, joined); err != nil {
				e.Logger.WarnContext(ctx, "agent joined message not stored", slog.String("conversation", conv.ID), slog.Any("err", err))
			} else {
				events = append(events, kefu.Event{Type: kefu.EventMessageCreated, TenantID: t.ID, ConversationID: conv.ID, Message: joined, At: joined.CreatedAt})
			}
		case kefu.ErrorCode(err) != kefu.ENOTFOUND:
			e.Logger.WarnContext(ctx, "routing failed; the conversation stays queued", slog.String("conversation", conv.ID), slog.Any("err", err))
		}
	}
	for _, ev := range events {
		e.Events.Publish(ctx, ev)
	}
	return reply, nil
}

// changed reports whether upd changes anything.
func changed(upd kefu.ConversationUpdate) bool {
	return upd.Status != nil || upd.Language != nil || upd.LanguageLocked != nil || upd.Priority != nil ||
		upd.HandoffReason != nil || upd.AgentID != nil || upd.Slots != nil
}

func (e *Engine) runSkill(ctx context.Context, name string, st *kefu.TurnState) (kefu.SkillResult, error) {
	s := e.skills[name]
	if s == nil {
		return kefu.SkillResult{}, kefu.Errorf(kefu.EINTERNAL, "no skill %q registered", name)
	}
	return s.Run(ctx, st)
}
