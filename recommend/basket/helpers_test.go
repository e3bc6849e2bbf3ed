package basket

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu/internal/testenv"
)

// MustReadCSV parses baskets from CSV text.
func MustReadCSV(tb testing.TB, text string) []Basket {
	tb.Helper()
	b, err := ReadCSV(strings.NewReader(text))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// mustReadGroceries reads a split of the shared Groceries data in place
// (GPL-3: never copied into the repository), skipping the test when the
// datasets are absent.
func mustReadGroceries(tb testing.TB, split string) []Basket {
	tb.Helper()
	path := filepath.Join(testenv.Datasets(tb), "groceries-arules", split)
	f, err := os.Open(path)
	if err != nil {
		testenv.Unavailable(tb, "dataset file absent: "+err.Error())
	}
	defer f.Close()
	b, err := ReadCSV(f)
	if err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	return b
}

// toyBaskets are n shop baskets with two strong pairs (bread with butter,
// beer with crisps) on top of popular milk and random noise items.
func toyBaskets(n int, seed uint64) []Basket {
	rng := rand.New(rand.NewPCG(seed, 1))
	noise := []string{"apples", "rice", "tea", "soap", "eggs", "jam", "salt", "oil"}
	out := make([]Basket, n)
	for i := range out {
		var items []string
		add := func(s string) {
			for _, x := range items {
				if x == s {
					return
				}
			}
			items = append(items, s)
		}
		if rng.Float64() < 0.6 {
			add("milk")
		}
		switch rng.IntN(3) {
		case 0:
			add("bread")
			add("butter")
		case 1:
			add("beer")
			add("crisps")
		}
		for range rng.IntN(3) {
			add(noise[rng.IntN(len(noise))])
		}
		if len(items) == 0 {
			add("milk")
		}
		out[i] = Basket{ID: fmt.Sprint(i + 1), Items: items}
	}
	return out
}
