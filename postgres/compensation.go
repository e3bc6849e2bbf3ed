package postgres

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/kefu-ai/kefu"
)

// Interface guard.
var _ kefu.CompensationService = (*DB)(nil)

const (
	ruleCols        = `tenant_id, id, name, when_expr, grant_kind, amount, currency, min_order_value, valid_days, ord, max_per_customer_30d, enabled, version, updated_at`
	qFindRuleByID   = `SELECT ` + ruleCols + ` FROM compensation_rules WHERE tenant_id = $1 AND id = $2`
	qFindRules      = `SELECT ` + ruleCols + ` FROM compensation_rules WHERE tenant_id = $1 AND (NOT $2 OR enabled) ORDER BY ord, id LIMIT $3`
	qFindRulesAfter = `SELECT ` + ruleCols + ` FROM compensation_rules WHERE tenant_id = $1 AND (NOT $2 OR enabled) AND id > $3
		ORDER BY id LIMIT $4`
	// qLockRule serializes the writes of one rule, which may not exist
	// yet, for the length of the transaction: two first versions would
	// otherwise both be version 1.
	qLockRule    = `SELECT pg_advisory_xact_lock(hashtextextended(coalesce(current_schema(), '') || '.kefu.rule.' || $1 || '/' || $2, 0))`
	qLastVersion = `SELECT coalesce(max(version), 0) FROM compensation_rule_versions WHERE tenant_id = $1 AND id = $2`
	qUpsertRule  = `INSERT INTO compensation_rules (` + ruleCols + `) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
		ON CONFLICT (tenant_id, id) DO UPDATE SET
			name = excluded.name, when_expr = excluded.when_expr, grant_kind = excluded.grant_kind, amount = excluded.amount,
			currency = excluded.currency, min_order_value = excluded.min_order_value, valid_days = excluded.valid_days,
			ord = excluded.ord, max_per_customer_30d = excluded.max_per_customer_30d, enabled = excluded.enabled,
			version = excluded.version, updated_at = excluded.updated_at`
	qInsertRuleVersion = `INSERT INTO compensation_rule_versions (` + ruleCols + `)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`
	qFindRuleVersions = `SELECT ` + ruleCols + ` FROM compensation_rule_versions WHERE tenant_id = $1 AND id = $2 ORDER BY version`
	qDeleteRule       = `DELETE FROM compensation_rules WHERE tenant_id = $1 AND id = $2`

	qUpsertIncident = `INSERT INTO incidents (tenant_id, id, at, data) VALUES ($1, $2, $3, $4)
		ON CONFLICT (tenant_id, id) DO UPDATE SET at = excluded.at, data = excluded.data`
	qFindIncidentByID = `SELECT data FROM incidents WHERE tenant_id = $1 AND id = $2`
	qFindIncidents    = `SELECT data FROM incidents WHERE tenant_id = $1
		AND ($2::timestamptz IS NULL OR at >= $2) AND ($3::timestamptz IS NULL OR at < $3) ORDER BY at, id LIMIT $4`

	compCols = `id, tenant_id, incident_id, order_id, order_number, customer_id, rule_id, rule_version, kind, amount,
		currency, min_order_value, expires_at, code, status, reason, granted_by, at, revoked_by, revoked_at, revoke_reason`
	qIssueCompensation = `INSERT INTO compensations (` + compCols + `)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)
		ON CONFLICT (tenant_id, incident_id) DO NOTHING`
	qFindCompensationByID       = `SELECT ` + compCols + ` FROM compensations WHERE tenant_id = $1 AND id = $2`
	qFindCompensationByIncident = `SELECT ` + compCols + ` FROM compensations WHERE tenant_id = $1 AND incident_id = $2`
	qFindCompensations          = `SELECT ` + compCols + ` FROM compensations WHERE tenant_id = $1
		AND ($2 = '' OR customer_id = $2) AND ($3 = '' OR order_id = $3) AND ($4 = '' OR order_number = $4)
		AND ($5 = '' OR incident_id = $5) AND ($6::timestamptz IS NULL OR at >= $6) AND ($7::timestamptz IS NULL OR at < $7)
		ORDER BY at, id LIMIT $8`
	qRevokeCompensation = `UPDATE compensations SET status = 'revoked', revoked_by = $1, revoked_at = $2, revoke_reason = $3
		WHERE tenant_id = $4 AND id = $5 AND status = 'granted'`
	qCountCompensations = `SELECT count(*) FROM compensations WHERE tenant_id = $1 AND customer_id = $2
		AND ($3::timestamptz IS NULL OR at >= $3) AND status = 'granted'`
)

