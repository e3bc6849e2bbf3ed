package tsenc

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

// base is the start of the bucket the tests use.
var base = Start(Bucket(time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC).UnixMilli()))

// series returns n points from base on, every step ms, with a slowly
// changing temperature and humidity; positions when moving.
func series(rng *rand.Rand, start int64, n int, step int64, moving bool) []Point {
	pts := make([]Point, n)
	temp, hum, lat, lon := int32(350), int32(8500), int32(31230416), int32(121473701)
	for i := range pts {
		temp += int32(rng.IntN(3)-1) * 10 // a 0.1 °C sensor
		hum += int32(rng.IntN(3)-1) * 10
		p := Point{At: start + int64(i)*step, Temp: temp, Hum: hum, Lat: Missing, Lon: Missing}
		if moving {
			lat += int32(rng.IntN(2000) - 500)
			lon += int32(rng.IntN(2000) - 500)
			p.Lat, p.Lon = lat, lon
		}
		pts[i] = p
	}
	return pts
}

// encode returns the blob of pts (one bucket) as Add writes it.
func encode(t testing.TB, pts []Point) []byte {
	t.Helper()
	var b Buffer
	out, added, err := b.Add(nil, base, pts)
	if err != nil || added != len(pts) {
		t.Fatalf("Add: %d added, %v", added, err)
	}
	return append([]byte(nil), out...)
}

func TestRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	edge := series(rng, base, 3, 1, true)
	edge[0].At = base                // the first millisecond
	edge[2].At = base + BucketMS - 1 // the last
	edge[1].Temp, edge[1].Hum = math.MaxInt32, Missing+1
	edge[2].Lat, edge[2].Lon = -90_000_000, 180_000_000
	for _, tc := range []struct {
		name string
		pts  []Point
	}{
		{"one", series(rng, base+17, 1, 1, false)},
		{"a minute apart", series(rng, base, 60, 60_000, false)},
		{"moving", series(rng, base+500, 60, 60_000, true)},
		{"a second apart", series(rng, base, 3600, 1000, true)},
		{"edges", edge},
		{"scaled", []Point{
			{At: base + 1, Temp: -9000, Hum: 10000, Lat: -90_000_000, Lon: 180_000_000},
			{At: base + 2, Temp: 9000, Hum: 0, Lat: 90_000_000, Lon: -180_000_000},
			{At: base + 3, Temp: -8990, Hum: 5000, Lat: -math.MaxInt32, Lon: 20_000_000},
		}},
		{"missing", []Point{
			{At: base + 1, Temp: Missing, Hum: Missing, Lat: Missing, Lon: Missing, Door: DoorOpen},
			{At: base + 2, Temp: 0, Hum: Missing, Lat: Missing, Lon: Missing, Alarm: "power_fail"},
			{At: base + 3, Temp: 0, Hum: 0, Lat: Missing, Lon: Missing, Door: DoorClosed, Alarm: "sensor_fault"},
			{At: base + 900, Temp: Missing, Hum: 0, Lat: 0, Lon: 0},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			blob := encode(t, tc.pts)
			got, err := Decode(nil, base, blob)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tc.pts) {
				t.Errorf("Decode(encode(x)) != x\n got %v\nwant %v", got, tc.pts)
			}
			t.Logf("%d points in %d bytes", len(tc.pts), len(blob))
		})
	}
}

// TestSize keeps an eye on the encoding's size: an hour of a reading a
// minute from a 0.1 °C logger.
func TestSize(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, tc := range []struct {
		name   string
		moving bool
		max    int
	}{
		{"temperature and humidity", false, 160},
		{"with positions", true, 400},
	} {
		blob := encode(t, series(rng, base, 60, 60_000, tc.moving))
		if len(blob) > tc.max {
			t.Errorf("%s: an hour is %d bytes, want at most %d", tc.name, len(blob), tc.max)
		}
	}
}

