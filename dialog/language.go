package dialog

import "github.com/kefu-ai/kefu"

// settleLanguage decides the reply's language. The conversation's language
// is sticky: an explicit choice locks it; otherwise only confident
// detection (kefu.LanguageSwitch) moves it, and between two languages
// that short messages confuse (two Latin-script ones; Simplified,
// Traditional and Cantonese Chinese) only a second message confirms the
// move (see docs/turn-pipeline.md).
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
		// Between two Latin-script languages one message is weak
		// evidence (short English lines such as "hi ai" read as
		// Vietnamese; "張單係10023" after Cantonese reads as Traditional
		// Mandarin): the switch waits for a second message in the
		// same language. A change of script, or a first language, is
		// taken at once. Only a language the customer has written in
		// needs the confirmation; one taken from their profile or the
		// shop's default gives way at once.
		if lang == "" || slots[kefu.SlotLanguageWritten] != lang || !confusable(lang, und.Language) ||
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

// confusable reports whether short messages of languages a and b are
// easily taken for one another: both written in the Latin script, or
// both Chinese (zh, zh-Hant, yue).
func confusable(a, b string) bool {
	return latinScript(a) && latinScript(b) || chinese(a) && chinese(b)
}

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
