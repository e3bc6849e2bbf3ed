package customs

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/money"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/landed")

// goldenInput is the "input" section of a golden file.
type goldenInput struct {
	Destination      string `json:"destination"`
	Date             string `json:"date"`
	SellerRegistered bool   `json:"seller_registered,omitempty"`
	Shipping         string `json:"shipping,omitempty"`  // "60 CNY"
	Insurance        string `json:"insurance,omitempty"` // "5 CNY"
	Items            []struct {
		HS          string `json:"hs"`
		Description string `json:"description,omitempty"`
		UnitValue   string `json:"unit_value"` // "199 CNY"
		Quantity    int64  `json:"quantity"`
		Origin      string `json:"origin,omitempty"`
	} `json:"items"`
}

func (g goldenInput) consignment(tb testing.TB) Consignment {
	tb.Helper()
	c := Consignment{Destination: g.Destination, SellerRegistered: g.SellerRegistered, Date: MustDate(tb, g.Date)}
	if g.Shipping != "" {
		c.Shipping = MustAmount(tb, g.Shipping)
	}
	if g.Insurance != "" {
		c.Insurance = MustAmount(tb, g.Insurance)
	}
	for _, it := range g.Items {
		c.Items = append(c.Items, Item{HS: it.HS, Description: it.Description, UnitValue: MustAmount(tb, it.UnitValue), Quantity: it.Quantity, Origin: it.Origin})
	}
	return c
}

// TestGolden runs every testdata/landed/*.txtar: the "input" section (JSON)
// goes through LandedCost and the explanation in each language must equal
// the section of that name; a failing computation must equal the "error"
// section (code and message). Run with -update to rewrite the outputs.
func TestGolden(t *testing.T) {
	tables := MustTables(t)
	files, _ := filepath.Glob("testdata/landed/*.txtar")
	if len(files) < 10 {
		t.Fatalf("%d golden files, want at least 10", len(files))
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			b, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			comment, sections := parseTxtar(b)
			var in goldenInput
			dec := json.NewDecoder(strings.NewReader(sections["input"]))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&in); err != nil {
				t.Fatalf("input: %v", err)
			}
			got := map[string]string{"input": sections["input"]}
			order := []string{"input"}
			res, err := tables.LandedCost(in.consignment(t))
			if err != nil {
				got["error"] = kefu.ErrorCode(err) + ": " + kefu.ErrorMessage(err) + "\n"
				order = append(order, "error")
			} else {
				for _, lang := range Languages {
					got[lang] = strings.Join(tables.Explain(res, lang), "\n") + "\n"
					order = append(order, lang)
				}
			}
			if *update {
				if err := os.WriteFile(file, formatTxtar(comment, order, got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			for _, name := range order[1:] {
				if got[name] != sections[name] {
					t.Errorf("section %s:\ngot:\n%s\nwant:\n%s", name, got[name], sections[name])
				}
			}
			for name := range sections {
				if _, ok := got[name]; !ok {
					t.Errorf("section %s is in the file but not produced", name)
				}
			}
		})
	}
}

// TestIssueExample is the example of issue #5, word for word.
func TestIssueExample(t *testing.T) {
	tables := MustTables(t)
	res, err := tables.LandedCost(Consignment{
		Items:       []Item{{HS: "6109.10", UnitValue: money.MustParse("180.00", "EUR"), Quantity: 1}},
		Destination: "IT",
		Date:        time.Date(2026, 11, 10, 0, 0, 0, 0, time.UTC),
	})
	if err != nil {
		t.Fatal(err)
	}
	const want = "Italy: customs value €180.00; duty 12% = €21.60; VAT 22% on €201.60 = €44.35; total to pay €65.95"
	if got := tables.Summary(res, "en"); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// parseTxtar splits a txtar archive ("-- name --" lines) into its leading
// comment and its sections.
func parseTxtar(b []byte) (string, map[string]string) {
	sections := map[string]string{}
	var comment strings.Builder
	name := ""
	var cur *strings.Builder
	for _, line := range strings.SplitAfter(string(b), "\n") {
		trim := strings.TrimSuffix(line, "\n")
		if strings.HasPrefix(trim, "-- ") && strings.HasSuffix(trim, " --") && len(trim) > 6 {
			if cur != nil {
				sections[name] = cur.String()
			}
			name = trim[3 : len(trim)-3]
			cur = &strings.Builder{}
			continue
		}
		if cur == nil {
			comment.WriteString(line)
		} else {
			cur.WriteString(line)
		}
	}
	if cur != nil {
		sections[name] = cur.String()
	}
	return comment.String(), sections
}

func formatTxtar(comment string, order []string, sections map[string]string) []byte {
	var b bytes.Buffer
	b.WriteString(comment)
	for _, name := range order {
		b.WriteString("-- " + name + " --\n")
		b.WriteString(sections[name])
	}
	return b.Bytes()
}
