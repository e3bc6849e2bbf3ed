package compose

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/nlu/lang"
)

// declaredOutcomes returns the values of every Outcome* string constant
// declared in the module's production code (the engine's and every
// skill's), with the file that declares it.
func declaredOutcomes(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	fset := token.NewFileSet()
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case "testdata", "scripts", "node_modules", ".git", ".ci":
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		for _, decl := range f.Decls {
			g, ok := decl.(*ast.GenDecl)
			if !ok || g.Tok != token.CONST {
				continue
			}
			for _, spec := range g.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, name := range vs.Names {
					if !strings.HasPrefix(name.Name, "Outcome") || i >= len(vs.Values) {
						continue
					}
					lit, ok := vs.Values[i].(*ast.BasicLit)
					if !ok || lit.Kind != token.STRING {
						continue
					}
					v, err := strconv.Unquote(lit.Value)
					if err != nil {
						return err
					}
					out[v] = path
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) < 50 {
		t.Fatalf("found only %d outcomes: is the walk rooted at the module?", len(out))
	}
	return out
}

var (
	placeholder  = regexp.MustCompile(`\{[a-z_]+\}`)
	englishWords = regexp.MustCompile(`[A-Za-z]{2,}`)
)

func placeholders(s string) []string {
	ps := placeholder.FindAllString(s, -1)
	slices.Sort(ps)
	return slices.Compact(ps)
}

// TestEveryLanguageEveryOutcome enumerates language × outcome: every
// language that language identification reports has its own template
// for every outcome any part of kefu declares, with the placeholders of
// the English one. A language falling back to English, or a skill adding
// an outcome without templates, fails here.
func TestEveryLanguageEveryOutcome(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	en := c.langs[Fallback]
	outcomes := declaredOutcomes(t)
	for o, file := range outcomes {
		switch {
		case o == kefu.OutcomeArticle:
			// Answered by the article's own text (SkillResult.Text).
		case strings.HasPrefix(o, "_") || strings.HasSuffix(o, "_"):
			// A part of outcomes built at run time ("fresh_verdict_" +
			// verdict, + "_compensated").
			if !slices.ContainsFunc(keys(en), func(k string) bool { return strings.Contains(k, o) }) {
				t.Errorf("outcome part %q (%s) is in no template key", o, file)
			}
		default:
			if _, ok := en[o]; !ok {
				t.Errorf("outcome %q (%s) has no English template", o, file)
			}
		}
	}
	for _, l := range lang.Languages() {
		m := c.langs[l]
		if m == nil {
			t.Errorf("%s: detected but has no templates of its own (compose/lang/%s.json)", l, l)
			continue
		}
		for k, v := range en {
			if k == "_note" {
				continue
			}
			got, ok := m[k]
			switch {
			case !ok:
				t.Errorf("%s lacks %q", l, k)
			case strings.TrimSpace(got) == "" && strings.TrimSpace(v) != "":
				t.Errorf("%s: %q is empty", l, k)
			case !slices.Equal(placeholders(got), placeholders(v)):
				t.Errorf("%s: %q has placeholders %v, English %v", l, k, placeholders(got), placeholders(v))
			case l != Fallback && got == v && len(englishWords.FindAllString(placeholder.ReplaceAllString(v, ""), -1)) >= 4:
				// A sentence left in English: the customer would read it.
				t.Errorf("%s: %q is still the English sentence %q", l, k, v)
			}
		}
		if name := m["language."+l]; name == "" {
			t.Errorf("%s does not name itself (language.%s)", l, l)
		}
	}
}

func keys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestLookupOrder(t *testing.T) {
	for _, tt := range []struct {
		tag  string
		want []string
	}{
		{"en", []string{"en"}},
		{"zh-Hant", []string{"zh-Hant", "zh"}},
		{"zh-Hant-TW", []string{"zh-Hant-TW", "zh-Hant", "zh"}},
		{"zh-TW", []string{"zh-TW", "zh-Hant", "zh"}},
		{"zh-HK", []string{"zh-HK", "zh-Hant", "zh"}},
		{"zh-CN", []string{"zh-CN", "zh"}},
		{"yue-HK", []string{"yue-HK", "yue"}},
		{"pt-BR", []string{"pt-BR", "pt"}},
	} {
		if got := lookupOrder(tt.tag); !slices.Equal(got, tt.want) {
			t.Errorf("lookupOrder(%q) = %v, want %v", tt.tag, got, tt.want)
		}
	}
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for tag, want := range map[string]string{"zh-Hant-TW": "zh-Hant", "zh-HK": "zh-Hant", "zh-SG": "zh", "yue-HK": "yue", "xx-YY": Fallback} {
		if _, got := c.table(tag); got != want {
			t.Errorf("table(%q) uses %s, want %s", tag, got, want)
		}
	}
}
