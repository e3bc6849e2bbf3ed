package data_test

import (
	"encoding/json"
	"io/fs"
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
	files, err := fs.Glob(data.Demo, "*.json")
	if err != nil || len(files) != len(data.DemoShops()) {
		t.Errorf("embedded files %v (%v), want one per demo shop", files, err)
	}
}