func TestAdd(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	all := series(rng, base, 1200, 3000, true)
	var b Buffer
	check := func(t *testing.T, blob []byte, want []Point) {
		t.Helper()
		got, err := Decode(nil, base, blob)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("bucket holds %d points, want %d (or they differ)", len(got), len(want))
		}
	}
	t.Run("in order", func(t *testing.T) {
		var blob []byte
		for i := 0; i < len(all); i += 60 {
			out, added, err := b.Add(blob, base, all[i:i+60])
			if err != nil || added != 60 {
				t.Fatalf("Add %d: added %d, %v", i, added, err)
			}
			blob = append(blob[:0:0], out...)
		}
		check(t, blob, all)
		if _, chunks, _, _ := scan(blob); chunks < 2 || chunks > maxChunks {
			t.Errorf("%d chunks, want appended chunks, at most %d", chunks, maxChunks)
		}
	})
	t.Run("out of order and duplicates", func(t *testing.T) {
		var blob []byte
		// Every third point, then all, in reverse slices of 60: the
		// stored points stay, whatever the new ones say.
		var thirds []Point
		for i := 0; i < len(all); i += 3 {
			thirds = append(thirds, all[i])
		}
		out, _, err := b.Add(nil, base, thirds)
		if err != nil {
			t.Fatal(err)
		}
		blob = append(blob[:0:0], out...)
		total := len(thirds)
		for i := len(all) - 60; i >= 0; i -= 60 {
			batch := append([]Point(nil), all[i:i+60]...)
			for j := range batch {
				batch[j].Temp = 1 // would show if a duplicate replaced a stored point
			}
			out, added, err := b.Add(blob, base, batch)
			if err != nil || added != 40 {
				t.Fatalf("Add %d: added %d, %v; want 40", i, added, err)
			}
			total += added
			blob = append(blob[:0:0], out...)
		}
		want := make([]Point, len(all))
		for i := range all {
			want[i] = all[i]
			if i%3 != 0 {
				want[i].Temp = 1
			}
		}
		check(t, blob, want)
		if total != len(all) {
			t.Errorf("added %d in all, want %d", total, len(all))
		}
		out, added, err := b.Add(blob, base, all[:10])
		if err != nil || added != 0 || &out[0] != &blob[0] {
			t.Errorf("Add of stored points: added %d, %v; want 0 and the blob unchanged", added, err)
		}
	})
	t.Run("errors", func(t *testing.T) {
		for _, pts := range [][]Point{
			{{At: base - 1}},
			{{At: base + BucketMS}},
			{{At: base + 2}, {At: base + 2}},
			{{At: base + 2}, {At: base + 1}},
			{{At: base, Door: 3}},
		} {
			if _, _, err := b.Add(nil, base, pts); err == nil {
				t.Errorf("Add(%v) succeeded", pts)
			}
		}
		full := make([]Point, MaxPoints+1)
		for i := range full {
			full[i] = Point{At: base + int64(i), Temp: 1, Hum: Missing, Lat: Missing, Lon: Missing}
		}
		if _, _, err := b.Add(nil, base, full); err != ErrFull {
			t.Errorf("Add of %d points: %v, want ErrFull", len(full), err)
		}
		blob := encode(t, full[:MaxPoints])
		if _, _, err := b.Add(blob, base, []Point{{At: base + BucketMS - 1}}); err != ErrFull {
			t.Errorf("Add to a full bucket: %v, want ErrFull", err)
		}
	})
}

