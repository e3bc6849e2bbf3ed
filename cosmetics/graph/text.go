package graph

import (
	"regexp"
	"strings"

	"github.com/kefu-ai/kefu"
)

// keyword maps a phrase in a product's name or description to a value.
type keyword struct{ phrase, value string }

// Keywords read from the name, then the description, when no attribute
// gives the dimension. Per dimension, the name wins; else the phrase that
// occurs first in the description. Matching is on whole words, lower case.
var (
	finishWords = []keyword{{"soft matte", "matte"}, {"matte", "matte"}, {"mattifying", "matte"},
		{"dewy", "dewy"}, {"radiant", "radiant"}, {"luminous", "radiant"}, {"satin", "satin"},
		{"natural finish", "natural"}}
	textureWords = []keyword{{"water-gel", "gel"}, {"gel", "gel"}, {"fluid", "fluid"}, {"lotion", "lotion"},
		{"milky", "milk"}, {"milk", "milk"}, {"cream", "cream"}, {"balm", "balm"}, {"cleansing oil", "oil"},
		{"face oil", "oil"}, {"facial oil", "oil"}, {"foaming", "foam"}, {"foam", "foam"}, {"serum", "serum"},
		{"liquid", "liquid"}, {"powder", "powder"}, {"stick", "stick"}, {"mist", "mist"}, {"mousse", "mousse"}}
	// weightWords are read as well as textureWords: a texture may be a
	// gel and lightweight.
	weightWords = []keyword{{"lightweight", "lightweight"}, {"weightless", "lightweight"}, {"water-light", "lightweight"},
		{"non-greasy", "lightweight"}, {"rich", "rich"}, {"buttery", "rich"}, {"balm", "rich"}}
	coverageWords = []keyword{{"sheer", "sheer"}, {"light-to-medium coverage", "light-medium"},
		{"light to medium coverage", "light-medium"}, {"medium-to-full coverage", "medium-full"},
		{"light coverage", "light"}, {"medium-coverage", "medium"}, {"medium coverage", "medium"},
		{"full-coverage", "full"}, {"full coverage", "full"}, {"buildable", "buildable"}}
	// negations are blanked out before textures are read: "non-foaming" is
	// not a foam, "oil-free" not an oil.
	negations  = []string{"non-foaming", "oil-free", "oil free", "oil control", "non-greasy"}
	longWearRE = regexp.MustCompile(`(?i)long[- ]?(wear|lasting)|up to \d+ ?(h|hours)|all[- ]day|transfer[- ]proof`)
	spfRE      = regexp.MustCompile(`(?i)\bspf\s*(\d{1,3}\+?)`)
)

// text reads finish, texture, coverage, SPF and long-wear claims from the
// name and description, for dimensions no attribute filled.
func (s *state) text(p *kefu.Product) {
	name, desc := strings.ToLower(p.Name), strings.ToLower(p.Description)
	if len(s.p.Tags[DimFinish]) == 0 {
		s.keywords(DimFinish, finishWords, name, desc)
	}
	if len(s.p.Tags[DimTexture]) == 0 {
		s.keywords(DimTexture, weightWords, name, desc)
		s.keywords(DimTexture, textureWords, blank(name), blank(desc))
	}
	if len(s.p.Tags[DimCoverage]) == 0 && s.has("makeup") {
		s.keywords(DimCoverage, coverageWords, name, desc)
	}
	if !s.has("spf") {
		for _, t := range []struct{ attr, text string }{{"name", p.Name}, {"description", p.Description}} {
			if m := spfRE.FindStringSubmatch(t.text); m != nil {
				s.spf(m[1], Evidence{Kind: KindText, Attribute: t.attr, Note: m[0]})
				break
			}
		}
	}
	if m := longWearRE.FindString(p.Name + " " + p.Description); m != "" {
		s.set("text:long-wear", "", "description")
	}
}

// keywords adds the value of the first phrase found in name, else the
// one found earliest in desc.
func (s *state) keywords(d Dimension, words []keyword, name, desc string) {
	for _, t := range []struct{ attr, text string }{{"name", name}, {"description", desc}} {
		best, at := -1, len(t.text)
		for i, w := range words {
			if j := wordIndex(t.text, w.phrase); j >= 0 && j < at {
				best, at = i, j
			}
		}
		if best >= 0 {
			s.add(d, words[best].value, "", Evidence{Kind: KindText, Attribute: t.attr, Note: words[best].phrase})
			return
		}
	}
}

// wordIndex returns where phrase occurs in s as whole words, or -1.
func wordIndex(s, phrase string) int {
	for from := 0; ; {
		i := strings.Index(s[from:], phrase)
		if i < 0 {
			return -1
		}
		i += from
		end := i + len(phrase)
		if (i == 0 || !isWordByte(s[i-1])) && (end == len(s) || !isWordByte(s[end])) {
			return i
		}
		from = i + 1
	}
}

func isWordByte(b byte) bool { return 'a' <= b && b <= 'z' || '0' <= b && b <= '9' || b == '-' }

// blank replaces negated phrases with spaces.
func blank(s string) string {
	for _, n := range negations {
		s = strings.ReplaceAll(s, n, strings.Repeat(" ", len(n)))
	}
	return s
}
