package importer

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/kefu-ai/kefu"
)

// MaxInputBytes is the largest file the importer reads.
const MaxInputBytes = 64 << 20

// MaxProblems is how many problems an error lists; the rest are counted.
const MaxProblems = 20

// maxKept bounds the problems kept in memory for sorting.
const maxKept = 1000

// Problem is one thing wrong with an input file, located as precisely as
// the format allows.
type Problem struct {
	// Line is the 1-based line of the file where the bad row or JSON
	// element starts; 0 when unknown.
	Line int `json:"line,omitempty"`
	// Element names the JSON element: "element 3" (0-based index in an
	// array), "orders[3].lines[1]" in a shop document. Empty for CSV.
	Element string `json:"element,omitempty"`
	// Message says what is wrong, safe to show to the person importing.
	Message string `json:"message"`
}

// String formats p as "line 7: msg" or "line 7 (element 3): msg".
func (p Problem) String() string {
	switch {
	case p.Line > 0 && p.Element != "":
		return fmt.Sprintf("line %d (%s): %s", p.Line, p.Element, p.Message)
	case p.Line > 0:
		return fmt.Sprintf("line %d: %s", p.Line, p.Message)
	case p.Element != "":
		return p.Element + ": " + p.Message
	}
	return p.Message
}

// pos is where a record starts.
type pos struct {
	line  int
	where string // JSON element path; "" for CSV
}

// child returns the position of the i-th item of a record's list field.
func (p pos) child(field string, i int) pos {
	switch {
	case p.where == "":
		return p
	case strings.HasPrefix(p.where, "element "):
		return pos{p.line, fmt.Sprintf("%s, %s[%d]", p.where, field, i)}
	}
	return pos{p.line, fmt.Sprintf("%s.%s[%d]", p.where, field, i)}
}

// problems collects what is wrong with one input.
type problems struct {
	list  []Problem
	extra int // problems beyond maxKept
}

// add records msg at p; an empty msg is no problem.
func (ps *problems) add(p pos, msg string) {
	if msg == "" {
		return
	}
	if len(ps.list) >= maxKept {
		ps.extra++
		return
	}
	ps.list = append(ps.list, Problem{Line: p.line, Element: p.where, Message: msg})
}

func (ps *problems) addf(p pos, format string, args ...any) { ps.add(p, fmt.Sprintf(format, args...)) }

func (ps *problems) count() int { return len(ps.list) + ps.extra }

// first returns up to MaxProblems problems in file order.
func (ps *problems) first() []Problem {
	sort.SliceStable(ps.list, func(i, j int) bool { return ps.list[i].Line < ps.list[j].Line })
	return ps.list[:min(len(ps.list), MaxProblems)]
}

// errProblems aborts a transaction whose input has problems; the caller
// reports the problems themselves.
var errProblems = errors.New("importer: input has problems")

// invalidInput is the error for an input with problems: EINVALID, with
// every listed problem in the message so that a CLI or API client can
// show it as is.
func invalidInput(op string, ps *problems) error {
	n := ps.count()
	var b strings.Builder
	if n == 1 {
		b.WriteString("1 problem, nothing was imported:")
	} else {
		fmt.Fprintf(&b, "%d problems, nothing was imported:", n)
	}
	for _, p := range ps.first() {
		b.WriteString("\n")
		b.WriteString(p.String())
	}
	if n > MaxProblems {
		fmt.Fprintf(&b, "\n(%d more not shown)", n-MaxProblems)
	}
	return &kefu.Error{Code: kefu.EINVALID, Op: op, Message: b.String()}
}

// readAll reads at most MaxInputBytes of r.
func readAll(op string, r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxInputBytes+1))
	if err != nil {
		return nil, &kefu.Error{Code: kefu.EINTERNAL, Op: op, Err: err}
	}
	if len(data) > MaxInputBytes {
		return nil, &kefu.Error{Code: kefu.ETOOLARGE, Op: op, Message: fmt.Sprintf("the file is larger than %d MiB", MaxInputBytes>>20)}
	}
	return data, nil
}