func TestGroup(t *testing.T) {
	p := func(series int64, at int64, temp int32) Entry {
		return Entry{series, Point{At: at, Temp: temp, Hum: Missing, Lat: Missing, Lon: Missing}}
	}
	es := []Entry{
		p(2, base+5, 1), p(1, base+BucketMS, 2), p(1, base+3, 3), p(1, base+3, 4), p(2, base+5, 5), p(1, base+BucketMS-1, 6),
	}
	type group struct {
		series, bucket int64
		temps          []int32
	}
	var got []group
	var b Buffer
	err := b.Group(es, func(series, bucket int64, pts []Point) error {
		g := group{series: series, bucket: bucket}
		for _, p := range pts {
			g.temps = append(g.temps, p.Temp)
		}
		got = append(got, g)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	bk := Bucket(base)
	want := []group{{1, bk, []int32{3, 6}}, {1, bk + 1, []int32{2}}, {2, bk, []int32{1}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("groups %v, want %v", got, want)
	}
}

func TestBucket(t *testing.T) {
	for _, tc := range []struct{ ms, want int64 }{
		{0, 0}, {BucketMS - 1, 0}, {BucketMS, 1}, {-1, -1}, {-BucketMS, -1}, {-BucketMS - 1, -2},
	} {
		if got := Bucket(tc.ms); got != tc.want {
			t.Errorf("Bucket(%d) = %d, want %d", tc.ms, got, tc.want)
		}
	}
}

func TestReading(t *testing.T) {
	at := time.Date(2026, 3, 1, 10, 0, 0, 123_456_789, time.FixedZone("CST", 8*3600))
	for _, r := range []kefu.Reading{
		{DeviceID: "d", At: at, TempC: -18.25, Humidity: 93.1, Lat: 31.230416, Lon: 121.473701, Door: kefu.DoorOpen, Alarm: "x"},
		{DeviceID: "d", At: at, TempC: math.NaN(), Humidity: math.NaN(), Lat: math.NaN(), Lon: math.NaN(), Door: kefu.DoorClosed},
		{DeviceID: "d", At: at, TempC: 90, Humidity: 0, Lat: -90, Lon: -180},
	} {
		p := FromReading(&r)
		got := p.Reading("d")
		want := r
		want.At = at.Truncate(time.Millisecond).UTC()
		if !sameReading(got, want) {
			t.Errorf("Reading(FromReading(%+v)) = %+v", r, got)
		}
	}
}

// sameReading is == with NaN equal to NaN.
func sameReading(a, b kefu.Reading) bool {
	eq := func(x, y float64) bool { return x == y || math.IsNaN(x) && math.IsNaN(y) }
	return a.DeviceID == b.DeviceID && a.At.Equal(b.At) && a.At.Location() == b.At.Location() && eq(a.TempC, b.TempC) &&
		eq(a.Humidity, b.Humidity) && eq(a.Lat, b.Lat) && eq(a.Lon, b.Lon) && a.Door == b.Door && a.Alarm == b.Alarm
}

// FuzzDecode checks that Decode never panics on any input, and that what
// it accepts encodes to a blob that decodes the same.
func FuzzDecode(f *testing.F) {
	rng := rand.New(rand.NewPCG(7, 8))
	f.Add(encode(f, series(rng, base, 60, 60_000, true)))
	f.Add(encode(f, []Point{{At: base + 1, Temp: Missing, Hum: 5, Lat: Missing, Lon: Missing, Door: DoorOpen, Alarm: "a"}}))
	var b Buffer
	two, _, _ := b.Add(encode(f, series(rng, base, 300, 1000, false)), base, series(rng, base+400_000, 20, 1000, false))
	f.Add(two)
	f.Add([]byte{1})
	f.Add([]byte{1, 3, 1, 0, 1})
	f.Fuzz(func(t *testing.T, blob []byte) {
		pts, err := Decode(nil, base, blob)
		if err != nil || len(pts) == 0 {
			return
		}
		again, err := Decode(nil, base, encode(t, pts))
		if err != nil || !reflect.DeepEqual(again, pts) {
			t.Fatalf("re-encoded %d points decode to %d, %v", len(pts), len(again), err)
		}
	})
}

// FuzzRoundTrip checks decode(encode(x)) == x for points made from the
// fuzzer's bytes.
func FuzzRoundTrip(f *testing.F) {
	f.Add([]byte("\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c"), uint16(3))
	f.Add([]byte{}, uint16(60))
	f.Fuzz(func(t *testing.T, data []byte, step uint16) {
		pts := points(data, int64(step)+1)
		if len(pts) == 0 {
			return
		}
		got, err := Decode(nil, base, encode(t, pts))
		if err != nil || !reflect.DeepEqual(got, pts) {
			t.Fatalf("Decode(encode(x)) = %v, %v\nwant %v", got, err, pts)
		}
	})
}

// points makes valid points out of arbitrary bytes: 11 bytes a point.
func points(data []byte, step int64) []Point {
	var pts []Point
	at := base
	val := func(b []byte, missing bool) int32 {
		if missing {
			return Missing
		}
		v := int32(binary.LittleEndian.Uint16(b)) - 1<<15
		return v * int32(b[0]%8+1) * 997 // large deltas too
	}
	for len(data) >= 11 && at < base+BucketMS {
		flags := data[0]
		pts = append(pts, Point{
			At:   at,
			Temp: val(data[1:3], flags&1 != 0),
			Hum:  val(data[3:5], flags&2 != 0),
			Lat:  val(data[5:7], flags&4 != 0),
			Lon:  val(data[7:9], flags&4 != 0),
			Door: flags >> 3 % 3,
		})
		if flags&0x20 != 0 {
			pts[len(pts)-1].Alarm = string(data[9:11])
		}
		at += step + int64(data[9]%4)*step
		data = data[11:]
	}
	return pts
}

func BenchmarkEncode(b *testing.B) {
	pts := series(rand.New(rand.NewPCG(1, 1)), base, 3600, 1000, true)
	var buf Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.out = appendChunk(buf.out[:0], base, pts)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(pts)), "ns/point")
}

func BenchmarkDecode(b *testing.B) {
	pts := series(rand.New(rand.NewPCG(1, 1)), base, 3600, 1000, true)
	blob := encode(b, pts)
	var dst []Point
	b.ReportAllocs()
	for b.Loop() {
		var err error
		if dst, err = Decode(dst[:0], base, blob); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(pts)), "ns/point")
}