// UpsertRule creates or changes the rule; see kefu.CompensationService.
func (db *DB) UpsertRule(ctx context.Context, r *kefu.Rule) error {
	const op = "postgres.UpsertRule"
	if err := r.Validate(); err != nil {
		return kefu.E(op, err)
	}
	var stored *kefu.Rule
	err := db.multi(ctx, op, func(q querier) error {
		if _, err := q.Exec(ctx, qLockRule, r.TenantID, r.ID); err != nil {
			return err
		}
		cur, err := scanRule(q.QueryRow(ctx, qFindRuleByID, r.TenantID, r.ID))
		switch {
		case err == nil && cur.SameAs(r):
			stored = cur
			return nil
		case err != nil && !errors.Is(err, pgx.ErrNoRows):
			return err
		}
		var last int
		if err := q.QueryRow(ctx, qLastVersion, r.TenantID, r.ID).Scan(&last); err != nil {
			return err
		}
		nr := *r
		nr.Version, nr.UpdatedAt = last+1, db.now()
		args := ruleArgs(&nr)
		if _, err := q.Exec(ctx, qUpsertRule, args...); err != nil {
			return err
		}
		if _, err := q.Exec(ctx, qInsertRuleVersion, args...); err != nil {
			return err
		}
		stored = &nr
		return nil
	})
	if err != nil {
		return fail(op, err, "rule", "tenant")
	}
	r.Version, r.UpdatedAt = stored.Version, stored.UpdatedAt
	return nil
}

func ruleArgs(r *kefu.Rule) []any {
	return []any{r.TenantID, r.ID, r.Name, r.When, string(r.Grant.Kind), r.Grant.Amount, r.Grant.Currency,
		r.Grant.MinOrderValue, r.Grant.ValidDays, r.Order, r.MaxPerCustomer30d, r.Enabled, r.Version, r.UpdatedAt}
}

func scanRule(row pgx.Row) (*kefu.Rule, error) {
	var (
		r    kefu.Rule
		kind string
	)
	err := row.Scan(&r.TenantID, &r.ID, &r.Name, &r.When, &kind, &r.Grant.Amount, &r.Grant.Currency, &r.Grant.MinOrderValue,
		&r.Grant.ValidDays, &r.Order, &r.MaxPerCustomer30d, &r.Enabled, &r.Version, &r.UpdatedAt)
	if err != nil {
		return nil, err
	}
	r.Grant.Kind, r.UpdatedAt = kefu.GrantKind(kind), r.UpdatedAt.UTC()
	return &r, nil
}

// FindRuleByID returns the rule's current version.
func (db *DB) FindRuleByID(ctx context.Context, tenantID, id string) (*kefu.Rule, error) {
	const op = "postgres.FindRuleByID"
	var r *kefu.Rule
	err := db.run(ctx, op, func(q querier) (err error) {
		r, err = scanRule(q.QueryRow(ctx, qFindRuleByID, tenantID, id))
		return err
	})
	if err != nil {
		return nil, fail(op, err, "rule", "")
	}
	return r, nil
}

// FindRules returns the tenant's rules by Order then ID (by ID with
// f.ByID).
func (db *DB) FindRules(ctx context.Context, f kefu.RuleFilter) ([]*kefu.Rule, error) {
	const op = "postgres.FindRules"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	query, args := qFindRules, []any{f.TenantID, f.EnabledOnly, limit(f.Limit, 1000)}
	if f.ByID {
		query, args = qFindRulesAfter, []any{f.TenantID, f.EnabledOnly, f.After, limit(f.Limit, 1000)}
	}
	rs, err := db.findRules(ctx, op, query, args)
	if err != nil {
		return nil, fail(op, err, "rule", "")
	}
	return rs, nil
}

func (db *DB) findRules(ctx context.Context, op, query string, args []any) ([]*kefu.Rule, error) {
	var rs []*kefu.Rule
	err := db.run(ctx, op, func(q querier) error {
		rows, err := q.Query(ctx, query, args...)
		if err != nil {
			return err
		}
		rs, err = collect(rows, scanRule)
		return err
	})
	return rs, err
}

