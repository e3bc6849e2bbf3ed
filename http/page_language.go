package http

import "strings"

// pageLanguage is the table of the agent pages' texts (adminTexts,
// refusals, and the pages' TEXT as labels.js picks it) that reads tag,
// "" if none: its base language, except that Chinese is split by
// script. zh-Hant (any region), zh-TW, zh-HK and zh-MO read "zh-Hant",
// other Chinese ("zh", "zh-CN", "zh-Hans", "zh-SG", "zh-Hans-HK") reads
// "zh". Cantonese (yue, yue-HK) reads "zh-Hant" too: agents in Hong Kong
// and Macau read software in written Chinese with Traditional
// characters, and UI labels in written Cantonese would read as chat, so
// there is no Cantonese table (an explicit yue-Hans reads "zh"). has
// says whether there is a table for a language; without "zh-Hant",
// Traditional Chinese reads "zh". labels.js does the same in the pages.
func pageLanguage(tag string, has func(string) bool) string {
	l := strings.ToLower(strings.ReplaceAll(tag, "_", "-"))
	base, rest, _ := strings.Cut(l, "-")
	if base == "zh" || base == "yue" {
		hans, hant := false, base == "yue"
		for _, sub := range strings.Split(rest, "-") {
			switch sub {
			case "hans":
				hans = true
			case "hant", "tw", "hk", "mo":
				hant = true
			}
		}
		if hant && !hans && has("zh-Hant") {
			return "zh-Hant"
		}
		base = "zh"
	}
	if has(base) {
		return base
	}
	return ""
}

// langDir is the writing direction of a page in lang (a table's name
// from pageLanguage): "rtl" for Arabic, else "ltr". The pages' scripts
// set the same on <html> (labels.js dir).
func langDir(lang string) string {
	switch lang {
	case "ar", "he", "fa", "ur":
		return "rtl"
	}
	return "ltr"
}
