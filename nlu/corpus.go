package nlu

import (
	"github.com/kefu-ai/kefu/data/nlu/bitext"
	"github.com/kefu-ai/kefu/data/nlu/corpus"
	"github.com/kefu-ai/kefu/nlu/intent"
)

// CorpusVersion names models trained by TrainCorpus.
const CorpusVersion = "ecommerce"

// CorpusOptions are the training options of the shipped e-commerce model.
func CorpusOptions() intent.Options {
	return intent.Options{
		Seed:     1,
		Version:  CorpusVersion,
		OOSLabel: "out_of_scope",
		MaskRefs: true,
		// "少了二两" is "少了100克": the amount's unit and spelling say
		// nothing of the intent.
		MaskMeasures: true,
		// Calibrated at the corpus's own out-of-scope share: the policy's
		// thresholds (kefu.Tenant.ConfidenceThreshold, 0.7) were set on
		// that calibration, and no shop's served share is known yet
		// (kefu replay on a shop's real chats can measure it). Models of
		// datasets whose served share is known (CLINC150's test: 18%)
		// use intent.Options.OOSShare.
		OOSShare: -1,
	}
}

// Preparer prepares text the way Understand does before classifying:
// normalised and with the entities m masks as placeholders (*Prep).
type Preparer interface {
	Prepare(text, hint string, m Masks) string
}

// CorpusMasks are the masks of models trained on kefu's corpus
// (CorpusOptions).
var CorpusMasks = MasksOf(CorpusOptions())

// Examples turns corpus rows into training examples: each text is
// prepared in its row's language, with the placeholders of
// CorpusOptions, as Understand prepares a message in the detected
// language.
func Examples(prep Preparer, rows []corpus.Row) []intent.Example {
	out := make([]intent.Example, len(rows))
	for i, r := range rows {
		out[i] = intent.Example{Text: prep.Prepare(r.Text, r.Lang, CorpusMasks), Label: r.Label}
	}
	return out
}

// TrainingRows returns the shipped model's training rows: the train split
// of kefu's corpus, then the Bitext subset (English, from Bitext's own
// train split).
func TrainingRows() ([]corpus.Row, error) {
	rows, err := corpus.Load()
	if err != nil {
		return nil, err
	}
	train, _ := corpus.Split(rows)
	bt, err := bitext.Load()
	if err != nil {
		return nil, err
	}
	return append(train, bt...), nil
}

// TrainCorpus trains an e-commerce intent model on TrainingRows with o
// (CorpusOptions for the shipped one).
func TrainCorpus(prep Preparer, o intent.Options) (*intent.Model, error) {
	train, err := TrainingRows()
	if err != nil {
		return nil, err
	}
	return intent.Train(Examples(prep, train), o)
}
