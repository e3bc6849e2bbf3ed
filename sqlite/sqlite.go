package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/kefu-ai/kefu"
	msqlite "modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

//go:embed migration/*.sql
var migrations embed.FS

// Interface guard.
var _ kefu.Store = (*DB)(nil)

// busyTimeoutMS is how long a connection waits for a lock held by another
// process before it fails with SQLITE_BUSY.
const busyTimeoutMS = 5000

// DB is a kefu.Store backed by one SQLite database file. It is safe for
// concurrent use. The DB handed to the function of InTx is bound to that
// transaction; it is the same type, so every method runs the same code in
// and outside transactions.
type DB struct {
	c  *core
	tx *sql.Tx // non-nil on the DB given to InTx's fn; every statement then runs in it
}

// core is what the DB handles of one database share.
type core struct {
	path  string
	now   kefu.Clock
	write *sql.DB // exactly one connection: all writes and transactions
	read  *sql.DB // read-only connections
	wst   stmtCache
	rst   stmtCache
}

// Open opens (creating it if needed) the SQLite database at path and
// applies pending migrations. now is the clock used for CreatedAt and
// UpdatedAt; nil means time.Now. The path must be a file name: ":memory:"
// is not supported because the writer and the readers are separate
// connections that must see the same database.
func Open(ctx context.Context, path string, now kefu.Clock) (*DB, error) {
	const op = "sqlite.Open"
	if path == "" || path == ":memory:" || strings.ContainsRune(path, '?') {
		return nil, &kefu.Error{Code: kefu.EINVALID, Op: op, Message: fmt.Sprintf("invalid database path %q", path)}
	}
	if now == nil {
		now = time.Now
	}
	c := &core{path: path, now: now}

	// The writer opens first so that WAL mode is set before any reader
	// connects. _txlock=immediate takes the write lock at BEGIN, so a
	// transaction never fails half-way on a lock upgrade when another
	// process writes the same file.
	wdsn := fmt.Sprintf("%s?_txlock=immediate&_pragma=busy_timeout(%d)&_pragma=journal_mode(WAL)"+
		"&_pragma=synchronous(NORMAL)&_pragma=foreign_keys(1)&_pragma=temp_store(MEMORY)", path, busyTimeoutMS)
	var err error
	if c.write, err = openPool(ctx, wdsn, 1); err != nil {
		return nil, kefu.E(op, err)
	}
	c.wst.db = c.write
	if err := migrate(ctx, c.write, now); err != nil {
		c.write.Close()
		return nil, kefu.E(op, err)
	}
	rdsn := fmt.Sprintf("%s?_pragma=busy_timeout(%d)&_pragma=foreign_keys(1)&_pragma=query_only(1)", path, busyTimeoutMS)
	if c.read, err = openPool(ctx, rdsn, max(4, runtime.NumCPU())); err != nil {
		c.write.Close()
		return nil, kefu.E(op, err)
	}
	c.rst.db = c.read
	// Prepare every static statement on the writer now: inside a
	// transaction the writer connection is taken, so a statement that is
	// not prepared yet could not be prepared on it from outside.
	for _, q := range staticQueries() {
		if _, err := c.wst.get(ctx, q); err != nil {
			c.close()
			return nil, kefu.E(op, fmt.Errorf("prepare %q: %w", q, err))
		}
	}
	return &DB{c: c}, nil
}

