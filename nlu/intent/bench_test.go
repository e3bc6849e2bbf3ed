package intent

import (
	"path/filepath"
	"testing"
)

func BenchmarkTrainBanking(b *testing.B) {
	d := filepath.Join(datasetsDir(b), "banking77")
	train := mustReadCSV(b, filepath.Join(d, "train.csv"))
	for b.Loop() {
		if _, err := Train(train, Options{Seed: 1, Folds: 1}); err != nil {
			b.Fatal(err)
		}
	}
}
