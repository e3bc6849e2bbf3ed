package postgres

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/kefu-ai/kefu"
)

// Interface guard.
var _ kefu.ProactiveService = (*DB)(nil)

const (
	qUpsertForecast = `INSERT INTO forecasts (tenant_id, area, day, severity, temp_c, summary, updated_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7)
		ON CONFLICT (tenant_id, day, area) DO UPDATE SET severity = excluded.severity, temp_c = excluded.temp_c,
			summary = excluded.summary, updated_at = excluded.updated_at`
	qFindForecasts = `SELECT tenant_id, area, day, severity, temp_c, summary, updated_at FROM forecasts
		WHERE tenant_id = $1 AND day >= $2 AND day <= $3 ORDER BY day, area`

	// The page of shipments is chosen with the order's status, so that a
	// page is only short at the end; the lines are joined after. The page
	// is in the index's order, (ETA, ID) in the column's collation, which
	// the cursor compares in too: a COLLATE "C" here made every page sort
	// the whole window (12.9 s for 100,000 deliveries instead of the index
	// walk).
	qFindDueDeliveries = `SELECT s.id, s.order_id, s.carrier, s.tracking_number, s.status, s.cold_chain, s.eta, s.created_at,
		o.id, o.tenant_id, o.number, o.customer_id, o.status, o.currency, o.total, o.ship_to, o.placed_at,
		p.customer_id IS NOT NULL,
		l.sku, l.name, l.quantity, l.unit_price, l.lot, l.picking
		FROM (SELECT s.* FROM shipments s JOIN orders o ON o.tenant_id = s.tenant_id AND o.id = s.order_id
			WHERE s.tenant_id = $1 AND s.eta >= $2 AND s.eta < $3 AND (s.eta, s.id) > ($4, $5)
			AND s.status <> 'delivered' AND o.status NOT IN ('delivered', 'cancelled', 'returned')
			ORDER BY s.eta, s.id LIMIT $6) s
		JOIN orders o ON o.tenant_id = s.tenant_id AND o.id = s.order_id
		LEFT JOIN proactive_opt_outs p ON p.tenant_id = o.tenant_id AND p.customer_id = o.customer_id
		LEFT JOIN order_lines l ON l.order_id = o.id
		ORDER BY s.eta, s.id, l.line_no`

	qOptOutCustomer = `SELECT 1 FROM customers WHERE tenant_id = $1 AND id = $2`
	qOptOut         = `INSERT INTO proactive_opt_outs (tenant_id, customer_id, at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`
	qOptIn          = `DELETE FROM proactive_opt_outs WHERE tenant_id = $1 AND customer_id = $2`

	riskNoticeCols  = `tenant_id, order_id, order_number, customer_id, slot, score, kind, reasons, weather, status, conversation_id, error, assessed_at, sent_at`
	qSaveRiskNotice = `INSERT INTO risk_notices (` + riskNoticeCols + `) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
		ON CONFLICT (tenant_id, order_id) DO UPDATE SET order_number = excluded.order_number, customer_id = excluded.customer_id,
			slot = excluded.slot, score = excluded.score, kind = excluded.kind, reasons = excluded.reasons,
			weather = excluded.weather, assessed_at = excluded.assessed_at
		RETURNING ` + riskNoticeCols
	qClaimRiskNotice  = `UPDATE risk_notices SET status = 'sending' WHERE tenant_id = $1 AND order_id = $2 AND status = 'pending'`
	qFinishRiskNotice = `UPDATE risk_notices SET status = $1, conversation_id = $2, error = $3, sent_at = $4
		WHERE tenant_id = $5 AND order_id = $6 AND status = 'sending'`
	qFindRiskNotices = `SELECT ` + riskNoticeCols + ` FROM risk_notices
		WHERE tenant_id = $1 AND ($2::timestamptz IS NULL OR slot >= $2) AND ($3 = '' OR status = $3)
		ORDER BY slot, order_id COLLATE "C" LIMIT $4`
)

// UpsertForecast stores the forecast of its tenant, area and day; see
// kefu.ProactiveService.
func (db *DB) UpsertForecast(ctx context.Context, f *kefu.Forecast) error {
	const op = "postgres.UpsertForecast"
	if err := f.Validate(); err != nil {
		return kefu.E(op, err)
	}
	at := db.now()
	err := db.write(ctx, op, func(q querier) error {
		_, err := q.Exec(ctx, qUpsertForecast, f.TenantID, f.Area, f.Day, f.Severity, f.TempC, f.Summary, at)
		return err
	})
	if err != nil {
		return fail(op, err, "forecast", "tenant")
	}
	f.UpdatedAt = at
	return nil
}

