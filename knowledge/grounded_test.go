package knowledge_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/knowledge"
	"github.com/kefu-ai/kefu/llm"
	"github.com/kefu-ai/kefu/llm/llmtest"
)

// articleList is an ArticleFinder over fixed articles.
type articleList []*kefu.Article

func (l articleList) FindArticles(_ context.Context, f kefu.ArticleFilter) ([]*kefu.Article, error) {
	var out []*kefu.Article
	for _, a := range l {
		if a.TenantID == f.TenantID && a.Status == f.Status {
			out = append(out, a)
		}
	}
	return out, nil
}

var shopArticles = articleList{
	{ID: "ret-en", TenantID: "shop", Key: "returns", Language: "en", Title: "Return policy", Body: "You can return items within 14 days. Refunds take 5 working days.", Status: kefu.ArticlePublished},
	{ID: "ret-zh", TenantID: "shop", Key: "returns", Language: "zh", Title: "退货政策", Body: "收到商品14天内可以退货。", Status: kefu.ArticlePublished},
	{ID: "ship-en", TenantID: "shop", Key: "shipping", Language: "en", Title: "Shipping times", Body: "Parcels to Thailand take 5 to 8 days.", Status: kefu.ArticlePublished},
	{ID: "pay-en", TenantID: "shop", Key: "payment", Language: "en", Title: "Payment methods", Body: "We accept cards and PayPal.", Status: kefu.ArticlePublished},
}

func turnState(optIn bool, lang, text string, entities ...kefu.Entity) *kefu.TurnState {
	return &kefu.TurnState{
		Tenant:        &kefu.Tenant{ID: "shop", Settings: kefu.TenantSettings{DefaultLanguage: "en", LLMAnswers: optIn}},
		Conversation:  &kefu.Conversation{ID: "c1", TenantID: "shop", Language: lang},
		Message:       &kefu.Message{Text: text},
		Understanding: kefu.Understanding{Language: lang, Normalized: strings.ToLower(text), Intent: "out_of_scope", Confidence: 0.2, Entities: entities},
	}
}

func answerers(srv *llmtest.Server) (plain, grounded *knowledge.Answerer) {
	svc := knowledge.NewService(shopArticles, nil)
	plain = &knowledge.Answerer{Knowledge: svc}
	g := &llm.Grounder{LLM: &llm.Client{URL: srv.URL, Model: "fake-7b"}, Model: "fake-7b", Timeout: 150 * time.Millisecond}
	return plain, &knowledge.Answerer{Knowledge: svc, LLM: g}
}

// TestGroundedAnswer: an opted-in shop's FAQ answer is written by the
// model from the retrieved articles with a valid citation; every other
// behaviour of the model leaves kefu's own answer, with the attempt in
// the trace.
func TestGroundedAnswer(t *testing.T) {
	srv := llmtest.New(t)
	plain, grounded := answerers(srv)
	ctx := context.Background()
	questions := []struct {
		text     string
		fallback string // kefu's own answer
	}{
		{"return policy", kefu.OutcomeArticle},
		// Too far from the title for kefu alone (Hit.Match 0.39).
		{"return policy: how many days do I have?", kefu.OutcomeNoArticle},
	}
	tests := []struct {
		mode    string
		verdict string
	}{
		{llmtest.Cite, llm.VerdictAnswered},
		{llmtest.NoCitation, llm.VerdictNoCitation},
		{llmtest.WrongCitation, llm.VerdictBadCitation},
		{llmtest.Refuse, llm.VerdictRefused},
		{llmtest.InventNumber, llm.VerdictUnsupportedNumber},
		{llmtest.Fail, llm.VerdictError},
		{llmtest.Slow, llm.VerdictTimeout},
	}
	for _, q := range questions {
		want, err := plain.AnswerFromArticles(ctx, turnState(true, "en", q.text))
		if err != nil || want.Outcome != q.fallback {
			t.Fatalf("%q without the model: %+v, %v", q.text, want, err)
		}
		for _, tt := range tests {
			t.Run(tt.mode+"/"+q.text, func(t *testing.T) {
				srv.SetMode(tt.mode)
				got, err := grounded.AnswerFromArticles(ctx, turnState(true, "en", q.text))
				if err != nil {
					t.Fatal(err)
				}
				rec, _ := got.TraceExtra[knowledge.TraceLLM].(map[string]any)
				if rec == nil || rec["verdict"] != tt.verdict || rec["model"] != "fake-7b" || !slices.Contains(rec["offered"].([]string), "ret-en") {
					t.Fatalf("trace %v, want verdict %s", got.TraceExtra, tt.verdict)
				}
				if tt.verdict != llm.VerdictAnswered {
					got.TraceExtra = nil
					if fmt.Sprint(got) != fmt.Sprint(want) {
						t.Errorf("fallback %+v\nwant kefu's own answer %+v", got, want)
					}
					return
				}
				if got.Outcome != kefu.OutcomeArticle || got.Text != "You can return items within 14 days. [1]" || got.TextLanguage != "en" ||
					got.ArticleID != "ret-en" || got.Data["via"] != knowledge.ViaLLM || got.Data["sources"] != "[1] Return policy" ||
					len(got.Records) != 1 || got.Records[0].ID != "ret-en" {
					t.Errorf("grounded answer %+v", got)
				}
				if c := rec["cited"].([]string); len(c) != 1 || c[0] != "ret-en" {
					t.Errorf("cited %v", c)
				}
			})
		}
	}
}

