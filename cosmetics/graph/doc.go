// Package graph derives a cosmetic product's place in the product
// knowledge graph: its ingredients, key actives, efficacy, the skin types
// and concerns it suits or should be avoided by, cautions and routine
// conflicts, season, finish, texture, coverage, SPF, price band and more
// (Dimensions), from the product card alone (kefu.Product and its
// attributes) and the embedded ingredient ratings of package inci.
//
// Every tag carries its evidence: the ingredient that was found, the rule
// that fired and the facts it matched, the shop attribute that said so, or
// the catalogue thresholds a price band was read from. The rules are one
// table (Rules) that a reviewer can read top to bottom; their IDs are
// stable keys for composing sentences later ("caution/retinoid/pregnancy").
//
// A shop edits the result through product attributes named "tags.<dim>"
// (comma lists; "tags.suits", "tags.avoid" and "tags.efficacy" are short
// forms): its values win over derived ones, a leading "-" removes a
// derived value, and the evidence says "shop".
//
// Derivation is pure and fast (no I/O, no allocation-heavy parsing beyond
// the ingredient list). Profile.Stored and FromStored convert to and from
// kefu.ProductProfile, the form the stores keep; package
// cosmetics/profiles keeps stored profiles current, and the admin API
// shows and edits them (docs/product-knowledge.md). Using them to
// recommend is a later step.
package graph
