package normalize

import (
	"bytes"
	"flag"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	nludata "github.com/kefu-ai/kefu/data/nlu"
	"io/fs"
)

var update = flag.Bool("update", false, "rewrite testdata/normalize.golden")

// MustNew builds a Normalizer or fails the test.
func MustNew(tb testing.TB) *Normalizer {
	tb.Helper()
	n, err := New()
	if err != nil {
		tb.Fatal(err)
	}
	return n
}

// TestGolden checks testdata/normalize.golden, where each line holds a
// language, an input and the expected output.
func TestGolden(t *testing.T) {
	n := MustNew(t)
	const file = "testdata/normalize.golden"
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	for i, line := range strings.Split(strings.TrimRight(string(b), "\n"), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			out.WriteString(line + "\n")
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			t.Fatalf("%s:%d: want lang<TAB>input<TAB>expected", file, i+1)
		}
		got := n.Normalize(f[1], f[0])
		if *update {
			f[2] = got
		} else if got != f[2] {
			t.Errorf("%s:%d: Normalize(%q, %q) = %q, want %q", file, i+1, f[1], f[0], got, f[2])
		}
		if again := n.Normalize(got, f[0]); again != got {
			t.Errorf("%s:%d: not idempotent: %q → %q", file, i+1, got, again)
		}
		out.WriteString(strings.Join(f, "\t") + "\n")
	}
	if *update {
		if err := os.WriteFile(file, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestLexiconFiles checks every lexicon data file: each line parses, no
// entry maps to itself, no key repeats, and no value contains a key of the
// same lexicon after normalisation (which would make Normalize unstable).
func TestLexiconFiles(t *testing.T) {
	n := MustNew(t)
	names, err := fs.Glob(nludata.Files, "lexicon/*.tsv")
	if err != nil || len(names) == 0 {
		t.Fatalf("no lexicons: %v", err)
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			entries, err := readLexicon(name)
			if err != nil {
				t.Fatal(err)
			}
			lang := strings.TrimSuffix(strings.TrimPrefix(name, "lexicon/"), ".tsv")
			seen := map[string]int{}
			for _, e := range entries {
				if e.from == e.to {
					t.Errorf("line %d: %q maps to itself", e.line, e.from)
				}
				key := e.from
				if lang != "emoji" {
					key = n.prepare(e.from, lang)
				}
				if prev, ok := seen[key]; ok {
					t.Errorf("line %d: %q repeats line %d", e.line, e.from, prev)
				}
				seen[key] = e.line
			}
			if lang == "emoji" {
				return
			}
			for _, e := range entries {
				to := n.prepare(e.to, lang)
				if got := n.Normalize(to, lang); got != to && to != "" {
					t.Errorf("line %d: value %q normalises to %q", e.line, to, got)
				}
			}
		})
	}
}

func TestParseLexicon(t *testing.T) {
	tests := []struct {
		name, in string
		want     int
		wantErr  bool
	}{
		{"ok", "# c\n\na\tb\n^x$\t\n", 2, false},
		{"no tab", "a b\n", 0, true},
		{"two tabs", "a\tb\tc\n", 0, true},
		{"empty from", "\tb\n", 0, true},
		{"bad utf8", "a\xff\tb\n", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseLexicon(strings.NewReader(tt.in))
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			if len(got) != tt.want {
				t.Errorf("%d entries, want %d", len(got), tt.want)
			}
		})
	}
}

func FuzzParseLexicon(f *testing.F) {
	f.Add("a\tb\n# x\n^亲$\t\n")
	f.Add("\t\n$\t^\n")
	f.Fuzz(func(t *testing.T, s string) {
		es, err := parseLexicon(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, e := range es {
			if e.from == "" || !utf8.ValidString(e.from) || !utf8.ValidString(e.to) {
				t.Fatalf("bad entry %+v", e)
			}
		}
	})
}

func FuzzNormalize(f *testing.F) {
	n := MustNew(f)
	for _, s := range []string{"幾時到？？？我冇收到嘢😡😡", "wru pls thx u", "ขอบคุณครับครับ 555", "ＨＥＬＬＯ soooo", "亲亲,在吗", "İSTANBUL", "👩‍👩‍👧🏽"} {
		for _, l := range []string{"zh", "yue", "en", "th", "tr", "es", "vi", ""} {
			f.Add(s, l)
		}
	}
	f.Fuzz(func(t *testing.T, s, lang string) {
		got := n.Normalize(s, lang)
		if !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8 %q", got)
		}
		if again := n.Normalize(got, lang); again != got {
			t.Fatalf("not idempotent: %q → %q → %q", s, got, again)
		}
	})
}

func BenchmarkNormalize(b *testing.B) {
	n := MustNew(b)
	msgs := [][2]string{{"where is my order pls", "en"}, {"幾時到？我冇收到", "yue"}, {"ขอบคุณครับ", "th"}, {"xq no llega porfa", "es"}, {"这货木有收到😡", "zh"}}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m := msgs[i%len(msgs)]
		n.Normalize(m[0], m[1])
	}
}
