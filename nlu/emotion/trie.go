package emotion

import (
	"strings"
	"unicode/utf8"

	"github.com/kefu-ai/kefu/internal/script"
)

// cue is what a lexicon phrase stands for.
type cue struct {
	label  int
	weight float64
}

type entry struct {
	cue
	lang string // "" for every language
}

type trieNode struct {
	keys []rune
	next []int32
	vals []entry // one per language that has the phrase
}

// trie matches lexicon phrases rune by rune, case-folded, with runs of
// spaces matching one space. It is immutable after the lexicons load.
type trie struct {
	nodes []trieNode
	root  map[rune]int32
}

func newTrie() *trie { return &trie{nodes: []trieNode{{}}, root: map[rune]int32{}} }

func (t *trie) child(cur int32, r rune) int32 {
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

func (t *trie) add(phrase string, c cue, lang string) {
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
			t.nodes = append(t.nodes, trieNode{})
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
		if e.lang == lang {
			return
		}
	}
	t.nodes[cur].vals = append(t.nodes[cur].vals, entry{c, lang})
}

// pick returns the entry for lang: its own, else the universal one, else
// English (customers mix English into every language), else, for an
// unknown language, any.
func pick(vals []entry, lang string) (cue, bool) {
	var univ, en, any *entry
	for i := range vals {
		e := &vals[i]
		switch e.lang {
		case lang:
			return e.cue, true
		case "":
			univ = e
		case "en":
			en = e
		}
		if any == nil {
			any = e
		}
	}
	switch {
	case univ != nil:
		return univ.cue, true
	case en != nil && en.label != labNeg && en.label != labInt:
		return en.cue, true
	case lang == "" && any != nil:
		return any.cue, true
	}
	return cue{}, false
}

// scanCues appends the longest cue at every position where a word can
// start, skipping over matched phrases.
func (d *Detector) scanCues(s, lang string, out []hit) []hit {
	t := d.cues
	prevWord := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		w := isWord(r)
		if !(w && prevWord) {
			if end, c, ok := t.longest(s, i, lang); ok {
				out = append(out, hit{c, i, end})
				prevWord = isWord(lastRune(s[:end]))
				i = end
				continue
			}
		}
		prevWord = w
		i += n
	}
	return out
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func (t *trie) longest(s string, i int, lang string) (int, cue, bool) {
	best, bestC, found := -1, cue{}, false
	cur := int32(0)
	var last rune
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
		last = r
		if vals := t.nodes[cur].vals; len(vals) > 0 && (!isWord(last) || !wordAt(s, j)) {
			if c, ok := pick(vals, lang); ok {
				best, bestC, found = j, c, true
			}
		}
	}
	return best, bestC, found
}

func wordAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWord(r)
}

// isWord reports whether r belongs to a word of a space-separated script
// (see script.IsWord).
func isWord(r rune) bool { return script.IsWord(r, true) }
