// Package skin predicts, for each skin type (combination, dry, normal,
// oily, sensitive), the probability that a cosmetic product suits it,
// from its ingredient list and, where they help, its product type, price
// and brand.
//
// Two model families are trained in pure Go on the same products: a
// multinomial naive Bayes over the bag of ingredients (FamilyNB, the
// baseline) and L2-regularised logistic regression (FamilyLogReg) on
// ingredient presence, optionally weighted by position in the list, plus
// ingredient knowledge (CosIng function shares, comedogenicity and
// irritancy ratings, fragrance, alcohol and acid flags) and the product
// card. Hyperparameters, including which feature groups are used, are
// chosen by K-fold cross-validation on the training products alone; the
// CV score is the ROC AUC of the pooled out-of-fold predictions, averaged
// over the five skin types.
//
// No trained model is shipped: the only labelled data we have (a Sephora
// scrape) carries no licence, so models are trained at run time from the
// files the caller gives (kefu recommend eval-skin). See
// docs/skin-suitability.md.
package skin
