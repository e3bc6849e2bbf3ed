package desk

import (
	"context"
	"log/slog"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/translate"
)

// Composer keys of the system messages the desk writes (compose/lang/*.json).
const (
	keyJoined      = "desk_agent_joined"
	keyLeft        = "desk_agent_left"
	keyTransferred = "desk_transferred"
	keyClosed      = "desk_closed"
	keyRatingAsked = "desk_rating_asked"
)

// tenant loads the acting agent's tenant.
func (d *Desk) tenant(ctx context.Context, a *kefu.Agent) (*kefu.Tenant, error) {
	if err := checkAgent(a); err != nil {
		return nil, err
	}
	return d.Store.FindTenantByID(ctx, a.TenantID)
}

// systemMessage composes a hand-off step in the customer's language. by
// names the agent the step is about (who joined, who took over).
func (d *Desk) systemMessage(ctx context.Context, t *kefu.Tenant, conv *kefu.Conversation, kind, key string, by *kefu.Agent, data map[string]string) *kefu.Message {
	lang := customerLanguage(conv, t)
	m := &kefu.Message{
		TenantID:       t.ID,
		ConversationID: conv.ID,
		Author:         kefu.AuthorSystem,
		Kind:           kind,
		Text:           d.Composer.Compose(ctx, lang, kefu.SkillResult{Outcome: key, Data: data}),
		Language:       lang,
	}
	if by != nil {
		m.AuthorID, m.AuthorName = by.ID, by.Name
	}
	return m
}

// events returns the events that announce msgs and then conv's new state
// (nil: unchanged).
func events(conv *kefu.Conversation, msgs ...*kefu.Message) []kefu.Event {
	evs := make([]kefu.Event, 0, len(msgs)+1)
	for _, m := range msgs {
		evs = append(evs, kefu.Event{Type: kefu.EventMessageCreated, TenantID: m.TenantID, ConversationID: m.ConversationID, Message: m, At: m.CreatedAt})
	}
	if conv != nil {
		evs = append(evs, kefu.Event{Type: kefu.EventConversationStatus, TenantID: conv.TenantID, ConversationID: conv.ID, Conversation: conv, At: conv.UpdatedAt})
	}
	return evs
}

// publish announces committed events on the live bus (consoles, the
// customer's websocket), under the conversation's lock (lock's unlock
// puts them in order). Their durable copies, for webhooks and analytics,
// were appended to the event log in the transaction of the writes they
// announce (docs/events.md).
func (d *Desk) publish(ctx context.Context, evs []kefu.Event) {
	for _, e := range evs {
		kefu.PublishLocked(ctx, d.Events, e)
	}
}

// Take gives a queued (or bot) conversation to agent a and tells the
// customer, in their language, that a gives the answers now. ECONFLICT
// when someone else took it first, it is closed, or a is full.
func (d *Desk) Take(ctx context.Context, a *kefu.Agent, conversationID string) (*kefu.Conversation, error) {
	const op = "desk.Take"
	t, err := d.tenant(ctx, a)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	if !validID(conversationID) {
		return nil, notFound()
	}
	unlock, err := d.lock(ctx, conversationID)
	if err != nil {
		return nil, err
	}
	defer unlock()
	var conv *kefu.Conversation
	var msg *kefu.Message
	var evs []kefu.Event
	err = d.Store.InTx(ctx, func(tx kefu.Store) error {
		c, err := tx.AssignConversation(ctx, t.ID, conversationID, a.ID)
		if err != nil {
			return err
		}
		conv = c
		msg = d.systemMessage(ctx, t, c, kefu.MessageAgentJoined, keyJoined, a, map[string]string{"agent": a.Name})
		if err := tx.CreateMessage(ctx, msg); err != nil {
			return err
		}
		evs = events(c, msg)
		return tx.AppendEvents(ctx, evs...)
	})
	if err != nil {
		return nil, kefu.E(op, err)
	}
	d.publish(ctx, evs)
	return conv, nil
}

// Release hands a conversation a holds back to the bot, which answers the
// customer's next message again.
func (d *Desk) Release(ctx context.Context, a *kefu.Agent, conversationID string) (*kefu.Conversation, error) {
	const op = "desk.Release"
	t, err := d.tenant(ctx, a)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	if !validID(conversationID) {
		return nil, notFound()
	}
	conv, err := d.release(ctx, t, a, conversationID)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	d.reroute(ctx, t)
	return conv, nil
}

