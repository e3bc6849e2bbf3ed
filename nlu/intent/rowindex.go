package intent

import "math/bits"

// rowIndex maps a feature bucket to its weight row, or -1 when no training
// example kept the feature. Rows are numbered in ascending bucket order, so
// a bucket's row is the number of kept buckets below it: one bit per bucket
// plus a running count per 64 buckets. For 2^19 buckets that is 128 KB,
// which stays in cache, where a dense []int32 (2 MB) missed on nearly every
// lookup.
type rowIndex []rankWord

// rankWord covers 64 buckets: bit i is set when bucket 64k+i has a row,
// and base is the number of rows below bucket 64k.
type rankWord struct {
	bits uint64
	base uint32
}

// newRowIndex builds the index of nbuckets buckets from the row buckets,
// which must be ascending and below nbuckets.
func newRowIndex(nbuckets int, rowBucket []uint32) rowIndex {
	x := make(rowIndex, (nbuckets+63)/64)
	for _, b := range rowBucket {
		x[b>>6].bits |= 1 << (b & 63)
	}
	n := uint32(0)
	for i := range x {
		x[i].base = n
		n += uint32(bits.OnesCount64(x[i].bits))
	}
	return x
}

// row returns bucket b's row, or -1.
func (x rowIndex) row(b uint32) int32 {
	w := x[b>>6]
	bit := uint64(1) << (b & 63)
	if w.bits&bit == 0 {
		return -1
	}
	return int32(w.base) + int32(bits.OnesCount64(w.bits&(bit-1)))
}
