package sqlite_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/sqlite"
	"github.com/kefu-ai/kefu/storetest"
)

func BenchmarkAddReadings(b *testing.B) {
	storetest.BenchAddReadings(b, func(b *testing.B) kefu.Store { return MustOpen(b) })
}

// BenchmarkReadingsYear measures what a year of a reading a minute costs
// on disk: four devices (a logger's 0.1 °C and 0.1 % steps, and with
// positions a vehicle's GPS to 1e-6°) send an hour of readings at a
// time; the growth of the database file, checkpointed, is divided by the
// devices. Run it once: go test -run X -bench ReadingsYear -benchtime 1x.
func BenchmarkReadingsYear(b *testing.B) {
	for _, positions := range []bool{false, true} {
		name := "temperature+humidity"
		if positions {
			name = "with-positions"
		}
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				perDevice, payload := readingsYear(b, positions)
				b.ReportMetric(perDevice, "bytes/device-year")
				b.ReportMetric(payload, "payload-bytes/device-year")
			}
		})
	}
}

func readingsYear(b *testing.B, positions bool) (perDevice, payload float64) {
	const devices = 4
	ctx := context.Background()
	path := filepath.Join(b.TempDir(), "kefu.db")
	start := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	db, err := sqlite.Open(ctx, path, func() time.Time { return start.AddDate(1, 0, 1) })
	if err != nil {
		b.Fatal(err)
	}
	storetest.MustCreateTenant(b, db, "freshfarm")
	for d := range devices {
		storetest.MustUpsertDevice(b, db, &kefu.Device{TenantID: "freshfarm", ID: fmt.Sprintf("logger-%d", d), Kind: kefu.DeviceLogger})
	}
	empty := fileSize(b, db, path)
	db = mustReopen(b, path, start)

	rng := rand.New(rand.NewPCG(1, 2))
	type state struct{ temp, hum, lat, lon int }
	st := make([]state, devices)
	for d := range st {
		st[d] = state{temp: 30, hum: 850, lat: 31_230_000 + d*1000, lon: 121_470_000}
	}
	step := func(v, by, lo, hi int) int { return min(hi, max(lo, v+rng.IntN(2*by+1)-by)) }
	rs := make([]kefu.Reading, 0, 60)
	for hour := range 365 * 24 {
		for d := range devices {
			rs = rs[:0]
			for m := range 60 {
				s := &st[d]
				if rng.IntN(2) == 0 {
					s.temp = step(s.temp, 1, -10, 80) // tenths of a degree
				}
				s.hum = step(s.hum, 2, 500, 1000) // tenths of a percent
				r := kefu.NewReading(fmt.Sprintf("logger-%d", d), start.Add(time.Duration(hour*60+m)*time.Minute))
				r.TempC, r.Humidity = float64(s.temp)/10, float64(s.hum)/10
				if positions {
					s.lat, s.lon = step(s.lat, 4000, -90e6, 90e6), step(s.lon, 4000, -180e6, 180e6)
					r.Lat, r.Lon = float64(s.lat)/1e6, float64(s.lon)/1e6
				}
				rs = append(rs, r)
			}
			if _, err := db.AddReadings(ctx, "freshfarm", rs); err != nil {
				b.Fatal(err)
			}
		}
	}
	sum, err := db.QueryString(ctx, `SELECT CAST(sum(length(data)) AS TEXT) FROM readings`)
	if err != nil {
		b.Fatal(err)
	}
	blobs, _ := strconv.ParseFloat(sum, 64)
	full := fileSize(b, db, path)
	return float64(full-empty) / devices, blobs / devices
}

// fileSize closes db (which checkpoints the WAL into the file) and
// returns the size of its file.
func fileSize(b *testing.B, db *sqlite.DB, path string) int64 {
	b.Helper()
	if err := db.Close(); err != nil {
		b.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	return fi.Size()
}

func mustReopen(b *testing.B, path string, start time.Time) *sqlite.DB {
	b.Helper()
	db, err := sqlite.Open(context.Background(), path, func() time.Time { return start.AddDate(1, 0, 1) })
	if err != nil {
		b.Fatal(err)
	}
	return db
}
