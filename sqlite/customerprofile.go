package sqlite

import (
	"context"
	"database/sql"

	"github.com/kefu-ai/kefu"
)

// Interface guards.
var (
	_ kefu.CustomerProfileService = (*DB)(nil)
	_ kefu.BehaviourEventService  = (*DB)(nil)
)

const (
	traitCols    = `kind, value, source, confidence, negated, evidence, updated_at`
	qHasCustomer = `SELECT EXISTS (SELECT 1 FROM customers WHERE tenant_id = ? AND id = ?)`
	qFindTraits  = `SELECT ` + traitCols + ` FROM customer_traits WHERE tenant_id = ? AND customer_id = ?
		ORDER BY kind, value, source`
	qUpsertTrait = `INSERT INTO customer_traits (tenant_id, customer_id, ` + traitCols + `)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (tenant_id, customer_id, kind, value, source) DO UPDATE SET
			confidence = excluded.confidence, negated = excluded.negated, evidence = excluded.evidence,
			updated_at = excluded.updated_at`
	// qForgetTraits deletes by kind and value, each '' for all.
	qForgetTraits = `DELETE FROM customer_traits WHERE tenant_id = ?1 AND customer_id = ?2
		AND (?3 = '' OR kind = ?3) AND (?4 = '' OR value = ?4)`
	qDeleteCustomerTraits = `DELETE FROM customer_traits WHERE tenant_id = ? AND customer_id = ?`
	qDeleteCustomerEvents = `DELETE FROM behaviour_events WHERE tenant_id = ? AND customer_id = ?`
	eventCols             = `tenant_id, id, customer_id, type, sku, dwell_ms, at`
	qRecordEvent          = `INSERT INTO behaviour_events (` + eventCols + `) VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (tenant_id, id) DO NOTHING`
	qFindEvents = `SELECT ` + eventCols + ` FROM behaviour_events WHERE tenant_id = ? AND customer_id = ? AND at >= ?
		ORDER BY at DESC, id DESC LIMIT ?`
)

// FindCustomerProfile returns the customer's traits ordered by kind,
// value and source; ENOTFOUND if the tenant has no such customer.
func (db *DB) FindCustomerProfile(ctx context.Context, tenantID, customerID string) (*kefu.CustomerProfile, error) {
	const op = "sqlite.FindCustomerProfile"
	var exists bool
	if err := db.row(ctx, qHasCustomer, []any{tenantID, customerID}, &exists); err != nil {
		return nil, fail(op, err, "customer", "")
	}
	if !exists {
		return nil, kefu.E(op, kefu.Errorf(kefu.ENOTFOUND, "customer not found"))
	}
	p := &kefu.CustomerProfile{TenantID: tenantID, CustomerID: customerID, Traits: []kefu.Trait{}}
	err := db.rows(ctx, qFindTraits, []any{tenantID, customerID}, func(rows *sql.Rows) error {
		var (
			t  kefu.Trait
			at int64
		)
		if err := rows.Scan(&t.Kind, &t.Value, &t.Source, &t.Confidence, &t.Negated, &t.Evidence, &at); err != nil {
			return err
		}
		t.UpdatedAt = fromNanos(at)
		p.Traits = append(p.Traits, t)
		return nil
	})
	if err != nil {
		return nil, fail(op, err, "customer", "")
	}
	return p, nil
}

