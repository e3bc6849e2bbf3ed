// Package tsenc encodes a device's telemetry readings compactly, for the
// sqlite and postgres stores, which keep them in one row per device per
// hour (a bucket).
//
// A reading becomes a Point: its time in Unix milliseconds and its
// measurements in fixed point (temperature and humidity in hundredths,
// positions in millionths of a degree), a missing measurement being
// Missing. A bucket's points are stored as a blob:
//
//	blob   = version chunk*                version is 1
//	chunk  = uvarint(len(body)) body
//	body   = uvarint(n) uvarint(last) times temps hums lats lons events
//
// where n is the number of points of the chunk and last the offset of its
// last point from the bucket's start, in ms (so that the end of a bucket
// is found without decoding it). The chunks of a bucket hold points in
// strictly increasing time, each chunk after the one before: most writes
// append a chunk (readings arrive in order), and a write that cannot
// (readings out of order, or too many chunks) rewrites the bucket as one.
//
// A measurement column starts with a byte e: its values are stored
// divided by 10^e (0 <= e <= 4), the largest power that divides them all,
// so that a 0.1 °C logger's steps are as small as a 1 °C one's. Then each
// column is a sequence of tokens, each a uvarint u:
//
//	u&1 == 1   a run of u>>1 + 1 values equal to the previous one
//	u&3 == 2   a run of u>>2 + 1 missing values
//	u&3 == 0   one value: the previous one plus unzigzag(u>>2) (never 0)
//
// "Previous" is the last value present before, 0 at the start of a chunk.
// The values of the time column are the second differences of the
// points' offsets from the bucket's start (so readings at a steady rate
// cost a token per run); those of the measurement columns are the
// measurements themselves (so a token holds the change from the reading
// before, and a steady or absent measurement costs a token per run).
//
// Door and alarm reports are rare: events = uvarint(count) then, per
// event, uvarint(index - previous index) and a kind byte (1 door open, 2
// door closed, 3 alarm followed by uvarint(len) and the alarm's bytes);
// a point has at most one door and one alarm event, door first.
package tsenc
