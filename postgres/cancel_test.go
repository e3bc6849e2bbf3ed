package postgres_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/kefu-ai/kefu/internal/testenv"
	"github.com/kefu-ai/kefu/postgres"
)

// TestCancelledBatch: a batch cancelled while the client is still sending
// it (the server busy with its statements, the socket full) ends, leaves
// the pool usable, and lets Close return at once. Before the cancellation
// went to the server first, the client cut the batch mid-message, the
// server waited for the rest of it, and Close waited 15 s for the
// connection to drain: a node stopped in the middle of a batch (the
// demo's seeding, say) took that long to exit. The cancellation lands at
// several points of the sending.
func TestCancelledBatch(t *testing.T) {
	dsn := testenv.PostgresDSN(t)
	arg := strings.Repeat("x", 4096)
	for _, after := range []time.Duration{50 * time.Millisecond, 200 * time.Millisecond, 400 * time.Millisecond} {
		// One connection: what follows runs where the batch was cut.
		db, err := postgres.Open(context.Background(), testenv.DSNWithParam(t, dsn, "pool_max_conns", "1"), nil)
		if err != nil {
			t.Fatal(err)
		}
		b := &pgx.Batch{} // pgx keeps what it prepared in it: one per connection
		for range 20000 { // 80 MB: far more than the socket buffers hold
			b.Queue(`SELECT length($1::text)`, arg)
		}
		ctx, cancel := context.WithTimeout(context.Background(), after)
		// The batch may also succeed: a cancellation that reaches the
		// server while it reads the next statement is lost, and the batch
		// runs on.
		err = db.SendBatch(ctx, b)
		cancel()
		if err != nil && !errors.Is(err, context.DeadlineExceeded) && !strings.Contains(err.Error(), "canceling statement") {
			db.Close()
			t.Fatalf("cancelled after %v: the batch failed with %v, want the context's error or the server's cancellation", after, err)
		}
		// The connection works again, its prepared statements too, and
		// the pool closes, all at once.
		done := make(chan error, 1)
		go func() {
			defer db.Close()
			again := &pgx.Batch{}
			again.Queue(`SELECT length($1::text)`, arg)
			if err := db.SendBatch(context.Background(), again); err != nil {
				done <- fmt.Errorf("the batch again: %w", err)
				return
			}
			if s, err := db.QueryString(context.Background(), `SELECT 'still usable'`); err != nil || s != "still usable" {
				done <- fmt.Errorf("a query: %q, %v", s, err)
				return
			}
			done <- nil
		}()
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("cancelled after %v: %v", after, err)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("cancelled after %v: the pool waited for a connection cut in the middle of a batch", after)
		}
	}
}
