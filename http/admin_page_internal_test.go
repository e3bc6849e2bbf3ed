package http

import (
	"io/fs"
	"regexp"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/web"
)

// TestAdminTextsMatchScript checks that the server writes the admin
// page's title in the languages admin.js speaks, as admin.js then
// writes it (its "title" text), so that the title does not change as the
// script starts.
func TestAdminTextsMatchScript(t *testing.T) {
	b, err := fs.ReadFile(web.Static(), "admin.js")
	if err != nil {
		t.Fatal(err)
	}
	src := string(b)
	src = src[strings.Index(src, "var TEXT = {"):]
	src = src[:strings.Index(src, "\n  };\n")]
	head := regexp.MustCompile(`(?m)^    "?([\w-]+)"?: \{$`)
	title := regexp.MustCompile(`(?m)^      title: "([^"]*)"`)
	heads := head.FindAllStringSubmatchIndex(src, -1)
	seen := map[string]bool{}
	for i, h := range heads {
		lang, end := src[h[2]:h[3]], len(src)
		if i+1 < len(heads) {
			end = heads[i+1][0]
		}
		seen[lang] = true
		m := title.FindStringSubmatch(src[h[1]:end])
		if m == nil {
			t.Errorf("admin.js's %s table has no title", lang)
			continue
		}
		if got := adminTexts[lang].Title; got != m[1] {
			t.Errorf("the server's %s title is %q, admin.js's %q", lang, got, m[1])
		}
	}
	for lang := range adminTexts {
		if !seen[lang] {
			t.Errorf("the server writes %s, which admin.js does not speak", lang)
		}
	}
}

// TestAdminLanguage checks the order adminLanguage chooses in.
func TestAdminLanguage(t *testing.T) {
	shopTH := &kefu.Tenant{Settings: kefu.TenantSettings{DefaultLanguage: "th"}}
	for _, tc := range []struct {
		name   string
		agent  *kefu.Agent
		tenant *kefu.Tenant
		accept string
		want   string
	}{
		{"nobody, no header", nil, nil, "", "en"},
		{"nobody, Spanish browser", nil, nil, "es-ES,es;q=0.9", "es"},
		{"nobody, bad header", nil, nil, ";;;q=x", "en"},
		{"agent's first language", &kefu.Agent{Languages: []string{"th", "es"}}, nil, "zh", "th"},
		{"agent's second language", &kefu.Agent{Languages: []string{"sv", "es-419"}}, nil, "th", "es"},
		{"agent lists none: the shop's", &kefu.Agent{}, shopTH, "es", "th"},
		{"agent speaks none the page does: the browser's", &kefu.Agent{Languages: []string{"sv"}}, shopTH, "es", "es"},
		{"German agent", &kefu.Agent{Languages: []string{"de-AT"}}, nil, "es", "de"},
		{"Cantonese agent", &kefu.Agent{Languages: []string{"yue"}}, nil, "", "zh-Hant"},
		{"Hong Kong agent", &kefu.Agent{Languages: []string{"zh-HK"}}, nil, "", "zh-Hant"},
		{"Taiwan browser", nil, nil, "zh-TW,zh;q=0.9,en;q=0.8", "zh-Hant"},
		{"Traditional script", nil, nil, "zh-Hant-CN", "zh-Hant"},
		{"Macau agent, underscore", &kefu.Agent{Languages: []string{"zh_MO"}}, nil, "", "zh-Hant"},
		{"mainland browser", nil, nil, "zh-CN,zh;q=0.9", "zh"},
		{"Simplified in Hong Kong", nil, nil, "zh-Hans-HK", "zh"},
		{"Simplified Cantonese", &kefu.Agent{Languages: []string{"yue-Hans"}}, nil, "", "zh"},
		{"plain Chinese", &kefu.Agent{Languages: []string{"zh"}}, nil, "", "zh"},
		{"Arabic browser", nil, nil, "ar-SA,ar;q=0.9", "ar"},
		{"Japanese agent", &kefu.Agent{Languages: []string{"ja-JP"}}, nil, "es", "ja"},
		{"Russian agent", &kefu.Agent{Languages: []string{"ru-RU"}}, nil, "es", "ru"},
		{"Filipino agent", &kefu.Agent{Languages: []string{"fil"}}, nil, "es", "fil"},
		{"Tagalog agent reads Filipino", &kefu.Agent{Languages: []string{"tl"}}, nil, "es", "fil"},
		{"Tagalog browser reads Filipino", nil, nil, "tl-PH,en;q=0.5", "fil"},
		{"Italian agent", &kefu.Agent{Languages: []string{"it-CH"}}, nil, "es", "it"},
		{"Dutch agent, Flemish", &kefu.Agent{Languages: []string{"nl-BE"}}, nil, "", "nl"},
		{"Polish browser", nil, nil, "pl-PL,pl;q=0.9,en;q=0.5", "pl"},
	} {
		if got := adminLanguage(tc.agent, tc.tenant, tc.accept); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestPageDirection checks that the admin page and the dashboard's
// refusal are written right to left in Arabic, and only in Arabic.
func TestPageDirection(t *testing.T) {
	for lang, want := range map[string]string{"ar": "rtl", "en": "ltr", "zh-Hant": "ltr", "de": "ltr"} {
		if got := (adminPage{Lang: lang}).Dir(); got != want {
			t.Errorf("admin page in %s: dir %q, want %q", lang, got, want)
		}
	}
	if got := (dashboardPage{Refused: true, Lang: "ar"}).Dir(); got != "rtl" {
		t.Errorf("Arabic refusal: dir %q, want rtl", got)
	}
	if got := (dashboardPage{Lang: "ar"}).Dir(); got != "ltr" {
		t.Errorf("dashboard before its script: dir %q, want ltr (dashboard.js sets it)", got)
	}
	if lang, text := refusalIn("zh-TW", dashboardPage{Role: "agent"}); lang != "zh-Hant" || text.Roles["agent"] != "客服" {
		t.Errorf("zh-TW refusal: %s %q", lang, text.Title)
	}
}