func (d *Desk) release(ctx context.Context, t *kefu.Tenant, a *kefu.Agent, conversationID string) (*kefu.Conversation, error) {
	unlock, err := d.lock(ctx, conversationID)
	if err != nil {
		return nil, err
	}
	defer unlock()
	var conv *kefu.Conversation
	var msg *kefu.Message
	var evs []kefu.Event
	err = d.Store.InTx(ctx, func(tx kefu.Store) error {
		c, err := tx.ReleaseConversation(ctx, t.ID, conversationID, a.ID)
		if err != nil {
			return err
		}
		conv = c
		msg = d.systemMessage(ctx, t, c, kefu.MessageAgentLeft, keyLeft, a, map[string]string{"agent": a.Name})
		if err := tx.CreateMessage(ctx, msg); err != nil {
			return err
		}
		evs = events(c, msg)
		return tx.AppendEvents(ctx, evs...)
	})
	if err != nil {
		return nil, err
	}
	d.publish(ctx, evs)
	return conv, nil
}

// Transfer moves a conversation a holds to another agent of the tenant.
func (d *Desk) Transfer(ctx context.Context, a *kefu.Agent, conversationID, toAgentID string) (*kefu.Conversation, error) {
	const op = "desk.Transfer"
	t, err := d.tenant(ctx, a)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	if !validID(conversationID) {
		return nil, notFound()
	}
	if toAgentID == a.ID {
		return nil, kefu.Errorf(kefu.EINVALID, "choose another agent to transfer to")
	}
	if !validID(toAgentID) {
		return nil, kefu.Errorf(kefu.ENOTFOUND, "agent not found")
	}
	to, err := d.Store.FindAgentByID(ctx, t.ID, toAgentID)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	if to.Disabled {
		return nil, kefu.Errorf(kefu.EINVALID, "that agent is disabled; choose another agent")
	}
	conv, err := func() (*kefu.Conversation, error) {
		unlock, err := d.lock(ctx, conversationID)
		if err != nil {
			return nil, err
		}
		defer unlock()
		var conv *kefu.Conversation
		var msg *kefu.Message
		var evs []kefu.Event
		err = d.Store.InTx(ctx, func(tx kefu.Store) error {
			c, err := tx.TransferConversation(ctx, t.ID, conversationID, a.ID, to.ID)
			if err != nil {
				return err
			}
			conv = c
			msg = d.systemMessage(ctx, t, c, kefu.MessageTransferred, keyTransferred, to, map[string]string{"agent": to.Name, "from": a.Name})
			if err := tx.CreateMessage(ctx, msg); err != nil {
				return err
			}
			evs = events(c, msg)
			return tx.AppendEvents(ctx, evs...)
		})
		if err != nil {
			return nil, err
		}
		d.publish(ctx, evs)
		return conv, nil
	}()
	if err != nil {
		return nil, kefu.E(op, err)
	}
	d.reroute(ctx, t)
	return conv, nil
}

