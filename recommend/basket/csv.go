package basket

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Basket is one purchase: the distinct items bought together.
type Basket struct {
	ID    string
	Items []string // distinct, in the file's order
}

// ReadCSV reads baskets from CSV with a header naming at least the columns
// basket_id and items (item names joined by ";"). When present, n_items
// must equal the number of items and counts must hold one positive integer
// per item (quantities are otherwise ignored: an item is in the basket or
// not). Errors name the line: "line 12: ...".
func ReadCSV(r io.Reader) ([]Basket, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	head, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, errors.New("line 1: empty file, want a header with basket_id and items")
	}
	if err != nil {
		return nil, csvError(err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))] = i
	}
	for _, c := range []string{"basket_id", "items"} {
		if _, ok := col[c]; !ok {
			return nil, fmt.Errorf("line 1: no column %q in the header", c)
		}
	}
	nCol, hasN := col["n_items"]
	cCol, hasC := col["counts"]
	var out []Basket
	seen := map[string]int{}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, csvError(err)
		}
		line, _ := cr.FieldPos(0)
		if len(rec) != len(head) {
			return nil, fmt.Errorf("line %d: %d fields, the header has %d", line, len(rec), len(head))
		}
		b := Basket{ID: strings.TrimSpace(rec[col["basket_id"]])}
		if b.ID == "" {
			return nil, fmt.Errorf("line %d: empty basket_id", line)
		}
		if prev, dup := seen[b.ID]; dup {
			return nil, fmt.Errorf("line %d: basket_id %q repeats line %d", line, b.ID, prev)
		}
		seen[b.ID] = line
		names := strings.Split(rec[col["items"]], ";")
		have := map[string]bool{}
		for _, s := range names {
			s = strings.TrimSpace(s)
			if s == "" {
				return nil, fmt.Errorf("line %d: basket %s: empty item name in %q", line, b.ID, rec[col["items"]])
			}
			if have[s] {
				return nil, fmt.Errorf("line %d: basket %s: item %q is listed twice", line, b.ID, s)
			}
			have[s] = true
			b.Items = append(b.Items, s)
		}
		if hasN {
			n, err := strconv.Atoi(strings.TrimSpace(rec[nCol]))
			if err != nil || n != len(b.Items) {
				return nil, fmt.Errorf("line %d: basket %s: n_items %q, but %d items are listed", line, b.ID, rec[nCol], len(b.Items))
			}
		}
		if hasC {
			cs := strings.Split(rec[cCol], ";")
			if len(cs) != len(b.Items) {
				return nil, fmt.Errorf("line %d: basket %s: %d counts for %d items", line, b.ID, len(cs), len(b.Items))
			}
			for _, c := range cs {
				if n, err := strconv.Atoi(strings.TrimSpace(c)); err != nil || n < 1 {
					return nil, fmt.Errorf("line %d: basket %s: count %q is not a positive integer", line, b.ID, c)
				}
			}
		}
		out = append(out, b)
	}
	if len(out) == 0 {
		return nil, errors.New("line 2: no baskets after the header")
	}
	return out, nil
}

// csvError turns encoding/csv's "record on line 3: ..." into our
// "line 3: ..." form.
func csvError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return fmt.Errorf("line %d: %v", pe.Line, pe.Err)
	}
	return err
}
