package web_test

import (
	"io/fs"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu/web"
)

// pageLanguages are the languages the console, the dashboard and the
// shop admin speak, and the code labels (labels.js) they share: English
// first. The server writes the admin's title in them too (http.adminTexts).
var pageLanguages = []string{"en", "zh", "es", "th", "ja", "ko", "vi", "id", "ms", "pt", "fr", "de", "ar", "zh-Hant",
	"ru",
	"tr",
	"fil",
	"it",
	"nl",
	"pl",
}

// jsTables reads the per-language tables of a page's script: the object
// literal assigned to name ("var TEXT = {"), one "    xx: {" block per
// language (quoted when the tag has a hyphen: "    \"zh-Hant\": {") with
// "key: \"text\"" entries.
func jsTables(t *testing.T, file, name string) map[string]map[string]string {
	t.Helper()
	b, err := fs.ReadFile(web.Static(), file)
	if err != nil {
		t.Fatal(err)
	}
	src := string(b)
	start := strings.Index(src, "var "+name+" = {")
	if start < 0 {
		t.Fatalf("no %s table in %s", name, file)
	}
	end := strings.Index(src[start:], "\n  };\n")
	if end < 0 {
		t.Fatalf("%s table in %s does not end", name, file)
	}
	body := src[start : start+end]
	entry := regexp.MustCompile(`(\w+): "((?:[^"\\]|\\.)*)"`)
	head := regexp.MustCompile(`(?m)^    "?([\w-]+)"?: \{$`)
	heads := head.FindAllStringSubmatchIndex(body, -1)
	tables := map[string]map[string]string{}
	for i, h := range heads {
		stop := len(body)
		if i+1 < len(heads) {
			stop = heads[i+1][0]
		}
		m := map[string]string{}
		for _, e := range entry.FindAllStringSubmatch(body[h[1]:stop], -1) {
			if _, dup := m[e[1]]; dup {
				t.Errorf("%s: %s.%s is defined twice", file, body[h[2]:h[3]], e[1])
			}
			m[e[1]] = e[2]
		}
		tables[body[h[2]:h[3]]] = m
	}
	return tables
}

// TestPageLanguages checks that the console's, the dashboard's and the
// shop admin's texts (TEXT in console.js, dashboard.js and admin.js) and
// the code labels they share (LABELS in labels.js) exist in every
// language the pages speak: every key of the English table, with the
// same {placeholders}, and no key English lacks. A table for a language not (yet) listed is checked too.
func TestPageLanguages(t *testing.T) {
	ph := regexp.MustCompile(`\{\w+\}`)
	for _, tc := range []struct {
		file, table string
		min         int      // strings in the English table at least
		langs       []string // languages the table must have, English first
	}{
		{"console.js", "TEXT", 250, pageLanguages},
		{"dashboard.js", "TEXT", 150, pageLanguages},
		{"admin.js", "TEXT", 500, pageLanguages},
		{"labels.js", "LABELS", 90, pageLanguages},
	} {
		t.Run(tc.file, func(t *testing.T) {
			tables := jsTables(t, tc.file, tc.table)
			en := tables["en"]
			if len(en) < tc.min {
				t.Fatalf("English table has %d strings, want at least %d", len(en), tc.min)
			}
			langs := slices.Clone(tc.langs[1:])
			for l := range tables {
				if !slices.Contains(tc.langs, l) {
					langs = append(langs, l)
				}
			}
			for _, l := range langs {
				m := tables[l]
				if m == nil {
					t.Errorf("%s has no %s table", tc.file, l)
					continue
				}
				for k, v := range en {
					got, ok := m[k]
					if !ok || got == "" {
						t.Errorf("%s lacks %s", l, k)
						continue
					}
					want, have := ph.FindAllString(v, -1), ph.FindAllString(got, -1)
					slices.Sort(want)
					slices.Sort(have)
					if !slices.Equal(want, have) {
						t.Errorf("%s.%s has placeholders %v, English %v", l, k, have, want)
					}
				}
				for k := range m {
					if _, ok := en[k]; !ok {
						t.Errorf("%s has %s, which English lacks", l, k)
					}
				}
			}
		})
	}
}

// TestPageTextKeys checks that every text key a page's template names
// (data-i18n, data-i18n-placeholder, -title, -aria-label) and every
// literal key its script passes to t() is in its English table, so that
// no control shows a bare key.
func TestPageTextKeys(t *testing.T) {
	attr := regexp.MustCompile(`data-i18n(?:-[a-z-]+)?="(\w+)"`)
	call := regexp.MustCompile(`\bt\("(\w+)"\s*[,)]`) // whole keys, not prefixes ("pval_" + v)
	for _, p := range []struct{ script, template string }{
		{"console.js", "console.html"},
		{"dashboard.js", "dashboard.html"},
		{"admin.js", "admin.html"},
	} {
		t.Run(p.script, func(t *testing.T) {
			en := jsTables(t, p.script, "TEXT")["en"]
			tmpl, err := fs.ReadFile(web.Templates(), p.template)
			if err != nil {
				t.Fatal(err)
			}
			js, err := fs.ReadFile(web.Static(), p.script)
			if err != nil {
				t.Fatal(err)
			}
			used := 0
			for _, src := range []struct {
				name string
				re   *regexp.Regexp
				text []byte
			}{{p.template, attr, tmpl}, {p.script, call, js}} {
				for _, m := range src.re.FindAllSubmatch(src.text, -1) {
					used++
					if _, ok := en[string(m[1])]; !ok {
						t.Errorf("%s uses text %q, which the English table lacks", src.name, m[1])
					}
				}
			}
			if used < 50 {
				t.Errorf("only %d text keys used in %s and %s", used, p.template, p.script)
			}
		})
	}
}
