// Package riskdata ships kefu's default late-delivery risk model
// (default.krisk), trained on synthetic orders by
// "go test ./risk -run TestShippedModel -update"; see docs/risk.md for
// why it is not trained on the public datasets.
package riskdata

import _ "embed"

// Default is the model file risk.Default loads.
//
//go:embed default.krisk
var Default []byte