// TestGroundedAnswerBodyHit: a question worded unlike every title but
// answered in a body reaches the model through BM25.
func TestGroundedAnswerBodyHit(t *testing.T) {
	srv := llmtest.New(t)
	_, grounded := answerers(srv)
	got, err := grounded.AnswerFromArticles(context.Background(), turnState(true, "en", "do you take paypal?"))
	if err != nil || got.Data["via"] != knowledge.ViaLLM || got.ArticleID != "pay-en" || got.Text != "We accept cards and PayPal. [1]" {
		t.Fatalf("got %+v, %v", got, err)
	}
}

// TestGroundedAnswerOffByDefault: without the shop's opt-in, or without a
// model, nothing is sent anywhere and the answer is today's.
func TestGroundedAnswerOffByDefault(t *testing.T) {
	srv := llmtest.New(t)
	plain, grounded := answerers(srv)
	ctx := context.Background()
	for _, q := range []string{"return policy: how many days do I have?", "payment methods", "zzz qqq"} {
		want, _ := plain.AnswerFromArticles(ctx, turnState(false, "en", q))
		for name, a := range map[string]*knowledge.Answerer{"model, no opt-in": grounded} {
			got, err := a.AnswerFromArticles(ctx, turnState(false, "en", q))
			if err != nil || fmt.Sprint(got) != fmt.Sprint(want) || got.TraceExtra != nil {
				t.Errorf("%s %q: %+v, want %+v", name, q, got, want)
			}
		}
		got, err := plain.AnswerFromArticles(ctx, turnState(true, "en", q))
		if err != nil || fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("opt-in, no model %q: %+v, want %+v", q, got, want)
		}
	}
	if n := len(srv.Requests()); n != 0 {
		t.Errorf("%d requests reached the model", n)
	}
}

// TestGroundedAnswerNothingClose: when no article comes near the
// question the model is not asked at all.
func TestGroundedAnswerNothingClose(t *testing.T) {
	srv := llmtest.New(t)
	_, grounded := answerers(srv)
	got, err := grounded.AnswerFromArticles(context.Background(), turnState(true, "en", "zzz qqq xxyyzz"))
	if err != nil || got.Outcome != kefu.OutcomeNoArticle || got.TraceExtra != nil {
		t.Errorf("got %+v, %v", got, err)
	}
	if n := len(srv.Requests()); n != 0 {
		t.Errorf("%d requests reached the model", n)
	}
}

// TestGroundedAnswerLanguage: the model is asked to answer in the
// customer's language, from the article in that language when the shop
// has it, and the reply is marked as in that language.
func TestGroundedAnswerLanguage(t *testing.T) {
	srv := llmtest.New(t)
	_, grounded := answerers(srv)
	got, err := grounded.AnswerFromArticles(context.Background(), turnState(true, "zh", "退货政策是什么？"))
	if err != nil || got.Data["via"] != knowledge.ViaLLM || got.ArticleID != "ret-zh" || got.TextLanguage != "zh" || got.Text != "收到商品14天内可以退货。 [1]" {
		t.Fatalf("got %+v, %v", got, err)
	}
	r := srv.Requests()[0]
	if !strings.Contains(r.Messages[0].Content, "Simplified Chinese") {
		t.Errorf("system prompt does not ask for Chinese: %q", r.Messages[0].Content)
	}
	// A Thai customer, an English-only article, and a model that answers
	// in English: refused, the article as kefu sends it without a model.
	plain, _ := answerers(srv)
	want, _ := plain.AnswerFromArticles(context.Background(), turnState(true, "th", "return policy"))
	got, err = grounded.AnswerFromArticles(context.Background(), turnState(true, "th", "return policy"))
	if err != nil || got.TraceExtra[knowledge.TraceLLM].(map[string]any)["verdict"] != llm.VerdictWrongLanguage {
		t.Fatalf("got %+v, %v", got, err)
	}
	if got.TraceExtra = nil; fmt.Sprint(got) != fmt.Sprint(want) || want.ArticleID != "ret-en" {
		t.Errorf("fallback %+v, want %+v", got, want)
	}
}

