// Package phrase matches lexicon phrases inside chat text: case-folded,
// with runs of spaces matching one space, whole words in space-separated
// scripts and anywhere in scripts written without spaces (Chinese,
// Japanese, Thai). Each phrase carries a value per language.
package phrase

import (
	"strings"
	"unicode/utf8"

	"github.com/kefu-ai/kefu/internal/script"
)

// Entry is a phrase's value for one language; Lang "" is every language.
type Entry[V any] struct {
	Lang string
	Val  V
}

// Pick chooses, among the entries of a phrase found in a message of
// language lang, the one that applies; ok false skips the phrase.
type Pick[V any] func(entries []Entry[V], lang string) (v V, ok bool)

type node[V any] struct {
	keys []rune
	next []int32
	vals []Entry[V]
}

// Trie holds phrases. Build it with Add, then use it read-only: it is
// safe for concurrent readers once no Add runs.
type Trie[V any] struct {
	nodes []node[V]
	root  map[rune]int32
	// apostrophe: ' joins words ("don't" is one word); else it separates
	// them ("l'Italia" holds the word "Italia").
	apostrophe bool
}

// New returns an empty Trie in which ' joins words.
func New[V any]() *Trie[V] { return newTrie[V](true) }

// NewSplitApostrophe returns an empty Trie in which ' separates words, so
// a phrase matches after an elided article: "Italia" in "d'Italia".
func NewSplitApostrophe[V any]() *Trie[V] { return newTrie[V](false) }

func newTrie[V any](apostrophe bool) *Trie[V] {
	return &Trie[V]{nodes: []node[V]{{}}, root: map[rune]int32{}, apostrophe: apostrophe}
}

func (t *Trie[V]) child(cur int32, r rune) int32 {
	if cur == 0 {
		if n, ok := t.root[r]; ok {
			return n
		}
		return -1
	}
	nd := &t.nodes[cur]
	for i, k := range nd.keys {
		if k == r {
			return nd.next[i]
		}
	}
	return -1
}

// Add stores phrase with val for lang ("" for every language). A phrase
// added twice for the same language keeps its first value.
func (t *Trie[V]) Add(phrase, lang string, val V) {
	phrase = strings.Join(strings.Fields(phrase), " ")
	if phrase == "" {
		return
	}
	cur := int32(0)
	for _, r := range phrase {
		r = script.Fold(r)
		nx := t.child(cur, r)
		if nx < 0 {
			nx = int32(len(t.nodes))
			t.nodes = append(t.nodes, node[V]{})
			if cur == 0 {
				t.root[r] = nx
			} else {
				t.nodes[cur].keys = append(t.nodes[cur].keys, r)
				t.nodes[cur].next = append(t.nodes[cur].next, nx)
			}
		}
		cur = nx
	}
	for _, e := range t.nodes[cur].vals {
		if e.Lang == lang {
			return
		}
	}
	t.nodes[cur].vals = append(t.nodes[cur].vals, Entry[V]{lang, val})
}

// Match is one phrase found in a text: s[Start:End] matched, with Val.
type Match[V any] struct {
	Start, End int
	Val        V
}

// PickLanguage is the usual Pick: the entry of lang, else the universal
// one, else the English one (customers mix English into every language).
func PickLanguage[V any](entries []Entry[V], lang string) (V, bool) {
	var univ, en *Entry[V]
	for i := range entries {
		switch e := &entries[i]; e.Lang {
		case lang:
			return e.Val, true
		case "":
			univ = e
		case "en":
			en = e
		}
	}
	switch {
	case univ != nil:
		return univ.Val, true
	case en != nil:
		return en.Val, true
	}
	var zero V
	return zero, false
}

// FindAll appends to out the longest phrase at every position where a
// word can start, left to right, skipping over what matched; entries are
// chosen by PickLanguage.
func (t *Trie[V]) FindAll(s, lang string, out []Match[V]) []Match[V] {
	return t.FindAllFunc(s, lang, PickLanguage[V], out)
}

// FindAllFunc is FindAll with entries chosen by pick.
func (t *Trie[V]) FindAllFunc(s, lang string, pick Pick[V], out []Match[V]) []Match[V] {
	prevWord := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		w := t.isWord(r)
		if !(w && prevWord) {
			if end, v, ok := t.Longest(s, i, lang, pick); ok {
				out = append(out, Match[V]{i, end, v})
				prevWord = t.isWord(lastRune(s[:end]))
				i = end
				continue
			}
		}
		prevWord = w
		i += n
	}
	return out
}

// Longest returns the end (exclusive byte offset) and value of the longest
// phrase that starts at byte i of s, ends on a word boundary and has an
// entry pick accepts for lang; ok is false if none does. Runs of white
// space in s match one space. Whether a word also starts at i is the
// caller's business (FindAll checks it).
func (t *Trie[V]) Longest(s string, i int, lang string, pick Pick[V]) (end int, v V, ok bool) {
	var (
		best  = -1
		bestV V
		found bool
		cur   int32
	)
	for j := i; j < len(s); {
		r, n := utf8.DecodeRuneInString(s[j:])
		if script.IsSpace(r) {
			k := j + n
			for k < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[k:])
				if !script.IsSpace(r2) {
					break
				}
				k += n2
			}
			r, n = ' ', k-j
		}
		cur = t.child(cur, script.Fold(r))
		if cur < 0 {
			break
		}
		j += n
		if vals := t.nodes[cur].vals; len(vals) > 0 && (!t.isWord(r) || !t.wordAt(s, j)) {
			if v, ok := pick(vals, lang); ok {
				best, bestV, found = j, v, true
			}
		}
	}
	return best, bestV, found
}

// LongestBack is Longest for a trie whose phrases were added reversed
// (see Reverse): it walks left from byte end (exclusive) and returns where
// the longest match starts. White space is matched as added.
func (t *Trie[V]) LongestBack(s string, end int, lang string, pick Pick[V]) (start int, v V, ok bool) {
	best, found := -1, false
	var bestV V
	cur := int32(0)
	for j := end; j > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		cur = t.child(cur, script.Fold(r))
		if cur < 0 {
			break
		}
		j -= n
		if vals := t.nodes[cur].vals; len(vals) > 0 && (!t.isWord(r) || !t.wordBefore(s, j)) {
			if v, ok := pick(vals, lang); ok {
				best, bestV, found = j, v, true
			}
		}
	}
	return best, bestV, found
}

// Reverse returns s with its runes in reverse order, the form LongestBack
// wants phrases added in.
func Reverse(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func (t *Trie[V]) wordAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return t.isWord(r)
}

func (t *Trie[V]) wordBefore(s string, i int) bool {
	if i <= 0 {
		return false
	}
	return t.isWord(lastRune(s[:i]))
}

// isWord reports whether r belongs to a word of a space-separated script.
func (t *Trie[V]) isWord(r rune) bool { return script.IsWord(r, t.apostrophe) }
