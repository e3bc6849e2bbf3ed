package translate

import (
	"context"
	"strings"

	"github.com/kefu-ai/kefu"
)

// Request is one text to translate. From and To are BCP 47 language tags;
// only their base subtag is used ("pt-BR" is "pt"). TenantID selects the
// tenant's glossary and cache entries; when empty, the Chain takes it from
// the context (kefu.TenantIDFromContext).
type Request struct {
	Text     string
	From     string
	To       string
	TenantID string
}

// Result is a translated text. Machine reports whether Text was produced
// by machine translation (false when the original text is returned
// unchanged); Cached reports whether it came from the Chain's cache.
// Provider names the provider that produced it ("apertium",
// "libretranslate", "openai"), empty when Machine is false.
type Result struct {
	Text     string
	From     string
	To       string
	Provider string
	Machine  bool
	Cached   bool
}

// Translator translates text between languages.
//
// Translate returns an error coded kefu.ENOTIMPLEMENTED when the pair is
// not supported, and honours ctx's deadline and cancellation. Supports
// reports, without I/O, whether the translator may serve a pair of base
// language codes; implementations must be safe for concurrent use.
type Translator interface {
	Translate(ctx context.Context, req Request) (Result, error)
	Supports(from, to string) bool
}

// Base returns the lowercase base subtag of a BCP 47 tag: "pt-BR" and
// "pt_br" give "pt". Three-letter ISO 639-3 codes with a two-letter
// equivalent are mapped to it ("spa" gives "es").
func Base(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if two, ok := iso3to1[tag]; ok {
		return two
	}
	return tag
}

// iso3to1 maps the ISO 639-3 (and 639-2/B) codes used by Apertium's
// language pairs to ISO 639-1. It is read-only.
var iso3to1 = map[string]string{
	"afr": "af", "arg": "an", "bel": "be", "bre": "br", "bul": "bg",
	"cat": "ca", "dan": "da", "eng": "en", "epo": "eo", "eus": "eu",
	"fra": "fr", "fre": "fr", "glg": "gl", "hin": "hi", "isl": "is",
	"ita": "it", "mkd": "mk", "nld": "nl", "nno": "nn", "nob": "nb",
	"nor": "no", "oci": "oc", "pol": "pl", "por": "pt", "ron": "ro",
	"rus": "ru", "slv": "sl", "spa": "es", "srd": "sc", "swe": "sv",
	"ukr": "uk", "urd": "ur", "ind": "id", "zlm": "ms", "zsm": "ms",
	"msa": "ms", "deu": "de", "ger": "de", "zho": "zh", "jpn": "ja",
	"kor": "ko", "ara": "ar", "tha": "th", "vie": "vi", "tur": "tr",
	"hbs": "sh",
}

// errNoPair returns the error for a pair a translator does not cover.
func errNoPair(op, from, to string) error {
	return &kefu.Error{Code: kefu.ENOTIMPLEMENTED, Op: op,
		Message: "no machine translation from " + from + " to " + to}
}
