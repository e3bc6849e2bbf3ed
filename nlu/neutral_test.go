package nlu_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/importer"
	"github.com/kefu-ai/kefu/nlu"
	"github.com/kefu-ai/kefu/sqlite"
)

// neutralTemplates are neutral customer messages around a product's name
// ({p}), by language: asking its price, stock, what it is, or only
// naming it. Nobody writing them is angry.
var neutralTemplates = map[string][]string{
	"en": {"{p}", "how much is the {p}?", "is the {p} in stock?", "tell me about the {p}", "I'd like to buy the {p}", "does the {p} ship to Spain?"},
	"zh": {"{p}", "{p}多少钱", "{p}有货吗", "介绍一下{p}", "我想买{p}"},
	"es": {"{p}", "¿cuánto cuesta {p}?", "¿tienen {p}?", "quiero comprar {p}"},
	"th": {"{p} ราคาเท่าไหร่คะ", "{p} มีของไหมคะ"},
}

// TestNeutralProductMessages measures how often the emotion detector
// reads anger, and the classifier a complaint or warranty claim, into
// neutral messages that name the demo shops' products (in the language's
// name when the product has one). Product names carry words such as
// "repair", "broken-in" or "control" that are not the customer's.
func TestNeutralProductMessages(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "kefu.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := importer.LoadDemo(ctx, db, nil); err != nil {
		t.Fatal(err)
	}
	u, err := nlu.NewDefault(nil, db, nil)
	if err != nil {
		t.Fatal(err)
	}
	var n, anger, strongAnger, wrong int
	for _, shop := range []string{"globalmart", "freshfarm", "glowlab"} {
		tenant, err := db.FindTenantByID(ctx, shop)
		if err != nil {
			t.Fatal(err)
		}
		ps, err := kefu.AllProducts(ctx, db, kefu.ProductFilter{TenantID: shop})
		if err != nil {
			t.Fatal(err)
		}
		for i, p := range ps {
			if i >= 40 {
				break // enough names per shop
			}
			for lang, tpls := range neutralTemplates {
				name := p.Name
				if n := p.Attributes["name_"+lang]; n != "" {
					name = n
				}
				// Customers write the name without its size ("Barrier
				// Repair Moisturiser", not "…, 50 ml").
				name, _, _ = strings.Cut(name, ",")
				for _, tpl := range tpls {
					text := strings.ReplaceAll(tpl, "{p}", name)
					und, err := u.Understand(ctx, kefu.UnderstandRequest{Tenant: tenant, Text: text, Language: lang})
					if err != nil {
						t.Fatal(err)
					}
					n++
					if und.Emotion.Label == kefu.EmotionAnger {
						anger++
						if und.Emotion.Intensity >= 0.6 {
							strongAnger++
							t.Logf("anger %.2f: %q", und.Emotion.Intensity, text)
						}
					}
					if (und.Intent == "complaint" || und.Intent == "warranty") && und.Confidence >= 0.7 {
						wrong++
						t.Logf("%s %.2f: %q", und.Intent, und.Confidence, text)
					}
				}
			}
		}
	}
	t.Logf("%d neutral messages naming products: anger %.3f (≥ 0.6, a hand-off: %.3f); confident complaint or warranty %.3f",
		n, float64(anger)/float64(n), float64(strongAnger)/float64(n), float64(wrong)/float64(n))
	if strongAnger > 0 {
		t.Errorf("%d neutral messages would be handed off for anger", strongAnger)
	}
	if float64(wrong)/float64(n) > 0.01 {
		t.Errorf("%.1f%% of neutral messages read as a complaint or warranty claim", 100*float64(wrong)/float64(n))
	}
}
