package intent

import (
	"bufio"
	"bytes"
	"slices"
	"strings"
	"testing"
)

func wordHash(w string) ([]rune, uint64) {
	h := uint64(seedWord)
	for _, r := range w {
		h = step(h, r)
	}
	return []rune(w), h
}

func mustConcepts(tb testing.TB) *conceptTable {
	tb.Helper()
	t, err := loadConcepts(ConceptsEnglish)
	if err != nil {
		tb.Fatal(err)
	}
	return t
}

// TestConceptLookup checks the shipped WordNet table through the lookup
// the featurizer uses: synonyms share a synset, inflections (regular and
// irregular) reach their lemma, function words and non-words get none.
func TestConceptLookup(t *testing.T) {
	ct := mustConcepts(t)
	look := func(w string) []uint32 { r, h := wordHash(w); return ct.lookup(r, h) }
	share := []struct{ a, b string }{
		{"buy", "purchase"},       // one synset, two words
		{"bought", "buy"},         // irregular form (verb.exc)
		{"purchased", "purchase"}, // -ed → -e
		{"flights", "flight"},     // -s
		{"boxes", "box"},          // -xes → -x
		{"cancelling", "cancel"},  // -ing
		{"mice", "mouse"},         // irregular plural
		{"movie", "film"},
		{"monday", "tuesday"}, // word clusters: used alike
		{"salmon", "tuna"},
		{"jacket", "shirt"},
		{"shop", "store"},
		{"vacation", "holiday"},
		{"wrong", "incorrect"},
	}
	for _, tt := range share {
		a, b := look(tt.a), look(tt.b)
		if !slices.ContainsFunc(a, func(id uint32) bool { return slices.Contains(b, id) }) {
			t.Errorf("%q %v and %q %v share no synset", tt.a, a, tt.b, b)
		}
	}
	none := []string{
		"the", "does", "was", "please", "would", // function words (does must not become doe)
		"ok", "hi", // shorter than 3
		"xyzzyq", "café", "a1c", "reembolso", "",
	}
	for _, w := range none {
		if got := look(w); len(got) != 0 {
			t.Errorf("lookup(%q) = %v, want none", w, got)
		}
	}
	if a, b := look("refund"), look("weather"); slices.ContainsFunc(a, func(id uint32) bool { return slices.Contains(b, id) }) {
		t.Errorf("refund %v and weather %v share a synset", a, b)
	}
}

func TestParseConceptsErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"# c\nbuy\tn13253751\nbuy n1\n", "line 3: want word<TAB>synsets"},
		{"buy\tq13253751\n", "line 1: bad synset"},
		{"buy\tn1325375\n", "line 1: bad synset"},
		{"buy\tn1325375x\n", "line 1: bad synset"},
		{"buy\t" + strings.Repeat("n00000001 ", 16) + "\n", "line 1: too many synsets"},
	}
	for _, tt := range tests {
		_, err := parseConcepts(bufio.NewScanner(strings.NewReader(tt.in)))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("parseConcepts(%q) = %v, want %q", tt.in, err, tt.want)
		}
	}
	if _, err := loadConcepts("xx-wordnet"); err == nil {
		t.Error("loadConcepts(unknown) succeeded")
	}
}

