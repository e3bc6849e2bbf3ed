package epcis

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/kefu-ai/kefu"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
)

// Limits of one capture.
const (
	// MaxDocumentBytes is the largest document Validate and Parse read.
	MaxDocumentBytes = 10 << 20
	// MaxEvents is the most events one document may hold.
	MaxEvents = 10_000
)

// schemaURL is the $id of GS1's schema.
const schemaURL = "https://gs1.github.io/EPCIS/EPCIS-JSON-Schema.json"

//go:embed schema/EPCIS-JSON-Schema.json
var schemaJSON []byte

// compiled holds the schema, compiled on first use. It is written once,
// under the Once, and read-only after.
var compiled struct {
	once   sync.Once
	schema *jsonschema.Schema
	err    error
}

// gs1Schema returns the compiled, amended schema.
func gs1Schema() (*jsonschema.Schema, error) {
	compiled.once.Do(func() {
		compiled.schema, compiled.err = compileSchema()
	})
	return compiled.schema, compiled.err
}

func compileSchema() (*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schemaJSON))
	if err != nil {
		return nil, err
	}
	if err := amend(doc); err != nil {
		return nil, fmt.Errorf("amending the GS1 schema: %w", err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft7)
	c.AssertFormat() // draft-07 asserts formats anyway; say so
	c.UseRegexpEngine(compileRegexp)
	if err := c.AddResource(schemaURL, doc); err != nil {
		return nil, err
	}
	return c.Compile(schemaURL)
}

// Validate checks an EPCIS 2.0 document (EPCISDocument or
// EPCISQueryDocument) or a single event against GS1's schema. It returns
// ETOOLARGE for a document over MaxDocumentBytes or with more than
// MaxEvents events, and EINVALID for anything else wrong: the error's
// Field is the JSON pointer (RFC 6901) of the failing value ("" for the
// document itself) and its message a short reason.
func Validate(doc []byte) error {
	_, err := decode(doc)
	return err
}

// decode reads and validates a document; the value is as
// jsonschema.UnmarshalJSON returns it (numbers as json.Number).
func decode(doc []byte) (any, error) {
	const op = "epcis.Validate"
	if len(doc) > MaxDocumentBytes {
		return nil, &kefu.Error{Code: kefu.ETOOLARGE, Op: op,
			Message: fmt.Sprintf("EPCIS document is larger than %d bytes", MaxDocumentBytes)}
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(doc))
	if err != nil {
		e := kefu.Invalidf("", "EPCIS document is not JSON: %s", jsonReason(err))
		e.Op = op
		return nil, e
	}
	if typ, ok := obj(v)["type"].(string); !ok || typ == "" {
		e := kefu.Invalidf("/type", "EPCIS document is invalid at /type: type is required (EPCISDocument, EPCISQueryDocument or an event type)")
		e.Op = op
		return nil, e
	}
	if n := len(eventList(v)); n > MaxEvents {
		return nil, &kefu.Error{Code: kefu.ETOOLARGE, Op: op,
			Message: fmt.Sprintf("EPCIS document has %d events, more than %d", n, MaxEvents)}
	}
	sch, err := gs1Schema()
	if err != nil {
		return nil, &kefu.Error{Code: kefu.EINTERNAL, Op: op, Message: "the EPCIS schema does not compile", Err: err}
	}
	if err := sch.Validate(v); err != nil {
		var ve *jsonschema.ValidationError
		if !errors.As(err, &ve) {
			return nil, &kefu.Error{Code: kefu.EINTERNAL, Op: op, Message: "EPCIS validation failed", Err: err}
		}
		f := explain(ve, nil, v)
		ptr := pointer(f.field)
		where := ptr
		if where == "" {
			where = "the document"
		}
		e := kefu.Invalidf(ptr, "EPCIS document is invalid at %s: %s", where, f.reason)
		e.Op = op
		return nil, e
	}
	return v, nil
}

// jsonReason is a JSON syntax error with its byte offset.
func jsonReason(err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("%v (at byte %d)", se, se.Offset)
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Sprintf("%v (at byte %d)", te, te.Offset)
	}
	return err.Error()
}

// failure is the one schema violation an error reports.
type failure struct {
	depth  int      // length of the instance location where it was found
	alt    bool     // found in one alternative of an anyOf or oneOf
	field  []string // the location reported, maybe a property below it
	reason string
}

// maxReason bounds the reason of an error, in bytes.
const maxReason = 240