// lineAt returns the 1-based line of byte offset off.
func lineAt(data []byte, off int64) int {
	off = max(0, min(off, int64(len(data))))
	return 1 + bytes.Count(data[:off], []byte{'\n'})
}

// column is one CSV column of a kind.
type column struct {
	name     string
	required bool // the header must have it (values may still be checked per row)
}

// table is a CSV file checked against its columns: a header row, then
// one row per record.
type table struct {
	index map[string]int // column name -> field index
	rows  []row
}

// row is one data row of a table.
type row struct {
	line   int // where the row starts (a quoted field may span lines)
	fields []string
}

// get returns the trimmed value of column col in r, "" when the file has
// no such column.
func (t *table) get(r row, col string) string {
	if i, ok := t.index[col]; ok && i < len(r.fields) {
		return r.fields[i]
	}
	return ""
}

// readCSV parses data as CSV with a header row naming columns from cols
// (in any order; optional ones may be left out). It returns nil when the
// header is unusable; bad rows are reported and left out.
func readCSV(data []byte, cols []column, ps *problems) *table {
	data = bytes.TrimPrefix(data, []byte("\ufeff")) // spreadsheet exports often start with a BOM
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1 // checked below, with a better message
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = c.name
	}
	header, err := r.Read()
	if err == io.EOF {
		ps.addf(pos{line: 1}, "the file is empty: want a header row like %s", strings.Join(names, ","))
		return nil
	}
	if err != nil {
		csvProblem(err, ps)
		return nil
	}
	t := &table{index: map[string]int{}}
	known := map[string]bool{}
	for _, c := range cols {
		known[c.name] = true
	}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(h))
		switch _, dup := t.index[h]; {
		case !utf8.ValidString(h):
			ps.addf(pos{line: 1}, "column %d of the header is not valid UTF-8", i+1)
		case h == "":
			ps.addf(pos{line: 1}, "column %d of the header has no name", i+1)
		case !known[h]:
			ps.addf(pos{line: 1}, "unknown column %q (the columns are %s)", h, strings.Join(names, ","))
		case dup:
			ps.addf(pos{line: 1}, "column %q appears twice", h)
		default:
			t.index[h] = i
		}
	}
	for _, c := range cols {
		if _, ok := t.index[c.name]; c.required && !ok {
			ps.addf(pos{line: 1}, "the header has no %q column", c.name)
		}
	}
	if ps.count() > 0 {
		return nil
	}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			// After a quoting error the reader cannot tell where the
			// next record starts, so stop here.
			csvProblem(err, ps)
			break
		}
		line, _ := r.FieldPos(0)
		if len(rec) != len(header) {
			ps.addf(pos{line: line}, "has %d fields, want %d (one per header column)", len(rec), len(header))
			continue
		}
		ok, empty := true, true
		for i, f := range rec {
			if !utf8.ValidString(f) {
				ps.addf(pos{line: line}, "column %q is not valid UTF-8", strings.TrimSpace(header[i]))
				ok = false
			}
			rec[i] = strings.TrimSpace(f)
			empty = empty && rec[i] == ""
		}
		if ok && !empty {
			t.rows = append(t.rows, row{line: line, fields: rec})
		}
	}
	return t
}

func csvProblem(err error, ps *problems) {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		ps.addf(pos{line: pe.StartLine}, "%v (at line %d, column %d)", pe.Err, pe.Line, pe.Column)
		return
	}
	ps.add(pos{}, err.Error())
}

// element is one element of a JSON array, undecoded.
type element struct {
	raw json.RawMessage
	at  pos
}

