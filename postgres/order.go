package postgres

import (
	"context"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/kefu-ai/kefu"
)

const (
	orderCols        = `id, tenant_id, number, customer_id, status, currency, total, ship_to, placed_at`
	qCreateOrder     = `INSERT INTO orders (` + orderCols + `) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`
	qCreateOrderLine = `INSERT INTO order_lines (order_id, line_no, sku, name, quantity, unit_price) VALUES ($1, $2, $3, $4, $5, $6)`
	// Orders are read with their lines in one statement (LEFT JOIN), so
	// that an order and its lines come from the same snapshot.
	orderWithLines = `SELECT o.id, o.tenant_id, o.number, o.customer_id, o.status, o.currency, o.total, o.ship_to, o.placed_at,
		l.sku, l.name, l.quantity, l.unit_price
		FROM orders o LEFT JOIN order_lines l ON l.order_id = o.id `
	qFindOrderByID     = orderWithLines + `WHERE o.id = $1 AND o.tenant_id = $2 ORDER BY l.line_no`
	qFindOrderByNumber = orderWithLines + `WHERE o.tenant_id = $1 AND o.number = $2 ORDER BY l.line_no`

	shipmentCols          = `id, tenant_id, order_id, carrier, tracking_number, status, cold_chain, eta, created_at`
	qCreateShipment       = `INSERT INTO shipments (` + shipmentCols + `) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`
	qCreateTrackingEvent  = `INSERT INTO tracking_events (shipment_id, at, status, location, description) VALUES ($1, $2, $3, $4, $5)`
	qSetShipmentStatus    = `UPDATE shipments SET status = $1 WHERE id = $2 AND tenant_id = $3`
	qFindShipmentsByOrder = `SELECT s.id, s.tenant_id, s.order_id, s.carrier, s.tracking_number, s.status, s.cold_chain, s.eta, s.created_at,
		e.at, e.status, e.location, e.description
		FROM shipments s LEFT JOIN tracking_events e ON e.shipment_id = s.id
		WHERE s.tenant_id = $1 AND s.order_id = $2
		ORDER BY s.created_at, s.seq, e.at, e.id`
)

// CreateOrder stores o with its lines in one transaction. A zero PlacedAt
// becomes now. ECONFLICT if the number is taken in the tenant.
func (db *DB) CreateOrder(ctx context.Context, o *kefu.Order) error {
	const op = "postgres.CreateOrder"
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
		write = db.multi
	}
	err := write(ctx, op, func(q querier) error {
		if _, err := q.Exec(ctx, qCreateOrder, id, o.TenantID, o.Number, o.CustomerID, o.Status, o.Currency,
			o.Total, o.ShipTo, placed); err != nil {
			return err
		}
		if len(o.Lines) == 0 {
			return nil
		}
		// One round trip for all lines.
		b := &pgx.Batch{}
		for i, l := range o.Lines {
			b.Queue(qCreateOrderLine, id, i, l.SKU, l.Name, l.Quantity, l.UnitPrice)
		}
		return sendBatch(ctx, q, b)
	})
	if err != nil {
		return fail(op, err, "order", "tenant")
	}
	o.ID, o.PlacedAt = id, placed
	return nil
}

// sendBatch runs b on q, which must be a *pgx.Conn or pgx.Tx.
func sendBatch(ctx context.Context, q querier, b *pgx.Batch) error {
	type batcher interface {
		SendBatch(ctx context.Context, b *pgx.Batch) pgx.BatchResults
	}
	return q.(batcher).SendBatch(ctx, b).Close()
}

// FindOrderByID returns the order with its lines, or ENOTFOUND if the
// tenant has no such order.
func (db *DB) FindOrderByID(ctx context.Context, tenantID, id string) (*kefu.Order, error) {
	return db.findOrder(ctx, "postgres.FindOrderByID", qFindOrderByID, id, tenantID)
}

// FindOrderByNumber returns the order with its lines, or ENOTFOUND if the
// tenant has no such order.
func (db *DB) FindOrderByNumber(ctx context.Context, tenantID, number string) (*kefu.Order, error) {
	return db.findOrder(ctx, "postgres.FindOrderByNumber", qFindOrderByNumber, tenantID, number)
}

func (db *DB) findOrder(ctx context.Context, op, query string, args ...any) (*kefu.Order, error) {
	os, err := db.queryOrders(ctx, op, query, args)
	if err == nil && len(os) == 0 {
		err = pgx.ErrNoRows
	}
	if err != nil {
		return nil, fail(op, err, "order", "")
	}
	return os[0], nil
}

// FindOrders returns the tenant's newest orders first (by PlacedAt, then
// insertion order), with their lines.
func (db *DB) FindOrders(ctx context.Context, f kefu.OrderFilter) ([]*kefu.Order, error) {
	const op = "postgres.FindOrders"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	var sb strings.Builder
	sb.WriteString(`SELECT o.id, o.tenant_id, o.number, o.customer_id, o.status, o.currency, o.total, o.ship_to, o.placed_at,
		l.sku, l.name, l.quantity, l.unit_price
		FROM (SELECT * FROM orders WHERE tenant_id = $1`)
	args := []any{f.TenantID}
	if f.CustomerID != "" {
		args = append(args, f.CustomerID)
		sb.WriteString(` AND customer_id = $` + strconv.Itoa(len(args)))
	}
	args = append(args, limit(f.Limit, 100))
	sb.WriteString(` ORDER BY placed_at DESC, seq DESC LIMIT $` + strconv.Itoa(len(args)) + `) o
		LEFT JOIN order_lines l ON l.order_id = o.id
		ORDER BY o.placed_at DESC, o.seq DESC, l.line_no`)
	os, err := db.queryOrders(ctx, op, sb.String(), args)
	if err != nil {
		return nil, fail(op, err, "order", "")
	}
	return os, nil
}

