package risk

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Format names a CSV layout ReadCSV understands.
type Format string

// The CSV layouts.
const (
	// FormatShipping is the "E-Commerce Shipping Data" table (Kaggle
	// prachi13/customer-analytics), label Reached.on.Time_Y.N where 1
	// means NOT on time.
	FormatShipping Format = "shipping"
	// FormatOlist is Olist's classified public dataset with kefu's added
	// delivered_late label; rows never delivered (empty label) are skipped.
	FormatOlist Format = "olist"
	// FormatFeatures has one column per feature, named as Feature.String
	// gives ("weather_severity", "carrier", ...), and a 0/1 column "late";
	// missing columns and empty cells are unknown, other columns are
	// ignored. Categorical columns hold the category's text.
	FormatFeatures Format = "features"
)

// Formats lists the formats in the order DetectFormat tries them.
var Formats = []Format{FormatShipping, FormatOlist, FormatFeatures}

// Dataset is a labelled set of orders read from a CSV file.
type Dataset struct {
	Format Format
	X      []Features
	Y      []float64 // 1 if the delivery was late, else 0
	Line   []int     // the CSV line each row came from
	// Skipped counts rows without a label (Olist orders never delivered).
	Skipped int
}

// Positives returns the number of late rows.
func (d *Dataset) Positives() int {
	n := 0
	for _, y := range d.Y {
		if y == 1 {
			n++
		}
	}
	return n
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

// adapter maps one CSV layout to features.
type adapter struct {
	label    string   // the label column
	required []string // columns the layout must have, besides the label
	// row fills f from one record; col returns a cell by column name.
	row func(f *Features, col func(string) string) error
}

var adapters = map[Format]adapter{
	FormatShipping: {
		label: "Reached.on.Time_Y.N",
		required: []string{"Warehouse_block", "Mode_of_Shipment", "Customer_care_calls", "Cost_of_the_Product",
			"Prior_purchases", "Product_importance", "Discount_offered", "Weight_in_gms"},
		row: shippingRow,
	},
	FormatOlist: {
		label: "delivered_late",
		required: []string{"order_products_value", "order_freight_value", "order_items_qty", "order_sellers_qty",
			"order_purchase_timestamp", "order_aproved_at", "order_estimated_delivery_date", "customer_state",
			"customer_zip_code_prefix", "product_category_name"},
		row: olistRow,
	},
	FormatFeatures: {label: "late", row: featuresRow},
}

// shippingRow maps the shipping table. Customer_rating (likely given
// after delivery), Gender (not a delivery fact, and not a basis kefu
// should treat customers differently on) and ID are not used.
func shippingRow(f *Features, col func(string) string) error {
	num := []struct {
		feat Feature
		col  string
	}{
		{CareContacts, "Customer_care_calls"}, {OrderValue, "Cost_of_the_Product"}, {PriorOrders, "Prior_purchases"},
		{Discount, "Discount_offered"}, {WeightG, "Weight_in_gms"},
	}
	for _, n := range num {
		if err := setNumber(f, n.feat, n.col, col(n.col)); err != nil {
			return err
		}
	}
	f[Origin] = Code(col("Warehouse_block"))
	f[Carrier] = Code(col("Mode_of_Shipment"))
	switch p := strings.ToLower(strings.TrimSpace(col("Product_importance"))); p {
	case "low":
		f[Priority] = 0
	case "medium":
		f[Priority] = 1
	case "high":
		f[Priority] = 2
	case "":
	default:
		return &LineError{Column: "Product_importance", Err: fmt.Errorf("%q is not low, medium or high", p)}
	}
	return nil
}

// olistRow maps Olist's columns known at purchase: values, counts,
// purchase time, approval delay, the estimated (promised) date, the
// destination state and postcode prefix, and the category. The delivery
// date, the review and the analysts' votes are outcomes and are not read.
func olistRow(f *Features, col func(string) string) error {
	num := []struct {
		feat Feature
		col  string
	}{
		{OrderValue, "order_products_value"}, {FreightValue, "order_freight_value"},
		{ItemCount, "order_items_qty"}, {SellerCount, "order_sellers_qty"},
	}
	for _, n := range num {
		if err := setNumber(f, n.feat, n.col, col(n.col)); err != nil {
			return err
		}
	}
	bought, err := olistTime("order_purchase_timestamp", col)
	if err != nil {
		return err
	}
	approved, err := olistTime("order_aproved_at", col)
	if err != nil {
		return err
	}
	promised, err := olistTime("order_estimated_delivery_date", col)
	if err != nil {
		return err
	}
	if !bought.IsZero() {
		f[PlacedHour] = float64(bought.Hour())
		f[PlacedWeekday] = float64(bought.Weekday())
		f[PlacedMonth] = float64(bought.Month())
		if !approved.IsZero() {
			f[ApprovalHours] = approved.Sub(bought).Hours()
		}
		if !promised.IsZero() {
			f[PromisedHours] = promised.Sub(bought).Hours()
		}
	}
	f[Destination] = Code(col("customer_state"))
	f[DestArea] = Code(col("customer_zip_code_prefix"))
	f[Category] = Code(col("product_category_name"))
	return nil
}

// olistTime parses "2018-01-15 15:50:42.000000" (fraction optional); an
// empty cell is the zero time.
func olistTime(name string, col func(string) string) (time.Time, error) {
	s := strings.TrimSpace(col(name))
	if s == "" {
		return time.Time{}, nil
	}
	if i := strings.IndexByte(s, '.'); i >= 0 {
		s = s[:i]
	}
	t, err := time.Parse(time.DateTime, s)
	if err != nil {
		return time.Time{}, &LineError{Column: name, Err: fmt.Errorf("%q is not a time like 2018-01-15 15:50:42", col(name))}
	}
	return t, nil
}

func featuresRow(f *Features, col func(string) string) error {
	for i := range NumFeatures {
		feat := Feature(i)
		v := col(feat.String())
		if feat.Categorical() {
			f[feat] = Code(v)
			continue
		}
		if err := setNumber(f, feat, feat.String(), v); err != nil {
			return err
		}
	}
	return nil
}

func setNumber(f *Features, feat Feature, name, s string) error {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	v, ok := number(s)
	if !ok {
		return &LineError{Column: name, Err: fmt.Errorf("%q is not a number", s)}
	}
	f[feat] = v
	return nil
}

// number parses a finite decimal number.
func number(s string) (float64, bool) {
	v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false
	}
	return v, true
}

