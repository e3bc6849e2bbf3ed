package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

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
