// Package sqlite implements kefu.Store on an embedded SQLite database
// (modernc.org/sqlite, pure Go, no cgo).
//
// The database runs in WAL mode with synchronous=NORMAL and foreign keys on.
// A DB holds two connection pools on the same file: one writer connection
// (every write and every transaction goes through it, so writers never
// fight over the lock inside one process) and a pool of read-only
// connections that see the last committed state without blocking the writer.
// Statements are prepared once per connection and cached.
//
// The schema lives in migration/*.sql, embedded in the binary and applied
// in file-name order when the database is opened; applied migrations are
// recorded in the schema_migrations table, so reopening is a no-op.
//
// Times are stored as INTEGER nanoseconds since the Unix epoch (UTC);
// JSON-valued fields (tenant settings, slots, traces, attributes, tags)
// are stored as TEXT.
package sqlite
