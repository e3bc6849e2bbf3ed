// Package basket completes shopping baskets: given the products already in
// a basket, it ranks the rest of the catalogue by how likely each is to be
// bought with them ("frequently bought together"), and says why.
//
// Three methods are trained on past baskets (Train) and measured the same
// way (Evaluate: hold out each item of a basket in turn and rank it among
// every catalogue item not left in the basket):
//
//   - MethodPopularity ranks items by the share of baskets they are in.
//   - MethodRules mines association rules with FP-growth (package
//     recommend/assoc) and ranks an item by its best rule whose left side
//     is in the basket, by confidence or lift; items no rule reaches follow
//     by popularity. The reason is the rule: "bought with whole milk by 32%
//     of their buyers".
//   - MethodGraph is a LightGCN model (He et al. 2020) of the bipartite
//     basket–item graph: embeddings smoothed over a few propagation layers
//     and trained with the BPR loss. A new basket is folded in as one more
//     propagation step from its items, so no per-basket parameter is needed
//     at serving time. The reason is the basket's items nearest to the
//     suggestion in the embedding space.
//
// Select picks each method's settings and the method itself on a held-out
// part of the training baskets only; see docs/baskets.md for the numbers on
// the Groceries data. A trained Model is immutable and safe for concurrent
// use.
package basket
