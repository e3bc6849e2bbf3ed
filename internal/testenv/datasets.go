package testenv

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// DatasetsDir returns the shared public datasets directory: $KEFU_DATASETS
// when it names a directory (the value "1" is the switch some tests use to
// run their long dataset sweeps, not a path), else ../shared/datasets
// beside the module root found from the working directory.
func DatasetsDir() (string, error) {
	if d := os.Getenv("KEFU_DATASETS"); d != "" && d != "1" {
		return checkDir(d)
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("module root (go.mod) not found above the working directory")
		}
		dir = parent
	}
	return checkDir(filepath.Join(dir, "..", "shared", "datasets"))
}

func checkDir(d string) (string, error) {
	if st, err := os.Stat(d); err != nil {
		return "", err
	} else if !st.IsDir() {
		return "", fmt.Errorf("%s is not a directory", d)
	}
	return d, nil
}

// Datasets returns DatasetsDir, or skips the test when the datasets are
// absent (fails it where KEFU_REQUIRE_SERVICES is set, as in CI).
func Datasets(tb testing.TB) string {
	tb.Helper()
	d, err := DatasetsDir()
	if err != nil {
		Unavailable(tb, "public datasets (../shared/datasets or $KEFU_DATASETS): "+err.Error())
	}
	return d
}
