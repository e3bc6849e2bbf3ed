package faq_test

import (
	"context"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/knowledge"
	"github.com/kefu-ai/kefu/skills/faq"
	"github.com/kefu-ai/kefu/translate"
)

// articles is a fixed, read-only ArticleService.
type articles []*kefu.Article

func (as articles) FindArticles(_ context.Context, f kefu.ArticleFilter) ([]*kefu.Article, error) {
	var out []*kefu.Article
	for _, a := range as {
		if (f.Status == "" || a.Status == f.Status) && (f.Language == "" || a.Language == f.Language) {
			out = append(out, a)
		}
	}
	return out, nil
}
func (articles) UpsertArticle(context.Context, *kefu.Article) error { return nil }
func (articles) UpdateArticleStatus(context.Context, string, string, kefu.ArticleStatus) (*kefu.Article, error) {
	return nil, nil
}
func (articles) FindArticleByID(context.Context, string, string) (*kefu.Article, error) {
	return nil, nil
}
func (articles) FindArticleVersions(context.Context, string, string) ([]*kefu.ArticleVersion, error) {
	return nil, nil
}

var shop = articles{
	{ID: "ret-en", Key: "returns", Language: "en", Title: "How do I return an item?", Body: "Within 14 days.", Intents: []string{"return_policy"}, Status: kefu.ArticlePublished},
	{ID: "ret-zh", Key: "returns", Language: "zh", Title: "怎么退货？", Body: "14天内可以退货。", Intents: []string{"return_policy"}, Status: kefu.ArticlePublished},
	{ID: "pb-zh", Key: "power-bank", Language: "zh", Title: "充电宝可以寄到德国吗？", Body: "可以，需要CE认证。", Status: kefu.ArticlePublished},
	{ID: "pay-en", Key: "payment", Language: "en", Title: "Which payment methods do you accept?", Body: "Cards and PayPal.", Status: kefu.ArticlePublished},
	{ID: "draft-en", Key: "secret", Language: "en", Title: "Which payment methods are coming soon?", Body: "Not yet public.", Status: kefu.ArticleReview},
}

func TestRun(t *testing.T) {
	skill := &faq.Skill{Answerer: &knowledge.Answerer{Knowledge: knowledge.NewService(shop, nil)}}
	tests := []struct {
		name       string
		text, lang string
		intent     string
		confidence float64
		synonyms   [][]string
		want       string // article ID, "" for no_article
		via        string
	}{
		{"confident intent", "I want my money back", "en", "return_policy", 0.9, nil, "ret-en", "intent"},
		{"confident intent, other language", "我要退货", "zh", "return_policy", 0.9, nil, "ret-zh", "intent"},
		{"unsure intent, close words", "how do I return an item", "en", "return_policy", 0.3, nil, "ret-en", "match"},
		{"unsure intent, far words", "I want my money back", "en", "return_policy", 0.3, nil, "", ""},
		{"no intent, close question", "which payment methods do you accept", "en", "", 0, nil, "pay-en", "match"},
		{"only in another language", "充电宝可以寄到德国吗", "en", "", 0, nil, "pb-zh", "match"},
		{"synonym missing", "移动电源可以寄到德国吗", "zh", "", 0, nil, "", ""},
		{"synonym", "移动电源可以寄到德国吗", "zh", "", 0, [][]string{{"充电宝", "移动电源"}}, "pb-zh", "match"},
		{"drafts never answer", "which payment methods are coming soon", "en", "", 0, nil, "", ""},
		{"unrelated", "what is the weather in Paris", "en", "", 0, nil, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := &kefu.TurnState{
				Tenant:        &kefu.Tenant{ID: "shop", Settings: kefu.TenantSettings{Synonyms: tt.synonyms}},
				Conversation:  &kefu.Conversation{Language: tt.lang},
				Message:       &kefu.Message{Text: tt.text},
				Understanding: kefu.Understanding{Language: tt.lang, Intent: tt.intent, Confidence: tt.confidence},
			}
			res, err := skill.Run(context.Background(), st)
			if err != nil {
				t.Fatal(err)
			}
			if tt.want == "" {
				if res.Outcome != kefu.OutcomeNoArticle {
					t.Fatalf("outcome %q article %q (match %s), want no_article", res.Outcome, res.ArticleID, res.Data["match"])
				}
				return
			}
			if res.Outcome != kefu.OutcomeArticle || res.ArticleID != tt.want || res.Data["via"] != tt.via {
				t.Fatalf("outcome %q article %q via %q (match %s), want %s via %s",
					res.Outcome, res.ArticleID, res.Data["via"], res.Data["match"], tt.want, tt.via)
			}
		})
	}
}

// fakeTranslator is a function-field fake of an outside translation provider.
type fakeTranslator struct {
	SupportsFn  func(from, to string) bool
	TranslateFn func(translate.Request) (translate.Result, error)
}

func (f fakeTranslator) Supports(from, to string) bool { return f.SupportsFn(from, to) }
func (f fakeTranslator) Translate(_ context.Context, r translate.Request) (translate.Result, error) {
	return f.TranslateFn(r)
}

func TestTranslateArticle(t *testing.T) {
	zhToEn := func(from, to string) bool { return from == "zh" && to == "en" }
	ok := func(r translate.Request) (translate.Result, error) {
		return translate.Result{Text: "Yes, it needs CE marking.", From: r.From, To: r.To, Provider: "fake", Machine: true}, nil
	}
	for _, tc := range []struct {
		name     string
		tr       translate.Translator
		wantText string
		wantLang string
		marked   bool
	}{
		{"no provider", nil, "可以，需要CE认证。", "zh", false},
		{"pair not covered", fakeTranslator{func(string, string) bool { return false }, ok}, "可以，需要CE认证。", "zh", false},
		{"translated", fakeTranslator{zhToEn, ok}, "Yes, it needs CE marking.", "en", true},
		{"provider fails", fakeTranslator{zhToEn, func(translate.Request) (translate.Result, error) {
			return translate.Result{}, kefu.Errorf(kefu.EUNAVAILABLE, "down")
		}}, "可以，需要CE认证。", "zh", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			skill := &faq.Skill{Answerer: &knowledge.Answerer{Knowledge: knowledge.NewService(shop, nil), Translator: tc.tr}}
			st := &kefu.TurnState{
				Tenant:        &kefu.Tenant{ID: "shop"},
				Conversation:  &kefu.Conversation{Language: "en"},
				Message:       &kefu.Message{Text: "充电宝可以寄到德国吗"},
				Understanding: kefu.Understanding{Language: "en"},
			}
			res, err := skill.Run(context.Background(), st)
			if err != nil {
				t.Fatal(err)
			}
			if res.ArticleID != "pb-zh" || res.Text != tc.wantText || res.TextLanguage != tc.wantLang || (res.Translated != nil) != tc.marked {
				t.Fatalf("article %q text %q (%s) translated %+v", res.ArticleID, res.Text, res.TextLanguage, res.Translated)
			}
			if tc.marked && (res.Translated.From != "zh" || res.Translated.Provider != "fake" || res.Translated.Original != "可以，需要CE认证。") {
				t.Errorf("translation record %+v", res.Translated)
			}
		})
	}
}
