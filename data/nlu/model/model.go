// Package model ships kefu's e-commerce intent model, trained by
// "go run ./cmd/kefu train --corpus --out data/nlu/model/ecommerce.kmodel"
// from the train split of data/nlu/corpus (normalised as the server
// normalises). A test in package nlu fails when the corpus or the
// normaliser changed and the model was not retrained.
package model

import _ "embed"

// Ecommerce is the model file.
//
//go:embed ecommerce.kmodel
var Ecommerce []byte
