package http_test

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
	khttp "github.com/kefu-ai/kefu/http"
)

func TestThumbs(t *testing.T) {
	e := MustOpenEnv(t, nil)
	c, tok := e.MustStartConversation(t, e.Key, "cu-thumbs")
	pr := e.MustPost(t, tok, c.ID, "where is my order FF-1001?")
	_, otherTok := e.MustStartConversation(t, e.Key, "cu-other")
	path := func(mid int64) string { return fmt.Sprintf("/v1/conversations/%s/messages/%d/feedback", c.ID, mid) }
	reply := pr.Reply.ID

	tests := []struct {
		name   string
		auth   string
		path   string
		body   string
		status int
		field  string
	}{
		{"down with reason", tok, path(reply), `{"rating":"down","reason":" wrong order "}`, 201, ""},
		{"up replaces down", tok, path(reply), `{"rating":"up"}`, 201, ""},
		{"API key", e.Key, path(reply), `{"rating":"up"}`, 201, ""},
		{"unknown rating", tok, path(reply), `{"rating":"meh"}`, 400, "rating"},
		{"customer's own message", tok, path(pr.Message.ID), `{"rating":"up"}`, 400, "mid"},
		{"not a number", tok, "/v1/conversations/" + c.ID + "/messages/x/feedback", `{"rating":"up"}`, 400, "mid"},
		{"unknown message", tok, path(reply + 100), `{"rating":"up"}`, 404, "message_id"},
		{"long reason", tok, path(reply), `{"rating":"down","reason":"` + strings.Repeat("x", 1001) + `"}`, 400, "reason"},
		{"unknown field", tok, path(reply), `{"rating":"up","stars":5}`, 400, ""},
		{"another conversation's token", otherTok, path(reply), `{"rating":"up"}`, 404, ""},
		{"no credentials", "", path(reply), `{"rating":"up"}`, 401, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := e.Do(t, "POST", tc.path, tc.auth, "application/json", []byte(tc.body))
			if res.Status != tc.status {
				t.Fatalf("status %d, want %d: %s", res.Status, tc.status, res.Body)
			}
			if tc.field != "" && res.ErrorField() != tc.field {
				t.Errorf("error field %q, want %q: %s", res.ErrorField(), tc.field, res.Body)
			}
			if res.Status == 201 {
				var fr khttp.FeedbackResponse
				res.JSON(t, &fr)
				if fr.Feedback.MessageID != reply || fr.Feedback.ConversationID != c.ID || fr.Feedback.PreviousIntent == "" {
					t.Errorf("stored %+v", fr.Feedback)
				}
			}
		})
	}
	// The customer's thumbs come back for the widget; another
	// conversation's token sees none of them.
	res := e.Do(t, "GET", "/v1/conversations/"+c.ID+"/feedback", tok, "", nil)
	var list khttp.FeedbackListResponse
	res.JSON(t, &list)
	if res.Status != 200 || len(list.Feedback) != 1 || list.Feedback[0].Kind != kefu.FeedbackThumbsUp {
		t.Errorf("list: %d %s", res.Status, res.Body)
	}
	if res := e.Do(t, "GET", "/v1/conversations/"+c.ID+"/feedback", otherTok, "", nil); res.Status != http.StatusNotFound {
		t.Errorf("other token: %d %s", res.Status, res.Body)
	}

	// One rating of the reply is kept: the last.
	fs, err := e.Store.FindFeedback(context.Background(), kefu.FeedbackFilter{TenantID: shop})
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 1 || fs[0].Kind != kefu.FeedbackThumbsUp || fs[0].CustomerID != c.CustomerID {
		t.Errorf("stored feedback %+v", fs)
	}
}

