package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestTableUpToDate regenerates the table from ../shared and compares it
// with the committed data/foodkeeper/kinds.tsv.
func TestTableUpToDate(t *testing.T) {
	src := filepath.Join("..", "..", "..", "..", "shared", "datasets", "usda-foodkeeper")
	if _, err := os.Stat(filepath.Join(src, "foodkeeper_Product.csv")); err != nil {
		if os.Getenv("KEFU_REQUIRE_SERVICES") == "1" {
			t.Fatalf("FoodKeeper data absent: %v", err)
		}
		t.Skipf("FoodKeeper data absent (%v); set KEFU_REQUIRE_SERVICES=1 to require it", err)
	}
	got, err := generate(src)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "..", "..", "data", "foodkeeper", "kinds.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("data/foodkeeper/kinds.tsv is stale: run go generate ./coldchain")
	}
}
