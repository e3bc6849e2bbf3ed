// Package sensitivedata ships the cue phrases of topics a person must
// handle (legal threats, health or safety, fraud and payment disputes),
// written by the kefu authors. topics.tsv has one phrase a line:
// topic<TAB>language<TAB>phrase, language "*" for every language; lines
// starting with # are comments.
package sensitivedata

import _ "embed"

// Topics is the content of topics.tsv.
//
//go:embed topics.tsv
var Topics string
