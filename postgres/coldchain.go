package postgres

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
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
	qUpsertDevice = `INSERT INTO devices (` + deviceCols + `) VALUES ($1, $2, $3, $4, $5)
		ON CONFLICT (tenant_id, id) DO UPDATE SET kind = excluded.kind, name = excluded.name
		RETURNING created_at`
	qFindDevice  = `SELECT ` + deviceCols + ` FROM devices WHERE tenant_id = $1 AND id = $2`
	qFindDevices = `SELECT ` + deviceCols + ` FROM devices WHERE tenant_id = $1 AND id > $2 ORDER BY id LIMIT $3`
	qDeviceSeqs  = `SELECT id, seq FROM devices WHERE tenant_id = $1 AND id = ANY ($2::text[])`

	assignmentCols = `tenant_id, id, device_id, carrier_kind, carrier_id, shipment_id, from_at, to_at`
	// The device and the shipment are checked in the same statement: a
	// missing one leaves nothing to insert, and the flags say which.
	qCreateAssignment = `WITH d AS (SELECT 1 FROM devices WHERE tenant_id = $1 AND id = $3),
		s AS (SELECT 1 FROM shipments WHERE tenant_id = $1 AND id = $6),
		i AS (INSERT INTO device_assignments (` + assignmentCols + `)
			SELECT $1, $2::text, $3, $4::text, $5::text, $6, $7::timestamptz, $8::timestamptz WHERE EXISTS (SELECT 1 FROM d) AND ($6 = '' OR EXISTS (SELECT 1 FROM s))
			RETURNING 1)
		SELECT EXISTS (SELECT 1 FROM d), $6 = '' OR EXISTS (SELECT 1 FROM s), EXISTS (SELECT 1 FROM i)`
	qAssignmentSpan = `SELECT from_at, to_at FROM device_assignments WHERE tenant_id = $1 AND id = $2 FOR UPDATE`
	qEndAssignment  = `UPDATE device_assignments SET to_at = $3 WHERE tenant_id = $1 AND id = $2`

	// A call's buckets are created empty when new (so that concurrent
	// calls wait for each other on the row), then locked and read, in
	// key order.
	qCreateBuckets = `INSERT INTO readings (device, bucket, data)
		SELECT k.device, k.bucket, ''::bytea FROM unnest($1::bigint[], $2::bigint[]) AS k (device, bucket)
		ORDER BY k.device, k.bucket ON CONFLICT DO NOTHING`
	qLockBuckets = `SELECT r.device, r.bucket, r.data FROM readings r, unnest($1::bigint[], $2::bigint[]) AS k (device, bucket)
		WHERE r.device = k.device AND r.bucket = k.bucket ORDER BY r.device, r.bucket FOR UPDATE OF r`
	qWriteBuckets = `UPDATE readings r SET data = u.data FROM unnest($1::bigint[], $2::bigint[], $3::bytea[]) AS u (device, bucket, data)
		WHERE r.device = u.device AND r.bucket = u.bucket`
	qFindBuckets = `SELECT r.bucket, r.data FROM readings r JOIN devices d ON r.device = d.seq
		WHERE d.tenant_id = $1 AND d.id = $2 AND r.bucket BETWEEN $3 AND $4 ORDER BY r.bucket`

	batchCols    = `tenant_id, sku, lot, origin, country, produced_at, best_before, storage_min, storage_max, updated_at`
	qUpsertBatch = `INSERT INTO batches (` + batchCols + `) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
		ON CONFLICT (tenant_id, sku, lot) DO UPDATE SET
			origin = excluded.origin, country = excluded.country, produced_at = excluded.produced_at,
			best_before = excluded.best_before, storage_min = excluded.storage_min, storage_max = excluded.storage_max,
			updated_at = excluded.updated_at`
	qFindBatch      = `SELECT ` + batchCols + ` FROM batches WHERE tenant_id = $1 AND sku = $2 AND lot = $3`
	qFindSKUBatches = `SELECT ` + batchCols + ` FROM batches WHERE tenant_id = $1 AND sku = $2 AND lot > $3 ORDER BY lot LIMIT $4`
	qFindBatches    = `SELECT ` + batchCols + ` FROM batches WHERE tenant_id = $1 AND (sku, lot) > ($2, $3)
		ORDER BY sku, lot LIMIT $4`

	custodyCols      = `tenant_id, id, shipment_id, step, at, location, operator, station, sku, lot, temp_c, ambient_minutes, checks_passed, notes`
	qAddCustody      = `INSERT INTO custody_events (` + custodyCols + `) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) ON CONFLICT (tenant_id, id) DO NOTHING`
	qShipmentsExists = `SELECT id FROM shipments WHERE tenant_id = $1 AND id = ANY ($2::text[])`
	qFindCustodies   = `SELECT ` + custodyCols + ` FROM custody_events WHERE tenant_id = $1 AND shipment_id = $2 ORDER BY at, seq`
)

