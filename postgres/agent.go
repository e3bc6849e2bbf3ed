package postgres

import (
	"context"
	"errors"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/kefu-ai/kefu"
)

// Interface guard.
var _ kefu.AgentService = (*DB)(nil)

const (
	agentCols = `id, tenant_id, email, name, password_hash, role, languages, skills, presence, max_chats, created_at, disabled`

	qCreateAgent = `INSERT INTO agents (` + agentCols + `)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`
	qFindAgentByID    = `SELECT ` + agentCols + ` FROM agents WHERE id = $1 AND tenant_id = $2`
	qFindAgentByEmail = `SELECT ` + agentCols + ` FROM agents WHERE email = $1 AND tenant_id = $2`
	// NULL arguments keep the column.
	qUpdateAgent = `UPDATE agents SET
		name = coalesce($1, name),
		role = coalesce($2, role),
		presence = coalesce($3, presence),
		max_chats = coalesce($4, max_chats),
		password_hash = coalesce($5, password_hash),
		languages = coalesce($6, languages),
		skills = coalesce($7, skills),
		disabled = coalesce($10, disabled)
		WHERE id = $8 AND tenant_id = $9
		RETURNING ` + agentCols

	// qLockAgent locks the agent's row until the end of the transaction:
	// every assignment to the agent takes this lock first, so their
	// load checks run one after another (see checkRoom).
	qLockAgent = `SELECT max_chats FROM agents WHERE id = $1 AND tenant_id = $2 FOR UPDATE`
	// qAgentLoad counts the conversations an agent holds. The literal
	// status lets PostgreSQL use the partial index conversations_agent.
	qAgentLoad = `SELECT count(*) FROM conversations WHERE tenant_id = $1 AND agent_id = $2 AND status = 'agent'`
	// qCountAgentConversations is qAgentLoad that returns no row when the
	// agent does not exist in the tenant.
	qCountAgentConversations = `SELECT (SELECT count(*) FROM conversations c
		WHERE c.tenant_id = a.tenant_id AND c.agent_id = a.id AND c.status = 'agent')
		FROM agents a WHERE a.id = $1 AND a.tenant_id = $2`
	qConversationState = `SELECT status, agent_id FROM conversations WHERE id = $1 AND tenant_id = $2`
	// The conditional updates change nothing (no row) when the
	// conversation is not in the state the transition starts from. When
	// two run on one conversation at once, the second waits for the
	// first's row lock and then re-checks its WHERE against the row the
	// first committed (READ COMMITTED), so it finds the conversation taken.
	qAssignConversation = `UPDATE conversations SET status = 'agent', agent_id = $1, updated_at = $2
		WHERE id = $3 AND tenant_id = $4 AND status IN ('queued', 'bot') AND agent_id = ''
		RETURNING ` + conversationCols
	qReleaseConversation = `UPDATE conversations SET status = 'bot', agent_id = '', updated_at = $1
		WHERE id = $2 AND tenant_id = $3 AND status = 'agent' AND agent_id = $4
		RETURNING ` + conversationCols
	qTransferConversation = `UPDATE conversations SET agent_id = $1, updated_at = $2
		WHERE id = $3 AND tenant_id = $4 AND status = 'agent' AND agent_id = $5
		RETURNING ` + conversationCols
)

