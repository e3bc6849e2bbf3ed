// Package normalize rewrites a chat message into the canonical form the
// intent, entity and emotion models are trained on. Callers keep the
// original text; the normalised text is for matching only.
//
// Normalize applies, in order: Unicode NFKC (which also folds full-width
// forms to half-width), CJK punctuation to ASCII, lower case (Turkish rules
// for "tr"), emoji to neutral English words ("😡" → "angry"), Traditional to
// Simplified Chinese characters for Chinese text, collapsing of repeats
// (letters to two, punctuation and symbols to one, never digits), whitespace
// to single spaces, and finally the message language's lexicon of dialect,
// slang and shop jargon (data/nlu/lexicon/<lang>.tsv), by longest match.
//
// The result is idempotent: Normalize(Normalize(x, l), l) == Normalize(x, l).
// The lexicon pass is repeated until nothing changes (a removed Thai particle
// can uncover another), which is what makes that hold.
//
// A Normalizer is immutable after New and safe for concurrent use.
package normalize
