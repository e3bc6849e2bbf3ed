package customs

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kefu-ai/kefu"
)

// Topic is what a cross-border question is about.
type Topic string

// Topics. TopicDuty is answered by a landed-cost computation, the others
// from the region × category facts of package customs.
const (
	TopicDuty          Topic = "duty"          // customs duty and import VAT/GST
	TopicCertification Topic = "certification" // CE, UKCA, ... marks
	TopicDelivery      Topic = "delivery"      // delivery times (the shop's own facts)
	TopicReturns       Topic = "returns"       // withdrawal and return windows
	TopicRestricted    Topic = "restricted"    // restricted goods (lithium batteries by air)
)

// category is the fact category a topic is looked up in.
func (t Topic) category() string {
	switch t {
	case TopicCertification:
		return "certification"
	case TopicDelivery:
		return "delivery/time"
	case TopicReturns:
		return "returns"
	case TopicRestricted:
		return "restricted"
	}
	return ""
}

// valid reports whether t is one of the topics.
func (t Topic) valid() bool {
	switch t {
	case TopicDuty, TopicCertification, TopicDelivery, TopicReturns, TopicRestricted:
		return true
	}
	return false
}

// intentTopics maps the NLU intents whose questions this skill can answer
// to their topic.
var intentTopics = map[string]Topic{
	IntentCustomsDuty:   TopicDuty,
	IntentCertification: TopicCertification,
	IntentShippingTime:  TopicDelivery,
	IntentReturnPolicy:  TopicReturns,
}

// Intents of the NLU label set the skill and its policy look at.
const (
	IntentCustomsDuty   = "customs_duty"
	IntentCertification = "certification"
	IntentShippingTime  = "shipping_time"
	IntentReturnPolicy  = "return_policy"
)

// MinIntentConfidence is the calibrated confidence from which an intent
// names the topic of a turn the policy did not route here by that intent
// (a low-confidence turn, or a slot answer whose original intent the NLU
// keeps as the first alternative). Under it only keywords do.
const MinIntentConfidence = 0.4

// keywords name a topic in the languages kefu answers in. Latin-script
// words match at word starts (so "zoll" finds "Zollgebühren" but "iva"
// does not fire inside "arriva"); CJK and Thai phrases match anywhere. The
// groups are tried in order: a question about the CE mark that also says
// "ship to" is about certification, "VAT on delivery" is about tax.
var keywords = []struct {
	topic Topic
	words []string
}{
	{TopicCertification, []string{
		"认证", "ce标志", "ce标", "ce$", "ce mark", "ukca", "certif", "zertifi", "ce-kennzeichnung", "ce kennzeichnung", "kennzeichnung",
		"marcado ce", "marchio ce", "marcatura ce", "มาตรฐาน", "ใบรับรอง", "เครื่องหมาย ce", "認証",
	}},
	{TopicReturns, []string{
		"退货", "退回", "退换", "退款", "return", "withdraw", "devol", "desisti", "restitu", "reso", "recesso",
		"zurückgeb", "zurücksend", "rückgabe", "widerruf", "rücksend", "คืนสินค้า", "คืนของ", "ส่งคืน",
	}},
	{TopicRestricted, []string{
		"电池", "锂", "禁运", "违禁", "battery", "batteries", "lithium", "prohibited", "restricted", "dangerous goods",
		"batería", "baterías", "prohibid", "batteria", "batterie", "vietat", "akku", "verboten", "แบตเตอรี่", "ลิเธียม", "ต้องห้าม",
	}},
	{TopicDuty, []string{
		"关税", "税费", "税金", "进口税", "增值税", "交税", "税",
		"duty", "duties", "tax", "taxes", "vat", "gst", "import fee", "import charge",
		"arancel", "aranceles", "impuesto", "iva", "dazio", "dazi", "tasse",
		"zoll", "zölle", "steuer", "einfuhrumsatzsteuer", "mwst", "einfuhrabgabe",
		"ภาษี", "อากร", "tva", "cukai",
	}},
	{TopicDelivery, []string{
		"几天", "多久", "多长时间", "送达", "时效", "配送", "how long", "delivery time", "how many days", "arrive", "delivery",
		"cuánto tarda", "cuanto tarda", "cuántos días", "plazo de entrega", "tiempo de envío", "tarda",
		"quanto tempo", "quanti giorni", "consegna", "tempi di spedizione", "wie lange", "lieferzeit", "lieferung", "versanddauer", "dauert",
		"กี่วัน", "นานไหม", "นานแค่ไหน", "จัดส่ง", "ระยะเวลา",
	}},
	// Words for customs itself, not its charges: "how long does customs
	// take" is about delivery, so these come last.
	{TopicDuty, []string{"清关", "海关", "customs", "aduana", "dogana", "ศุลกากร", "douane"}},
}

