package translate

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/testenv"
)

// MustApertium returns an Apertium provider with eng-spa and spa-eng, or
// skips tb (fails under KEFU_REQUIRE_SERVICES=1) when they are missing.
func MustApertium(tb testing.TB, cfg ApertiumConfig) *Apertium {
	tb.Helper()
	if _, err := exec.LookPath("apertium"); err != nil {
		testenv.Unavailable(tb, "apertium not installed: apt-get install -y apertium apertium-eng-spa")
	}
	a, err := NewApertium(cfg)
	if err != nil {
		testenv.Unavailable(tb, "apertium unusable: "+err.Error())
	}
	tb.Cleanup(func() { a.Close() })
	if !a.Supports("en", "es") || !a.Supports("es", "en") {
		testenv.Unavailable(tb, "apertium pair eng-spa missing: apt-get install -y apertium-eng-spa")
	}
	return a
}

func TestApertiumTranslate(t *testing.T) {
	a := MustApertium(t, ApertiumConfig{})
	ctx := context.Background()
	for _, tc := range []struct {
		name, from, to, text string
		want                 []string // substrings of the output
		not                  []string // must not occur
	}{
		{"en-es", "en", "es", "Where is my order?", []string{"Dónde", "orden"}, nil},
		{"es-en", "es", "en", "¿Dónde está mi pedido?", []string{"Where", "my"}, nil},
		{"regional tags", "en-US", "es-419", "The house is red.", []string{"casa", "roja"}, nil},
		{"no final stop kept", "en", "es", "thank you", []string{"gracias"}, []string{"."}},
		{"unknown word unmarked", "en", "es", "The xyzzy arrived.", []string{"xyzzy"}, []string{"*", "#", "@"}},
		{"user marks kept", "en", "es", "Use #kefu and @zqbrand now.", []string{"#kefu", "@zqbrand"}, nil},
		{"newlines kept", "en", "es", "The house is red.\nThe car is blue.", []string{"casa", "\n", "coche"}, nil},
		{"NUL replaced", "en", "es", "The house\x00 is red.", []string{"casa", "roja"}, []string{"\x00"}},
		{"reserved chars", "en", "es", `a [b] {c} ^d$ e/f <g> \h ~i`, []string{"[b]", "{c}", "^d$", "<g>", `\h`, "~i"}, nil},
		{"placeholders kept", "en", "es", "My ⟦0⟧ order from ⟦1⟧ is late.", []string{"⟦0⟧", "⟦1⟧"}, nil},
		{"numbers", "en", "es", "Order 12345 costs 3.50 dollars.", []string{"12345", "3.50"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := a.Translate(ctx, Request{Text: tc.text, From: tc.from, To: tc.to})
			if err != nil {
				t.Fatal(err)
			}
			if !res.Machine || res.Provider != "apertium" {
				t.Errorf("result %+v: want Machine and provider apertium", res)
			}
			for _, w := range tc.want {
				if !strings.Contains(res.Text, w) {
					t.Errorf("Translate(%q) = %q, want it to contain %q", tc.text, res.Text, w)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(res.Text, w) {
					t.Errorf("Translate(%q) = %q, want no %q", tc.text, res.Text, w)
				}
			}
		})
	}
}

func TestApertiumErrors(t *testing.T) {
	a := MustApertium(t, ApertiumConfig{MaxBytes: 100})
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		req  Request
		code string
	}{
		{"no pair", Request{Text: "hola", From: "es", To: "xx"}, kefu.ENOTIMPLEMENTED},
		{"too large", Request{Text: strings.Repeat("a ", 100), From: "en", To: "es"}, kefu.ETOOLARGE},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := a.Translate(ctx, tc.req)
			if got := kefu.ErrorCode(err); got != tc.code {
				t.Errorf("code = %q (%v), want %q", got, err, tc.code)
			}
		})
	}
	t.Run("blank", func(t *testing.T) {
		res, err := a.Translate(ctx, Request{Text: " \n ", From: "en", To: "es"})
		if err != nil || res.Text != "" {
			t.Errorf("Translate(blank) = %+v, %v", res, err)
		}
	})
}

func TestApertiumConcurrentAndRestart(t *testing.T) {
	a := MustApertium(t, ApertiumConfig{Procs: 2})
	ctx := context.Background()
	texts := map[string]string{"The house is red.": "casa", "My order has not arrived.": "orden", "Thank you very much.": "gracias"}
	var wg sync.WaitGroup
	for range 4 {
		for in, want := range texts {
			wg.Go(func() {
				res, err := a.Translate(ctx, Request{Text: in, From: "en", To: "es"})
				if err != nil || !strings.Contains(strings.ToLower(res.Text), want) {
					t.Errorf("Translate(%q) = %q, %v; want %q (framing mixed up?)", in, res.Text, err, want)
				}
			})
		}
	}
	wg.Wait()

	// Kill every process behind the pool's back: the next requests restart them.
	a.mu.Lock()
	for p := range a.live {
		p.kill()
	}
	a.mu.Unlock()
	time.Sleep(50 * time.Millisecond)
	for range 3 {
		res, err := a.Translate(ctx, Request{Text: "The house is red.", From: "en", To: "es"})
		if err != nil || !strings.Contains(res.Text, "casa") {
			t.Fatalf("after kill: %q, %v", res.Text, err)
		}
	}
}