// Close closes a conversation a holds (an admin may close any open one):
// the customer is told, then asked to rate the conversation from 1 to 5.
// The agent keeps the conversation's AgentID for history; the slot is
// free again.
func (d *Desk) Close(ctx context.Context, a *kefu.Agent, conversationID string) (*kefu.Conversation, error) {
	const op = "desk.Close"
	t, err := d.tenant(ctx, a)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	if !validID(conversationID) {
		return nil, notFound()
	}
	conv, err := func() (*kefu.Conversation, error) {
		unlock, err := d.lock(ctx, conversationID)
		if err != nil {
			return nil, err
		}
		defer unlock()
		var conv *kefu.Conversation
		var msgs []*kefu.Message
		var evs []kefu.Event
		err = d.Store.InTx(ctx, func(tx kefu.Store) error {
			c, err := tx.FindConversationByID(ctx, t.ID, conversationID)
			if err != nil {
				return err
			}
			switch {
			case c.Status == kefu.StatusClosed:
				return kefu.Errorf(kefu.ECONFLICT, "the conversation is already closed")
			case !a.Role.CanAdmin() && (c.Status != kefu.StatusAgent || c.AgentID != a.ID):
				return kefu.Errorf(kefu.EFORBIDDEN, "only the agent who holds the conversation can close it")
			}
			closed := kefu.StatusClosed
			c, err = tx.UpdateConversation(ctx, t.ID, c.ID, kefu.ConversationUpdate{Status: &closed})
			if err != nil {
				return err
			}
			conv = c
			msgs = []*kefu.Message{
				d.systemMessage(ctx, t, c, kefu.MessageClosed, keyClosed, a, map[string]string{"agent": a.Name}),
				d.systemMessage(ctx, t, c, kefu.MessageRatingAsked, keyRatingAsked, a, nil),
			}
			for _, m := range msgs {
				if err := tx.CreateMessage(ctx, m); err != nil {
					return err
				}
			}
			evs = events(c, msgs...)
			return tx.AppendEvents(ctx, evs...)
		})
		if err != nil {
			return nil, err
		}
		d.publish(ctx, evs)
		return conv, nil
	}()
	if err != nil {
		return nil, kefu.E(op, err)
	}
	d.reroute(ctx, t)
	return conv, nil
}

// ReplyRequest is an agent's reply.
type ReplyRequest struct {
	Text string
	// Language is the language Text is written in; empty means the
	// agent's language (AgentLanguage). A draft from the assist panel is
	// already in the customer's language and is sent untranslated.
	Language string
	// ClientMessageID makes retries safe: the same ID returns the
	// message stored the first time.
	ClientMessageID string
}

// ReplyResult is the stored reply and, when it could not be translated, a
// notice for the agent (the original text was sent).
type ReplyResult struct {
	Message *kefu.Message `json:"message"`
	Notice  string        `json:"notice,omitempty"`
}

// Reply sends an agent's text to the customer. The text is translated
// from the agent's language into the conversation's language; the stored
// message carries the translation as Text and the agent's words as
// OriginalText, with the provider in TranslatedBy. When no provider covers
// the pair (or all fail) the original is sent and the result's Notice
// says so. Only the agent holding the conversation may reply
// (EFORBIDDEN otherwise).
func (d *Desk) Reply(ctx context.Context, a *kefu.Agent, conversationID string, req ReplyRequest) (*ReplyResult, error) {
	const op = "desk.Reply"
	t, err := d.tenant(ctx, a)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	if err := checkText("text", req.Text, kefu.MaxMessageBytes); err != nil {
		return nil, err
	}
	if len(req.ClientMessageID) > kefu.MaxClientIDLen {
		return nil, kefu.Errorf(kefu.EINVALID, "client_message_id is over %d bytes", kefu.MaxClientIDLen)
	}
	if !validID(conversationID) {
		return nil, notFound()
	}
	from := req.Language
	if from == "" {
		from = AgentLanguage(a, t)
	}
	conv, err := d.Store.FindConversationByID(ctx, t.ID, conversationID)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	if err := holds(a, conv); err != nil {
		return nil, err
	}
	// Translate before taking the lock: a slow provider must not hold up
	// the customer's turns. The state is checked again under the lock.
	to := customerLanguage(conv, t)
	res, terr := d.translate(ctx, t.ID, req.Text, from, to)

	unlock, conv, err := d.lockRead(ctx, t.ID, conversationID)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	defer unlock()
	if err := holds(a, conv); err != nil {
		return nil, err
	}
	if now := customerLanguage(conv, t); now != to {
		// The customer switched language meanwhile.
		to = now
		res, terr = d.translate(ctx, t.ID, req.Text, from, to)
	}
	msg := &kefu.Message{
		TenantID:        t.ID,
		ConversationID:  conv.ID,
		Author:          kefu.AuthorAgent,
		AuthorID:        a.ID,
		AuthorName:      a.Name,
		Text:            req.Text,
		Language:        from,
		ClientMessageID: req.ClientMessageID,
	}
	if res.Machine {
		msg.Text, msg.Language = res.Text, to
		msg.OriginalText, msg.OriginalLanguage, msg.TranslatedBy = req.Text, from, res.Provider
	}
	out := &ReplyResult{Message: msg}
	if terr != nil {
		out.Notice = kefu.ErrorMessage(terr)
		if kefu.ErrorCode(terr) != kefu.ENOTIMPLEMENTED {
			d.Logger.WarnContext(ctx, "reply not translated", slog.String("conversation", conv.ID), slog.Any("err", terr))
		}
	}
	var evs []kefu.Event
	if ml, ok := d.Store.(kefu.MessageLogger); ok {
		// The message and its event in one statement.
		if err = ml.CreateMessageLogged(ctx, msg); err == nil {
			evs = events(nil, msg)
		}
	} else {
		err = d.Store.InTx(ctx, func(tx kefu.Store) error {
			if err := tx.CreateMessage(ctx, msg); err != nil {
				return err
			}
			evs = events(nil, msg) // now with the message's ID and time
			return tx.AppendEvents(ctx, evs...)
		})
	}
	if err != nil {
		if kefu.ErrorCode(err) == kefu.ECONFLICT && req.ClientMessageID != "" {
			prev, ferr := d.Store.FindMessageByClientID(ctx, t.ID, conv.ID, req.ClientMessageID)
			if ferr == nil && prev.AuthorID == a.ID && (prev.Text == req.Text || prev.OriginalText == req.Text) {
				return &ReplyResult{Message: prev}, nil
			}
			return nil, kefu.Errorf(kefu.ECONFLICT, "client_message_id %q was already used for another message", req.ClientMessageID)
		}
		return nil, kefu.E(op, err)
	}
	d.publish(ctx, evs)
	return out, nil
}

