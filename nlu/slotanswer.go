package nlu

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/kefu-ai/kefu"
	nludata "github.com/kefu-ai/kefu/data/nlu"
)

// slotFraming holds the words that only frame a value the bot asked for
// ("the number is 10023", "订单号是10023", "เลขคำสั่งซื้อ 10023 ค่ะ"), from
// data/nlu/slotframe.tsv.
type slotFraming struct {
	words map[string]map[string]bool // language ("*": every one) → word
	parts map[string][]string        // language → parts, longest first
}

var framing = sync.OnceValues(func() (*slotFraming, error) {
	b, err := fs.ReadFile(nludata.Files, "slotframe.tsv")
	if err != nil {
		return nil, err
	}
	return parseFraming(b)
})

func parseFraming(b []byte) (*slotFraming, error) {
	f := &slotFraming{words: map[string]map[string]bool{}, parts: map[string][]string{}}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 || cols[0] == "" || cols[2] == "" {
			return nil, fmt.Errorf("slotframe.tsv:%d: want language<TAB>kind<TAB>entry", n)
		}
		lang, entry := cols[0], strings.ToLower(cols[2])
		switch cols[1] {
		case "word":
			if f.words[lang] == nil {
				f.words[lang] = map[string]bool{}
			}
			// Split as messages are, so "it's" frames "it" and "s".
			for _, w := range strings.FieldsFunc(entry, notInWord) {
				f.words[lang][w] = true
			}
		case "part":
			f.parts[lang] = append(f.parts[lang], entry)
		default:
			return nil, fmt.Errorf("slotframe.tsv:%d: kind %q is not word or part", n, cols[1])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	for _, ps := range f.parts {
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i]) > len(ps[j]) })
	}
	return f, nil
}

// framingLanguage maps a tag to the language its framing is listed
// under: Traditional Chinese and Cantonese share Chinese's.
func framingLanguage(lang string) string {
	switch {
	case lang == "yue" || strings.HasPrefix(lang, "zh"):
		return "zh"
	}
	if i := strings.IndexByte(lang, '-'); i > 0 {
		return lang[:i]
	}
	return lang
}

func notInWord(r rune) bool { return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) }

// fewWordsBesides reports whether text, in language lang, has at most
// three words outside the entity spans that are not framing ("the order
// number is"); Han characters count two to a word and Thai letters four.
func fewWordsBesides(text, lang string, es []kefu.Entity) bool {
	var b strings.Builder
	last := 0
	for _, e := range es {
		if e.Start >= last && e.End <= len(text) {
			b.WriteString(text[last:e.Start])
			b.WriteByte(' ')
			last = e.End
		}
	}
	b.WriteString(text[last:])
	rest := strings.ToLower(b.String())
	f, err := framing()
	if err != nil {
		f = &slotFraming{}
	}
	fl := framingLanguage(lang)
	for _, p := range f.parts[fl] {
		rest = strings.ReplaceAll(rest, p, " ")
	}
	var words, han, thai float64
	for _, w := range strings.FieldsFunc(rest, notInWord) {
		if f.words["*"][w] || f.words[fl][w] {
			continue
		}
		spaced := false
		for _, r := range w {
			switch {
			case unicode.Is(unicode.Han, r):
				han++
			case unicode.Is(unicode.Thai, r):
				thai++
			default:
				spaced = true
			}
		}
		if spaced {
			words++
		}
	}
	return words+han/2+thai/4 <= 3
}
