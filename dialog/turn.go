package dialog

import (
	"context"
	"log/slog"
	"maps"
	"math"
	"strconv"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/strategy"
)

// Stages of a turn, in order (kefu.TurnStages), timed in Trace.StageUS.
const (
	StageReceive        = "receive" // lock, idempotency, store the customer message
	StageUnderstand     = "understand"
	StageSettleLanguage = "settle_language"
	StageDecide         = "decide"
	StageAct            = "act"
	StageEnrich         = "enrich"
	StageCompose        = "compose"
	StageCommit         = "commit"
	StageAfterCommit    = "after_commit"
)

// AgentJoinedTemplate is the composer key of the "agent joined" notice
// (shared with the agent desk).
const AgentJoinedTemplate = "desk_agent_joined"

// turn is one bot turn in progress: what each stage leaves for the next.
type turn struct {
	e            *Engine
	t            *kefu.Tenant
	conv         *kefu.Conversation
	msg          *kefu.Message
	explicitLang string
	// logged is set when the customer message's event is in the event
	// log already: a channel stored the message itself (a photo, see
	// Engine.AnswerMessage) and published it.
	logged       bool
	start, lapAt time.Time
	stages       []int64 // microseconds per stage, in kefu.TurnStages order

	upd          kefu.ConversationUpdate
	slots        map[string]string // the conversation's slots as this turn leaves them
	slotsChanged bool

	und   kefu.Understanding // understand
	lang  string             // settle_language: the reply's language
	st    *kefu.TurnState    // decide
	dec   kefu.Decision
	trace *kefu.Trace
	res   kefu.SkillResult // act, enrich
	text  string           // compose
	cards []kefu.Card

	reply   *kefu.Message      // commit
	updated *kefu.Conversation // the conversation after commit, when it changed
	// events are the customer message's (first, unless logged) and the
	// reply's, committed to the event log with the reply; all but the
	// customer message's are published live after the commit (it was at
	// once).
	events []kefu.Event
}

// received is the event of the customer's message. Unless a channel
// logged it (turn.logged), it is appended to the durable event log with
// the turn's outcome, in one statement with the reply's: a turn that fails before its commit logs it when the client
// retries (which finishes the turn), so delivery stays at least once for
// every answered message.
func (tn *turn) received() kefu.Event {
	return kefu.Event{Type: kefu.EventMessageCreated, TenantID: tn.t.ID, ConversationID: tn.conv.ID, Message: tn.msg, At: tn.msg.CreatedAt}
}

// run runs the stages of one turn on a stored customer message. It
// returns a nil reply when the bot stays silent. received is how long
// receiving the message took; logged says the message's event is in the
// event log already (turn.logged).
func (e *Engine) run(ctx context.Context, t *kefu.Tenant, conv *kefu.Conversation, msg *kefu.Message, explicitLang string, start time.Time, received time.Duration, logged bool) (*kefu.Message, error) {
	tn := &turn{e: e, t: t, conv: conv, msg: msg, explicitLang: explicitLang, start: start, lapAt: time.Now(), logged: logged}
	tn.stages = make([]int64, 1, len(kefu.TurnStages))
	tn.stages[0] = received.Microseconds()
	tn.slots = maps.Clone(conv.Slots)
	if tn.slots == nil {
		tn.slots = map[string]string{}
	}
	if conv.Status == kefu.StatusClosed {
		// A customer writing into a closed conversation reopens it with the bot.
		s := kefu.StatusBot
		tn.upd.Status, conv.Status = &s, s
	}

	if err := tn.understand(ctx); err != nil {
		return nil, err
	}
	tn.lap(StageUnderstand)
	tn.settleLanguage()
	tn.lap(StageSettleLanguage)
	if err := tn.decide(ctx); err != nil {
		return nil, err
	}
	tn.lap(StageDecide)
	if tn.dec.Action == kefu.ActionSilent {
		if err := tn.commitSilent(ctx); err != nil {
			return nil, err
		}
		tn.observe(ctx)
		return nil, nil
	}
	tn.act(ctx)
	tn.lap(StageAct)
	tn.enrich(ctx)
	tn.lap(StageEnrich)
	tn.compose(ctx)
	tn.lap(StageCompose)
	if err := tn.commit(ctx); err != nil {
		return nil, err
	}
	tn.lap(StageCommit)
	tn.afterCommit(ctx)
	tn.observe(ctx)
	tn.lap(StageAfterCommit)
	// The stored trace ends with compose; the returned one also has the
	// commit's and routing's times.
	tn.reply.Trace.StageUS = tn.stages
	return tn.reply, nil
}