func TestAgentFeedbackAndReview(t *testing.T) {
	e := MustOpenConsole(t, nil, func(s *khttp.Server) {
		s.Intents = func() []string { return []string{"order_status", "refund_request", "greeting"} }
	})
	c := e.MustQueued(t, "quiero devolver esto, ya")
	msgs, err := e.Store.FindMessages(context.Background(), kefu.MessageFilter{TenantID: shop, ConversationID: c.ID})
	if err != nil {
		t.Fatal(err)
	}
	var cust, bot *kefu.Message
	for _, m := range msgs {
		switch {
		case m.Author == kefu.AuthorCustomer && cust == nil:
			cust = m
		case m.Author == kefu.AuthorBot && bot == nil:
			bot = m
		}
	}
	if cust == nil || bot == nil {
		t.Fatalf("messages %+v", msgs)
	}
	ana := e.MustLogin(t, e.Ana)
	path := "/console/api/conversations/" + c.ID + "/feedback"

	intents := ana.Get(t, "/console/api/intents")
	var ir khttp.IntentsResponse
	intents.JSON(t, &ir)
	if len(ir.Intents) != 3 || ir.Intents[0].Label != "Greeting" || ir.Intents[1].Label != "Order status" {
		t.Errorf("intents %+v", ir.Intents)
	}

	var relabelID int64
	for _, tc := range []struct {
		name   string
		body   map[string]any
		status int
		field  string
	}{
		{"relabel", map[string]any{"kind": "relabel", "message_id": cust.ID, "intent": "refund_request", "emotion": "anger"}, 201, ""},
		{"flag the bot's answer", map[string]any{"kind": "answer_flagged", "message_id": bot.ID, "reason": "rude"}, 201, ""},
		{"better answer", map[string]any{"kind": "answer_fixed", "message_id": bot.ID, "answer": "Sure, here is the return form."}, 201, ""},
		{"article outdated", map[string]any{"kind": "article_outdated", "article_id": "returns-policy"}, 201, ""},
		{"relabel a bot message", map[string]any{"kind": "relabel", "message_id": bot.ID, "intent": "refund_request"}, 400, "message_id"},
		{"unknown intent", map[string]any{"kind": "relabel", "message_id": cust.ID, "intent": "teleport"}, 400, "intent"},
		{"no intent", map[string]any{"kind": "relabel", "message_id": cust.ID}, 400, "intent"},
		{"thumbs are customers'", map[string]any{"kind": "thumbs_up", "message_id": bot.ID}, 400, "kind"},
		{"unknown message", map[string]any{"kind": "answer_flagged", "message_id": bot.ID + 99}, 404, "message_id"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := ana.Post(t, path, tc.body)
			if res.Status != tc.status {
				t.Fatalf("status %d, want %d: %s", res.Status, tc.status, res.Body)
			}
			if tc.field != "" && res.ErrorField() != tc.field {
				t.Errorf("field %q, want %q: %s", res.ErrorField(), tc.field, res.Body)
			}
			if tc.name == "relabel" {
				var fr khttp.FeedbackResponse
				res.JSON(t, &fr)
				f := fr.Feedback
				if f.Text != cust.Text || f.AgentID != e.Ana.ID || f.Status != kefu.FeedbackProposed || f.PreviousIntent == "" {
					t.Errorf("relabel stored as %+v", f)
				}
				relabelID = f.ID
			}
		})
	}
	// Another shop's agent cannot correct this conversation.
	zed := e.MustLogin(t, e.Zed)
	if res := zed.Post(t, path, map[string]any{"kind": "answer_flagged", "message_id": bot.ID}); res.Status != http.StatusNotFound {
		t.Errorf("other shop's agent: %d %s", res.Status, res.Body)
	}

	// The admin lists the proposed corrections and accepts the relabel.
	res := e.Do(t, "GET", "/v1/feedback?status=proposed&limit=2", e.AdminKey, "", nil)
	var list khttp.FeedbackListResponse
	res.JSON(t, &list)
	if res.Status != 200 || len(list.Feedback) != 2 || list.Next == 0 || list.Feedback[0].Kind != kefu.FeedbackArticleOutdated {
		t.Fatalf("list: %d %s", res.Status, res.Body)
	}
	res = e.Do(t, "GET", fmt.Sprintf("/v1/feedback?status=proposed&before=%d", list.Next), e.AdminKey, "", nil)
	res.JSON(t, &list)
	if len(list.Feedback) != 2 || list.Feedback[1].ID != relabelID {
		t.Fatalf("second page: %s", res.Body)
	}
	for _, tc := range []struct {
		name, method, path, auth string
		status                   int
	}{
		{"accept", "POST", fmt.Sprintf("/v1/feedback/%d/accept", relabelID), e.AdminKey, 200},
		{"chat key", "POST", fmt.Sprintf("/v1/feedback/%d/accept", relabelID), e.Key, 403},
		{"other shop", "POST", fmt.Sprintf("/v1/feedback/%d/accept", relabelID), e.OtherAdminKey, 404},
		{"bad id", "POST", "/v1/feedback/x/reject", e.AdminKey, 400},
		{"bad status filter", "GET", "/v1/feedback?status=maybe", e.AdminKey, 400},
		{"bad limit", "GET", "/v1/feedback?limit=0", e.AdminKey, 400},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := e.Do(t, tc.method, tc.path, tc.auth, "", nil)
			if res.Status != tc.status {
				t.Errorf("status %d, want %d: %s", res.Status, tc.status, res.Body)
			}
		})
	}
	f, err := e.Store.FindFeedbackByID(context.Background(), shop, relabelID)
	if err != nil {
		t.Fatal(err)
	}
	if f.Status != kefu.FeedbackAccepted || !strings.HasPrefix(f.ReviewedBy, "key:") {
		t.Errorf("after accept: %+v", f)
	}
}

