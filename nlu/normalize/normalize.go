package normalize

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"
	"unicode"
	"unicode/utf8"

	nludata "github.com/kefu-ai/kefu/data/nlu"
	"golang.org/x/text/unicode/norm"
)

// maxLexPasses bounds the lexicon passes; lexicon tests make sure real
// entries settle after one or two.
const maxLexPasses = 4

// Normalizer normalises chat messages. It is built by New and immutable
// afterwards, so one Normalizer may be shared by all goroutines.
type Normalizer struct {
	t2s   map[rune]rune     // Traditional → Simplified, chains resolved
	emoji map[rune]string   // emoji → neutral token
	punct map[rune]string   // CJK punctuation → ASCII
	lex   map[string]*trie  // base language → lexicon
	alias map[string]string // language tag → lexicon language
}

// New loads the character table, emoji table and lexicons embedded in
// package nludata. Lexicon keys and values are normalised with the same
// steps as messages, so a lexicon may be written in Traditional characters
// or with capitals.
func New() (*Normalizer, error) {
	n := &Normalizer{
		t2s:   map[rune]rune{},
		emoji: map[rune]string{},
		punct: map[rune]string{
			'。': ".", '、': ",", '「': "\"", '」': "\"", '『': "\"", '』': "\"",
			'【': "[", '】': "]", '〈': "<", '〉': ">", '《': "<", '》': ">",
			'〜': "~", '・': " ", '·': " ", '“': "\"", '”': "\"", '‘': "'", '’': "'",
		},
		lex: map[string]*trie{},
		alias: map[string]string{
			"zh": "zh", "yue": "zh", "tl": "fil", "in": "id", "iw": "he",
		},
	}
	if err := n.loadT2S(); err != nil {
		return nil, err
	}
	if err := n.loadEmoji(); err != nil {
		return nil, err
	}
	names, err := fs.Glob(nludata.Files, "lexicon/*.tsv")
	if err != nil {
		return nil, err
	}
	for _, name := range names {
		lang := strings.TrimSuffix(path.Base(name), ".tsv")
		if lang == "emoji" {
			continue
		}
		entries, err := readLexicon(name)
		if err != nil {
			return nil, err
		}
		t := newTrie(!substringLang(lang))
		for _, e := range entries {
			from := n.prepare(e.from, lang)
			to := n.prepare(e.to, lang)
			if from == "" || from == to {
				continue // normalisation made the entry moot ("Pls" and "pls")
			}
			t.add(from, to, e.start, e.end)
		}
		t.freeze()
		n.lex[lang] = t
	}
	return n, nil
}

// substringLang reports whether lang is written without spaces between
// words, so its lexicon matches inside text rather than whole words.
func substringLang(lang string) bool {
	switch lang {
	case "zh", "ja", "th", "lo", "km", "my":
		return true
	}
	return false
}

// prepare runs the character steps on a lexicon key or value.
func (n *Normalizer) prepare(s, lang string) string {
	return strings.TrimSpace(string(n.chars(nil, s, lang)))
}

// base maps a language tag to its lexicon language: "zh-Hant", "zh-TW" and
// "yue" share the Chinese lexicon, "tl" is Filipino.
func (n *Normalizer) base(lang string) string {
	b := strings.ToLower(lang)
	if i := strings.IndexAny(b, "-_"); i >= 0 {
		b = b[:i]
	}
	if a, ok := n.alias[b]; ok {
		return a
	}
	return b
}

// Normalize returns the normalised form of text, a message in lang (a
// language tag such as "en", "zh-Hant" or "yue"; "" if unknown). Chinese
// variants and unknown languages get the Traditional→Simplified step; only a
// known language gets a lexicon. It never fails: bad UTF-8 is replaced.
func (n *Normalizer) Normalize(text, lang string) string {
	b := n.base(lang)
	buf := n.chars(make([]byte, 0, len(text)+16), text, b)
	buf = trimSpace(buf)
	t := n.lex[b]
	if t == nil {
		return string(buf)
	}
	out := make([]byte, 0, len(buf)+16)
	for pass := 0; pass < maxLexPasses; pass++ {
		var changed bool
		out, changed = t.replace(out[:0], buf)
		if !changed {
			break
		}
		out = collapse(out)
		buf, out = out, buf
	}
	return string(buf)
}

