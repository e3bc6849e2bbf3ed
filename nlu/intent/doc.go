// Package intent is kefu's trainable text classifier for short customer
// messages in any language: hashed character n-grams (1–4 inside runs of
// Chinese, Japanese, Thai and other unspaced scripts; 2–5 inside spaced
// words) plus word unigrams and bigrams, sublinear TF-IDF with L2
// normalisation, and a linear softmax (or one-vs-rest sigmoid) model
// trained by row-wise Adagrad.
//
// Train holds nothing out for good: it cross-fits K fold models to get
// out-of-fold predictions for every training example, fits a temperature
// on them (so Prediction.Confidence is a calibrated probability), fits
// the out-of-scope confidence threshold and the multi-label thresholds,
// and records held-out metrics in Meta; the served model is then trained
// on all data.
//
// Models are immutable and safe for concurrent use; Registry swaps them
// atomically. Save and Load use a versioned, checksummed file with int8
// weights. docs/nlu-classifier.md describes the design and measurements.
package intent