// TestConceptFeatures checks what the option does: with the table,
// synonyms share a word feature (without it they share none), it is on by
// default, and its name is stored in the file and comes back on Load.
func TestConceptFeatures(t *testing.T) {
	f, err := newFeaturizer(Options{Buckets: 1 << 19, CharMin: 2, CharMax: 5, DenseMax: 4, WordWeight: 2, Concepts: ConceptsEnglish})
	if err != nil {
		t.Fatal(err)
	}
	s := &scratch{}
	_, a := f.buckets("purchase", s, nil, nil)
	a = slices.Clone(a)
	_, b := f.buckets("buy", s, nil, nil)
	if !slices.ContainsFunc(a, func(x uint32) bool { return slices.Contains(b, x) }) {
		t.Errorf("purchase %v and buy %v share no word feature", a, b)
	}
	// A message with an unspaced script is not English: its Latin words
	// get no concepts.
	_, a = f.buckets("purchase 东西", s, nil, nil)
	a = slices.Clone(a)
	_, b = f.buckets("buy", s, nil, nil)
	if slices.ContainsFunc(a, func(x uint32) bool { return slices.Contains(b, x) }) {
		t.Errorf("purchase in a Chinese message %v shares a feature with buy %v", a, b)
	}
	f.concepts = nil
	_, a = f.buckets("purchase", s, nil, nil)
	a = slices.Clone(a)
	_, b = f.buckets("buy", s, nil, nil)
	if slices.ContainsFunc(a, func(x uint32) bool { return slices.Contains(b, x) }) {
		t.Errorf("without concepts purchase %v and buy %v share a word feature", a, b)
	}

	m := mustTrain(t, toyExamples(), Options{Seed: 1})
	if got := m.Meta().Options.Concepts; got != ConceptsEnglish {
		t.Fatalf("default Concepts = %q, want %q", got, ConceptsEnglish)
	}
	if got := mustTrain(t, toyExamples(), Options{Seed: 1, NoConcepts: true}).Meta().Options.Concepts; got != "" {
		t.Fatalf("NoConcepts: Concepts = %q", got)
	}
	got, err := Load(bytes.NewReader(mustSave(t, m)))
	if err != nil {
		t.Fatal(err)
	}
	if got.Meta().Options.Concepts != ConceptsEnglish || got.feat.concepts == nil {
		t.Fatalf("loaded model lost its concept table: %q", got.Meta().Options.Concepts)
	}
}

// TestCrossGrams checks the character n-grams spanning two words: "to
// do" and "to-do" give the same ones (any gap reads as one space), none
// is a plain in-word n-gram, and they stop at CrossMax.
func TestCrossGrams(t *testing.T) {
	f := featurizer{mask: 1<<19 - 1, crossMax: 5}
	hash := func(s string) uint32 {
		h := uint64(seedCross)
		for _, r := range s {
			h = step(h, r)
		}
		return uint32(fmix(h)) & f.mask
	}
	tests := []struct {
		left, right string
		want        []string
	}{
		{"to", "do", []string{"o d", "o do", "to d", "to do"}},
		{"i", "am", []string{"i a", "i am"}},
		{"order", "status", []string{"r s", "r st", "r sta", "er s", "er st", "der s"}},
		{"a", "b", []string{"a b"}}, // exactly 3 runes
	}
	for _, tt := range tests {
		got := f.crossGrams([]rune(tt.left), []rune(tt.right), nil)
		var want []uint32
		for _, w := range tt.want {
			want = append(want, hash(w))
		}
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("crossGrams(%q, %q) = %v, want %v (%q)", tt.left, tt.right, got, want, tt.want)
		}
	}
	f.crossMax = 3
	if got := f.crossGrams([]rune("order"), []rune("status"), nil); len(got) != 1 || got[0] != hash("r s") {
		t.Errorf("CrossMax 3: %v, want only \"r s\"", got)
	}
	// Through buckets: "to-do" and "to do" share them; "todo" has none.
	f = featurizer{mask: 1<<19 - 1, charMin: 2, charMax: 5, crossMax: 5, wordWeight: 1}
	s := &scratch{}
	a, _ := f.buckets("my to-do list", s, nil, nil)
	a = slices.Clone(a)
	b, _ := f.buckets("my to do list", s, nil, nil)
	slices.Sort(a)
	slices.Sort(b)
	if !slices.Equal(a, b) {
		t.Errorf("to-do and to do differ: %v vs %v", a, b)
	}
	if c, _ := f.buckets("todo", s, nil, nil); slices.Contains(c, hash("o d")) {
		t.Error(`"todo" has the cross-word n-gram "o d"`)
	}
}
