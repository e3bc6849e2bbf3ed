package postgres

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/kefu-ai/kefu"
)

const (
	orderCols        = `id, tenant_id, number, customer_id, status, currency, total, ship_to, placed_at`
	qCreateOrder     = `INSERT INTO orders (` + orderCols + `) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`
	qCreateOrderLine = `INSERT INTO order_lines (order_id, line_no, sku, name, quantity, unit_price, lot, picking) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`
	// Orders are read with their lines in one statement (LEFT JOIN), so
	// that an order and its lines come from the same snapshot.
	orderWithLines = `SELECT o.id, o.tenant_id, o.number, o.customer_id, o.status, o.currency, o.total, o.ship_to, o.placed_at,
		l.sku, l.name, l.quantity, l.unit_price, l.lot, l.picking
		FROM orders o LEFT JOIN order_lines l ON l.order_id = o.id `
	qFindOrderByID     = orderWithLines + `WHERE o.id = $1 AND o.tenant_id = $2 ORDER BY l.line_no`
	qFindOrderByNumber = orderWithLines + `WHERE o.tenant_id = $1 AND o.number = $2 ORDER BY l.line_no`

	shipmentCols         = `id, tenant_id, order_id, carrier, tracking_number, status, cold_chain, eta, created_at`
	qCreateShipment      = `INSERT INTO shipments (` + shipmentCols + `) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`
	qCreateTrackingEvent = `INSERT INTO tracking_events (shipment_id, at, status, location, description) VALUES ($1, $2, $3, $4, $5)`
	qSetShipmentStatus   = `UPDATE shipments SET status = $1 WHERE id = $2 AND tenant_id = $3`
	// Shipments are read with their events in one statement (LEFT JOIN),
	// like orders with their lines.
	shipmentWithEvents = `SELECT s.id, s.tenant_id, s.order_id, s.carrier, s.tracking_number, s.status, s.cold_chain, s.eta, s.created_at,
		e.at, e.status, e.location, e.description
		FROM `
	qFindShipmentsByOrder = shipmentWithEvents + `shipments s LEFT JOIN tracking_events e ON e.shipment_id = s.id
		WHERE s.tenant_id = $1 AND s.order_id = $2
		ORDER BY s.created_at, s.seq, e.at, e.id`
	// The empty tracking number is no tracking number: nothing is found by it.
	qFindShipmentByTrackingNumber = shipmentWithEvents + `shipments s LEFT JOIN tracking_events e ON e.shipment_id = s.id
		WHERE s.tenant_id = $1 AND s.tracking_number = $2 AND s.tracking_number <> ''
		ORDER BY s.id, e.at, e.id`

	// UpsertOrder's batch: the order keeps its ID on a number conflict;
	// the other statements find it by number, as its ID is only known
	// once the first has run.
	qUpsertOrder = `INSERT INTO orders (` + orderCols + `) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
		ON CONFLICT (tenant_id, number) DO UPDATE SET
			customer_id = excluded.customer_id, status = excluded.status, currency = excluded.currency,
			total = excluded.total, ship_to = excluded.ship_to,
			placed_at = CASE WHEN $10 THEN excluded.placed_at ELSE orders.placed_at END
		RETURNING id, placed_at`
	qDeleteOrderLinesByNumber = `DELETE FROM order_lines WHERE order_id = (SELECT id FROM orders WHERE tenant_id = $1 AND number = $2)`
	// All lines in one statement; line_no is the 0-based position.
	qInsertOrderLinesByNumber = `INSERT INTO order_lines (order_id, line_no, sku, name, quantity, unit_price, lot, picking)
		SELECT o.id, l.n - 1, l.sku, l.name, l.quantity, l.unit_price, l.lot, l.picking
		FROM orders o, unnest($3::text[], $4::text[], $5::integer[], $6::bigint[], $7::text[], $8::text[]) WITH ORDINALITY AS l (sku, name, quantity, unit_price, lot, picking, n)
		WHERE o.tenant_id = $1 AND o.number = $2`
	// Shipments have no ON DELETE CASCADE to orders: one statement deletes
	// both (the foreign key is checked at its end); events and lines go by
	// their ON DELETE CASCADE.
	qDeleteOrder = `WITH o AS (DELETE FROM orders WHERE tenant_id = $1 AND number = $2 RETURNING tenant_id, id),
		s AS (DELETE FROM shipments s USING o WHERE s.tenant_id = o.tenant_id AND s.order_id = o.id)
		SELECT count(*) FROM o`

	// Shipment upserts of a tenant serialise on a transaction-level
	// advisory lock, so that two upserts of a new tracking number do not
	// both create it: there is no unique index to conflict on, because
	// CreateShipment allows shared numbers. One lock per tenant rather
	// than per number: a batch of upserts in one transaction then holds
	// one lock (not one per number, which would fill the server's lock
	// table, max_locks_per_transaction, and could deadlock with another
	// batch taking the same numbers in another order).
	qLockShipmentUpserts  = `SELECT pg_advisory_xact_lock(hashtextextended('kefu.UpsertShipment/' || $1, 0))`
	qLockShipments        = `SELECT id, created_at FROM shipments WHERE tenant_id = $1 AND tracking_number = $2 LIMIT 2 FOR UPDATE`
	qUpdateShipment       = `UPDATE shipments SET order_id = $1, carrier = $2, status = $3, cold_chain = $4, eta = $5 WHERE id = $6`
	qDeleteTrackingEvents = `DELETE FROM tracking_events WHERE shipment_id = $1`
	// All events in one statement; ORDINALITY keeps their order in id.
	qInsertTrackingEvents = `INSERT INTO tracking_events (shipment_id, at, status, location, description)
		SELECT $1, e.at, e.status, e.location, e.description
		FROM unnest($2::timestamptz[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS e (at, status, location, description, n)
		ORDER BY e.n`
	// A shipment is deleted only when it is the one with that number;
	// when nothing is deleted, qCountShipments tells none from several.
	qDeleteShipment = `DELETE FROM shipments WHERE tenant_id = $1 AND tracking_number = $2 AND tracking_number <> ''
		AND (SELECT count(*) FROM shipments WHERE tenant_id = $1 AND tracking_number = $2) = 1`
	qCountShipments = `SELECT count(*) FROM shipments WHERE tenant_id = $1 AND tracking_number = $2 AND tracking_number <> ''`
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
			b.Queue(qCreateOrderLine, id, i, l.SKU, l.Name, l.Quantity, l.UnitPrice, l.Lot, pickingText(l.Picking))
		}
		return sendBatch(ctx, q, b)
	})
	if err != nil {
		return fail(op, err, "order", "tenant")
	}
	o.ID, o.PlacedAt = id, placed
	return nil
}

