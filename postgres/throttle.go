package postgres

import (
	"context"
	"crypto/sha256"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/kefu-ai/kefu"
)

// Interface guard.
var _ kefu.LoginThrottle = (*LoginThrottle)(nil)

// LoginThrottle is a kefu.LoginThrottle whose counters are rows of the
// database, so that every node sharing it throttles together and the
// counts survive a restart. A Charge is one transaction holding the row
// locks of its counters (taken in one order, so concurrent charges do not
// deadlock); it behaves as the in-process throttle of package http.
type LoginThrottle struct {
	db *DB
}

// LoginThrottle returns the throttle kept in db.
func (db *DB) LoginThrottle() *LoginThrottle { return &LoginThrottle{db: db} }

// throttleSweepOdds is one in how many charges also drops the expired
// counters of everyone.
const throttleSweepOdds = 256

type throttleRow struct {
	key  []byte
	rule kefu.ThrottleRule
	n    int
	last time.Time
}

// throttleKey hashes a counter's name; names hold NUL separators, which
// PostgreSQL text cannot.
func throttleKey(name string) []byte {
	h := sha256.Sum256([]byte(name))
	return h[:]
}

func throttleKeys(names []string) [][]byte {
	out := make([][]byte, len(names))
	for i, n := range names {
		out[i] = throttleKey(n)
	}
	return out
}

// Charge implements kefu.LoginThrottle.
func (t *LoginThrottle) Charge(ctx context.Context, now time.Time, keys []kefu.ThrottleKey) (time.Duration, error) {
	const op = "postgres.LoginThrottle.Charge"
	if len(keys) == 0 {
		return 0, nil
	}
	rows := make([]throttleRow, len(keys))
	for i, k := range keys {
		rows[i] = throttleRow{key: throttleKey(k.Key), rule: k.Rule}
	}
	slices.SortFunc(rows, func(a, b throttleRow) int { return slices.Compare(a.key, b.key) })
	rows = slices.CompactFunc(rows, func(a, b throttleRow) bool { return slices.Equal(a.key, b.key) })
	ids := make([][]byte, len(rows))
	for i, r := range rows {
		ids[i] = r.key
	}
	var wait time.Duration
	err := pgx.BeginFunc(ctx, t.db.c.pool, func(tx pgx.Tx) error {
		// Make sure every counter has a row to lock, then lock them in
		// key order.
		if _, err := tx.Exec(ctx, `INSERT INTO login_throttle (key, n, last_at, forget_ns)
			SELECT k, 0, $2, 0 FROM unnest($1::bytea[]) AS k ORDER BY k
			ON CONFLICT (key) DO NOTHING`, ids, now); err != nil {
			return err
		}
		res, err := tx.Query(ctx, `SELECT key, n, last_at, forget_ns FROM login_throttle
			WHERE key = ANY($1) ORDER BY key FOR UPDATE`, ids)
		if err != nil {
			return err
		}
		got := map[string]struct {
			n      int
			last   time.Time
			forget time.Duration
		}{}
		for res.Next() {
			var (
				k      []byte
				n      int
				last   time.Time
				forget int64
			)
			if err := res.Scan(&k, &n, &last, &forget); err != nil {
				res.Close()
				return err
			}
			got[string(k)] = struct {
				n      int
				last   time.Time
				forget time.Duration
			}{n, last, time.Duration(forget)}
		}
		if err := res.Err(); err != nil {
			return err
		}
		for i := range rows {
			g := got[string(rows[i].key)]
			if g.n == 0 || now.Sub(g.last) >= g.forget {
				continue // a new or forgotten counter
			}
			rows[i].n, rows[i].last = g.n, g.last
			delay := rows[i].rule.Delay(g.n)
			if delay <= 0 {
				continue
			}
			if d := g.last.Add(delay).Sub(now); d > wait {
				wait = d
			}
		}
		if wait > 0 {
			return errThrottled // roll back: a refused attempt counts nowhere
		}
		ns := make([]int32, len(rows))
		lasts := make([]time.Time, len(rows))
		forgets := make([]int64, len(rows))
		for i, r := range rows {
			ns[i] = int32(r.n + 1)
			lasts[i] = now
			if r.last.After(now) {
				lasts[i] = r.last
			}
			forgets[i] = int64(r.rule.Forget)
		}
		_, err = tx.Exec(ctx, `UPDATE login_throttle AS t SET n = u.n, last_at = u.last_at, forget_ns = u.forget_ns
			FROM unnest($1::bytea[], $2::int[], $3::timestamptz[], $4::bigint[]) AS u(key, n, last_at, forget_ns)
			WHERE t.key = u.key`, ids, ns, lasts, forgets)
		return err
	})
	switch {
	case err == errThrottled:
		return wait, nil
	case err != nil:
		return 0, kefu.E(op, err)
	}
	if rand.IntN(throttleSweepOdds) == 0 {
		t.sweep(ctx, now)
	}
	return 0, nil
}

// errThrottled rolls back a charge that must wait.
var errThrottled = kefu.Errorf(kefu.ERATELIMIT, "login throttled")

// sweep drops every counter past its forget time; failures only leave
// rows for the next sweep.
func (t *LoginThrottle) sweep(ctx context.Context, now time.Time) {
	_, _ = t.db.c.pool.Exec(ctx, `DELETE FROM login_throttle
		WHERE last_at < $1::timestamptz - make_interval(secs => forget_ns / 1e9)`, now)
}

// Refund implements kefu.LoginThrottle.
func (t *LoginThrottle) Refund(ctx context.Context, keys []string) error {
	return t.write(ctx, "postgres.LoginThrottle.Refund", keys,
		`UPDATE login_throttle SET n = n - 1 WHERE key = ANY($1)`,
		`DELETE FROM login_throttle WHERE key = ANY($1) AND n <= 0`)
}

// Clear implements kefu.LoginThrottle.
func (t *LoginThrottle) Clear(ctx context.Context, keys []string) error {
	return t.write(ctx, "postgres.LoginThrottle.Clear", keys, `DELETE FROM login_throttle WHERE key = ANY($1)`)
}

// write runs stmts, each on the digests of keys as $1, in one
// transaction holding the counters' row locks.
func (t *LoginThrottle) write(ctx context.Context, op string, keys []string, stmts ...string) error {
	if len(keys) == 0 {
		return nil
	}
	ids := throttleKeys(keys)
	err := pgx.BeginFunc(ctx, t.db.c.pool, func(tx pgx.Tx) error {
		if err := lockThrottleRows(ctx, tx, ids); err != nil {
			return err
		}
		for _, q := range stmts {
			if _, err := tx.Exec(ctx, q, ids); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return kefu.E(op, err)
	}
	return nil
}

// lockThrottleRows locks the existing counters of ids in key order, the
// order Charge takes them in, so that no two statements wait on each
// other in a cycle.
func lockThrottleRows(ctx context.Context, tx pgx.Tx, ids [][]byte) error {
	_, err := tx.Exec(ctx, `SELECT 1 FROM login_throttle WHERE key = ANY($1) ORDER BY key FOR UPDATE`, ids)
	return err
}
