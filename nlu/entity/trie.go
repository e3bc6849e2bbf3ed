package entity

import (
	"unicode/utf8"

	"github.com/kefu-ai/kefu/internal/phrase"
	"github.com/kefu-ai/kefu/internal/script"
)

// payload is what a trie phrase stands for.
type payload struct {
	typ   string
	value string
	langs []string // nil: any language
	// num is a factor or a currency for unit tries.
	num float64
}

// trie matches gazetteer and unit phrases with the shared phrase matcher
// (case-folded, runs of white space as one space, whole words in spaced
// scripts). An apostrophe separates words here, so "d'Italia" holds
// "Italia". The first payload added for a phrase wins; it applies to the
// languages it lists.
type trie struct{ t *phrase.Trie[*payload] }

func newTrie() *trie { return &trie{phrase.NewSplitApostrophe[*payload]()} }

// add inserts phrase; the first payload added for a phrase wins.
func (t *trie) add(ph string, p payload) { t.t.Add(ph, "", &p) }

// pickApplies takes a phrase's payload if it applies to lang.
func pickApplies(es []phrase.Entry[*payload], lang string) (*payload, bool) {
	p := es[0].Val
	return p, applies(p, lang)
}

// longest returns the end (exclusive byte offset) and payload of the
// longest phrase starting at byte i of s that ends on a word boundary and
// applies to lang, or -1.
func (t *trie) longest(s string, i int, lang string) (int, *payload) {
	end, p, ok := t.t.Longest(s, i, lang, pickApplies)
	if !ok {
		return -1, nil
	}
	return end, p
}

// longestBack is longest for a trie of reversed phrases, walking left from
// byte end (exclusive); it returns the start of the match or -1.
func (t *trie) longestBack(s string, end int, lang string) (int, *payload) {
	start, p, ok := t.t.LongestBack(s, end, lang, pickApplies)
	if !ok {
		return -1, nil
	}
	return start, p
}

func applies(p *payload, lang string) bool {
	if p.langs == nil {
		return true
	}
	for _, l := range p.langs {
		if l == lang {
			return true
		}
	}
	return false
}

// reverse is the form longestBack wants phrases added in.
func reverse(s string) string { return phrase.Reverse(s) }

// wordAt reports whether a word rune starts at byte i.
func wordAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWord(r)
}

// wordBefore reports whether a word rune ends at byte i.
func wordBefore(s string, i int) bool {
	if i <= 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return isWord(r)
}

// isWord reports whether r belongs to a word of a space-separated script
// (see script.IsWord).
func isWord(r rune) bool { return script.IsWord(r, false) }
