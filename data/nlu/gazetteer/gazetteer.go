// Package gazetteer ships the word lists behind kefu's entity extractor
// (nlu/entity) inside the binary:
//
//   - countries.tsv: ISO 3166-1 alpha-2 code, TAB, country names and
//     adjectives in many languages and scripts separated by "|". A code
//     may have several lines (one block per language after the first).
//   - lexicon.tsv: entity type, TAB, normalised value, TAB, phrases separated
//     by "|" (skin types, skin concerns, seasons, relative dates, Arabic
//     dual durations). In both files a phrase ending in "@fr,de" applies
//     only to messages in those languages.
//   - hs2022.txt: the valid HS 2022 headings and subheadings, one heading a
//     line: "8507:10 20 30 40 50 60 80 90" (heading, colon, the last two
//     digits of each 6-digit subheading). Generated from the public-domain
//     HS nomenclature; see SOURCE.md and TestHSList.
//
// The lists other than hs2022.txt were written by the kefu authors.
package gazetteer

import (
	"embed"
	"io/fs"
)

//go:embed countries.tsv lexicon.tsv hs2022.txt
var files embed.FS

// FS returns the gazetteer files at the root of a read-only file system,
// safe to share between goroutines.
func FS() fs.FS { return files }
