package web_test

import (
	"io/fs"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu/nlu/lang"
	"github.com/kefu-ai/kefu/web"
)

// TestWidgetLanguages checks that the widget's own strings (TEXT in
// widget.js) exist in every language kefu detects and answers in, each
// with every key of the English table and its placeholders, and that the
// language picker offers them all.
func TestWidgetLanguages(t *testing.T) {
	b, err := fs.ReadFile(web.Static(), "widget.js")
	if err != nil {
		t.Fatal(err)
	}
	src := string(b)
	start := strings.Index(src, "var TEXT = {")
	end := strings.Index(src[start:], "\n  };\n")
	if start < 0 || end < 0 {
		t.Fatal("no TEXT table in widget.js")
	}
	tables := map[string]map[string]string{}
	entry := regexp.MustCompile(`(\w+): '((?:[^'\\]|\\.)*)'`)
	head := regexp.MustCompile(`(?m)^    '?([\w-]+)'?: \{$`)
	body := src[start : start+end]
	heads := head.FindAllStringSubmatchIndex(body, -1)
	for i, h := range heads {
		stop := len(body)
		if i+1 < len(heads) {
			stop = heads[i+1][0]
		}
		m := map[string]string{}
		for _, e := range entry.FindAllStringSubmatch(body[h[1]:stop], -1) {
			m[e[1]] = e[2]
		}
		tables[body[h[2]:h[3]]] = m
	}
	en := tables["en"]
	if len(en) < 40 {
		t.Fatalf("English table has %d strings", len(en))
	}
	ph := regexp.MustCompile(`\{\w+\}`)
	for _, l := range lang.Languages() {
		m := tables[l]
		if m == nil {
			t.Errorf("widget.js has no strings in %s", l)
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
		if !strings.Contains(src, "['"+l+"', '") {
			t.Errorf("the language picker does not offer %s", l)
		}
	}
}
