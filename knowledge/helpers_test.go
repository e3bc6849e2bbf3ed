package knowledge_test

import (
	"os"
	"testing"

	"github.com/kefu-ai/kefu/knowledge"
)

// MustReadPairs reads a question-pair CSV file, skipping the test when
// the file is absent.
func MustReadPairs(tb testing.TB, path string) []knowledge.Pair {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Skipf("dataset file absent: %v", err)
	}
	defer f.Close()
	ps, err := knowledge.ReadPairs(f)
	if err != nil {
		tb.Fatal(err)
	}
	return ps
}