// chars appends the character-level normalisation of s to dst: NFKC, CJK
// punctuation, lower case, emoji, Traditional→Simplified, repeats and
// whitespace.
func (n *Normalizer) chars(dst []byte, s, lang string) []byte {
	start := len(dst)
	ascii := isASCII(s)
	if !ascii {
		s = norm.NFKC.String(s)
	}
	chinese := lang == "zh" || lang == ""
	turkish := lang == "tr" || lang == "az"
	thai := lang == "th"
	var (
		last      rune = -1 // last rune written
		run       int       // how many times last was written in a row
		lastEmoji rune = -1 // last emoji replaced, until a non-space follows
		skipNext  bool      // the rune after a zero-width joiner belongs to the emoji
	)
	emit := func(r rune) {
		if r == ' ' {
			if last == ' ' || last == -1 {
				return
			}
		} else if r == last {
			switch {
			case unicode.IsDigit(r):
			case unicode.IsLetter(r) || unicode.IsMark(r):
				if run >= 2 {
					return
				}
			default:
				return // punctuation and symbols: one is enough
			}
		}
		if r == last {
			run++
		} else {
			last, run = r, 1
		}
		dst = utf8.AppendRune(dst, r)
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if skipNext {
			skipNext = false
			if isEmojiPart(r) || n.emoji[r] != "" || unicode.Is(unicode.So, r) {
				continue
			}
		}
		switch {
		case r == 0x200D: // zero-width joiner: drop the joined emoji
			skipNext = true
			continue
		case isEmojiPart(r):
			continue
		case unicode.IsSpace(r) || unicode.IsControl(r) || r == utf8.RuneError:
			emit(' ')
			continue
		}
		if tok, ok := n.emoji[r]; ok {
			if r == lastEmoji {
				continue
			}
			emit(' ')
			for _, c := range tok {
				emit(c)
			}
			emit(' ')
			lastEmoji = r
			continue
		}
		lastEmoji = -1
		if p, ok := n.punct[r]; ok {
			for _, c := range p {
				emit(c)
			}
			continue
		}
		if thai && r == '5' && !unicode.IsDigit(last) {
			// Thai laughter: "555", "55555" (ha ha ha) but not a number.
			j := i
			for j < len(s) && s[j] == '5' {
				j++
			}
			if j-i >= 2 && (j == len(s) || s[j] < '0' || s[j] > '9') {
				for _, c := range "haha" {
					emit(c)
				}
				i = j
				continue
			}
		}
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
				if turkish && r == 'i' {
					r = 'ı'
				}
			}
			emit(r)
			continue
		}
		if r >= 0x0600 && r <= 0x06FF {
			var keep bool
			if r, keep = arabicFold(r); !keep {
				continue
			}
		}
		if turkish {
			r = unicode.TurkishCase.ToLower(r)
		} else {
			r = unicode.ToLower(r)
		}
		if chinese {
			if s, ok := n.t2s[r]; ok {
				r = s
			}
		}
		emit(r)
	}
	if !ascii && !norm.NFC.IsNormal(dst[start:]) {
		// Lower case can leave a letter and a combining mark that compose
		// ("H̱" → "h" + U+0331, which NFC writes "ẖ"): compose them, so
		// that normalising twice changes nothing.
		dst = append(dst[:start], norm.NFC.Bytes(dst[start:])...)
	}
	return dst
}

// arabicFold folds the spellings of Arabic that customers vary freely,
// as Arabic search engines do: short-vowel and other marks and the
// tatweel are dropped (keep false); hamza and madda forms of alef are
// alef, alef maqsura is ya, taa marbuta is ha; Arabic-Indic and Persian
// digits are ASCII digits.
func arabicFold(r rune) (rune, bool) {
	switch {
	case r == 0x0640 || r >= 0x064B && r <= 0x065F || r == 0x0670:
		return r, false
	case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
		return 'ا', true
	case r == 'ى':
		return 'ي', true
	case r == 'ة':
		return 'ه', true
	case r >= 0x0660 && r <= 0x0669:
		return '0' + r - 0x0660, true
	case r >= 0x06F0 && r <= 0x06F9:
		return '0' + r - 0x06F0, true
	}
	return r, true
}

// isEmojiPart reports whether r only modifies an emoji: variation
// selectors, skin tones and tag characters.
func isEmojiPart(r rune) bool {
	return r == 0xFE0F || r == 0xFE0E || (r >= 0x1F3FB && r <= 0x1F3FF) || (r >= 0xE0020 && r <= 0xE007F) || r == 0x20E3
}

