package epcis

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// kefu's three amendments to GS1's schema, applied to the decoded schema before
// it is compiled so that the embedded file stays as GS1 published it.
//
//  1. persistentDisposition is allowed on AggregationEvent,
//     TransactionEvent and AssociationEvent, not only on ObjectEvent and
//     TransformationEvent: the EPCIS 2.0 XSD (XSD/EPCglobal-epcis-2_0.xsd
//     in the same GS1 repository and commit) has it on all five event
//     types; the JSON Schema left it out of three. OpenEPCIS's valid
//     AggregationEvent_with_persistentDisposition.json relies on it.
//  2. A sensor report's type may also be a bare term in GS1's naming style
//     (an upper-case letter, then letters, digits or "_"): the schema's
//     2023 list lacks types that OpenEPCIS's valid examples use
//     ("EffectiveDoseRate", "Molar_concentration"). kefu maps only
//     Temperature, RelativeHumidity and latitude/longitude Angles and
//     ignores every other type, so accepting an unlisted term costs
//     nothing; lower-case, empty and punctuated terms are still refused.
//  3. A sensor report needs a type or an exception, not always a type: the
//     XSD has the type attribute optional, and a report of an alarm or a
//     device error need not say what was measured. OpenEPCIS's valid
//     SensorData_with_combined_events.json has such reports.
//
// No amendment lets any deliberately invalid OpenEPCIS example
// through (TestExamples checks).

// persistentDispositionEvents are the event definitions amendment 1 extends.
var persistentDispositionEvents = []string{"AggregationEvent", "TransactionEvent", "AssociationEvent"}

// measurementTermPattern is amendment 2's bare measurement type.
const measurementTermPattern = `^[A-Z][A-Za-z0-9_]*$`

// amend applies the amendments to the decoded schema; an error means the
// schema no longer has the shape they expect (a new GS1 release) and the
// amendments need a look.
func amend(root any) error {
	defs, _ := obj(root)["definitions"].(map[string]any)
	if defs == nil {
		return fmt.Errorf("schema has no definitions")
	}
	for _, name := range persistentDispositionEvents {
		if err := allowPersistentDisposition(defs, name); err != nil {
			return err
		}
	}
	mt := obj(defs["measurementType"])
	anyOf, ok := mt["anyOf"].([]any)
	if !ok {
		return fmt.Errorf("measurementType has no anyOf")
	}
	mt["anyOf"] = append(anyOf, map[string]any{"type": "string", "pattern": measurementTermPattern})

	sr := obj(defs["sensorReport"])
	req, _ := sr["required"].([]any)
	if len(req) != 1 || req[0] != "type" {
		return fmt.Errorf("sensorReport does not require just its type")
	}
	delete(sr, "required")
	sr["anyOf"] = []any{
		map[string]any{"required": []any{"type"}},
		map[string]any{"required": []any{"exception"}},
	}
	return nil
}

// allowPersistentDisposition adds persistentDisposition to the properties
// and allowed property names of the event definition name.
func allowPersistentDisposition(defs map[string]any, name string) error {
	allOf, _ := obj(defs[name])["allOf"].([]any)
	for _, part := range allOf {
		p := obj(part)
		props := obj(p["properties"])
		names := obj(p["propertyNames"])
		if props == nil || names == nil {
			continue
		}
		if _, ok := props["persistentDisposition"]; ok {
			return nil // GS1 fixed it
		}
		alts, _ := names["anyOf"].([]any)
		for _, alt := range alts {
			a := obj(alt)
			enum, ok := a["enum"].([]any)
			if !ok {
				continue
			}
			a["enum"] = append(enum, "persistentDisposition")
			props["persistentDisposition"] = map[string]any{"$ref": "#/definitions/persistentDisposition"}
			return nil
		}
	}
	return fmt.Errorf("%s: no property list to extend", name)
}

// compileRegexp is the schema's regular expression engine: Go's regexp
// (RE2) plus the one construct of GS1's schema RE2 lacks, a pattern that is
// wholly a negative lookahead at the start, "^(?!X)", which holds when the
// string does not start with X. Any other lookaround is refused.
func compileRegexp(s string) (jsonschema.Regexp, error) {
	if inner, ok := strings.CutPrefix(s, "^(?!"); ok && closesAtEnd(inner) {
		re, err := regexp.Compile("^(?:" + inner[:len(inner)-1] + ")")
		if err != nil {
			return nil, err
		}
		return notPrefix{re: re, src: s}, nil
	}
	return regexp.Compile(s)
}

// closesAtEnd reports whether the group opened just before s closes at
// the last byte of s (and not before), skipping escaped characters and
// character classes.
func closesAtEnd(s string) bool {
	depth, class := 1, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\':
			i++
		case class:
			class = c != ']'
		case c == '[':
			class = true
		case c == '(':
			depth++
		case c == ')':
			depth--
			if depth == 0 {
				return i == len(s)-1
			}
		}
	}
	return false
}

// notPrefix matches strings that do not start with a match of re.
type notPrefix struct {
	re  *regexp.Regexp
	src string
}

func (n notPrefix) MatchString(s string) bool { return !n.re.MatchString(s) }
func (n notPrefix) String() string            { return n.src }
