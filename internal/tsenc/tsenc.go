package tsenc

import (
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/kefu-ai/kefu"
)

const (
	// BucketMS is the span of a bucket: an hour, in milliseconds.
	BucketMS = 3_600_000
	// MaxPoints is the most points a bucket holds: one every 55 ms.
	MaxPoints = 1 << 16
	// Missing is the value of a measurement that was not taken.
	Missing = math.MinInt32

	version = 1
	// A bucket holding appendFrom points or more grows by appending
	// chunks (up to maxChunks), so that a write costs what it adds rather
	// than the whole bucket; smaller buckets are rewritten as one chunk,
	// which is smallest.
	appendFrom = 256
	maxChunks  = 16
)

// Door values of a Point.
const (
	DoorNone uint8 = iota
	DoorOpen
	DoorClosed
)

// Event kinds on the wire.
const (
	evOpen   = 1
	evClosed = 2
	evAlarm  = 3
)

// Point is a reading in fixed point.
type Point struct {
	At   int64 // Unix milliseconds
	Temp int32 // hundredths of a degree Celsius, or Missing
	Hum  int32 // hundredths of a percent of relative humidity, or Missing
	Lat  int32 // millionths of a degree, or Missing
	Lon  int32 // millionths of a degree, or Missing
	Door uint8 // DoorNone, DoorOpen or DoorClosed
	// Alarm is the device's alarm code, "" for none.
	Alarm string
}

// ErrFull is returned by Add when a bucket would hold more than MaxPoints.
var ErrFull = errors.New("tsenc: more than 65536 readings in an hour")

// errCorrupt is returned for blobs that are not valid encodings.
var errCorrupt = errors.New("tsenc: corrupt bucket")

// corrupt returns errCorrupt with detail.
func corrupt(format string, args ...any) error {
	return fmt.Errorf("%w: %s", errCorrupt, fmt.Sprintf(format, args...))
}

// Bucket returns the bucket of a time in Unix milliseconds: the number of
// whole hours since the epoch.
func Bucket(ms int64) int64 {
	b := ms / BucketMS
	if ms%BucketMS < 0 {
		b--
	}
	return b
}

// Start returns the first millisecond of bucket b.
func Start(b int64) int64 { return b * BucketMS }

// fixed returns v scaled by scale and rounded, or Missing when v is NaN.
func fixed(v, scale float64) int32 {
	if math.IsNaN(v) {
		return Missing
	}
	return int32(math.Round(v * scale))
}

// float is the inverse of fixed.
func float(v int32, scale float64) float64 {
	if v == Missing {
		return math.NaN()
	}
	return float64(v) / scale
}

// FromReading returns r in fixed point. r must be valid
// (kefu.Reading.Validate): out-of-range measurements do not fit.
// Its time is truncated to the millisecond.
func FromReading(r *kefu.Reading) Point {
	p := Point{
		At:    r.At.UnixMilli(),
		Temp:  fixed(r.TempC, 100),
		Hum:   fixed(r.Humidity, 100),
		Lat:   fixed(r.Lat, 1e6),
		Lon:   fixed(r.Lon, 1e6),
		Alarm: r.Alarm,
	}
	switch r.Door {
	case kefu.DoorOpen:
		p.Door = DoorOpen
	case kefu.DoorClosed:
		p.Door = DoorClosed
	}
	return p
}

// Reading returns p as a reading of the device, in UTC.
func (p *Point) Reading(deviceID string) kefu.Reading {
	r := kefu.Reading{
		DeviceID: deviceID,
		At:       time.UnixMilli(p.At).UTC(),
		TempC:    float(p.Temp, 100),
		Humidity: float(p.Hum, 100),
		Lat:      float(p.Lat, 1e6),
		Lon:      float(p.Lon, 1e6),
		Alarm:    p.Alarm,
	}
	switch p.Door {
	case DoorOpen:
		r.Door = kefu.DoorOpen
	case DoorClosed:
		r.Door = kefu.DoorClosed
	}
	return r
}

