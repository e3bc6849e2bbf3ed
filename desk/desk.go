package desk

import (
	"context"
	"log/slog"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/keylock"
	"github.com/kefu-ai/kefu/knowledge"
	"github.com/kefu-ai/kefu/strategy"
	"github.com/kefu-ai/kefu/translate"
)

// Router gives a queued conversation to an available agent (package
// routing implements it). ENOTFOUND means nobody fitting is free.
type Router interface {
	Route(ctx context.Context, t *kefu.Tenant, conv *kefu.Conversation) (*kefu.Agent, *kefu.Conversation, error)
}

// Desk performs agents' operations. Set the exported fields, then call
// Init; it is safe for concurrent use. Every method acts for an agent
// loaded by the caller (the console's session) and never leaves that
// agent's tenant.
type Desk struct {
	Store    kefu.Store
	Events   kefu.EventService
	Composer kefu.Composer
	// Translator translates agents' replies into the customer's language
	// and customer messages into the agent's (a translate.Chain, whose
	// cache serves repeated views). Nil means no machine translation: the
	// original text is sent and shown with a notice.
	Translator translate.Translator
	// Router re-routes queued conversations when an agent comes online or
	// frees a slot. Nil disables re-routing.
	Router Router
	// Locker is the per-conversation lock shared with the dialog engine
	// (kefu.Locker, keyed by conversation ID), so that desk operations and
	// customer turns of one conversation never interleave. Nil means a
	// lock of the Desk's own, which serialises desk operations but not
	// customer turns.
	Locker kefu.Locker
	// Knowledge finds articles for the assist panel; nil means none.
	Knowledge *knowledge.Service
	// Understander reads the emotion and intent of the last customer
	// message for the assist panel; nil means none.
	Understander kefu.Understander
	// Skills produce reply drafts for the assist panel: the skills the
	// bot runs, in the same order.
	Skills []kefu.Skill
	// Strategies are the strategies the bot knows (the dialog engine's);
	// the assist panel suggests the shop's that apply. Nil means
	// strategy.Default.
	Strategies []kefu.Strategy
	Logger     *slog.Logger
	Now        kefu.Clock

	own keylock.Map
}

// Init checks the wiring and fills in defaults.
func (d *Desk) Init() error {
	if d.Store == nil || d.Events == nil || d.Composer == nil {
		return kefu.Errorf(kefu.EINTERNAL, "desk: Desk needs Store, Events and Composer")
	}
	if d.Logger == nil {
		d.Logger = slog.Default()
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.Strategies == nil {
		d.Strategies = strategy.Default(d.Store, d.Now)
	}
	return nil
}

// lock locks one conversation against turns and other desk operations.
// Its unlock first waits until the events published meanwhile (publish)
// are in order, so that those of the next holder, on whatever node, reach
// subscribers after them.
func (d *Desk) lock(ctx context.Context, id string) (unlock func(), err error) {
	u, err := d.locker().Lock(ctx, id)
	if err != nil {
		return nil, err
	}
	return d.sequenced(ctx, u), nil
}

// lockRead locks one conversation as lock does and reads it as it is
// under the lock (kefu.LockAndRead: one round trip on a
// kefu.ConversationLocker).
func (d *Desk) lockRead(ctx context.Context, tenantID, id string) (unlock func(), conv *kefu.Conversation, err error) {
	u, conv, err := kefu.LockAndRead(ctx, d.locker(), d.Store, tenantID, id)
	if err != nil {
		return nil, nil, err
	}
	return d.sequenced(ctx, u), conv, nil
}

// locker is the Locker, else the desk's own per-process one.
func (d *Desk) locker() kefu.Locker {
	if d.Locker != nil {
		return d.Locker
	}
	return ownLocker{&d.own}
}

// sequenced returns unlock that first puts the events published under
// the lock in order (kefu.SequencePublished).
func (d *Desk) sequenced(ctx context.Context, unlock func()) func() {
	return func() {
		kefu.SequencePublished(ctx, d.Events)
		unlock()
	}
}

// ownLocker is a kefu.Locker over the desk's keylock.Map.
type ownLocker struct{ m *keylock.Map }

// Lock implements kefu.Locker.
func (l ownLocker) Lock(ctx context.Context, key string) (func(), error) {
	return l.m.LockContext(ctx, key)
}

// AgentLanguage is the language an agent reads and writes in the console:
// the first of the agent's languages, else the shop's working language,
// else English.
func AgentLanguage(a *kefu.Agent, t *kefu.Tenant) string {
	if len(a.Languages) > 0 && a.Languages[0] != "" {
		return a.Languages[0]
	}
	if t != nil && t.Settings.DefaultLanguage != "" {
		return t.Settings.DefaultLanguage
	}
	return "en"
}

// customerLanguage is the language the customer is answered in.
func customerLanguage(c *kefu.Conversation, t *kefu.Tenant) string {
	if c.Language != "" {
		return c.Language
	}
	if t.Settings.DefaultLanguage != "" {
		return t.Settings.DefaultLanguage
	}
	return "en"
}

// checkAgent rejects a missing or incomplete acting agent.
func checkAgent(a *kefu.Agent) error {
	if a == nil || a.ID == "" || a.TenantID == "" {
		return kefu.Errorf(kefu.EUNAUTHORIZED, "no agent")
	}
	return nil
}

// checkText validates an agent's reply or note: not blank, valid UTF-8,
// at most max bytes, no control characters but newlines and tabs.
func checkText(field, s string, max int) error {
	if !utf8.ValidString(s) {
		return kefu.Errorf(kefu.EINVALID, "%s is not valid UTF-8", field)
	}
	if strings.TrimSpace(s) == "" {
		return kefu.Errorf(kefu.EINVALID, "%s is empty", field)
	}
	if len(s) > max {
		return kefu.Errorf(kefu.ETOOLARGE, "%s is %d bytes; the limit is %d", field, len(s), max)
	}
	if strings.IndexFunc(s, func(r rune) bool { return unicode.IsControl(r) && r != '\n' && r != '\r' && r != '\t' }) >= 0 {
		return kefu.Errorf(kefu.EINVALID, "%s must not contain control characters", field)
	}
	return nil
}

// validID reports whether s can be an entity ID; anything else cannot
// exist and is ENOTFOUND without a store read.
func validID(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	return strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_')
	}) < 0
}

func notFound() error { return kefu.Errorf(kefu.ENOTFOUND, "conversation not found") }
