package testenv

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// DefaultPostgres is the base DSN used when KEFU_TEST_POSTGRES is unset.
const DefaultPostgres = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"

// RequireServices reports whether tests must fail, not skip, when an
// external service is unreachable: KEFU_REQUIRE_SERVICES=1.
func RequireServices() bool {
	return os.Getenv("KEFU_REQUIRE_SERVICES") == "1"
}

// Unavailable skips tb with msg, or fails it when RequireServices.
func Unavailable(tb testing.TB, msg string) {
	tb.Helper()
	if RequireServices() {
		tb.Fatal(msg + " (KEFU_REQUIRE_SERVICES=1)")
	}
	tb.Skip(msg)
}

// PostgresBaseDSN returns the DSN of the test server: KEFU_TEST_POSTGRES,
// or DefaultPostgres.
func PostgresBaseDSN() string {
	if dsn := os.Getenv("KEFU_TEST_POSTGRES"); dsn != "" {
		return dsn
	}
	return DefaultPostgres
}

// PostgresDSN returns a DSN for a new, empty schema of its own on the test
// server, for tb alone: the DSN sets search_path to it, so that tests can
// run in parallel against one database. The schema is dropped when tb
// ends. If the server is unreachable, tb is skipped (or fails, see
// RequireServices).
func PostgresDSN(tb testing.TB) string {
	tb.Helper()
	base := PostgresBaseDSN()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		Unavailable(tb, fmt.Sprintf("PostgreSQL not reachable at %s: set KEFU_TEST_POSTGRES or start it: %v", redact(base), err))
	}
	defer conn.Close(ctx)

	schema := "kefu_test_" + randomHex(6)
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		tb.Fatalf("testenv: create schema %s: %v", schema, err)
	}
	tb.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		conn, err := pgx.Connect(ctx, base)
		if err != nil {
			tb.Errorf("testenv: drop schema %s: %v", schema, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			tb.Errorf("testenv: drop schema %s: %v", schema, err)
		}
	})
	dsn, err := withParam(base, "search_path", schema)
	if err != nil {
		tb.Fatalf("testenv: %v", err)
	}
	return dsn
}

// DSNWithParam returns dsn (URL or key=value form) with the parameter
// key set to value, e.g. pool_max_conns for a test's own pool size.
func DSNWithParam(tb testing.TB, dsn, key, value string) string {
	tb.Helper()
	out, err := withParam(dsn, key, value)
	if err != nil {
		tb.Fatalf("testenv: %v", err)
	}
	return out
}

// withParam adds a run-time parameter to a DSN in URL or key=value form.
func withParam(dsn, key, value string) (string, error) {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		u, err := url.Parse(dsn)
		if err != nil {
			return "", fmt.Errorf("parse DSN: %w", err)
		}
		q := u.Query()
		q.Set(key, value)
		u.RawQuery = q.Encode()
		return u.String(), nil
	}
	return strings.TrimSpace(dsn) + " " + key + "=" + value, nil
}

// redact hides the password of a URL DSN for messages.
func redact(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil || u.User == nil {
		return dsn
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.String()
}

func randomHex(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return hex.EncodeToString(b)
}