// UpsertDevice creates the device or replaces its kind and name; a new
// device's CreatedAt is d.CreatedAt or now, a replaced one keeps its own
// (set on d). ENOTFOUND for an unknown tenant.
func (db *DB) UpsertDevice(ctx context.Context, d *kefu.Device) error {
	const op = "postgres.UpsertDevice"
	if err := d.Validate(); err != nil {
		return kefu.E(op, err)
	}
	created := db.stamp(d.CreatedAt)
	err := db.write(ctx, op, func(q querier) error {
		return q.QueryRow(ctx, qUpsertDevice, d.TenantID, d.ID, string(d.Kind), d.Name, created).Scan(&created)
	})
	if err != nil {
		return fail(op, err, "device", "tenant")
	}
	d.CreatedAt = created.UTC()
	return nil
}

// FindDeviceByID returns ENOTFOUND if the tenant has no such device.
func (db *DB) FindDeviceByID(ctx context.Context, tenantID, id string) (*kefu.Device, error) {
	const op = "postgres.FindDeviceByID"
	var d *kefu.Device
	err := db.run(ctx, op, func(q querier) error {
		var err error
		d, err = scanDevice(q.QueryRow(ctx, qFindDevice, tenantID, id).Scan)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "device", "")
	}
	return d, nil
}

// FindDevices returns the tenant's devices ordered by ID after f.After, at
// most f.Limit (default 1000).
func (db *DB) FindDevices(ctx context.Context, f kefu.DeviceFilter) ([]*kefu.Device, error) {
	const op = "postgres.FindDevices"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	var ds []*kefu.Device
	err := db.query(ctx, op, qFindDevices, []any{f.TenantID, f.After, limit(f.Limit, 1000)}, func(rows pgx.Rows) error {
		d, err := scanDevice(rows.Scan)
		ds = append(ds, d)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "device", "")
	}
	return ds, nil
}

// query runs a query and calls each for every row.
func (db *DB) query(ctx context.Context, op, query string, args []any, each func(pgx.Rows) error) error {
	return db.run(ctx, op, func(q querier) error {
		rows, err := q.Query(ctx, query, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			if err := each(rows); err != nil {
				return err
			}
		}
		return rows.Err()
	})
}

func scanDevice(scan func(...any) error) (*kefu.Device, error) {
	var (
		d    kefu.Device
		kind string
	)
	if err := scan(&d.TenantID, &d.ID, &kind, &d.Name, &d.CreatedAt); err != nil {
		return nil, err
	}
	d.Kind, d.CreatedAt = kefu.DeviceKind(kind), d.CreatedAt.UTC()
	return &d, nil
}

