package sqlite

import (
	"context"
	"database/sql"
	"slices"
	"strings"

	"github.com/kefu-ai/kefu"
)

// Interface guard.
var _ kefu.ProactiveService = (*DB)(nil)

const (
	qUpsertForecast = `INSERT INTO forecasts (tenant_id, area, day, severity, temp_c, summary, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (tenant_id, day, area) DO UPDATE SET severity = excluded.severity, temp_c = excluded.temp_c,
			summary = excluded.summary, updated_at = excluded.updated_at`
	qFindForecasts = `SELECT tenant_id, area, day, severity, temp_c, summary, updated_at FROM forecasts
		WHERE tenant_id = ? AND day >= ? AND day <= ? ORDER BY day, area`

	// A page of deliveries (shipment and order, in the index's order) is
	// chosen first, so that it is short only at the end; the lines and
	// the opt-outs are joined to it. The rows come in no particular order
	// (sorting them cost an eighth of a scan): they are grouped by
	// shipment, and the page keeps the subquery's order.
	qFindDueDeliveries = `SELECT d.sid, d.carrier, d.tracking_number, d.sstatus, d.cold_chain, d.eta, d.created_at,
		d.oid, d.number, d.customer_id, d.ostatus, d.currency, d.total, d.ship_to, d.placed_at,
		p.customer_id IS NOT NULL, l.line_no, l.sku, l.name, l.quantity, l.unit_price
		FROM (SELECT s.id AS sid, s.carrier, s.tracking_number, s.status AS sstatus, s.cold_chain, s.eta, s.created_at,
				o.id AS oid, o.tenant_id, o.number, o.customer_id, o.status AS ostatus, o.currency, o.total, o.ship_to, o.placed_at
			FROM shipments s JOIN orders o ON o.tenant_id = s.tenant_id AND o.id = s.order_id
			WHERE s.tenant_id = ? AND s.eta >= ? AND s.eta < ? AND (s.eta, s.id) > (?, ?)
			AND s.status <> 'delivered' AND o.status NOT IN ('delivered', 'cancelled', 'returned')
			ORDER BY s.eta, s.id LIMIT ?) d
		LEFT JOIN proactive_opt_outs p ON p.tenant_id = d.tenant_id AND p.customer_id = d.customer_id
		LEFT JOIN order_lines l ON l.order_id = d.oid`

	qCustomerExists = `SELECT 1 FROM customers WHERE tenant_id = ? AND id = ?`
	qOptOut         = `INSERT INTO proactive_opt_outs (tenant_id, customer_id, at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`
	qOptIn          = `DELETE FROM proactive_opt_outs WHERE tenant_id = ? AND customer_id = ?`

	riskNoticeCols  = `tenant_id, order_id, order_number, customer_id, slot, score, kind, reasons, weather, status, conversation_id, error, assessed_at, sent_at`
	qSaveRiskNotice = `INSERT INTO risk_notices (` + riskNoticeCols + `) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (tenant_id, order_id) DO UPDATE SET order_number = excluded.order_number, customer_id = excluded.customer_id,
			slot = excluded.slot, score = excluded.score, kind = excluded.kind, reasons = excluded.reasons,
			weather = excluded.weather, assessed_at = excluded.assessed_at
		RETURNING ` + riskNoticeCols
	qClaimRiskNotice  = `UPDATE risk_notices SET status = 'sending' WHERE tenant_id = ? AND order_id = ? AND status = 'pending'`
	qFinishRiskNotice = `UPDATE risk_notices SET status = ?, conversation_id = ?, error = ?, sent_at = ?
		WHERE tenant_id = ? AND order_id = ? AND status = 'sending'`
	qFindRiskNotices = `SELECT ` + riskNoticeCols + ` FROM risk_notices
		WHERE tenant_id = ? AND slot >= ? AND (? = '' OR status = ?) ORDER BY slot, order_id LIMIT ?`
)