// queryOrders reads rows of an orders LEFT JOIN order_lines query whose
// rows of one order are adjacent.
func (db *DB) queryOrders(ctx context.Context, op, query string, args []any) ([]*kefu.Order, error) {
	var os []*kefu.Order
	err := db.run(ctx, op, func(q querier) error {
		rows, err := q.Query(ctx, query, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var (
				o         kefu.Order
				sku, name *string
				qty, unit *int64
			)
			if err := rows.Scan(&o.ID, &o.TenantID, &o.Number, &o.CustomerID, &o.Status, &o.Currency, &o.Total,
				&o.ShipTo, &o.PlacedAt, &sku, &name, &qty, &unit); err != nil {
				return err
			}
			cur := &o
			if n := len(os); n > 0 && os[n-1].ID == o.ID {
				cur = os[n-1]
			} else {
				o.PlacedAt = o.PlacedAt.UTC()
				os = append(os, cur)
			}
			if sku != nil {
				cur.Lines = append(cur.Lines, kefu.OrderLine{SKU: *sku, Name: *name, Quantity: int(*qty), UnitPrice: *unit})
			}
		}
		return rows.Err()
	})
	return os, err
}

// CreateShipment stores s with its events in one transaction. A zero
// Status becomes the latest event's. ENOTFOUND if the order does not
// exist in the tenant.
func (db *DB) CreateShipment(ctx context.Context, s *kefu.Shipment) error {
	const op = "postgres.CreateShipment"
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
	var eta *time.Time
	if s.ETA != nil {
		t := s.ETA.Truncate(time.Microsecond)
		eta = &t
	}
	created := db.stamp(s.CreatedAt)
	events := make([]kefu.TrackingEvent, len(s.Events))
	for i, e := range s.Events {
		e.At = db.stamp(e.At)
		events[i] = e
	}
	write := db.write
	if len(events) > 0 {
		write = db.multi
	}
	err := write(ctx, op, func(q querier) error {
		if _, err := q.Exec(ctx, qCreateShipment, id, s.TenantID, s.OrderID, s.Carrier, s.TrackingNumber, status,
			s.ColdChain, eta, created); err != nil {
			return err
		}
		if len(events) == 0 {
			return nil
		}
		b := &pgx.Batch{}
		for _, e := range events {
			b.Queue(qCreateTrackingEvent, id, e.At, e.Status, e.Location, e.Description)
		}
		return sendBatch(ctx, q, b)
	})
	if err != nil {
		return fail(op, err, "shipment", "order")
	}
	s.ID, s.Status, s.CreatedAt, s.ETA = id, status, created, eta
	if len(events) > 0 {
		s.Events = events
	}
	return nil
}

// FindShipmentsByOrder returns the order's shipments, oldest first, each
// with its events oldest first. An order of another tenant has none.
func (db *DB) FindShipmentsByOrder(ctx context.Context, tenantID, orderID string) ([]*kefu.Shipment, error) {
	const op = "postgres.FindShipmentsByOrder"
	var ss []*kefu.Shipment
	err := db.run(ctx, op, func(q querier) error {
		rows, err := q.Query(ctx, qFindShipmentsByOrder, tenantID, orderID)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var (
				s                         kefu.Shipment
				at                        *time.Time
				estatus, location, detail *string
			)
			if err := rows.Scan(&s.ID, &s.TenantID, &s.OrderID, &s.Carrier, &s.TrackingNumber, &s.Status, &s.ColdChain,
				&s.ETA, &s.CreatedAt, &at, &estatus, &location, &detail); err != nil {
				return err
			}
			cur := &s
			if n := len(ss); n > 0 && ss[n-1].ID == s.ID {
				cur = ss[n-1]
			} else {
				s.CreatedAt = s.CreatedAt.UTC()
				if s.ETA != nil {
					t := s.ETA.UTC()
					s.ETA = &t
				}
				ss = append(ss, cur)
			}
			if at != nil {
				cur.Events = append(cur.Events, kefu.TrackingEvent{At: at.UTC(), Status: *estatus,
					Location: *location, Description: *detail})
			}
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fail(op, err, "shipment", "")
	}
	return ss, nil
}

// AddTrackingEvent appends e (a zero At becomes now) and sets the
// shipment's status to e.Status; ENOTFOUND if the shipment does not exist
// in the tenant.
func (db *DB) AddTrackingEvent(ctx context.Context, tenantID, shipmentID string, e kefu.TrackingEvent) error {
	const op = "postgres.AddTrackingEvent"
	if err := e.Validate(); err != nil {
		return kefu.E(op, err)
	}
	e.At = db.stamp(e.At)
	err := db.multi(ctx, op, func(q querier) error {
		tag, err := q.Exec(ctx, qSetShipmentStatus, e.Status, shipmentID, tenantID)
		if err != nil {
			return err
		}
		if tag.RowsAffected() == 0 {
			return pgx.ErrNoRows
		}
		_, err = q.Exec(ctx, qCreateTrackingEvent, shipmentID, e.At, e.Status, e.Location, e.Description)
		return err
	})
	return fail(op, err, "shipment", "")
}