// AssignDevice stores a new assignment, with a new ID when a.ID is empty
// (set on a). ENOTFOUND for a device or shipment the tenant does not
// have, ECONFLICT for an ID in use.
func (db *DB) AssignDevice(ctx context.Context, a *kefu.DeviceAssignment) error {
	const op = "postgres.AssignDevice"
	if err := a.Validate(); err != nil {
		return kefu.E(op, err)
	}
	id := a.ID
	if id == "" {
		id = kefu.NewID("da")
	}
	err := db.write(ctx, op, func(q querier) error {
		var device, shipment, inserted bool
		if err := q.QueryRow(ctx, qCreateAssignment, a.TenantID, id, a.DeviceID, string(a.CarrierKind), a.CarrierID, a.ShipmentID,
			a.From, optTime(a.To)).Scan(&device, &shipment, &inserted); err != nil {
			return err
		}
		switch {
		case !device:
			return kefu.Errorf(kefu.ENOTFOUND, "device %q not found", a.DeviceID)
		case !shipment:
			return kefu.Errorf(kefu.ENOTFOUND, "shipment %q not found", a.ShipmentID)
		}
		return nil
	})
	if err != nil {
		return fail(op, err, "assignment", "device")
	}
	a.ID = id
	return nil
}

// EndAssignment sets the end of an open assignment: ENOTFOUND if the
// tenant has no such assignment, ECONFLICT if it has ended, EINVALID if to
// is not after its start.
func (db *DB) EndAssignment(ctx context.Context, tenantID, id string, to time.Time) error {
	const op = "postgres.EndAssignment"
	if to.IsZero() {
		return kefu.E(op, kefu.Invalidf("to", "to is required"))
	}
	to = to.Truncate(time.Microsecond)
	err := db.multi(ctx, op, func(q querier) error {
		var (
			from time.Time
			end  *time.Time
		)
		if err := q.QueryRow(ctx, qAssignmentSpan, tenantID, id).Scan(&from, &end); err != nil {
			if errors.Is(err, pgx.ErrNoRows) {
				return kefu.Errorf(kefu.ENOTFOUND, "assignment %q not found", id)
			}
			return err
		}
		switch {
		case end != nil:
			return kefu.Errorf(kefu.ECONFLICT, "assignment %q has ended at %s", id, end.UTC().Format(time.RFC3339))
		case !to.After(from):
			return kefu.Invalidf("to", "to is not after from")
		}
		_, err := q.Exec(ctx, qEndAssignment, tenantID, id, to)
		return err
	})
	return fail(op, err, "assignment", "")
}

// FindAssignments returns the tenant's assignments that match f, ordered
// by From (then ID).
func (db *DB) FindAssignments(ctx context.Context, f kefu.AssignmentFilter) ([]*kefu.DeviceAssignment, error) {
	const op = "postgres.FindAssignments"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	var sb strings.Builder
	sb.WriteString(`SELECT ` + assignmentCols + ` FROM device_assignments WHERE tenant_id = $1`)
	args := []any{f.TenantID}
	if f.DeviceID != "" {
		args = append(args, f.DeviceID)
		sb.WriteString(` AND device_id = $` + strconv.Itoa(len(args)))
	}
	if f.ShipmentID != "" {
		args = append(args, f.ShipmentID)
		sb.WriteString(` AND shipment_id = $` + strconv.Itoa(len(args)))
	}
	if !f.At.IsZero() {
		args = append(args, f.At)
		n := strconv.Itoa(len(args))
		sb.WriteString(` AND from_at <= $` + n + ` AND (to_at IS NULL OR to_at > $` + n + `)`)
	}
	sb.WriteString(` ORDER BY from_at, id`)
	var as []*kefu.DeviceAssignment
	err := db.query(ctx, op, sb.String(), args, func(rows pgx.Rows) error {
		var (
			a    kefu.DeviceAssignment
			kind string
			to   *time.Time
		)
		if err := rows.Scan(&a.TenantID, &a.ID, &a.DeviceID, &kind, &a.CarrierID, &a.ShipmentID, &a.From, &to); err != nil {
			return err
		}
		a.CarrierKind, a.From = kefu.CarrierKind(kind), a.From.UTC()
		if to != nil {
			a.To = to.UTC()
		}
		as = append(as, &a)
		return nil
	})
	if err != nil {
		return nil, fail(op, err, "assignment", "")
	}
	return as, nil
}