// UpsertForecast stores the forecast of its tenant, area and day; see
// kefu.ProactiveService.
func (db *DB) UpsertForecast(ctx context.Context, f *kefu.Forecast) error {
	const op = "sqlite.UpsertForecast"
	if err := f.Validate(); err != nil {
		return kefu.E(op, err)
	}
	at := db.now()
	var temp any
	if f.TempC != nil {
		temp = *f.TempC
	}
	err := db.write(ctx, func(ctx context.Context, tx *DB) error {
		_, err := tx.exec(ctx, qUpsertForecast, f.TenantID, f.Area, f.Day, f.Severity, temp, f.Summary, nanos(at))
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
	const op = "sqlite.FindForecasts"
	var fs []*kefu.Forecast
	err := db.rows(ctx, qFindForecasts, []any{tenantID, first, last}, func(rs *sql.Rows) error {
		var (
			f       kefu.Forecast
			temp    sql.NullFloat64
			updated int64
		)
		if err := rs.Scan(&f.TenantID, &f.Area, &f.Day, &f.Severity, &temp, &f.Summary, &updated); err != nil {
			return err
		}
		if temp.Valid {
			f.TempC = &temp.Float64
		}
		f.UpdatedAt = fromNanos(updated)
		fs = append(fs, &f)
		return nil
	})
	if err != nil {
		return nil, fail(op, err, "forecast", "")
	}
	return fs, nil
}

// FindDueDeliveries returns the deliveries due in the filter's window;
// see kefu.ProactiveService.
func (db *DB) FindDueDeliveries(ctx context.Context, f kefu.DeliveryFilter) ([]*kefu.Delivery, error) {
	const op = "sqlite.FindDueDeliveries"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	// The index range starts at the cursor, so that a page costs its
	// rows and not the pages before it.
	from, after := f.From, f.From.Add(-1)
	if f.AfterID != "" && f.AfterETA.After(f.From) {
		from, after = f.AfterETA, f.AfterETA
	} else if f.AfterID != "" {
		after = f.AfterETA
	}
	args := []any{f.TenantID, nanos(from), nanos(f.Until), nanos(after), f.AfterID, limit(f.Limit, 1000)}
	var ds []*kefu.Delivery
	byID := make(map[string]*kefu.Delivery)
	lineNo := make(map[*kefu.Delivery][]int)
	err := db.rows(ctx, qFindDueDeliveries, args, func(rs *sql.Rows) error {
		var (
			s               kefu.Shipment
			o               kefu.Order
			eta             sql.NullInt64
			created, placed int64
			opted           bool
			no, qty, unit   sql.NullInt64
			sku, name       sql.NullString
		)
		if err := rs.Scan(&s.ID, &s.Carrier, &s.TrackingNumber, &s.Status, &s.ColdChain, &eta, &created,
			&o.ID, &o.Number, &o.CustomerID, &o.Status, &o.Currency, &o.Total, &o.ShipTo, &placed,
			&opted, &no, &sku, &name, &qty, &unit); err != nil {
			return err
		}
		cur := byID[s.ID]
		if cur == nil {
			o.TenantID, s.TenantID, s.OrderID = f.TenantID, f.TenantID, o.ID
			s.CreatedAt, o.PlacedAt = fromNanos(created), fromNanos(placed)
			if eta.Valid {
				t := fromNanos(eta.Int64)
				s.ETA = &t
			}
			cur = &kefu.Delivery{Order: &o, Shipment: &s, OptedOut: opted}
			byID[s.ID] = cur
			ds = append(ds, cur)
		}
		if sku.Valid {
			cur.Order.Lines = append(cur.Order.Lines, kefu.OrderLine{SKU: sku.String, Name: name.String,
				Quantity: int(qty.Int64), UnitPrice: unit.Int64})
			lineNo[cur] = append(lineNo[cur], int(no.Int64))
		}
		return nil
	})
	if err == nil {
		slices.SortFunc(ds, func(a, b *kefu.Delivery) int {
			if c := a.Shipment.ETA.Compare(*b.Shipment.ETA); c != 0 {
				return c
			}
			return strings.Compare(a.Shipment.ID, b.Shipment.ID)
		})
		for d, nos := range lineNo {
			if !slices.IsSorted(nos) {
				sortLines(d.Order.Lines, nos)
			}
		}
	}
	if err != nil {
		return nil, fail(op, err, "delivery", "")
	}
	return ds, nil
}

// SetProactiveOptOut records the customer's choice; see
// kefu.ProactiveService.
func (db *DB) SetProactiveOptOut(ctx context.Context, tenantID, customerID string, out bool) error {
	const op = "sqlite.SetProactiveOptOut"
	at := db.now()
	err := db.write(ctx, func(ctx context.Context, tx *DB) error {
		var one int
		if err := tx.row(ctx, qCustomerExists, []any{tenantID, customerID}, &one); err != nil {
			return err
		}
		var err error
		if out {
			_, err = tx.exec(ctx, qOptOut, tenantID, customerID, nanos(at))
		} else {
			_, err = tx.exec(ctx, qOptIn, tenantID, customerID)
		}
		return err
	})
	return fail(op, err, "customer", "")
}

// SaveRiskNotices stores assessments in one transaction; see
// kefu.ProactiveService.
func (db *DB) SaveRiskNotices(ctx context.Context, ns []*kefu.RiskNotice) error {
	const op = "sqlite.SaveRiskNotices"
	reasons := make([]string, len(ns))
	for i, n := range ns {
		if err := n.Validate(); err != nil {
			return kefu.E(op, err)
		}
		var err error
		if reasons[i], err = jsonText(nonNil(n.Reasons)); err != nil {
			return kefu.E(op, err)
		}
	}
	if len(ns) == 0 {
		return nil
	}
	saved := make([]*kefu.RiskNotice, len(ns))
	err := db.writeMany(ctx, func(ctx context.Context, tx *DB) error {
		for i, n := range ns {
			var err error
			saved[i], err = scanRiskNotice(func(dest ...any) error {
				return tx.row(ctx, qSaveRiskNotice, []any{n.TenantID, n.OrderID, n.OrderNumber, n.CustomerID, nanos(n.Slot),
					n.Score, n.Kind, reasons[i], n.Weather, string(n.Status), n.ConversationID, n.Error, nanos(n.AssessedAt),
					optNanos(n.SentAt)}, dest...)
			})
			if err != nil {
				return err
			}
		}
		return nil
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
	const op = "sqlite.ClaimRiskNotice"
	var won bool
	err := db.write(ctx, func(ctx context.Context, tx *DB) error {
		res, err := tx.exec(ctx, qClaimRiskNotice, tenantID, orderID)
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		won = n == 1
		return err
	})
	return won, fail(op, err, "risk notice", "")
}

// FinishRiskNotice ends a claimed notice; see kefu.ProactiveService.
func (db *DB) FinishRiskNotice(ctx context.Context, n *kefu.RiskNotice) error {
	const op = "sqlite.FinishRiskNotice"
	if err := n.Validate(); err != nil {
		return kefu.E(op, err)
	}
	sent := db.stamp(n.SentAt)
	err := db.write(ctx, func(ctx context.Context, tx *DB) error {
		res, err := tx.exec(ctx, qFinishRiskNotice, string(n.Status), n.ConversationID, n.Error, nanos(sent), n.TenantID, n.OrderID)
		if err != nil {
			return err
		}
		if k, err := res.RowsAffected(); err != nil || k == 0 {
			return orErr(err, sql.ErrNoRows)
		}
		return nil
	})
	if err != nil {
		return fail(op, err, "claimed risk notice", "")
	}
	n.SentAt = sent
	return nil
}

// FindRiskNotices lists at-risk orders; see kefu.ProactiveService.
func (db *DB) FindRiskNotices(ctx context.Context, f kefu.RiskNoticeFilter) ([]*kefu.RiskNotice, error) {
	const op = "sqlite.FindRiskNotices"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	var ns []*kefu.RiskNotice
	args := []any{f.TenantID, optNanos(f.SlotFrom), string(f.Status), string(f.Status), limit(f.Limit, 200)}
	err := db.rows(ctx, qFindRiskNotices, args, func(rs *sql.Rows) error {
		n, err := scanRiskNotice(rs.Scan)
		if err == nil {
			ns = append(ns, n)
		}
		return err
	})
	if err != nil {
		return nil, fail(op, err, "risk notice", "")
	}
	return ns, nil
}

func scanRiskNotice(scan func(dest ...any) error) (*kefu.RiskNotice, error) {
	var (
		n                    kefu.RiskNotice
		slot, assessed, sent int64
		reasons, status      string
	)
	if err := scan(&n.TenantID, &n.OrderID, &n.OrderNumber, &n.CustomerID, &slot, &n.Score, &n.Kind, &reasons,
		&n.Weather, &status, &n.ConversationID, &n.Error, &assessed, &sent); err != nil {
		return nil, err
	}
	if err := unjson(reasons, &n.Reasons); err != nil {
		return nil, err
	}
	if len(n.Reasons) == 0 {
		n.Reasons = nil
	}
	n.Status = kefu.RiskNoticeStatus(status)
	n.Slot, n.AssessedAt, n.SentAt = fromNanos(slot), fromNanos(assessed), fromOptNanos(sent)
	return &n, nil
}

// sortLines orders lines by their numbers nos.
func sortLines(lines []kefu.OrderLine, nos []int) {
	idx := make([]int, len(lines))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int { return nos[a] - nos[b] })
	sorted := make([]kefu.OrderLine, len(lines))
	for i, j := range idx {
		sorted[i] = lines[j]
	}
	copy(lines, sorted)
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func orErr(err, def error) error {
	if err != nil {
		return err
	}
	return def
}
