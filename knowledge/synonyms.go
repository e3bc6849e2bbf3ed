package knowledge

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Synonyms are a tenant's groups of words or phrases that mean the same
// thing to its customers, e.g. {"充电宝", "移动电源"} or {"parcel",
// "package"}. They are applied to the query at search time, so editing
// them needs no re-indexing. Synonyms is immutable and safe for
// concurrent use; the zero value and nil have no groups.
type Synonyms struct {
	phrases []synPhrase // longest first
	groups  [][]string  // lowercased; the first phrase is the canonical one
}

type synPhrase struct {
	text  string // lowercased
	group int
	// words marks a phrase in a script written with spaces: it matches
	// whole words only ("ship" does not match inside "shipping").
	words bool
}

// NewSynonyms compiles groups (as kept in kefu.TenantSettings.Synonyms).
// Phrases are compared in lower case; empty phrases and groups of fewer
// than two phrases are ignored. A phrase in two groups belongs to the
// first.
func NewSynonyms(groups [][]string) *Synonyms {
	s := &Synonyms{}
	seen := map[string]bool{}
	for _, g := range groups {
		var clean []string
		for _, p := range g {
			p = strings.ToLower(strings.TrimSpace(p))
			if p != "" && !seen[p] {
				clean = append(clean, p)
			}
		}
		if len(clean) < 2 {
			continue
		}
		gi := len(s.groups)
		s.groups = append(s.groups, clean)
		for _, p := range clean {
			seen[p] = true
			r, _ := utf8.DecodeRuneInString(p)
			s.phrases = append(s.phrases, synPhrase{text: p, group: gi, words: !unsegmented(r)})
		}
	}
	sort.SliceStable(s.phrases, func(i, j int) bool { return len(s.phrases[i].text) > len(s.phrases[j].text) })
	return s
}

// Len returns the number of groups.
func (s *Synonyms) Len() int {
	if s == nil {
		return 0
	}
	return len(s.groups)
}

// rewrite returns text in lower case with every phrase of a group
// replaced by the group's canonical (first) phrase, longest phrases
// first, and the groups it found. With no group found it returns the
// lowercased text and nil.
func (s *Synonyms) rewrite(text string) (string, []int) {
	text = strings.ToLower(text)
	if s.Len() == 0 {
		return text, nil
	}
	var (
		b     strings.Builder
		found []int
	)
	for i := 0; i < len(text); {
		p, ok := s.at(text, i)
		if !ok {
			_, n := utf8.DecodeRuneInString(text[i:])
			if b.Len() > 0 || found != nil {
				b.WriteString(text[i : i+n])
			}
			i += n
			continue
		}
		if found == nil {
			b.WriteString(text[:i])
		}
		if !containsInt(found, p.group) {
			found = append(found, p.group)
		}
		b.WriteString(s.groups[p.group][0])
		i += len(p.text)
	}
	if found == nil {
		return text, nil
	}
	return b.String(), found
}

// at returns the longest phrase starting at byte i of text.
func (s *Synonyms) at(text string, i int) (synPhrase, bool) {
	for _, p := range s.phrases {
		if !strings.HasPrefix(text[i:], p.text) {
			continue
		}
		if p.words && (wordBefore(text, i) || wordAfter(text, i+len(p.text))) {
			continue
		}
		return p, true
	}
	return synPhrase{}, false
}

// Expand returns the query text a retrieval should search for: the
// question with each synonym replaced by its group's canonical phrase,
// followed by every other phrase of the groups found, so that articles
// written with any of them are found.
func (s *Synonyms) Expand(text string) string {
	canon, groups := s.rewrite(text)
	if len(groups) == 0 {
		return text
	}
	var b strings.Builder
	b.WriteString(canon)
	for _, g := range groups {
		for _, p := range s.groups[g][1:] {
			b.WriteString(" ")
			b.WriteString(p)
		}
	}
	return b.String()
}

func wordBefore(text string, i int) bool {
	if i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsLetter(r) && !unsegmented(r) || unicode.IsDigit(r)
}

func wordAfter(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r) && !unsegmented(r) || unicode.IsDigit(r)
}

func containsInt(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}