// keywordTopic returns the first topic whose keyword the text holds.
func keywordTopic(text string) (Topic, bool) {
	low := strings.ToLower(text)
	for _, k := range keywords {
		for _, w := range k.words {
			if hasWord(low, w) {
				return k.topic, true
			}
		}
	}
	return "", false
}

// hasWord reports whether low holds w; a w starting with a Latin letter
// must start a word, and a w ending in "$" must also end one ("ce$" is
// the CE mark, not "cerca").
func hasWord(low, w string) bool {
	whole := strings.HasSuffix(w, "$")
	w = strings.TrimSuffix(w, "$")
	r, _ := utf8.DecodeRuneInString(w)
	if r >= utf8.RuneSelf || !unicode.IsLetter(r) {
		return strings.Contains(low, w)
	}
	for i := 0; ; {
		j := strings.Index(low[i:], w)
		if j < 0 {
			return false
		}
		j += i
		i = j + len(w)
		if j > 0 && wordRune(low[:j], true) {
			continue
		}
		if whole && i < len(low) && wordRune(low[i:], false) {
			continue
		}
		return true
	}
}

// wordRune reports whether the last (or first) rune of s is a letter or
// digit of a Latin-script word; CJK and Thai letters do not join words
// ("要CE认证" holds the word "ce").
func wordRune(s string, last bool) bool {
	var r rune
	if last {
		r, _ = utf8.DecodeLastRuneInString(s)
	} else {
		r, _ = utf8.DecodeRuneInString(s)
	}
	if unicode.Is(unicode.Han, r) || unicode.Is(unicode.Thai, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// intentTopic returns the topic named by the understanding's intent: the
// intent itself, or for a slot answer ("provide_info") the intent the
// classifier saw first, when confident enough.
func intentTopic(u kefu.Understanding) (Topic, bool) {
	in, conf := u.Intent, u.Confidence
	floor := MinIntentConfidence
	if in == kefu.IntentProvideInfo && len(u.Alternatives) > 0 {
		// A slot answer: "no, to Spain" was a weak shipping_time (0.45)
		// before it was an answer; only a confident question counts.
		in, conf, floor = u.Alternatives[0].Intent, u.Alternatives[0].Score, kefu.DefaultConfidenceThreshold
	}
	if t, ok := intentTopics[in]; ok && conf >= floor {
		return t, true
	}
	return "", false
}

// TopicOf returns what a message is about and whether the message itself
// says so: a confident intent of the cross-border family first, then the
// keywords, then the topic the conversation was on (slot SlotTopic,
// sure = false), then duty.
func TopicOf(u kefu.Understanding, text string, slots map[string]string) (Topic, bool) {
	if t, ok := intentTopic(u); ok {
		return t, true
	}
	if t, ok := keywordTopic(text); ok {
		return t, true
	}
	if t := Topic(slots[SlotTopic]); t.valid() {
		return t, false
	}
	return TopicDuty, false
}

// certificationKind guesses the product group of a certification question
// from its words when no product is known ("power bank", "toy").
func certificationKind(text string) string {
	low := strings.ToLower(text)
	for _, w := range []string{"玩具", "toy", "juguete", "giocattol", "spielzeug", "ของเล่น"} {
		if hasWord(low, w) {
			return "toys"
		}
	}
	for _, w := range []string{"充电宝", "移动电源", "耳机", "充电器", "电子", "power bank", "powerbank", "charger", "earbud", "headphone", "electronic",
		"cargador", "auricular", "electrónic", "caricatore", "cuffie", "auricolar", "elettronic", "ladegerät", "kopfhörer", "elektronik",
		"พาวเวอร์แบงก์", "แบตสำรอง", "หูฟัง", "ที่ชาร์จ", "อิเล็กทรอนิกส์"} {
		if hasWord(low, w) {
			return "electronics"
		}
	}
	return ""
}

// productKind maps a catalogue category to the fact subcategory used for
// certification questions.
func productKind(category string) string {
	switch strings.ToLower(category) {
	case "electronics", "audio", "outdoor", "computers", "phones":
		return "electronics"
	case "toys":
		return "toys"
	}
	return ""
}