// readingScratch is the scratch space of one AddReadings call, pooled.
type readingScratch struct {
	buf tsenc.Buffer
	es  []tsenc.Entry
	ids []string
	// The call's buckets, in key order, with their new points: those of
	// bucket i are pts[ends[i-1]:ends[i]].
	devs, buckets []int64
	ends          []int
	pts           []tsenc.Point
	// The buckets to write.
	wdevs, wbuckets []int64
	wdata           [][]byte
}

// AddReadings stores the readings that are new (by device and time, to
// the millisecond) in one transaction (a savepoint inside InTx): the
// readings of each device and hour are merged into that hour's bucket,
// each bucket locked, read and written once, in three round trips.
// Readings are checked with Validate against the store's clock; EINVALID
// names the reading ("readings[3].temp_c").
func (db *DB) AddReadings(ctx context.Context, tenantID string, rs []kefu.Reading) (int, error) {
	const op = "postgres.AddReadings"
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
	s, _ := db.c.readings.Get().(*readingScratch)
	if s == nil {
		s = new(readingScratch)
	}
	defer func() {
		if len(s.es) <= 1<<16 { // do not keep a huge call's memory
			clear(s.wdata)
			db.c.readings.Put(s)
		}
	}()
	added := 0
	err := db.multi(ctx, op, func(q querier) error {
		added = 0
		seqs, err := deviceSeqs(ctx, q, tenantID, rs, s)
		if err != nil {
			return err
		}
		s.es = s.es[:0]
		for i := range rs {
			s.es = append(s.es, tsenc.Entry{Series: seqs[rs[i].DeviceID], Point: tsenc.FromReading(&rs[i])})
		}
		s.devs, s.buckets, s.ends, s.pts = s.devs[:0], s.buckets[:0], s.ends[:0], s.pts[:0]
		_ = s.buf.Group(s.es, func(series, bucket int64, pts []tsenc.Point) error {
			s.devs, s.buckets = append(s.devs, series), append(s.buckets, bucket)
			s.pts = append(s.pts, pts...)
			s.ends = append(s.ends, len(s.pts))
			return nil
		})
		s.wdevs, s.wbuckets, s.wdata = s.wdevs[:0], s.wbuckets[:0], s.wdata[:0]
		b := &pgx.Batch{}
		b.Queue(qCreateBuckets, s.devs, s.buckets)
		i := 0
		b.Queue(qLockBuckets, s.devs, s.buckets).Query(func(rows pgx.Rows) error {
			for ; rows.Next(); i++ {
				var (
					dev, bucket int64
					blob        []byte
				)
				if err := rows.Scan(&dev, &bucket, &blob); err != nil {
					return err
				}
				if i >= len(s.devs) || dev != s.devs[i] || bucket != s.buckets[i] {
					return fmt.Errorf("bucket %d/%d came back out of order", dev, bucket)
				}
				start := 0
				if i > 0 {
					start = s.ends[i-1]
				}
				out, n, err := s.buf.Add(blob, tsenc.Start(bucket), s.pts[start:s.ends[i]])
				switch {
				case errors.Is(err, tsenc.ErrFull):
					return kefu.Invalidf("readings", "device %q has more than %d readings in the hour from %s", deviceOf(seqs, dev),
						tsenc.MaxPoints, time.UnixMilli(tsenc.Start(bucket)).UTC().Format(time.RFC3339))
				case err != nil:
					return fmt.Errorf("device %q: %w", deviceOf(seqs, dev), err)
				case n > 0:
					added += n
					s.wdevs, s.wbuckets = append(s.wdevs, dev), append(s.wbuckets, bucket)
					s.wdata = append(s.wdata, append([]byte(nil), out...))
				}
			}
			return rows.Err()
		})
		if err := sendBatch(ctx, q, b); err != nil {
			return err
		}
		if i != len(s.devs) {
			return fmt.Errorf("%d of %d buckets locked", i, len(s.devs))
		}
		if len(s.wdevs) == 0 {
			return nil
		}
		_, err = q.Exec(ctx, qWriteBuckets, s.wdevs, s.wbuckets, s.wdata)
		return err
	})
	if err != nil {
		return 0, fail(op, err, "reading", "device")
	}
	return added, nil
}

