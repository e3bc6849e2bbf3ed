//go:build ignore

// Command gen writes the English chat text that the language detector
// trains on besides en.txt: en.goemotions.txt (GoEmotions, Apache-2.0),
// en.clinc150.txt (CLINC150, CC BY 3.0) and en.banking77.txt (BANKING77,
// CC BY 4.0), each from the dataset's train split only. Run it from this
// directory with the shared datasets beside the repository:
//
//	go run gen.go -datasets ../../../../shared/datasets
//
// It keeps lines that read as plain English chat (no foreign greeting or
// thanks, no accented letters, no markup, links, user or subreddit names,
// masked names, long digit runs or slurs), deduplicates them (case and
// punctuation folded, also against en.txt, corpus/en.csv and the dev splits
// of the three datasets, which are read for nothing else), drops the
// lines that nlu/lang would hold out for evaluation (so every shipped line
// is trained on and the held-out set stays the one of the kefu-written
// text), and picks a fixed number per intent (per length band for
// GoEmotions) in FNV-1a order, so the output depends only on the inputs.
package main

import (
	"bufio"
	"encoding/csv"
	"flag"
	"fmt"
	"hash/fnv"
	"io"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foreign are words that mark a line as (partly) another language: the
// greetings, thanks and farewells that English chat borrows, which would
// teach the English model the other languages' best evidence.
var foreign = words(`hola adios gracias amigo amigos muchas mucho bueno buenos señor senor senora
	nada por favor hasta vista luego merci beaucoup bonjour bonsoir revoir salut oui mademoiselle
	monsieur ciao grazie prego bella bello danke bitte schön schon auf wiedersehen ja nein guten tag
	obrigado obrigada olá ola tchau sayonara syonara arigato arigatou konnichiwa aloha mahalo namaste
	shalom salaam salam hallo hej tak terima kasih salamat po opo gomawo kamsahamnida xie xiexie nihao
	ni hao zaijian dankie spasibo niet nyet da das der die und ist ich nicht mais que qui avec vous
	est une les des pour sur pas tres très el los las del una como pero para esta este eso wallah
	inshallah voila`)

// blocked are slurs, sexual words, profanity and religious or political
// targets; a line with one of these words (or, for entries ending in *, a
// word starting with it) is left out.
var blocked = words(`nigg* fag faggot* retard* tranny kike spic spics chink cunt* whore* slut* rape
	raped raping rapist porn* cock cocks dick dicks pussy cum penis vagina tits boobs anal blowjob*
	dildo* horny nude nudes sex sexy nazi* feminazi* hitler molest* pedo pedophile* kill killed
	killing suicide fuck* motherf* shit* bitch* homo hijab muslim* jew jews jewish christian*
	islam* bullshit* asshole* dumbass* testicle* diddle* murder*`)

var (
	markup   = regexp.MustCompile(`["\[\]<>*^_#@{}|~\\]|https?:|www\.|\.com\b|\b[ru]/|&[a-z]+;`)
	digitRun = regexp.MustCompile(`[0-9]{5,}`)
	spaces   = regexp.MustCompile(`\s+`)
)

func words(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// heldOut is nlu/lang's evaluation split: FNV-1a of the text, lowest 20
// of 100 buckets.
func heldOut(text string) bool {
	h := fnv.New32a()
	io.WriteString(h, text)
	return h.Sum32()%100 < 20
}

// order is the fixed pseudo-random order in which lines are picked.
func order(text string) uint32 {
	h := fnv.New32a()
	io.WriteString(h, "kefu-langid-en\x00"+text)
	return h.Sum32()
}

// key folds case, punctuation and spacing for deduplication.
func key(text string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(text) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		} else if b.Len() > 0 && !strings.HasSuffix(b.String(), " ") {
			b.WriteByte(' ')
		}
	}
	return strings.TrimSpace(b.String())
}

