package kefu

import (
	"context"
	"encoding/json"
	"strings"
	"time"
	"unicode/utf8"
)

// Feedback kinds (docs/learning.md). Relabel, answer and article kinds
// are corrections, which an administrator accepts or rejects; thumbs are
// customers' ratings of one bot reply and have no status.
const (
	// FeedbackRelabel: an agent says what a customer message meant
	// (Intent, and optionally Entities and Emotion).
	FeedbackRelabel = "relabel"
	// FeedbackAnswerFixed: an agent gives a better answer (Answer) to the
	// customer message or bot reply MessageID.
	FeedbackAnswerFixed = "answer_fixed"
	// FeedbackAnswerFlagged: an agent flags a bot reply as wrong.
	FeedbackAnswerFlagged = "answer_flagged"
	// FeedbackArticleWrong and FeedbackArticleOutdated: an agent says the
	// article ArticleID is wrong or out of date.
	FeedbackArticleWrong    = "article_wrong"
	FeedbackArticleOutdated = "article_outdated"
	// FeedbackThumbsUp and FeedbackThumbsDown: a customer rates the bot
	// reply MessageID, with an optional Reason.
	FeedbackThumbsUp   = "thumbs_up"
	FeedbackThumbsDown = "thumbs_down"
)

// FeedbackKinds lists the feedback kinds, corrections first.
var FeedbackKinds = []string{FeedbackRelabel, FeedbackAnswerFixed, FeedbackAnswerFlagged,
	FeedbackArticleWrong, FeedbackArticleOutdated, FeedbackThumbsUp, FeedbackThumbsDown}

// Statuses of a correction. A correction is proposed when written; only
// accepted relabels become training rows.
const (
	FeedbackProposed = "proposed"
	FeedbackAccepted = "accepted"
	FeedbackRejected = "rejected"
)

// Feedback limits, in bytes.
const (
	MaxFeedbackReasonLen = 1000
	MaxFeedbackAnswerLen = MaxMessageBytes
	MaxFeedbackEntities  = 20
)

// IsCorrection reports whether kind is a correction (it has a status),
// not a customer's rating.
func IsCorrection(kind string) bool {
	return kind != FeedbackThumbsUp && kind != FeedbackThumbsDown && validFeedbackKind(kind)
}

func validFeedbackKind(kind string) bool {
	for _, k := range FeedbackKinds {
		if k == kind {
			return true
		}
	}
	return false
}

// Feedback is one person's word on what kefu understood or answered, in
// one shop. Who gave it is AgentID (an agent, for corrections) or
// CustomerID (the conversation's customer, for thumbs).
type Feedback struct {
	ID       int64  `json:"id"`
	TenantID string `json:"tenant_id"`
	Kind     string `json:"kind"`
	// Status is FeedbackProposed, FeedbackAccepted or FeedbackRejected for
	// corrections and empty for thumbs. A new correction with an empty
	// status is proposed.
	Status         string `json:"status,omitempty"`
	AgentID        string `json:"agent_id,omitempty"`
	CustomerID     string `json:"customer_id,omitempty"`
	ConversationID string `json:"conversation_id,omitempty"`
	// MessageID is the message the feedback is about: the customer
	// message a relabel corrects, the bot reply thumbs rate or an answer
	// correction fixes.
	MessageID int64 `json:"message_id,omitempty"`
	// Text is the message's text when the feedback was given (a relabel's
	// training text: kept, so a retrain needs no join and a deleted
	// conversation leaves its correction whole); Language is its language.
	Text     string `json:"text,omitempty"`
	Language string `json:"language,omitempty"`
	// Intent is the intent a relabel says the message has; PreviousIntent
	// is what kefu understood.
	Intent         string `json:"intent,omitempty"`
	PreviousIntent string `json:"previous_intent,omitempty"`
	// Entities are a relabel's entities, type to value ("order": "FF-1").
	Entities map[string]string `json:"entities,omitempty"`
	// Emotion is a relabel's emotion label (kefu.Emotion.Label), if any.
	Emotion string `json:"emotion,omitempty"`
	// Answer is an agent's better answer (FeedbackAnswerFixed).
	Answer string `json:"answer,omitempty"`
	// ArticleID is the article an article kind (or a thumbs-down on an
	// article's answer) is about.
	ArticleID string `json:"article_id,omitempty"`
	// Reason is the free text of whoever gave the feedback.
	Reason string `json:"reason,omitempty"`
	// ReviewedBy names the administrator who last accepted or rejected a
	// correction, at ReviewedAt.
	ReviewedBy string    `json:"reviewed_by,omitempty"`
	ReviewedAt time.Time `json:"reviewed_at,omitzero"`
	CreatedAt  time.Time `json:"created_at"`
}

