package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/freshness"
)

// TestFlaggedArticleLeavesAnswers runs the real wiring: a question the
// demo shop answers from an article; an agent flags the article, and the
// next identical question is not answered from it (the freshness
// service's change drops the knowledge index at once); the admin
// approves it through the review route, and it answers again.
func TestFlaggedArticleLeavesAnswers(t *testing.T) {
	app, key := MustServeApp(t, func(c *Config) { c.FeedPollTick = 0 })
	ctx := context.Background()
	const shop = "globalmart"
	ask := func(text string) *kefu.Trace {
		t.Helper()
		conv, _, err := app.Engine.StartConversation(ctx, kefu.StartConversationRequest{TenantID: shop, CustomerExternalID: "c-1001", Channel: "cli"})
		if err != nil {
			t.Fatal(err)
		}
		res, err := app.Engine.PostMessage(ctx, kefu.PostMessageRequest{TenantID: shop, ConversationID: conv.ID, Text: text})
		if err != nil {
			t.Fatal(err)
		}
		return res.Reply.Trace
	}
	var question, articleID string
	for _, q := range []string{"what is your return policy?", "how long does shipping take?", "do you ship internationally?",
		"what payment methods do you accept?", "how do I return an item?"} {
		if tr := ask(q); tr != nil && tr.ArticleID != "" {
			question, articleID = q, tr.ArticleID
			break
		}
	}
	if articleID == "" {
		t.Fatal("no question of the list is answered from an article of the demo shop")
	}

	if _, err := app.freshness().FlagArticle(ctx, shop, articleID, freshness.SourceAgent, "outdated", "Ana"); err != nil {
		t.Fatal(err)
	}
	if tr := ask(question); tr.ArticleID == articleID {
		t.Fatalf("%q is still answered from the flagged article", question)
	}

	req, err := http.NewRequest("POST", app.HTTP.URL()+"/v1/admin/review/"+articleID+"/approve", bytes.NewReader([]byte(`{"reason":"still right"}`)))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+key)
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var a kefu.Article
	if err := json.NewDecoder(res.Body).Decode(&a); err != nil || res.StatusCode != 200 || a.Status != kefu.ArticlePublished {
		t.Fatalf("approve: %d %+v %v", res.StatusCode, a, err)
	}
	if tr := ask(question); tr.ArticleID != articleID {
		t.Errorf("%q after approval: article %q, want %q", question, tr.ArticleID, articleID)
	}
}