// FindForecasts returns the forecasts of the days first to last; see
// kefu.ProactiveService.
func (db *DB) FindForecasts(ctx context.Context, tenantID, first, last string) ([]*kefu.Forecast, error) {
	const op = "postgres.FindForecasts"
	var fs []*kefu.Forecast
	err := db.run(ctx, op, func(q querier) error {
		rows, err := q.Query(ctx, qFindForecasts, tenantID, first, last)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var f kefu.Forecast
			if err := rows.Scan(&f.TenantID, &f.Area, &f.Day, &f.Severity, &f.TempC, &f.Summary, &f.UpdatedAt); err != nil {
				return err
			}
			f.UpdatedAt = f.UpdatedAt.UTC()
			fs = append(fs, &f)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fail(op, err, "forecast", "")
	}
	return fs, nil
}

// FindDueDeliveries returns the deliveries due in the filter's window;
// see kefu.ProactiveService.
func (db *DB) FindDueDeliveries(ctx context.Context, f kefu.DeliveryFilter) ([]*kefu.Delivery, error) {
	const op = "postgres.FindDueDeliveries"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	var ds []*kefu.Delivery
	err := db.run(ctx, op, func(q querier) error {
		// The index range starts at the cursor, so that a page costs its
		// rows and not the pages before it.
		from, after := f.From, f.From.Add(-time.Microsecond)
		if f.AfterID != "" && f.AfterETA.After(f.From) {
			from, after = f.AfterETA, f.AfterETA
		} else if f.AfterID != "" {
			after = f.AfterETA
		}
		rows, err := q.Query(ctx, qFindDueDeliveries, f.TenantID, from, f.Until, after, f.AfterID, limit(f.Limit, 1000))
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var (
				s                    kefu.Shipment
				o                    kefu.Order
				opted                bool
				sku, name, lot, pick *string
				qty, unit            *int64
			)
			if err := rows.Scan(&s.ID, &s.OrderID, &s.Carrier, &s.TrackingNumber, &s.Status, &s.ColdChain, &s.ETA, &s.CreatedAt,
				&o.ID, &o.TenantID, &o.Number, &o.CustomerID, &o.Status, &o.Currency, &o.Total, &o.ShipTo, &o.PlacedAt,
				&opted, &sku, &name, &qty, &unit, &lot, &pick); err != nil {
				return err
			}
			var cur *kefu.Delivery
			if n := len(ds); n > 0 && ds[n-1].Shipment.ID == s.ID {
				cur = ds[n-1]
			} else {
				s.TenantID, s.CreatedAt, o.PlacedAt = o.TenantID, s.CreatedAt.UTC(), o.PlacedAt.UTC()
				if s.ETA != nil {
					t := s.ETA.UTC()
					s.ETA = &t
				}
				cur = &kefu.Delivery{Order: &o, Shipment: &s, OptedOut: opted}
				ds = append(ds, cur)
			}
			if sku != nil {
				cur.Order.Lines = append(cur.Order.Lines, kefu.OrderLine{SKU: *sku, Name: deref(name),
					Quantity: int(deref(qty)), UnitPrice: deref(unit), Lot: deref(lot), Picking: pickingOf(deref(pick))})
			}
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fail(op, err, "delivery", "")
	}
	return ds, nil
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

// SetProactiveOptOut records the customer's choice; see
// kefu.ProactiveService.
func (db *DB) SetProactiveOptOut(ctx context.Context, tenantID, customerID string, out bool) error {
	const op = "postgres.SetProactiveOptOut"
	at := db.now()
	err := db.multi(ctx, op, func(q querier) error {
		var one int
		if err := q.QueryRow(ctx, qOptOutCustomer, tenantID, customerID).Scan(&one); err != nil {
			return err
		}
		var err error
		if out {
			_, err = q.Exec(ctx, qOptOut, tenantID, customerID, at)
		} else {
			_, err = q.Exec(ctx, qOptIn, tenantID, customerID)
		}
		return err
	})
	return fail(op, err, "customer", "")
}

// SaveRiskNotices stores assessments in one transaction and one round
// trip; see kefu.ProactiveService.
func (db *DB) SaveRiskNotices(ctx context.Context, ns []*kefu.RiskNotice) error {
	const op = "postgres.SaveRiskNotices"
	reasons := make([][]byte, len(ns))
	for i, n := range ns {
		if err := n.Validate(); err != nil {
			return kefu.E(op, err)
		}
		var err error
		if reasons[i], err = jsonb(nonNil(n.Reasons)); err != nil {
			return kefu.E(op, err)
		}
	}
	if len(ns) == 0 {
		return nil
	}
	saved := make([]*kefu.RiskNotice, len(ns))
	err := db.multi(ctx, op, func(q querier) error {
		b := &pgx.Batch{}
		for i, n := range ns {
			b.Queue(qSaveRiskNotice, n.TenantID, n.OrderID, n.OrderNumber, n.CustomerID, n.Slot, n.Score, n.Kind, reasons[i],
				n.Weather, string(n.Status), n.ConversationID, n.Error, n.AssessedAt, optTime(n.SentAt)).QueryRow(func(row pgx.Row) error {
				var err error
				saved[i], err = scanRiskNotice(row.Scan)
				return err
			})
		}
		return sendBatch(ctx, q, b)
	})
	if err != nil {
		return fail(op, err, "risk notice", "order")
	}
	for i, n := range ns {
		*n = *saved[i]
	}
	return nil
}

// ClaimRiskNotice moves a pending notice to sending; see
// kefu.ProactiveService.
func (db *DB) ClaimRiskNotice(ctx context.Context, tenantID, orderID string) (bool, error) {
	const op = "postgres.ClaimRiskNotice"
	var won bool
	err := db.write(ctx, op, func(q querier) error {
		tag, err := q.Exec(ctx, qClaimRiskNotice, tenantID, orderID)
		won = err == nil && tag.RowsAffected() == 1
		return err
	})
	return won, fail(op, err, "risk notice", "")
}

// FinishRiskNotice ends a claimed notice; see kefu.ProactiveService.
func (db *DB) FinishRiskNotice(ctx context.Context, n *kefu.RiskNotice) error {
	const op = "postgres.FinishRiskNotice"
	if err := n.Validate(); err != nil {
		return kefu.E(op, err)
	}
	sent := db.stamp(n.SentAt)
	err := db.write(ctx, op, func(q querier) error {
		tag, err := q.Exec(ctx, qFinishRiskNotice, string(n.Status), n.ConversationID, n.Error, sent, n.TenantID, n.OrderID)
		if err == nil && tag.RowsAffected() == 0 {
			err = pgx.ErrNoRows
		}
		return err
	})
	if err != nil {
		return fail(op, err, "claimed risk notice", "")
	}
	n.SentAt = sent
	return nil
}

// FindRiskNotices lists at-risk orders; see kefu.ProactiveService.
func (db *DB) FindRiskNotices(ctx context.Context, f kefu.RiskNoticeFilter) ([]*kefu.RiskNotice, error) {
	const op = "postgres.FindRiskNotices"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	var ns []*kefu.RiskNotice
	err := db.run(ctx, op, func(q querier) error {
		rows, err := q.Query(ctx, qFindRiskNotices, f.TenantID, optTime(f.SlotFrom), string(f.Status), limit(f.Limit, 200))
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			n, err := scanRiskNotice(rows.Scan)
			if err != nil {
				return err
			}
			ns = append(ns, n)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fail(op, err, "risk notice", "")
	}
	return ns, nil
}

func scanRiskNotice(scan func(dest ...any) error) (*kefu.RiskNotice, error) {
	var (
		n       kefu.RiskNotice
		reasons []byte
		status  string
		sent    *time.Time
	)
	if err := scan(&n.TenantID, &n.OrderID, &n.OrderNumber, &n.CustomerID, &n.Slot, &n.Score, &n.Kind, &reasons,
		&n.Weather, &status, &n.ConversationID, &n.Error, &n.AssessedAt, &sent); err != nil {
		return nil, err
	}
	if err := unjson(reasons, &n.Reasons); err != nil {
		return nil, err
	}
	if len(n.Reasons) == 0 {
		n.Reasons = nil
	}
	n.Status = kefu.RiskNoticeStatus(status)
	n.Slot, n.AssessedAt = n.Slot.UTC(), n.AssessedAt.UTC()
	if sent != nil {
		n.SentAt = sent.UTC()
	}
	return &n, nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
