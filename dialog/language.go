package dialog

import (
	"strings"
	"unicode/utf8"

	"github.com/kefu-ai/kefu"
)

// settleLanguage decides the reply's language. The conversation's language
// is sticky: an explicit choice locks it; otherwise only confident
// detection (kefu.LanguageSwitch) moves it, and between two languages
// that one message may confuse (two Latin-script ones when the message
// is short, Indonesian and Malay; Simplified, Traditional and Cantonese
// Chinese) only a second message confirms the move (see
// docs/turn-pipeline.md).
func (tn *turn) settleLanguage() {
	conv, und, slots := tn.conv, tn.und, tn.slots
	lang := conv.Language
	switch {
	case tn.msg.Text == "" && tn.explicitLang == "":
		// A photo without a caption says nothing of the language.
	case tn.explicitLang != "":
		if lang != tn.explicitLang || !conv.LanguageLocked {
			lang = tn.explicitLang
			locked := true
			tn.upd.LanguageLocked = &locked
			tn.upd.Language = &lang
		}
	case !conv.LanguageLocked && und.Language != "" && und.Language != lang && (und.LanguageConfidence >= kefu.LanguageSwitch || lang == ""):
		// Between two Latin-script languages one short message is weak
		// evidence (short English lines such as "hi ai" read as
		// Vietnamese; "張單係10023" after Cantonese reads as Traditional
		// Mandarin): the switch waits for a second message in the
		// same language. A change of script, or a first language, is
		// taken at once. Only a language the customer has written in
		// needs the confirmation; one taken from their profile or the
		// shop's default gives way at once.
		if lang == "" || slots[kefu.SlotLanguageWritten] != lang || !confusable(lang, und.Language, tn.msg.Text) ||
			slots[kefu.SlotLanguageSeen] == und.Language {
			lang = und.Language
			tn.upd.Language = &lang
			tn.deleteSlot(kefu.SlotLanguageSeen)
			tn.setSlot(kefu.SlotLanguageWritten, lang)
		} else {
			tn.setSlot(kefu.SlotLanguageSeen, und.Language)
		}
	default:
		// The message did not confirm a candidate language.
		tn.deleteSlot(kefu.SlotLanguageSeen)
		if !conv.LanguageLocked && lang != "" && und.Language == lang && und.LanguageConfidence >= kefu.LanguageSwitch {
			tn.setSlot(kefu.SlotLanguageWritten, lang)
		}
	}
	if lang == "" {
		lang = tn.t.Settings.DefaultLanguage
	}
	conv.Language = lang
	tn.lang = lang
}

// confusable reports whether a message of text, detected as language b
// in a conversation in a, is weak evidence of b: both Chinese (zh,
// zh-Hant, yue), or both written in the Latin script and the message
// short. Held out, detection of Latin-script messages of more than 20
// characters is 98.6-100% right but for Indonesian and Malay, which
// stay close at any length (89.8-93.6%; docs/nlu-lang.md): "my package
// says delivered but I never got it" in a Spanish conversation is
// answered in English at once, "hi ai" (read as Vietnamese) waits.
func confusable(a, b, text string) bool {
	switch {
	case chinese(a) && chinese(b):
		return true
	case !latinScript(a) || !latinScript(b):
		return false
	case a == "id" && b == "ms" || a == "ms" && b == "id":
		return true
	}
	return utf8.RuneCountInString(strings.TrimSpace(text)) <= shortMessage
}

// shortMessage is the length in characters up to which language
// detection is measured as short (docs/nlu-lang.md).
const shortMessage = 20

func chinese(lang string) bool {
	return lang == "zh" || lang == "yue" || lang == "zh-Hant" || len(lang) > 3 && lang[:3] == "zh-"
}

// latinScript reports whether lang is written in the Latin script (the
// languages whose detection can confuse one another on short messages).
func latinScript(lang string) bool {
	switch lang {
	case "en", "es", "pt", "fr", "de", "it", "nl", "pl", "id", "ms", "fil", "tl", "vi", "tr", "ca", "ro", "sv", "da", "no", "fi", "cs", "hu":
		return true
	}
	return false
}
