// Package customsdata ships the data of kefu's customs duty and VAT
// computation inside the binary: the HS 2022 nomenclature (public domain),
// EU VAT rates (ibericode/vat-rates, MIT) and rate tables written by the kefu
// authors as dated EXAMPLES that a shop must verify and keep current. See
// README.md beside this file for every source and date.
package customsdata

import (
	"embed"
	"io/fs"
)

//go:embed *.tsv *.json *.md
var files embed.FS

// Files holds the data files by name ("duty.tsv", "hs2022.tsv", ...). It is
// read-only, so sharing it between goroutines is safe.
var Files fs.FS = files
