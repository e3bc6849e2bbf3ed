package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/importer"
	"github.com/kefu-ai/kefu/nlu/intent"
)

// TestHotSwapModel swaps the intent model while turns run: no turn fails,
// turns after the swap use the new model, a broken file is refused and
// leaves the served model in place.
func TestHotSwapModel(t *testing.T) {
	t.Parallel() // long: runs beside the other long tests
	ctx := context.Background()
	cfg := DefaultConfig()
	cfg.DataDir = t.TempDir()
	cfg.ModelFile = filepath.Join(t.TempDir(), "model.kmodel")
	shipped, err := loadModel("")
	if err != nil {
		t.Fatal(err)
	}
	writeModel(t, cfg.ModelFile, shipped)
	app := NewApp(cfg, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err := app.Open(ctx); err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	if _, err := importer.LoadDemo(ctx, app.Store, app.Now); err != nil {
		t.Fatal(err)
	}
	conv, _, err := app.Engine.StartConversation(ctx, kefu.StartConversationRequest{TenantID: "globalmart", CustomerExternalID: "c-1001"})
	if err != nil {
		t.Fatal(err)
	}
	post := func(i int) (*kefu.TurnResult, error) {
		return app.Engine.PostMessage(ctx, kefu.PostMessageRequest{TenantID: "globalmart", ConversationID: conv.ID, Text: fmt.Sprintf("where is my order 10023? (%d)", i)})
	}

	// A second model with its own version name.
	small, err := intent.Train([]intent.Example{
		{Text: "where is my order", Label: "track_order"}, {Text: "where is my parcel", Label: "track_order"},
		{Text: "hello there", Label: "greeting"}, {Text: "hi", Label: "greeting"},
	}, intent.Options{Seed: 1, Version: "swapped", Folds: 1})
	if err != nil {
		t.Fatal(err)
	}

	var wg sync.WaitGroup
	errs := make(chan error, 100)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				if _, err := post(w*100 + i); err != nil {
					errs <- err
				}
			}
		}(w)
	}
	writeModel(t, cfg.ModelFile, small)
	if err := app.ReloadModel(); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("turn failed during the swap: %v", err)
	}
	res, err := post(999)
	if err != nil {
		t.Fatal(err)
	}
	if src := res.Reply.Trace.Understander; !strings.HasSuffix(src, "/swapped") {
		t.Fatalf("after the swap the trace names %q", src)
	}

	os.WriteFile(cfg.ModelFile, []byte("not a model"), 0o600)
	if err := app.ReloadModel(); err == nil {
		t.Fatal("a broken model file was accepted")
	}
	if v := app.NLU.Models().Current().Version(); v != "swapped" {
		t.Fatalf("a failed reload changed the model to %q", v)
	}
	if !app.NLU.Models().Rollback() || app.NLU.Models().Current().Version() != shipped.Version() {
		t.Fatal("rollback did not restore the first model")
	}
}

func writeModel(t *testing.T, path string, m *intent.Model) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Save(f); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}
