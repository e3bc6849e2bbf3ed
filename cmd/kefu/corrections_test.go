package main

import (
	"context"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/testenv"
	"github.com/kefu-ai/kefu/nlu"
	"github.com/kefu-ai/kefu/postgres"
	"github.com/kefu-ai/kefu/sqlite"
)

// lemons is a corpus dev message (gold fresh_missing_item) the shipped
// model reads as fresh_left_outside in the demo shop globalmart
// (BenchmarkCorrectionToServing picks it by a hash).
const (
	lemons     = "you left out the lemons"
	lemonsGold = "fresh_missing_item"
)

// understood posts text in a new conversation of the shop on node url
// and returns the reply's trace: intent and understander.
func understood(tb testing.TB, url, key, text string) (intent, understander string) {
	tb.Helper()
	conv := newConversation(tb, url, key)
	code, body := callJSON(tb, "POST", url+"/v1/conversations/"+conv+"/messages", key, map[string]string{"text": text})
	if code != http.StatusOK {
		tb.Fatalf("post %q: %d %v", text, code, body)
	}
	return str(body, "reply", "trace", "intent"), str(body, "reply", "trace", "understander")
}

// proposeRelabel stores an agent's relabel of text in globalmart, as the
// console does, and returns its ID.
func proposeRelabel(tb testing.TB, st kefu.Store, text, intent string) int64 {
	tb.Helper()
	f := &kefu.Feedback{TenantID: "globalmart", Kind: kefu.FeedbackRelabel, AgentID: "ag_test", ConversationID: "cv_test",
		MessageID: 1, Text: text, Language: "en", Intent: intent}
	if err := st.CreateFeedback(context.Background(), f); err != nil {
		tb.Fatal(err)
	}
	return f.ID
}

// review accepts or rejects the correction id on node url.
func review(tb testing.TB, url, key string, id int64, verdict string) {
	tb.Helper()
	code, body := callJSON(tb, "POST", url+"/v1/feedback/"+strconv.FormatInt(id, 10)+"/"+verdict, key, nil)
	if code != http.StatusOK {
		tb.Fatalf("%s %d: %d %v", verdict, id, code, body)
	}
}

// TestCorrectionServesAtOnce runs the real demo node: a relabel accepted
// on the admin API is served for the identical message by the next turn
// (no retrain, no poll: the review's change notice loads it), names the
// correction in the trace, leaves other messages alone, and goes away
// when the accept is withdrawn.
func TestCorrectionServesAtOnce(t *testing.T) {
	d := MustStartDemo(t)
	key := d.Keys["globalmart"]
	before, by := understood(t, d.URL, key, lemons)
	if before == lemonsGold {
		t.Fatalf("the shipped model already understands %q (%s); pick another message", lemons, by)
	}
	other, otherBy := understood(t, d.URL, key, "where is my order 10023?")
	db, err := sqlite.Open(context.Background(), filepath.Join(d.Data, "kefu.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	id := proposeRelabel(t, db, lemons, lemonsGold)
	db.Close()
	if got, _ := understood(t, d.URL, key, lemons); got != before {
		t.Errorf("a proposed relabel is served: %s", got)
	}

	review(t, d.URL, key, id, "accept")
	tests := []struct {
		name, text, intent, understander string
	}{
		{"the identical message", lemons, lemonsGold, by + nlu.CorrectionSource + strconv.FormatInt(id, 10)},
		{"the same words, another case", "You left out the LEMONS", lemonsGold, by + nlu.CorrectionSource + strconv.FormatInt(id, 10)},
		{"another message", "where is my order 10023?", other, otherBy},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got, gotBy := understood(t, d.URL, key, tc.text); got != tc.intent || gotBy != tc.understander {
				t.Errorf("understood %s by %s, want %s by %s", got, gotBy, tc.intent, tc.understander)
			}
		})
	}
	// Another shop's identical message is not corrected.
	if got, gotBy := understood(t, d.URL, d.Keys["freshfarm"], lemons); strings.Contains(gotBy, nlu.CorrectionSource) {
		t.Errorf("freshfarm understood %s by %s", got, gotBy)
	}

	review(t, d.URL, key, id, "reject")
	if got, gotBy := understood(t, d.URL, key, lemons); got != before || gotBy != by {
		t.Errorf("after the withdrawal: %s by %s, want %s by %s", got, gotBy, before, by)
	}
}

// TestClusterCorrectionPickup runs two nodes on one PostgreSQL store, each
// with its own in-process bus (no change notices between them): a relabel
// accepted on node A serves on A at once and on B through the poll
// (KEFU_MODEL_POLL, 1 s here), and its withdrawal likewise.
func TestClusterCorrectionPickup(t *testing.T) {
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
	before, _ := understood(t, a.URL, key, lemons)
	id := proposeRelabel(t, st, lemons, lemonsGold)
	waitFor := func(url, want string) {
		t.Helper()
		deadline := time.Now().Add(20 * time.Second)
		for {
			got, _ := understood(t, url, key, lemons)
			if got == want {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("node %s still understands %q as %s, want %s", url, lemons, got, want)
			}
			time.Sleep(200 * time.Millisecond)
		}
	}
	review(t, a.URL, key, id, "accept")
	if got, _ := understood(t, a.URL, key, lemons); got != lemonsGold {
		t.Errorf("node A right after the accept: %s", got)
	}
	waitFor(b.URL, lemonsGold)
	review(t, a.URL, key, id, "reject")
	if got, _ := understood(t, a.URL, key, lemons); got != before {
		t.Errorf("node A right after the withdrawal: %s", got)
	}
	waitFor(b.URL, before)
}

// BenchmarkCorrectionOverrideToServing times a correction's way to
// serving without a retrain (docs/learning.md): on the real demo node,
// from the admin's accept of a relabel (POST /v1/feedback/{id}/accept)
// to the bot's reply to the identical message, understood as corrected.
// A node that learns of it by the poll adds up to model_poll.
func BenchmarkCorrectionOverrideToServing(b *testing.B) {
	d := MustStartDemo(b)
	key := d.Keys["globalmart"]
	db, err := sqlite.Open(context.Background(), filepath.Join(d.Data, "kefu.db"), nil)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	var total time.Duration
	n := 0
	for b.Loop() {
		id := proposeRelabel(b, db, lemons, lemonsGold)
		start := time.Now()
		review(b, d.URL, key, id, "accept")
		got, by := understood(b, d.URL, key, lemons)
		took := time.Since(start)
		if got != lemonsGold || !strings.HasSuffix(by, nlu.CorrectionSource+strconv.FormatInt(id, 10)) {
			b.Fatalf("understood %s by %s", got, by)
		}
		total += took
		n++
		review(b, d.URL, key, id, "reject")
	}
	b.ReportMetric(float64(total.Microseconds())/1000/float64(n), "correction_to_serving_ms")
}
