// Package foodkeeper ships the storage defaults of package coldchain inside
// the binary: kinds.tsv, a small table derived from the USDA FSIS
// FoodKeeper data by coldchain/internal/gen (go generate in package
// coldchain). See README.md beside this file for the source, the licence
// and what was derived how.
package foodkeeper

import _ "embed"

//go:embed kinds.tsv
var kinds string

// Kinds returns kinds.tsv: tab-separated, '#' comment lines first, then a
// header row and one row per kind of food.
func Kinds() string { return kinds }
