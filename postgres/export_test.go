package postgres

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/kefu-ai/kefu"
)

// OpenBefore connects to the database at dsn like Open, but applies only
// the migrations whose file names sort before before (e.g.
// "migration/0007"): the database an older kefu left.
func OpenBefore(ctx context.Context, dsn string, now kefu.Clock, before string) (*DB, error) {
	return open(ctx, dsn, now, before)
}

// Exec runs one write statement, for tests that store what an older kefu
// wrote.
func (db *DB) Exec(ctx context.Context, query string, args ...any) error {
	_, err := db.c.pool.Exec(ctx, query, args...)
	return err
}

// QueryString runs a query returning one text value.
func (db *DB) QueryString(ctx context.Context, query string, args ...any) (string, error) {
	var s string
	err := db.c.pool.QueryRow(ctx, query, args...).Scan(&s)
	return s, err
}

// Sweep drops the expired login throttle counters now.
func (t *LoginThrottle) Sweep(ctx context.Context, now time.Time) { t.sweep(ctx, now) }

// SendBatch runs b in a transaction of its own, which it rolls back.
func (db *DB) SendBatch(ctx context.Context, b *pgx.Batch) error {
	tx, err := db.c.pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback(context.WithoutCancel(ctx)) }()
	return tx.SendBatch(ctx, b).Close()
}