// holds reports, as an error, whether a may write in conv.
func holds(a *kefu.Agent, conv *kefu.Conversation) error {
	if conv.Status != kefu.StatusAgent || conv.AgentID != a.ID {
		return kefu.Errorf(kefu.EFORBIDDEN, "only the agent who holds the conversation can reply; take it first")
	}
	return nil
}

// translate runs the Translator; without one, a pair of different
// languages is ENOTIMPLEMENTED and the text comes back unchanged.
func (d *Desk) translate(ctx context.Context, tenantID, text, from, to string) (translate.Result, error) {
	if translate.Base(from) == translate.Base(to) {
		return translate.Result{Text: text, From: from, To: to}, nil
	}
	if d.Translator == nil {
		return translate.Result{Text: text, From: from, To: to},
			kefu.Errorf(kefu.ENOTIMPLEMENTED, "no machine translation from %s to %s", from, to)
	}
	res, err := d.Translator.Translate(ctx, translate.Request{Text: text, From: from, To: to, TenantID: tenantID})
	if err != nil || res.Text == "" {
		// A translator other than the Chain may return nothing usable.
		res = translate.Result{Text: text, From: from, To: to}
	}
	return res, err
}

// Note adds an internal note to a conversation of a's tenant. Notes are
// for agents only: they are not messages and are never published on the
// bus (which feeds the customer's websocket and webhooks).
func (d *Desk) Note(ctx context.Context, a *kefu.Agent, conversationID, text string) (*kefu.Note, error) {
	const op = "desk.Note"
	if err := checkAgent(a); err != nil {
		return nil, err
	}
	if err := checkText("text", text, kefu.MaxNoteBytes); err != nil {
		return nil, err
	}
	if !validID(conversationID) {
		return nil, notFound()
	}
	n := &kefu.Note{TenantID: a.TenantID, ConversationID: conversationID, AgentID: a.ID, Text: text, CreatedAt: d.Now()}
	if err := d.Store.CreateNote(ctx, n); err != nil {
		return nil, kefu.E(op, err)
	}
	return n, nil
}

// SetPresence changes a's presence. Coming online routes waiting queued
// conversations, to a or to colleagues who fit them better.
func (d *Desk) SetPresence(ctx context.Context, a *kefu.Agent, p kefu.Presence) (*kefu.Agent, error) {
	const op = "desk.SetPresence"
	t, err := d.tenant(ctx, a)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	if !p.Valid() {
		return nil, kefu.Errorf(kefu.EINVALID, "presence must be online, away or offline")
	}
	up, err := d.Store.UpdateAgent(ctx, t.ID, a.ID, kefu.AgentUpdate{Presence: &p})
	if err != nil {
		return nil, kefu.E(op, err)
	}
	if p == kefu.PresenceOnline {
		d.reroute(ctx, t)
	}
	return up, nil
}

