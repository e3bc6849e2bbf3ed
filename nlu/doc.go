// Package nlu is kefu's understanding pipeline: it composes language
// identification (nlu/lang), normalisation (nlu/normalize), the calibrated
// intent classifier (nlu/intent), entity extraction (nlu/entity) and
// emotion (nlu/emotion) into a kefu.Understander.
//
// The shipped e-commerce intent model is trained from kefu's own corpus
// (data/nlu/corpus, train split) by TrainCorpus; "kefu train --corpus"
// writes it to a file and the server loads it, or trains it at start when
// no model file is configured. The Registry inside lets a new model be
// swapped in while requests run.
package nlu
