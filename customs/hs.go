package customs

import (
	"fmt"
	"io/fs"
	"strings"

	"github.com/kefu-ai/kefu"
)

// HSCode is a Harmonized System code as digits only: 6 digits for an
// international subheading ("850760"), 8 or 10 for a national tariff line
// ("8523511000"). ParseHS builds it.
type HSCode string

// ParseHS normalises an HS code written with dots, spaces or dashes
// ("8507.60", "8507 60 00", "3304-99") and checks its shape: 6 to 10
// digits, an even count. It does not check that the code exists; Tables.HS
// does. Errors are EINVALID.
func ParseHS(s string) (HSCode, error) {
	if len(s) > 32 {
		return "", kefu.Errorf(kefu.EINVALID, "HS code %.32q… is too long", s)
	}
	var b [32]byte
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			b[n] = c
			n++
		case c == '.' || c == ' ' || c == '-':
		default:
			return "", kefu.Errorf(kefu.EINVALID, "HS code %q: only digits, dots, spaces and dashes are allowed", s)
		}
	}
	if n < 6 || n > 10 || n%2 != 0 {
		return "", kefu.Errorf(kefu.EINVALID, "HS code %q: want 6, 8 or 10 digits, got %d", s, n)
	}
	return HSCode(b[:n]), nil
}

// Chapter returns the first 2 digits ("85").
func (c HSCode) Chapter() string { return string(c)[:min(2, len(c))] }

// Heading returns the first 4 digits ("8507").
func (c HSCode) Heading() string { return string(c)[:min(4, len(c))] }

// Subheading returns the first 6 digits ("850760").
func (c HSCode) Subheading() string { return string(c)[:min(6, len(c))] }

// String writes the code the usual way: "8507.60", "8523.51.10",
// "8523.51.10.00".
func (c HSCode) String() string {
	s := string(c)
	if len(s) < 6 {
		return s
	}
	out := s[:4] + "." + s[4:6]
	for i := 6; i+2 <= len(s); i += 2 {
		out += "." + s[i:i+2]
	}
	return out
}

// HSEntry is one level of the nomenclature.
type HSEntry struct {
	Code        string // "85", "8507" or "850760"
	Description string // in English, as published
}

// HSDescription describes a code at every level.
type HSDescription struct {
	Code        HSCode
	Section     string // Roman numeral, "XVI"
	SectionName string
	Chapter     HSEntry
	Heading     HSEntry
	Subheading  HSEntry
}

type nomenclature struct {
	desc     map[string]string // code (2, 4 or 6 digits) -> description
	section  map[string]string // chapter -> section
	sections map[string]string // section -> name
	subs     []string          // 6-digit codes in file order
	index    *bm25
}

func loadNomenclature(fsys fs.FS) (*nomenclature, error) {
	n := &nomenclature{desc: map[string]string{}, section: map[string]string{}, sections: map[string]string{}}
	err := readTSV(fsys, "hs2022.tsv", func(_ string, f []string) error {
		if err := want(f, 3); err != nil {
			return err
		}
		code := f[0]
		if !allDigits(code) || (len(code) != 2 && len(code) != 4 && len(code) != 6) {
			return fmt.Errorf("bad code %q", code)
		}
		n.desc[code] = f[2]
		switch len(code) {
		case 2:
			n.section[code] = f[1]
		case 6:
			n.subs = append(n.subs, code)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTSV(fsys, "hs2022-sections.tsv", func(_ string, f []string) error {
		if err := want(f, 2); err != nil {
			return err
		}
		n.sections[f[0]] = f[1]
		return nil
	})
	if err != nil {
		return nil, err
	}
	n.index = newBM25(n)
	return n, nil
}

// HS validates an HS code against the HS 2022 nomenclature: it must parse
// (see ParseHS) and its first 6 digits must be a subheading of HS 2022
// (national digits beyond 6 are not checked). Errors are EINVALID.
func (t *Tables) HS(s string) (HSCode, error) {
	c, err := ParseHS(s)
	if err != nil {
		return "", err
	}
	if _, ok := t.hs.desc[c.Subheading()]; !ok {
		if _, ok := t.hs.desc[c.Heading()]; ok {
			return "", kefu.Errorf(kefu.EINVALID, "HS code %s: heading %s exists but subheading %s is not in HS 2022", c, c.Heading(), c.Subheading())
		}
		return "", kefu.Errorf(kefu.EINVALID, "HS code %s is not in the HS 2022 nomenclature", c)
	}
	return c, nil
}

// DescribeHS returns the section, chapter, heading and subheading of a
// valid code.
func (t *Tables) DescribeHS(s string) (HSDescription, error) {
	c, err := t.HS(s)
	if err != nil {
		return HSDescription{}, err
	}
	ch := c.Chapter()
	sec := t.hs.section[ch]
	return HSDescription{
		Code:        c,
		Section:     sec,
		SectionName: t.hs.sections[sec],
		Chapter:     HSEntry{ch, t.hs.desc[ch]},
		Heading:     HSEntry{c.Heading(), t.hs.desc[c.Heading()]},
		Subheading:  HSEntry{c.Subheading(), t.hs.desc[c.Subheading()]},
	}, nil
}

// String writes the description on one line, most specific last:
// "8507.60 — ch. 85 Electrical machinery… › 8507 Electric accumulators… ›
// 850760 Electric accumulators; lithium-ion…".
func (d HSDescription) String() string {
	return strings.Join([]string{
		d.Code.String() + " — ch. " + d.Chapter.Code + " " + d.Chapter.Description,
		d.Heading.Code + " " + d.Heading.Description,
		d.Subheading.Code + " " + d.Subheading.Description,
	}, " › ")
}
