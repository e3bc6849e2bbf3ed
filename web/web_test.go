package web_test

import (
	"io/fs"
	"regexp"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu/web"
)

func TestAssets(t *testing.T) {
	tests := []struct {
		fsys  fs.FS
		files []string
	}{
		{web.Templates(), []string{"demo.html", "widget.html", "error.html", "partials.html", "console.html", "admin.html", "dashboard.html"}},
		{web.Static(), []string{"widget.js", "widget.css", "shop.css", "console.js", "console.css", "labels.js", "admin.js", "admin.css", "dashboard.js", "dashboard.css", "vendor/chart.umd.min.js"}},
	}
	for _, tt := range tests {
		for _, name := range tt.files {
			t.Run(name, func(t *testing.T) {
				b, err := fs.ReadFile(tt.fsys, name)
				if err != nil {
					t.Fatal(err)
				}
				if len(b) == 0 {
					t.Fatal("empty")
				}
			})
		}
	}
}

// TestNoExternalResources keeps the pages and styles self-contained: no
// CDN, no third-party fonts or scripts, no inline script (the CSP forbids
// it).
func TestNoExternalResources(t *testing.T) {
	external := regexp.MustCompile(`(?i)(src|href)\s*=\s*["']?(https?:)?//|@import\s+url\(\s*["']?(https?:)?//|url\(\s*["']?https?://`)
	inline := regexp.MustCompile(`(?i)<script(\s[^>]*)?>\s*[^<\s]|\son[a-z]+\s*=|javascript:`)
	for _, fsys := range []fs.FS{web.Templates(), web.Static()} {
		err := fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			b, err := fs.ReadFile(fsys, path)
			if err != nil {
				return err
			}
			s := string(b)
			if strings.HasSuffix(path, ".js") {
				// widget.js builds every URL from its own script's origin;
				// its only literal URLs are an SVG namespace and a comment.
				return nil
			}
			if m := external.FindString(s); m != "" {
				t.Errorf("%s loads an external resource: %q", path, m)
			}
			if strings.HasSuffix(path, ".html") {
				if m := inline.FindString(s); m != "" {
					t.Errorf("%s has inline script: %q", path, m)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}
