// Package compensation decides what a customer gets for an incident: it
// compiles a shop's rules (CEL expressions over the incident's facts,
// github.com/google/cel-go), evaluates them in order, replays them over
// past incidents (DryRun), and issues the result into the ledger exactly
// once per incident (Issuer). docs/compensation.md describes the
// variables, the rules' semantics and their limits.
package compensation