// Reroute offers the tenant's queued conversations, most urgent first, to
// online agents with room (through Router) and returns how many were
// assigned. It is called when an agent comes online or frees a slot; each
// assignment writes the "agent joined" message like Take.
func (d *Desk) Reroute(ctx context.Context, tenantID string) (int, error) {
	t, err := d.Store.FindTenantByID(ctx, tenantID)
	if err != nil {
		return 0, kefu.E("desk.Reroute", err)
	}
	return d.rerouteTenant(ctx, t)
}

// reroute is Reroute for callers that only log failures: the operation
// that freed the slot already succeeded.
func (d *Desk) reroute(ctx context.Context, t *kefu.Tenant) {
	if _, err := d.rerouteTenant(ctx, t); err != nil {
		d.Logger.WarnContext(ctx, "re-routing failed; conversations stay queued", slog.String("tenant", t.ID), slog.Any("err", err))
	}
}

func (d *Desk) rerouteTenant(ctx context.Context, t *kefu.Tenant) (int, error) {
	if d.Router == nil {
		return 0, nil
	}
	free, err := d.freeSlots(ctx, t.ID)
	if err != nil || free == 0 {
		return 0, err
	}
	queue, err := d.queue(ctx, t, d.Now())
	if err != nil {
		return 0, err
	}
	n := 0
	for _, it := range queue {
		if free == 0 {
			break
		}
		ok, err := d.routeOne(ctx, t, it.Conversation.ID)
		if err != nil {
			return n, err
		}
		if ok {
			n++
			free--
		}
	}
	return n, nil
}

// routeOne routes one queued conversation under its lock and writes the
// "agent joined" message. It reports whether an agent got it.
func (d *Desk) routeOne(ctx context.Context, t *kefu.Tenant, conversationID string) (bool, error) {
	unlock, conv, err := d.lockRead(ctx, t.ID, conversationID)
	if err != nil {
		return false, err
	}
	defer unlock()
	if conv.Status != kefu.StatusQueued || conv.AgentID != "" {
		return false, nil // taken or answered meanwhile
	}
	agent, conv, err := d.Router.Route(ctx, t, conv)
	switch kefu.ErrorCode(err) {
	case "":
	case kefu.ENOTFOUND, kefu.ECONFLICT:
		return false, nil // nobody fits this one, or someone took it
	default:
		return false, err
	}
	// The Router committed the assignment; the notice and the events
	// follow it (not atomically with it).
	msg := d.systemMessage(ctx, t, conv, kefu.MessageAgentJoined, keyJoined, agent, map[string]string{"agent": agent.Name})
	var evs []kefu.Event
	err = d.Store.InTx(ctx, func(tx kefu.Store) error {
		if err := tx.CreateMessage(ctx, msg); err != nil {
			return err
		}
		evs = events(conv, msg)
		return tx.AppendEvents(ctx, evs...)
	})
	if err != nil {
		// The assignment stands; only the notice is missing.
		d.Logger.WarnContext(ctx, "agent joined message not stored", slog.String("conversation", conv.ID), slog.Any("err", err))
		evs = events(conv)
		if err := d.Store.AppendEvents(ctx, evs...); err != nil {
			d.Logger.ErrorContext(ctx, "conversation event not logged; webhooks miss it", slog.String("conversation", conv.ID), slog.Any("err", err))
		}
	}
	d.publish(ctx, evs)
	return true, nil
}

// freeSlots counts the free chat slots of the tenant's online agents.
func (d *Desk) freeSlots(ctx context.Context, tenantID string) (int, error) {
	agents, err := d.Store.FindAgents(ctx, kefu.AgentFilter{TenantID: tenantID, Presence: kefu.PresenceOnline, Limit: 1000})
	if err != nil {
		return 0, err
	}
	free := 0
	for _, a := range agents {
		if a.Disabled {
			continue
		}
		load, err := d.Store.CountAgentConversations(ctx, tenantID, a.ID)
		if err != nil {
			return 0, err
		}
		if load < a.MaxChats {
			free += a.MaxChats - load
		}
	}
	return free, nil
}
