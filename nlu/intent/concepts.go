package intent

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"strings"
	"sync"

	nludata "github.com/kefu-ai/kefu/data/nlu"
)

// ConceptsEnglish names the English concept table shipped in
// data/nlu/concepts: each word form's WordNet 3.0 synset of its most
// frequent sense per part of speech, plus the word's distributional
// clusters at three granularities (scripts/word-clusters.py). It is the
// default Options.Concepts.
const ConceptsEnglish = "en-wordnet-clusters"

// seedConcept keeps concept features apart from the other feature kinds.
const seedConcept = 0x51ed27a1c0ffee11

// conceptTable maps a word (by the featurizer's word hash) to the synsets
// it may mean and the clusters of words used like it, so that words
// sharing a meaning share features: "purchase" and "buy", "movie" and
// "film", "bought" and "buy". A word present with no ids (a function word)
// stops the suffix rules.
type conceptTable struct {
	span map[uint64]uint32 // word hash -> start<<4 | count in ids
	ids  []uint32          // synset offset·4 + part of speech
}

// suffixRules undo regular English inflections, WordNet's "morphy"
// detachment rules in its order: the first rule whose result is a known
// word wins. Irregular forms are entries of the table.
var suffixRules = [...]struct{ cut, add string }{
	{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"},
	{"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""},
	{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"},
}

var conceptTables = struct {
	sync.Mutex
	m map[string]*conceptTable
}{m: map[string]*conceptTable{}}

// loadConcepts returns the named concept table, parsed once per process
// ("" is no table).
func loadConcepts(name string) (*conceptTable, error) {
	if name == "" {
		return nil, nil
	}
	if name != ConceptsEnglish {
		return nil, fmt.Errorf("intent: unknown concept table %q", name)
	}
	conceptTables.Lock()
	defer conceptTables.Unlock()
	if t := conceptTables.m[name]; t != nil {
		return t, nil
	}
	f, err := nludata.Files.Open("concepts/" + name + ".tsv.gz")
	if err != nil {
		return nil, fmt.Errorf("intent: concept table: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("intent: concept table: %w", err)
	}
	t, err := parseConcepts(bufio.NewScanner(zr))
	if err != nil {
		return nil, err
	}
	conceptTables.m[name] = t
	return t, nil
}

// parseConcepts reads "word<TAB>n01234567 v07654321" lines; # starts a
// comment line.
func parseConcepts(sc *bufio.Scanner) (*conceptTable, error) {
	t := &conceptTable{span: make(map[uint64]uint32, 1<<17)}
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || s[0] == '#' {
			continue
		}
		word, syns, ok := strings.Cut(s, "\t")
		if !ok || word == "" {
			return nil, fmt.Errorf("intent: concept table line %d: want word<TAB>synsets", line)
		}
		start := len(t.ids)
		for _, c := range strings.Fields(syns) {
			pos := strings.IndexByte("nvar", c[0])
			var off uint32
			if pos < 0 || len(c) != 9 {
				return nil, fmt.Errorf("intent: concept table line %d: bad synset %q", line, c)
			}
			for _, d := range c[1:] {
				if d < '0' || d > '9' {
					return nil, fmt.Errorf("intent: concept table line %d: bad synset %q", line, c)
				}
				off = off*10 + uint32(d-'0')
			}
			t.ids = append(t.ids, off*4+uint32(pos))
		}
		n := len(t.ids) - start
		if n > 15 || start >= 1<<27 {
			return nil, fmt.Errorf("intent: concept table line %d: too many synsets", line)
		}
		h := uint64(seedWord)
		for _, r := range word {
			h = step(h, r)
		}
		t.span[h] = uint32(start)<<4 | uint32(n)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("intent: concept table: %w", err)
	}
	return t, nil
}

func (t *conceptTable) get(h uint64) ([]uint32, bool) {
	v, ok := t.span[h]
	if !ok {
		return nil, false
	}
	return t.ids[v>>4 : v>>4+v&15], true
}

// lookup returns the synsets of a lower-cased word (its runes w, its
// word hash hw): the word's own entry, else that of the first suffix
// rule's result. Words shorter than 3 letters or with anything but a-z
// have none.
func (t *conceptTable) lookup(w []rune, hw uint64) []uint32 {
	if len(w) < 3 {
		return nil
	}
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return nil
		}
	}
	if ids, ok := t.get(hw); ok {
		return ids
	}
	for _, rule := range suffixRules {
		n := len(w) - len(rule.cut)
		if n < 2 || !hasSuffix(w, rule.cut) {
			continue
		}
		h := uint64(seedWord)
		for _, r := range w[:n] {
			h = step(h, r)
		}
		for _, r := range rule.add {
			h = step(h, r)
		}
		if ids, ok := t.get(h); ok {
			return ids
		}
	}
	return nil
}

func hasSuffix(w []rune, s string) bool {
	if len(s) > len(w) {
		return false
	}
	w = w[len(w)-len(s):]
	for i := 0; i < len(s); i++ {
		if w[i] != rune(s[i]) {
			return false
		}
	}
	return true
}