// readJSONArray splits data, which must be one JSON array, into its
// elements.
func readJSONArray(data []byte, ps *problems) []element {
	dec := json.NewDecoder(bytes.NewReader(data))
	elems, ok := readArray(dec, data, func(i int) string { return fmt.Sprintf("element %d", i) }, ps)
	if !ok {
		return nil
	}
	if tok, err := dec.Token(); err != io.EOF {
		ps.addf(pos{line: lineAt(data, dec.InputOffset())}, "unexpected %v after the array", tokenText(tok, err))
		return nil
	}
	return elems
}

// readArray reads one JSON array from dec, which reads data, noting
// where each element starts.
func readArray(dec *json.Decoder, data []byte, where func(int) string, ps *problems) ([]element, bool) {
	start := pos{line: lineAt(data, dec.InputOffset())}
	tok, err := dec.Token()
	if err != nil {
		jsonProblem(err, data, dec, ps)
		return nil, false
	}
	if tok != json.Delim('[') {
		ps.addf(start, "want a JSON array, not %v", tokenText(tok, nil))
		return nil, false
	}
	var elems []element
	for i := 0; dec.More(); i++ {
		off := dec.InputOffset()
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			jsonProblem(err, data, dec, ps)
			return nil, false
		}
		// InputOffset points just past the previous token; skip the
		// comma and blanks to reach the element itself.
		for off < int64(len(data)) && strings.IndexByte(" \t\r\n,", data[off]) >= 0 {
			off++
		}
		at := pos{line: lineAt(data, off), where: where(i)}
		if !utf8.Valid(raw) {
			ps.add(at, "not valid UTF-8")
			continue
		}
		elems = append(elems, element{raw: raw, at: at})
	}
	if _, err := dec.Token(); err != nil { // the closing ]
		jsonProblem(err, data, dec, ps)
		return nil, false
	}
	return elems, true
}

func jsonProblem(err error, data []byte, dec *json.Decoder, ps *problems) {
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		ps.addf(pos{line: lineAt(data, se.Offset)}, "invalid JSON: %s", strings.TrimPrefix(se.Error(), "json: "))
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		ps.add(pos{line: lineAt(data, int64(len(data)))}, "invalid JSON: unexpected end of file")
	default:
		ps.addf(pos{line: lineAt(data, dec.InputOffset())}, "invalid JSON: %s", strings.TrimPrefix(err.Error(), "json: "))
	}
}

func tokenText(tok json.Token, err error) string {
	switch {
	case err != nil:
		return "invalid JSON"
	case tok == nil:
		return "null"
	}
	switch v := tok.(type) {
	case json.Delim:
		return string(v)
	case string:
		return fmt.Sprintf("%q", v)
	}
	return fmt.Sprint(tok)
}

// record is a decoded row or element that knows where it came from.
type record interface {
	setAt(pos)
}

// decodeElements decodes each element into a T, rejecting unknown
// fields; elements that do not decode are reported and left out.
func decodeElements[T any, PT interface {
	*T
	record
}](elems []element, ps *problems) []T {
	out := make([]T, 0, len(elems))
	for _, e := range elems {
		var v T
		if msg := decodeStrict(e.raw, &v); msg != "" {
			ps.add(e.at, msg)
			continue
		}
		PT(&v).setAt(e.at)
		out = append(out, v)
	}
	return out
}

// decodeStrict decodes one JSON object into v, returning a readable
// message for what is wrong with it.
func decodeStrict(raw []byte, v any) string {
	if len(raw) == 0 || raw[0] != '{' {
		return "want a JSON object"
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	var te *json.UnmarshalTypeError
	switch {
	case err == nil:
		return ""
	case errors.As(err, &te):
		return fmt.Sprintf("%s: want %s, not a JSON %s", te.Field, typeText(te.Type), te.Value)
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}

func typeText(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Int, reflect.Int64, reflect.Int32:
		return "a whole number"
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice:
		return "a list"
	case reflect.Map, reflect.Struct:
		return "an object"
	}
	return t.String()
}
