package ingest

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

// t0 is the tests' clock: readings are stamped before it.
var t0 = time.Date(2026, 5, 1, 8, 0, 0, 0, time.UTC)

func fixedClock() time.Time { return t0 }

// fakeSink is a ReadingSink in memory that behaves like the store: it
// drops duplicates of device and time, refuses (ENOTFOUND) a call with a
// device its tenant does not have, all or nothing. fail, if set, is asked
// before each call and fails it when it returns an error.
type fakeSink struct {
	mu      sync.Mutex
	devices map[string]map[string]bool // tenant -> device -> known; nil: every device known
	stored  map[string]kefu.Reading    // tenant/device/at -> reading
	calls   int
	fail    func(call int, rs []kefu.Reading) error
	block   chan struct{} // if set, calls wait until it is closed
}

func newSink() *fakeSink { return &fakeSink{stored: map[string]kefu.Reading{}} }

// withDevices makes only these devices known, all of tenant "shop".
func (s *fakeSink) withDevices(ids ...string) *fakeSink { return s.withTenantDevices("shop", ids...) }

// withTenantDevices makes only these devices of the tenant known.
func (s *fakeSink) withTenantDevices(tenant string, ids ...string) *fakeSink {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.devices == nil {
		s.devices = map[string]map[string]bool{}
	}
	if s.devices[tenant] == nil {
		s.devices[tenant] = map[string]bool{}
	}
	for _, id := range ids {
		s.devices[tenant][id] = true
	}
	return s
}

func key(tenant string, r kefu.Reading) string {
	return fmt.Sprintf("%s/%s/%d", tenant, r.DeviceID, r.At.UnixNano())
}

func (s *fakeSink) AddReadings(ctx context.Context, tenantID string, rs []kefu.Reading) (int, error) {
	if s.block != nil {
		select {
		case <-s.block:
		case <-ctx.Done():
			return 0, ctx.Err()
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls++
	if s.fail != nil {
		if err := s.fail(s.calls, rs); err != nil {
			return 0, err
		}
	}
	for _, r := range rs {
		if s.devices != nil && !s.devices[tenantID][r.DeviceID] {
			return 0, kefu.Errorf(kefu.ENOTFOUND, "device %q not found", r.DeviceID)
		}
	}
	added := 0
	for _, r := range rs {
		k := key(tenantID, r)
		if _, ok := s.stored[k]; !ok {
			s.stored[k] = r
			added++
		}
	}
	return added, nil
}

func (s *fakeSink) count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.stored)
}

func (s *fakeSink) has(tenant string, r kefu.Reading) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.stored[key(tenant, r)]
	return ok
}

func (s *fakeSink) callCount() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.calls
}

// reading is a temperature reading of device at t0 minus ago.
func reading(device string, ago time.Duration, tempC float64) kefu.Reading {
	r := kefu.NewReading(device, t0.Add(-ago))
	r.TempC = tempC
	return r
}

// payload is an envelope of the readings, as a logger sends it.
func payload(tb testing.TB, device string, rs ...kefu.Reading) []byte {
	tb.Helper()
	type env struct {
		Device   string         `json:"device,omitempty"`
		Readings []kefu.Reading `json:"readings"`
	}
	b, err := json.Marshal(env{device, rs})
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// acks counts a message's acknowledgements.
type acks struct {
	mu         sync.Mutex
	acked, nak int
	ackedCh    chan struct{}
}

func newAcks() *acks { return &acks{ackedCh: make(chan struct{}, 1000)} }

func (a *acks) msg(tenant, device string, p []byte) Message {
	return Message{TenantID: tenant, DeviceID: device, Payload: p, Source: "test",
		Ack: func() { a.mu.Lock(); a.acked++; a.mu.Unlock(); a.ackedCh <- struct{}{} },
		Nak: func() { a.mu.Lock(); a.nak++; a.mu.Unlock() },
	}
}

func (a *acks) counts() (acked, naked int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.acked, a.nak
}

// waitAcks waits for n acknowledgements.
func (a *acks) waitAcks(tb testing.TB, n int) {
	tb.Helper()
	deadline := time.After(10 * time.Second)
	for range n {
		select {
		case <-a.ackedCh:
		case <-deadline:
			got, _ := a.counts()
			tb.Fatalf("%d acknowledgements after 10s, want %d", got, n)
		}
	}
}

// MustOpen opens a pipeline on sink with the test clock and closes it when
// the test ends.
func MustOpen(tb testing.TB, p *Pipeline) *Pipeline {
	tb.Helper()
	if p.Now == nil {
		p.Now = fixedClock
	}
	if p.FlushInterval == 0 {
		p.FlushInterval = 5 * time.Millisecond
	}
	if err := p.Open(); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { p.Close() })
	return p
}

// MustSubmit submits m or fails.
func MustSubmit(tb testing.TB, p *Pipeline, m Message) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := p.Submit(ctx, m); err != nil {
		tb.Fatalf("Submit: %v", err)
	}
}
