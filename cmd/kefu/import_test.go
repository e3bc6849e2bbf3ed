package main

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/importer"
	"github.com/kefu-ai/kefu/sqlite"
)

// TestImportCommand runs "kefu import" against a data directory holding
// the demo shops: a good file imports, a file with bad rows names their
// lines and imports nothing.
func TestImportCommand(t *testing.T) {
	t.Parallel() // long: runs beside the other long tests
	ctx := context.Background()
	data := t.TempDir()
	db, err := sqlite.Open(ctx, filepath.Join(data, "kefu.db"), time.Now)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := importer.LoadDemo(ctx, db, time.Now); err != nil {
		t.Fatal(err)
	}
	db.Close()

	write := func(name, content string) string {
		p := filepath.Join(t.TempDir(), name)
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	header := "external_id,name,email,phone,language,country,vip\n"
	good := write("good.csv", header+"x-1,Ana,ana@example.com,,es,ES,false\nx-2,Ben,ben@example.com,,en,GB,true\n")
	rheader := "id,sku,customer_external_id,rating,title,text,language,skin_type,verified,created_at\n"
	goodReviews := write("reviews.csv", rheader+"x-r1,GL-FND-MATTE,c-3001,5,Mate todo el día,Sin brillos hasta la noche.,es,oily,yes,2026-11-08\n")
	badReviews := write("bad-reviews.json", `[
  {"id": "x-r2", "sku": "GL-FND-MATTE", "rating": 5, "language": "en"},
  {"id": "x-r3", "sku": "GL-NOPE", "rating": 9, "language": "en"}
]`)
	bad := write("bad.csv", header+"x-3,Cy,cy@example.com,,en,GB,false\nx-4,Di,not-an-email,,en,GB,false\nx-5,Ed,ed@example.com,,en,GB,maybe\n")
	products := write("products.csv", "sku,name,category,price,currency,attributes\n"+
		"IMP-RET-1,Retinol 0.3% Night Serum,serum,29.00,EUR,\"ingredients=Aqua, Squalane, Retinol, Tocopherol, Phenoxyethanol\"\n")
	tests := []struct {
		name string
		args []string
		code int
		want []string
	}{
		{"good file", []string{"--tenant", "globalmart", "--kind", "customers", good}, 0, []string{"imported"}},
		{"bad rows name their lines", []string{"--tenant", "globalmart", "--kind", "customers", bad}, 1, []string{"line 3", "line 4"}},
		{"reviews", []string{"--tenant", "glowlab", "--kind", "reviews", goodReviews}, 0, []string{"imported", "Reviews:1"}},
		{"bad reviews name their lines", []string{"--tenant", "glowlab", "--kind", "reviews", badReviews}, 1,
			[]string{"line 3 (element 1): rating 9 is not from 1 to 5"}},
		{"products derive profiles", []string{"--tenant", "glowlab", "--kind", "products", products}, 0, []string{"product profiles:", "profiles written"}},
		{"unknown tenant", []string{"--tenant", "nope", "--kind", "customers", good}, 1, []string{"nope"}},
		{"unknown kind", []string{"--tenant", "globalmart", "--kind", "planets", good}, 1, []string{"planets"}},
		{"missing flags", []string{good}, 2, []string{"Usage"}},
		{"missing file", []string{"--tenant", "globalmart", "--kind", "customers", filepath.Join(data, "nope.csv")}, 1, []string{"no such file"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env, out, errOut := testEnv("", nil)
			code := Run(ctx, append([]string{"import", "--data", data}, tt.args...), env)
			all := out.String() + errOut.String()
			if code != tt.code {
				t.Fatalf("exit %d, want %d: %s", code, tt.code, all)
			}
			for _, w := range tt.want {
				if !strings.Contains(all, w) {
					t.Errorf("output %q lacks %q", all, w)
				}
			}
		})
	}
	db, err = sqlite.Open(ctx, filepath.Join(data, "kefu.db"), time.Now)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	// Demo shops are loaded without profiles here (importer.LoadDemo
	// alone); importing products derives the shop's profiles.
	for _, sku := range []string{"IMP-RET-1", "GL-SER-NIA10"} {
		sp, err := db.FindProductProfileBySKU(ctx, "glowlab", sku)
		if err != nil {
			t.Errorf("profile of %s after the import: %v", sku, err)
			continue
		}
		if sku == "IMP-RET-1" && !slices.Contains(sp.Values("actives"), "retinoid") {
			t.Errorf("profile of %s: actives %v, want retinoid", sku, sp.Values("actives"))
		}
	}
	for ext, want := range map[string]string{"x-1": "", "x-2": "", "x-3": kefu.ENOTFOUND} {
		_, err := db.FindCustomerByExternalID(ctx, "globalmart", ext)
		if got := kefu.ErrorCode(err); got != want {
			t.Errorf("customer %s: code %q, want %q (the bad file must import nothing)", ext, got, want)
		}
	}
	for id, want := range map[string]string{"x-r1": "", "x-r2": kefu.ENOTFOUND} {
		_, err := db.FindReviewByID(ctx, "glowlab", id)
		if got := kefu.ErrorCode(err); got != want {
			t.Errorf("review %s: code %q, want %q (the bad file must import nothing)", id, got, want)
		}
	}
}
