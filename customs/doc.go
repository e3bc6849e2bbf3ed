// Package customs computes what a cross-border parcel costs the customer
// on arrival: customs duty and import VAT/GST, with a line-by-line
// explanation in the customer's language. It also validates, describes and
// suggests Harmonized System (HS 2022) codes, and holds the facts a shop
// answers cross-border questions from (certification, withdrawal rights,
// delivery times, restricted goods), keyed by region × category and date.
//
// All data is embedded (package kefu/data/customs): the HS nomenclature, EU
// VAT rates, and rate tables for duties, thresholds, taxes and currency
// conversion. The tables are dated EXAMPLES that a shop must keep current;
// see docs/customs.md.
//
// Money is exact (package internal/money): amounts are integer minor units
// and every rounding is half away from zero to the destination currency's
// minor unit, at these steps only:
//
//  1. each item line (unit value × quantity, exact) converted into the
//     destination currency; transport and insurance converted once;
//  2. transport and insurance shared between lines pro rata to their value
//     in whole minor units (largest remainder, so the shares add up);
//  3. duty per line: customs value × duty rate;
//  4. tax per rate: the sum of the tax bases of the lines taxed at that rate
//     × the rate (for one rate, one rounding on the consignment).
//
// Totals are sums of rounded amounts and need no further rounding. A
// threshold test converts the consignment value into the threshold's
// currency (rounded the same way) and compares exactly.
//
// A Tables value is immutable after Load and safe for concurrent use.
package customs
