// Package lang identifies the language of short customer-service chat
// messages: one to a few words, often mixed with order numbers, emoji and
// Latin brand names.
//
// Detection runs in three stages. The script decides first: Thai, Hangul
// (ko), Kana (ja), Arabic (ar) and Cyrillic (ru) text needs nothing more, and
// Latin letters inside such text (brand names) are outweighed. Han text is
// then split into zh (Simplified Mandarin), zh-Hant (Traditional-script
// Mandarin) and yue (Cantonese) by Cantonese marker characters and words and
// by characters that exist only in one of the two scripts. Latin-script text
// is scored by a multinomial naive Bayes model over character 1- to 4-grams
// with word boundaries plus whole words, trained in New from the embedded
// text in data/nlu (langid/<lang>.txt and the intent corpus corpus/*.csv),
// with a short-word lexicon for one- and two-word messages. English also
// has a general-chat sub-model (langid/en.<source>.txt, lines from public
// datasets' train splits), mixed with its customer-service model.
//
// A Detector is immutable after New and safe for concurrent use.
package lang
