// Package risk predicts, from what is known about an order before it is
// dispatched, the probability that its delivery goes wrong (arrives after
// the promised time). The proactive-messaging code uses the score to write
// to the customer first; this package only scores.
//
// An order is described by Features, a fixed vector of named numbers
// (weather severity, temperature class, fragility, distance, slot, carrier,
// weight, discount, promised window, order value, item count, ...); a
// number that is unknown is NaN. Categorical facts (carrier, destination,
// category, ...) are stored as a Code and turned into numbers by the
// model's target encoding, which is learnt on the training data only.
// FeaturesOf fills the vector from kefu's nouns; ReadCSV reads the public
// datasets the models are measured on.
//
// Two model families are trained in pure Go on the same encoded features:
// L2-regularised logistic regression (FamilyLogReg, the baseline, fitted by
// Newton's method on standardised features) and gradient-boosted decision
// trees (FamilyGBT: histogram-based, depth-limited, shrinkage, early
// stopping). Hyperparameters are chosen by K-fold cross-validation on the
// training data; nothing is tuned on a dev split. A Model is immutable once
// trained or loaded: Score is safe for concurrent use and does not
// allocate. Default returns the model shipped in the binary; see
// docs/risk.md for why it is trained on synthetic orders.
package risk