// lap records the time since the last lap as stage's (the stages are
// lapped in kefu.TurnStages order).
func (tn *turn) lap(stage string) {
	now := time.Now()
	tn.stages = append(tn.stages, now.Sub(tn.lapAt).Microseconds())
	tn.lapAt = now
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// setSlot sets a slot; an empty value deletes it (a skill clears what it
// kept by setting "").
func (tn *turn) setSlot(k, v string) {
	if v == "" {
		tn.deleteSlot(k)
		return
	}
	if tn.slots[k] != v {
		tn.slots[k], tn.slotsChanged = v, true
	}
}

func (tn *turn) deleteSlot(k string) {
	if _, ok := tn.slots[k]; ok {
		delete(tn.slots, k)
		tn.slotsChanged = true
	}
}

// understand asks the Understander, with the conversation's language as a
// hint and the slot the bot asked for last turn.
func (tn *turn) understand(ctx context.Context) error {
	if tn.msg.Text == "" {
		// A photo without a caption: nothing to understand.
		return nil
	}
	hint := tn.conv.Language
	if hint == "" {
		hint = tn.t.Settings.DefaultLanguage
	}
	und, err := tn.e.Understander.Understand(ctx, kefu.UnderstandRequest{Tenant: tn.t, Text: tn.msg.Text, Language: hint, Expecting: tn.slots[kefu.SlotExpecting]})
	tn.und = und
	return err
}

// decide builds the turn state and lets the Decider decide; it starts the
// trace.
func (tn *turn) decide(ctx context.Context) error {
	tn.st = &kefu.TurnState{Tenant: tn.t, Conversation: tn.conv, Message: tn.msg, Understanding: tn.und}
	if tn.conv.CustomerID != "" {
		c, err := tn.e.findCustomer(ctx, tn.t.ID, tn.conv.CustomerID)
		if err != nil {
			return err
		}
		tn.st.Customer = c
	}
	dec, applied := tn.e.decider.Decide(ctx, tn.st)
	tn.dec = dec
	und := tn.und
	tn.trace = &kefu.Trace{
		Intent:       und.Intent,
		Confidence:   und.Confidence,
		Alternatives: und.Alternatives,
		Language:     und.Language,
		Normalized:   und.Normalized,
		Entities:     und.Entities,
		Action:       dec.Action,
		Reason:       dec.Reason,
		Strategy:     joinStrategies(applied),
		Understander: und.Source,
	}
	if und.Emotion.Label != "" {
		em := und.Emotion
		tn.trace.Emotion = &em
	}
	return nil
}

// commitSilent stores what a silent turn changed of the conversation (its
// language, a reopening) and logs the customer's message.
func (tn *turn) commitSilent(ctx context.Context) error {
	if tn.slotsChanged {
		tn.upd.Slots = tn.slots
	}
	switch {
	case tn.logged && !changed(tn.upd):
		return nil
	case !changed(tn.upd):
		// One statement needs no transaction (on PostgreSQL that saves the
		// BEGIN and COMMIT round trips of every message an agent's
		// conversation receives).
		return tn.e.Store.AppendEvents(ctx, tn.received())
	}
	return tn.e.Store.InTx(ctx, func(tx kefu.Store) error {
		if changed(tn.upd) {
			if _, err := tx.UpdateConversation(ctx, tn.t.ID, tn.conv.ID, tn.upd); err != nil {
				return err
			}
		}
		if tn.logged {
			return nil
		}
		return tx.AppendEvents(ctx, tn.received())
	})
}

// act carries out the decision: a hand-off, small talk, a skill or a
// clarification. Its result is what the composer will write.
func (tn *turn) act(ctx context.Context) {
	switch tn.dec.Action {
	case kefu.ActionHandoff:
		tn.res = tn.handoff(ctx)
	case kefu.ActionSmalltalk:
		tn.res = kefu.SkillResult{Outcome: tn.und.Intent}
	case kefu.ActionSkill:
		tn.trace.Skill = tn.dec.Skill
		res, err := tn.e.runSkill(ctx, tn.dec.Skill, tn.st)
		if err != nil {
			tn.e.Logger.ErrorContext(ctx, "skill failed", slog.String("skill", tn.dec.Skill), slog.String("conversation", tn.conv.ID), slog.Any("err", err))
			res = kefu.SkillResult{Outcome: kefu.OutcomeError}
			tn.trace.Reason = kefu.ReasonSkillError
		}
		if res.Handoff != "" {
			// The skill did its part; a person decides the rest.
			tn.skillHandoff(ctx, &res)
		}
		if res.Outcome == kefu.OutcomeNoArticle {
			switch tn.dec.Reason {
			case kefu.ReasonLowConfidence:
				// Not understood and nothing matched the words either.
				res.Outcome = kefu.OutcomeClarify
			case kefu.ReasonNoHandler:
				// Understood, but nothing here answers it: offer a person.
				res.Outcome = kefu.OutcomeNoHandler
			}
		}
		tn.res = res
	default: // ActionClarify
		tn.res = kefu.SkillResult{Outcome: kefu.OutcomeClarify}
		if tn.dec.Reason == kefu.ReasonNoHandler {
			tn.res.Outcome = kefu.OutcomeNoHandler
		}
	}
}

// handoff queues the conversation for a person and tells the customer
// where they stand in the queue.
func (tn *turn) handoff(ctx context.Context) kefu.SkillResult {
	res := kefu.SkillResult{Outcome: kefu.OutcomeHandoff, Data: map[string]string{"reason": tn.dec.Reason}}
	switch tn.dec.Reason {
	case ReasonComplaint, ReasonAfterSales, ReasonRefund, ReasonPayment, kefu.ReasonAnger:
		// The customer has a problem: the reply acknowledges it first.
		res.Data["sorry"] = "1"
	}
	if !tn.queue(ctx, res.Data) {
		res.Outcome = kefu.OutcomeHandoffBusy
	}
	return res
}

// skillHandoff turns the decision into the hand-off a skill's result
// asks for (SkillResult.Handoff): the skill's answer stays, with the
// queue position after it.
func (tn *turn) skillHandoff(ctx context.Context, res *kefu.SkillResult) {
	prio := 1
	if tn.st.Customer != nil && tn.st.Customer.VIP {
		prio++
	}
	tn.dec = kefu.Decision{Action: kefu.ActionHandoff, Skill: tn.dec.Skill, Reason: res.Handoff, Priority: prio}
	tn.trace.Action, tn.trace.Reason = tn.dec.Action, tn.dec.Reason
	if res.Data == nil {
		res.Data = map[string]string{}
	}
	if !tn.queue(ctx, res.Data) {
		// The skill's answer stays; the busy notice follows it.
		res.Data["busy"] = "1"
	}
}

// queue queues the conversation for a person by the decision's reason
// and priority, and sets data's "position" and "minutes" to where the
// customer stands, counted as the console and the widget's banner count
// (kefu.QueuePosition). It returns false, and queues nothing, when an
// anonymous conversation may not join the queue now (Engine.queueRefused).
func (tn *turn) queue(ctx context.Context, data map[string]string) bool {
	if tn.e.queueRefused(ctx, tn.t, tn.conv) {
		return false
	}
	s := kefu.StatusQueued
	queuedAt := tn.e.Now()
	tn.upd.Status, tn.upd.Priority, tn.upd.HandoffReason, tn.upd.QueuedAt = &s, &tn.dec.Priority, &tn.dec.Reason, &queuedAt
	queued, err := kefu.FindQueue(ctx, tn.e.Store, tn.t.ID)
	if err != nil {
		tn.e.Logger.WarnContext(ctx, "queue position", slog.String("conversation", tn.conv.ID), slog.Any("err", err))
		return true
	}
	me := *tn.conv
	me.Status, me.Priority, me.QueuedAt = s, tn.dec.Priority, queuedAt
	pos := kefu.QueuePosition(queued, &me, queuedAt)
	data["position"] = strconv.Itoa(pos)
	data["minutes"] = strconv.Itoa(int(math.Ceil(kefu.QueueWait(pos).Minutes())))
	return true
}

// enrich runs the shop's reply strategies on the result (progress for a
// worried customer, an offer for a pleased one) and records what the
// result asks the conversation to remember.
func (tn *turn) enrich(ctx context.Context) {
	var applied []string
	if tn.dec.Action == kefu.ActionSkill || tn.dec.Action == kefu.ActionSmalltalk {
		for _, s := range strategy.For(tn.e.Strategies, &tn.t.Settings) {
			rs, ok := s.(kefu.ReplyStrategy)
			if ok && s.Applies(tn.und) && rs.Enrich(ctx, tn.st, tn.lang, &tn.res) {
				applied = append(applied, s.Name())
			}
		}
	}
	if len(applied) > 0 {
		if tn.trace.Strategy != "" {
			applied = append([]string{tn.trace.Strategy}, applied...)
		}
		tn.trace.Strategy = joinStrategies(applied)
	}
	res := tn.res
	for k, v := range res.SetSlots {
		tn.setSlot(k, v)
	}
	if res.Expecting != "" {
		tn.setSlot(kefu.SlotExpecting, res.Expecting)
		tn.setSlot(kefu.SlotExpectingSkill, tn.dec.Skill)
	} else {
		tn.deleteSlot(kefu.SlotExpecting)
		tn.deleteSlot(kefu.SlotExpectingSkill)
	}
	// Count unanswered turns in a row: the policy hands off after a few.
	if res.Outcome == kefu.OutcomeClarify || res.Outcome == kefu.OutcomeNoHandler {
		n, _ := strconv.Atoi(tn.slots[kefu.SlotClarified])
		tn.setSlot(kefu.SlotClarified, strconv.Itoa(n+1))
	} else {
		tn.deleteSlot(kefu.SlotClarified)
	}
	if (res.Outcome == kefu.OutcomeClarify || res.Outcome == kefu.OutcomeNoHandler) && upset(tn.und.Emotion) {
		// "why does shipping take so long, this is ridiculous" not
		// understood: the reply says sorry before asking again.
		if res.Data == nil {
			res.Data = map[string]string{}
		}
		res.Data["sorry"] = "1"
		tn.res = res
	}
	tn.trace.Outcome = res.Outcome
	tn.trace.ArticleID = res.ArticleID
	tn.trace.Records = res.Records
	if len(res.TraceExtra) > 0 {
		if tn.trace.Extra == nil {
			tn.trace.Extra = make(map[string]any, len(res.TraceExtra))
		}
		maps.Copy(tn.trace.Extra, res.TraceExtra)
	}
}

// compose writes the reply's text and cards in the reply's language.
func (tn *turn) compose(ctx context.Context) {
	tn.text = tn.e.Composer.Compose(ctx, tn.lang, tn.res)
	if cc, ok := tn.e.Composer.(kefu.CardComposer); ok && tn.dec.Action != kefu.ActionHandoff {
		tn.cards = cc.Cards(ctx, tn.lang, tn.res)
	}
}

// commit stores the reply with its trace and the conversation's update in
// one transaction.
func (tn *turn) commit(ctx context.Context) error {
	if tn.slotsChanged {
		tn.upd.Slots = tn.slots
	}
	tn.trace.LatencyMS = ms(time.Since(tn.start))
	tn.trace.StageUS = tn.stages
	tn.reply = &kefu.Message{
		TenantID:       tn.t.ID,
		ConversationID: tn.conv.ID,
		Author:         kefu.AuthorBot,
		Text:           tn.text,
		Language:       tn.lang,
		ReplyTo:        tn.msg.ID,
		Cards:          tn.cards,
		Trace:          tn.trace,
	}
	if tr := tn.res.Translated; tr != nil {
		tn.reply.OriginalText, tn.reply.OriginalLanguage, tn.reply.TranslatedBy = tr.Original, tr.From, tr.Provider
	}
	// The reply, the conversation's update and their events commit
	// together: webhooks and analytics (the durable event log) see the
	// turn exactly when it happened.
	t, conv := tn.t, tn.conv
	tn.events = make([]kefu.Event, 0, 3)
	return tn.e.Store.InTx(ctx, func(tx kefu.Store) error {
		tn.updated, tn.events = nil, tn.events[:0]
		if !tn.logged {
			tn.events = append(tn.events, tn.received())
		}
		if err := tx.CreateMessage(ctx, tn.reply); err != nil {
			return err
		}
		tn.events = append(tn.events, kefu.Event{Type: kefu.EventMessageCreated, TenantID: t.ID, ConversationID: conv.ID, Message: tn.reply, At: tn.reply.CreatedAt})
		if changed(tn.upd) {
			c, err := tx.UpdateConversation(ctx, t.ID, conv.ID, tn.upd)
			if err != nil {
				return err
			}
			tn.updated = c
			if tn.upd.Status != nil {
				tn.events = append(tn.events, kefu.Event{Type: kefu.EventConversationStatus, TenantID: t.ID, ConversationID: conv.ID, Conversation: c, At: c.UpdatedAt})
			}
		}
		return tx.AppendEvents(ctx, tn.events...)
	})
}

// afterCommit routes a hand-off to a free agent and publishes the turn's
// events live. Routing runs after the commit: the hand-off is durable even
// if no agent is free or routing fails; the router commits the assignment
// itself, so its events go to the event log right after it.
func (tn *turn) afterCommit(ctx context.Context) {
	e, t, conv := tn.e, tn.t, tn.conv
	events := tn.events
	if !tn.logged {
		events = events[1:] // the customer's message was published live when stored
	}
	var routed []kefu.Event
	if updated := tn.updated; updated != nil && updated.Status == kefu.StatusQueued && e.Router != nil {
		agent, assigned, err := e.Router.Route(ctx, t, updated)
		switch {
		case err == nil:
			routed = append(routed, kefu.Event{Type: kefu.EventConversationStatus, TenantID: t.ID, ConversationID: conv.ID, Conversation: assigned, At: assigned.UpdatedAt})
			// Tell the customer who joined, as the agent desk does when an
			// agent takes a conversation by hand; the log then holds the
			// join for queue-wait metrics.
			joined := &kefu.Message{TenantID: t.ID, ConversationID: conv.ID, Author: kefu.AuthorSystem, Kind: kefu.MessageAgentJoined,
				AuthorID: agent.ID, AuthorName: agent.Name, Language: tn.lang,
				Text: e.Composer.Compose(ctx, tn.lang, kefu.SkillResult{Outcome: AgentJoinedTemplate, Data: map[string]string{"agent": agent.Name}})}
			if err := e.Store.CreateMessage(ctx, joined); err != nil {
				e.Logger.WarnContext(ctx, "agent joined message not stored", slog.String("conversation", conv.ID), slog.Any("err", err))
			} else {
				routed = append(routed, kefu.Event{Type: kefu.EventMessageCreated, TenantID: t.ID, ConversationID: conv.ID, Message: joined, At: joined.CreatedAt})
			}
		case kefu.ErrorCode(err) != kefu.ENOTFOUND:
			e.Logger.WarnContext(ctx, "routing failed; the conversation stays queued", slog.String("conversation", conv.ID), slog.Any("err", err))
		}
	}
	if len(routed) > 0 {
		if err := e.Store.AppendEvents(ctx, routed...); err != nil {
			e.Logger.WarnContext(ctx, "routing events not logged", slog.String("conversation", conv.ID), slog.Any("err", err))
		}
		events = append(events, routed...)
	}
	// Under the conversation's lock (PostMessage, AnswerMessage), whose
	// unlock puts them in order.
	for _, ev := range events {
		kefu.PublishLocked(ctx, e.Events, ev)
	}
}

// observe tells the engine's Observer what the customer's message was
// understood as, after the commit (timed with after_commit): best
// effort, so that learning a profile never fails or undoes a turn.
func (tn *turn) observe(ctx context.Context) {
	e := tn.e
	if e.Observer == nil || tn.conv.CustomerID == "" {
		return
	}
	if err := e.Observer.ObserveTurn(ctx, tn.t.ID, tn.conv.CustomerID, tn.msg, tn.und); err != nil {
		e.Logger.WarnContext(ctx, "customer profile not updated", slog.String("conversation", tn.conv.ID), slog.Any("err", err))
	}
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

// upset reports whether the customer wrote in anger or distress, as
// strongly as the policy needs to corroborate a complaint.
func upset(e kefu.Emotion) bool {
	return (e.Label == kefu.EmotionAnger || e.Label == kefu.EmotionSadness) && e.Intensity >= CorroborationEmotion
}
