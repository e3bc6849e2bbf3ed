// Package coldchain answers "did my food stay cold?" from a shipment's
// data: StorageFor says how cold and how long a product keeps (from its
// batch, its attributes or a USDA FoodKeeper default), and Analyze reads
// the shipment's temperature trace, custody events and batch and returns
// the excursions, gaps, door-open time, mean kinetic temperature, shelf
// life left at delivery, sorting compliance and a verdict with reasons.
//
// Everything here is a pure function of its arguments: no store, no clock,
// no I/O. The reasons are codes with the numbers behind them, never
// sentences, so that a report or a chat reply can word them in any
// language. docs/coldchain-analysis.md gives every measure, formula and
// threshold and why.
package coldchain

//go:generate go run ./internal/gen -src ../../shared/datasets/usda-foodkeeper -out ../data/foodkeeper/kinds.tsv
