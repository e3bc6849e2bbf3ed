package normalize

import (
	"sort"
	"unicode"
	"unicode/utf8"
)

// trie finds lexicon keys by longest match. It is a byte trie frozen into
// flat arrays: root indexes the first byte directly, deeper nodes keep their
// children as a sorted run of edges.
type trie struct {
	words   bool // match whole words only (languages written with spaces)
	root    [256]int32
	nodes   []tnode
	edges   []tedge
	entries []tentry
	build   []bnode // only while adding; nil after freeze
}

type tnode struct {
	first, n int32 // children: edges[first : first+n]
	out      int32 // index into entries, or -1
}

type tedge struct {
	b    byte
	next int32
}

type tentry struct {
	to         string
	start, end bool
}

type bnode struct {
	kids map[byte]int32
	out  int32
}

func newTrie(words bool) *trie {
	return &trie{words: words, build: []bnode{{kids: map[byte]int32{}, out: -1}}}
}

// add inserts from → to. A later duplicate key replaces an earlier one (the
// lexicon tests reject duplicates in the data).
func (t *trie) add(from, to string, start, end bool) {
	n := int32(0)
	for i := 0; i < len(from); i++ {
		next, ok := t.build[n].kids[from[i]]
		if !ok {
			next = int32(len(t.build))
			t.build = append(t.build, bnode{kids: map[byte]int32{}, out: -1})
			t.build[n].kids[from[i]] = next
		}
		n = next
	}
	t.entries = append(t.entries, tentry{to: to, start: start || t.words, end: end || t.words})
	t.build[n].out = int32(len(t.entries) - 1)
}

// freeze builds the flat arrays from the build nodes and drops them; call
// it once after the last add. Node 0 is the root;
// nodes keep their build indices.
func (t *trie) freeze() {
	t.nodes = make([]tnode, len(t.build))
	t.edges = t.edges[:0]
	t.root = [256]int32{}
	for i, b := range t.build {
		keys := make([]int, 0, len(b.kids))
		for k := range b.kids {
			keys = append(keys, int(k))
		}
		sort.Ints(keys)
		t.nodes[i] = tnode{first: int32(len(t.edges)), n: int32(len(keys)), out: b.out}
		for _, k := range keys {
			t.edges = append(t.edges, tedge{b: byte(k), next: b.kids[byte(k)]})
			if i == 0 {
				t.root[k] = b.kids[byte(k)]
			}
		}
	}
	t.build = nil
}

func (t *trie) child(n int32, b byte) int32 {
	nd := &t.nodes[n]
	for _, e := range t.edges[nd.first : nd.first+nd.n] {
		if e.b == b {
			return e.next
		}
		if e.b > b {
			break
		}
	}
	return 0
}

// isWordRune reports whether r is part of a word for anchors and
// whole-word matching.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// replace appends src to dst with every lexicon key replaced, scanning left
// to right and taking the longest key whose anchors hold at each position.
// It reports whether anything was replaced.
func (t *trie) replace(dst, src []byte) ([]byte, bool) {
	changed := false
	prevWord := false // the rune before i is a word rune
	for i := 0; i < len(src); {
		if !(t.words && prevWord) {
			best, bestEnd := int32(-1), 0
			for n, j := t.root[src[i]], i+1; n != 0; j++ {
				if o := t.nodes[n].out; o >= 0 {
					e := &t.entries[o]
					if (!e.start || !prevWord) && (!e.end || j == len(src) || !startsWord(src[j:])) {
						best, bestEnd = o, j
					}
				}
				if j == len(src) {
					break
				}
				n = t.child(n, src[j])
			}
			if best >= 0 {
				to := t.entries[best].to
				dst = append(dst, to...)
				changed = true
				if to != "" {
					r, _ := utf8.DecodeLastRuneInString(to)
					prevWord = isWordRune(r)
				}
				// After a deletion, the rune before stays what it was.
				i = bestEnd
				continue
			}
		}
		r, size := utf8.DecodeRune(src[i:])
		dst = append(dst, src[i:i+size]...)
		prevWord = isWordRune(r)
		i += size
	}
	return dst, changed
}

func startsWord(b []byte) bool {
	r, _ := utf8.DecodeRune(b)
	return isWordRune(r)
}
