package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/analytics"
)

func TestConfigPrecedence(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "kefu.json")
	if err := os.WriteFile(file, []byte(`{"addr":"127.0.0.1:7000","data_dir":"/from/file","log_level":"warn","webhook_backoff":"250ms"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"adr":"typo"}`), 0o600)
	tests := []struct {
		name    string
		env     map[string]string
		args    []string
		want    func(c *Config) string // "" when right
		wantErr string
	}{
		{"defaults", nil, nil, func(c *Config) string {
			if c.Addr != "127.0.0.1:8080" || c.Store != "sqlite" || c.DataDir != "kefu-data" {
				return fmt.Sprintf("%+v", *c)
			}
			return ""
		}, ""},
		{"file", nil, []string{"--config", file}, func(c *Config) string {
			if c.Addr != "127.0.0.1:7000" || c.DataDir != "/from/file" || c.LogLevel != "warn" || time.Duration(c.WebhookBackoff) != 250*time.Millisecond {
				return fmt.Sprintf("%+v", *c)
			}
			return ""
		}, ""},
		{"env over file", map[string]string{"KEFU_CONFIG": file, "KEFU_ADDR": "127.0.0.1:7001"}, nil, func(c *Config) string {
			if c.Addr != "127.0.0.1:7001" || c.DataDir != "/from/file" {
				return fmt.Sprintf("%+v", *c)
			}
			return ""
		}, ""},
		{"flag over env", map[string]string{"KEFU_ADDR": "127.0.0.1:7001"}, []string{"--addr", "127.0.0.1:7002"}, func(c *Config) string {
			if c.Addr != "127.0.0.1:7002" {
				return c.Addr
			}
			return ""
		}, ""},
		{"unknown field in file", nil, []string{"--config", bad}, nil, "unknown field"},
		{"bad env number", map[string]string{"KEFU_MAX_BODY_BYTES": "lots"}, nil, nil, "KEFU_MAX_BODY_BYTES"},
		{"guards from env", map[string]string{"KEFU_BODY_TIMEOUT": "45s", "KEFU_WRITE_TIMEOUT": "-1s", "KEFU_WS_PER_CONVERSATION": "4", "KEFU_WS_PER_ADDRESS": "-1"}, nil, func(c *Config) string {
			g := c.guards()
			if g.BodyTimeout != 45*time.Second || g.WriteTimeout >= 0 || g.WSPerConversation != 4 || g.WSPerAgent != 0 || g.WSPerAddress != -1 {
				return fmt.Sprintf("%+v", g)
			}
			return ""
		}, ""},
		{"bad guard duration", map[string]string{"KEFU_BODY_TIMEOUT": "soon"}, nil, nil, "KEFU_BODY_TIMEOUT"},
		{"bad guard count", map[string]string{"KEFU_WS_PER_AGENT": "many"}, nil, nil, "KEFU_WS_PER_AGENT"},
		{"guard timeout too short", map[string]string{"KEFU_WRITE_TIMEOUT": "10ms"}, nil, nil, "write_timeout"},
		{"bad store", map[string]string{"KEFU_STORE": "oracle"}, nil, nil, "store must be"},
		{"postgres needs dsn", nil, []string{"--store", "postgres"}, nil, "postgres_dsn"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env, _, _ := testEnv("", tt.env)
			fs := newFlagSet(env, "test", "")
			c, err := setupConfig(fs, env, tt.args)
			if err == nil {
				if perr := fs.Parse(tt.args); perr != nil {
					t.Fatal(perr)
				}
				err = c.Validate()
			}
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err %v, want it to mention %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if msg := tt.want(c); msg != "" {
				t.Fatalf("config: %s", msg)
			}
		})
	}
}

func TestUsage(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string
	}{
		{nil, 2, "Commands:"},
		{[]string{"help"}, 0, "chat"},
		{[]string{"nope"}, 2, `unknown command "nope"`},
		{[]string{"chat", "-h"}, 0, "-tenant"},
		{[]string{"import", "-h"}, 0, "-kind"},
		{[]string{"bench", "-h"}, 0, "-concurrency"},
		{[]string{"serve", "--bogus"}, 2, "flag provided but not defined"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			env, _, errOut := testEnv("", nil)
			if code := Run(context.Background(), tt.args, env); code != tt.code {
				t.Fatalf("exit %d, want %d: %s", code, tt.code, errOut)
			}
			if !strings.Contains(errOut.String(), tt.want) {
				t.Fatalf("stderr %q lacks %q", errOut, tt.want)
			}
		})
	}
}

