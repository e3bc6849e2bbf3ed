// Package money holds kefu's exact decimal arithmetic for amounts of money:
// Decimal (an exact base-10 number), Rate (a percentage such as "22" or
// "5.5"), Currency (ISO 4217 code with its minor unit and symbol) and Amount
// (an integer count of a currency's minor units).
//
// No binary floating point is used anywhere. Products and quotients are
// computed exactly (128-bit integers, or math/big when that is not enough)
// and rounded once, half away from zero, to the minor unit of the result's
// currency: 0.5 cent becomes 1 cent, -0.5 cent becomes -1 cent. Callers
// decide at which steps of a computation rounding happens; each function
// that rounds says so.
package money
