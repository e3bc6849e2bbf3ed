package inci

import (
	_ "embed"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Keys returns the keys ing may be listed under in a table of ingredient
// names, most specific first: its Name, then its everyday name built from
// the parenthesised text ("sunflower seed oil", "sunflower oil" for
// "Helianthus Annuus (Sunflower) Seed Oil"), then that text alone.
func (ing Ingredient) Keys() []string {
	keys := []string{ing.Name}
	if ing.Common == "" {
		return keys
	}
	if ing.Tail != "" {
		keys = append(keys, ing.Common+" "+ing.Tail)
		if f := strings.Fields(ing.Tail); len(f) > 1 {
			keys = append(keys, ing.Common+" "+f[len(f)-1])
		}
	}
	return append(keys, ing.Common)
}

// Rating is an ingredient's comedogenicity (how likely it clogs pores)
// and irritancy, each 0 (none) to 5 (severe), on the classic rabbit-ear
// lists. They are compiled from acne websites, not regulatory data: fine
// as model features, not as claims to customers without a human check.
type Rating struct {
	Comedogenic, Irritant int
}

// Ratings knows the embedded comedogenicity and irritancy tables.
type Ratings struct {
	rated map[string]Rating
	// clogging holds names on an acne clinic's pore-clogging list (no
	// score).
	clogging map[string]bool
}

//go:embed ratings.csv
var ratingsCSV string

//go:embed poreclogging.txt
var poreCloggingTxt string

var defaultRatings = sync.OnceValues(func() (*Ratings, error) {
	return readRatings(strings.NewReader(ratingsCSV), strings.NewReader(poreCloggingTxt))
})

// DefaultRatings returns the embedded tables: 98 rated ingredients
// (dermscan resources/detailed.csv) and 242 pore-clogging names
// (resources/acneclinic.txt), MIT licence (LICENSE.ratings).
func DefaultRatings() *Ratings {
	r, err := defaultRatings()
	if err != nil {
		panic("inci: embedded ratings: " + err.Error()) // a build defect, caught by the tests
	}
	return r
}

// readRatings reads a "Name,Comedogenicity,Irritancy" CSV and a list of
// pore-clogging names, one a line.
func readRatings(rated, clogging io.Reader) (*Ratings, error) {
	r := &Ratings{rated: map[string]Rating{}, clogging: map[string]bool{}}
	cr := csv.NewReader(rated)
	cr.FieldsPerRecord = 3
	header := true
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		if header {
			header = false
			continue
		}
		line, _ := cr.FieldPos(0)
		c, err1 := strconv.Atoi(strings.TrimSpace(rec[1]))
		i, err2 := strconv.Atoi(strings.TrimSpace(rec[2]))
		if err := errors.Join(err1, err2); err != nil {
			return nil, fmt.Errorf("ratings line %d: %w", line, err)
		}
		if k := Normalize(rec[0]); k != "" {
			r.rated[k] = Rating{Comedogenic: c, Irritant: i}
		}
	}
	b, err := io.ReadAll(clogging)
	if err != nil {
		return nil, err
	}
	for _, l := range strings.Split(string(b), "\n") {
		if k := Normalize(l); k != "" {
			r.clogging[k] = true
		}
	}
	return r, nil
}

// Rate returns ing's rating under the first of its Keys the table has.
func (r *Ratings) Rate(ing Ingredient) (Rating, bool) {
	for _, k := range ing.Keys() {
		if v, ok := r.rated[k]; ok {
			return v, true
		}
	}
	return Rating{}, false
}

// PoreClogging reports whether ing is on the pore-clogging list, or rated
// 4 or 5 for comedogenicity.
func (r *Ratings) PoreClogging(ing Ingredient) bool {
	if v, ok := r.Rate(ing); ok && v.Comedogenic >= 4 {
		return true
	}
	for _, k := range ing.Keys() {
		if r.clogging[k] {
			return true
		}
	}
	return false
}

// Inventory maps ingredient keys to their CosIng functions, in lower case
// ("humectant", "skin conditioning - emollient").
type Inventory struct {
	functions map[string][]string
	// Labels lists every function in the inventory, sorted.
	Labels []string
}

// ReadCosIng reads the CosIng ingredient inventory reduced to
// "inci_name,cas_number,einecs_number,function" (the header names the
// columns; function holds comma-separated labels). Names that share a key
// (they differ only in parenthesised text) get the union of functions.
// Errors name the line and column.
func ReadCosIng(rd io.Reader) (*Inventory, error) {
	cr := csv.NewReader(rd)
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("line 1: %w", err)
	}
	nameCol, fnCol := slices.Index(head, "inci_name"), slices.Index(head, "function")
	if nameCol < 0 || fnCol < 0 {
		return nil, errors.New(`line 1: want columns "inci_name" and "function"`)
	}
	inv := &Inventory{functions: map[string][]string{}}
	labels := map[string]bool{}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err // csv.ParseError names the line
		}
		if len(rec) <= max(nameCol, fnCol) {
			line, _ := cr.FieldPos(0)
			return nil, fmt.Errorf("line %d: %d columns, want at least %d", line, len(rec), max(nameCol, fnCol)+1)
		}
		k := Normalize(rec[nameCol])
		if k == "" {
			continue
		}
		for _, f := range strings.Split(rec[fnCol], ",") {
			f = strings.ToLower(strings.TrimSpace(f))
			if f == "" || f == "not reported" || slices.Contains(inv.functions[k], f) {
				continue
			}
			inv.functions[k] = append(inv.functions[k], f)
			labels[f] = true
		}
		if _, ok := inv.functions[k]; !ok {
			inv.functions[k] = nil // known, no function
		}
	}
	for l := range labels {
		inv.Labels = append(inv.Labels, l)
	}
	slices.Sort(inv.Labels)
	return inv, nil
}

// Functions returns ing's functions under the first of its Keys the
// inventory has; ok is false when none is in it.
func (inv *Inventory) Functions(ing Ingredient) (fns []string, ok bool) {
	for _, k := range ing.Keys() {
		if f, ok := inv.functions[k]; ok {
			return f, true
		}
	}
	return nil, false
}

// Len returns the number of keys in the inventory.
func (inv *Inventory) Len() int { return len(inv.functions) }
