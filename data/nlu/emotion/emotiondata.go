// Package emotion ships the data of kefu's emotion detector (nlu/emotion)
// inside the binary: one cue lexicon per language, "<lang>.tsv"
// (phrase<TAB>label<TAB>weight, labels anger, anxiety, satisfaction,
// sadness, plus _neg for negators and _int for intensifiers), emoji.tsv for
// every language, and the optional English model trained on GoEmotions
// (see SOURCE.md). The lexicons were written by the kefu authors.
package emotion

import (
	"embed"
	"io/fs"
)

//go:embed *
var files embed.FS

// FS returns the files at the root of a read-only file system, safe to
// share between goroutines.
func FS() fs.FS { return files }
