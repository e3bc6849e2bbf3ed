package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"github.com/kefu-ai/kefu"
)

const (
	orderCols        = `id, tenant_id, number, customer_id, status, currency, total, ship_to, placed_at`
	qCreateOrder     = `INSERT INTO orders (` + orderCols + `) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
	qCreateOrderLine = `INSERT INTO order_lines (order_id, line_no, sku, name, quantity, unit_price, lot, picking) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
	// Orders are read with their lines in one statement (LEFT JOIN), so
	// that an order and its lines come from the same snapshot.
	orderWithLines = `SELECT o.id, o.tenant_id, o.number, o.customer_id, o.status, o.currency, o.total, o.ship_to, o.placed_at,
		l.sku, l.name, l.quantity, l.unit_price, l.lot, l.picking
		FROM orders o LEFT JOIN order_lines l ON l.order_id = o.id `
	qFindOrderByID     = orderWithLines + `WHERE o.id = ? AND o.tenant_id = ? ORDER BY l.line_no`
	qFindOrderByNumber = orderWithLines + `WHERE o.tenant_id = ? AND o.number = ? ORDER BY l.line_no`

	shipmentCols          = `id, tenant_id, order_id, carrier, tracking_number, status, cold_chain, eta, created_at`
	qCreateShipment       = `INSERT INTO shipments (` + shipmentCols + `) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
	qCreateTrackingEvent  = `INSERT INTO tracking_events (shipment_id, at, status, location, description) VALUES (?, ?, ?, ?, ?)`
	qSetShipmentStatus    = `UPDATE shipments SET status = ? WHERE id = ? AND tenant_id = ?`
	qFindShipmentsByOrder = `SELECT s.id, s.tenant_id, s.order_id, s.carrier, s.tracking_number, s.status, s.cold_chain, s.eta, s.created_at,
		e.at, e.status, e.location, e.description
		FROM shipments s LEFT JOIN tracking_events e ON e.shipment_id = s.id
		WHERE s.tenant_id = ? AND s.order_id = ?
		ORDER BY s.created_at, s.rowid, e.at, e.id`
)

// CreateOrder stores o with its lines in one transaction. A zero PlacedAt
// becomes now. ECONFLICT if the number is taken in the tenant.
func (db *DB) CreateOrder(ctx context.Context, o *kefu.Order) error {
	const op = "sqlite.CreateOrder"
	if err := o.Validate(); err != nil {
		return kefu.E(op, err)
	}
	id := o.ID
	if id == "" {
		id = kefu.NewID("or")
	}
	placed := db.stamp(o.PlacedAt)
	write := db.write
	if len(o.Lines) > 0 {
		write = db.writeMany
	}
	err := write(ctx, func(ctx context.Context, tx *DB) error {
		if _, err := tx.exec(ctx, qCreateOrder, id, o.TenantID, o.Number, o.CustomerID, o.Status, o.Currency,
			o.Total, o.ShipTo, nanos(placed)); err != nil {
			return err
		}
		for i, l := range o.Lines {
			if _, err := tx.exec(ctx, qCreateOrderLine, id, i, l.SKU, l.Name, l.Quantity, l.UnitPrice, l.Lot, pickingText(l.Picking)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fail(op, err, "order", "tenant")
	}
	o.ID, o.PlacedAt = id, placed
	return nil
}

// FindOrderByID returns the order with its lines, or ENOTFOUND if the
// tenant has no such order.
func (db *DB) FindOrderByID(ctx context.Context, tenantID, id string) (*kefu.Order, error) {
	return db.findOrder(ctx, "sqlite.FindOrderByID", qFindOrderByID, id, tenantID)
}

// FindOrderByNumber returns the order with its lines, or ENOTFOUND if the
// tenant has no such order.
func (db *DB) FindOrderByNumber(ctx context.Context, tenantID, number string) (*kefu.Order, error) {
	return db.findOrder(ctx, "sqlite.FindOrderByNumber", qFindOrderByNumber, tenantID, number)
}

func (db *DB) findOrder(ctx context.Context, op, query string, args ...any) (*kefu.Order, error) {
	os, err := db.scanOrders(ctx, query, args)
	if err == nil && len(os) == 0 {
		err = sql.ErrNoRows
	}
	if err != nil {
		return nil, fail(op, err, "order", "")
	}
	return os[0], nil
}

// FindOrders returns the tenant's newest orders first (by PlacedAt, then
// insertion order), with their lines.
func (db *DB) FindOrders(ctx context.Context, f kefu.OrderFilter) ([]*kefu.Order, error) {
	const op = "sqlite.FindOrders"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	if f.ByNumber {
		os, err := db.findOrdersByNumber(ctx, f)
		return os, fail(op, err, "order", "")
	}
	var q strings.Builder
	q.WriteString(`SELECT o.id, o.tenant_id, o.number, o.customer_id, o.status, o.currency, o.total, o.ship_to, o.placed_at,
		l.sku, l.name, l.quantity, l.unit_price, l.lot, l.picking
		FROM (SELECT rowid AS seq, * FROM orders WHERE tenant_id = ?`)
	args := []any{f.TenantID}
	if f.CustomerID != "" {
		q.WriteString(` AND customer_id = ?`)
		args = append(args, f.CustomerID)
	}
	q.WriteString(` ORDER BY placed_at DESC, rowid DESC LIMIT ?) o
		LEFT JOIN order_lines l ON l.order_id = o.id
		ORDER BY o.placed_at DESC, o.seq DESC, l.line_no`)
	args = append(args, limit(f.Limit, 100))
	os, err := db.scanOrders(ctx, q.String(), args)
	if err != nil {
		return nil, fail(op, err, "order", "")
	}
	return os, nil
}

// scanOrders reads rows of an orders LEFT JOIN order_lines query whose
// rows of one order are adjacent.
func (db *DB) scanOrders(ctx context.Context, query string, args []any) ([]*kefu.Order, error) {
	var os []*kefu.Order
	err := db.rows(ctx, query, args, func(rs *sql.Rows) error {
		var (
			o                    kefu.Order
			placed               int64
			sku, name, lot, pick sql.NullString
			qty, unit            sql.NullInt64
		)
		if err := rs.Scan(&o.ID, &o.TenantID, &o.Number, &o.CustomerID, &o.Status, &o.Currency, &o.Total,
			&o.ShipTo, &placed, &sku, &name, &qty, &unit, &lot, &pick); err != nil {
			return err
		}
		cur := &o
		if n := len(os); n > 0 && os[n-1].ID == o.ID {
			cur = os[n-1]
		} else {
			o.PlacedAt = fromNanos(placed)
			os = append(os, cur)
		}
		if sku.Valid {
			cur.Lines = append(cur.Lines, kefu.OrderLine{SKU: sku.String, Name: name.String,
				Quantity: int(qty.Int64), UnitPrice: unit.Int64, Lot: lot.String, Picking: pickingOf(pick.String)})
		}
		return nil
	})
	return os, err
}

// CreateShipment stores s with its events in one transaction. A zero
// Status becomes the latest event's. ENOTFOUND if the order does not
// exist in the tenant.
func (db *DB) CreateShipment(ctx context.Context, s *kefu.Shipment) error {
	const op = "sqlite.CreateShipment"
	if err := s.Validate(); err != nil {
		return kefu.E(op, err)
	}
	id := s.ID
	if id == "" {
		id = kefu.NewID("sh")
	}
	status := s.Status
	if e := s.LatestEvent(); status == "" && e != nil {
		status = e.Status
	}
	var eta any
	if s.ETA != nil {
		eta = nanos(*s.ETA)
	}
	created := db.stamp(s.CreatedAt)
	events := make([]kefu.TrackingEvent, len(s.Events))
	for i, e := range s.Events {
		e.At = db.stamp(e.At)
		events[i] = e
	}
	write := db.write
	if len(events) > 0 {
		write = db.writeMany
	}
	err := write(ctx, func(ctx context.Context, tx *DB) error {
		if _, err := tx.exec(ctx, qCreateShipment, id, s.TenantID, s.OrderID, s.Carrier, s.TrackingNumber, status,
			s.ColdChain, eta, nanos(created)); err != nil {
			return err
		}
		for _, e := range events {
			if _, err := tx.exec(ctx, qCreateTrackingEvent, id, nanos(e.At), e.Status, e.Location, e.Description); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fail(op, err, "shipment", "order")
	}
	s.ID, s.Status, s.CreatedAt = id, status, created
	if len(events) > 0 {
		s.Events = events
	}
	return nil
}

// FindShipmentsByOrder returns the order's shipments, oldest first, each
// with its events oldest first. An order of another tenant has none.
func (db *DB) FindShipmentsByOrder(ctx context.Context, tenantID, orderID string) ([]*kefu.Shipment, error) {
	const op = "sqlite.FindShipmentsByOrder"
	ss, err := db.scanShipments(ctx, qFindShipmentsByOrder, []any{tenantID, orderID})
	if err != nil {
		return nil, fail(op, err, "shipment", "")
	}
	return ss, nil
}

// scanShipments reads rows of a shipments LEFT JOIN tracking_events
// query whose rows of one shipment are adjacent.
func (db *DB) scanShipments(ctx context.Context, query string, args []any) ([]*kefu.Shipment, error) {
	var ss []*kefu.Shipment
	err := db.rows(ctx, query, args, func(rs *sql.Rows) error {
		var (
			s                         kefu.Shipment
			eta, at                   sql.NullInt64
			created                   int64
			estatus, location, detail sql.NullString
		)
		if err := rs.Scan(&s.ID, &s.TenantID, &s.OrderID, &s.Carrier, &s.TrackingNumber, &s.Status, &s.ColdChain,
			&eta, &created, &at, &estatus, &location, &detail); err != nil {
			return err
		}
		cur := &s
		if n := len(ss); n > 0 && ss[n-1].ID == s.ID {
			cur = ss[n-1]
		} else {
			s.CreatedAt = fromNanos(created)
			if eta.Valid {
				t := fromNanos(eta.Int64)
				s.ETA = &t
			}
			ss = append(ss, cur)
		}
		if at.Valid {
			cur.Events = append(cur.Events, kefu.TrackingEvent{At: fromNanos(at.Int64), Status: estatus.String,
				Location: location.String, Description: detail.String})
		}
		return nil
	})
	return ss, err
}

// AddTrackingEvent appends e (a zero At becomes now) and sets the
// shipment's status to e.Status; ENOTFOUND if the shipment does not exist
// in the tenant.
func (db *DB) AddTrackingEvent(ctx context.Context, tenantID, shipmentID string, e kefu.TrackingEvent) error {
	const op = "sqlite.AddTrackingEvent"
	if err := e.Validate(); err != nil {
		return kefu.E(op, err)
	}
	e.At = db.stamp(e.At)
	err := db.writeMany(ctx, func(ctx context.Context, tx *DB) error {
		res, err := tx.exec(ctx, qSetShipmentStatus, e.Status, shipmentID, tenantID)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			return sql.ErrNoRows
		}
		_, err = tx.exec(ctx, qCreateTrackingEvent, shipmentID, nanos(e.At), e.Status, e.Location, e.Description)
		return err
	})
	return fail(op, err, "shipment", "")
}

const (
	// On a number conflict the order keeps its ID; a zero PlacedAt (the
	// last argument false) keeps the stored time.
	qUpsertOrder = `INSERT INTO orders (` + orderCols + `) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (tenant_id, number) DO UPDATE SET
			customer_id = excluded.customer_id, status = excluded.status, currency = excluded.currency,
			total = excluded.total, ship_to = excluded.ship_to,
			placed_at = CASE WHEN ? THEN excluded.placed_at ELSE orders.placed_at END
		RETURNING id, placed_at`
	qDeleteOrderLines = `DELETE FROM order_lines WHERE order_id = ?`

	qShipmentsByTrackingNumber = `SELECT id, created_at FROM shipments WHERE tenant_id = ? AND tracking_number = ? LIMIT 2`
	qUpdateShipment            = `UPDATE shipments SET order_id = ?, carrier = ?, status = ?, cold_chain = ?, eta = ? WHERE id = ?`
	qDeleteTrackingEvents      = `DELETE FROM tracking_events WHERE shipment_id = ?`
	shipmentsWithEvents        = `SELECT s.id, s.tenant_id, s.order_id, s.carrier, s.tracking_number, s.status, s.cold_chain, s.eta, s.created_at,
		e.at, e.status, e.location, e.description
		FROM shipments s LEFT JOIN tracking_events e ON e.shipment_id = s.id `
)

// UpsertOrder creates the order or replaces the one with the same number
// with its lines; see kefu.OrderService.
func (db *DB) UpsertOrder(ctx context.Context, o *kefu.Order) error {
	const op = "sqlite.UpsertOrder"
	if err := o.Validate(); err != nil {
		return kefu.E(op, err)
	}
	id := o.ID
	if id == "" {
		id = kefu.NewID("or")
	}
	placed := nanos(db.stamp(o.PlacedAt))
	err := db.writeMany(ctx, func(ctx context.Context, tx *DB) error {
		if err := tx.row(ctx, qUpsertOrder, []any{id, o.TenantID, o.Number, o.CustomerID, o.Status, o.Currency,
			o.Total, o.ShipTo, placed, !o.PlacedAt.IsZero()}, &id, &placed); err != nil {
			return err
		}
		if _, err := tx.exec(ctx, qDeleteOrderLines, id); err != nil {
			return err
		}
		for i, l := range o.Lines {
			if _, err := tx.exec(ctx, qCreateOrderLine, id, i, l.SKU, l.Name, l.Quantity, l.UnitPrice, l.Lot, pickingText(l.Picking)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fail(op, err, "order", "tenant")
	}
	o.ID, o.PlacedAt = id, fromNanos(placed)
	return nil
}

// DeleteOrder removes the order with that number, its lines and its
// shipments with their events.
func (db *DB) DeleteOrder(ctx context.Context, tenantID, number string) error {
	const op = "sqlite.DeleteOrder"
	err := db.writeMany(ctx, func(ctx context.Context, tx *DB) error {
		var id string
		if err := tx.row(ctx, `SELECT id FROM orders WHERE tenant_id = ? AND number = ?`, []any{tenantID, number}, &id); err != nil {
			return err
		}
		if _, err := tx.exec(ctx, `DELETE FROM shipments WHERE tenant_id = ? AND order_id = ?`, tenantID, id); err != nil {
			return err
		}
		_, err := tx.exec(ctx, `DELETE FROM orders WHERE id = ?`, id)
		return err
	})
	return fail(op, err, "order", "")
}

// findOrdersByNumber is FindOrders with f.ByNumber: orders by number,
// after f.After.
func (db *DB) findOrdersByNumber(ctx context.Context, f kefu.OrderFilter) ([]*kefu.Order, error) {
	q := `SELECT o.id, o.tenant_id, o.number, o.customer_id, o.status, o.currency, o.total, o.ship_to, o.placed_at,
		l.sku, l.name, l.quantity, l.unit_price, l.lot, l.picking
		FROM (SELECT * FROM orders WHERE tenant_id = ? AND number > ? ORDER BY number LIMIT ?) o
		LEFT JOIN order_lines l ON l.order_id = o.id
		ORDER BY o.number, l.line_no`
	args := []any{f.TenantID, f.After, limit(f.Limit, 100)}
	if f.CustomerID != "" {
		q = strings.Replace(q, `number > ?`, `number > ? AND customer_id = ?`, 1)
		args = []any{f.TenantID, f.After, f.CustomerID, limit(f.Limit, 100)}
	}
	return db.scanOrders(ctx, q, args)
}

// UpsertShipment creates the shipment or replaces the one with the same
// tracking number with its events; see kefu.OrderService.
func (db *DB) UpsertShipment(ctx context.Context, s *kefu.Shipment) error {
	const op = "sqlite.UpsertShipment"
	if err := s.Validate(); err != nil {
		return kefu.E(op, err)
	}
	if s.TrackingNumber == "" {
		return kefu.E(op, kefu.Invalidf("tracking_number", "tracking_number is required"))
	}
	status := s.Status
	if e := s.LatestEvent(); status == "" && e != nil {
		status = e.Status
	}
	var eta any
	if s.ETA != nil {
		eta = nanos(*s.ETA)
	}
	events := make([]kefu.TrackingEvent, len(s.Events))
	for i, e := range s.Events {
		e.At = db.stamp(e.At)
		events[i] = e
	}
	id := s.ID
	if id == "" {
		id = kefu.NewID("sh")
	}
	created := nanos(db.stamp(s.CreatedAt))
	shared := false
	err := db.writeMany(ctx, func(ctx context.Context, tx *DB) error {
		var found []string
		err := tx.rows(ctx, qShipmentsByTrackingNumber, []any{s.TenantID, s.TrackingNumber}, func(rs *sql.Rows) error {
			var fid string
			var fc int64
			if err := rs.Scan(&fid, &fc); err != nil {
				return err
			}
			found = append(found, fid)
			id, created = fid, fc
			return nil
		})
		switch {
		case err != nil:
			return err
		case len(found) > 1:
			shared = true
			return nil
		case len(found) == 0:
			if _, err := tx.exec(ctx, qCreateShipment, id, s.TenantID, s.OrderID, s.Carrier, s.TrackingNumber, status,
				s.ColdChain, eta, created); err != nil {
				return err
			}
		default:
			if _, err := tx.exec(ctx, qUpdateShipment, s.OrderID, s.Carrier, status, s.ColdChain, eta, id); err != nil {
				return err
			}
			if _, err := tx.exec(ctx, qDeleteTrackingEvents, id); err != nil {
				return err
			}
		}
		for _, e := range events {
			if _, err := tx.exec(ctx, qCreateTrackingEvent, id, nanos(e.At), e.Status, e.Location, e.Description); err != nil {
				return err
			}
		}
		return nil
	})
	if err == nil && shared {
		return kefu.E(op, kefu.Errorf(kefu.ECONFLICT, "tracking number %q is used by several shipments", s.TrackingNumber))
	}
	if err != nil {
		return fail(op, err, "shipment", "order")
	}
	s.ID, s.Status, s.CreatedAt, s.Events = id, status, fromNanos(created), events
	return nil
}

// FindShipmentByTrackingNumber returns the shipment with its events.
func (db *DB) FindShipmentByTrackingNumber(ctx context.Context, tenantID, trackingNumber string) (*kefu.Shipment, error) {
	const op = "sqlite.FindShipmentByTrackingNumber"
	if trackingNumber == "" {
		// Shipments without a tracking number have none to be found by.
		return nil, fail(op, sql.ErrNoRows, "shipment", "")
	}
	ss, err := db.scanShipments(ctx, shipmentsWithEvents+`WHERE s.tenant_id = ? AND s.tracking_number = ? ORDER BY s.id, e.at, e.id`,
		[]any{tenantID, trackingNumber})
	switch {
	case err != nil:
		return nil, fail(op, err, "shipment", "")
	case len(ss) == 0:
		return nil, fail(op, sql.ErrNoRows, "shipment", "")
	case len(ss) > 1:
		return nil, kefu.E(op, kefu.Errorf(kefu.ECONFLICT, "tracking number %q is used by several shipments", trackingNumber))
	}
	return ss[0], nil
}

// FindShipments returns shipments with their events ordered by tracking
// number, at most f.Limit (default 1000).
func (db *DB) FindShipments(ctx context.Context, f kefu.ShipmentFilter) ([]*kefu.Shipment, error) {
	const op = "sqlite.FindShipments"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	inner := `SELECT * FROM shipments WHERE tenant_id = ? AND tracking_number > ?`
	args := []any{f.TenantID, f.After}
	if f.OrderID != "" {
		inner += ` AND order_id = ?`
		args = append(args, f.OrderID)
	}
	args = append(args, limit(f.Limit, 1000))
	q := `SELECT s.id, s.tenant_id, s.order_id, s.carrier, s.tracking_number, s.status, s.cold_chain, s.eta, s.created_at,
		e.at, e.status, e.location, e.description
		FROM (` + inner + ` ORDER BY tracking_number, id LIMIT ?) s LEFT JOIN tracking_events e ON e.shipment_id = s.id
		ORDER BY s.tracking_number, s.id, e.at, e.id`
	ss, err := db.scanShipments(ctx, q, args)
	if err != nil {
		return nil, fail(op, err, "shipment", "")
	}
	return ss, nil
}

// DeleteShipment removes the shipment with that tracking number and its
// events (ON DELETE CASCADE).
func (db *DB) DeleteShipment(ctx context.Context, tenantID, trackingNumber string) error {
	const op = "sqlite.DeleteShipment"
	if trackingNumber == "" {
		return fail(op, sql.ErrNoRows, "shipment", "")
	}
	shared := false
	err := db.writeMany(ctx, func(ctx context.Context, tx *DB) error {
		res, err := tx.exec(ctx, `DELETE FROM shipments WHERE tenant_id = ? AND tracking_number = ?`, tenantID, trackingNumber)
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		switch {
		case err != nil:
			return err
		case n == 0:
			return sql.ErrNoRows
		case n > 1:
			shared = true
			return errSharedTrackingNumber
		}
		return nil
	})
	if shared {
		return kefu.E(op, kefu.Errorf(kefu.ECONFLICT, "tracking number %q is used by several shipments", trackingNumber))
	}
	return fail(op, err, "shipment", "")
}

// errSharedTrackingNumber undoes a delete that matched several shipments.
var errSharedTrackingNumber = errors.New("tracking number shared by several shipments")

// pickingText and pickingOf store a line's picking record as JSON text,
// "" for none.
func pickingText(p *kefu.LinePicking) string {
	if p == nil {
		return ""
	}
	s, _ := jsonText(p)
	return s
}

func pickingOf(s string) *kefu.LinePicking {
	if s == "" {
		return nil
	}
	var p kefu.LinePicking
	if unjson(s, &p) != nil {
		return nil
	}
	return &p
}
