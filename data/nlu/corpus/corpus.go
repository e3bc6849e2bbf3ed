// Package corpus ships kefu's own multilingual e-commerce intent corpus
// (written by the kefu authors; see ../README.md) and splits it
// deterministically into train and dev parts.
//
// Each <lang>.csv has the header text,label,lang. A row belongs to the dev
// split when the FNV-1a hash of its text falls in the DevPercent bucket, so
// the split never changes when rows are added elsewhere, and the same
// sentence can never be in both splits.
package corpus

import (
	"embed"
	"encoding/csv"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"sort"
	"strings"
)

//go:embed *.csv
var files embed.FS

// DevPercent is the share of rows held out as the dev split.
const DevPercent = 20

// Row is one labelled utterance.
type Row struct {
	Text  string
	Label string
	Lang  string
	// Line is the row's line in its file, for error messages.
	File string
	Line int
}

// Dev reports whether the row belongs to the dev split.
func (r Row) Dev() bool { return IsDev(r.Text) }

// IsDev reports whether a text belongs to the dev split.
func IsDev(text string) bool {
	h := fnv.New32a()
	io.WriteString(h, strings.TrimSpace(text))
	return h.Sum32()%100 < DevPercent
}

// FS returns the embedded corpus files.
func FS() fs.FS { return files }

// Load reads every embedded corpus file, in file-name order.
func Load() ([]Row, error) {
	names, err := fs.Glob(files, "*.csv")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var rows []Row
	for _, name := range names {
		f, err := files.Open(name)
		if err != nil {
			return nil, err
		}
		rs, err := Read(name, f)
		f.Close()
		if err != nil {
			return nil, err
		}
		rows = append(rows, rs...)
	}
	return rows, nil
}

// Read parses one corpus CSV; name is used in error messages.
func Read(name string, r io.Reader) ([]Row, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: header: %w", name, err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.TrimPrefix(strings.TrimSpace(h), "\ufeff")] = i
	}
	ti, ok1 := col["text"]
	li, ok2 := col["label"]
	gi, ok3 := col["lang"]
	if !ok1 || !ok2 || !ok3 {
		return nil, fmt.Errorf("%s: header must have text, label and lang columns", name)
	}
	var rows []Row
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		line, _ := cr.FieldPos(0)
		if len(rec) != len(head) {
			return nil, fmt.Errorf("%s line %d: %d fields, want %d", name, line, len(rec), len(head))
		}
		row := Row{Text: strings.TrimSpace(rec[ti]), Label: strings.TrimSpace(rec[li]), Lang: strings.TrimSpace(rec[gi]), File: name, Line: line}
		if row.Text == "" || row.Label == "" || row.Lang == "" {
			return nil, fmt.Errorf("%s line %d: empty text, label or lang", name, line)
		}
		rows = append(rows, row)
	}
	return rows, nil
}

// Split returns the train and dev rows.
func Split(rows []Row) (train, dev []Row) {
	for _, r := range rows {
		if r.Dev() {
			dev = append(dev, r)
		} else {
			train = append(train, r)
		}
	}
	return train, dev
}

// WriteCSV writes rows as text,label,lang CSV (for "kefu train" and peers).
func WriteCSV(w io.Writer, rows []Row) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"text", "label", "lang"})
	for _, r := range rows {
		cw.Write([]string{r.Text, r.Label, r.Lang})
	}
	cw.Flush()
	return cw.Error()
}
