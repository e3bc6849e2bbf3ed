package postgres

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/kefu-ai/kefu"
)

// Interface guards.
var (
	_ kefu.CustomerProfileService = (*DB)(nil)
	_ kefu.BehaviourEventService  = (*DB)(nil)
)

const (
	traitCols    = `kind, value, source, confidence, negated, evidence, updated_at`
	qHasCustomer = `SELECT EXISTS (SELECT 1 FROM customers WHERE tenant_id = $1 AND id = $2)`
	qFindTraits  = `SELECT ` + traitCols + ` FROM customer_traits WHERE tenant_id = $1 AND customer_id = $2
		ORDER BY kind COLLATE "C", value COLLATE "C", source COLLATE "C"`
	qUpsertTrait = `INSERT INTO customer_traits (tenant_id, customer_id, ` + traitCols + `)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
		ON CONFLICT (tenant_id, customer_id, kind, value, source) DO UPDATE SET
			confidence = excluded.confidence, negated = excluded.negated, evidence = excluded.evidence,
			updated_at = excluded.updated_at`
	// qForgetTraits deletes by kind and value, each '' for all.
	qForgetTraits = `DELETE FROM customer_traits WHERE tenant_id = $1 AND customer_id = $2
		AND ($3 = '' OR kind = $3) AND ($4 = '' OR value = $4)`
	eventCols = `tenant_id, id, customer_id, type, sku, dwell_ms, at`
	// qMissingEventCustomer is the index (from 1) of the first event
	// whose customer the tenant does not have, or no row.
	qMissingEventCustomer = `SELECT u.i FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS u(t, c, i)
		WHERE NOT EXISTS (SELECT 1 FROM customers WHERE tenant_id = u.t AND id = u.c) ORDER BY u.i LIMIT 1`
	qRecordEvents = `INSERT INTO behaviour_events (` + eventCols + `)
		SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[], $7::timestamptz[])
		ON CONFLICT (tenant_id, id) DO NOTHING`
	qFindEvents = `SELECT ` + eventCols + ` FROM behaviour_events WHERE tenant_id = $1 AND customer_id = $2 AND at >= $3
		ORDER BY at DESC, id COLLATE "C" DESC LIMIT $4`
)