// Buffer is the scratch space of Add and Decode; reusing one keeps them
// from allocating. It is not safe for concurrent use.
type Buffer struct {
	old, merged, group []Point
	out                []byte
}

// Entry is a point of one series (a device).
type Entry struct {
	Series int64
	Point
}

// Group sorts es by series and time and calls fn with the points of each
// series and bucket in turn, in strictly increasing time: of the entries
// of a series at the same time, the first in es is kept and the others
// are dropped. pts is valid during the call only; fn may use b.Add.
func (b *Buffer) Group(es []Entry, fn func(series, bucket int64, pts []Point) error) error {
	slices.SortStableFunc(es, func(x, y Entry) int {
		if c := cmp.Compare(x.Series, y.Series); c != 0 {
			return c
		}
		return cmp.Compare(x.At, y.At)
	})
	for i := 0; i < len(es); {
		series, bucket := es[i].Series, Bucket(es[i].At)
		b.group = b.group[:0]
		for ; i < len(es) && es[i].Series == series && Bucket(es[i].At) == bucket; i++ {
			if n := len(b.group); n > 0 && b.group[n-1].At == es[i].At {
				continue // a duplicate: the first stays
			}
			b.group = append(b.group, es[i].Point)
		}
		if err := fn(series, bucket, b.group); err != nil {
			return err
		}
	}
	return nil
}

// Add returns the blob of a bucket holding the points of blob (a bucket
// as stored, or empty for a new one) and those of pts at times blob does
// not have, and how many of pts it added. pts must be in strictly
// increasing time, all in the bucket starting at base (Start). When added
// is 0, out is blob. out is valid until the next use of b.
func (b *Buffer) Add(blob []byte, base int64, pts []Point) (out []byte, added int, err error) {
	if len(pts) == 0 {
		return blob, 0, nil
	}
	if err := checkPoints(base, pts); err != nil {
		return nil, 0, err
	}
	if len(blob) == 0 {
		if len(pts) > MaxPoints {
			return nil, 0, ErrFull
		}
		b.out = appendChunk(append(b.out[:0], version), base, pts)
		return b.out, len(pts), nil
	}
	n, chunks, last, err := scan(blob)
	if err != nil {
		return nil, 0, err
	}
	if n >= appendFrom && chunks < maxChunks && pts[0].At-base > last {
		// All after the bucket's last point: append a chunk.
		if n+len(pts) > MaxPoints {
			return nil, 0, ErrFull
		}
		b.out = appendChunk(append(b.out[:0], blob...), base, pts)
		return b.out, len(pts), nil
	}
	if b.old, err = Decode(b.old[:0], base, blob); err != nil {
		return nil, 0, err
	}
	b.merged, added = merge(b.merged[:0], b.old, pts)
	if added == 0 {
		return blob, 0, nil
	}
	if len(b.merged) > MaxPoints {
		return nil, 0, ErrFull
	}
	b.out = appendChunk(append(b.out[:0], version), base, b.merged)
	return b.out, added, nil
}

// checkPoints reports points outside the bucket or out of order.
func checkPoints(base int64, pts []Point) error {
	prev := base - 1
	for i := range pts {
		p := &pts[i]
		switch {
		case p.At <= prev:
			return fmt.Errorf("tsenc: point %d at %d is not after %d", i, p.At, prev)
		case p.At-base >= BucketMS:
			return fmt.Errorf("tsenc: point %d at %d is after its bucket", i, p.At)
		case p.Door > DoorClosed:
			return fmt.Errorf("tsenc: point %d has door %d", i, p.Door)
		}
		prev = p.At
	}
	return nil
}

// merge appends to dst the points of old and those of pts at times old
// does not have, in time order; both are in strictly increasing time.
func merge(dst, old, pts []Point) ([]Point, int) {
	added := 0
	i, j := 0, 0
	for i < len(old) && j < len(pts) {
		switch {
		case old[i].At < pts[j].At:
			dst = append(dst, old[i])
			i++
		case old[i].At > pts[j].At:
			dst = append(dst, pts[j])
			j++
			added++
		default: // a duplicate: the stored point stays
			dst = append(dst, old[i])
			i++
			j++
		}
	}
	dst = append(dst, old[i:]...)
	added += len(pts) - j
	dst = append(dst, pts[j:]...)
	return dst, added
}