// DetectFormat returns the format whose label and columns the header has.
func DetectFormat(header []string) (Format, bool) {
	for _, fm := range Formats {
		a := adapters[fm]
		if !slices.Contains(header, a.label) {
			continue
		}
		ok := true
		for _, c := range a.required {
			ok = ok && slices.Contains(header, c)
		}
		if fm == FormatFeatures {
			ok = slices.ContainsFunc(header, func(h string) bool { _, found := FeatureByName(h); return found })
		}
		if ok {
			return fm, true
		}
	}
	return "", false
}

// ReadCSV reads a labelled CSV in the given format, or the one its header
// shows when format is "". Errors name the line (and column) at fault.
func ReadCSV(r io.Reader, format Format) (*Dataset, error) {
	cr := csv.NewReader(r)
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err == io.EOF {
		return nil, &LineError{Line: 1, Err: errors.New("empty file: want a header")}
	}
	if err != nil {
		return nil, csvError(err)
	}
	header = slices.Clone(header)
	if len(header) > 0 {
		header[0] = strings.TrimPrefix(header[0], "\ufeff")
	}
	if format == "" {
		fm, ok := DetectFormat(header)
		if !ok {
			return nil, &LineError{Line: 1, Err: fmt.Errorf("header matches none of the formats %v; give --format", Formats)}
		}
		format = fm
	}
	a, ok := adapters[format]
	if !ok {
		return nil, fmt.Errorf("risk: unknown format %q (want one of %v)", format, Formats)
	}
	index := map[string]int{}
	for i, h := range header {
		if _, dup := index[h]; !dup {
			index[h] = i
		}
	}
	for _, c := range append([]string{a.label}, a.required...) {
		if _, ok := index[c]; !ok {
			return nil, &LineError{Line: 1, Err: fmt.Errorf("no column %q for format %s", c, format)}
		}
	}
	ds := &Dataset{Format: format}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, csvError(err)
		}
		line, _ := cr.FieldPos(0)
		col := func(name string) string {
			if i, ok := index[name]; ok {
				return rec[i]
			}
			return ""
		}
		var y float64
		switch l := strings.TrimSpace(col(a.label)); l {
		case "1", "1.0":
			y = 1
		case "0", "0.0":
		case "":
			ds.Skipped++
			continue
		default:
			return nil, &LineError{Line: line, Column: a.label, Err: fmt.Errorf("label %q is not 0 or 1", l)}
		}
		f := Unknown()
		if err := a.row(&f, col); err != nil {
			var le *LineError
			if errors.As(err, &le) {
				le.Line = line
				return nil, le
			}
			return nil, &LineError{Line: line, Err: err}
		}
		ds.X = append(ds.X, f)
		ds.Y = append(ds.Y, y)
		ds.Line = append(ds.Line, line)
	}
	if len(ds.X) == 0 {
		return nil, errors.New("risk: no labelled rows")
	}
	return ds, nil
}

func csvError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &LineError{Line: pe.Line, Err: pe.Err}
	}
	return err
}