// Validate checks what a store needs of feedback; EINVALID naming the
// field otherwise: a known kind; an emotion, if any, among the emotion
// labels; an agent for corrections, a conversation
// and message for thumbs and relabels; an intent and text for relabels,
// an answer for fixed answers, an article for article kinds; a status
// only on corrections; lengths within the limits and valid UTF-8.
func (f *Feedback) Validate() error {
	if err := requireTenant(f.TenantID); err != nil {
		return err
	}
	if !validFeedbackKind(f.Kind) {
		return Invalidf("kind", "kind %q is not one of %s", f.Kind, strings.Join(FeedbackKinds, ", "))
	}
	corr := IsCorrection(f.Kind)
	switch {
	case corr && f.Status != "" && f.Status != FeedbackProposed && f.Status != FeedbackAccepted && f.Status != FeedbackRejected:
		return Invalidf("status", "status %q is not proposed, accepted or rejected", f.Status)
	case !corr && f.Status != "":
		return Invalidf("status", "%s feedback has no status", f.Kind)
	case corr && f.AgentID == "":
		return Invalidf("agent_id", "agent_id is required: who gave the correction")
	case !corr && f.AgentID == "" && f.CustomerID == "" && f.ConversationID == "":
		return Invalidf("customer_id", "customer_id or conversation_id is required: who rated")
	case (f.Kind == FeedbackRelabel || !corr) && (f.ConversationID == "" || f.MessageID <= 0):
		return Invalidf("message_id", "%s feedback needs the conversation and the message", f.Kind)
	case (f.Kind == FeedbackAnswerFixed || f.Kind == FeedbackAnswerFlagged) && f.MessageID <= 0:
		return Invalidf("message_id", "%s feedback needs the message", f.Kind)
	case f.Kind == FeedbackRelabel && f.Intent == "":
		return Invalidf("intent", "intent is required: what the message meant")
	case f.Kind == FeedbackRelabel && strings.TrimSpace(f.Text) == "":
		return Invalidf("text", "text is required: the message relabelled")
	case f.Kind == FeedbackAnswerFixed && strings.TrimSpace(f.Answer) == "":
		return Invalidf("answer", "answer is required: the better answer")
	case (f.Kind == FeedbackArticleWrong || f.Kind == FeedbackArticleOutdated) && f.ArticleID == "":
		return Invalidf("article_id", "article_id is required")
	case f.Emotion != "" && f.Emotion != EmotionNeutral && f.Emotion != EmotionAnger && f.Emotion != EmotionAnxiety &&
		f.Emotion != EmotionSatisfaction && f.Emotion != EmotionSadness:
		return Invalidf("emotion", "emotion %q is not neutral, anger, anxiety, satisfaction or sadness", f.Emotion)
	case len(f.Entities) > MaxFeedbackEntities:
		return Invalidf("entities", "more than %d entities", MaxFeedbackEntities)
	}
	for _, s := range []struct {
		name, v string
		max     int
	}{
		{"text", f.Text, MaxMessageBytes}, {"answer", f.Answer, MaxFeedbackAnswerLen},
		{"reason", f.Reason, MaxFeedbackReasonLen}, {"intent", f.Intent, 100},
		{"previous_intent", f.PreviousIntent, 100}, {"emotion", f.Emotion, 50},
		{"article_id", f.ArticleID, MaxExternalIDLen}, {"agent_id", f.AgentID, MaxExternalIDLen},
		{"customer_id", f.CustomerID, MaxExternalIDLen}, {"language", f.Language, 35},
	} {
		switch {
		case len(s.v) > s.max:
			return Invalidf(s.name, "%s is %d bytes, over %d", s.name, len(s.v), s.max)
		case !utf8.ValidString(s.v):
			return Invalidf(s.name, "%s is not valid UTF-8", s.name)
		}
	}
	for k, v := range f.Entities {
		if k == "" || len(k) > 50 || len(v) > 500 || !utf8.ValidString(k) || !utf8.ValidString(v) {
			return Invalidf("entities", "entity %q: a type of 1-50 bytes and a value of at most 500", k)
		}
	}
	return nil
}