// zigzag maps signed to unsigned integers, small magnitudes to small values.
func zigzag(v int64) uint64 { return uint64(v<<1) ^ uint64(v>>63) }

// unzigzag is the inverse of zigzag.
func unzigzag(u uint64) int64 { return int64(u>>1) ^ -int64(u&1) }

// colEnc encodes one column into dst.
type colEnc struct {
	dst     []byte
	prev    int64
	same    uint64 // pending run of values equal to prev
	missing uint64 // pending run of missing values
}

func (c *colEnc) flush() {
	if c.same > 0 {
		c.dst = binary.AppendUvarint(c.dst, (c.same-1)<<1|1)
		c.same = 0
	}
	if c.missing > 0 {
		c.dst = binary.AppendUvarint(c.dst, (c.missing-1)<<2|2)
		c.missing = 0
	}
}

func (c *colEnc) add(v int64) {
	if c.missing > 0 {
		c.flush()
	}
	if v == c.prev {
		c.same++
		return
	}
	if c.same > 0 {
		c.flush()
	}
	c.dst = binary.AppendUvarint(c.dst, zigzag(v-c.prev)<<2)
	c.prev = v
}

func (c *colEnc) addMissing() {
	if c.same > 0 {
		c.flush()
	}
	c.missing++
}

// appendChunk appends a chunk of pts (checked with checkPoints) to dst.
func appendChunk(dst []byte, base int64, pts []Point) []byte {
	start := len(dst)
	c := colEnc{dst: dst}
	c.dst = binary.AppendUvarint(c.dst, uint64(len(pts)))
	c.dst = binary.AppendUvarint(c.dst, uint64(pts[len(pts)-1].At-base))
	// Times: the column of first differences, so tokens hold second ones.
	prev := base
	for i := range pts {
		c.add(pts[i].At - prev)
		prev = pts[i].At
	}
	c.flush()
	for col := range 4 {
		get := getters[col]
		// The largest power of ten that divides every value: a 0.1 °C
		// sensor's steps then cost what a 1 °C one's would.
		e := len(pow10) - 1
		for i := 0; i < len(pts) && e > 0; i++ {
			if v := get(&pts[i]); v != Missing {
				for v%pow10[e] != 0 {
					e--
				}
			}
		}
		c.dst = append(c.dst, byte(e))
		c.prev = 0
		for i := range pts {
			if v := get(&pts[i]); v == Missing {
				c.addMissing()
			} else {
				c.add(int64(v / pow10[e]))
			}
		}
		c.flush()
	}
	events := 0
	for i := range pts {
		if pts[i].Door != DoorNone {
			events++
		}
		if pts[i].Alarm != "" {
			events++
		}
	}
	c.dst = binary.AppendUvarint(c.dst, uint64(events))
	last := 0
	for i := range pts {
		p := &pts[i]
		if p.Door != DoorNone {
			c.dst = binary.AppendUvarint(c.dst, uint64(i-last))
			c.dst = append(c.dst, p.Door) // evOpen, evClosed
			last = i
		}
		if p.Alarm != "" {
			c.dst = binary.AppendUvarint(c.dst, uint64(i-last))
			c.dst = append(c.dst, evAlarm)
			c.dst = binary.AppendUvarint(c.dst, uint64(len(p.Alarm)))
			c.dst = append(c.dst, p.Alarm...)
			last = i
		}
	}
	// Prefix the body with its length: shift it right by the length's size.
	dst = c.dst
	body := len(dst) - start
	var lb [binary.MaxVarintLen64]byte
	ln := binary.PutUvarint(lb[:], uint64(body))
	dst = append(dst, lb[:ln]...)
	copy(dst[start+ln:], dst[start:start+body])
	copy(dst[start:], lb[:ln])
	return dst
}

