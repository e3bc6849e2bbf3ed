// Package emotion detects the customer's emotion in one message: anger,
// anxiety, satisfaction, sadness or neutral, with an intensity in [0,1].
//
// Every language has a cue lexicon (data/nlu/emotion/<lang>.tsv) with
// negators and intensifiers, and emoji and emoticons count in every
// language; exclamation marks, repeated punctuation and shouting in
// capitals raise the intensity. English messages are also scored by a
// small classifier trained on GoEmotions (nlu/intent); strong cues
// override it. Without the model file the detector runs on cues alone.
// docs/nlu-entities.md gives the design and the measured accuracy.
package emotion