// fakeRetrainer records retrain requests; running shops answer conflict.
type fakeRetrainer struct {
	started []string
	running map[string]bool
}

func (f *fakeRetrainer) StartRetrain(tenantID, by string) error {
	if f.running[tenantID] {
		return kefu.Errorf(kefu.ECONFLICT, "already running")
	}
	f.started = append(f.started, tenantID+" by "+by)
	f.running[tenantID] = true
	return nil
}

func (f *fakeRetrainer) Retraining(tenantID string) (bool, error) { return f.running[tenantID], nil }

func TestModelsAPI(t *testing.T) {
	fake := &fakeRetrainer{running: map[string]bool{}}
	e := MustOpenEnv(t, func(s *khttp.Server) { s.Retrainer = fake })
	ctx := context.Background()
	for _, v := range []struct{ tenant, version string }{{"", "global-1"}, {shop, "shop-1"}, {other, "other-1"}} {
		if err := e.Store.CreateModelVersion(ctx, &kefu.ModelVersion{TenantID: v.tenant, Version: v.version, Model: []byte("m"),
			Metrics: []byte(`{"rule":"x"}`), CreatedBy: "test"}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := e.Store.PromoteModelVersion(ctx, "", "global-1", "test"); err != nil {
		t.Fatal(err)
	}
	res := e.Do(t, "GET", "/v1/models", e.AdminKey, "", nil)
	var list khttp.ModelsResponse
	res.JSON(t, &list)
	if res.Status != 200 || len(list.Versions) != 1 || list.Versions[0].Version != "shop-1" || len(list.Global) != 1 ||
		!list.Global[0].Serving || list.Retraining || strings.Contains(string(res.Body), `"model"`) {
		t.Fatalf("list: %d %s", res.Status, res.Body)
	}
	for _, tc := range []struct {
		name   string
		key    string
		status int
	}{
		{"start", e.AdminKey, 202},
		{"again while running", e.AdminKey, 409},
		{"chat key", e.Key, 403},
		{"no credentials", "", 401},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if res := e.Do(t, "POST", "/v1/models/retrain", tc.key, "", nil); res.Status != tc.status {
				t.Errorf("status %d, want %d: %s", res.Status, tc.status, res.Body)
			}
		})
	}
	if len(fake.started) != 1 || !strings.HasPrefix(fake.started[0], shop+" by key:") {
		t.Errorf("started %q", fake.started)
	}
	res = e.Do(t, "GET", "/v1/models", e.AdminKey, "", nil)
	res.JSON(t, &list)
	if !list.Retraining {
		t.Errorf("list while retraining: %s", res.Body)
	}

	bare := MustOpenEnv(t, nil)
	if res := bare.Do(t, "POST", "/v1/models/retrain", bare.AdminKey, "", nil); res.Status != http.StatusNotImplemented {
		t.Errorf("without a retrainer: %d %s", res.Status, res.Body)
	}
}

