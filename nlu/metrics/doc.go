// Package metrics computes the evaluation measures kefu reports for its
// classifiers: accuracy, macro-F1 for multiclass and multi-label outputs,
// expected calibration error, and the in-scope accuracy and out-of-scope
// recall of Larson et al. (2019) for data with an out-of-scope label.
//
// Every function is pure: it takes parallel slices of gold and predicted
// values and returns a number in [0,1]. Empty input yields 0. OOSMix
// instead resamples an evaluation set's rows to another out-of-scope
// share, deterministically by seed.
package metrics
