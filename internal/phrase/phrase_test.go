package phrase

import (
	"reflect"
	"testing"
)

func TestFindAll(t *testing.T) {
	tr := New[string]()
	tr.Add("lawyer", "en", "legal")
	tr.Add("food  poisoning", "", "health")
	tr.Add("sue", "en", "legal")
	tr.Add("律师", "zh", "legal")
	tr.Add("食物中毒", "zh", "health")
	tr.Add("abogado", "es", "legal")
	tr.Add("ฟ้อง", "th", "legal")
	tr.Add("fraude", "es", "fraud")
	tr.Add("fraude", "pt", "fraud-pt")
	for _, tc := range []struct {
		name, text, lang string
		want             []string
	}{
		{"word", "I will call my LAWYER!", "en", []string{"legal"}},
		{"not inside a word", "pursue the issue", "en", nil},
		{"spaces fold", "this is food \t poisoning", "en", []string{"health"}},
		{"han inside text", "我要找律师,吃了食物中毒", "zh", []string{"legal", "health"}},
		{"thai without spaces", "จะฟ้องร้องแน่นอน", "th", []string{"legal"}},
		{"language's own value", "es un fraude", "pt", []string{"fraud-pt"}},
		{"english mixed in", "voy a llamar a mi lawyer", "es", []string{"legal"}},
		{"universal", "intoxicación? food poisoning", "es", []string{"health"}},
		{"other language only", "mi abogado", "en", nil},
		{"empty", "", "en", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, m := range tr.FindAll(tc.text, tc.lang, nil) {
				got = append(got, m.Val)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("FindAll(%q, %s) = %v, want %v", tc.text, tc.lang, got, tc.want)
			}
		})
	}
}

func TestMatchOffsets(t *testing.T) {
	tr := New[int]()
	tr.Add("charge back", "", 1)
	s := "a CHARGE  BACK now"
	ms := tr.FindAll(s, "en", nil)
	if len(ms) != 1 || s[ms[0].Start:ms[0].End] != "CHARGE  BACK" {
		t.Fatalf("FindAll = %+v", ms)
	}
}

func BenchmarkFindAll(b *testing.B) {
	tr := New[int]()
	for i, p := range []string{"lawyer", "sue", "fraud", "scam", "chargeback", "food poisoning", "allergic reaction", "律师", "起诉", "诈骗", "盗刷"} {
		tr.Add(p, "", i)
	}
	s := "hello, my order 10023 still has not arrived and I am getting worried about it, please help"
	b.SetBytes(int64(len(s)))
	var out []Match[int]
	for b.Loop() {
		out = tr.FindAll(s, "en", out[:0])
	}
}

// TestLongestAndBack checks the two single-position lookups the entity
// scanners use, and the apostrophe rule of each constructor.
func TestLongestAndBack(t *testing.T) {
	split := NewSplitApostrophe[string]()
	split.Add("italia", "", "IT")
	split.Add("united states", "", "US")
	joined := New[string]()
	joined.Add("italia", "", "IT")
	rev := NewSplitApostrophe[string]()
	rev.Add(Reverse("€"), "", "EUR")
	rev.Add(Reverse("us$"), "", "USD")
	rev.Add(Reverse("$"), "", "USD?")
	pick := PickLanguage[string]
	for _, tc := range []struct {
		name string
		tr   *Trie[string]
		s    string
		i    int
		end  int
		want string
	}{
		{"after an elided article", split, "d'Italia", 2, 8, "IT"},
		{"spaces fold", split, "the United   States!", 4, 19, "US"},
		{"not a prefix of a word", split, "italian food", 0, -1, ""},
		{"apostrophe joins", joined, "italia's", 0, -1, ""},
		{"apostrophe ends", split, "italia's", 0, 6, "IT"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			end, v, ok := tc.tr.Longest(tc.s, tc.i, "en", pick)
			if !ok {
				end = -1
			}
			if end != tc.end || v != tc.want {
				t.Errorf("Longest(%q, %d) = %d %q, want %d %q", tc.s, tc.i, end, v, tc.end, tc.want)
			}
		})
	}
	for _, tc := range []struct {
		s     string
		end   int
		start int
		want  string
	}{
		{"pay US$12", 7, 4, "USD"}, // the longest reversed phrase wins
		{"pay 12 $12", 8, 7, "USD?"},
		{"pay €12", 7, 4, "EUR"},
		{"abc12", 3, -1, ""},
	} {
		start, v, ok := rev.LongestBack(tc.s, tc.end, "en", pick)
		if !ok {
			start = -1
		}
		if start != tc.start || v != tc.want {
			t.Errorf("LongestBack(%q, %d) = %d %q, want %d %q", tc.s, tc.end, start, v, tc.start, tc.want)
		}
	}
	if Reverse("abç") != "çba" {
		t.Errorf("Reverse = %q", Reverse("abç"))
	}
}