// scan returns the number of points of a blob, its number of chunks and
// the offset of its last point, reading only the chunks' headers.
func scan(blob []byte) (n, chunks int, last int64, err error) {
	if len(blob) == 0 {
		return 0, 0, -1, nil
	}
	if blob[0] != version {
		return 0, 0, 0, corrupt("version %d", blob[0])
	}
	last = -1
	for pos := 1; pos < len(blob); {
		body, next, err := chunkAt(blob, pos)
		if err != nil {
			return 0, 0, 0, err
		}
		cn, k := binary.Uvarint(body)
		if k <= 0 || cn == 0 || cn > MaxPoints {
			return 0, 0, 0, corrupt("chunk size")
		}
		l, k2 := binary.Uvarint(body[k:])
		if k2 <= 0 || l >= BucketMS || int64(l) <= last {
			return 0, 0, 0, corrupt("chunk end")
		}
		n += int(cn)
		chunks++
		last = int64(l)
		pos = next
	}
	return n, chunks, last, nil
}

// chunkAt returns the body of the chunk at pos and the position after it.
func chunkAt(blob []byte, pos int) (body []byte, next int, err error) {
	l, k := binary.Uvarint(blob[pos:])
	if k <= 0 || l > uint64(len(blob)-pos-k) {
		return nil, 0, corrupt("chunk length")
	}
	next = pos + k + int(l)
	return blob[pos+k : next], next, nil
}

// colDec decodes one column.
type colDec struct {
	src  []byte
	pos  int
	prev int64
	// run is how many more values the current run yields; missing
	// whether they are missing (else equal to prev).
	run     uint64
	missing bool
}

// next returns the next value of the column; ok is false when it is missing.
func (c *colDec) next() (v int64, ok bool, err error) {
	if c.run == 0 {
		u, k := binary.Uvarint(c.src[c.pos:])
		if k <= 0 {
			return 0, false, corrupt("column token")
		}
		c.pos += k
		switch {
		case u&1 == 1:
			c.run, c.missing = u>>1+1, false
		case u&3 == 2:
			c.run, c.missing = u>>2+1, true
		default:
			d := unzigzag(u >> 2)
			if d == 0 {
				return 0, false, corrupt("zero delta")
			}
			c.prev += d
			return c.prev, true, nil
		}
	}
	c.run--
	return c.prev, !c.missing, nil
}

// col decodes a measurement column into pts via set.
func (c *colDec) col(pts []Point, set func(p *Point, v int32)) error {
	if c.pos >= len(c.src) || int(c.src[c.pos]) >= len(pow10) {
		return corrupt("column scale")
	}
	scale := int64(pow10[c.src[c.pos]])
	c.pos++
	c.prev, c.run = 0, 0
	for i := range pts {
		v, ok, err := c.next()
		if err != nil {
			return err
		}
		if !ok {
			set(&pts[i], Missing)
			continue
		}
		if v < -math.MaxInt32/scale || v > math.MaxInt32/scale {
			return corrupt("value %d", v)
		}
		set(&pts[i], int32(v*scale))
	}
	if c.run != 0 {
		return corrupt("run past the column")
	}
	return nil
}

// Decode appends to dst the points of a bucket blob starting at base,
// in time order. It returns an error, never panics, on a blob that is
// not a valid encoding.
func Decode(dst []Point, base int64, blob []byte) ([]Point, error) {
	if len(blob) == 0 {
		return dst, nil
	}
	if blob[0] != version {
		return dst, corrupt("version %d", blob[0])
	}
	first := len(dst)
	for pos := 1; pos < len(blob); {
		body, next, err := chunkAt(blob, pos)
		if err != nil {
			return dst, err
		}
		if dst, err = decodeChunk(dst, first, base, body); err != nil {
			return dst, err
		}
		pos = next
	}
	return dst, nil
}

