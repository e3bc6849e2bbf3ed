package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/testenv"
	"github.com/kefu-ai/kefu/postgres"
	"github.com/kefu-ai/kefu/sqlite"
)

// opsStore is a store the operator commands are tested on: the flags
// that select it and a way to look at it afterwards.
type opsStore struct {
	args []string
	open func(t *testing.T) kefu.Store
}

// forEachStore runs fn on a fresh SQLite data directory and on a fresh
// PostgreSQL schema (skipped without PostgreSQL unless
// KEFU_REQUIRE_SERVICES=1).
func forEachStore(t *testing.T, fn func(t *testing.T, s opsStore)) {
	t.Run("sqlite", func(t *testing.T) {
		dir := t.TempDir()
		fn(t, opsStore{
			args: []string{"--data", dir},
			open: func(t *testing.T) kefu.Store {
				db, err := sqlite.Open(context.Background(), filepath.Join(dir, "kefu.db"), time.Now)
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { db.Close() })
				return db
			},
		})
	})
	t.Run("postgres", func(t *testing.T) {
		dsn := testenv.PostgresDSN(t)
		fn(t, opsStore{
			args: []string{"--store", "postgres", "--postgres", dsn},
			open: func(t *testing.T) kefu.Store {
				db, err := postgres.Open(context.Background(), dsn, time.Now)
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { db.Close() })
				return db
			},
		})
	})
}

// kefuRun runs "kefu <args> <store flags>" with stdin and returns the
// exit code and the outputs.
func (s opsStore) kefuRun(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	env, out, errOut := testEnv(stdin, nil)
	// The store flags go last: the commands take flags after arguments.
	code = Run(context.Background(), append(append([]string{}, args...), s.args...), env)
	return code, out.String(), errOut.String()
}

// mustKefu runs a command that must succeed and returns its stdout.
func (s opsStore) mustKefu(t *testing.T, stdin string, args ...string) string {
	t.Helper()
	code, out, errOut := s.kefuRun(t, stdin, args...)
	if code != 0 {
		t.Fatalf("kefu %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errOut)
	}
	return out
}

// lastLine returns the last line of out.
func lastLine(out string) string {
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	return lines[len(lines)-1]
}

// mustCreateShop runs "kefu shop create" and returns its JSON line.
func mustCreateShop(t *testing.T, s opsStore, id string, extra ...string) shopCreated {
	t.Helper()
	out := s.mustKefu(t, "", append([]string{"shop", "create", "--id", id, "--name", "Shop " + id}, extra...)...)
	var got shopCreated
	if err := json.Unmarshal([]byte(lastLine(out)), &got); err != nil {
		t.Fatalf("last line of shop create is not JSON: %v\n%s", err, out)
	}
	return got
}

// mistake is a command that must fail with code and a message holding want.
type mistake struct {
	name  string
	stdin string
	args  []string
	code  int
	want  string
}

func checkMistakes(t *testing.T, s opsStore, cases []mistake) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := s.kefuRun(t, tc.stdin, tc.args...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d\n%s%s", code, tc.code, out, errOut)
			}
			if !strings.Contains(errOut, tc.want) {
				t.Errorf("stderr %q lacks %q", errOut, tc.want)
			}
			if tc.code == 1 && strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
				t.Errorf("want a one-line message, got %q", errOut)
			}
		})
	}
}