// clean returns the line as it is shipped, or "" when it is left out.
func clean(text string, maxRunes int) string {
	text = strings.TrimSpace(spaces.ReplaceAllString(norm.NFC.String(text), " "))
	text = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`).Replace(text)
	n := utf8.RuneCountInString(text)
	if n < 2 || n > maxRunes || markup.MatchString(text) || digitRun.MatchString(text) {
		return ""
	}
	letters := 0
	for _, r := range text {
		if r >= utf8.RuneSelf && unicode.IsLetter(r) {
			return "" // accented or non-Latin letters: a foreign word or name
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 2 {
		return ""
	}
	for _, w := range strings.Fields(key(text)) {
		if foreign[w] {
			return ""
		}
		if blocked[w] {
			return ""
		}
		for b := range blocked {
			if p, ok := strings.CutSuffix(b, "*"); ok && strings.HasPrefix(w, p) {
				return ""
			}
		}
	}
	if heldOut(text) {
		return ""
	}
	return text
}

type row struct{ text, group string }

func readCSV(name string, groupCol string) []row {
	f, err := os.Open(name)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		log.Fatalf("%s: %v", name, err)
	}
	col := -1
	for i, h := range recs[0] {
		if h == groupCol {
			col = i
		}
	}
	if recs[0][0] != "text" || col < 0 {
		log.Fatalf("%s: want columns text and %s", name, groupCol)
	}
	var out []row
	for _, r := range recs[1:] {
		out = append(out, row{r[0], r[col]})
	}
	return out
}

// pick cleans rows, drops those whose key is in seen (and adds the kept
// ones), and takes up to perGroup lines of every group in FNV order.
func pick(rows []row, maxRunes, perGroup int, seen map[string]bool) []string {
	byGroup := map[string][]string{}
	for _, r := range rows {
		t := clean(r.text, maxRunes)
		if t == "" {
			continue
		}
		byGroup[r.group] = append(byGroup[r.group], t)
	}
	groups := make([]string, 0, len(byGroup))
	for g := range byGroup {
		groups = append(groups, g)
	}
	sort.Strings(groups)
	var out []string
	for _, g := range groups {
		ts := byGroup[g]
		sort.Slice(ts, func(i, j int) bool {
			if oi, oj := order(ts[i]), order(ts[j]); oi != oj {
				return oi < oj
			}
			return ts[i] < ts[j]
		})
		n := 0
		for _, t := range ts {
			if n == perGroup {
				break
			}
			if k := key(t); !seen[k] {
				seen[k] = true
				out = append(out, t)
				n++
			}
		}
	}
	sort.Strings(out)
	return out
}

// lengthBand groups GoEmotions lines by length so that short chat lines,
// where language identification is hardest, get as many lines as longer
// ones.
func lengthBand(text string) string {
	switch n := utf8.RuneCountInString(text); {
	case n <= 20:
		return "a"
	case n <= 40:
		return "b"
	default:
		return "c"
	}
}

func write(name, header string, lines []string) {
	f, err := os.Create(name)
	if err != nil {
		log.Fatal(err)
	}
	w := bufio.NewWriter(f)
	for _, l := range strings.Split(strings.TrimSpace(header), "\n") {
		fmt.Fprintf(w, "# %s\n", strings.TrimSpace(l))
	}
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
	log.Printf("%s: %d lines", name, len(lines))
}

func main() {
	datasets := flag.String("datasets", "../../../../shared/datasets", "the shared datasets directory")
	flag.Parse()
	seen := map[string]bool{}
	for _, r := range readCSV("../corpus/en.csv", "label") {
		seen[key(r.text)] = true
	}
	b, err := os.ReadFile("en.txt")
	if err != nil {
		log.Fatal(err)
	}
	for _, l := range strings.Split(string(b), "\n") {
		if !strings.HasPrefix(l, "#") {
			seen[key(l)] = true
		}
	}

	// Texts that also occur in a dev split are left out, so that the dev
	// numbers in docs/nlu-lang.md stay on unseen text. No dev text is
	// written.
	for _, dev := range []string{"banking77/dev.csv", "clinc150/dev.csv", "goemotions/ekman-dev.csv"} {
		for _, r := range readCSV(filepath.Join(*datasets, dev), "text") {
			seen[key(r.text)] = true
		}
	}

	clinc := readCSV(filepath.Join(*datasets, "clinc150", "train.csv"), "label")
	write("en.clinc150.txt", `
		English requests to a voice assistant, from CLINC150 (Larson et al., EMNLP 2019,
		"An Evaluation Dataset for Intent Classification and Out-of-Scope Prediction";
		github.com/clinc/oos-eval, commit 828f8093932c8fe6ca7936c3d2e52903b1c523de), train split only.
		Licence: CC BY 3.0 (LICENSE-CC-BY-3.0 here). Changes: lines picked and filtered by gen.go
		(at most 20 per intent, 60 characters at most; see gen.go), curly quotes made straight.`,
		pick(clinc, 60, 20, seen))

	banking := readCSV(filepath.Join(*datasets, "banking77", "train.csv"), "label")
	write("en.banking77.txt", `
		English online-banking customer messages, from BANKING77 (Casanueva et al. 2020,
		"Efficient Intent Detection with Dual Sentence Encoders"; github.com/PolyAI-LDN/task-specific-datasets,
		commit 57ec275d8078af65b7731c2a98be812d844a6d6b), train split only.
		Licence: CC BY 4.0 (LICENSE-CC-BY-4.0 here). Changes: lines picked and filtered by gen.go
		(at most 4 per intent, 80 characters at most; see gen.go), curly quotes made straight.`,
		pick(banking, 80, 4, seen))

	// Comments labelled disgust are left out: they hold most of the
	// hateful ones, which the word list would not all catch.
	var goemo []row
	for _, r := range readCSV(filepath.Join(*datasets, "goemotions", "ekman-train.csv"), "labels") {
		if !strings.Contains(r.group, "disgust") {
			goemo = append(goemo, row{r.text, lengthBand(strings.TrimSpace(r.text))})
		}
	}
	write("en.goemotions.txt", `
		English Reddit comments, from GoEmotions (Demszky et al., ACL 2020, "GoEmotions: A Dataset of
		Fine-Grained Emotions"; via github.com/monologg/GoEmotions-pytorch, commit
		b75f9d3a8b76bc1060687925b04ca98a1b8ea66b), train split only. Licence: Apache-2.0
		(LICENSE-Apache-2.0 here). Changes: lines picked and filtered by gen.go (400 per length band
		of at most 20, 40 and 80 characters; comments labelled disgust and comments with masked names,
		links, user or subreddit names, markup, foreign words, slurs or profanity left out; see gen.go), curly quotes made straight.`,
		pick(goemo, 80, 400, seen))
}
