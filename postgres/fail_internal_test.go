package postgres

import (
	"errors"
	"fmt"
	"io"
	"net"
	"syscall"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/kefu-ai/kefu"
)

// TestFailCodes: what a failed statement becomes. A lost or refused
// connection is EUNAVAILABLE (the HTTP layer answers 503 and the client
// may retry), not EINTERNAL.
func TestFailCodes(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"no rows", pgx.ErrNoRows, kefu.ENOTFOUND},
		{"unique", &pgconn.PgError{Code: "23505"}, kefu.ECONFLICT},
		{"check", &pgconn.PgError{Code: "23514"}, kefu.EINVALID},
		{"syntax", &pgconn.PgError{Code: "42601"}, kefu.EINTERNAL},
		{"admin shutdown", &pgconn.PgError{Code: "57P01"}, kefu.EUNAVAILABLE},
		{"connection failure", &pgconn.PgError{Code: "08006"}, kefu.EUNAVAILABLE},
		{"eof mid-query", fmt.Errorf("read: %w", io.ErrUnexpectedEOF), kefu.EUNAVAILABLE},
		{"refused", &net.OpError{Op: "dial", Err: syscall.ECONNREFUSED}, kefu.EUNAVAILABLE},
		{"reset", fmt.Errorf("write: %w", syscall.ECONNRESET), kefu.EUNAVAILABLE},
		{"plain", errors.New("something odd"), kefu.EINTERNAL},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := kefu.ErrorCode(fail("op", tt.err, "order", "")); got != tt.want {
				t.Errorf("fail(%v) code %q, want %q", tt.err, got, tt.want)
			}
		})
	}
}
