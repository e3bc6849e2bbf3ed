package skin

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/kefu-ai/kefu/cosmetics/inci"
)

// Type is a skin type.
type Type int

// The skin types, in the order of the dataset's columns.
const (
	Combination Type = iota
	Dry
	Normal
	Oily
	Sensitive
	NumTypes = 5
)

var typeNames = [NumTypes]string{"combination", "dry", "normal", "oily", "sensitive"}

func (t Type) String() string {
	if t < 0 || t >= NumTypes {
		return fmt.Sprintf("Type(%d)", int(t))
	}
	return typeNames[t]
}

// Product is what a product card says that the models use.
type Product struct {
	Kind  string  // product type: "Moisturizer", "Cleanser", ...
	Brand string  // as printed
	Price float64 // in the shop's currency; NaN if unknown
	// Ingredients in the order printed; none when the card has no list.
	Ingredients []inci.Ingredient
}

// Labels holds one product's suitability flags, indexed by Type.
type Labels [NumTypes]bool

// Dataset is a set of labelled products read from a CSV file.
type Dataset struct {
	Products []Product
	Labels   []Labels
	Line     []int // the CSV line each product came from
	// Unlabelled counts rows with no flag set: unknown rather than
	// "suits no one", so they are neither trained nor measured on.
	Unlabelled int
}

// Len returns the number of labelled products.
func (d *Dataset) Len() int { return len(d.Products) }

// Subset returns the products at idx (sharing their ingredient slices).
func (d *Dataset) Subset(idx []int) *Dataset {
	s := &Dataset{}
	for _, i := range idx {
		s.Products = append(s.Products, d.Products[i])
		s.Labels = append(s.Labels, d.Labels[i])
		s.Line = append(s.Line, d.Line[i])
	}
	return s
}

// LineError is a problem with one cell of a CSV file.
type LineError struct {
	Line   int    // 1-based line of the record
	Column string // the column's header name, if known
	Err    error
}

func (e *LineError) Error() string {
	if e.Column == "" {
		return fmt.Sprintf("line %d: %v", e.Line, e.Err)
	}
	return fmt.Sprintf("line %d: column %s: %v", e.Line, e.Column, e.Err)
}

func (e *LineError) Unwrap() error { return e.Err }

// ReadCSV reads the Sephora layout: a header naming at least ingredients
// and the five flag columns (combination, dry, normal, oily, sensitive,
// each 0 or 1); label (product type), brand and price are used when
// present (an empty price is unknown); other columns are ignored. Rows
// with no flag set are counted in Unlabelled and left out. Errors name
// the line and column.
func ReadCSV(r io.Reader) (*Dataset, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, &LineError{Line: 1, Err: errors.New("empty file, want a header")}
		}
		return nil, err
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))] = i
	}
	required := append([]string{"ingredients"}, typeNames[:]...)
	for _, c := range required {
		if _, ok := col[c]; !ok {
			return nil, &LineError{Line: 1, Err: fmt.Errorf("no column %q (want %s)", c, strings.Join(required, ", "))}
		}
	}
	ds := &Dataset{}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err // a csv.ParseError names the line
		}
		line, _ := cr.FieldPos(0)
		cell := func(name string) string {
			if i, ok := col[name]; ok && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		if len(rec) < len(head) {
			return nil, &LineError{Line: line, Err: fmt.Errorf("%d columns, the header has %d", len(rec), len(head))}
		}
		var lab Labels
		any := false
		for t := range Type(NumTypes) {
			switch v := cell(t.String()); v {
			case "1":
				lab[t], any = true, true
			case "0":
			default:
				return nil, &LineError{Line: line, Column: t.String(), Err: fmt.Errorf("%q is not 0 or 1", v)}
			}
		}
		p := Product{Kind: cell("label"), Brand: cell("brand"), Price: math.NaN()}
		if v := cell("price"); v != "" {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil || f < 0 || math.IsInf(f, 0) || f != f {
				return nil, &LineError{Line: line, Column: "price", Err: fmt.Errorf("%q is not a price", v)}
			}
			p.Price = f
		}
		if !any {
			ds.Unlabelled++
			continue
		}
		p.Ingredients = inci.Parse(cell("ingredients"))
		ds.Products = append(ds.Products, p)
		ds.Labels = append(ds.Labels, lab)
		ds.Line = append(ds.Line, line)
	}
	if len(ds.Products) == 0 {
		return nil, &LineError{Line: 1, Err: fmt.Errorf("no product with a skin-type flag set (%d without)", ds.Unlabelled)}
	}
	return ds, nil
}
