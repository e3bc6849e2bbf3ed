package data_test

import (
	"encoding/json"
	"io/fs"
	"slices"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu/data"
)

// TestDemo checks that every demo shop is embedded, is JSON, names its own
// tenant and says that it is made up.
func TestDemo(t *testing.T) {
	for _, id := range data.DemoShops() {
		t.Run(id, func(t *testing.T) {
			b, err := fs.ReadFile(data.Demo, id+".json")
			if err != nil {
				t.Fatal(err)
			}
			var doc struct {
				Note   string `json:"_note"`
				Tenant struct {
					ID string `json:"id"`
				} `json:"tenant"`
			}
			if err := json.Unmarshal(b, &doc); err != nil {
				t.Fatal(err)
			}
			if doc.Tenant.ID != id {
				t.Errorf("tenant id %q, want %q", doc.Tenant.ID, id)
			}
			if !strings.Contains(doc.Note, "Fictional") || !strings.Contains(doc.Note, "kefu") {
				t.Errorf("_note %q does not say the data is made up for kefu", doc.Note)
			}
		})
	}
	// Besides the shops, a shop may have a cold-chain document
	// ("<shop>-coldchain.json") and a generated part
	// ("<shop>-generated.json"), made up as well, about that shop.
	files, err := fs.Glob(data.Demo, "*.json")
	if err != nil {
		t.Fatal(err)
	}
	shops := 0
	for _, f := range files {
		if id, part := strings.CutSuffix(f, "-generated.json"); part {
			b, err := fs.ReadFile(data.Demo, f)
			if err != nil {
				t.Fatal(err)
			}
			var doc struct {
				Note     string `json:"_note"`
				TenantID string `json:"tenant_id"`
			}
			if err := json.Unmarshal(b, &doc); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			if doc.TenantID != id || !slices.Contains(data.DemoShops(), id) || !strings.Contains(doc.Note, "Fictional") ||
				!strings.Contains(doc.Note, "kefu") {
				t.Errorf("%s: tenant_id %q, note %q: want a made-up part of a demo shop", f, doc.TenantID, doc.Note)
			}
			continue
		}
		id, companion := strings.CutSuffix(f, "-coldchain.json")
		if !companion {
			shops++
			continue
		}
		b, err := fs.ReadFile(data.Demo, f)
		if err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Note   string `json:"_note"`
			Tenant string `json:"tenant"`
		}
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if doc.Tenant != id || !slices.Contains(data.DemoShops(), id) || !strings.Contains(doc.Note, "Made-up") {
			t.Errorf("%s: tenant %q, note %q: want a made-up document of a demo shop", f, doc.Tenant, doc.Note)
		}
	}
	if shops != len(data.DemoShops()) {
		t.Errorf("embedded files %v, want one per demo shop (and their cold-chain documents)", files)
	}
}