// TestGroundedAnswerRedacts: the customer's e-mail, phone and order
// number never reach the model.
func TestGroundedAnswerRedacts(t *testing.T) {
	srv := llmtest.New(t)
	_, grounded := answerers(srv)
	text := "return policy for order FF-209 please, I'm ann.lee@example.com, +66 81 234 5678"
	st := turnState(true, "en", text, kefu.Entity{Type: "order_number", Text: "FF-209", Start: strings.Index(text, "FF-209"), End: strings.Index(text, "FF-209") + 6})
	if _, err := grounded.AnswerFromArticles(context.Background(), st); err != nil {
		t.Fatal(err)
	}
	reqs := srv.Requests()
	if len(reqs) != 1 {
		t.Fatalf("%d requests", len(reqs))
	}
	cust := llmtest.Customer(reqs[0].Messages[1].Content)
	if want := "return policy for order [order number] please, I'm [email], [phone]"; cust != want {
		t.Errorf("sent %q, want %q", cust, want)
	}
}

// BenchmarkAnswerFromArticles measures what the grounded path adds to a
// FAQ answer on kefu's side (retrieval of up to three articles, prompt,
// judging the answer) over the plain path, with a model that answers at
// once in process: the model's own latency is not in it ("llm"), and
// through the HTTP client against the in-process fake ("llm_http").
func BenchmarkAnswerFromArticles(b *testing.B) {
	arts := append(articleList(nil), shopArticles...)
	for i := range 200 {
		arts = append(arts, &kefu.Article{ID: fmt.Sprintf("f%d", i), TenantID: "shop", Key: fmt.Sprintf("f%d", i), Language: "en",
			Title: fmt.Sprintf("Topic %d: gift wrapping, vouchers and item %d", i, i), Body: fmt.Sprintf("Article %d body about wrapping and vouchers. It has two sentences.", i), Status: kefu.ArticlePublished})
	}
	svc := knowledge.NewService(arts, nil)
	instant := completer(func(_ context.Context, req llm.Request) (llm.Response, error) {
		return llm.Response{Content: "You can return items within 14 days. [1]", Model: "instant"}, nil
	})
	srv := llmtest.New(b)
	ctx := context.Background()
	for _, bc := range []struct {
		name string
		a    *knowledge.Answerer
	}{
		{"plain", &knowledge.Answerer{Knowledge: svc}},
		{"llm", &knowledge.Answerer{Knowledge: svc, LLM: &llm.Grounder{LLM: instant}}},
		// A question answered before: from the cache.
		{"llm_cached", &knowledge.Answerer{Knowledge: svc, LLM: &llm.Grounder{LLM: instant, Cache: llm.NewCache(100, time.Hour, nil)}}},
		// The same through the HTTP client and the in-process fake
		// server: adds JSON and a loopback round trip.
		{"llm_http", &knowledge.Answerer{Knowledge: svc, LLM: &llm.Grounder{LLM: &llm.Client{URL: srv.URL, Model: "fake"}}}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			st := turnState(true, "en", "return policy")
			for b.Loop() {
				res, err := bc.a.AnswerFromArticles(ctx, st)
				if err != nil || res.Outcome != kefu.OutcomeArticle {
					b.Fatalf("%+v %v", res, err)
				}
			}
		})
	}
}

type completer func(context.Context, llm.Request) (llm.Response, error)

func (f completer) Complete(ctx context.Context, req llm.Request) (llm.Response, error) {
	return f(ctx, req)
}

// TestGroundedAnswerCached: the same question over the same articles is
// answered from the cache, and the trace says so.
func TestGroundedAnswerCached(t *testing.T) {
	srv := llmtest.New(t)
	_, grounded := answerers(srv)
	grounded.LLM.(*llm.Grounder).Cache = llm.NewCache(10, time.Minute, nil)
	var recs []map[string]any
	for range 2 {
		got, err := grounded.AnswerFromArticles(context.Background(), turnState(true, "en", "do you take paypal?"))
		if err != nil || got.Data["via"] != knowledge.ViaLLM {
			t.Fatalf("got %+v, %v", got, err)
		}
		recs = append(recs, got.TraceExtra[knowledge.TraceLLM].(map[string]any))
	}
	if _, ok := recs[0]["cached"]; ok || recs[1]["cached"] != true || len(srv.Requests()) != 1 {
		t.Errorf("traces %v, %d requests", recs, len(srv.Requests()))
	}
}
