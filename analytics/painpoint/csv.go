package painpoint

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Row is one review read by ReadCSV.
type Row struct {
	// Line is the row's line in the file (the header is line 1).
	Line int
	Review
	// Label is the value of the label column, "" when the analysts gave
	// none.
	Label string
	// Class is the value of the most_voted_class column, "" when the file
	// has none; the late-delivery analysis groups by it.
	Class string
}

// ClassColumn and SubclassColumn are the Olist label columns.
const (
	ClassColumn    = "most_voted_class"
	SubclassColumn = "most_voted_subclass"
)

// ReadCSV reads reviews in the layout of the Olist classified reviews:
// a header naming at least review_score, review_comment_message,
// delivered_late and the label column (review_comment_title and
// most_voted_class are read when present). review_score is 1–5 or empty;
// delivered_late is 1 (late), 0 (on time) or empty (not delivered). Errors
// name the line.
func ReadCSV(r io.Reader, label string) ([]Row, error) {
	cr := csv.NewReader(r)
	cr.ReuseRecord = false
	head, err := cr.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, errors.New("line 1: empty file, want a header")
		}
		return nil, fmt.Errorf("line 1: %w", err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.TrimPrefix(strings.TrimSpace(h), "\ufeff")] = i
	}
	need := []string{"review_score", "review_comment_message", "delivered_late", label}
	for _, n := range need {
		if _, ok := col[n]; !ok {
			return nil, fmt.Errorf("line 1: no column %q in the header", n)
		}
	}
	get := func(rec []string, name string) string {
		if i, ok := col[name]; ok && i < len(rec) {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	var rows []Row
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, fmt.Errorf("line %d: %w", pe.StartLine, pe.Err)
			}
			return nil, err
		}
		line, _ := cr.FieldPos(0)
		row := Row{Line: line, Label: get(rec, label), Class: get(rec, ClassColumn)}
		title, msg := get(rec, "review_comment_title"), get(rec, "review_comment_message")
		row.Text = strings.TrimSpace(title + "\n" + msg)
		if s := get(rec, "review_score"); s != "" {
			n, err := strconv.Atoi(s)
			if err != nil || n < 1 || n > 5 {
				return nil, fmt.Errorf("line %d: review_score %q is not 1–5", line, s)
			}
			row.Score = n
		}
		switch s := get(rec, "delivered_late"); s {
		case "1":
			row.Delivery = Late
		case "0":
			row.Delivery = OnTime
		case "":
			row.Delivery = NotDelivered
		default:
			return nil, fmt.Errorf("line %d: delivered_late %q is not 1, 0 or empty", line, s)
		}
		rows = append(rows, row)
	}
	if len(rows) == 0 {
		return nil, errors.New("no rows after the header")
	}
	return rows, nil
}

// Labelled returns the rows that have a label as examples, and how many
// had none.
func Labelled(rows []Row) (ex []Example, unlabelled int) {
	for _, r := range rows {
		if r.Label == "" {
			unlabelled++
			continue
		}
		ex = append(ex, Example{Review: r.Review, Label: r.Label})
	}
	return ex, unlabelled
}
