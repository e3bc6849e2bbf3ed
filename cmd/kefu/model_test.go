package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/data/nlu/corpus"
	"github.com/kefu-ai/kefu/importer"
	"github.com/kefu-ai/kefu/learn"
	"github.com/kefu-ai/kefu/nlu"
	"github.com/kefu-ai/kefu/nlu/intent"
)

// tinyModel trains a small model whose version is version.
func tinyModel(t *testing.T, version string) []byte {
	t.Helper()
	m, err := intent.Train([]intent.Example{
		{Text: "where is my order", Label: "track_order"}, {Text: "where is my parcel", Label: "track_order"},
		{Text: "hello there", Label: "greeting"}, {Text: "hi", Label: "greeting"},
	}, intent.Options{Seed: 1, Version: version, Folds: 1})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := m.Save(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestNodeServesRegistry promotes and rolls back versions in the store and
// checks that a node serves what the registry says, globally and per
// shop, and that traces name the registry version.
func TestNodeServesRegistry(t *testing.T) {
	ctx := context.Background()
	cfg := DefaultConfig()
	cfg.DataDir = t.TempDir()
	app := NewApp(cfg, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err := app.Open(ctx); err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	if _, err := importer.LoadDemo(ctx, app.Store, app.Now); err != nil {
		t.Fatal(err)
	}
	shipped := app.NLU.Models().Current().Version()
	for _, v := range []struct{ tenant, version string }{
		{kefu.GlobalModel, "global-1"}, {kefu.GlobalModel, "global-2"}, {"globalmart", "globalmart-1"},
	} {
		if err := app.Store.CreateModelVersion(ctx, &kefu.ModelVersion{TenantID: v.tenant, Version: v.version,
			Model: tinyModel(t, v.version), CreatedBy: "test"}); err != nil {
			t.Fatal(err)
		}
	}
	understander := func(tenant string) string {
		t.Helper()
		conv, _, err := app.Engine.StartConversation(ctx, kefu.StartConversationRequest{TenantID: tenant, CustomerExternalID: "c-1001"})
		if err != nil {
			t.Fatal(err)
		}
		res, err := app.Engine.PostMessage(ctx, kefu.PostMessageRequest{TenantID: tenant, ConversationID: conv.ID, Text: "where is my order 10023?"})
		if err != nil {
			t.Fatal(err)
		}
		return strings.TrimPrefix(res.Reply.Trace.Understander, "nlu/")
	}
	tenants, err := app.Store.FindTenants(ctx)
	if err != nil || len(tenants) < 2 {
		t.Fatalf("demo shops: %v %v", tenants, err)
	}
	other := tenants[0].ID
	if other == "globalmart" {
		other = tenants[1].ID
	}
	steps := []struct {
		name         string
		do           func() error
		global, shop string // the versions that answer another shop and globalmart
	}{
		{"nothing registered", func() error { return nil }, shipped, shipped},
		{"global promoted", func() error {
			_, err := app.Store.PromoteModelVersion(ctx, kefu.GlobalModel, "global-1", "test")
			return err
		}, "global-1", "global-1"},
		{"shop promoted", func() error {
			_, err := app.Store.PromoteModelVersion(ctx, "globalmart", "globalmart-1", "test")
			return err
		}, "global-1", "globalmart-1"},
		{"global 2 promoted", func() error {
			_, err := app.Store.PromoteModelVersion(ctx, kefu.GlobalModel, "global-2", "test")
			return err
		}, "global-2", "globalmart-1"},
		{"global rolled back", func() error {
			_, err := app.Store.RollbackModel(ctx, kefu.GlobalModel, "test")
			return err
		}, "global-1", "globalmart-1"},
	}
	for _, st := range steps {
		if err := st.do(); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		if err := app.SyncModels(ctx); err != nil {
			t.Fatalf("%s: SyncModels: %v", st.name, err)
		}
		if got := understander(other); got != st.global {
			t.Errorf("%s: %s answered by %q, want %q", st.name, other, got, st.global)
		}
		if got := understander("globalmart"); got != st.shop {
			t.Errorf("%s: globalmart answered by %q, want %q", st.name, got, st.shop)
		}
	}
}

// TestModelCommands runs kefu model list, promote and rollback on a
// store with registered versions, and their mistakes.
func TestModelCommands(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	vars := map[string]string{"KEFU_DATA_DIR": dir}
	env, _, _ := testEnv("", vars)
	if code := Run(ctx, []string{"shop", "create", "--id", "acme", "--name", "Acme"}, env); code != 0 {
		t.Fatalf("shop create: %d", code)
	}
	cfg := DefaultConfig()
	cfg.DataDir = dir
	st, err := openStore(ctx, &cfg)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []string{"acme-1", "acme-2"} {
		if err := st.CreateModelVersion(ctx, &kefu.ModelVersion{TenantID: "acme", Version: v, Model: tinyModel(t, v),
			Metrics: json.RawMessage(`{"dev_accuracy":0.5}`), CreatedBy: "test"}); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()

	type line struct {
		Version  string          `json:"version"`
		Serving  bool            `json:"serving"`
		Metrics  json.RawMessage `json:"metrics"`
		Versions []line          `json:"versions"`
	}
	tests := []struct {
		name string
		args []string
		code int
		want string // the JSON line's version, or for list the versions with * marking the serving one
	}{
		{"list", []string{"list", "--shop", "acme"}, 0, "acme-2,acme-1"},
		{"promote 1", []string{"promote", "--shop", "acme", "--version", "acme-1"}, 0, "acme-1"},
		{"promote 2", []string{"promote", "--shop", "acme", "--version", "acme-2"}, 0, "acme-2"},
		{"list after", []string{"list", "--shop", "acme"}, 0, "*acme-2,acme-1"},
		{"rollback", []string{"rollback", "--shop", "acme"}, 0, "acme-1"},
		{"list after rollback", []string{"list", "--shop", "acme"}, 0, "acme-2,*acme-1"},
		{"rollback again", []string{"rollback", "--shop", "acme"}, 1, ""},
		{"promote unknown", []string{"promote", "--shop", "acme", "--version", "nope"}, 1, ""},
		{"promote without version", []string{"promote", "--shop", "acme"}, 2, ""},
		{"unknown shop", []string{"list", "--shop", "nope"}, 1, ""},
		{"global list, empty", []string{"list"}, 0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			env, out, errOut := testEnv("", vars)
			code := Run(ctx, append([]string{"model"}, tc.args...), env)
			if code != tc.code {
				t.Fatalf("exit %d, want %d; stderr %s", code, tc.code, errOut)
			}
			if code != 0 {
				return
			}
			lines := strings.Split(strings.TrimSpace(out.String()), "\n")
			var l line
			if err := json.Unmarshal([]byte(lines[len(lines)-1]), &l); err != nil {
				t.Fatalf("last line: %v\n%s", err, out)
			}
			got := l.Version
			if strings.HasPrefix(tc.name, "list") || strings.HasPrefix(tc.name, "global") {
				var vs []string
				for _, v := range l.Versions {
					mark := ""
					if v.Serving {
						mark = "*"
					}
					if len(v.Metrics) == 0 {
						t.Errorf("%s has no metrics", v.Version)
					}
					vs = append(vs, mark+v.Version)
				}
				got = strings.Join(vs, ",")
			}
			if got != tc.want {
				t.Errorf("got %q, want %q\n%s", got, tc.want, out)
			}
		})
	}
}

// TestRetrainShopsSkipsTrainedData runs the scheduled retrain over the
// demo shops: shops without accepted relabels are not trained, and a shop
// whose data a version was already trained on is skipped (no training,
// no new version).
func TestRetrainShopsSkipsTrainedData(t *testing.T) {
	ctx := context.Background()
	cfg := DefaultConfig()
	cfg.DataDir = t.TempDir()
	app := NewApp(cfg, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err := app.Open(ctx); err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	if _, err := importer.LoadDemo(ctx, app.Store, app.Now); err != nil {
		t.Fatal(err)
	}
	f := &kefu.Feedback{TenantID: "globalmart", Kind: kefu.FeedbackRelabel, AgentID: "ag", ConversationID: "cv", MessageID: 1,
		Text: "my parcel is a potato", Language: "en", Intent: "order_status"}
	if err := app.Store.CreateFeedback(ctx, f); err != nil {
		t.Fatal(err)
	}
	if _, err := app.Store.ReviewFeedback(ctx, "globalmart", f.ID, kefu.FeedbackAccepted, "admin"); err != nil {
		t.Fatal(err)
	}
	rows, err := nlu.TrainingRows()
	if err != nil {
		t.Fatal(err)
	}
	rows = append(rows, corpus.Row{Text: f.Text, Lang: f.Language, Label: f.Intent})
	if err := app.Store.CreateModelVersion(ctx, &kefu.ModelVersion{TenantID: "globalmart", Version: "globalmart-1",
		DataHash: learn.DataHash(rows, nlu.CorpusOptions()), Model: tinyModel(t, "globalmart-1"), CreatedBy: "test"}); err != nil {
		t.Fatal(err)
	}
	// A training would register a new version, which the counts below
	// would show.
	if err := app.RetrainShops(ctx); err != nil {
		t.Fatal(err)
	}
	tenants, err := app.Store.FindTenants(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, tn := range tenants {
		vs, err := app.Store.FindModelVersions(ctx, tn.ID)
		if err != nil {
			t.Fatal(err)
		}
		want := 0
		if tn.ID == "globalmart" {
			want = 1
		}
		if len(vs) != want {
			t.Errorf("%s has %d versions, want %d", tn.ID, len(vs), want)
		}
	}
}
