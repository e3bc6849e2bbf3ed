package profile_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/nlu/entity"
	"github.com/kefu-ai/kefu/recommend/profile"
)

var at = time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)

// understand runs the entity extractor as the NLU does.
func understand(tb testing.TB, x *entity.Extractor, text, lang string) kefu.Understanding {
	tb.Helper()
	return kefu.Understanding{Language: lang, Entities: x.Extract(text, lang, entity.Options{})}
}

// summary writes traits as "kind=value/source conf", "!" before the
// value of a negated one, sorted.
func summary(ts []kefu.Trait) string {
	out := make([]string, len(ts))
	for i, t := range ts {
		neg := ""
		if t.Negated {
			neg = "!"
		}
		out[i] = fmt.Sprintf("%s=%s%s/%s %.2f", t.Kind, neg, t.Value, t.Source, t.Confidence)
	}
	slices.Sort(out)
	return strings.Join(out, "; ")
}

func TestLearner(t *testing.T) {
	x, err := entity.New()
	if err != nil {
		t.Fatal(err)
	}
	l := &profile.Learner{Now: func() time.Time { return at }}
	for _, tc := range []struct {
		lang, text, want string
	}{
		// Said of oneself, in the NLU's words.
		{"zh", "我是混油皮，夏天用什么粉底液?", "skin_type=combination/chat 0.60; skin_type=oily/chat 0.45"},
		{"zh", "我是敏感肌，最近爆痘", "concern=acne/chat 0.75; skin_type=sensitive/chat 0.75"},
		{"en", "I have oily skin and large pores", "concern=pores/chat 0.75; skin_type=oily/chat 0.75"},
		{"es", "tengo la piel seca", "skin_type=dry/chat 0.75"},
		// Named, not said of oneself.
		{"en", "is this serum good for sensitive skin?", "skin_type=sensitive/chat 0.50"},
		{"en", "isn't this for oily skin?", ""},
		// Corrections and negations, which the customer's word settles.
		{"en", "I'm not oily any more", "skin_type=!oily/customer 1.00"},
		{"en", "my skin isn't dry anymore", "skin_type=!dry/customer 1.00"},
		{"en", "I don't have acne any more", "concern=!acne/customer 1.00"},
		{"zh", "我不是油皮了", "skin_type=!oily/customer 1.00"},
		{"zh", "我的皮肤已经不油了", "skin_type=!oily/customer 1.00"},
		{"es", "ya no tengo la piel grasa", "skin_type=!oily/customer 1.00"},
		{"en", "actually my skin is dry now", "skin_type=dry/customer 1.00"},
		{"zh", "其实我现在是干皮", "skin_type=dry/customer 1.00"},
		{"es", "ahora tengo la piel mixta", "skin_type=combination/customer 1.00"},
		{"en", "I used to be oily, but now my skin is dry", "skin_type=!oily/customer 1.00; skin_type=dry/customer 1.00"},
		{"zh", "我以前是油皮，现在是干皮", "skin_type=!oily/customer 1.00; skin_type=dry/customer 1.00"},
		{"es", "antes tenía la piel grasa", "skin_type=!oily/customer 1.00"},
		// Nothing about skin.
		{"en", "where is my order 10023?", ""},
		{"en", "I need a dry shampoo", ""},
	} {
		t.Run(tc.text, func(t *testing.T) {
			got := summary(l.Learn(understand(t, x, tc.text, tc.lang), tc.text))
			if got != tc.want {
				t.Errorf("Learn(%q) =\n %s\nwant\n %s", tc.text, got, tc.want)
			}
		})
	}
}

func TestChatObserver(t *testing.T) {
	ctx := context.Background()
	db, cu := shop(t)
	x, err := entity.New()
	if err != nil {
		t.Fatal(err)
	}
	o := &profile.ChatObserver{Store: db, Learner: &profile.Learner{Now: func() time.Time { return at }}}
	say := func(text, lang string) {
		t.Helper()
		msg := &kefu.Message{Text: text}
		if err := o.ObserveTurn(ctx, "shop", cu.ID, msg, understand(t, x, text, lang)); err != nil {
			t.Fatalf("ObserveTurn(%q): %v", text, err)
		}
	}
	top := func() string {
		t.Helper()
		p, err := db.FindCustomerProfile(ctx, "shop", cu.ID)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := p.Top(kefu.TraitSkinType, at)
		return b.Value
	}
	say("我是油皮", "zh")
	if got := top(); got != "oily" {
		t.Errorf("after 我是油皮: skin type %q, want oily", got)
	}
	// A weaker mention later does not lower what was said.
	say("is this good for oily skin?", "en")
	p, _ := db.FindCustomerProfile(ctx, "shop", cu.ID)
	if c := p.Traits[0].Confidence; c != profile.ConfidenceSaid {
		t.Errorf("confidence after a weaker mention = %v, want %v", c, profile.ConfidenceSaid)
	}
	say("I'm not oily any more", "en")
	if got := top(); got != "" {
		t.Errorf("after I'm not oily any more: skin type %q, want none", got)
	}
	say("where is my order?", "en")
	if err := o.ObserveTurn(ctx, "shop", "", &kefu.Message{Text: "我是油皮"}, kefu.Understanding{}); err != nil {
		t.Errorf("ObserveTurn without a customer: %v", err)
	}
}

// BenchmarkLearner learns from a mix of messages whose entities the NLU
// found already (as in a turn).
func BenchmarkLearner(b *testing.B) {
	x, err := entity.New()
	if err != nil {
		b.Fatal(err)
	}
	msgs := []struct{ text, lang string }{
		{"我是混油皮，夏天用什么粉底液?", "zh"}, {"I'm not oily any more", "en"}, {"ya no tengo la piel grasa", "es"},
		{"actually my skin is dry now", "en"}, {"where is my order 10023?", "en"}, {"我是敏感肌，最近爆痘", "zh"},
	}
	us := make([]kefu.Understanding, len(msgs))
	for i, m := range msgs {
		us[i] = understand(b, x, m.text, m.lang)
	}
	l := &profile.Learner{Now: func() time.Time { return at }}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		l.Learn(us[i%len(us)], msgs[i%len(msgs)].text)
		i++
	}
}
