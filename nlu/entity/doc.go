// Package entity finds entities in a customer message: order and tracking
// numbers, phone numbers, e-mail addresses and URLs, money, quantities and
// weights, durations, dates, countries, HS codes, products and SKUs of the
// tenant's catalogue, skin types and concerns, and seasons.
//
// Every entity carries a normalised Value (ISO codes, E.164, grams, minutes,
// exact decimal amounts, SKUs) and byte offsets into the original text.
// Recognisers are hand-written scanners and rune tries over the embedded
// gazetteer (data/nlu/gazetteer), so a short message takes a few
// microseconds; overlapping candidates are resolved longest first, then by
// how specific the recogniser is. See docs/nlu-entities.md for the values.
package entity
