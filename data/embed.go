package data

import (
	"embed"
	"io/fs"
)

//go:embed demo/*.json
var demo embed.FS

// Demo holds the demo shop documents, one JSON file per tenant, at the root
// of the file system: "globalmart.json", "freshfarm.json", "glowlab.json";
// beside them "freshfarm-coldchain.json" and "glowlab-generated.json", the
// part of GlowLab that scripts/glowlab writes. It is read-only, so sharing
// it between goroutines is safe.
var Demo fs.FS = mustSub(demo, "demo")

// DemoShops returns the IDs of the demo tenants, in the order they are
// loaded; Demo holds one file per ID, named ID + ".json".
func DemoShops() []string {
	return []string{"globalmart", "freshfarm", "glowlab"}
}

func mustSub(fsys fs.FS, dir string) fs.FS {
	sub, err := fs.Sub(fsys, dir)
	if err != nil {
		panic("data: " + err.Error()) // only if the embed pattern above is wrong
	}
	return sub
}
