// Package keyword is kefu's first understander: script- and stopword-based
// language identification and per-language keyword lists for intents,
// plus order-number extraction with the tenant's pattern. It is small,
// fast and explainable, good enough to drive the demo shops; the trained
// NLU (issue #3) replaces it behind the same kefu.Understander seam.
package keyword