// explain picks, from the tree of violations under e, the one to report.
// Where every branch must hold (allOf, properties, items), the first in
// document order; where one of them must (anyOf, oneOf), the deepest:
// the alternative that got furthest into the document is usually the one
// the author meant. When the alternatives all fail at the value itself,
// their reasons are joined ("is not X; or is not Y"). Missing, additional
// and badly named properties are reported at the property's own path.
// parent is the location of e's parent; doc is the instance.
func explain(e *jsonschema.ValidationError, parent []string, doc any) failure {
	loc := e.InstanceLocation
	switch k := e.ErrorKind.(type) {
	case *kind.PropertyNames:
		// The library hands out this location without copying it, so
		// its segments may have been overwritten by later siblings; only
		// its length holds. Find the object that has the property.
		loc = findProperty(doc, parent, len(loc), k.Property)
		return failure{depth: len(loc), field: appendPath(loc, k.Property), reason: fmt.Sprintf("property %q is not allowed here", k.Property)}
	case *kind.Required:
		if len(k.Missing) > 0 {
			missing := slices.Sorted(slices.Values(k.Missing))
			r := fmt.Sprintf("%s is required", missing[0])
			if len(missing) > 1 {
				r += fmt.Sprintf(" (also missing: %s)", strings.Join(missing[1:], ", "))
			}
			return failure{depth: len(loc), field: appendPath(loc, missing[0]), reason: r}
		}
	case *kind.AdditionalProperties:
		if len(k.Properties) > 0 {
			props := slices.Sorted(slices.Values(k.Properties))
			return failure{depth: len(loc), field: appendPath(loc, props[0]), reason: fmt.Sprintf("property %q is not allowed here", props[0])}
		}
	case *kind.Enum:
		if len(k.Want) > 4 {
			want := make([]string, 3)
			for i := range want {
				want[i] = fmt.Sprintf("%v", k.Want[i])
			}
			return failure{depth: len(loc), field: slices.Clone(loc),
				reason: fmt.Sprintf("%q is not one of the %d values allowed (%s, ...)", fmt.Sprint(k.Got), len(k.Want), strings.Join(want, ", "))}
		}
	}
	if len(e.Causes) == 0 {
		return failure{depth: len(loc), field: slices.Clone(loc), reason: leafReason(e)}
	}
	fs := make([]failure, len(e.Causes))
	for i, c := range e.Causes {
		fs[i] = explain(c, loc, doc)
	}
	_, anyOf := e.ErrorKind.(*kind.AnyOf)
	_, oneOf := e.ErrorKind.(*kind.OneOf)
	for i := range fs {
		fs[i].alt = fs[i].alt || anyOf || oneOf
	}
	if !anyOf && !oneOf {
		// Causes come in the order of the schema's keywords, some kept in
		// maps: order them by the document so the choice is stable.
		return slices.MinFunc(fs, func(a, b failure) int {
			if c := comparePaths(a.field, b.field); c != 0 {
				return c
			}
			if a.alt != b.alt { // what must hold says more than one of the ways out
				if b.alt {
					return -1
				}
				return 1
			}
			return strings.Compare(a.reason, b.reason)
		})
	}
	var ties []failure
	for _, f := range fs {
		switch {
		case len(ties) == 0 || f.depth > ties[0].depth:
			ties = []failure{f}
		case f.depth == ties[0].depth:
			ties = append(ties, f)
		}
	}
	best := ties[0]
	if len(ties) > 1 && best.depth == len(loc) {
		reasons := make([]string, len(ties))
		for i, t := range ties {
			reasons[i] = t.reason
		}
		best = failure{depth: len(loc), field: slices.Clone(loc), reason: strings.Join(reasons, "; or ")}
	}
	best.reason = truncate(best.reason, maxReason)
	return best
}

// comparePaths orders locations as the document does: array indices by
// number, object keys (whose order JSON does not keep) by name; a
// location after the ones under it, which say more precisely what is
// wrong.
func comparePaths(a, b []string) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] == b[i] {
			continue
		}
		x, errx := strconv.Atoi(a[i])
		y, erry := strconv.Atoi(b[i])
		if errx == nil && erry == nil {
			return x - y
		}
		return strings.Compare(a[i], b[i])
	}
	return len(b) - len(a)
}

// leafReason is the library's message for a violation without causes,
// without the location it starts with.
func leafReason(e *jsonschema.ValidationError) string {
	s := e.Error()
	if strings.HasPrefix(s, "at '") {
		if i := strings.Index(s, "': "); i >= 0 {
			return s[i+3:]
		}
	}
	return s
}

// findProperty returns the location, n segments long and under prefix, of
// the first object (keys in order) that has the property name; prefix
// when there is none.
func findProperty(doc any, prefix []string, n int, name string) []string {
	if n <= len(prefix) {
		return slices.Clone(prefix[:n])
	}
	node, ok := lookup(doc, prefix)
	if !ok {
		return slices.Clone(prefix)
	}
	var walk func(v any, path []string) []string
	walk = func(v any, path []string) []string {
		if len(path) == n {
			if m, ok := v.(map[string]any); ok {
				if _, ok := m[name]; ok {
					return path
				}
			}
			return nil
		}
		switch v := v.(type) {
		case map[string]any:
			keys := make([]string, 0, len(v))
			for k := range v {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				if p := walk(v[k], appendPath(path, k)); p != nil {
					return p
				}
			}
		case []any:
			for i, x := range v {
				if p := walk(x, appendPath(path, strconv.Itoa(i))); p != nil {
					return p
				}
			}
		}
		return nil
	}
	if p := walk(node, slices.Clone(prefix)); p != nil {
		return p
	}
	return slices.Clone(prefix)
}

// lookup returns the value at a location.
func lookup(v any, path []string) (any, bool) {
	for _, tok := range path {
		switch x := v.(type) {
		case map[string]any:
			var ok bool
			if v, ok = x[tok]; !ok {
				return nil, false
			}
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(x) {
				return nil, false
			}
			v = x[i]
		default:
			return nil, false
		}
	}
	return v, true
}

// appendPath returns path with tok added, never sharing path's array.
func appendPath(path []string, tok string) []string {
	return append(slices.Clip(slices.Clone(path)), tok)
}

// pointerEscaper escapes a JSON pointer's reference token.
var pointerEscaper = strings.NewReplacer("~", "~0", "/", "~1")

// pointer writes a location as a JSON pointer: "" for the root.
func pointer(path []string) string {
	var b strings.Builder
	for _, tok := range path {
		b.WriteByte('/')
		b.WriteString(pointerEscaper.Replace(tok))
	}
	return b.String()
}

// truncate shortens s to at most n bytes on a rune boundary, marking the cut.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n - len("…")
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}
