// Package profiles keeps a shop's stored product knowledge profiles
// (kefu.ProductProfile) current with its catalogue: Keeper derives every
// product's profile with cosmetics/graph, price bands computed over the
// whole catalogue and the embedded ingredient ratings, and writes only the
// profiles that changed. kefu calls it after products change through the
// admin API, after "kefu import --kind products" and when the demo shops
// are loaded (docs/product-knowledge.md).
package profiles
