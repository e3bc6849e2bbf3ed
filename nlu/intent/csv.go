package intent

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

// ReadCSV reads labelled examples from CSV with a header row. The header
// must name a "text" column and a "label" column (multiclass) or a
// "labels" column (multi-label, labels joined by ';'); if both exist,
// "label" fills Example.Label and "labels" Example.Labels. Other columns
// are ignored. A UTF-8 byte-order mark is skipped. A malformed row or an
// empty text or label is an error naming its line.
func ReadCSV(r io.Reader) ([]Example, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err == io.EOF {
		return nil, errors.New("intent: csv: empty input, want a header")
	}
	if err != nil {
		return nil, fmt.Errorf("intent: csv: %w", err)
	}
	col := map[string]int{}
	for i, h := range header {
		h = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
		if _, dup := col[h]; !dup {
			col[h] = i
		}
	}
	ti, ok := col["text"]
	if !ok {
		return nil, fmt.Errorf("intent: csv: header %q has no text column", header)
	}
	li, hasLabel := col["label"]
	lsi, hasLabels := col["labels"]
	if !hasLabel && !hasLabels {
		return nil, fmt.Errorf("intent: csv: header %q has no label or labels column", header)
	}
	var out []Example
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("intent: csv: %w", err) // a csv.ParseError names its line
		}
		line, _ := cr.FieldPos(0)
		need := max(ti, li, lsi)
		if len(rec) <= need {
			return nil, fmt.Errorf("intent: csv: line %d: %d fields, want at least %d", line, len(rec), need+1)
		}
		e := Example{Text: rec[ti]}
		if strings.TrimSpace(e.Text) == "" {
			return nil, fmt.Errorf("intent: csv: line %d: empty text", line)
		}
		if hasLabel {
			e.Label = strings.TrimSpace(rec[li])
			if e.Label == "" {
				return nil, fmt.Errorf("intent: csv: line %d: empty label", line)
			}
		}
		if hasLabels {
			for _, l := range strings.Split(rec[lsi], ";") {
				if l = strings.TrimSpace(l); l != "" {
					e.Labels = append(e.Labels, l)
				}
			}
			if len(e.Labels) == 0 {
				return nil, fmt.Errorf("intent: csv: line %d: no labels", line)
			}
		}
		out = append(out, e)
	}
}
