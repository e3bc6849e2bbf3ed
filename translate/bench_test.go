package translate

import (
	"context"
	"fmt"
	"testing"
)

var benchSentences = []string{
	"Where is my order?",
	"My package has not arrived yet and I need it tomorrow.",
	"I want to return the shoes because they are too small.",
	"Thank you very much for your help.",
	"Can you send me the tracking number, please?",
}

// BenchmarkApertiumWarm measures one sentence through a warm null-flushed
// pipeline (en→es): the per-message cost once the pool has started.
func BenchmarkApertiumWarm(b *testing.B) {
	a := MustApertium(b, ApertiumConfig{Procs: 1})
	ctx := context.Background()
	if err := a.Warm(ctx, "en", "es"); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := a.Translate(ctx, Request{Text: benchSentences[i%len(benchSentences)], From: "en", To: "es"}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkApertiumColdStart measures a request that has to start its
// process: what every translation would cost without the pool.
func BenchmarkApertiumColdStart(b *testing.B) {
	a := MustApertium(b, ApertiumConfig{Procs: 1})
	ctx := context.Background()
	for b.Loop() {
		b.StopTimer()
		a.mu.Lock()
		for p := range a.live {
			p.stop(0)
		}
		a.mu.Unlock()
		b.StartTimer()
		if _, err := a.Translate(ctx, Request{Text: benchSentences[0], From: "en", To: "es"}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkChainCached measures a cache hit with a glossary configured.
func BenchmarkChainCached(b *testing.B) {
	g := NewGlossary()
	if err := g.SetTerms("t", []Term{{Text: "Kefu"}}); err != nil {
		b.Fatal(err)
	}
	c := &Chain{Providers: []Translator{upper("a")}, Glossary: g, Cache: NewCache(1000, 0, nil)}
	ctx := context.Background()
	reqs := make([]Request, 100)
	for i := range reqs {
		reqs[i] = Request{Text: fmt.Sprintf("Kefu message number %d", i), From: "en", To: "es", TenantID: "t"}
		if _, err := c.Translate(ctx, reqs[i]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if r, err := c.Translate(ctx, reqs[i%len(reqs)]); err != nil || !r.Cached {
			b.Fatal(r, err)
		}
	}
}
