package gazetteer

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "regenerate hs2022.txt from the dataset")

// datasets returns the shared datasets directory.
func datasets() string {
	if d := os.Getenv("KEFU_DATASETS"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "..", "shared", "datasets")
}

// buildHS turns the HS nomenclature CSV into the compact hs2022.txt form.
func buildHS(r io.Reader) ([]byte, error) {
	cr := csv.NewReader(r)
	head, err := cr.Read()
	if err != nil {
		return nil, err
	}
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	subs := map[string][]string{}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		code, level := rec[col["hscode"]], rec[col["level"]]
		switch level {
		case "4":
			if _, ok := subs[code]; !ok {
				subs[code] = nil
			}
		case "6":
			if len(code) == 6 {
				subs[code[:4]] = append(subs[code[:4]], code[4:])
			}
		}
	}
	heads := make([]string, 0, len(subs))
	for h := range subs {
		heads = append(heads, h)
	}
	sort.Strings(heads)
	var b bytes.Buffer
	b.WriteString("# HS 2022 headings and 6-digit subheadings; see SOURCE.md (ODC-PDDL-1.0).\n")
	for _, h := range heads {
		s := subs[h]
		sort.Strings(s)
		fmt.Fprintf(&b, "%s:%s\n", h, strings.Join(s, " "))
	}
	return b.Bytes(), nil
}

func TestHSList(t *testing.T) {
	src := filepath.Join(datasets(), "harmonized-system", "harmonized-system.csv")
	f, err := os.Open(src)
	if err != nil {
		t.Skipf("HS dataset not available: %v", err)
	}
	defer f.Close()
	got, err := buildHS(f)
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("hs2022.txt", got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile("hs2022.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("hs2022.txt is stale; run go test ./data/nlu/gazetteer -run TestHSList -update")
	}
}

func TestFilesParse(t *testing.T) {
	tests := []struct {
		name   string
		fields int
		min    int
	}{
		{"countries.tsv", 2, 60},
		{"lexicon.tsv", 3, 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := FS().Open(tt.name)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			sc := bufio.NewScanner(f)
			n := 0
			for sc.Scan() {
				line := sc.Text()
				if line == "" || strings.HasPrefix(line, "#") {
					continue
				}
				if got := len(strings.Split(line, "\t")); got != tt.fields {
					t.Errorf("%q: %d fields, want %d", line, got, tt.fields)
				}
				n++
			}
			if n < tt.min {
				t.Errorf("%d entries, want at least %d", n, tt.min)
			}
		})
	}
	if _, err := fs.Stat(FS(), "hs2022.txt"); err != nil {
		t.Error(err)
	}
}
