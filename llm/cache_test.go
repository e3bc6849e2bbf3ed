package llm_test

import (
	"context"
	"testing"
	"time"

	"github.com/kefu-ai/kefu/llm"
	"github.com/kefu-ai/kefu/llm/llmtest"
)

// TestGroundCache: a judged answer is reused for the same question over
// the same articles until it expires; an edited article, another
// question or language, and an endpoint's failure are asked again.
func TestGroundCache(t *testing.T) {
	srv := llmtest.New(t)
	now := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	cache := llm.NewCache(100, 10*time.Minute, func() time.Time { return now })
	g := grounder(srv, 200*time.Millisecond)
	g.Cache = cache
	ctx := context.Background()
	req := llm.GroundRequest{Question: "how long do I have to return?", Language: "en", Articles: groundArticles}
	ask := func(r llm.GroundRequest) llm.Answer {
		t.Helper()
		return g.Ground(ctx, r)
	}
	requests := func() int { return len(srv.Requests()) }

	first := ask(req)
	if !first.OK() || first.Cached || requests() != 1 {
		t.Fatalf("first: %+v, %d requests", first, requests())
	}
	again := ask(req)
	if !again.Cached || again.Text != first.Text || again.Verdict != first.Verdict || len(again.Cited) != 1 || requests() != 1 {
		t.Fatalf("again: %+v, %d requests", again, requests())
	}
	edited := append([]llm.Article(nil), groundArticles...)
	edited[0].Body = "You can return items within 30 days."
	if a := ask(llm.GroundRequest{Question: req.Question, Language: "en", Articles: edited}); a.Cached || a.Text != "You can return items within 30 days. [1]" || requests() != 2 {
		t.Errorf("edited article: %+v, %d requests", a, requests())
	}
	if a := ask(llm.GroundRequest{Question: "other question", Language: "en", Articles: groundArticles}); a.Cached || requests() != 3 {
		t.Errorf("other question: cached %v, %d requests", a.Cached, requests())
	}
	// A refusal is judged too: kept.
	srv.SetMode(llmtest.Refuse)
	refuse := llm.GroundRequest{Question: "gift cards?", Language: "en", Articles: groundArticles}
	ask(refuse)
	if a := ask(refuse); !a.Cached || a.Verdict != llm.VerdictRefused || requests() != 4 {
		t.Errorf("refusal: %+v, %d requests", a, requests())
	}
	// Failures are not kept.
	srv.SetMode(llmtest.Fail)
	failing := llm.GroundRequest{Question: "broken?", Language: "en", Articles: groundArticles}
	ask(failing)
	if a := ask(failing); a.Cached || a.Verdict != llm.VerdictError || requests() != 6 {
		t.Errorf("failure: %+v, %d requests", a, requests())
	}
	// Expired: asked again.
	srv.SetMode(llmtest.Cite)
	now = now.Add(11 * time.Minute)
	if a := ask(req); a.Cached || !a.OK() || requests() != 7 {
		t.Errorf("expired: %+v, %d requests", a, requests())
	}
	if cache.Len() == 0 {
		t.Error("empty cache")
	}
}

func TestCacheFull(t *testing.T) {
	srv := llmtest.New(t)
	g := grounder(srv, time.Second)
	g.Cache = llm.NewCache(2, time.Hour, nil)
	for _, q := range []string{"a?", "b?", "c?"} {
		g.Ground(context.Background(), llm.GroundRequest{Question: q, Language: "en", Articles: groundArticles})
	}
	if n := g.Cache.Len(); n != 1 {
		t.Errorf("a full cache holds %d after one more, want 1 (emptied, then the new one)", n)
	}
}
