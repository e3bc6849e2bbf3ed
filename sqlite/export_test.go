package sqlite

import (
	"context"

	"github.com/kefu-ai/kefu"
)

// OpenBefore opens the database at path like Open, but applies only the
// migrations whose file names sort before before (e.g.
// "migration/0007"): the database an older kefu left.
func OpenBefore(ctx context.Context, path string, now kefu.Clock, before string) (*DB, error) {
	return open(ctx, path, now, before)
}

// Exec runs one write statement, for tests that store what an older kefu
// wrote.
func (db *DB) Exec(ctx context.Context, query string, args ...any) error {
	return db.write(ctx, func(ctx context.Context, tx *DB) error {
		_, err := tx.exec(ctx, query, args...)
		return err
	})
}

// QueryString runs a query returning one text value.
func (db *DB) QueryString(ctx context.Context, query string, args ...any) (string, error) {
	var s string
	err := db.row(ctx, query, args, &s)
	return s, err
}