// FindRuleVersions returns every version of the rule, oldest first.
func (db *DB) FindRuleVersions(ctx context.Context, tenantID, id string) ([]*kefu.Rule, error) {
	const op = "postgres.FindRuleVersions"
	rs, err := db.findRules(ctx, op, qFindRuleVersions, []any{tenantID, id})
	if err == nil && len(rs) == 0 {
		err = pgx.ErrNoRows
	}
	if err != nil {
		return nil, fail(op, err, "rule", "")
	}
	return rs, nil
}

// DeleteRule removes the rule; its versions stay.
func (db *DB) DeleteRule(ctx context.Context, tenantID, id string) error {
	return db.deleteOne(ctx, "postgres.DeleteRule", "rule", qDeleteRule, tenantID, id)
}

// UpsertIncident records the incident; At is kept to the microsecond.
func (db *DB) UpsertIncident(ctx context.Context, in *kefu.Incident) error {
	const op = "postgres.UpsertIncident"
	if err := in.Validate(); err != nil {
		return kefu.E(op, err)
	}
	cp := *in
	cp.At = cp.At.Truncate(time.Microsecond).UTC()
	data, err := jsonb(&cp)
	if err != nil {
		return kefu.E(op, err)
	}
	err = db.write(ctx, op, func(q querier) error {
		_, err := q.Exec(ctx, qUpsertIncident, in.TenantID, in.ID, cp.At, data)
		return err
	})
	return fail(op, err, "incident", "tenant")
}

// FindIncidentByID returns ENOTFOUND if the tenant has no such incident.
func (db *DB) FindIncidentByID(ctx context.Context, tenantID, id string) (*kefu.Incident, error) {
	const op = "postgres.FindIncidentByID"
	var data []byte
	err := db.run(ctx, op, func(q querier) error {
		return q.QueryRow(ctx, qFindIncidentByID, tenantID, id).Scan(&data)
	})
	if err != nil {
		return nil, fail(op, err, "incident", "")
	}
	var in kefu.Incident
	if err := unjson(data, &in); err != nil {
		return nil, fail(op, err, "incident", "")
	}
	return &in, nil
}

// FindIncidents returns the tenant's incidents by At then ID.
func (db *DB) FindIncidents(ctx context.Context, f kefu.IncidentFilter) ([]*kefu.Incident, error) {
	const op = "postgres.FindIncidents"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	var ins []*kefu.Incident
	err := db.query(ctx, op, qFindIncidents, []any{f.TenantID, optTime(f.Since), optTime(f.Until), limit(f.Limit, 10000)},
		func(rows pgx.Rows) error {
			var data []byte
			if err := rows.Scan(&data); err != nil {
				return err
			}
			in := new(kefu.Incident)
			ins = append(ins, in)
			return unjson(data, in)
		})
	if err != nil {
		return nil, fail(op, err, "incident", "")
	}
	return ins, nil
}

// IssueCompensation records c once per incident; see
// kefu.CompensationService. At and ExpiresAt are kept to the microsecond.
func (db *DB) IssueCompensation(ctx context.Context, c *kefu.Compensation) (*kefu.Compensation, bool, error) {
	const op = "postgres.IssueCompensation"
	if err := c.Validate(); err != nil {
		return nil, false, kefu.E(op, err)
	}
	nc := *c
	nc.ID, nc.Status = kefu.NewID("cp"), kefu.CompensationGranted
	nc.RevokedBy, nc.RevokedAt, nc.RevokeReason = "", time.Time{}, ""
	nc.At = db.stamp(nc.At).UTC()
	if !nc.ExpiresAt.IsZero() {
		nc.ExpiresAt = nc.ExpiresAt.Truncate(time.Microsecond).UTC()
	}
	if nc.Kind == kefu.GrantCoupon && nc.Code == "" {
		nc.Code = kefu.NewCouponCode()
	}
	var (
		got     *kefu.Compensation
		created bool
	)
	// ON CONFLICT DO NOTHING waits for a concurrent insert of the same
	// incident to commit, then skips: the SELECT that follows (a new
	// statement, so a new snapshot) sees the winner's entry.
	err := db.multi(ctx, op, func(q querier) error {
		tag, err := q.Exec(ctx, qIssueCompensation, compArgs(&nc)...)
		if err != nil {
			return err
		}
		if created = tag.RowsAffected() == 1; created {
			got = &nc
			return nil
		}
		got, err = scanCompensation(q.QueryRow(ctx, qFindCompensationByIncident, c.TenantID, c.IncidentID))
		return err
	})
	if err != nil {
		return nil, false, fail(op, err, "compensation", "tenant")
	}
	if created {
		*c = nc
	}
	cp := *got
	return &cp, created, nil
}