// decodeChunk appends the points of a chunk's body to dst, whose points
// from first on are the bucket's decoded so far.
func decodeChunk(dst []Point, first int, base int64, body []byte) ([]Point, error) {
	un, k := binary.Uvarint(body)
	if k <= 0 || un == 0 || un > uint64(MaxPoints-(len(dst)-first)) {
		return dst, corrupt("chunk size")
	}
	n := int(un)
	last, k2 := binary.Uvarint(body[k:])
	if k2 <= 0 {
		return dst, corrupt("chunk end")
	}
	c := colDec{src: body, pos: k + k2}
	prev := int64(-1)
	if len(dst) > first {
		prev = dst[len(dst)-1].At - base
	}
	start := len(dst)
	off := int64(0)
	for range n {
		d, _, err := c.next()
		if err != nil {
			return dst, err
		}
		off += d
		if off <= prev || off >= BucketMS {
			return dst, corrupt("time %d after %d", off, prev)
		}
		prev = off
		dst = append(dst, Point{At: base + off})
	}
	if c.run != 0 || uint64(prev) != last {
		return dst, corrupt("time column")
	}
	pts := dst[start:]
	for _, set := range setters {
		if err := c.col(pts, set); err != nil {
			return dst, err
		}
	}
	ne, k := binary.Uvarint(body[c.pos:])
	if k <= 0 || ne > 2*uint64(n) {
		return dst, corrupt("event count")
	}
	c.pos += k
	idx := 0
	for range ne {
		d, k := binary.Uvarint(body[c.pos:])
		if k <= 0 || d >= uint64(n-idx) || c.pos+k >= len(body) {
			return dst, corrupt("event index")
		}
		idx += int(d)
		c.pos += k
		p := &pts[idx]
		kind := body[c.pos]
		c.pos++
		switch {
		case (kind == evOpen || kind == evClosed) && p.Door == DoorNone && p.Alarm == "":
			p.Door = kind
		case kind == evAlarm && p.Alarm == "":
			l, k := binary.Uvarint(body[c.pos:])
			if k <= 0 || l == 0 || l > uint64(len(body)-c.pos-k) {
				return dst, corrupt("alarm")
			}
			c.pos += k
			p.Alarm = string(body[c.pos : c.pos+int(l)])
			c.pos += int(l)
		default:
			return dst, corrupt("event kind %d", kind)
		}
	}
	if c.pos != len(body) {
		return dst, corrupt("%d bytes after the chunk", len(body)-c.pos)
	}
	return dst, nil
}

// pow10 are the scales of a column: its values are stored divided by one.
var pow10 = [...]int32{1, 10, 100, 1000, 10000}

// getters read the measurement columns, in their order in a chunk.
var getters = [...]func(p *Point) int32{
	func(p *Point) int32 { return p.Temp },
	func(p *Point) int32 { return p.Hum },
	func(p *Point) int32 { return p.Lat },
	func(p *Point) int32 { return p.Lon },
}

// setters store the measurement columns, in their order in a chunk.
var setters = [...]func(p *Point, v int32){
	func(p *Point, v int32) { p.Temp = v },
	func(p *Point, v int32) { p.Hum = v },
	func(p *Point, v int32) { p.Lat = v },
	func(p *Point, v int32) { p.Lon = v },
}

// CeilMilli returns the first Unix millisecond not before t.
func CeilMilli(t time.Time) int64 {
	ms := t.UnixMilli() // rounded down: the nanoseconds of t are never negative
	if t.Nanosecond()%int(time.Millisecond) != 0 {
		ms++
	}
	return ms
}

// ReadingsIn returns the points of pts at lo <= At < hi (Unix
// milliseconds) as readings of the device.
func ReadingsIn(pts []Point, deviceID string, lo, hi int64) []kefu.Reading {
	n := 0
	for i := range pts {
		if pts[i].At >= lo && pts[i].At < hi {
			n++
		}
	}
	rs := make([]kefu.Reading, 0, n)
	for i := range pts {
		if pts[i].At >= lo && pts[i].At < hi {
			rs = append(rs, pts[i].Reading(deviceID))
		}
	}
	return rs
}