func TestShopCommands(t *testing.T) {
	forEachStore(t, func(t *testing.T, s opsStore) {
		ctx := context.Background()
		out := s.mustKefu(t, "", "shop", "create", "--id", "tea", "--name", "My Tea Shop", "--currency", "eur",
			"--languages", "en,ES,zh_Hant", "--country", "de", "--timezone", "Europe/Berlin")
		last := lastLine(out)
		if !strings.HasPrefix(last, `{"shop":"tea","api_key":"kefu_`) || !strings.Contains(last, `","widget_secret":"`) {
			t.Errorf("last line %q: want {\"shop\":…,\"api_key\":\"kefu_…\",\"widget_secret\":…}", last)
		}
		var created shopCreated
		if err := json.Unmarshal([]byte(last), &created); err != nil {
			t.Fatal(err)
		}

		st := s.open(t)
		k, err := st.FindAPIKeyByHash(ctx, kefu.HashSecret(created.APIKey))
		if err != nil {
			t.Fatalf("the printed API key does not authenticate: %v", err)
		}
		if k.TenantID != "tea" || k.Scope != kefu.ScopeAdmin || k.Prefix != created.APIKey[:kefu.APIKeyPrefixLen] {
			t.Errorf("key %+v: want an admin key of tea with the key's prefix", k)
		}
		shop, err := st.FindTenantByID(ctx, "tea")
		if err != nil {
			t.Fatal(err)
		}
		want := kefu.TenantSettings{DefaultLanguage: "en", Languages: []string{"en", "es", "zh-Hant"}, Currency: "EUR",
			Country: "DE", Timezone: "Europe/Berlin", WidgetEnabled: true, WidgetSecret: created.WidgetSecret}
		if g, w := mustJSON(t, shop.Settings), mustJSON(t, want); g != w || shop.Name != "My Tea Shop" {
			t.Errorf("stored shop %q %s, want %s", shop.Name, g, w)
		}
		if len(created.WidgetSecret) < 32 {
			t.Errorf("widget secret %q is too short", created.WidgetSecret)
		}
		mustCreateShop(t, s, "coffee")

		checkMistakes(t, s, []mistake{
			{"bad currency", "", []string{"shop", "create", "--id", "x1", "--name", "X", "--currency", "EURO"}, 1, `--currency "EURO" is not an ISO 4217 currency`},
			{"unknown currency", "", []string{"shop", "create", "--id", "x1", "--name", "X", "--currency", "XYZ"}, 1, `--currency "XYZ"`},
			{"bad language", "", []string{"shop", "create", "--id", "x1", "--name", "X", "--languages", "en,e5"}, 1, `--languages: "e5" is not a language tag`},
			{"no language", "", []string{"shop", "create", "--id", "x1", "--name", "X", "--languages", " , "}, 1, `--languages " , " names no language`},
			{"bad timezone", "", []string{"shop", "create", "--id", "x1", "--name", "X", "--timezone", "Mars/Olympus"}, 1, `--timezone "Mars/Olympus" is not an IANA time zone`},
			{"machine timezone", "", []string{"shop", "create", "--id", "x1", "--name", "X", "--timezone", "Local"}, 1, `--timezone "Local"`},
			{"bad country", "", []string{"shop", "create", "--id", "x1", "--name", "X", "--country", "Germany"}, 1, `--country "Germany" is not an ISO 3166-1 alpha-2`},
			{"EU is no country", "", []string{"shop", "create", "--id", "x1", "--name", "X", "--country", "EU"}, 1, `--country "EU"`},
			{"bad id", "", []string{"shop", "create", "--id", "My Shop", "--name", "X"}, 1, `--id "My Shop" is not a shop ID`},
			{"blank name", "", []string{"shop", "create", "--id", "x1", "--name", " "}, 2, `--name is required`},
			{"duplicate id", "", []string{"shop", "create", "--id", "tea", "--name", "Again"}, 1, `shop "tea" already exists`},
			{"missing id", "", []string{"shop", "create", "--name", "X"}, 2, `--id is required`},
			{"stray argument", "", []string{"shop", "create", "--id", "x1", "--name", "X", "extra"}, 2, `unexpected argument "extra"`},
			{"unknown verb", "", []string{"shop", "delete"}, 2, `unknown command "delete"`},
			{"no verb", "", []string{"shop"}, 2, `Usage: kefu shop`},
			{"unknown shop: show", "", []string{"shop", "show", "--shop", "nope"}, 1, `shop "nope" not found: create it with kefu shop create`},
			{"unknown shop: settings", "", []string{"shop", "settings", "get", "--shop", "nope"}, 1, `shop "nope" not found: create it with kefu shop create`},
			{"unknown shop: rotate", "", []string{"shop", "rotate-widget-secret", "--shop", "nope"}, 1, `shop "nope" not found`},
		})
		if _, err := st.FindTenantByID(ctx, "x1"); kefu.ErrorCode(err) != kefu.ENOTFOUND {
			t.Errorf("a refused shop create stored the shop: %v", err)
		}
		if got, _ := st.FindTenantByID(ctx, "tea"); got.Name != "My Tea Shop" {
			t.Errorf("a duplicate create changed the shop: %+v", got)
		}

		t.Run("list", func(t *testing.T) {
			out := s.mustKefu(t, "", "shop", "list")
			if !strings.Contains(out, "ID") || !strings.Contains(out, "tea") || !strings.Contains(out, "en,es,zh-Hant") || !strings.Contains(out, "coffee") {
				t.Errorf("shop list:\n%s", out)
			}
			var rows []struct {
				ID        string   `json:"id"`
				Languages []string `json:"languages"`
				Currency  string   `json:"currency"`
			}
			if err := json.Unmarshal([]byte(s.mustKefu(t, "", "shop", "list", "--json")), &rows); err != nil {
				t.Fatal(err)
			}
			if len(rows) != 2 || rows[0].ID != "coffee" || rows[1].ID != "tea" || rows[1].Currency != "EUR" {
				t.Errorf("shop list --json = %+v", rows)
			}
		})

		t.Run("show hides secrets", func(t *testing.T) {
			out := s.mustKefu(t, "", "shop", "show", "--shop", "tea")
			if strings.Contains(out, created.WidgetSecret) || !strings.Contains(out, secretMask) || !strings.Contains(out, `"api_keys": 1`) {
				t.Errorf("shop show:\n%s", out)
			}
		})

		t.Run("settings", func(t *testing.T) {
			s.mustKefu(t, "", "shop", "settings", "set", "--shop", "tea", "name=Tea & Co", "currency=USD",
				"confidence_threshold=0.6", "clarify_limit=3", "widget_enabled=false", `order_number_pattern=\bT\d{5}\b`,
				"strategies=anger_priority", "no_anger_handoff=true", "country=fr", "languages=en,fr",
				"proactive.enabled=true", "proactive.quiet_hours=21:00-08:00", "proactive.threshold=0.4")
			got, err := st.FindTenantByID(ctx, "tea")
			if err != nil {
				t.Fatal(err)
			}
			gs := got.Settings
			if got.Name != "Tea & Co" || gs.Currency != "USD" || gs.ConfidenceThreshold != 0.6 || gs.ClarifyLimit != 3 ||
				gs.WidgetEnabled || gs.OrderNumberPattern != `\bT\d{5}\b` || strings.Join(gs.Strategies, ",") != "anger_priority" ||
				!gs.NoAngerHandoff || gs.Country != "FR" || strings.Join(gs.Languages, ",") != "en,fr" || gs.WidgetSecret != created.WidgetSecret ||
				gs.Proactive == nil || !gs.Proactive.Enabled || gs.Proactive.QuietHours != "21:00-08:00" || gs.Proactive.Threshold != 0.4 {
				t.Errorf("after settings set: %q %+v", got.Name, gs)
			}
			for key, want := range map[string]string{"currency": `"USD"`, "name": `"Tea & Co"`, "clarify_limit": "3",
				"no_sensitive_handoff": "false", "widget_secret": `"` + secretMask + `"`} {
				if out := strings.TrimSpace(s.mustKefu(t, "", "shop", "settings", "get", "--shop", "tea", key)); out != want {
					t.Errorf("settings get %s = %s, want %s", key, out, want)
				}
			}
			before := mustJSON(t, gs)
			checkMistakes(t, s, []mistake{
				{"bad threshold", "", []string{"shop", "settings", "set", "--shop", "tea", "currency=EUR", "confidence_threshold=1.5"}, 1, `confidence_threshold "1.5" is not a number between 0 and 1`},
				{"bad pattern", "", []string{"shop", "settings", "set", "--shop", "tea", "order_number_pattern=("}, 1, `order_number_pattern "(" is not a regular expression`},
				{"bad bool", "", []string{"shop", "settings", "set", "--shop", "tea", "widget_enabled=yes please"}, 1, `widget_enabled "yes please" is not true or false`},
				{"bad quiet hours", "", []string{"shop", "settings", "set", "--shop", "tea", "proactive.quiet_hours=22-7"}, 1, `proactive.quiet_hours "22-7" is not a window like 21:00-08:00`},
				{"bad horizon", "", []string{"shop", "settings", "set", "--shop", "tea", "proactive.horizon_hours=999"}, 1, `proactive.horizon_hours "999" is not a whole number from 0 to 336`},
				{"bad strategy", "", []string{"shop", "settings", "set", "--shop", "tea", "strategies=hug"}, 1, `strategies: "hug" is not a strategy`},
				{"bad language", "", []string{"shop", "settings", "set", "--shop", "tea", "default_language=english!"}, 1, `default_language "english!"`},
				{"unknown key", "", []string{"shop", "settings", "set", "--shop", "tea", "colour=red"}, 1, `unknown setting "colour"`},
				{"secret", "", []string{"shop", "settings", "set", "--shop", "tea", "widget_secret=abc"}, 1, `kefu shop rotate-widget-secret`},
				{"list key", "", []string{"shop", "settings", "set", "--shop", "tea", "webhooks=x"}, 1, `webhooks is not a single value`},
				{"not a pair", "", []string{"shop", "settings", "set", "--shop", "tea", "currency"}, 1, `"currency" is not key=value`},
				{"nothing to set", "", []string{"shop", "settings", "set", "--shop", "tea"}, 2, `give key=value pairs or --file`},
				{"unknown get key", "", []string{"shop", "settings", "get", "--shop", "tea", "colour"}, 1, `unknown settings key "colour"`},
				{"unknown file key", `{"currency":"EUR","colour":"red"}`, []string{"shop", "settings", "set", "--shop", "tea", "--file", "-"}, 1, `unknown settings key "colour"`},
				{"file sets a secret", `{"widget_secret":"mine"}`, []string{"shop", "settings", "set", "--shop", "tea", "--file", "-"}, 1, `widget_secret cannot be set from a file`},
				{"invalid file", `{"currency":"eur"}`, []string{"shop", "settings", "set", "--shop", "tea", "--file", "-"}, 1, `settings.currency "eur"`},
				{"not JSON", `currency: EUR`, []string{"shop", "settings", "set", "--shop", "tea", "--file", "-"}, 1, `not a settings document`},
			})
			got, _ = st.FindTenantByID(ctx, "tea")
			if after := mustJSON(t, got.Settings); after != before {
				t.Errorf("refused settings changes changed the settings:\n%s\nwant\n%s", after, before)
			}

			// A whole document round-trips through get and set --file; the
			// masked secrets keep the stored ones.
			withHook := got.Settings
			withHook.Webhooks = []kefu.Webhook{{URL: "https://tea.example/hook", Secret: "hook-secret"}}
			if err := st.UpdateTenantSettings(ctx, "tea", withHook); err != nil {
				t.Fatal(err)
			}
			doc := s.mustKefu(t, "", "shop", "settings", "get", "--shop", "tea")
			if strings.Contains(doc, "hook-secret") || strings.Contains(doc, created.WidgetSecret) {
				t.Fatalf("settings get shows a secret:\n%s", doc)
			}
			file := filepath.Join(t.TempDir(), "settings.json")
			if err := os.WriteFile(file, []byte(strings.Replace(doc, `"USD"`, `"GBP"`, 1)), 0o600); err != nil {
				t.Fatal(err)
			}
			s.mustKefu(t, "", "shop", "settings", "set", "--shop", "tea", "--file", file)
			got, _ = st.FindTenantByID(ctx, "tea")
			if got.Settings.Currency != "GBP" || got.Settings.WidgetSecret != created.WidgetSecret ||
				len(got.Settings.Webhooks) != 1 || got.Settings.Webhooks[0].Secret != "hook-secret" {
				t.Errorf("after set --file: %+v", got.Settings)
			}
		})

		t.Run("rotate widget secret", func(t *testing.T) {
			out := s.mustKefu(t, "", "shop", "rotate-widget-secret", "--shop", "tea")
			var r struct {
				Shop         string `json:"shop"`
				WidgetSecret string `json:"widget_secret"`
			}
			if err := json.Unmarshal([]byte(lastLine(out)), &r); err != nil {
				t.Fatal(err)
			}
			got, _ := st.FindTenantByID(ctx, "tea")
			if r.Shop != "tea" || r.WidgetSecret == created.WidgetSecret || got.Settings.WidgetSecret != r.WidgetSecret {
				t.Errorf("rotate printed %+v, stored %q (old %q)", r, got.Settings.WidgetSecret, created.WidgetSecret)
			}
		})
	})
}

// TestImportUnknownShop checks that importing into a shop that does not
// exist says how to make one.
func TestImportUnknownShop(t *testing.T) {
	file := filepath.Join(t.TempDir(), "customers.csv")
	if err := os.WriteFile(file, []byte("external_id\nc-1\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	env, out, errOut := testEnv("", nil)
	code := Run(context.Background(), []string{"import", "--data", t.TempDir(), "--tenant", "myteashop", "--kind", "customers", file}, env)
	if want := `shop "myteashop" not found: create it with kefu shop create`; code != 1 || !strings.Contains(errOut.String(), want) {
		t.Errorf("exit %d, output %q %q: want 1 and %q", code, out, errOut, want)
	}
}

func mustJSON(tb testing.TB, v any) string {
	tb.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}