// TestFeedbackRaisesArticleReview: a customer's thumbs-down on an
// article's answer queues the article for review (it keeps answering);
// an agent's "the article is wrong" takes it out of the answers until a
// reviewer decides.
func TestFeedbackRaisesArticleReview(t *testing.T) {
	e := MustOpenConsole(t, nil, nil)
	ctx := context.Background()
	art := &kefu.Article{TenantID: shop, Key: "returns", Language: "en", Title: "Return policy",
		Body: "You can return any item within 30 days of delivery for a full refund.", Intents: []string{"return_policy"},
		Status: kefu.ArticlePublished}
	if err := e.Store.UpsertArticle(ctx, art); err != nil {
		t.Fatal(err)
	}
	c, tok := e.MustStartConversation(t, e.Key, "cu-returns")
	ask := func() *kefu.Message { // the bot's reply as stored, with its trace
		t.Helper()
		pr := e.MustPost(t, tok, c.ID, "what is your return policy?")
		r, err := e.Store.FindReply(ctx, shop, c.ID, pr.Message.ID)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	reply := ask()
	if reply.Trace == nil || reply.Trace.ArticleID != art.ID {
		t.Fatalf("the question was not answered from the article: %+v", reply.Trace)
	}
	flags := func() []*kefu.ArticleFlag {
		t.Helper()
		fs, err := e.Store.FindArticleFlags(ctx, kefu.ArticleFlagFilter{TenantID: shop, ArticleID: art.ID, OpenOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		return fs
	}

	path := fmt.Sprintf("/v1/conversations/%s/messages/%d/feedback", c.ID, reply.ID)
	if res := e.Do(t, "POST", path, tok, "application/json", []byte(`{"rating":"down","reason":"it is 14 days now"}`)); res.Status != 201 {
		t.Fatalf("thumbs down: %d %s", res.Status, res.Body)
	}
	fs := flags()
	if len(fs) != 1 || fs[0].Source != "customer" || fs[0].Withdraws || fs[0].Reason != "customer thumbs-down: it is 14 days now" {
		t.Fatalf("after a thumbs-down, flags %+v; want one customer flag that queues the article", fs)
	}
	if r := ask(); r.Trace == nil || r.Trace.ArticleID != art.ID {
		t.Errorf("a customer's thumbs-down took the article out of the answers: %+v", r.Trace)
	}

	bo := e.MustLogin(t, e.Bo)
	res := bo.Post(t, "/console/api/conversations/"+c.ID+"/feedback", map[string]any{"kind": "article_wrong", "message_id": reply.ID, "reason": "the policy changed"})
	if res.Status != 201 {
		t.Fatalf("agent feedback: %d %s", res.Status, res.Body)
	}
	fs = flags()
	if len(fs) != 2 || fs[0].Source != "agent" || !fs[0].Withdraws || fs[0].By != "Bo" || fs[0].Reason != "wrong: the policy changed" {
		t.Fatalf("after the agent's report, flags %+v; want an agent flag that withdraws the article", fs)
	}
	// The review queue shows it withdrawn (that a withdrawn article
	// leaves the answers is cmd/kefu's TestFlaggedArticleLeavesAnswers,
	// on the app's wiring of the caches).
	var q khttp.ReviewQueueResponse
	e.Do(t, "GET", "/v1/admin/review", e.AdminKey, "", nil).JSON(t, &q)
	if len(q.Items) != 1 || q.Items[0].Article.ID != art.ID || !q.Items[0].Withdrawn || len(q.Items[0].Flags) != 2 {
		t.Errorf("review queue %+v", q.Items)
	}
}