// sendBatch runs b on q, which must be a *pgx.Conn, a pgx.Tx or the
// querier of a write in a transaction.
func sendBatch(ctx context.Context, q querier, b *pgx.Batch) error {
	if sq, ok := q.(*savepointQuerier); ok {
		return sq.send(ctx, b)
	}
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
// insertion order), or with f.ByNumber ordered by number after f.After
// (which is ignored otherwise), with their lines.
func (db *DB) FindOrders(ctx context.Context, f kefu.OrderFilter) ([]*kefu.Order, error) {
	const op = "postgres.FindOrders"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	var sb strings.Builder
	sb.WriteString(`SELECT o.id, o.tenant_id, o.number, o.customer_id, o.status, o.currency, o.total, o.ship_to, o.placed_at,
		l.sku, l.name, l.quantity, l.unit_price, l.lot, l.picking
		FROM (SELECT * FROM orders WHERE tenant_id = $1`)
	args := []any{f.TenantID}
	if f.CustomerID != "" {
		args = append(args, f.CustomerID)
		sb.WriteString(` AND customer_id = $` + strconv.Itoa(len(args)))
	}
	inner, outer := `placed_at DESC, seq DESC`, `o.placed_at DESC, o.seq DESC`
	if f.ByNumber {
		// Numbers are unique and never empty: number > '' is every order,
		// and the scan walks the unique index (tenant_id, number).
		args = append(args, f.After)
		sb.WriteString(` AND number > $` + strconv.Itoa(len(args)))
		inner, outer = `number`, `o.number`
	}
	args = append(args, limit(f.Limit, 100))
	sb.WriteString(` ORDER BY ` + inner + ` LIMIT $` + strconv.Itoa(len(args)) + `) o
		LEFT JOIN order_lines l ON l.order_id = o.id
		ORDER BY ` + outer + `, l.line_no`)
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
				o                    kefu.Order
				sku, name, lot, pick *string
				qty, unit            *int64
			)
			if err := rows.Scan(&o.ID, &o.TenantID, &o.Number, &o.CustomerID, &o.Status, &o.Currency, &o.Total,
				&o.ShipTo, &o.PlacedAt, &sku, &name, &qty, &unit, &lot, &pick); err != nil {
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
				cur.Lines = append(cur.Lines, kefu.OrderLine{SKU: *sku, Name: *name, Quantity: int(*qty), UnitPrice: *unit, Lot: *lot, Picking: pickingOf(*pick)})
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
	ss, err := db.queryShipments(ctx, op, qFindShipmentsByOrder, tenantID, orderID)
	if err != nil {
		return nil, fail(op, err, "shipment", "")
	}
	return ss, nil
}

// queryShipments reads rows of a shipments LEFT JOIN tracking_events
// query (shipmentWithEvents) whose rows of one shipment are adjacent.
func (db *DB) queryShipments(ctx context.Context, op, query string, args ...any) ([]*kefu.Shipment, error) {
	var ss []*kefu.Shipment
	err := db.run(ctx, op, func(q querier) error {
		rows, err := q.Query(ctx, query, args...)
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
	return ss, err
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

// UpsertOrder creates the order or replaces the one with the same Number:
// its fields and all its lines. It keeps its ID (set on o) and its
// shipments. A zero PlacedAt becomes now, also on a replace. ENOTFOUND
// for an unknown tenant; ECONFLICT if o.ID is another order's.
//
// The order, the removal of the old lines and the insert of the new ones
// go to the server as one batch: outside a transaction pgx runs a batch
// in one implicit transaction, inside one it runs in a savepoint (write),
// so either way the upsert is atomic and costs one round trip.
func (db *DB) UpsertOrder(ctx context.Context, o *kefu.Order) error {
	const op = "postgres.UpsertOrder"
	if err := o.Validate(); err != nil {
		return kefu.E(op, err)
	}
	id := o.ID
	if id == "" {
		id = kefu.NewID("or")
	}
	placed := db.stamp(o.PlacedAt)
	err := db.write(ctx, op, func(q querier) error {
		b := &pgx.Batch{}
		b.Queue(qUpsertOrder, id, o.TenantID, o.Number, o.CustomerID, o.Status, o.Currency, o.Total, o.ShipTo,
			placed, !o.PlacedAt.IsZero()).QueryRow(func(row pgx.Row) error { return row.Scan(&id, &placed) })
		b.Queue(qDeleteOrderLinesByNumber, o.TenantID, o.Number)
		if n := len(o.Lines); n > 0 {
			skus, names, lots, picks := make([]string, n), make([]string, n), make([]string, n), make([]string, n)
			qtys, prices := make([]int, n), make([]int64, n)
			for i, l := range o.Lines {
				skus[i], names[i], qtys[i], prices[i], lots[i], picks[i] = l.SKU, l.Name, l.Quantity, l.UnitPrice, l.Lot, pickingText(l.Picking)
			}
			b.Queue(qInsertOrderLinesByNumber, o.TenantID, o.Number, skus, names, qtys, prices, lots, picks)
		}
		return sendBatch(ctx, q, b)
	})
	if err != nil {
		return fail(op, err, "order", "tenant")
	}
	o.ID, o.PlacedAt = id, placed
	return nil
}

// DeleteOrder removes the order with that number, its lines, its
// shipments and their events, in one statement; ENOTFOUND if the tenant
// has no such order.
func (db *DB) DeleteOrder(ctx context.Context, tenantID, number string) error {
	const op = "postgres.DeleteOrder"
	err := db.write(ctx, op, func(q querier) error {
		var n int
		if err := q.QueryRow(ctx, qDeleteOrder, tenantID, number).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return pgx.ErrNoRows
		}
		return nil
	})
	return fail(op, err, "order", "")
}

// UpsertShipment creates the shipment or replaces the one with the same
// TrackingNumber: its fields (the order too) and all its events. It keeps
// its ID and CreatedAt (set on s). A zero Status becomes the latest
// event's, a zero CreatedAt of a new shipment now. EINVALID without a
// tracking number, ENOTFOUND if the order does not exist in the tenant,
// ECONFLICT if several shipments of the tenant have the number. Upserts
// of one tenant's shipments run one at a time (qLockShipmentUpserts).
func (db *DB) UpsertShipment(ctx context.Context, s *kefu.Shipment) error {
	const op = "postgres.UpsertShipment"
	if err := s.Validate(); err != nil {
		return kefu.E(op, err)
	}
	if s.TrackingNumber == "" {
		return kefu.E(op, kefu.Invalidf("tracking_number", "tracking_number is required"))
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
	n := len(s.Events)
	events := make([]kefu.TrackingEvent, n)
	ats, statuses, locations, details := make([]time.Time, n), make([]string, n), make([]string, n), make([]string, n)
	for i, e := range s.Events {
		e.At = db.stamp(e.At)
		events[i] = e
		ats[i], statuses[i], locations[i], details[i] = e.At, e.Status, e.Location, e.Description
	}
	err := db.multi(ctx, op, func(q querier) error {
		// First round trip: take the lock, then see which shipments have the number.
		var found []string
		b := &pgx.Batch{}
		b.Queue(qLockShipmentUpserts, s.TenantID)
		b.Queue(qLockShipments, s.TenantID, s.TrackingNumber).Query(func(rows pgx.Rows) error {
			for rows.Next() {
				var (
					sid string
					at  time.Time
				)
				if err := rows.Scan(&sid, &at); err != nil {
					return err
				}
				found = append(found, sid)
				id, created = sid, at.UTC()
			}
			return rows.Err()
		})
		if err := sendBatch(ctx, q, b); err != nil {
			return err
		}
		// Second round trip: write the shipment and replace its events.
		b = &pgx.Batch{}
		switch len(found) {
		case 0:
			b.Queue(qCreateShipment, id, s.TenantID, s.OrderID, s.Carrier, s.TrackingNumber, status, s.ColdChain, eta, created)
		case 1:
			b.Queue(qUpdateShipment, s.OrderID, s.Carrier, status, s.ColdChain, eta, id)
			b.Queue(qDeleteTrackingEvents, id)
		default:
			return kefu.Errorf(kefu.ECONFLICT, "several shipments have tracking number %q", s.TrackingNumber)
		}
		if n > 0 {
			b.Queue(qInsertTrackingEvents, id, ats, statuses, locations, details)
		}
		return sendBatch(ctx, q, b)
	})
	if err != nil {
		return fail(op, err, "shipment", "order")
	}
	s.ID, s.Status, s.CreatedAt, s.ETA = id, status, created, eta
	if n > 0 {
		s.Events = events
	}
	return nil
}

// FindShipmentByTrackingNumber returns the shipment with its events,
// oldest first; ENOTFOUND if the tenant has none with that number (or
// the number is empty), ECONFLICT if several have it.
func (db *DB) FindShipmentByTrackingNumber(ctx context.Context, tenantID, trackingNumber string) (*kefu.Shipment, error) {
	const op = "postgres.FindShipmentByTrackingNumber"
	ss, err := db.queryShipments(ctx, op, qFindShipmentByTrackingNumber, tenantID, trackingNumber)
	switch {
	case err != nil:
	case len(ss) == 0:
		err = pgx.ErrNoRows
	case len(ss) > 1:
		err = kefu.Errorf(kefu.ECONFLICT, "%d shipments have tracking number %q", len(ss), trackingNumber)
	}
	if err != nil {
		return nil, fail(op, err, "shipment", "")
	}
	return ss[0], nil
}

// FindShipments returns the tenant's shipments that have a tracking
// number, ordered by it (then by ID: numbers may be shared), after
// f.After, at most f.Limit (default 1000), each with its events oldest
// first.
func (db *DB) FindShipments(ctx context.Context, f kefu.ShipmentFilter) ([]*kefu.Shipment, error) {
	const op = "postgres.FindShipments"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	var sb strings.Builder
	// tracking_number > '' leaves out shipments without one; the scan
	// walks shipments_tracking_number (tenant_id, tracking_number), or
	// shipments_order for one order.
	sb.WriteString(shipmentWithEvents + `(SELECT * FROM shipments WHERE tenant_id = $1 AND tracking_number > $2`)
	args := []any{f.TenantID, f.After}
	if f.OrderID != "" {
		args = append(args, f.OrderID)
		sb.WriteString(` AND order_id = $3`)
	}
	args = append(args, limit(f.Limit, 1000))
	sb.WriteString(` ORDER BY tracking_number, id LIMIT $` + strconv.Itoa(len(args)) + `) s
		LEFT JOIN tracking_events e ON e.shipment_id = s.id
		ORDER BY s.tracking_number, s.id, e.at, e.id`)
	ss, err := db.queryShipments(ctx, op, sb.String(), args...)
	if err != nil {
		return nil, fail(op, err, "shipment", "")
	}
	return ss, nil
}

// DeleteShipment removes the shipment with that tracking number and its
// events; ENOTFOUND if the tenant has none (or the number is empty),
// ECONFLICT if several have it. It is one statement; only a failed delete
// reads again to tell the two apart.
func (db *DB) DeleteShipment(ctx context.Context, tenantID, trackingNumber string) error {
	const op = "postgres.DeleteShipment"
	err := db.write(ctx, op, func(q querier) error {
		tag, err := q.Exec(ctx, qDeleteShipment, tenantID, trackingNumber)
		if err != nil || tag.RowsAffected() > 0 {
			return err
		}
		var n int
		if err := q.QueryRow(ctx, qCountShipments, tenantID, trackingNumber).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return pgx.ErrNoRows
		}
		return kefu.Errorf(kefu.ECONFLICT, "%d shipments have tracking number %q", n, trackingNumber)
	})
	return fail(op, err, "shipment", "")
}

// pickingText and pickingOf store a line's picking record as JSON text,
// "" for none.
func pickingText(p *kefu.LinePicking) string {
	if p == nil {
		return ""
	}
	b, _ := json.Marshal(p)
	return string(b)
}

func pickingOf(s string) *kefu.LinePicking {
	if s == "" {
		return nil
	}
	var p kefu.LinePicking
	if json.Unmarshal([]byte(s), &p) != nil {
		return nil
	}
	return &p
}