func openPool(ctx context.Context, dsn string, n int) (*sql.DB, error) {
	conn, err := msqlite.NewConnector(dsn)
	if err != nil {
		return nil, err
	}
	db := sql.OpenDB(conn)
	db.SetMaxOpenConns(n)
	db.SetMaxIdleConns(n)
	db.SetConnMaxLifetime(0)
	db.SetConnMaxIdleTime(0)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// Path returns the database file name.
func (db *DB) Path() string { return db.c.path }

// Close closes the database. On a DB bound to a transaction (inside
// InTx) it does nothing.
func (db *DB) Close() error {
	if db.tx != nil {
		return nil
	}
	// Let SQLite refresh its planner statistics for the next process.
	_, _ = db.c.write.Exec("PRAGMA optimize")
	return kefu.E("sqlite.Close", db.c.close())
}

func (c *core) close() error {
	c.wst.close()
	c.rst.close()
	var errs []error
	if c.read != nil {
		errs = append(errs, c.read.Close())
	}
	errs = append(errs, c.write.Close())
	return errors.Join(errs...)
}

// InTx runs fn in a transaction on the writer connection. The Store passed
// to fn is bound to the transaction; a nested InTx on it joins the same
// transaction. While fn runs, the writer is held: fn must use tx, not db,
// for writes, or it deadlocks.
func (db *DB) InTx(ctx context.Context, fn func(tx kefu.Store) error) error {
	return db.withTx(ctx, "sqlite.InTx", func(tx *DB) error { return fn(tx) })
}

// withTx runs fn in a transaction, or, when db already is in one, in a
// savepoint of it, so that a failing multi-statement write inside a
// larger transaction still leaves nothing behind. fn's error is returned
// as is; errors of the transaction itself are wrapped with op.
func (db *DB) withTx(ctx context.Context, op string, fn func(tx *DB) error) (err error) {
	if db.tx != nil {
		if _, err := db.tx.ExecContext(ctx, "SAVEPOINT kefu"); err != nil {
			return kefu.E(op, err)
		}
		if err := fn(db); err != nil {
			if _, rerr := db.tx.ExecContext(ctx, "ROLLBACK TO kefu; RELEASE kefu"); rerr != nil {
				return errors.Join(err, kefu.E(op, rerr))
			}
			return err
		}
		if _, err := db.tx.ExecContext(ctx, "RELEASE kefu"); err != nil {
			return kefu.E(op, err)
		}
		return nil
	}
	tx, err := db.c.write.BeginTx(ctx, nil)
	if err != nil {
		return kefu.E(op, err)
	}
	done := false
	defer func() {
		if !done { // fn panicked: free the writer before the panic goes on
			_ = tx.Rollback()
		}
	}()
	err = fn(&DB{c: db.c, tx: tx})
	done = true
	if err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return kefu.E(op, err)
	}
	return nil
}

// now returns the clock's time as the database will give it back.
func (db *DB) now() time.Time { return db.c.now().Round(0).UTC() }

// stmtCache holds prepared statements of one *sql.DB keyed by their SQL.
// database/sql prepares each lazily on every connection that runs it.
type stmtCache struct {
	db *sql.DB
	mu sync.RWMutex // guards m
	m  map[string]*sql.Stmt
}

func (c *stmtCache) lookup(query string) *sql.Stmt {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.m[query]
}

// get returns the statement for query, preparing it if needed. The lock
// is not held while preparing, because preparing may wait for a
// connection.
func (c *stmtCache) get(ctx context.Context, query string) (*sql.Stmt, error) {
	if st := c.lookup(query); st != nil {
		return st, nil
	}
	st, err := c.db.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if old := c.m[query]; old != nil {
		st.Close()
		return old, nil
	}
	if c.m == nil {
		c.m = make(map[string]*sql.Stmt)
	}
	c.m[query] = st
	return st, nil
}

func (c *stmtCache) close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, st := range c.m {
		st.Close()
	}
	c.m = nil
}

// stmt returns the prepared statement to run query with, or nil when it
// must run unprepared on the transaction. Writes go to the writer, reads
// to the read pool, and everything inside a transaction to it.
func (db *DB) stmt(ctx context.Context, query string, write bool) (*sql.Stmt, error) {
	if db.tx != nil {
		if st := db.c.wst.lookup(query); st != nil {
			return db.tx.StmtContext(ctx, st), nil
		}
		return nil, nil
	}
	if write {
		return db.c.wst.get(ctx, query)
	}
	return db.c.rst.get(ctx, query)
}

// exec runs a write statement.
func (db *DB) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st, err := db.stmt(ctx, query, true)
	if err != nil {
		return nil, err
	}
	if st == nil {
		return db.tx.ExecContext(ctx, query, args...)
	}
	return st.ExecContext(ctx, args...)
}

// row runs a statement returning at most one row and scans it into dest;
// sql.ErrNoRows when there is none. write selects the writer (for
// INSERT/UPDATE ... RETURNING).
func (db *DB) row(ctx context.Context, write bool, query string, args []any, dest ...any) error {
	st, err := db.stmt(ctx, query, write)
	if err != nil {
		return err
	}
	if st == nil {
		return db.tx.QueryRowContext(ctx, query, args...).Scan(dest...)
	}
	return st.QueryRowContext(ctx, args...).Scan(dest...)
}

// rows runs a read query and calls each for every row.
func (db *DB) rows(ctx context.Context, query string, args []any, each func(*sql.Rows) error) error {
	st, err := db.stmt(ctx, query, false)
	if err != nil {
		return err
	}
	var rs *sql.Rows
	if st == nil {
		rs, err = db.tx.QueryContext(ctx, query, args...)
	} else {
		rs, err = st.QueryContext(ctx, args...)
	}
	if err != nil {
		return err
	}
	defer rs.Close()
	for rs.Next() {
		if err := each(rs); err != nil {
			return err
		}
	}
	return rs.Err()
}

