package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
)

// Interface guard.
var _ kefu.CompensationService = (*DB)(nil)

const (
	ruleCols        = `tenant_id, id, name, when_expr, grant_kind, amount, currency, min_order_value, valid_days, ord, max_per_customer_30d, enabled, version, updated_at`
	qFindRuleByID   = `SELECT ` + ruleCols + ` FROM compensation_rules WHERE tenant_id = ? AND id = ?`
	qFindRules      = `SELECT ` + ruleCols + ` FROM compensation_rules WHERE tenant_id = ? AND (? = 0 OR enabled = 1) ORDER BY ord, id LIMIT ?`
	qFindRulesAfter = `SELECT ` + ruleCols + ` FROM compensation_rules WHERE tenant_id = ? AND (? = 0 OR enabled = 1) AND id > ? ORDER BY id LIMIT ?`
	qLastVersion    = `SELECT coalesce(max(version), 0) FROM compensation_rule_versions WHERE tenant_id = ? AND id = ?`
	qUpsertRule     = `INSERT INTO compensation_rules (` + ruleCols + `) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (tenant_id, id) DO UPDATE SET
			name = excluded.name, when_expr = excluded.when_expr, grant_kind = excluded.grant_kind, amount = excluded.amount,
			currency = excluded.currency, min_order_value = excluded.min_order_value, valid_days = excluded.valid_days,
			ord = excluded.ord, max_per_customer_30d = excluded.max_per_customer_30d, enabled = excluded.enabled,
			version = excluded.version, updated_at = excluded.updated_at`
	qInsertRuleVersion = `INSERT INTO compensation_rule_versions (` + ruleCols + `) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	qFindRuleVersions  = `SELECT ` + ruleCols + ` FROM compensation_rule_versions WHERE tenant_id = ? AND id = ? ORDER BY version`
	qDeleteRule        = `DELETE FROM compensation_rules WHERE tenant_id = ? AND id = ?`

	qUpsertIncident = `INSERT INTO incidents (tenant_id, id, at, data) VALUES (?, ?, ?, ?)
		ON CONFLICT (tenant_id, id) DO UPDATE SET at = excluded.at, data = excluded.data`
	qFindIncidentByID = `SELECT data FROM incidents WHERE tenant_id = ? AND id = ?`
	qFindIncidents    = `SELECT data FROM incidents WHERE tenant_id = ? AND at >= ? AND at < ? ORDER BY at, id LIMIT ?`

	compCols = `id, tenant_id, incident_id, order_id, order_number, customer_id, rule_id, rule_version, kind, amount,
		currency, min_order_value, expires_at, code, status, reason, granted_by, at, revoked_by, revoked_at, revoke_reason`
	qIssueCompensation = `INSERT INTO compensations (` + compCols + `)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (tenant_id, incident_id) DO NOTHING`
	qFindCompensationByID       = `SELECT ` + compCols + ` FROM compensations WHERE tenant_id = ? AND id = ?`
	qFindCompensationByIncident = `SELECT ` + compCols + ` FROM compensations WHERE tenant_id = ? AND incident_id = ?`
	qFindCompensations          = `SELECT ` + compCols + ` FROM compensations WHERE tenant_id = ?
		AND (? = '' OR customer_id = ?) AND (? = '' OR order_id = ?) AND (? = '' OR order_number = ?)
		AND (? = '' OR incident_id = ?) AND at >= ? AND at < ? ORDER BY at, id LIMIT ?`
	qRevokeCompensation = `UPDATE compensations SET status = 'revoked', revoked_by = ?, revoked_at = ?, revoke_reason = ?
		WHERE tenant_id = ? AND id = ? AND status = 'granted'`
	qCountCompensations = `SELECT count(*) FROM compensations WHERE tenant_id = ? AND customer_id = ? AND at >= ? AND status = 'granted'`
)

// maxNanos is the upper bound of an open time range.
const maxNanos = int64(1<<63 - 1)

// UpsertRule creates or changes the rule; see kefu.CompensationService.
func (db *DB) UpsertRule(ctx context.Context, r *kefu.Rule) error {
	const op = "sqlite.UpsertRule"
	if err := r.Validate(); err != nil {
		return kefu.E(op, err)
	}
	var stored *kefu.Rule
	err := db.writeMany(ctx, func(ctx context.Context, tx *DB) error {
		cur, err := scanRule(func(dest ...any) error { return tx.row(ctx, qFindRuleByID, []any{r.TenantID, r.ID}, dest...) })
		switch {
		case err == nil && cur.SameAs(r):
			stored = cur
			return nil
		case err != nil && !errors.Is(err, sql.ErrNoRows):
			return err
		}
		var last int
		if err := tx.row(ctx, qLastVersion, []any{r.TenantID, r.ID}, &last); err != nil {
			return err
		}
		nr := *r
		nr.Version, nr.UpdatedAt = last+1, db.now()
		args := ruleArgs(&nr)
		if _, err := tx.exec(ctx, qUpsertRule, args...); err != nil {
			return err
		}
		if _, err := tx.exec(ctx, qInsertRuleVersion, args...); err != nil {
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
		r.Grant.MinOrderValue, r.Grant.ValidDays, r.Order, r.MaxPerCustomer30d, r.Enabled, r.Version, nanos(r.UpdatedAt)}
}

func scanRule(scan func(...any) error) (*kefu.Rule, error) {
	var (
		r       kefu.Rule
		kind    string
		updated int64
	)
	err := scan(&r.TenantID, &r.ID, &r.Name, &r.When, &kind, &r.Grant.Amount, &r.Grant.Currency, &r.Grant.MinOrderValue,
		&r.Grant.ValidDays, &r.Order, &r.MaxPerCustomer30d, &r.Enabled, &r.Version, &updated)
	if err != nil {
		return nil, err
	}
	r.Grant.Kind, r.UpdatedAt = kefu.GrantKind(kind), fromNanos(updated)
	return &r, nil
}

// FindRuleByID returns the rule's current version.
func (db *DB) FindRuleByID(ctx context.Context, tenantID, id string) (*kefu.Rule, error) {
	const op = "sqlite.FindRuleByID"
	r, err := scanRule(func(dest ...any) error { return db.row(ctx, qFindRuleByID, []any{tenantID, id}, dest...) })
	if err != nil {
		return nil, fail(op, err, "rule", "")
	}
	return r, nil
}

// FindRules returns the tenant's rules by Order then ID (by ID with
// f.ByID).
func (db *DB) FindRules(ctx context.Context, f kefu.RuleFilter) ([]*kefu.Rule, error) {
	const op = "sqlite.FindRules"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	q, args := qFindRules, []any{f.TenantID, f.EnabledOnly, limit(f.Limit, 1000)}
	if f.ByID {
		q, args = qFindRulesAfter, []any{f.TenantID, f.EnabledOnly, f.After, limit(f.Limit, 1000)}
	}
	rs, err := db.findRules(ctx, q, args)
	if err != nil {
		return nil, fail(op, err, "rule", "")
	}
	return rs, nil
}

func (db *DB) findRules(ctx context.Context, q string, args []any) ([]*kefu.Rule, error) {
	var rs []*kefu.Rule
	err := db.rows(ctx, q, args, func(rows *sql.Rows) error {
		r, err := scanRule(rows.Scan)
		rs = append(rs, r)
		return err
	})
	return rs, err
}

// FindRuleVersions returns every version of the rule, oldest first.
func (db *DB) FindRuleVersions(ctx context.Context, tenantID, id string) ([]*kefu.Rule, error) {
	const op = "sqlite.FindRuleVersions"
	rs, err := db.findRules(ctx, qFindRuleVersions, []any{tenantID, id})
	if err == nil && len(rs) == 0 {
		err = sql.ErrNoRows
	}
	if err != nil {
		return nil, fail(op, err, "rule", "")
	}
	return rs, nil
}

// DeleteRule removes the rule; its versions stay.
func (db *DB) DeleteRule(ctx context.Context, tenantID, id string) error {
	return db.deleteOne(ctx, "sqlite.DeleteRule", "rule", qDeleteRule, tenantID, id)
}

// UpsertIncident records the incident.
func (db *DB) UpsertIncident(ctx context.Context, in *kefu.Incident) error {
	const op = "sqlite.UpsertIncident"
	if err := in.Validate(); err != nil {
		return kefu.E(op, err)
	}
	cp := *in
	cp.At = cp.At.UTC()
	data, err := jsonText(&cp)
	if err != nil {
		return kefu.E(op, err)
	}
	err = db.write(ctx, func(ctx context.Context, tx *DB) error {
		_, err := tx.exec(ctx, qUpsertIncident, in.TenantID, in.ID, nanos(in.At), data)
		return err
	})
	return fail(op, err, "incident", "tenant")
}

// FindIncidentByID returns ENOTFOUND if the tenant has no such incident.
func (db *DB) FindIncidentByID(ctx context.Context, tenantID, id string) (*kefu.Incident, error) {
	const op = "sqlite.FindIncidentByID"
	var data string
	if err := db.row(ctx, qFindIncidentByID, []any{tenantID, id}, &data); err != nil {
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
	const op = "sqlite.FindIncidents"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	var ins []*kefu.Incident
	err := db.rows(ctx, qFindIncidents, []any{f.TenantID, sinceNanos(f.Since), untilNanos(f.Until), limit(f.Limit, 10000)},
		func(rows *sql.Rows) error {
			var data string
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

func sinceNanos(t time.Time) int64 {
	if t.IsZero() {
		return -maxNanos
	}
	return nanos(t)
}

func untilNanos(t time.Time) int64 {
	if t.IsZero() {
		return maxNanos
	}
	return nanos(t)
}

// IssueCompensation records c once per incident; see
// kefu.CompensationService.
func (db *DB) IssueCompensation(ctx context.Context, c *kefu.Compensation) (*kefu.Compensation, bool, error) {
	const op = "sqlite.IssueCompensation"
	if err := c.Validate(); err != nil {
		return nil, false, kefu.E(op, err)
	}
	nc := *c
	nc.ID, nc.Status = kefu.NewID("cp"), kefu.CompensationGranted
	nc.RevokedBy, nc.RevokedAt, nc.RevokeReason = "", time.Time{}, ""
	nc.At = db.stamp(nc.At).UTC()
	if !nc.ExpiresAt.IsZero() {
		nc.ExpiresAt = nc.ExpiresAt.UTC()
	}
	if nc.Kind == kefu.GrantCoupon && nc.Code == "" {
		nc.Code = kefu.NewCouponCode()
	}
	var (
		got     *kefu.Compensation
		created bool
	)
	err := db.writeMany(ctx, func(ctx context.Context, tx *DB) error {
		res, err := tx.exec(ctx, qIssueCompensation, compArgs(&nc)...)
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		if err != nil {
			return err
		}
		if created = n == 1; created {
			got = &nc
			return nil
		}
		got, err = scanCompensation(func(dest ...any) error {
			return tx.row(ctx, qFindCompensationByIncident, []any{c.TenantID, c.IncidentID}, dest...)
		})
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
		string(c.Kind), c.Amount, c.Currency, c.MinOrderValue, optNanos(c.ExpiresAt), c.Code, string(c.Status), c.Reason,
		c.GrantedBy, nanos(c.At), c.RevokedBy, optNanos(c.RevokedAt), c.RevokeReason}
}

func scanCompensation(scan func(...any) error) (*kefu.Compensation, error) {
	var (
		c                      kefu.Compensation
		kind, status           string
		expires, at, revokedAt int64
	)
	err := scan(&c.ID, &c.TenantID, &c.IncidentID, &c.OrderID, &c.OrderNumber, &c.CustomerID, &c.RuleID, &c.RuleVersion,
		&kind, &c.Amount, &c.Currency, &c.MinOrderValue, &expires, &c.Code, &status, &c.Reason, &c.GrantedBy, &at,
		&c.RevokedBy, &revokedAt, &c.RevokeReason)
	if err != nil {
		return nil, err
	}
	c.Kind, c.Status = kefu.GrantKind(kind), kefu.CompensationStatus(status)
	c.ExpiresAt, c.At, c.RevokedAt = fromOptNanos(expires), fromNanos(at), fromOptNanos(revokedAt)
	return &c, nil
}

// FindCompensationByID returns ENOTFOUND if the tenant has no such entry.
func (db *DB) FindCompensationByID(ctx context.Context, tenantID, id string) (*kefu.Compensation, error) {
	const op = "sqlite.FindCompensationByID"
	c, err := scanCompensation(func(dest ...any) error {
		return db.row(ctx, qFindCompensationByID, []any{tenantID, id}, dest...)
	})
	if err != nil {
		return nil, fail(op, err, "compensation", "")
	}
	return c, nil
}

// FindCompensations returns the tenant's ledger entries by At then ID.
func (db *DB) FindCompensations(ctx context.Context, f kefu.CompensationFilter) ([]*kefu.Compensation, error) {
	const op = "sqlite.FindCompensations"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	args := []any{f.TenantID, f.CustomerID, f.CustomerID, f.OrderID, f.OrderID, f.OrderNumber, f.OrderNumber,
		f.IncidentID, f.IncidentID, sinceNanos(f.Since), untilNanos(f.Until), limit(f.Limit, 1000)}
	var cs []*kefu.Compensation
	err := db.rows(ctx, qFindCompensations, args, func(rows *sql.Rows) error {
		c, err := scanCompensation(rows.Scan)
		cs = append(cs, c)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "compensation", "")
	}
	return cs, nil
}

// RevokeCompensation marks the entry revoked.
func (db *DB) RevokeCompensation(ctx context.Context, tenantID, id, reason, by string) (*kefu.Compensation, error) {
	const op = "sqlite.RevokeCompensation"
	if err := kefu.CheckRevoke(reason, by); err != nil {
		return nil, kefu.E(op, err)
	}
	var got *kefu.Compensation
	err := db.writeMany(ctx, func(ctx context.Context, tx *DB) error {
		res, err := tx.exec(ctx, qRevokeCompensation, by, nanos(db.now()), strings.TrimSpace(reason), tenantID, id)
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		if err != nil {
			return err
		}
		got, err = scanCompensation(func(dest ...any) error {
			return tx.row(ctx, qFindCompensationByID, []any{tenantID, id}, dest...)
		})
		if err == nil && n == 0 {
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
	const op = "sqlite.CountCompensations"
	if err := kefu.CheckCount(tenantID, customerID); err != nil {
		return 0, kefu.E(op, err)
	}
	var n int
	if err := db.row(ctx, qCountCompensations, []any{tenantID, customerID, sinceNanos(since)}, &n); err != nil {
		return 0, fail(op, err, "compensation", "")
	}
	return n, nil
}