// collapse re-applies the repeat and whitespace rules after the lexicon
// joined text: it returns b with letter runs cut to two, punctuation runs to
// one and spaces single and trimmed.
func collapse(b []byte) []byte {
	out := b[:0]
	var last rune = -1
	run := 0
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		i += size
		if r == last {
			switch {
			case r == ' ':
				continue
			case unicode.IsDigit(r):
			case unicode.IsLetter(r) || unicode.IsMark(r):
				if run >= 2 {
					continue
				}
			default:
				continue
			}
			run++
		} else {
			if r == ' ' && last == -1 {
				continue
			}
			last, run = r, 1
		}
		out = utf8.AppendRune(out, r) // out never overtakes i: runes only shrink or stay
	}
	return trimSpace(out)
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && b[len(b)-1] == ' ' {
		b = b[:len(b)-1]
	}
	for len(b) > 0 && b[0] == ' ' {
		b = b[1:]
	}
	return b
}

func (n *Normalizer) loadT2S() error {
	f, err := nludata.Files.Open("t2s/t2s.tsv")
	if err != nil {
		return fmt.Errorf("normalize: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		t := sc.Text()
		if t == "" || t[0] == '#' {
			continue
		}
		a, b, ok := strings.Cut(t, "\t")
		if !ok || utf8.RuneCountInString(a) != 1 || utf8.RuneCountInString(b) != 1 {
			return fmt.Errorf("normalize: t2s/t2s.tsv:%d: want one character, a tab and one character", line)
		}
		ar, _ := utf8.DecodeRuneInString(a)
		br, _ := utf8.DecodeRuneInString(b)
		n.t2s[ar] = br
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("normalize: t2s/t2s.tsv: %w", err)
	}
	// Resolve chains (A→B, B→C) so that one lookup is final and a second
	// Normalize changes nothing.
	for a, b := range n.t2s {
		for seen := 0; seen < 8; seen++ {
			c, ok := n.t2s[b]
			if !ok || c == b {
				break
			}
			b = c
		}
		if a == b {
			delete(n.t2s, a)
		} else {
			n.t2s[a] = b
		}
	}
	return nil
}

func (n *Normalizer) loadEmoji() error {
	entries, err := readLexicon("lexicon/emoji.tsv")
	if err != nil {
		return err
	}
	for _, e := range entries {
		r, size := utf8.DecodeRuneInString(e.from)
		if size != len(e.from) || e.to == "" {
			return fmt.Errorf("normalize: lexicon/emoji.tsv: %q: want one emoji and a token", e.from)
		}
		n.emoji[r] = strings.ToLower(e.to)
	}
	return nil
}

// entry is one lexicon line.
type entry struct {
	from, to   string
	start, end bool // from had a ^ or $ anchor
	line       int
}

func readLexicon(name string) ([]entry, error) {
	f, err := nludata.Files.Open(name)
	if err != nil {
		return nil, fmt.Errorf("normalize: %w", err)
	}
	defer f.Close()
	es, err := parseLexicon(f)
	if err != nil {
		return nil, fmt.Errorf("normalize: %s: %w", name, err)
	}
	return es, nil
}

// parseLexicon reads from<TAB>to lines. Blank lines and lines starting
// with # are skipped; to may be empty (delete from). In languages written
// without spaces, from may start with ^ (only after a non-letter or the
// start of the text) and end with $ (only before a non-letter or the end).
func parseLexicon(r io.Reader) ([]entry, error) {
	var out []entry
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(strings.TrimSpace(text), "#") {
			continue
		}
		if !utf8.ValidString(text) {
			return nil, fmt.Errorf("line %d: invalid UTF-8", line)
		}
		from, to, ok := strings.Cut(text, "\t")
		if !ok {
			return nil, fmt.Errorf("line %d: want from<TAB>to", line)
		}
		if strings.Contains(to, "\t") {
			return nil, fmt.Errorf("line %d: more than one tab", line)
		}
		e := entry{to: strings.TrimSpace(to), line: line}
		from = strings.TrimSpace(from)
		if len(from) > 1 && strings.HasPrefix(from, "^") {
			e.start, from = true, from[1:]
		}
		if len(from) > 1 && strings.HasSuffix(from, "$") {
			e.end, from = true, from[:len(from)-1]
		}
		if from == "" {
			return nil, fmt.Errorf("line %d: empty from", line)
		}
		e.from = from
		out = append(out, e)
	}
	return out, sc.Err()
}

// isASCII reports whether s is plain ASCII, which NFKC leaves unchanged.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