// ObserveTraits upserts ts, all or none; a zero UpdatedAt is the store's
// clock. ENOTFOUND if the tenant has no such customer; EINVALID naming
// traits[i] and the field.
func (db *DB) ObserveTraits(ctx context.Context, tenantID, customerID string, ts []kefu.Trait) error {
	const op = "sqlite.ObserveTraits"
	for i := range ts {
		if err := ts[i].Validate(); err != nil {
			return kefu.E(op, kefu.InList("traits", i, err))
		}
	}
	err := db.writeMany(ctx, func(ctx context.Context, tx *DB) error {
		var exists bool
		if err := tx.row(ctx, qHasCustomer, []any{tenantID, customerID}, &exists); err != nil {
			return err
		}
		if !exists {
			return kefu.Errorf(kefu.ENOTFOUND, "customer not found")
		}
		now := nanos(db.now())
		for _, t := range ts {
			at := now
			if !t.UpdatedAt.IsZero() {
				at = nanos(t.UpdatedAt)
			}
			if _, err := tx.exec(ctx, qUpsertTrait, tenantID, customerID, t.Kind, t.Value, t.Source, t.Confidence,
				t.Negated, t.Evidence, at); err != nil {
				return err
			}
		}
		return nil
	})
	return fail(op, err, "trait", "customer")
}

// ForgetTraits deletes the customer's traits of kind and value (” for
// all); forgetting nothing is not an error.
func (db *DB) ForgetTraits(ctx context.Context, tenantID, customerID, kind, value string) error {
	const op = "sqlite.ForgetTraits"
	err := db.write(ctx, func(ctx context.Context, tx *DB) error {
		_, err := tx.exec(ctx, qForgetTraits, tenantID, customerID, kind, value)
		return err
	})
	return fail(op, err, "trait", "")
}

// RecordBehaviourEvents stores es, all or none, skipping IDs the tenant
// already has; a zero At is the store's clock. EINVALID naming
// events[i] and the field, also for a customer the tenant does not have.
func (db *DB) RecordBehaviourEvents(ctx context.Context, es []*kefu.BehaviourEvent) error {
	const op = "sqlite.RecordBehaviourEvents"
	if len(es) > kefu.MaxBehaviourEvents {
		return kefu.E(op, kefu.Invalidf("events", "%d events, at most %d at once", len(es), kefu.MaxBehaviourEvents))
	}
	for i, e := range es {
		if err := e.Validate(); err != nil {
			return kefu.E(op, kefu.InList("events", i, err))
		}
	}
	err := db.writeMany(ctx, func(ctx context.Context, tx *DB) error {
		now := db.now()
		known := map[[2]string]bool{}
		for i, e := range es {
			k := [2]string{e.TenantID, e.CustomerID}
			if !known[k] {
				var exists bool
				if err := tx.row(ctx, qHasCustomer, []any{e.TenantID, e.CustomerID}, &exists); err != nil {
					return err
				}
				if !exists {
					return kefu.InList("events", i, kefu.Invalidf("customer_id", "customer %q does not exist", e.CustomerID))
				}
				known[k] = true
			}
			at := e.At
			if at.IsZero() {
				at = now
			}
			if _, err := tx.exec(ctx, qRecordEvent, e.TenantID, e.ID, e.CustomerID, e.Type, e.SKU, e.DwellMS,
				nanos(at)); err != nil {
				return err
			}
		}
		return nil
	})
	return fail(op, err, "behaviour event", "tenant")
}

// FindBehaviourEvents returns the customer's events at or after f.Since,
// newest first, at most f.Limit (default 1000).
func (db *DB) FindBehaviourEvents(ctx context.Context, f kefu.BehaviourEventFilter) ([]*kefu.BehaviourEvent, error) {
	const op = "sqlite.FindBehaviourEvents"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	var es []*kefu.BehaviourEvent
	err := db.rows(ctx, qFindEvents, []any{f.TenantID, f.CustomerID, optNanos(f.Since), limit(f.Limit, 1000)},
		func(rows *sql.Rows) error {
			var (
				e  kefu.BehaviourEvent
				at int64
			)
			if err := rows.Scan(&e.TenantID, &e.ID, &e.CustomerID, &e.Type, &e.SKU, &e.DwellMS, &at); err != nil {
				return err
			}
			e.At = fromNanos(at)
			es = append(es, &e)
			return nil
		})
	if err != nil {
		return nil, fail(op, err, "behaviour event", "")
	}
	return es, nil
}
