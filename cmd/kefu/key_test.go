package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
)

func TestKeyCommands(t *testing.T) {
	forEachStore(t, func(t *testing.T, s opsStore) {
		ctx := context.Background()
		tea := mustCreateShop(t, s, "tea")
		mustCreateShop(t, s, "coffee")
		st := s.open(t)

		create := func(t *testing.T, args ...string) keyCreated {
			t.Helper()
			out := s.mustKefu(t, "", append([]string{"key", "create"}, args...)...)
			last := lastLine(out)
			var k keyCreated
			if err := json.Unmarshal([]byte(last), &k); err != nil || !strings.HasPrefix(last, `{"key_id":"ak_`) {
				t.Fatalf("last line %q: want {\"key_id\":…,\"api_key\":…,\"scope\":…} (%v)", last, err)
			}
			return k
		}
		chat := create(t, "--shop", "tea", "--name", "widget backend")
		admin := create(t, "--shop", "tea", "--scope", "admin")
		theirs := create(t, "--shop", "coffee")
		for _, tc := range []struct {
			name  string
			k     keyCreated
			shop  string
			scope kefu.KeyScope
		}{
			{"chat by default", chat, "tea", kefu.ScopeChat},
			{"admin", admin, "tea", kefu.ScopeAdmin},
			{"other shop", theirs, "coffee", kefu.ScopeChat},
		} {
			t.Run(tc.name, func(t *testing.T) {
				got, err := st.FindAPIKeyByHash(ctx, kefu.HashSecret(tc.k.APIKey))
				if err != nil {
					t.Fatalf("the printed key does not authenticate: %v", err)
				}
				if got.ID != tc.k.KeyID || got.TenantID != tc.shop || got.Scope != tc.scope || tc.k.Scope != tc.scope ||
					got.Prefix != tc.k.APIKey[:kefu.APIKeyPrefixLen] {
					t.Errorf("stored %+v, printed %+v", got, tc.k)
				}
			})
		}

		t.Run("list", func(t *testing.T) {
			out := s.mustKefu(t, "", "key", "list", "--shop", "tea")
			for _, want := range []string{"PREFIX", chat.KeyID, "widget backend", chat.APIKey[:kefu.APIKeyPrefixLen], admin.KeyID, "admin"} {
				if !strings.Contains(out, want) {
					t.Errorf("key list lacks %q:\n%s", want, out)
				}
			}
			if strings.Contains(out, theirs.KeyID) || strings.Contains(out, chat.APIKey) {
				t.Errorf("key list shows another shop's key or a whole key:\n%s", out)
			}
			var keys []*kefu.APIKey
			if err := json.Unmarshal([]byte(s.mustKefu(t, "", "key", "list", "--shop", "tea", "--json")), &keys); err != nil {
				t.Fatal(err)
			}
			// Three keys: shop create's admin key and the two above, newest first.
			if len(keys) != 3 || keys[2].Scope != kefu.ScopeAdmin || keys[2].Prefix != tea.APIKey[:kefu.APIKeyPrefixLen] {
				t.Errorf("key list --json = %s", mustJSON(t, keys))
			}
		})

		checkMistakes(t, s, []mistake{
			{"bad scope", "", []string{"key", "create", "--shop", "tea", "--scope", "root"}, 1, `--scope "root" is not chat or admin`},
			{"unknown shop", "", []string{"key", "create", "--shop", "nope"}, 1, `shop "nope" not found: create it with kefu shop create`},
			{"missing shop", "", []string{"key", "list"}, 2, `--shop is required`},
			{"list of unknown shop", "", []string{"key", "list", "--shop", "nope"}, 1, `shop "nope" not found`},
			{"revoke without id", "", []string{"key", "revoke", "--shop", "tea"}, 2, `--id is required`},
			{"revoke unknown id", "", []string{"key", "revoke", "--shop", "tea", "--id", "ak_nope"}, 1, `--id "ak_nope": shop tea has no such key`},
			{"revoke another shop's key", "", []string{"key", "revoke", "--shop", "tea", "--id", theirs.KeyID}, 1, `shop tea has no such key`},
		})
		if _, err := st.FindAPIKeyByHash(ctx, kefu.HashSecret(theirs.APIKey)); err != nil {
			t.Errorf("a refused cross-shop revoke broke the key: %v", err)
		}

		t.Run("revoke", func(t *testing.T) {
			s.mustKefu(t, "", "key", "revoke", "--shop", "tea", "--id", chat.KeyID)
			_, err := st.FindAPIKeyByHash(ctx, kefu.HashSecret(chat.APIKey))
			if kefu.ErrorCode(err) != kefu.ENOTFOUND {
				t.Errorf("revoked key: %v, want not found", err)
			}
			// Twice is fine.
			s.mustKefu(t, "", "key", "revoke", "--shop", "tea", "--id", chat.KeyID)
			if _, err := st.FindAPIKeyByHash(ctx, kefu.HashSecret(admin.APIKey)); err != nil {
				t.Errorf("revoking one key broke another: %v", err)
			}
			out := s.mustKefu(t, "", "key", "list", "--shop", "tea")
			for _, line := range strings.Split(out, "\n") {
				if strings.HasPrefix(line, chat.KeyID) && strings.HasSuffix(strings.TrimSpace(line), "-") {
					t.Errorf("revoked key listed without a revocation time: %q", line)
				}
			}
		})
	})
}
