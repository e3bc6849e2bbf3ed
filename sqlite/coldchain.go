package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/tsenc"
)

// Interface guards.
var (
	_ kefu.TelemetryService = (*DB)(nil)
	_ kefu.BatchService     = (*DB)(nil)
	_ kefu.CustodyService   = (*DB)(nil)
)

const (
	deviceCols    = `tenant_id, id, kind, name, created_at`
	qUpsertDevice = `INSERT INTO devices (` + deviceCols + `) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (tenant_id, id) DO UPDATE SET kind = excluded.kind, name = excluded.name
		RETURNING created_at`
	qFindDevice  = `SELECT ` + deviceCols + ` FROM devices WHERE tenant_id = ? AND id = ?`
	qFindDevices = `SELECT ` + deviceCols + ` FROM devices WHERE tenant_id = ? AND id > ? ORDER BY id LIMIT ?`
	qDeviceSeq   = `SELECT seq FROM devices WHERE tenant_id = ? AND id = ?`

	assignmentCols    = `tenant_id, id, device_id, carrier_kind, carrier_id, shipment_id, from_at, to_at`
	qCreateAssignment = `INSERT INTO device_assignments (` + assignmentCols + `) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
	qShipmentExists   = `SELECT 1 FROM shipments WHERE tenant_id = ? AND id = ?`
	qAssignmentSpan   = `SELECT from_at, to_at FROM device_assignments WHERE tenant_id = ? AND id = ?`
	qEndAssignment    = `UPDATE device_assignments SET to_at = ? WHERE tenant_id = ? AND id = ? AND to_at = 0`

	qReadBucket  = `SELECT data FROM readings WHERE device = ? AND bucket = ?`
	qWriteBucket = `INSERT INTO readings (device, bucket, data) VALUES (?, ?, ?)
		ON CONFLICT (device, bucket) DO UPDATE SET data = excluded.data`
	qFindBuckets = `SELECT r.bucket, r.data FROM readings r JOIN devices d ON r.device = d.seq
		WHERE d.tenant_id = ? AND d.id = ? AND r.bucket BETWEEN ? AND ? ORDER BY r.bucket`

	batchCols    = `tenant_id, sku, lot, origin, country, produced_at, best_before, storage_min, storage_max, updated_at`
	qUpsertBatch = `INSERT INTO batches (` + batchCols + `) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (tenant_id, sku, lot) DO UPDATE SET
			origin = excluded.origin, country = excluded.country, produced_at = excluded.produced_at,
			best_before = excluded.best_before, storage_min = excluded.storage_min, storage_max = excluded.storage_max,
			updated_at = excluded.updated_at`
	qFindBatch      = `SELECT ` + batchCols + ` FROM batches WHERE tenant_id = ? AND sku = ? AND lot = ?`
	qFindSKUBatches = `SELECT ` + batchCols + ` FROM batches WHERE tenant_id = ? AND sku = ? AND lot > ? ORDER BY lot LIMIT ?`
	qFindBatches    = `SELECT ` + batchCols + ` FROM batches WHERE tenant_id = ? AND (sku > ? OR (sku = ? AND lot > ?))
		ORDER BY sku, lot LIMIT ?`

	custodyCols    = `tenant_id, id, shipment_id, step, at, location, operator, station, sku, lot, temp_c, ambient_minutes, checks_passed, notes`
	qAddCustody    = `INSERT INTO custody_events (` + custodyCols + `) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, id) DO NOTHING`
	qFindCustodies = `SELECT ` + custodyCols + ` FROM custody_events WHERE tenant_id = ? AND shipment_id = ? ORDER BY at, rowid`
)

// UpsertDevice creates the device or replaces its kind and name; a new
// device's CreatedAt is d.CreatedAt or now, a replaced one keeps its own
// (set on d). ENOTFOUND for an unknown tenant.
func (db *DB) UpsertDevice(ctx context.Context, d *kefu.Device) error {
	const op = "sqlite.UpsertDevice"
	if err := d.Validate(); err != nil {
		return kefu.E(op, err)
	}
	created := nanos(db.stamp(d.CreatedAt))
	err := db.write(ctx, func(ctx context.Context, tx *DB) error {
		return tx.row(ctx, qUpsertDevice, []any{d.TenantID, d.ID, string(d.Kind), d.Name, created}, &created)
	})
	if err != nil {
		return fail(op, err, "device", "tenant")
	}
	d.CreatedAt = fromNanos(created)
	return nil
}

// FindDeviceByID returns ENOTFOUND if the tenant has no such device.
func (db *DB) FindDeviceByID(ctx context.Context, tenantID, id string) (*kefu.Device, error) {
	const op = "sqlite.FindDeviceByID"
	d, err := scanDevice(func(dest ...any) error { return db.row(ctx, qFindDevice, []any{tenantID, id}, dest...) })
	if err != nil {
		return nil, fail(op, err, "device", "")
	}
	return d, nil
}

// FindDevices returns the tenant's devices ordered by ID after f.After, at
// most f.Limit (default 1000).
func (db *DB) FindDevices(ctx context.Context, f kefu.DeviceFilter) ([]*kefu.Device, error) {
	const op = "sqlite.FindDevices"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	var ds []*kefu.Device
	err := db.rows(ctx, qFindDevices, []any{f.TenantID, f.After, limit(f.Limit, 1000)}, func(rs *sql.Rows) error {
		d, err := scanDevice(rs.Scan)
		ds = append(ds, d)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "device", "")
	}
	return ds, nil
}

func scanDevice(scan func(...any) error) (*kefu.Device, error) {
	var (
		d       kefu.Device
		kind    string
		created int64
	)
	if err := scan(&d.TenantID, &d.ID, &kind, &d.Name, &created); err != nil {
		return nil, err
	}
	d.Kind, d.CreatedAt = kefu.DeviceKind(kind), fromNanos(created)
	return &d, nil
}

// AssignDevice stores a new assignment, with a new ID when a.ID is empty
// (set on a). ENOTFOUND for a device or shipment the tenant does not
// have, ECONFLICT for an ID in use.
func (db *DB) AssignDevice(ctx context.Context, a *kefu.DeviceAssignment) error {
	const op = "sqlite.AssignDevice"
	if err := a.Validate(); err != nil {
		return kefu.E(op, err)
	}
	id := a.ID
	if id == "" {
		id = kefu.NewID("da")
	}
	err := db.writeMany(ctx, func(ctx context.Context, tx *DB) error {
		var one int
		if err := tx.row(ctx, qDeviceSeq, []any{a.TenantID, a.DeviceID}, &one); err != nil {
			return notFound(err, "device %q not found", a.DeviceID)
		}
		if a.ShipmentID != "" {
			if err := tx.row(ctx, qShipmentExists, []any{a.TenantID, a.ShipmentID}, &one); err != nil {
				return notFound(err, "shipment %q not found", a.ShipmentID)
			}
		}
		_, err := tx.exec(ctx, qCreateAssignment, a.TenantID, id, a.DeviceID, string(a.CarrierKind), a.CarrierID, a.ShipmentID,
			nanos(a.From), optNanos(a.To))
		return err
	})
	if err != nil {
		return fail(op, err, "assignment", "device")
	}
	a.ID = id
	return nil
}

// notFound turns sql.ErrNoRows into ENOTFOUND with the message; other
// errors stay.
func notFound(err error, format string, args ...any) error {
	if errors.Is(err, sql.ErrNoRows) {
		return kefu.Errorf(kefu.ENOTFOUND, format, args...)
	}
	return err
}

// EndAssignment sets the end of an open assignment: ENOTFOUND if the
// tenant has no such assignment, ECONFLICT if it has ended, EINVALID if to
// is not after its start.
func (db *DB) EndAssignment(ctx context.Context, tenantID, id string, to time.Time) error {
	const op = "sqlite.EndAssignment"
	if to.IsZero() {
		return kefu.E(op, kefu.Invalidf("to", "to is required"))
	}
	err := db.writeMany(ctx, func(ctx context.Context, tx *DB) error {
		var from, end int64
		if err := tx.row(ctx, qAssignmentSpan, []any{tenantID, id}, &from, &end); err != nil {
			return notFound(err, "assignment %q not found", id)
		}
		switch {
		case end != 0:
			return kefu.Errorf(kefu.ECONFLICT, "assignment %q has ended at %s", id, fromNanos(end).Format(time.RFC3339))
		case nanos(to) <= from:
			return kefu.Invalidf("to", "to is not after from")
		}
		_, err := tx.exec(ctx, qEndAssignment, nanos(to), tenantID, id)
		return err
	})
	return fail(op, err, "assignment", "")
}

// FindAssignments returns the tenant's assignments that match f, ordered
// by From (then ID).
func (db *DB) FindAssignments(ctx context.Context, f kefu.AssignmentFilter) ([]*kefu.DeviceAssignment, error) {
	const op = "sqlite.FindAssignments"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	var q strings.Builder
	q.WriteString(`SELECT ` + assignmentCols + ` FROM device_assignments WHERE tenant_id = ?`)
	args := []any{f.TenantID}
	if f.DeviceID != "" {
		q.WriteString(` AND device_id = ?`)
		args = append(args, f.DeviceID)
	}
	if f.ShipmentID != "" {
		q.WriteString(` AND shipment_id = ?`)
		args = append(args, f.ShipmentID)
	}
	if !f.At.IsZero() {
		q.WriteString(` AND from_at <= ? AND (to_at = 0 OR to_at > ?)`)
		args = append(args, nanos(f.At), nanos(f.At))
	}
	q.WriteString(` ORDER BY from_at, id`)
	var as []*kefu.DeviceAssignment
	err := db.rows(ctx, q.String(), args, func(rs *sql.Rows) error {
		var (
			a        kefu.DeviceAssignment
			kind     string
			from, to int64
		)
		if err := rs.Scan(&a.TenantID, &a.ID, &a.DeviceID, &kind, &a.CarrierID, &a.ShipmentID, &from, &to); err != nil {
			return err
		}
		a.CarrierKind, a.From, a.To = kefu.CarrierKind(kind), fromNanos(from), fromOptNanos(to)
		as = append(as, &a)
		return nil
	})
	if err != nil {
		return nil, fail(op, err, "assignment", "")
	}
	return as, nil
}

// readingScratch is the scratch space of AddReadings. It lives on the
// writer, so only the holder of the writer's mutex uses it.
type readingScratch struct {
	buf  tsenc.Buffer
	es   []tsenc.Entry
	seqs map[string]int64 // device ID -> devices.seq
}

// AddReadings stores the readings that are new (by device and time, to
// the millisecond) in one write: the readings of each device and hour are
// merged into that hour's bucket, each bucket read and written once.
// Readings are checked with Validate against the store's clock; EINVALID
// names the reading ("readings[3].temp_c").
func (db *DB) AddReadings(ctx context.Context, tenantID string, rs []kefu.Reading) (int, error) {
	const op = "sqlite.AddReadings"
	if err := (kefu.DeviceFilter{TenantID: tenantID}).Validate(); err != nil {
		return 0, kefu.E(op, err)
	}
	now := db.now()
	for i := range rs {
		if err := rs[i].Validate(now); err != nil {
			return 0, kefu.E(op, kefu.InList("readings", i, err))
		}
	}
	if len(rs) == 0 {
		return 0, nil
	}
	added := 0
	err := db.writeMany(ctx, func(ctx context.Context, tx *DB) error {
		added = 0
		s := &tx.c.w.rs
		if s.seqs == nil {
			s.seqs = make(map[string]int64)
		}
		defer func() {
			clear(s.seqs)
			if cap(s.es) > 1<<16 { // do not keep a huge call's memory
				s.es = nil
			}
		}()
		es := s.es[:0]
		var (
			last string // the device of the reading before, whose key is seq
			seq  int64
		)
		for i := range rs {
			if id := rs[i].DeviceID; i == 0 || id != last {
				var ok bool
				if seq, ok = s.seqs[id]; !ok {
					var found int64
					if err := tx.row(ctx, qDeviceSeq, []any{tenantID, id}, &found); err != nil {
						return notFound(err, "device %q not found", id)
					}
					seq, s.seqs[id] = found, found
				}
				last = id
			}
			es = append(es, tsenc.Entry{Series: seq, Point: tsenc.FromReading(&rs[i])})
		}
		s.es = es
		return s.buf.Group(es, func(series, bucket int64, pts []tsenc.Point) error {
			var blob []byte
			if err := tx.row(ctx, qReadBucket, []any{series, bucket}, &blob); err != nil && !errors.Is(err, sql.ErrNoRows) {
				return err
			}
			out, n, err := s.buf.Add(blob, tsenc.Start(bucket), pts)
			switch {
			case errors.Is(err, tsenc.ErrFull):
				return kefu.Invalidf("readings", "device %q has more than %d readings in the hour from %s", deviceOf(s.seqs, series),
					tsenc.MaxPoints, time.UnixMilli(tsenc.Start(bucket)).UTC().Format(time.RFC3339))
			case err != nil:
				return fmt.Errorf("device %q: %w", deviceOf(s.seqs, series), err)
			case n == 0:
				return nil
			}
			added += n
			_, err = tx.exec(ctx, qWriteBucket, series, bucket, out)
			return err
		})
	})
	if err != nil {
		return 0, fail(op, err, "reading", "device")
	}
	return added, nil
}

// deviceOf returns the ID of the device with key seq in seqs.
func deviceOf(seqs map[string]int64, seq int64) string {
	for id, s := range seqs {
		if s == seq {
			return id
		}
	}
	return fmt.Sprint(seq)
}

// FindReadings returns the device's readings with from <= At < to, oldest
// first, reading only the buckets (hours) that overlap the window. A
// device the tenant does not have has none.
func (db *DB) FindReadings(ctx context.Context, tenantID, deviceID string, from, to time.Time) ([]kefu.Reading, error) {
	const op = "sqlite.FindReadings"
	lo, hi := tsenc.CeilMilli(from), tsenc.CeilMilli(to) // readings are kept to the millisecond
	if lo >= hi {
		return nil, nil
	}
	var pts []tsenc.Point
	err := db.rows(ctx, qFindBuckets, []any{tenantID, deviceID, tsenc.Bucket(lo), tsenc.Bucket(hi - 1)}, func(rs *sql.Rows) error {
		var (
			bucket int64
			blob   sql.RawBytes
		)
		if err := rs.Scan(&bucket, &blob); err != nil {
			return err
		}
		var err error
		pts, err = tsenc.Decode(pts, tsenc.Start(bucket), blob)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "reading", "")
	}
	return tsenc.ReadingsIn(pts, deviceID, lo, hi), nil
}

// UpsertBatch creates the batch or replaces the tenant's one with the same
// SKU and lot; b.UpdatedAt is set to now. ENOTFOUND for an unknown tenant.
func (db *DB) UpsertBatch(ctx context.Context, b *kefu.Batch) error {
	const op = "sqlite.UpsertBatch"
	if err := b.Validate(); err != nil {
		return kefu.E(op, err)
	}
	var lo, hi any
	if b.Storage != nil {
		lo, hi = b.Storage.MinC, b.Storage.MaxC
	}
	updated := db.now()
	err := db.write(ctx, func(ctx context.Context, tx *DB) error {
		_, err := tx.exec(ctx, qUpsertBatch, b.TenantID, b.SKU, b.Lot, b.Origin, b.Country, optNanos(b.ProducedAt),
			optNanos(b.BestBefore), lo, hi, nanos(updated))
		return err
	})
	if err != nil {
		return fail(op, err, "batch", "tenant")
	}
	b.UpdatedAt = updated
	return nil
}

// FindBatch returns ENOTFOUND if the tenant has no such batch.
func (db *DB) FindBatch(ctx context.Context, tenantID, sku, lot string) (*kefu.Batch, error) {
	const op = "sqlite.FindBatch"
	b, err := scanBatch(func(dest ...any) error { return db.row(ctx, qFindBatch, []any{tenantID, sku, lot}, dest...) })
	if err != nil {
		return nil, fail(op, err, "batch", "")
	}
	return b, nil
}

// FindBatches returns the tenant's batches ordered by SKU, then lot, after
// f.After, at most f.Limit (default 1000).
func (db *DB) FindBatches(ctx context.Context, f kefu.BatchFilter) ([]*kefu.Batch, error) {
	const op = "sqlite.FindBatches"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	q, args := qFindSKUBatches, []any{f.TenantID, f.SKU, f.After, limit(f.Limit, 1000)}
	if f.SKU == "" {
		// "sku\x00lot" after After: a later SKU, or the same one and a later lot.
		sku, lot, _ := strings.Cut(f.After, "\x00")
		q, args = qFindBatches, []any{f.TenantID, sku, sku, lot, limit(f.Limit, 1000)}
	}
	var bs []*kefu.Batch
	err := db.rows(ctx, q, args, func(rs *sql.Rows) error {
		b, err := scanBatch(rs.Scan)
		bs = append(bs, b)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "batch", "")
	}
	return bs, nil
}

func scanBatch(scan func(...any) error) (*kefu.Batch, error) {
	var (
		b                       kefu.Batch
		produced, best, updated int64
		lo, hi                  sql.NullFloat64
	)
	if err := scan(&b.TenantID, &b.SKU, &b.Lot, &b.Origin, &b.Country, &produced, &best, &lo, &hi, &updated); err != nil {
		return nil, err
	}
	b.ProducedAt, b.BestBefore, b.UpdatedAt = fromOptNanos(produced), fromOptNanos(best), fromNanos(updated)
	if lo.Valid && hi.Valid {
		b.Storage = &kefu.TempRange{MinC: lo.Float64, MaxC: hi.Float64}
	}
	return &b, nil
}

// AddCustodyEvents stores the events whose ID the tenant does not have
// yet (the first of several with one ID) and returns how many it stored.
// An event's TenantID may be empty (it is tenantID) but no other tenant's;
// EINVALID names the event ("events[2].step"). ENOTFOUND for a shipment
// the tenant does not have. All or nothing.
func (db *DB) AddCustodyEvents(ctx context.Context, tenantID string, es []kefu.CustodyEvent) (int, error) {
	const op = "sqlite.AddCustodyEvents"
	evs, err := custodyEvents(tenantID, es)
	if err != nil {
		return 0, kefu.E(op, err)
	}
	if len(evs) == 0 {
		return 0, nil
	}
	added := 0
	err = db.writeMany(ctx, func(ctx context.Context, tx *DB) error {
		added = 0
		seen := make(map[string]bool)
		for _, e := range evs {
			if e.ShipmentID != "" && !seen[e.ShipmentID] {
				var one int
				if err := tx.row(ctx, qShipmentExists, []any{tenantID, e.ShipmentID}, &one); err != nil {
					return notFound(err, "shipment %q not found", e.ShipmentID)
				}
				seen[e.ShipmentID] = true
			}
			var temp any
			if kefu.Has(e.TempC) {
				temp = e.TempC
			}
			res, err := tx.exec(ctx, qAddCustody, tenantID, e.ID, e.ShipmentID, string(e.Step), nanos(e.At), e.Location,
				e.Operator, e.Station, e.SKU, e.Lot, temp, e.AmbientMinutes, e.ChecksPassed, e.Notes)
			if err != nil {
				return err
			}
			n, err := res.RowsAffected()
			if err != nil {
				return err
			}
			added += int(n)
		}
		return nil
	})
	if err != nil {
		return 0, fail(op, err, "custody event", "tenant")
	}
	return added, nil
}

// custodyEvents returns es with TenantID set to tenantID, each checked
// with Validate.
func custodyEvents(tenantID string, es []kefu.CustodyEvent) ([]kefu.CustodyEvent, error) {
	if err := (kefu.DeviceFilter{TenantID: tenantID}).Validate(); err != nil {
		return nil, err
	}
	evs := make([]kefu.CustodyEvent, len(es))
	for i, e := range es {
		switch e.TenantID {
		case "":
			e.TenantID = tenantID
		case tenantID:
		default:
			return nil, kefu.InList("events", i, kefu.Invalidf("tenant_id", "tenant_id %q is not %q", e.TenantID, tenantID))
		}
		if err := e.Validate(); err != nil {
			return nil, kefu.InList("events", i, err)
		}
		evs[i] = e
	}
	return evs, nil
}

// FindCustodyEvents returns the shipment's events, oldest first (then in
// the order they were stored).
func (db *DB) FindCustodyEvents(ctx context.Context, tenantID, shipmentID string) ([]*kefu.CustodyEvent, error) {
	const op = "sqlite.FindCustodyEvents"
	var es []*kefu.CustodyEvent
	err := db.rows(ctx, qFindCustodies, []any{tenantID, shipmentID}, func(rs *sql.Rows) error {
		var (
			e    kefu.CustodyEvent
			step string
			at   int64
			temp sql.NullFloat64
		)
		if err := rs.Scan(&e.TenantID, &e.ID, &e.ShipmentID, &step, &at, &e.Location, &e.Operator, &e.Station, &e.SKU, &e.Lot,
			&temp, &e.AmbientMinutes, &e.ChecksPassed, &e.Notes); err != nil {
			return err
		}
		e.Step, e.At, e.TempC = kefu.CustodyStep(step), fromNanos(at), math.NaN()
		if temp.Valid {
			e.TempC = temp.Float64
		}
		es = append(es, &e)
		return nil
	})
	if err != nil {
		return nil, fail(op, err, "custody event", "")
	}
	return es, nil
}
