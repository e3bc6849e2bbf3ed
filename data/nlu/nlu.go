// Package nludata ships the data files of kefu's language pipeline inside the
// binary: language-identification training text (langid/), slang and dialect
// lexicons (lexicon/), the Traditional→Simplified Chinese character table
// (t2s/, derived from OpenCC, Apache-2.0), the intent corpus (corpus/,
// CSV files with the header text,label,lang) and the English concept table
// (concepts/, derived from WordNet 3.0, see its SOURCE.md). Everything is
// written by the kefu authors except t2s/, concepts/ and the English chat
// text langid/en.*.txt (lines of the GoEmotions, CLINC150 and BANKING77
// train splits; see langid/SOURCE.md).
package nludata

import (
	"embed"
	"io/fs"
)

// corpus/ may not exist yet (its CSV files are added by other writers) and
// an embed pattern that matches nothing fails the build, so the corpus is
// reached through "[ct]*/*.?sv", which always matches t2s/t2s.tsv.
//
//go:embed langid lexicon t2s/*.txt [ct]*/*.?sv concepts/*.gz slotframe.tsv
var files embed.FS

// Files holds the data files under their paths relative to data/nlu, for
// example "langid/en.txt", "lexicon/zh.tsv", "t2s/t2s.tsv" and
// "corpus/zh.csv", "concepts/en-wordnet-clusters.tsv.gz". It is read-only, so sharing it between goroutines is safe.
var Files fs.FS = files
