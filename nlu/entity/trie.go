package entity

import (
	"strings"
	"unicode/utf8"

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

// trieNode is one rune step. Children are few below the root, so a linear
// scan over keys beats a map.
type trieNode struct {
	keys []rune
	next []int32
	val  int32 // 1+index into vals; 0: no phrase ends here
}

// trie matches phrases rune by rune, case-folded, with runs of white space
// treated as one space. It is immutable after build.
type trie struct {
	nodes []trieNode
	root  map[rune]int32
	vals  []payload
}

func newTrie() *trie {
	return &trie{nodes: []trieNode{{}}, root: map[rune]int32{}}
}

// add inserts phrase; the first payload added for a phrase wins.
func (t *trie) add(phrase string, p payload) {
	phrase = strings.Join(strings.Fields(phrase), " ")
	if phrase == "" {
		return
	}
	cur := int32(0)
	for _, r := range phrase {
		r = script.Fold(r)
		var nx int32 = -1
		if cur == 0 {
			if n, ok := t.root[r]; ok {
				nx = n
			}
		} else {
			nd := &t.nodes[cur]
			for i, k := range nd.keys {
				if k == r {
					nx = nd.next[i]
					break
				}
			}
		}
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
	if t.nodes[cur].val == 0 {
		t.vals = append(t.vals, p)
		t.nodes[cur].val = int32(len(t.vals))
	}
}

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

// longest returns the end (exclusive byte offset) and payload of the
// longest phrase starting at byte i of s that ends on a word boundary and
// applies to lang, or -1.
func (t *trie) longest(s string, i int, lang string) (int, *payload) {
	best, bestV := -1, int32(0)
	cur := int32(0)
	var last rune
	for j := i; j < len(s); {
		r, n := utf8.DecodeRuneInString(s[j:])
		if script.IsSpace(r) {
			// Collapse a run of spaces.
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
		if v := t.nodes[cur].val; v != 0 && (!isWord(last) || !wordAt(s, j)) && applies(&t.vals[v-1], lang) {
			best, bestV = j, v
		}
	}
	if best < 0 {
		return -1, nil
	}
	return best, &t.vals[bestV-1]
}

// longestBack is longest for a trie of reversed phrases, walking left from
// byte end (exclusive); it returns the start of the match or -1.
func (t *trie) longestBack(s string, end int, lang string) (int, *payload) {
	best, bestV := -1, int32(0)
	cur := int32(0)
	for j := end; j > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		cur = t.child(cur, script.Fold(r))
		if cur < 0 {
			break
		}
		j -= n
		if v := t.nodes[cur].val; v != 0 && (!isWord(r) || !wordBefore(s, j)) && applies(&t.vals[v-1], lang) {
			best, bestV = j, v
		}
	}
	if best < 0 {
		return -1, nil
	}
	return best, &t.vals[bestV-1]
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

func reverse(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func isHan(r rune) bool {
	return r >= 0x3400 && r <= 0x9FFF || r >= 0xF900 && r <= 0xFAFF || r >= 0x20000 && r <= 0x3FFFF
}

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