// CreateAgent stores a; see kefu.AgentService.
func (db *DB) CreateAgent(ctx context.Context, a *kefu.Agent) error {
	const op = "postgres.CreateAgent"
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
	err = db.write(ctx, op, func(q querier) error {
		_, err := q.Exec(ctx, qCreateAgent, id, p.TenantID, p.Email, p.Name, p.PasswordHash, string(p.Role),
			langs, skills, string(p.Presence), p.MaxChats, created, p.Disabled)
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
	const op = "postgres.FindAgentByID"
	var a *kefu.Agent
	err := db.run(ctx, op, func(q querier) (err error) {
		a, err = scanAgent(q.QueryRow(ctx, qFindAgentByID, id, tenantID))
		return err
	})
	if err != nil {
		return nil, fail(op, err, "agent", "")
	}
	return a, nil
}

// FindAgentByEmail returns the tenant's agent with that email (compared
// after kefu.NormalizeEmail); ENOTFOUND if there is none.
func (db *DB) FindAgentByEmail(ctx context.Context, tenantID, email string) (*kefu.Agent, error) {
	const op = "postgres.FindAgentByEmail"
	var a *kefu.Agent
	err := db.run(ctx, op, func(q querier) (err error) {
		a, err = scanAgent(q.QueryRow(ctx, qFindAgentByEmail, kefu.NormalizeEmail(email), tenantID))
		return err
	})
	if err != nil {
		return nil, fail(op, err, "agent", "")
	}
	return a, nil
}

// FindAgents returns the agents matching f ordered by email. Language and
// Skill match list elements exactly.
func (db *DB) FindAgents(ctx context.Context, f kefu.AgentFilter) ([]*kefu.Agent, error) {
	const op = "postgres.FindAgents"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	var sb strings.Builder
	sb.WriteString(`SELECT ` + agentCols + ` FROM agents WHERE tenant_id = $1`)
	args := []any{f.TenantID}
	if f.Role != "" {
		args = append(args, string(f.Role))
		sb.WriteString(` AND role = $` + strconv.Itoa(len(args)))
	}
	if f.Presence != "" {
		args = append(args, string(f.Presence))
		sb.WriteString(` AND presence = $` + strconv.Itoa(len(args)))
	}
	if f.Language != "" {
		args = append(args, f.Language)
		sb.WriteString(` AND languages @> jsonb_build_array($` + strconv.Itoa(len(args)) + `::text)`)
	}
	if f.Skill != "" {
		args = append(args, f.Skill)
		sb.WriteString(` AND skills @> jsonb_build_array($` + strconv.Itoa(len(args)) + `::text)`)
	}
	args = append(args, limit(f.Limit, 100))
	sb.WriteString(` ORDER BY email LIMIT $` + strconv.Itoa(len(args)))
	var as []*kefu.Agent
	err := db.run(ctx, op, func(q querier) error {
		rows, err := q.Query(ctx, sb.String(), args...)
		if err != nil {
			return err
		}
		as, err = collect(rows, scanAgent)
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
	const op = "postgres.UpdateAgent"
	if err := upd.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	var role, presence *string
	if upd.Role != nil {
		s := string(*upd.Role)
		role = &s
	}
	if upd.Presence != nil {
		s := string(*upd.Presence)
		presence = &s
	}
	var langs, skills []byte // nil: NULL, keep
	if upd.Languages != nil {
		var err error
		if langs, err = jsonList(upd.Languages); err != nil {
			return nil, kefu.E(op, err)
		}
	}
	if upd.Skills != nil {
		var err error
		if skills, err = jsonList(upd.Skills); err != nil {
			return nil, kefu.E(op, err)
		}
	}
	var a *kefu.Agent
	err := db.write(ctx, op, func(q querier) (err error) {
		a, err = scanAgent(q.QueryRow(ctx, qUpdateAgent, upd.Name, role, presence, upd.MaxChats, upd.PasswordHash,
			langs, skills, id, tenantID, upd.Disabled))
		return err
	})
	if err != nil {
		return nil, fail(op, err, "agent", "")
	}
	return a, nil
}

// AssignConversation gives the conversation to the agent; see
// kefu.AgentService. One transaction locks the agent's row, counts the
// agent's load and takes the conversation with a conditional UPDATE: the
// lock makes concurrent assignments to one agent count one after another,
// and the conditional UPDATE lets only one of several agents taking one
// conversation at once succeed.
func (db *DB) AssignConversation(ctx context.Context, tenantID, conversationID, agentID string) (*kefu.Conversation, error) {
	const op = "postgres.AssignConversation"
	if agentID == "" {
		return nil, invalid(op, "agent id required")
	}
	var c *kefu.Conversation
	err := db.multi(ctx, op, func(q querier) error {
		if err := db.checkRoom(ctx, q, tenantID, conversationID, agentID); err != nil {
			return err
		}
		var err error
		c, err = scanConversation(q.QueryRow(ctx, qAssignConversation, agentID, db.now(), conversationID, tenantID))
		if errors.Is(err, pgx.ErrNoRows) {
			return conversationConflict(ctx, q, tenantID, conversationID, "conversation already taken")
		}
		return err
	})
	if err != nil {
		return nil, fail(op, err, "conversation", "")
	}
	return c, nil
}

// ReleaseConversation hands the conversation back to the bot; see
// kefu.AgentService. It is one conditional UPDATE (plus a read to explain
// a failure).
func (db *DB) ReleaseConversation(ctx context.Context, tenantID, conversationID, agentID string) (*kefu.Conversation, error) {
	const op = "postgres.ReleaseConversation"
	if agentID == "" {
		return nil, invalid(op, "agent id required")
	}
	var c *kefu.Conversation
	err := db.multi(ctx, op, func(q querier) error {
		var err error
		c, err = scanConversation(q.QueryRow(ctx, qReleaseConversation, db.now(), conversationID, tenantID, agentID))
		if errors.Is(err, pgx.ErrNoRows) {
			return conversationConflict(ctx, q, tenantID, conversationID, "conversation is not held by this agent")
		}
		return err
	})
	if err != nil {
		return nil, fail(op, err, "conversation", "")
	}
	return c, nil
}

// TransferConversation moves the conversation from one agent to another;
// see kefu.AgentService. It locks toAgent's row as AssignConversation
// does; fromAgent's load only shrinks, so it needs no lock.
func (db *DB) TransferConversation(ctx context.Context, tenantID, conversationID, fromAgent, toAgent string) (*kefu.Conversation, error) {
	const op = "postgres.TransferConversation"
	switch {
	case fromAgent == "" || toAgent == "":
		return nil, invalid(op, "agent ids required")
	case fromAgent == toAgent:
		return nil, invalid(op, "cannot transfer a conversation to the agent who holds it")
	}
	var c *kefu.Conversation
	err := db.multi(ctx, op, func(q querier) error {
		if err := db.checkRoom(ctx, q, tenantID, conversationID, toAgent); err != nil {
			return err
		}
		var err error
		c, err = scanConversation(q.QueryRow(ctx, qTransferConversation, toAgent, db.now(), conversationID, tenantID, fromAgent))
		if errors.Is(err, pgx.ErrNoRows) {
			return conversationConflict(ctx, q, tenantID, conversationID, "conversation is not held by this agent")
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
	const op = "postgres.CountAgentConversations"
	var n int
	err := db.run(ctx, op, func(q querier) error {
		return q.QueryRow(ctx, qCountAgentConversations, agentID, tenantID).Scan(&n)
	})
	if err != nil {
		return 0, fail(op, err, "agent", "")
	}
	return n, nil
}

// checkRoom locks the agent's row (until q's transaction ends) and
// returns nil if the agent holds fewer conversations than MaxChats; else
// ENOTFOUND (no such agent, or no such conversation) or ECONFLICT (the
// agent is full).
//
// The count is right because of the lock: an assignment to the same agent
// that committed while this one waited for the lock is seen by the count,
// which (READ COMMITTED) reads what is committed when it starts. When db
// is not in a transaction of the caller's, q's transaction is new, and
// checkRoom sets its isolation level explicitly, so that a server whose
// default is REPEATABLE READ (where the count would read a snapshot
// taken before the wait) cannot break the limit.
func (db *DB) checkRoom(ctx context.Context, q querier, tenantID, conversationID, agentID string) error {
	if db.tx == nil {
		if _, err := q.Exec(ctx, `SET TRANSACTION ISOLATION LEVEL READ COMMITTED`); err != nil {
			return err
		}
	}
	var maxChats, n int
	err := q.QueryRow(ctx, qLockAgent, agentID, tenantID).Scan(&maxChats)
	if errors.Is(err, pgx.ErrNoRows) {
		return kefu.Errorf(kefu.ENOTFOUND, "agent not found")
	}
	if err != nil {
		return err
	}
	if err := q.QueryRow(ctx, qAgentLoad, tenantID, agentID).Scan(&n); err != nil {
		return err
	}
	if n >= maxChats {
		return conversationConflict(ctx, q, tenantID, conversationID, "agent has reached their chat limit")
	}
	return nil
}

// conversationConflict explains why a conditional update of the
// conversation changed nothing: ENOTFOUND if it does not exist in the
// tenant, ECONFLICT "conversation is closed", or ECONFLICT with msg.
func conversationConflict(ctx context.Context, q querier, tenantID, id, msg string) error {
	var status, agentID string
	err := q.QueryRow(ctx, qConversationState, id, tenantID).Scan(&status, &agentID)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		return kefu.Errorf(kefu.ENOTFOUND, "conversation not found")
	case err != nil:
		return err
	case status == string(kefu.StatusClosed):
		return kefu.Errorf(kefu.ECONFLICT, "conversation is closed")
	}
	return kefu.Errorf(kefu.ECONFLICT, "%s", msg)
}

// jsonList encodes a list for a jsonb column; nil becomes [].
func jsonList(l []string) ([]byte, error) {
	if l == nil {
		l = []string{}
	}
	return jsonb(l)
}

func scanAgent(row pgx.Row) (*kefu.Agent, error) {
	var (
		a              kefu.Agent
		role, presence string
		langs, skills  []byte
	)
	err := row.Scan(&a.ID, &a.TenantID, &a.Email, &a.Name, &a.PasswordHash, &role, &langs, &skills, &presence,
		&a.MaxChats, &a.CreatedAt, &a.Disabled)
	if err != nil {
		return nil, err
	}
	a.Role, a.Presence, a.CreatedAt = kefu.AgentRole(role), kefu.Presence(presence), a.CreatedAt.UTC()
	if err := unjson(langs, &a.Languages); err != nil {
		return nil, err
	}
	if err := unjson(skills, &a.Skills); err != nil {
		return nil, err
	}
	return &a, nil
}
