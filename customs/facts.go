package customs

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
)

// Fact is a piece of cross-border knowledge that holds for a region and a
// category during a period: "EU × certification/toys: toys need the CE
// mark". It is domain-agnostic: customs, certification, returns, delivery
// and restricted goods are all categories.
type Fact struct {
	ID string `json:"id"`
	// Region is an ISO country code, a customs union ("EU"), or "*" for
	// every destination.
	Region string `json:"region"`
	// Category is a slash-separated path ("certification/electronics"). A
	// fact answers lookups of its category and of any path below it.
	Category string `json:"category"`
	// Text holds the fact in each language, keyed by BCP 47 primary tag.
	Text          map[string]string `json:"text"`
	Source        string            `json:"source"`
	EffectiveFrom string            `json:"effective_from"` // "2006-01-02"
	EffectiveTo   string            `json:"effective_to"`   // inclusive; "" while in force
	ApprovedBy    string            `json:"approved_by"`
	span          span
}

// TextIn returns the fact in lang, falling back to English, and reports
// whether lang itself was found.
func (f Fact) TextIn(lang string) (string, bool) {
	if s, ok := f.Text[lang]; ok {
		return s, true
	}
	return f.Text["en"], false
}

func (t *Tables) loadFacts(fsys fs.FS) error {
	b, err := fs.ReadFile(fsys, "facts.json")
	if err != nil {
		return fmt.Errorf("customs: %w", err)
	}
	var doc struct {
		Facts []Fact `json:"facts"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return fmt.Errorf("customs: facts.json: %w", err)
	}
	seen := map[string]bool{}
	for i := range doc.Facts {
		f := &doc.Facts[i]
		switch {
		case f.ID == "" || seen[f.ID]:
			return fmt.Errorf("customs: facts.json: fact %d: missing or duplicate id %q", i, f.ID)
		case f.Region == "" || f.Category == "" || f.Text["en"] == "" || f.Source == "" || f.ApprovedBy == "":
			return fmt.Errorf("customs: facts.json: %s: region, category, English text, source and approved_by are required", f.ID)
		}
		seen[f.ID] = true
		if f.span, err = parseSpan(f.EffectiveFrom, f.EffectiveTo); err != nil {
			return fmt.Errorf("customs: facts.json: %s: %w", f.ID, err)
		}
	}
	t.facts = doc.Facts
	return nil
}

// Facts returns the facts in force on date for destination country
// (ISO code) in category, the most specific first: the country's own
// facts, then its customs union's, then the ones for everywhere; within a
// region, a deeper category first. An empty category returns every
// category. Unknown countries still get the "*" facts.
func (t *Tables) Facts(country, category string, date time.Time) ([]Fact, error) {
	country = strings.ToUpper(strings.TrimSpace(country))
	if country == "" {
		return nil, kefu.Errorf(kefu.EINVALID, "facts: the destination country is missing")
	}
	union := ""
	if c, err := t.Country(country, date); err == nil {
		union = c.Union
	}
	d := dayOf(date)
	rank := func(region string) int {
		switch region {
		case country:
			return 0
		case union:
			return 1
		case "*":
			return 2
		}
		return -1
	}
	var out []Fact
	for _, f := range t.facts {
		if rank(f.Region) < 0 || !f.span.has(d) {
			continue
		}
		if category != "" && f.Category != category && !strings.HasPrefix(category, f.Category+"/") && !strings.HasPrefix(f.Category, category+"/") {
			continue
		}
		out = append(out, f)
	}
	sort.SliceStable(out, func(i, j int) bool {
		ri, rj := rank(out[i].Region), rank(out[j].Region)
		if ri != rj {
			return ri < rj
		}
		return strings.Count(out[i].Category, "/") > strings.Count(out[j].Category, "/")
	})
	return out, nil
}
