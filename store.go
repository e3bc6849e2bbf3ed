package kefu

import "context"

// Store is everything kefu keeps. The sqlite and postgres adapters
// implement it and pass the same contract suite (storetest).
//
// Every write checks its input with the Validate method of the noun (or
// update) it writes and, when that fails, returns its EINVALID error and
// stores nothing; reads check their filter the same way.
type Store interface {
	TenantService
	CustomerService
	ConversationService
	MessageService
	OrderService
	ProductService
	ArticleService
	AgentService
	NoteService
	TelemetryService
	BatchService
	CustodyService
	PromotionService
	CannedReplyService
	CompensationService
	AttachmentService
	ProactiveService
	ReviewService
	CustomerProfileService
	BehaviourEventService
	ProductProfileService
	ArticleFlagService
	FeedService
	FeedbackService
	ModelService
	AnalyticsService
	// EventLog is the durable event log; AppendEvents on the Store given
	// to InTx commits the events with the transaction.
	EventLog

	// InTx runs fn with a Store whose writes all commit together, or none
	// do if fn returns an error. Used by imports so that a file is never
	// half-imported. Nested InTx calls join the outer transaction.
	InTx(ctx context.Context, fn func(tx Store) error) error
	// Close releases the store's resources.
	Close() error
}

// MessageLogger is a Store that can store a message and append its
// EventMessageCreated event (At: the message's CreatedAt) to the event
// log together: both or neither, on PostgreSQL (postgres.DB) in one
// statement, one round trip and one commit instead of two. A turn the bot
// stays silent in (an agent has the conversation) then commits once, an
// agent's reply is one statement, and webhooks get a customer's message
// as soon as it is stored rather than with the turn's outcome. It is
// CreateMessage otherwise: same errors, and on ECONFLICT or ENOTFOUND
// nothing is stored or logged.
type MessageLogger interface {
	CreateMessageLogged(ctx context.Context, m *Message) error
}
