package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestKnowledgeBenchArticles(t *testing.T) {
	a, err := knowledgeBenchArticles(benchArticles)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := knowledgeBenchArticles(benchArticles)
	if len(a) != benchArticles {
		t.Fatalf("%d articles, want %d", len(a), benchArticles)
	}
	keys := map[string]bool{}
	langs := map[string]int{}
	for i, x := range a {
		k := x.Key + "/" + x.Language
		if keys[k] {
			t.Fatalf("article %d repeats %s", i, k)
		}
		keys[k] = true
		langs[x.Language]++
		if x.Title != b[i].Title || x.Body != b[i].Body {
			t.Fatalf("article %d differs between two generations", i)
		}
	}
	for _, l := range []string{"en", "zh", "th", "es"} {
		if langs[l] < 500 {
			t.Errorf("only %d articles in %s", langs[l], l)
		}
	}
}

func TestBenchKnowledge(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes 10,000 articles")
	}
	var out bytes.Buffer
	if err := benchKnowledge(context.Background(), &Env{Stdout: &out}, 200*time.Millisecond, 0); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	var res map[string]any
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &res); err != nil {
		t.Fatalf("last line %q is not JSON: %v", lines[len(lines)-1], err)
	}
	for _, k := range []string{"scenario", "per_s", "p99_ms"} {
		if _, ok := res[k]; !ok {
			t.Errorf("result %v has no %q", res, k)
		}
	}
	if res["scenario"] != "knowledge" || res["articles"] != float64(benchArticles) {
		t.Errorf("result %v", res)
	}
}
