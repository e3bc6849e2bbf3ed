package customs

import (
	"fmt"
	"math/bits"
)

func mul64(a, b uint64) (uint64, uint64) { return bits.Mul64(a, b) }

// div64 divides the 128-bit hi:lo by c; the caller guarantees hi < c
// (a share of a total is never larger than the total).
func div64(hi, lo, c uint64) (uint64, uint64) { return bits.Div64(hi, lo, c) }

func itoa8(d day) string { return fmt.Sprintf("%08d", int(d)) }