// FindCustomerProfile returns the customer's traits ordered by kind,
// value and source (bytewise); ENOTFOUND if the tenant has no such
// customer. UpdatedAt is kept to the microsecond.
func (db *DB) FindCustomerProfile(ctx context.Context, tenantID, customerID string) (*kefu.CustomerProfile, error) {
	const op = "postgres.FindCustomerProfile"
	p := &kefu.CustomerProfile{TenantID: tenantID, CustomerID: customerID, Traits: []kefu.Trait{}}
	err := db.run(ctx, op, func(q querier) error {
		var exists bool
		if err := q.QueryRow(ctx, qHasCustomer, tenantID, customerID).Scan(&exists); err != nil {
			return err
		}
		if !exists {
			return kefu.Errorf(kefu.ENOTFOUND, "customer not found")
		}
		rows, err := q.Query(ctx, qFindTraits, tenantID, customerID)
		if err != nil {
			return err
		}
		ts, err := collect(rows, func(row pgx.Row) (kefu.Trait, error) {
			var t kefu.Trait
			err := row.Scan(&t.Kind, &t.Value, &t.Source, &t.Confidence, &t.Negated, &t.Evidence, &t.UpdatedAt)
			t.UpdatedAt = t.UpdatedAt.UTC()
			return t, err
		})
		p.Traits = append(p.Traits, ts...)
		return err
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
	const op = "postgres.ObserveTraits"
	for i := range ts {
		if err := ts[i].Validate(); err != nil {
			return kefu.E(op, kefu.InList("traits", i, err))
		}
	}
	err := db.multi(ctx, op, func(q querier) error {
		var exists bool
		if err := q.QueryRow(ctx, qHasCustomer, tenantID, customerID).Scan(&exists); err != nil {
			return err
		}
		if !exists {
			return kefu.Errorf(kefu.ENOTFOUND, "customer not found")
		}
		b := &pgx.Batch{}
		for _, t := range ts {
			b.Queue(qUpsertTrait, tenantID, customerID, t.Kind, t.Value, t.Source, t.Confidence, t.Negated, t.Evidence,
				db.stamp(t.UpdatedAt))
		}
		return sendBatch(ctx, q, b)
	})
	return fail(op, err, "trait", "customer")
}

// ForgetTraits deletes the customer's traits of kind and value (” for
// all); forgetting nothing is not an error.
func (db *DB) ForgetTraits(ctx context.Context, tenantID, customerID, kind, value string) error {
	const op = "postgres.ForgetTraits"
	err := db.write(ctx, op, func(q querier) error {
		_, err := q.Exec(ctx, qForgetTraits, tenantID, customerID, kind, value)
		return err
	})
	return fail(op, err, "trait", "")
}

// RecordBehaviourEvents stores es in one statement, all or none,
// skipping IDs the tenant already has; a zero At is the store's clock.
// EINVALID naming events[i] and the field, also for a customer the
// tenant does not have.
func (db *DB) RecordBehaviourEvents(ctx context.Context, es []*kefu.BehaviourEvent) error {
	const op = "postgres.RecordBehaviourEvents"
	if len(es) > kefu.MaxBehaviourEvents {
		return kefu.E(op, kefu.Invalidf("events", "%d events, at most %d at once", len(es), kefu.MaxBehaviourEvents))
	}
	n := len(es)
	var (
		tenants, ids, customers, types, skus = make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
		dwell                                = make([]int64, n)
		at                                   = make([]time.Time, n)
	)
	for i, e := range es {
		if err := e.Validate(); err != nil {
			return kefu.E(op, kefu.InList("events", i, err))
		}
		tenants[i], ids[i], customers[i], types[i], skus[i], dwell[i] = e.TenantID, e.ID, e.CustomerID, e.Type, e.SKU, e.DwellMS
		at[i] = db.stamp(e.At)
	}
	if n == 0 {
		return nil
	}
	err := db.write(ctx, op, func(q querier) error {
		var i int
		switch err := q.QueryRow(ctx, qMissingEventCustomer, tenants, customers).Scan(&i); err {
		case nil:
			return kefu.InList("events", i-1, kefu.Invalidf("customer_id", "customer %q does not exist", customers[i-1]))
		case pgx.ErrNoRows:
		default:
			return err
		}
		_, err := q.Exec(ctx, qRecordEvents, tenants, ids, customers, types, skus, dwell, at)
		return err
	})
	return fail(op, err, "behaviour event", "tenant")
}

// FindBehaviourEvents returns the customer's events at or after f.Since,
// newest first, at most f.Limit (default 1000).
func (db *DB) FindBehaviourEvents(ctx context.Context, f kefu.BehaviourEventFilter) ([]*kefu.BehaviourEvent, error) {
	const op = "postgres.FindBehaviourEvents"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	since := f.Since
	if since.IsZero() {
		since = time.Unix(0, 0)
	}
	var es []*kefu.BehaviourEvent
	err := db.run(ctx, op, func(q querier) error {
		rows, err := q.Query(ctx, qFindEvents, f.TenantID, f.CustomerID, since, limit(f.Limit, 1000))
		if err != nil {
			return err
		}
		es, err = collect(rows, func(row pgx.Row) (*kefu.BehaviourEvent, error) {
			var e kefu.BehaviourEvent
			err := row.Scan(&e.TenantID, &e.ID, &e.CustomerID, &e.Type, &e.SKU, &e.DwellMS, &e.At)
			e.At = e.At.UTC()
			return &e, err
		})
		return err
	})
	if err != nil {
		return nil, fail(op, err, "behaviour event", "")
	}
	return es, nil
}