// FeedbackFilter selects one tenant's feedback, newest first.
type FeedbackFilter struct {
	TenantID string
	Kind     string // empty: every kind
	Status   string // empty: every status
	// ConversationID and MessageID, when set, keep the feedback on that
	// conversation or message.
	ConversationID string
	MessageID      int64
	// Before is a paging cursor: only IDs below it; 0 means none.
	Before int64
	Limit  int // 0 means 100
}

// Validate checks the filter; EINVALID without a tenant or with an
// unknown kind or status.
func (f FeedbackFilter) Validate() error {
	if err := requireTenant(f.TenantID); err != nil {
		return err
	}
	if f.Kind != "" && !validFeedbackKind(f.Kind) {
		return Invalidf("kind", "kind %q is not one of %s", f.Kind, strings.Join(FeedbackKinds, ", "))
	}
	switch f.Status {
	case "", FeedbackProposed, FeedbackAccepted, FeedbackRejected:
	default:
		return Invalidf("status", "status %q is not proposed, accepted or rejected", f.Status)
	}
	return nil
}

// FeedbackService stores feedback and the review of corrections.
type FeedbackService interface {
	// CreateFeedback stores f and sets its ID, CreatedAt (when zero) and,
	// for a correction without one, Status (proposed). Thumbs replace the
	// same conversation's earlier thumbs on the same message (a customer
	// who changes their mind). EINVALID as Feedback.Validate.
	CreateFeedback(ctx context.Context, f *Feedback) error
	// FindFeedbackByID returns one piece of feedback; ENOTFOUND if the
	// tenant has none with that ID.
	FindFeedbackByID(ctx context.Context, tenantID string, id int64) (*Feedback, error)
	// FindFeedback returns the feedback the filter selects, newest first.
	FindFeedback(ctx context.Context, f FeedbackFilter) ([]*Feedback, error)
	// ReviewFeedback sets a correction's status to accepted or rejected,
	// by reviewer, now, and returns it; a correction may be reviewed again
	// (an accept undone). EINVALID for another status or an empty
	// reviewer; ENOTFOUND; ECONFLICT for thumbs, which have no status.
	ReviewFeedback(ctx context.Context, tenantID string, id int64, status, reviewer string) (*Feedback, error)
	// FindCorrectionRevisions returns, by shop, the revision of its
	// accepted relabels: a number that goes up whenever a relabel is
	// stored accepted or any relabel is reviewed (so an accept withdrawn
	// too), in the same transaction. A node that polls it knows whose
	// corrections to load again (docs/learning.md). Shops that never had
	// an accepted relabel are absent.
	FindCorrectionRevisions(ctx context.Context) (map[string]int64, error)
}

// GlobalModel is the TenantID of the model versions every shop without
// its own serving version uses.
const GlobalModel = ""

