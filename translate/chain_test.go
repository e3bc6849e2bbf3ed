package translate

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

// fakeTranslator is a function-field fake of an outside provider.
type fakeTranslator struct {
	SupportsFn  func(from, to string) bool
	TranslateFn func(ctx context.Context, req Request) (Result, error)
	calls       atomic.Int32
}

func (f *fakeTranslator) Supports(from, to string) bool { return f.SupportsFn(from, to) }

func (f *fakeTranslator) Translate(ctx context.Context, req Request) (Result, error) {
	f.calls.Add(1)
	return f.TranslateFn(ctx, req)
}

// upper is a fake provider for en→es that upper-cases the text.
func upper(name string) *fakeTranslator {
	return &fakeTranslator{
		SupportsFn: func(from, to string) bool { return from == "en" && to == "es" },
		TranslateFn: func(_ context.Context, req Request) (Result, error) {
			return Result{Text: strings.ToUpper(req.Text), From: req.From, To: req.To, Provider: name, Machine: true}, nil
		},
	}
}

func failing(err error) *fakeTranslator {
	return &fakeTranslator{
		SupportsFn:  func(string, string) bool { return true },
		TranslateFn: func(context.Context, Request) (Result, error) { return Result{}, err },
	}
}

func TestChain(t *testing.T) {
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	blocking := &fakeTranslator{
		SupportsFn: func(string, string) bool { return true },
		TranslateFn: func(context.Context, Request) (Result, error) {
			<-release // ignores its context
			return Result{}, errors.New("released")
		},
	}
	panicking := &fakeTranslator{
		SupportsFn:  func(string, string) bool { return true },
		TranslateFn: func(context.Context, Request) (Result, error) { panic("bug") },
	}
	for _, tc := range []struct {
		name      string
		providers []Translator
		req       Request
		text      string
		provider  string
		machine   bool
		code      string
	}{
		{"first wins", []Translator{upper("a"), upper("b")}, Request{Text: "hi", From: "en", To: "es"}, "HI", "a", true, ""},
		{"falls through errors", []Translator{failing(errors.New("down")), upper("b")}, Request{Text: "hi", From: "en", To: "es"}, "HI", "b", true, ""},
		{"skips unsupported", []Translator{&fakeTranslator{SupportsFn: func(string, string) bool { return false }}, upper("b")}, Request{Text: "hi", From: "en-US", To: "es"}, "HI", "b", true, ""},
		{"no provider for pair", []Translator{upper("a")}, Request{Text: "hola", From: "es", To: "ja"}, "hola", "", false, kefu.ENOTIMPLEMENTED},
		{"no providers at all", nil, Request{Text: "hola", From: "es", To: "en"}, "hola", "", false, kefu.ENOTIMPLEMENTED},
		{"all fail", []Translator{failing(errors.New("down"))}, Request{Text: "hola", From: "es", To: "en"}, "hola", "", false, kefu.EUNAVAILABLE},
		{"blocking provider abandoned", []Translator{blocking, upper("b")}, Request{Text: "hi", From: "en", To: "es"}, "HI", "b", true, ""},
		{"panicking provider", []Translator{panicking}, Request{Text: "hi", From: "en", To: "es"}, "hi", "", false, kefu.EUNAVAILABLE},
		{"same language", []Translator{upper("a")}, Request{Text: "hi", From: "en", To: "en-GB"}, "hi", "", false, ""},
		{"blank", []Translator{upper("a")}, Request{Text: "  ", From: "en", To: "es"}, "  ", "", false, ""},
		{"unknown source", []Translator{upper("a")}, Request{Text: "hi", To: "es"}, "hi", "", false, kefu.EINVALID},
		{"empty answer", []Translator{&fakeTranslator{SupportsFn: func(string, string) bool { return true }, TranslateFn: func(context.Context, Request) (Result, error) { return Result{}, nil }}}, Request{Text: "hi", From: "en", To: "es"}, "hi", "", false, kefu.EUNAVAILABLE},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &Chain{Providers: tc.providers, Timeout: 100 * time.Millisecond}
			start := time.Now()
			res, err := c.Translate(context.Background(), tc.req)
			if time.Since(start) > 2*time.Second {
				t.Errorf("took %v", time.Since(start))
			}
			if got := kefu.ErrorCode(err); got != tc.code {
				t.Errorf("code = %q (%v), want %q", got, err, tc.code)
			}
			if res.Text != tc.text || res.Provider != tc.provider || res.Machine != tc.machine {
				t.Errorf("Translate = %+v, want text %q provider %q machine %v", res, tc.text, tc.provider, tc.machine)
			}
			if err != nil && kefu.ErrorMessage(err) == "internal error" {
				t.Errorf("error %v has no message to show as a notice", err)
			}
		})
	}
}

