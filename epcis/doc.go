// Package epcis reads GS1 EPCIS 2.0 capture documents (JSON and JSON-LD)
// into kefu's cold-chain nouns: custody events, telemetry readings and
// batches.
//
// Validate checks a document, or a single event, against GS1's EPCIS 2.0
// JSON Schema (embedded, compiled once, with kefu's two documented
// amendments, see errata.go). Parse validates and then maps the events:
// business steps become custody steps, dispositions become failed checks,
// sensor reports become readings, ILMD and lot-level GTINs become batches,
// and the identifiers a caller needs to link events to shipments (business
// transactions, SSCCs, EPCs) are returned per event in Capture.Refs.
//
// Parse never writes anything: the caller stores what it returns.
// docs/epcis.md has the mapping tables, the limits and the errors.
package epcis