// ModelVersion is one intent model in the registry: trained once, kept
// whole (Model holds the file) so every node can load it, and served for
// its tenant (or, for GlobalModel, every shop without its own) while
// Serving.
type ModelVersion struct {
	// TenantID is the shop the model is for; GlobalModel for all.
	TenantID string `json:"tenant_id"`
	// Version names the model, unique per tenant; it is the model file's
	// own version (intent.Options.Version), so traces name it.
	Version string `json:"version"`
	// DataHash is a hash of the training rows (corpus and corrections).
	DataHash string `json:"data_hash"`
	// Metrics are the shadow evaluation's numbers, as JSON.
	Metrics json.RawMessage `json:"metrics,omitempty"`
	// Path is where the file was written when it was trained (the data
	// directory of the node that trained it); informational.
	Path string `json:"path,omitempty"`
	// Model is the model file; FindModelVersions leaves it empty
	// (FindModelFile reads it).
	Model     []byte    `json:"-"`
	Size      int64     `json:"size"`
	CreatedBy string    `json:"created_by"`
	CreatedAt time.Time `json:"created_at"`
	// Serving marks the tenant's version in service; at most one is.
	Serving    bool      `json:"serving"`
	PromotedBy string    `json:"promoted_by,omitempty"`
	PromotedAt time.Time `json:"promoted_at,omitzero"`
	// RetiredAt is when a rollback took the version out of service; a
	// retired version is not rolled back to (promote brings it back).
	RetiredAt time.Time `json:"retired_at,omitzero"`
}

// Validate checks what a store needs of a model version; EINVALID naming
// the field without a version or model file, or with a version that is not
// 1-100 bytes of letters, digits, '.', '-' and '_'.
func (m *ModelVersion) Validate() error {
	if len(m.TenantID) > MaxExternalIDLen {
		return Invalidf("tenant_id", "tenant_id is longer than %d bytes", MaxExternalIDLen)
	}
	if err := checkModelVersionName(m.Version); err != nil {
		return err
	}
	switch {
	case len(m.Model) == 0:
		return Invalidf("model", "model file is required")
	case m.CreatedBy == "":
		return Invalidf("created_by", "created_by is required")
	case len(m.Metrics) > 0 && !json.Valid(m.Metrics):
		return Invalidf("metrics", "metrics is not JSON")
	case len(m.DataHash) > 128 || len(m.Path) > 4096:
		return Invalidf("data_hash", "data_hash or path too long")
	}
	return nil
}

func checkModelVersionName(v string) error {
	if v == "" || len(v) > 100 {
		return Invalidf("version", "version must be 1-100 bytes")
	}
	for _, r := range v {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '-' || r == '_') {
			return Invalidf("version", "version %q may hold only letters, digits, '.', '-' and '_'", v)
		}
	}
	return nil
}

// ModelService is the model registry (docs/learning.md).
type ModelService interface {
	// CreateModelVersion stores m, not serving, and sets its CreatedAt
	// (when zero) and Size. EINVALID as ModelVersion.Validate; ECONFLICT
	// if the tenant has the version already.
	CreateModelVersion(ctx context.Context, m *ModelVersion) error
	// FindModelVersions returns the tenant's versions (GlobalModel: the
	// global ones), newest first, without their files.
	FindModelVersions(ctx context.Context, tenantID string) ([]*ModelVersion, error)
	// FindServingModels returns every tenant's serving version, without
	// files: what a node polls to pick up promotions.
	FindServingModels(ctx context.Context) ([]*ModelVersion, error)
	// FindModelFile returns a version's model file; ENOTFOUND.
	FindModelFile(ctx context.Context, tenantID, version string) ([]byte, error)
	// PromoteModelVersion puts the version in service for its tenant, by
	// by, now, taking the previous one out, and clears its RetiredAt.
	// ENOTFOUND; EINVALID without by.
	PromoteModelVersion(ctx context.Context, tenantID, version, by string) (*ModelVersion, error)
	// RollbackModel retires the tenant's serving version and serves again
	// the one promoted before it (the latest promoted, unretired other
	// version), which it returns. ENOTFOUND if nothing serves; ECONFLICT
	// (changing nothing) if no earlier version is left to serve.
	RollbackModel(ctx context.Context, tenantID, by string) (*ModelVersion, error)
}
