package sqlite_test

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/kefu-ai/kefu"
	_ "modernc.org/sqlite" // the driver, to build a database as an older kefu left it
)

// TestMigrateOperators opens a database that an older kefu (migrations up
// to 0005) left with an API key and an agent, and checks what 0006 makes
// of them: the key becomes an admin key that still works, the agent keeps
// every field and is enabled, and the new role and flag can be stored.
func TestMigrateOperators(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kefu.db")
	raw, err := sql.Open("sqlite", path+"?_pragma=foreign_keys(1)")
	if err != nil {
		t.Fatal(err)
	}
	names, err := filepath.Glob("migration/*.sql")
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(names)
	mustExec := func(q string, args ...any) {
		t.Helper()
		if _, err := raw.ExecContext(ctx, q, args...); err != nil {
			t.Fatalf("%.60s: %v", q, err)
		}
	}
	mustExec(`CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at INTEGER NOT NULL)`)
	for _, n := range names {
		if filepath.Base(n) >= "0006" {
			break
		}
		body, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		mustExec(string(body))
		mustExec(`INSERT INTO schema_migrations (name, applied_at) VALUES (?, 1)`, "migration/"+filepath.Base(n))
	}
	mustExec(`INSERT INTO tenants (id, name, settings, created_at) VALUES ('shop', 'Shop', '{}', 1)`)
	mustExec(`INSERT INTO api_keys (id, tenant_id, name, hash, created_at) VALUES ('ak_old', 'shop', 'old', 'hash-old', 2)`)
	mustExec(`INSERT INTO agents (id, tenant_id, email, name, password_hash, role, languages, skills, presence, max_chats, created_at)
		VALUES ('ag_old', 'shop', 'ana@shop.example', 'Ana', 'h', 'admin', '["es"]', '["billing"]', 'online', 3, 3)`)
	if err := raw.Close(); err != nil {
		t.Fatal(err)
	}

	db := MustOpenPath(t, path)
	k, err := db.FindAPIKeyByHash(ctx, "hash-old")
	if err != nil {
		t.Fatalf("old key after 0006: %v", err)
	}
	if k.Scope != kefu.ScopeAdmin || k.Prefix != "" || k.RevokedAt != nil {
		t.Errorf("old key after 0006: %+v; want an admin key without prefix, not revoked", k)
	}
	a, err := db.FindAgentByID(ctx, "shop", "ag_old")
	if err != nil {
		t.Fatalf("old agent after 0006: %v", err)
	}
	if a.Email != "ana@shop.example" || a.Role != kefu.RoleAdmin || a.Presence != kefu.PresenceOnline || a.MaxChats != 3 ||
		len(a.Languages) != 1 || len(a.Skills) != 1 || a.PasswordHash != "h" || a.Disabled {
		t.Errorf("old agent after 0006: %+v", a)
	}
	owner := kefu.RoleOwner
	if _, err := db.UpdateAgent(ctx, "shop", "ag_old", kefu.AgentUpdate{Role: &owner}); err != nil {
		t.Errorf("owner role after 0006: %v", err)
	}
	// The unique email survived the rebuild.
	err = db.CreateAgent(ctx, &kefu.Agent{TenantID: "shop", Email: "ANA@shop.example"})
	if kefu.ErrorCode(err) != kefu.ECONFLICT {
		t.Errorf("duplicate email after 0006: %v, want conflict", err)
	}
}
