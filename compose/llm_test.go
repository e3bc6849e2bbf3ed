package compose_test

import (
	"context"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/compose"
)

// TestComposeLLMAnswer: an answer the language model wrote is shown as
// written, followed by the articles it cites, in the reply's language; an
// article answer without "via: llm" gets no sources line.
func TestComposeLLMAnswer(t *testing.T) {
	c, err := compose.New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		lang string
		res  kefu.SkillResult
		want string
	}{
		{"en", kefu.SkillResult{Outcome: kefu.OutcomeArticle, Text: "You can return items within 14 days. [1]", TextLanguage: "en",
			Data: map[string]string{"via": "llm", "sources": "[1] Return policy"}},
			"You can return items within 14 days. [1]\n(Written by our assistant from these help articles: [1] Return policy)"},
		{"zh", kefu.SkillResult{Outcome: kefu.OutcomeArticle, Text: "收到商品14天内可以退货。[1]", TextLanguage: "zh",
			Data: map[string]string{"via": "llm", "sources": "[1] 退货政策; [2] Shipping times"}},
			"收到商品14天内可以退货。[1]\n（以上由我们的助手根据以下帮助文章撰写：[1] 退货政策; [2] Shipping times）"},
		{"en", kefu.SkillResult{Outcome: kefu.OutcomeArticle, Text: "You can return items within 14 days.", TextLanguage: "en",
			Data: map[string]string{"via": "match", "sources": "[1] Return policy"}},
			"You can return items within 14 days."},
	}
	for _, tt := range tests {
		if got := c.Compose(context.Background(), tt.lang, tt.res); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.lang, got, tt.want)
		}
	}
}