// deviceSeqs returns the keys (devices.seq) of the devices of rs;
// ENOTFOUND naming the first the tenant does not have.
func deviceSeqs(ctx context.Context, q querier, tenantID string, rs []kefu.Reading, s *readingScratch) (map[string]int64, error) {
	s.ids = s.ids[:0]
	for i := range rs {
		if n := len(s.ids); n == 0 || s.ids[n-1] != rs[i].DeviceID {
			s.ids = append(s.ids, rs[i].DeviceID)
		}
	}
	seqs := make(map[string]int64, 1)
	rows, err := q.Query(ctx, qDeviceSeqs, tenantID, s.ids)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var (
			id  string
			seq int64
		)
		if err := rows.Scan(&id, &seq); err != nil {
			return nil, err
		}
		seqs[id] = seq
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for _, id := range s.ids {
		if _, ok := seqs[id]; !ok {
			return nil, kefu.Errorf(kefu.ENOTFOUND, "device %q not found", id)
		}
	}
	return seqs, nil
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
	const op = "postgres.FindReadings"
	lo, hi := tsenc.CeilMilli(from), tsenc.CeilMilli(to) // readings are kept to the millisecond
	if lo >= hi {
		return nil, nil
	}
	var pts []tsenc.Point
	err := db.query(ctx, op, qFindBuckets, []any{tenantID, deviceID, tsenc.Bucket(lo), tsenc.Bucket(hi - 1)}, func(rows pgx.Rows) error {
		var bucket int64
		if err := rows.Scan(&bucket, nil); err != nil {
			return err
		}
		var err error
		pts, err = tsenc.Decode(pts, tsenc.Start(bucket), rows.RawValues()[1])
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
	const op = "postgres.UpsertBatch"
	if err := b.Validate(); err != nil {
		return kefu.E(op, err)
	}
	var lo, hi *float64
	if b.Storage != nil {
		lo, hi = &b.Storage.MinC, &b.Storage.MaxC
	}
	updated := db.now()
	err := db.write(ctx, op, func(q querier) error {
		_, err := q.Exec(ctx, qUpsertBatch, b.TenantID, b.SKU, b.Lot, b.Origin, b.Country, optTime(b.ProducedAt),
			optTime(b.BestBefore), lo, hi, updated)
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
	const op = "postgres.FindBatch"
	var b *kefu.Batch
	err := db.run(ctx, op, func(q querier) error {
		var err error
		b, err = scanBatch(q.QueryRow(ctx, qFindBatch, tenantID, sku, lot).Scan)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "batch", "")
	}
	return b, nil
}

// FindBatches returns the tenant's batches ordered by SKU, then lot, after
// f.After, at most f.Limit (default 1000).
func (db *DB) FindBatches(ctx context.Context, f kefu.BatchFilter) ([]*kefu.Batch, error) {
	const op = "postgres.FindBatches"
	if err := f.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	q, args := qFindSKUBatches, []any{f.TenantID, f.SKU, f.After, limit(f.Limit, 1000)}
	if f.SKU == "" {
		// "sku\x00lot" after After: a later SKU, or the same one and a later lot.
		sku, lot, _ := strings.Cut(f.After, "\x00")
		q, args = qFindBatches, []any{f.TenantID, sku, lot, limit(f.Limit, 1000)}
	}
	var bs []*kefu.Batch
	err := db.query(ctx, op, q, args, func(rows pgx.Rows) error {
		b, err := scanBatch(rows.Scan)
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
		b              kefu.Batch
		produced, best *time.Time
		lo, hi         *float64
	)
	if err := scan(&b.TenantID, &b.SKU, &b.Lot, &b.Origin, &b.Country, &produced, &best, &lo, &hi, &b.UpdatedAt); err != nil {
		return nil, err
	}
	b.UpdatedAt = b.UpdatedAt.UTC()
	if produced != nil {
		b.ProducedAt = produced.UTC()
	}
	if best != nil {
		b.BestBefore = best.UTC()
	}
	if lo != nil && hi != nil {
		b.Storage = &kefu.TempRange{MinC: *lo, MaxC: *hi}
	}
	return &b, nil
}

// AddCustodyEvents stores the events whose ID the tenant does not have
// yet (the first of several with one ID) and returns how many it stored.
// An event's TenantID may be empty (it is tenantID) but no other tenant's;
// EINVALID names the event ("events[2].step"). ENOTFOUND for a shipment
// the tenant does not have. All or nothing, in two round trips.
func (db *DB) AddCustodyEvents(ctx context.Context, tenantID string, es []kefu.CustodyEvent) (int, error) {
	const op = "postgres.AddCustodyEvents"
	evs, err := custodyEvents(tenantID, es)
	if err != nil {
		return 0, kefu.E(op, err)
	}
	if len(evs) == 0 {
		return 0, nil
	}
	var ships []string
	for _, e := range evs {
		if e.ShipmentID != "" {
			ships = append(ships, e.ShipmentID)
		}
	}
	added := 0
	err = db.multi(ctx, op, func(q querier) error {
		added = 0
		if len(ships) > 0 {
			found := make(map[string]bool)
			err := db.queryOn(ctx, q, qShipmentsExists, []any{tenantID, ships}, func(rows pgx.Rows) error {
				var id string
				err := rows.Scan(&id)
				found[id] = true
				return err
			})
			if err != nil {
				return err
			}
			for _, id := range ships {
				if !found[id] {
					return kefu.Errorf(kefu.ENOTFOUND, "shipment %q not found", id)
				}
			}
		}
		b := &pgx.Batch{}
		for _, e := range evs {
			var temp *float64
			if kefu.Has(e.TempC) {
				temp = &e.TempC
			}
			b.Queue(qAddCustody, tenantID, e.ID, e.ShipmentID, string(e.Step), e.At, e.Location, e.Operator, e.Station, e.SKU, e.Lot,
				temp, e.AmbientMinutes, e.ChecksPassed, e.Notes).Exec(func(ct pgconn.CommandTag) error {
				added += int(ct.RowsAffected())
				return nil
			})
		}
		return sendBatch(ctx, q, b)
	})
	if err != nil {
		return 0, fail(op, err, "custody event", "tenant")
	}
	return added, nil
}

// queryOn runs a query on q and calls each for every row.
func (db *DB) queryOn(ctx context.Context, q querier, query string, args []any, each func(pgx.Rows) error) error {
	rows, err := q.Query(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := each(rows); err != nil {
			return err
		}
	}
	return rows.Err()
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
		e.At = e.At.Truncate(time.Microsecond)
		evs[i] = e
	}
	return evs, nil
}

// FindCustodyEvents returns the shipment's events, oldest first (then in
// the order they were stored).
func (db *DB) FindCustodyEvents(ctx context.Context, tenantID, shipmentID string) ([]*kefu.CustodyEvent, error) {
	const op = "postgres.FindCustodyEvents"
	var es []*kefu.CustodyEvent
	err := db.query(ctx, op, qFindCustodies, []any{tenantID, shipmentID}, func(rows pgx.Rows) error {
		var (
			e    kefu.CustodyEvent
			step string
			temp *float64
		)
		if err := rows.Scan(&e.TenantID, &e.ID, &e.ShipmentID, &step, &e.At, &e.Location, &e.Operator, &e.Station, &e.SKU, &e.Lot,
			&temp, &e.AmbientMinutes, &e.ChecksPassed, &e.Notes); err != nil {
			return err
		}
		e.Step, e.At, e.TempC = kefu.CustodyStep(step), e.At.UTC(), math.NaN()
		if temp != nil {
			e.TempC = *temp
		}
		es = append(es, &e)
		return nil
	})
	if err != nil {
		return nil, fail(op, err, "custody event", "")
	}
	return es, nil
}