func compArgs(c *kefu.Compensation) []any {
	return []any{c.ID, c.TenantID, c.IncidentID, c.OrderID, c.OrderNumber, c.CustomerID, c.RuleID, c.RuleVersion,
		string(c.Kind), c.Amount, c.Currency, c.MinOrderValue, optTime(c.ExpiresAt), c.Code, string(c.Status), c.Reason,
		c.GrantedBy, c.At, c.RevokedBy, optTime(c.RevokedAt), c.RevokeReason}
}

func scanCompensation(row pgx.Row) (*kefu.Compensation, error) {
	var (
		c                  kefu.Compensation
		kind, status       string
		expires, revokedAt *time.Time
	)
	err := row.Scan(&c.ID, &c.TenantID, &c.IncidentID, &c.OrderID, &c.OrderNumber, &c.CustomerID, &c.RuleID, &c.RuleVersion,
		&kind, &c.Amount, &c.Currency, &c.MinOrderValue, &expires, &c.Code, &status, &c.Reason, &c.GrantedBy, &c.At,
		&c.RevokedBy, &revokedAt, &c.RevokeReason)
	if err != nil {
		return nil, err
	}
	c.Kind, c.Status, c.At = kefu.GrantKind(kind), kefu.CompensationStatus(status), c.At.UTC()
	if expires != nil {
		c.ExpiresAt = expires.UTC()
	}
	if revokedAt != nil {
		c.RevokedAt = revokedAt.UTC()
	}
	return &c, nil
}

// FindCompensationByID returns ENOTFOUND if the tenant has no such entry.
func (db *DB) FindCompensationByID(ctx context.Context, tenantID, id string) (*kefu.Compensation, error) {
	const op = "postgres.FindCompensationByID"
	var c *kefu.Compensation
	err := db.run(ctx, op, func(q querier) (err error) {
		c, err = scanCompensation(q.QueryRow(ctx, qFindCompensationByID, tenantID, id))
		return err
	})
	if err != nil {
		return nil, fail(op, err, "compensation", "")
	}
	return c, nil
}

// FindCompensations returns the tenant's ledger entries by At then ID.
func (db *DB) FindCompensations(ctx context.Context, f kefu.CompensationFilter) ([]*kefu.Compensation, error) {
	const op = "postgres.FindCompensations"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	args := []any{f.TenantID, f.CustomerID, f.OrderID, f.OrderNumber, f.IncidentID, optTime(f.Since), optTime(f.Until),
		limit(f.Limit, 1000)}
	var cs []*kefu.Compensation
	err := db.run(ctx, op, func(q querier) error {
		rows, err := q.Query(ctx, qFindCompensations, args...)
		if err != nil {
			return err
		}
		cs, err = collect(rows, scanCompensation)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "compensation", "")
	}
	return cs, nil
}

// RevokeCompensation marks the entry revoked.
func (db *DB) RevokeCompensation(ctx context.Context, tenantID, id, reason, by string) (*kefu.Compensation, error) {
	const op = "postgres.RevokeCompensation"
	if err := kefu.CheckRevoke(reason, by); err != nil {
		return nil, kefu.E(op, err)
	}
	var got *kefu.Compensation
	err := db.multi(ctx, op, func(q querier) error {
		tag, err := q.Exec(ctx, qRevokeCompensation, by, db.now(), strings.TrimSpace(reason), tenantID, id)
		if err != nil {
			return err
		}
		got, err = scanCompensation(q.QueryRow(ctx, qFindCompensationByID, tenantID, id))
		if err == nil && tag.RowsAffected() == 0 {
			return kefu.Errorf(kefu.ECONFLICT, "compensation %s was revoked already", id)
		}
		return err
	})
	if err != nil {
		return nil, fail(op, err, "compensation", "")
	}
	return got, nil
}

// CountCompensations counts the customer's granted entries since since.
func (db *DB) CountCompensations(ctx context.Context, tenantID, customerID string, since time.Time) (int, error) {
	const op = "postgres.CountCompensations"
	if err := kefu.CheckCount(tenantID, customerID); err != nil {
		return 0, kefu.E(op, err)
	}
	var n int
	err := db.run(ctx, op, func(q querier) error {
		return q.QueryRow(ctx, qCountCompensations, tenantID, customerID, optTime(since)).Scan(&n)
	})
	if err != nil {
		return 0, fail(op, err, "compensation", "")
	}
	return n, nil
}