func TestApertiumTimeoutAndClose(t *testing.T) {
	a := MustApertium(t, ApertiumConfig{Procs: 1})
	// An expired context fails fast with EUNAVAILABLE, and the pool recovers.
	ctx, cancel := context.WithTimeout(context.Background(), time.Nanosecond)
	defer cancel()
	time.Sleep(time.Millisecond)
	if _, err := a.Translate(ctx, Request{Text: "The house is red.", From: "en", To: "es"}); kefu.ErrorCode(err) != kefu.EUNAVAILABLE {
		t.Errorf("expired ctx: err = %v, want EUNAVAILABLE", err)
	}
	if res, err := a.Translate(context.Background(), Request{Text: "The house is red.", From: "en", To: "es"}); err != nil || !strings.Contains(res.Text, "casa") {
		t.Errorf("after timeout: %q, %v", res.Text, err)
	}
	a.Close()
	if _, err := a.Translate(context.Background(), Request{Text: "red", From: "en", To: "es"}); kefu.ErrorCode(err) != kefu.EUNAVAILABLE {
		t.Errorf("after Close: err = %v, want EUNAVAILABLE", err)
	}
	a.mu.Lock()
	n := len(a.live)
	a.mu.Unlock()
	if n != 0 {
		t.Errorf("%d processes still registered after Close", n)
	}
}

func TestStream(t *testing.T) {
	for _, tc := range []struct{ in, rec string }{
		{"Hi.", "Hi.[]\x00"},
		{"hi", "hi.[]\x00"},
		{"a\nb!", "a[\n]b![]\x00"},
		{"a\x00b?", "a b?[]\x00"},
		{`[x] @y \z`, `\[x\] \@y \\z.[]` + "\x00"},
	} {
		rec, stop := toStream(tc.in)
		if string(rec) != tc.rec {
			t.Errorf("toStream(%q) = %q, want %q", tc.in, rec, tc.rec)
		}
		if got := fromStream(rec[:len(rec)-1], stop); got != strings.ReplaceAll(tc.in, "\x00", " ") {
			t.Errorf("fromStream(toStream(%q)) = %q", tc.in, got)
		}
	}
}

func TestStripMarks(t *testing.T) {
	for _, tc := range []struct{ out, src, want string }{
		{"El *xyzzy llegó", "The xyzzy arrived", "El xyzzy llegó"},
		{"Usa #kefu", "Use #kefu", "Usa #kefu"},
		{"*negrita*", "*bold*", "*negrita*"},
		{"@Acme y #Foo", "Acme and Foo", "Acme y Foo"},
	} {
		if got := stripMarks(tc.out, tc.src); got != tc.want {
			t.Errorf("stripMarks(%q, %q) = %q, want %q", tc.out, tc.src, got, tc.want)
		}
	}
}

// fakeModes writes modes that need no language data: xx-yy echoes its
// input (sed in null-data mode once apertium-wblank-mode adds -z) and
// yy-xx never answers.
func fakeModes(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("apertium-wblank-mode"); err != nil {
		testenv.Unavailable(t, "apertium not installed: apt-get install -y apertium apertium-eng-spa")
	}
	dir := t.TempDir()
	for name, script := range map[string]string{"xx-yy": "sed -u s/^/=/", "yy-xx": "tail -f /dev/null"} {
		if err := os.WriteFile(filepath.Join(dir, name+".mode"), []byte(script+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestApertiumFramingAndHang(t *testing.T) {
	a, err := NewApertium(ApertiumConfig{ModesDir: fakeModes(t), Procs: 1, Timeout: 300 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	ctx := context.Background()
	for _, in := range []string{"one.", "two\x00three?", "four\nfive!", "[six] {seven}"} {
		res, err := a.Translate(ctx, Request{Text: in, From: "xx", To: "yy"})
		want := "=" + strings.ReplaceAll(in, "\x00", " ")
		if err != nil || res.Text != want {
			t.Errorf("echo %q = %q, %v; want %q", in, res.Text, err, want)
		}
	}
	start := time.Now()
	_, err = a.Translate(ctx, Request{Text: "hello", From: "yy", To: "xx"})
	if kefu.ErrorCode(err) != kefu.EUNAVAILABLE || time.Since(start) > 2*time.Second {
		t.Errorf("hung pipeline: %v after %v, want EUNAVAILABLE after ~300ms", err, time.Since(start))
	}
	a.mu.Lock()
	n := len(a.live)
	a.mu.Unlock()
	if n != 1 { // the echo process; the hung one was killed
		t.Errorf("%d live processes, want 1", n)
	}
	start = time.Now()
	a.Close()
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("Close took %v", d)
	}
}

func TestParseMode(t *testing.T) {
	for _, tc := range []struct {
		name string
		want Pair
		ok   bool
	}{
		{"eng-spa", Pair{"en", "es"}, true},
		{"es-pt", Pair{"es", "pt"}, true},
		{"ind-zlm", Pair{"id", "ms"}, true},
		{"spa-eng_US", Pair{}, false},
		{"eng-spa-tagger", Pair{}, false},
		{"eng", Pair{}, false},
	} {
		got, ok := parseMode(tc.name)
		if got != tc.want || ok != tc.ok {
			t.Errorf("parseMode(%q) = %v, %v; want %v, %v", tc.name, got, ok, tc.want, tc.ok)
		}
	}
}
