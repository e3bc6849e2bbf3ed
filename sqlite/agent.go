package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"github.com/kefu-ai/kefu"
)

// Interface guard.
var _ kefu.AgentService = (*DB)(nil)

const (
	agentCols = `id, tenant_id, email, name, password_hash, role, languages, skills, presence, max_chats, created_at, disabled`

	qCreateAgent      = `INSERT INTO agents (` + agentCols + `) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	qFindAgentByID    = `SELECT ` + agentCols + ` FROM agents WHERE id = ? AND tenant_id = ?`
	qFindAgentByEmail = `SELECT ` + agentCols + ` FROM agents WHERE email = ? AND tenant_id = ?`
	// nil arguments keep the column.
	qUpdateAgent = `UPDATE agents SET
		name = coalesce(?, name),
		role = coalesce(?, role),
		presence = coalesce(?, presence),
		max_chats = coalesce(?, max_chats),
		password_hash = coalesce(?, password_hash),
		languages = coalesce(?, languages),
		skills = coalesce(?, skills),
		disabled = coalesce(?, disabled)
		WHERE id = ? AND tenant_id = ?
		RETURNING ` + agentCols

	// qAgentLoad returns an agent's MaxChats and load; no row if the agent
	// does not exist in the tenant. The literal status lets SQLite use
	// the partial index conversations_agent.
	qAgentLoad = `SELECT max_chats, (SELECT count(*) FROM conversations c
		WHERE c.tenant_id = a.tenant_id AND c.agent_id = a.id AND c.status = 'agent')
		FROM agents a WHERE a.id = ? AND a.tenant_id = ?`
	qConversationState = `SELECT status, agent_id FROM conversations WHERE id = ? AND tenant_id = ?`
	// The conditional updates change nothing (no row) when the
	// conversation is not in the state the transition starts from.
	qAssignConversation = `UPDATE conversations SET status = 'agent', agent_id = ?, updated_at = ?
		WHERE id = ? AND tenant_id = ? AND status IN ('queued', 'bot') AND agent_id = ''
		RETURNING ` + conversationCols
	qReleaseConversation = `UPDATE conversations SET status = 'bot', agent_id = '', updated_at = ?
		WHERE id = ? AND tenant_id = ? AND status = 'agent' AND agent_id = ?
		RETURNING ` + conversationCols
	qTransferConversation = `UPDATE conversations SET agent_id = ?, updated_at = ?
		WHERE id = ? AND tenant_id = ? AND status = 'agent' AND agent_id = ?
		RETURNING ` + conversationCols
)

// CreateAgent stores a; see kefu.AgentService.
func (db *DB) CreateAgent(ctx context.Context, a *kefu.Agent) error {
	const op = "sqlite.CreateAgent"
	p, err := a.WithDefaults()
	if err != nil {
		return kefu.E(op, err)
	}
	langs, err := jsonList(p.Languages)
	if err != nil {
		return kefu.E(op, err)
	}
	skills, err := jsonList(p.Skills)
	if err != nil {
		return kefu.E(op, err)
	}
	id := a.ID
	if id == "" {
		id = kefu.NewID("ag")
	}
	created := db.stamp(a.CreatedAt)
	err = db.write(ctx, func(ctx context.Context, tx *DB) error {
		_, err := tx.exec(ctx, qCreateAgent, id, p.TenantID, p.Email, p.Name, p.PasswordHash, string(p.Role),
			langs, skills, string(p.Presence), p.MaxChats, nanos(created), p.Disabled)
		return err
	})
	if err != nil {
		return fail(op, err, "agent", "tenant")
	}
	p.ID, p.CreatedAt = id, created
	*a = p
	return nil
}

// FindAgentByID returns ENOTFOUND if the agent does not exist in the tenant.
func (db *DB) FindAgentByID(ctx context.Context, tenantID, id string) (*kefu.Agent, error) {
	const op = "sqlite.FindAgentByID"
	a, err := scanAgent(func(dest ...any) error { return db.row(ctx, qFindAgentByID, []any{id, tenantID}, dest...) })
	if err != nil {
		return nil, fail(op, err, "agent", "")
	}
	return a, nil
}

// FindAgentByEmail returns the tenant's agent with that email (compared
// after kefu.NormalizeEmail); ENOTFOUND if there is none.
func (db *DB) FindAgentByEmail(ctx context.Context, tenantID, email string) (*kefu.Agent, error) {
	const op = "sqlite.FindAgentByEmail"
	a, err := scanAgent(func(dest ...any) error {
		return db.row(ctx, qFindAgentByEmail, []any{kefu.NormalizeEmail(email), tenantID}, dest...)
	})
	if err != nil {
		return nil, fail(op, err, "agent", "")
	}
	return a, nil
}

// FindAgents returns the agents matching f ordered by email. Language and
// Skill match list elements exactly.
func (db *DB) FindAgents(ctx context.Context, f kefu.AgentFilter) ([]*kefu.Agent, error) {
	const op = "sqlite.FindAgents"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	var q strings.Builder
	q.WriteString(`SELECT ` + agentCols + ` FROM agents WHERE tenant_id = ?`)
	args := []any{f.TenantID}
	if f.Role != "" {
		q.WriteString(` AND role = ?`)
		args = append(args, string(f.Role))
	}
	if f.Presence != "" {
		q.WriteString(` AND presence = ?`)
		args = append(args, string(f.Presence))
	}
	if f.Language != "" {
		q.WriteString(` AND EXISTS (SELECT 1 FROM json_each(agents.languages) WHERE value = ?)`)
		args = append(args, f.Language)
	}
	if f.Skill != "" {
		q.WriteString(` AND EXISTS (SELECT 1 FROM json_each(agents.skills) WHERE value = ?)`)
		args = append(args, f.Skill)
	}
	q.WriteString(` ORDER BY email LIMIT ?`)
	args = append(args, limit(f.Limit, 100))
	var as []*kefu.Agent
	err := db.rows(ctx, q.String(), args, func(rs *sql.Rows) error {
		a, err := scanAgent(rs.Scan)
		as = append(as, a)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "agent", "")
	}
	return as, nil
}

// UpdateAgent applies upd and returns the updated agent; see
// kefu.AgentService.
func (db *DB) UpdateAgent(ctx context.Context, tenantID, id string, upd kefu.AgentUpdate) (*kefu.Agent, error) {
	const op = "sqlite.UpdateAgent"
	if err := upd.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	var role, presence, langs, skills any
	if upd.Role != nil {
		role = string(*upd.Role)
	}
	if upd.Presence != nil {
		presence = string(*upd.Presence)
	}
	if upd.Languages != nil {
		s, err := jsonList(upd.Languages)
		if err != nil {
			return nil, kefu.E(op, err)
		}
		langs = s
	}
	if upd.Skills != nil {
		s, err := jsonList(upd.Skills)
		if err != nil {
			return nil, kefu.E(op, err)
		}
		skills = s
	}
	args := []any{ptr(upd.Name), role, presence, ptr(upd.MaxChats), ptr(upd.PasswordHash), langs, skills, ptr(upd.Disabled), id, tenantID}
	var a *kefu.Agent
	err := db.write(ctx, func(ctx context.Context, tx *DB) (err error) {
		a, err = scanAgent(func(dest ...any) error { return tx.row(ctx, qUpdateAgent, args, dest...) })
		return err
	})
	if err != nil {
		return nil, fail(op, err, "agent", "")
	}
	return a, nil
}

// AssignConversation gives the conversation to the agent; see
// kefu.AgentService. It runs on the single writer, in one transaction:
// no other write, from this process or another (BEGIN IMMEDIATE), runs
// between reading the agent's load and taking the conversation.
func (db *DB) AssignConversation(ctx context.Context, tenantID, conversationID, agentID string) (*kefu.Conversation, error) {
	const op = "sqlite.AssignConversation"
	if agentID == "" {
		return nil, invalid(op, "agent id required")
	}
	now := nanos(db.now())
	var c *kefu.Conversation
	err := db.writeMany(ctx, func(ctx context.Context, tx *DB) error {
		if err := tx.checkRoom(ctx, tenantID, conversationID, agentID); err != nil {
			return err
		}
		var err error
		c, err = scanConversation(func(dest ...any) error {
			return tx.row(ctx, qAssignConversation, []any{agentID, now, conversationID, tenantID}, dest...)
		})
		if errors.Is(err, sql.ErrNoRows) {
			return tx.conversationConflict(ctx, tenantID, conversationID, "conversation already taken")
		}
		return err
	})
	if err != nil {
		return nil, fail(op, err, "conversation", "")
	}
	return c, nil
}

// ReleaseConversation hands the conversation back to the bot; see
// kefu.AgentService.
func (db *DB) ReleaseConversation(ctx context.Context, tenantID, conversationID, agentID string) (*kefu.Conversation, error) {
	const op = "sqlite.ReleaseConversation"
	if agentID == "" {
		return nil, invalid(op, "agent id required")
	}
	now := nanos(db.now())
	var c *kefu.Conversation
	err := db.writeMany(ctx, func(ctx context.Context, tx *DB) error {
		var err error
		c, err = scanConversation(func(dest ...any) error {
			return tx.row(ctx, qReleaseConversation, []any{now, conversationID, tenantID, agentID}, dest...)
		})
		if errors.Is(err, sql.ErrNoRows) {
			return tx.conversationConflict(ctx, tenantID, conversationID, "conversation is not held by this agent")
		}
		return err
	})
	if err != nil {
		return nil, fail(op, err, "conversation", "")
	}
	return c, nil
}

// TransferConversation moves the conversation from one agent to another;
// see kefu.AgentService. Like AssignConversation it runs in one
// transaction on the single writer.
func (db *DB) TransferConversation(ctx context.Context, tenantID, conversationID, fromAgent, toAgent string) (*kefu.Conversation, error) {
	const op = "sqlite.TransferConversation"
	switch {
	case fromAgent == "" || toAgent == "":
		return nil, invalid(op, "agent ids required")
	case fromAgent == toAgent:
		return nil, invalid(op, "cannot transfer a conversation to the agent who holds it")
	}
	now := nanos(db.now())
	var c *kefu.Conversation
	err := db.writeMany(ctx, func(ctx context.Context, tx *DB) error {
		if err := tx.checkRoom(ctx, tenantID, conversationID, toAgent); err != nil {
			return err
		}
		var err error
		c, err = scanConversation(func(dest ...any) error {
			return tx.row(ctx, qTransferConversation, []any{toAgent, now, conversationID, tenantID, fromAgent}, dest...)
		})
		if errors.Is(err, sql.ErrNoRows) {
			return tx.conversationConflict(ctx, tenantID, conversationID, "conversation is not held by this agent")
		}
		return err
	})
	if err != nil {
		return nil, fail(op, err, "conversation", "")
	}
	return c, nil
}

// CountAgentConversations returns the agent's load; ENOTFOUND if the
// agent does not exist in the tenant.
func (db *DB) CountAgentConversations(ctx context.Context, tenantID, agentID string) (int, error) {
	const op = "sqlite.CountAgentConversations"
	var maxChats, n int
	if err := db.row(ctx, qAgentLoad, []any{agentID, tenantID}, &maxChats, &n); err != nil {
		return 0, fail(op, err, "agent", "")
	}
	return n, nil
}

// checkRoom returns nil if the agent exists and holds fewer conversations
// than MaxChats; else ENOTFOUND (no such agent, or no such conversation)
// or ECONFLICT (the agent is full). db is in the writer's transaction.
func (db *DB) checkRoom(ctx context.Context, tenantID, conversationID, agentID string) error {
	var maxChats, n int
	err := db.row(ctx, qAgentLoad, []any{agentID, tenantID}, &maxChats, &n)
	if errors.Is(err, sql.ErrNoRows) {
		return kefu.Errorf(kefu.ENOTFOUND, "agent not found")
	}
	if err != nil {
		return err
	}
	if n >= maxChats {
		return db.conversationConflict(ctx, tenantID, conversationID, "agent has reached their chat limit")
	}
	return nil
}

// conversationConflict explains why a conditional update of the
// conversation changed nothing: ENOTFOUND if it does not exist in the
// tenant, ECONFLICT "conversation is closed", or ECONFLICT with msg.
func (db *DB) conversationConflict(ctx context.Context, tenantID, id, msg string) error {
	var status, agentID string
	err := db.row(ctx, qConversationState, []any{id, tenantID}, &status, &agentID)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return kefu.Errorf(kefu.ENOTFOUND, "conversation not found")
	case err != nil:
		return err
	case status == string(kefu.StatusClosed):
		return kefu.Errorf(kefu.ECONFLICT, "conversation is closed")
	}
	return kefu.Errorf(kefu.ECONFLICT, "%s", msg)
}

// jsonList encodes a list for a TEXT column; nil becomes [] so that
// json_each always sees an array.
func jsonList(l []string) (string, error) {
	if l == nil {
		l = []string{}
	}
	return jsonText(l)
}

func scanAgent(scan func(...any) error) (*kefu.Agent, error) {
	var (
		a                             kefu.Agent
		role, presence, langs, skills string
		created                       int64
	)
	err := scan(&a.ID, &a.TenantID, &a.Email, &a.Name, &a.PasswordHash, &role, &langs, &skills, &presence,
		&a.MaxChats, &created, &a.Disabled)
	if err != nil {
		return nil, err
	}
	a.Role, a.Presence, a.CreatedAt = kefu.AgentRole(role), kefu.Presence(presence), fromNanos(created)
	if err := unjson(langs, &a.Languages); err != nil {
		return nil, err
	}
	if err := unjson(skills, &a.Skills); err != nil {
		return nil, err
	}
	return &a, nil
}
