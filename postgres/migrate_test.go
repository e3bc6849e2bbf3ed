package postgres_test

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/testenv"
)

// TestMigrateOperators opens a schema that an older kefu (migrations up
// to 0005) left with an API key and an agent, and checks what 0006 makes
// of them: the key becomes an admin key that still works, the agent keeps
// every field and is enabled, and the owner role can be stored.
func TestMigrateOperators(t *testing.T) {
	ctx := context.Background()
	dsn := testenv.PostgresDSN(t)
	conn, err := pgx.Connect(ctx, dsn)
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
		if _, err := conn.Exec(ctx, q, args...); err != nil {
			t.Fatalf("%.60s: %v", q, err)
		}
	}
	mustExec(`CREATE TABLE schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL)`)
	for _, n := range names {
		if filepath.Base(n) >= "0006" {
			break
		}
		body, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		mustExec(string(body))
		mustExec(`INSERT INTO schema_migrations (name, applied_at) VALUES ($1, now())`, "migration/"+filepath.Base(n))
	}
	mustExec(`INSERT INTO tenants (id, name, settings, created_at) VALUES ('shop', 'Shop', '{}', now())`)
	mustExec(`INSERT INTO api_keys (id, tenant_id, name, hash, created_at) VALUES ('ak_old', 'shop', 'old', 'hash-old', now())`)
	mustExec(`INSERT INTO agents (id, tenant_id, email, name, password_hash, role, languages, skills, presence, max_chats, created_at)
		VALUES ('ag_old', 'shop', 'ana@shop.example', 'Ana', 'h', 'admin', '["es"]', '["billing"]', 'online', 3, now())`)
	if err := conn.Close(ctx); err != nil {
		t.Fatal(err)
	}

	db := MustOpen(t, dsn)
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
	if a.Email != "ana@shop.example" || a.Role != kefu.RoleAdmin || a.MaxChats != 3 || a.PasswordHash != "h" || a.Disabled {
		t.Errorf("old agent after 0006: %+v", a)
	}
	owner := kefu.RoleOwner
	if _, err := db.UpdateAgent(ctx, "shop", "ag_old", kefu.AgentUpdate{Role: &owner}); err != nil {
		t.Errorf("owner role after 0006: %v", err)
	}
}
