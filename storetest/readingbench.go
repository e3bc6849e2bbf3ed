package storetest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

// BenchAddReadings benchmarks AddReadings on a store open returns, the
// way a broker delivers telemetry: calls of 60 readings of one device, a
// reading a second, from 100 devices in turn. Sub-benchmarks send the
// calls in order, out of order (the readings of a call shuffled, and the
// minutes of each device in blocks of 8 sent last first, so that most
// calls land before readings already stored) and in order from several
// goroutines at once. It reports readings/s.
func BenchAddReadings(b *testing.B, open func(b *testing.B) kefu.Store) {
	const (
		devices = 100
		perCall = 60
	)
	for _, bc := range []struct {
		name     string
		shuffle  bool
		parallel int
	}{
		{"in-order", false, 0},
		{"out-of-order", true, 0},
		{"in-order-parallel", false, 4},
	} {
		b.Run(bc.name, func(b *testing.B) {
			s := open(b)
			ctx := context.Background()
			MustCreateTenant(b, s, "shop")
			for d := range devices {
				MustUpsertDevice(b, s, &kefu.Device{TenantID: "shop", ID: fmt.Sprintf("logger-%03d", d), Kind: kefu.DeviceLogger})
			}
			start := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
			// call returns the readings of call i.
			call := func(i int64, rng *rand.Rand, rs []kefu.Reading) []kefu.Reading {
				d, minute := i%devices, i/devices
				if bc.shuffle {
					minute = minute/8*8 + 7 - minute%8
				}
				id := fmt.Sprintf("logger-%03d", d)
				rs = rs[:0]
				for k := range perCall {
					r := kefu.NewReading(id, start.Add(time.Duration(minute)*time.Minute+time.Duration(k)*time.Second))
					r.TempC = float64(300+rng.IntN(40)) / 100
					r.Humidity = float64(8000+rng.IntN(200)) / 100
					rs = append(rs, r)
				}
				if bc.shuffle {
					rng.Shuffle(len(rs), func(i, j int) { rs[i], rs[j] = rs[j], rs[i] })
				}
				return rs
			}
			var next atomic.Int64
			b.ReportAllocs()
			b.ResetTimer()
			if bc.parallel > 0 {
				b.SetParallelism(bc.parallel)
				b.RunParallel(func(pb *testing.PB) {
					rng := rand.New(rand.NewPCG(uint64(next.Load()), 1))
					var rs []kefu.Reading
					for pb.Next() {
						rs = call(next.Add(1)-1, rng, rs)
						if _, err := s.AddReadings(ctx, "shop", rs); err != nil {
							b.Fatal(err)
						}
					}
				})
			} else {
				rng := rand.New(rand.NewPCG(1, 2))
				var rs []kefu.Reading
				for i := 0; b.Loop(); i++ {
					rs = call(int64(i), rng, rs)
					if n, err := s.AddReadings(ctx, "shop", rs); err != nil || n != perCall {
						b.Fatalf("AddReadings = %d, %v", n, err)
					}
				}
			}
			b.ReportMetric(float64(b.N*perCall)/b.Elapsed().Seconds(), "readings/s")
		})
	}
}
