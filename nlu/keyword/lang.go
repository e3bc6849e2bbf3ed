package keyword

import (
	"strings"

	"github.com/kefu-ai/kefu"
	"unicode"
)

// latinStopwords are short, frequent words that identify a Latin-script
// language in chat messages of one to a few words.
var latinStopwords = map[string][]string{
	"en": {"the", "is", "my", "where", "what", "when", "how", "you", "your", "i", "it", "to", "and", "of", "please", "thanks", "thank", "hello", "hi", "order", "can", "do", "not", "yet", "want", "need", "with", "this", "was", "are"},
	"es": {"el", "la", "los", "las", "mi", "es", "está", "esta", "donde", "dónde", "qué", "que", "cuándo", "cuando", "por", "para", "pedido", "gracias", "hola", "quiero", "necesito", "no", "un", "una", "del", "con", "mis", "llega", "todavía", "aún", "buenos", "días", "envío"},
	"it": {"il", "lo", "gli", "mio", "mia", "è", "dove", "quando", "ordine", "grazie", "ciao", "buongiorno", "voglio", "non", "ancora", "della", "del", "per", "che", "sono", "spedizione", "quanto", "costa", "dogana"},
	"de": {"der", "die", "das", "ist", "mein", "meine", "wo", "wann", "bestellung", "danke", "hallo", "ich", "nicht", "noch", "und", "mit", "für", "zoll", "lieferung", "bitte", "wie", "lange", "ein", "eine"},
	"fr": {"le", "les", "mon", "ma", "mes", "est", "où", "quand", "commande", "merci", "bonjour", "je", "ne", "pas", "encore", "avec", "pour", "une", "des", "livraison", "colis"},
	"pt": {"o", "os", "meu", "minha", "onde", "está", "quando", "pedido", "obrigado", "obrigada", "olá", "oi", "eu", "não", "ainda", "com", "para", "uma", "entrega", "encomenda"},
	"ms": {"saya", "di", "mana", "pesanan", "terima", "kasih", "bila", "sampai", "belum", "tidak", "dengan", "untuk", "ini", "itu", "apa", "boleh", "tolong", "hai", "selamat", "barang", "bungkusan"},
	"nl": {"de", "het", "mijn", "waar", "wanneer", "bestelling", "bedankt", "hallo", "ik", "niet", "nog", "een", "met", "voor", "is"},
}

// latinIndex maps a stopword to the languages using it.
type latinIndex map[string][]string

func newLatinIndex() latinIndex {
	idx := latinIndex{}
	for lang, words := range latinStopwords {
		for _, w := range words {
			w = fold(w)
			idx[w] = append(idx[w], lang)
		}
	}
	return idx
}

// detect returns the message's language and a confidence in [0,1]. Scripts
// other than Latin decide by themselves; Latin text is scored by stopwords
// and keyword hits. hint (the conversation's language) breaks ties and is
// returned for messages with no evidence at all (digits, emoji).
func (u *Understander) detect(text, low, hint string, hits []*entry) (string, float64) {
	var han, kana, hangul, thai, arabic, cyr, latin int
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			kana++
		case unicode.Is(unicode.Hangul, r):
			hangul++
		case unicode.Is(unicode.Thai, r):
			thai++
		case unicode.Is(unicode.Arabic, r):
			arabic++
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
		case unicode.Is(unicode.Latin, r):
			latin++
		}
	}
	switch {
	case kana > 0:
		return "ja", 0.95
	case thai > 0 && thai >= han:
		return "th", 0.97
	case han > 0:
		return "zh", 0.95
	case hangul > 0:
		return "ko", 0.95
	case arabic > 0:
		return "ar", 0.95
	case cyr > 0:
		return "ru", 0.9
	case latin == 0:
		if hint != "" {
			return hint, 0.3
		}
		return "", 0
	}
	score := map[string]float64{}
	for _, w := range words(low) {
		for _, l := range u.latin[w] {
			score[l]++
		}
	}
	// Keyword hits are strong evidence too ("gracias", "terima kasih");
	// "human" is shared by too many languages to count.
	for _, e := range hits {
		if e.latin && e.intent != kefu.IntentHuman {
			score[e.lang] += 1.5
		}
	}
	best, second := "", 0.0
	var bestScore float64
	for l, s := range score {
		if s > bestScore || s == bestScore && (l == hint || best == "" || l < best && best != hint) {
			second = bestScore
			best, bestScore = l, s
		} else if s > second {
			second = s
		}
	}
	if best == "" {
		if hint != "" && hint != "zh" && hint != "th" && hint != "ja" && hint != "ko" {
			return hint, 0.3
		}
		return "en", 0.3
	}
	if hint != "" && score[hint] == bestScore {
		best = hint
	}
	conf := 0.5 + 0.5*(bestScore-second)/(bestScore+1)
	return best, conf
}

// words splits already folded text into words.
func words(low string) []string {
	return strings.FieldsFunc(low, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
}

// fold lowercases and strips common Latin diacritics so that "dónde" and
// "donde" match the same keyword.
func fold(s string) string {
	s = strings.ToLower(s)
	return diacritics.Replace(s)
}

var diacritics = strings.NewReplacer(
	"á", "a", "à", "a", "â", "a", "ä", "a", "ã", "a",
	"é", "e", "è", "e", "ê", "e", "ë", "e",
	"í", "i", "ì", "i", "î", "i", "ï", "i",
	"ó", "o", "ò", "o", "ô", "o", "ö", "o", "õ", "o",
	"ú", "u", "ù", "u", "û", "u", "ü", "u",
	"ñ", "n", "ç", "c", "ß", "ss",
)

// containsWord reports whether kw occurs in s at word boundaries (kw may
// contain spaces). Both are already folded.
func containsWord(s, kw string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], kw)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(kw)
		if (start == 0 || !isWordByte(s[start-1])) && (end == len(s) || !isWordByte(s[end])) {
			return true
		}
		i = start + 1
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 0x80
}
