// Package assoc mines frequent itemsets and association rules from
// transactions (shopping baskets): which products are bought together, and
// how much more often than chance.
//
// Items are small non-negative integers; a transaction is a set of them
// (order and repeats do not matter). FrequentItemsets finds every itemset
// whose count reaches a threshold with FP-growth (Han, Pei & Yin 2000): one
// pass to count items, one to build a prefix tree of the transactions in
// descending item frequency, then recursive mining of conditional trees, so
// the data is read twice whatever the number of itemsets. Mine adds the
// rules X => y with a single item on the right, as arules' apriori makes
// them, with
//
//	support(X => y)    = count(X ∪ {y}) / n
//	confidence(X => y) = count(X ∪ {y}) / count(X)
//	lift(X => y)       = confidence(X => y) / support({y})
//
// Thresholds follow arules: an itemset is frequent when its support is at
// least MinSupport (a count of at least ceil(MinSupport·n)), a rule is kept
// when its confidence is at least MinConfidence, and MinLen/MaxLen bound the
// number of items in a rule, both sides together. Results are plain values;
// nothing is shared between calls.
package assoc
