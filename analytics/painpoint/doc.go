// Package painpoint classifies customer feedback — order reviews, complaint
// messages — into pain-point classes such as "delivery problem: late" or
// "quality problem: not as advertised", so analytics can count where
// customers hurt.
//
// A Classifier is kefu's intent classifier (package nlu/intent: hashed word
// and character n-grams, TF-IDF, a linear softmax with or without the
// package's hidden-layer model, calibrated probabilities) trained on the feedback text after
// nlu/normalize, with what is known about the order at feedback time — the
// star rating and whether the delivery was late, on time or never made —
// added as reserved tokens. A review with no text is classified from those
// signals alone. NaiveBayes is the bag-of-words baseline it is measured
// against; CrossValidate chooses settings on training data only.
//
// The package holds no model and no data: callers train on their own
// labelled rows. docs/painpoints.md describes the method and the numbers
// measured on the Olist classified reviews.
package painpoint