// staticQueries lists the fixed statements, prepared on the writer at Open.
func staticQueries() []string {
	return []string{
		qCreateTenant, qFindTenantByID, qFindTenants, qUpdateTenantSettings, qCreateAPIKey, qFindAPIKeyByHash,
		qCreateCustomer, qFindCustomerByID, qFindCustomerByExternalID,
		qCreateConversation, qFindConversationByID, qUpdateConversation,
		qCreateMessage, qFindMessageByClientID, qFindReply, qFindMessages,
		qCreateOrder, qCreateOrderLine, qFindOrderByID, qFindOrderByNumber,
		qCreateShipment, qCreateTrackingEvent, qFindShipmentsByOrder, qSetShipmentStatus,
		qUpsertProduct, qFindProductBySKU,
		qUpsertArticle, qFindArticleByID,
	}
}

// fail turns a database error into a *kefu.Error with op: sql.ErrNoRows
// becomes ENOTFOUND ("<what> not found"), a unique violation ECONFLICT, a
// foreign-key violation ENOTFOUND ("<parent> not found") and a CHECK or
// NOT NULL violation EINVALID. *kefu.Errors keep their code.
func fail(op string, err error, what, parent string) error {
	if err == nil {
		return nil
	}
	var ke *kefu.Error
	if errors.As(err, &ke) {
		return kefu.E(op, err)
	}
	if errors.Is(err, sql.ErrNoRows) {
		return &kefu.Error{Code: kefu.ENOTFOUND, Op: op, Message: what + " not found", Err: err}
	}
	var se *msqlite.Error
	if errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_CONSTRAINT {
		switch code := se.Code(); {
		case code == sqlite3.SQLITE_CONSTRAINT_UNIQUE || code == sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY ||
			strings.Contains(se.Error(), "UNIQUE constraint failed"):
			return &kefu.Error{Code: kefu.ECONFLICT, Op: op, Message: what + " already exists", Err: err}
		case code == sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY || strings.Contains(se.Error(), "FOREIGN KEY constraint failed"):
			if parent == "" {
				parent = "referenced record"
			}
			return &kefu.Error{Code: kefu.ENOTFOUND, Op: op, Message: parent + " not found", Err: err}
		default:
			return &kefu.Error{Code: kefu.EINVALID, Op: op, Message: "invalid " + what, Err: err}
		}
	}
	return &kefu.Error{Code: kefu.EINTERNAL, Op: op, Err: err}
}

// invalid returns an EINVALID error with a user-safe message.
func invalid(op, format string, args ...any) error {
	return &kefu.Error{Code: kefu.EINVALID, Op: op, Message: fmt.Sprintf(format, args...)}
}

// nanos is the stored form of a time.
func nanos(t time.Time) int64 { return t.UnixNano() }

// fromNanos is the inverse of nanos.
func fromNanos(n int64) time.Time { return time.Unix(0, n).UTC() }

// stamp returns t as stored, or the current time when t is zero.
func (db *DB) stamp(t time.Time) time.Time {
	if t.IsZero() {
		return db.now()
	}
	return t
}

// jsonText encodes v for a TEXT column.
func jsonText(v any) (string, error) {
	b, err := json.Marshal(v)
	return string(b), err
}

// unjson decodes a TEXT column; empty text leaves v untouched.
func unjson(s string, v any) error {
	if s == "" {
		return nil
	}
	return json.Unmarshal([]byte(s), v)
}

// limit returns n, or def when n is not positive.
func limit(n, def int) int {
	if n <= 0 {
		return def
	}
	return n
}

// migrate applies the embedded migrations that are not yet recorded in
// schema_migrations, each in its own transaction, in file-name order.
func migrate(ctx context.Context, db *sql.DB, now kefu.Clock) error {
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		name       TEXT PRIMARY KEY,
		applied_at INTEGER NOT NULL
	)`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	names, err := fs.Glob(migrations, "migration/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		if err := migrateOne(ctx, db, name, now); err != nil {
			return fmt.Errorf("migration %s: %w", name, err)
		}
	}
	return nil
}

func migrateOne(ctx context.Context, db *sql.DB, name string, now kefu.Clock) error {
	tx, err := db.BeginTx(ctx, nil) // BEGIN IMMEDIATE: other processes wait for us
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE name = ?`, name).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	body, err := fs.ReadFile(migrations, name)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, string(body)); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)`,
		name, now().UnixNano()); err != nil {
		return err
	}
	return tx.Commit()
}