// TestChatJSON drives "kefu chat --json" like a script would: one message
// a line on standard input, one JSON turn a line on standard output.
func TestChatJSON(t *testing.T) {
	in := "where is my order?\n10023\n\n我的订单10023到哪了\nขอบคุณค่ะ\ntalk to a human\nhello?\n"
	env, out, errOut := testEnv(in, nil)
	if code := Run(context.Background(), []string{"chat", "--json"}, env); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var turns []chatTurn
	dec := json.NewDecoder(strings.NewReader(out.String()))
	for dec.More() {
		var ct chatTurn
		if err := dec.Decode(&ct); err != nil {
			t.Fatalf("bad JSON line in %q: %v", out, err)
		}
		turns = append(turns, ct)
	}
	if lines := strings.Count(out.String(), "\n"); lines != 6 || len(turns) != 6 {
		t.Fatalf("%d lines / %d turns, want 6 (the blank input line is skipped):\n%s", lines, len(turns), out)
	}
	want := []struct{ outcome, lang, contains string }{
		// c-1001's one order under way, without being asked its number.
		{"tracking", "en", "Your order 10023 is on its way"},
		{"tracking", "en", "10023"},
		{"tracking", "zh", "10023"},
		{"thanks", "th", "ยินดี"},
		{"handoff", "en", "team"},
	}
	for i, w := range want {
		tr := turns[i]
		if tr.Reply == nil || tr.Trace == nil {
			t.Fatalf("turn %d: no reply or trace: %+v", i, tr)
		}
		if tr.Trace.Outcome != w.outcome || tr.Language != w.lang || !strings.Contains(*tr.Reply, w.contains) {
			t.Errorf("turn %d (%q): outcome %q lang %q reply %q; want %q %q containing %q", i, tr.Text, tr.Trace.Outcome, tr.Language, *tr.Reply, w.outcome, w.lang, w.contains)
		}
	}
	if last := turns[5]; last.Reply != nil {
		t.Errorf("after hand-off the bot must stay silent, got %q", *last.Reply)
	}
}

func TestChatInvalidLineReportsLineNumber(t *testing.T) {
	env, out, _ := testEnv("hello\n\xff\xfe\nthanks\n", nil)
	if code := Run(context.Background(), []string{"chat", "--json"}, env); code != 0 {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(out.String(), `"error":"line 2: text is not valid UTF-8"`) {
		t.Fatalf("output lacks the line-2 error:\n%s", out)
	}
	if strings.Count(out.String(), `"reply":"`) != 2 {
		t.Fatalf("want the other two lines answered:\n%s", out)
	}
}

func TestStats(t *testing.T) {
	ctx := context.Background()
	cfg := DefaultConfig()
	cfg.DataDir = t.TempDir()
	app := NewApp(cfg, newLogger(cfg, io.Discard))
	if err := app.Open(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := loadDemo(ctx, app); err != nil {
		t.Fatal(err)
	}
	conv, _, err := app.Engine.StartConversation(ctx, kefu.StartConversationRequest{TenantID: "globalmart", Channel: "cli"})
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"hola", "quiero hablar con una persona"} {
		if _, err := app.Engine.PostMessage(ctx, kefu.PostMessageRequest{TenantID: "globalmart", ConversationID: conv.ID, Text: text}); err != nil {
			t.Fatal(err)
		}
	}
	app.Close()
	dir := cfg.DataDir
	env, out, errOut := testEnv("", nil)
	if code := Run(context.Background(), []string{"stats", "--data", dir, "--tenant", "globalmart"}, env); code != 0 {
		t.Fatalf("stats exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	var s struct {
		Tenant   string         `json:"tenant"`
		Handoffs int            `json:"handoffs"`
		Reasons  map[string]int `json:"reasons"`
	}
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &s); err != nil {
		t.Fatalf("last line %q: %v", lines[len(lines)-1], err)
	}
	if s.Tenant != "globalmart" || s.Handoffs != 1 || s.Reasons["customer_asked"] != 1 {
		t.Errorf("stats = %+v\n%s", s, out)
	}
	// The engine's turns wrote the analytics facts with the messages: the
	// dashboard summary sees the conversation and its hand-off.
	env, out, errOut = testEnv("", nil)
	if code := Run(context.Background(), []string{"stats", "--data", dir, "--tenant", "globalmart", "--summary"}, env); code != 0 {
		t.Fatalf("stats --summary exit %d: %s", code, errOut)
	}
	lines = strings.Split(strings.TrimSpace(out.String()), "\n")
	var sum analytics.SummaryReport
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &sum); err != nil {
		t.Fatalf("last line %q: %v", lines[len(lines)-1], err)
	}
	if sum.Conversations != 1 || sum.HandoffRate != 1 || sum.CustomerMessages != 2 || sum.BotReplies != 2 ||
		len(sum.HandoffReasons) != 1 || sum.HandoffReasons[0].Key != "customer_asked" || len(sum.Languages) == 0 || sum.Languages[0].Key != "es" {
		t.Errorf("stats --summary = %+v", sum)
	}
	env, _, errOut = testEnv("", nil)
	if code := Run(context.Background(), []string{"stats", "--data", dir, "--tenant", "nope"}, env); code == 0 || !strings.Contains(errOut.String(), "not found") {
		t.Errorf("unknown tenant: exit %d, stderr %q", code, errOut)
	}
}
