package main

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/testenv"
	"github.com/kefu-ai/kefu/postgres"
)

// TestClusterModelPickup runs two nodes on one PostgreSQL store, each with
// its own in-process bus, and promotes and rolls back global model
// versions in the store: both nodes come to serve what the registry says
// (the trace of their replies names it), through the model poll alone.
func TestClusterModelPickup(t *testing.T) {
	if testing.Short() {
		t.Skip("two nodes on PostgreSQL skipped in -short mode")
	}
	dsn := testenv.PostgresDSN(t)
	vars := map[string]string{"KEFU_INGEST": "off", "KEFU_MODEL_POLL": "1s"}
	common := []string{"--store", "postgres", "--postgres", dsn}
	a := MustStartNode(t, vars, append([]string{"demo"}, common...)...)
	b := MustStartNode(t, vars, append([]string{"serve"}, common...)...)
	key := a.Keys["globalmart"]
	if key == "" {
		t.Fatal("node A printed no API key for globalmart")
	}
	ctx := context.Background()
	st, err := postgres.Open(ctx, dsn, time.Now)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for _, v := range []string{"global-a", "global-b"} {
		if err := st.CreateModelVersion(ctx, &kefu.ModelVersion{Version: v, Model: tinyModel(t, v), CreatedBy: "test"}); err != nil {
			t.Fatal(err)
		}
	}
	// understander is the model version that answers a message on node
	// url, as the reply's trace names it.
	understander := func(url string) string {
		conv := newConversation(t, url, key)
		code, body := callJSON(t, "POST", url+"/v1/conversations/"+conv+"/messages", key, map[string]string{"text": "where is my order 10023?"})
		if code != http.StatusOK {
			t.Fatalf("post on %s: %d %v", url, code, body)
		}
		return str(body, "reply", "trace", "understander")
	}
	// waitFor waits until both nodes answer with version, for at most 30 s
	// (a poll is every second).
	waitFor := func(version string) {
		t.Helper()
		deadline := time.Now().Add(30 * time.Second)
		for _, url := range []string{a.URL, b.URL} {
			for {
				got := understander(url)
				if got == "nlu/"+version {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("node %s still answers with %q, want nlu/%s", url, got, version)
				}
				time.Sleep(200 * time.Millisecond)
			}
		}
	}
	if _, err := st.PromoteModelVersion(ctx, kefu.GlobalModel, "global-a", "test"); err != nil {
		t.Fatal(err)
	}
	waitFor("global-a")
	if _, err := st.PromoteModelVersion(ctx, kefu.GlobalModel, "global-b", "test"); err != nil {
		t.Fatal(err)
	}
	waitFor("global-b")
	if _, err := st.RollbackModel(ctx, kefu.GlobalModel, "test"); err != nil {
		t.Fatal(err)
	}
	waitFor("global-a")
}
