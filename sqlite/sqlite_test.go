package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/sqlite"
	"github.com/kefu-ai/kefu/storetest"
)

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) kefu.Store { return MustOpen(t) })
}

// MustOpen opens a new database in t's temporary directory and closes it
// when t ends.
func MustOpen(tb testing.TB) *sqlite.DB {
	tb.Helper()
	return MustOpenPath(tb, filepath.Join(tb.TempDir(), "kefu.db"))
}

// MustOpenPath opens the database at path and closes it when tb ends.
func MustOpenPath(tb testing.TB, path string) *sqlite.DB {
	tb.Helper()
	db, err := sqlite.Open(context.Background(), path, storetest.Clock())
	if err != nil {
		tb.Fatalf("sqlite.Open(%q): %v", path, err)
	}
	tb.Cleanup(func() {
		if err := db.Close(); err != nil {
			tb.Errorf("Close: %v", err)
		}
	})
	return db
}

func TestReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kefu.db")
	db, err := sqlite.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	storetest.MustCreateTenant(t, db, "shop")
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	// Reopening applies no migration twice and keeps the data.
	db = MustOpenPath(t, path)
	if _, err := db.FindTenantByID(ctx, "shop"); err != nil {
		t.Fatalf("after reopen: %v", err)
	}
}

func TestOpenConcurrently(t *testing.T) {
	// Several processes (here: DBs) opening a new file at once must all
	// succeed and migrate it once.
	path := filepath.Join(t.TempDir(), "kefu.db")
	var wg sync.WaitGroup
	errs := make([]error, 4)
	dbs := make([]*sqlite.DB, 4)
	for i := range dbs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			dbs[i], errs[i] = sqlite.Open(context.Background(), path, nil)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("Open %d: %v", i, err)
		}
		defer dbs[i].Close()
	}
	storetest.MustCreateTenant(t, dbs[0], "shop")
	if _, err := dbs[3].FindTenantByID(context.Background(), "shop"); err != nil {
		t.Fatal(err)
	}
}

func TestOpenInvalidPath(t *testing.T) {
	for _, path := range []string{"", ":memory:", "x.db?mode=ro"} {
		_, err := sqlite.Open(context.Background(), path, nil)
		if got := kefu.ErrorCode(err); got != kefu.EINVALID {
			t.Errorf("Open(%q) error %v, want EINVALID", path, err)
		}
	}
}

func TestInTxPanic(t *testing.T) {
	db := MustOpen(t)
	ctx := context.Background()
	storetest.MustCreateTenant(t, db, "shop")
	func() {
		defer func() {
			if p := recover(); p != "boom" {
				t.Errorf("recovered %v, want the panic of fn", p)
			}
		}()
		_ = db.InTx(ctx, func(tx kefu.Store) error {
			storetest.MustCreateCustomer(t, tx, &kefu.Customer{TenantID: "shop", ExternalID: "x"})
			panic("boom")
		})
	}()
	// The panicking transaction left nothing, and the store still works.
	if _, err := db.FindCustomerByExternalID(ctx, "shop", "x"); kefu.ErrorCode(err) != kefu.ENOTFOUND {
		t.Errorf("customer of the panicking transaction: err %v, want ENOTFOUND", err)
	}
	storetest.MustCreateCustomer(t, db, &kefu.Customer{TenantID: "shop", ExternalID: "y"})
}

func TestCanceledWrite(t *testing.T) {
	db := MustOpen(t)
	storetest.MustCreateTenant(t, db, "shop")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := db.CreateCustomer(ctx, &kefu.Customer{TenantID: "shop", ExternalID: "x"})
	if err == nil {
		t.Fatal("write with a canceled context succeeded")
	}
	if _, err := db.FindCustomerByExternalID(context.Background(), "shop", "x"); kefu.ErrorCode(err) != kefu.ENOTFOUND {
		t.Errorf("canceled write stored a customer (err %v)", err)
	}
}

func TestWriteAfterClose(t *testing.T) {
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "kefu.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	err = db.CreateTenant(context.Background(), &kefu.Tenant{ID: "shop"})
	if got := kefu.ErrorCode(err); got != kefu.EUNAVAILABLE {
		t.Errorf("write after Close: %v, want EUNAVAILABLE", err)
	}
}

func TestCloseCheckpoints(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kefu.db")
	db, err := sqlite.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	storetest.MustCreateTenant(t, db, "shop")
	c := storetest.MustCreateConversation(t, db, &kefu.Conversation{TenantID: "shop", Channel: "api"})
	for range 300 {
		storetest.MustCreateMessage(t, db, &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorCustomer, Text: "hi"})
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	// Close copied the WAL into the database and truncated it.
	if fi, err := os.Stat(path + "-wal"); err == nil && fi.Size() > 0 {
		t.Errorf("WAL is %d bytes after Close, want 0", fi.Size())
	}
	db = MustOpenPath(t, path)
	ms, err := db.FindMessages(ctx, kefu.MessageFilter{TenantID: "shop", ConversationID: c.ID, Limit: 1000})
	if err != nil || len(ms) != 300 {
		t.Fatalf("after reopen: %d messages, %v; want 300", len(ms), err)
	}
}

// TestWriteWaitsForAnotherWriter: a store whose file another handle (a
// command next to a running server, say) holds the write lock of for
// longer than one busy timeout waits for it rather than failing with
// SQLITE_BUSY, and a write whose caller gave up stops waiting.
func TestWriteWaitsForAnotherWriter(t *testing.T) {
	t.Parallel() // it waits past a busy timeout: let the others run meanwhile
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kefu.db")
	a := MustOpenPath(t, path)
	b := MustOpenPath(t, path)
	storetest.MustCreateTenant(t, a, "shop")
	held := make(chan struct{})
	release := make(chan struct{})
	go func() {
		_ = a.InTx(ctx, func(tx kefu.Store) error {
			err := tx.CreateCustomer(ctx, &kefu.Customer{TenantID: "shop", ExternalID: "a"})
			close(held)
			<-release
			return err
		})
	}()
	<-held
	// A write whose caller gives up while it waits fails with its context.
	gone, cancel := context.WithTimeout(ctx, 100*time.Millisecond)
	defer cancel()
	if err := b.CreateCustomer(gone, &kefu.Customer{TenantID: "shop", ExternalID: "gone"}); err == nil {
		t.Fatal("a write went through while another handle held the lock")
	}
	done := make(chan error, 1)
	go func() { done <- b.CreateCustomer(ctx, &kefu.Customer{TenantID: "shop", ExternalID: "b"}) }()
	time.Sleep(6 * time.Second) // past the 5 s busy timeout
	close(release)
	if err := <-done; err != nil {
		t.Fatalf("the write waiting for the lock: %v", err)
	}
	for _, id := range []string{"a", "b"} {
		if _, err := a.FindCustomerByExternalID(ctx, "shop", id); err != nil {
			t.Errorf("customer %s: %v", id, err)
		}
	}
	if _, err := a.FindCustomerByExternalID(ctx, "shop", "gone"); kefu.ErrorCode(err) != kefu.ENOTFOUND {
		t.Errorf("the given-up write stored its customer (err %v)", err)
	}
}
