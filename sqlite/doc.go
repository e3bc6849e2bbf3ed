// Package sqlite implements kefu.Store on an embedded SQLite database
// (modernc.org/sqlite, pure Go, no cgo).
//
// The database runs in WAL mode with synchronous=NORMAL, foreign keys on
// and a busy timeout. A DB holds three kinds of connection to the file:
//
//   - a pool of read-only connections for reads outside transactions, which
//     see the last committed state and never wait for the writer;
//   - one writer connection, driven by a group committer goroutine: every
//     write (and every InTx function) is queued, and the committer runs
//     the writes waiting at that moment in one transaction, each in a
//     savepoint (or as a single statement) so that a failing write undoes
//     only its own statements; callers return once the transaction has
//     committed. One commit per batch instead of one per write is what
//     keeps SQLite fast under concurrent load;
//   - one checkpointer connection that copies the WAL into the database
//     file in the background (wal_autocheckpoint is off on the writer), so
//     that the fsyncs of checkpoints never delay a commit.
//
// With synchronous=NORMAL a committed write survives a crash of the
// process; a power failure may lose the last commits, never corrupt the
// file.
//
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
