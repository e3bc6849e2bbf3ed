package assoc

// Apriori is the level-wise reference of the tests, for the dataset test
// in package assoc_test.
var Apriori = apriori