func TestChainCacheAndGlossary(t *testing.T) {
	now := time.Unix(1000, 0)
	clock := func() time.Time { return now }
	p := upper("a")
	g := NewGlossary()
	if err := g.SetTerms("t1", []Term{{Text: "kefu box"}}); err != nil {
		t.Fatal(err)
	}
	c := &Chain{Providers: []Translator{p}, Glossary: g, Cache: NewCache(2, time.Minute, clock)}
	ctx := kefu.NewContextWithTenantID(context.Background(), "t1")
	tr := func(text string) Result {
		t.Helper()
		res, err := c.Translate(ctx, Request{Text: text, From: "en", To: "es"})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	steps := []struct {
		name   string
		do     func()
		text   string
		want   string
		cached bool
		calls  int32
	}{
		{"miss, glossary kept", nil, "my Kefu Box broke", "MY Kefu Box BROKE", false, 1},
		{"hit", nil, "my Kefu Box broke", "MY Kefu Box BROKE", true, 1},
		{"glossary edit invalidates", func() { g.SetTerms("t1", []Term{{Text: "box", Translation: "caja"}}) }, "my Kefu Box broke", "MY KEFU caja BROKE", false, 2},
		{"other text", nil, "b", "B", false, 3},
		{"third text evicts oldest", nil, "c", "C", false, 4},
		{"evicted", nil, "my Kefu Box broke", "MY KEFU caja BROKE", false, 5},
		{"still cached", nil, "c", "C", true, 5},
		{"expired", func() { now = now.Add(2 * time.Minute) }, "c", "C", false, 6},
	}
	for _, s := range steps {
		if s.do != nil {
			s.do()
		}
		res := tr(s.text)
		if res.Text != s.want || res.Cached != s.cached || !res.Machine || p.calls.Load() != s.calls {
			t.Errorf("%s: %+v after %d calls; want %q cached=%v after %d calls", s.name, res, p.calls.Load(), s.want, s.cached, s.calls)
		}
	}
	// Another tenant does not see t1's cache entries or glossary.
	res, err := c.Translate(ctx, Request{Text: "c", From: "en", To: "es", TenantID: "t2"})
	if err != nil || res.Cached {
		t.Errorf("t2: %+v, %v; want a miss", res, err)
	}
	if c.Cache.Len() > 2 {
		t.Errorf("cache holds %d entries, bound 2", c.Cache.Len())
	}
}

func TestGlossary(t *testing.T) {
	g := NewGlossary()
	terms := []Term{
		{Text: "Kefu"},
		{Text: "Kefu Pro"},
		{Text: "order", From: "en", To: "es", Translation: "pedido"},
		{Text: "顺丰"},
	}
	if err := g.SetTerms("t", terms); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, from, to, in, protected string
	}{
		{"longest first", "en", "es", "I use Kefu Pro and kefu.", "I use ⟦0⟧ and ⟦1⟧."},
		{"whole words only", "en", "es", "Kefuland orders", "Kefuland orders"},
		{"pair-specific term", "en", "es", "my order", "my ⟦0⟧"},
		{"pair-specific term elsewhere", "en", "fr", "my order", "my order"},
		{"unspaced script", "zh", "en", "用顺丰快递", "用⟦0⟧快递"},
		{"forged placeholder", "en", "es", "Kefu ⟦0⟧", "Kefu ⟦0⟧"},
		{"empty", "en", "es", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, p := g.Protect("t", tc.from, tc.to, tc.in)
			if got != tc.protected {
				t.Errorf("Protect(%q) = %q, want %q", tc.in, got, tc.protected)
			}
			restored := p.Restore(got)
			want := tc.in
			if tc.name == "pair-specific term" {
				want = "my pedido"
			}
			if restored != want {
				t.Errorf("Restore = %q, want %q", restored, want)
			}
		})
	}
	t.Run("restore tolerates spaces and unknown tokens", func(t *testing.T) {
		_, p := g.Protect("t", "en", "es", "Kefu")
		if got := p.Restore("x ⟦ 0 ⟧ y ⟦7⟧"); got != "x Kefu y ⟦7⟧" {
			t.Errorf("Restore = %q", got)
		}
	})
	t.Run("invalid", func(t *testing.T) {
		for _, bad := range []Term{{Text: " "}, {Text: "a⟦"}} {
			if err := g.SetTerms("t", []Term{bad}); kefu.ErrorCode(err) != kefu.EINVALID {
				t.Errorf("SetTerms(%+v) = %v, want EINVALID", bad, err)
			}
		}
	})
	if g.Terms("t")[0].Text != "Kefu Pro" {
		t.Errorf("Terms not longest first: %+v", g.Terms("t"))
	}
}

func TestChainApertiumGlossary(t *testing.T) {
	a := MustApertium(t, ApertiumConfig{})
	g := NewGlossary()
	if err := g.SetTerms("t", []Term{{Text: "Red House"}, {Text: "order", From: "en", To: "es", Translation: "pedido"}}); err != nil {
		t.Fatal(err)
	}
	c := &Chain{Providers: []Translator{a}, Glossary: g, Cache: NewCache(10, 0, nil)}
	for _, tc := range []struct {
		from, to, in string
		want         []string
	}{
		{"en", "es", "My Red House order is late.", []string{"Red House", "pedido"}},
		{"en", "es", "Red House, order 123.", []string{"Red House", "pedido", "123"}},
		{"es", "en", "Mi pedido de Red House no llegó.", []string{"Red House"}},
	} {
		res, err := c.Translate(context.Background(), Request{Text: tc.in, From: tc.from, To: tc.to, TenantID: "t"})
		if err != nil || !res.Machine || res.Provider != "apertium" {
			t.Fatalf("Translate(%q) = %+v, %v", tc.in, res, err)
		}
		t.Logf("%s→%s %q → %q", tc.from, tc.to, tc.in, res.Text)
		for _, w := range tc.want {
			if !strings.Contains(res.Text, w) {
				t.Errorf("Translate(%q) = %q, want %q kept", tc.in, res.Text, w)
			}
		}
		if strings.ContainsAny(res.Text, "⟦⟧") {
			t.Errorf("Translate(%q) = %q: placeholder left", tc.in, res.Text)
		}
	}
}
