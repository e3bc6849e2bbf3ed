package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	paho "github.com/eclipse/paho.mqtt.golang"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/ingest"
	"github.com/kefu-ai/kefu/sqlite"
)

// ingestBenchResult is the last line of "kefu bench --scenario ingest".
type ingestBenchResult struct {
	Scenario string `json:"scenario"`
	Loggers  int    `json:"loggers"`
	// PerMessage is the readings in each MQTT message.
	PerMessage int   `json:"readings_per_message"`
	Messages   int64 `json:"messages"`
	Readings   int64 `json:"readings"`
	// ReadingsPerSec is the readings committed per second, from the first
	// publish to the last commit.
	ReadingsPerSec float64 `json:"readings_per_s"`
	// P50MS and P99MS are the times from a message's publish to the
	// commit of its readings.
	P50MS float64 `json:"p50_ms"`
	P99MS float64 `json:"p99_ms"`
	// Lost is the readings published (and acknowledged by the broker)
	// that are not in the store at the end: must be 0.
	Lost       int64 `json:"lost"`
	Duplicates int64 `json:"duplicates"`
	Commits    int64 `json:"commits"`
}

// benchIngest measures telemetry ingest as kefu serve runs it: the
// embedded broker, its JetStream consumer, the pipeline and SQLite.
// loggers simulated data loggers publish MQTT QoS 1 messages of
// perMessage readings, at rate readings per second in all (0: as fast as
// the broker acknowledges), for dur; then the bench waits for every
// reading to be committed and counts those missing from the store.
func benchIngest(ctx context.Context, env *Env, cfg *Config, loggers, perMessage, rate int, dur time.Duration) error {
	if loggers < 1 || perMessage < 1 || perMessage > ingest.DefaultMaxReadings || dur <= 0 {
		return fmt.Errorf("-loggers must be >= 1, -per-message 1..%d and -duration > 0", ingest.DefaultMaxReadings)
	}
	dir, err := os.MkdirTemp("", "kefu-bench-ingest-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	logger := slog.New(slog.NewTextHandler(env.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	db, err := sqlite.Open(ctx, filepath.Join(dir, "kefu.db"), nil)
	if err != nil {
		return err
	}
	defer db.Close()
	const tenant = "benchshop"
	if err := db.CreateTenant(ctx, &kefu.Tenant{ID: tenant, Name: "Ingest bench", Settings: kefu.TenantSettings{DefaultLanguage: "en", Languages: []string{"en"}}}); err != nil {
		return err
	}
	devices := make([]string, loggers)
	for i := range devices {
		devices[i] = fmt.Sprintf("logger-%04d", i)
		if err := db.UpsertDevice(ctx, &kefu.Device{ID: devices[i], TenantID: tenant, Kind: kefu.DeviceLogger}); err != nil {
			return err
		}
	}

	b := &ingest.Broker{Dir: filepath.Join(dir, "broker"), Logger: logger}
	if err := b.Open(); err != nil {
		return err
	}
	defer b.Close()
	sink := &benchSink{sink: db, perMessage: perMessage, published: map[msgKey]time.Time{}}
	p := &ingest.Pipeline{Sink: sink, Logger: logger}
	if err := p.Open(); err != nil {
		return err
	}
	nc, err := b.Connect()
	if err != nil {
		return err
	}
	defer nc.Close()
	js := &ingest.JetStream{Conn: nc, Pipeline: p, Logger: logger}
	if err := js.Open(); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "bench: ingest: %d loggers publishing MQTT QoS 1 messages of %d readings to the embedded broker at %s, SQLite in %s\n",
		loggers, perMessage, b.MQTTURL(), dir)

	// Each logger's readings are a second apart, from a month ago on.
	base := time.Now().Add(-30 * 24 * time.Hour).Truncate(time.Second)
	sink.base = base
	var published, messages atomic.Int64
	var pubErr atomic.Value
	var wg sync.WaitGroup
	start := time.Now()
	deadline := start.Add(dur)
	// Each logger publishes every interval to meet rate in all.
	var interval time.Duration
	if rate > 0 {
		interval = time.Duration(float64(time.Second) * float64(loggers*perMessage) / float64(rate))
	}
	for i, dev := range devices {
		c := paho.NewClient(paho.NewClientOptions().AddBroker(b.MQTTURL()).SetClientID("bench-" + dev).SetCleanSession(true))
		if tok := c.Connect(); !tok.WaitTimeout(10*time.Second) || tok.Error() != nil {
			return fmt.Errorf("logger %s: %v", dev, tok.Error())
		}
		defer c.Disconnect(100)
		wg.Add(1)
		go func() {
			defer wg.Done()
			topic := "kefu/" + tenant + "/telemetry/" + dev
			// Loggers start spread over one interval.
			next := start.Add(time.Duration(int64(interval) * int64(i) / int64(loggers)))
			for m := 0; ctx.Err() == nil; m++ {
				now := time.Now()
				if now.After(deadline) {
					return
				}
				if interval > 0 && now.Before(next) {
					time.Sleep(next.Sub(now))
				}
				next = next.Add(interval)
				payload := benchPayload(dev, base.Add(time.Duration(m*perMessage)*time.Second), perMessage)
				sink.publishing(dev, m, time.Now())
				tok := c.Publish(topic, 1, false, payload)
				if !tok.WaitTimeout(30*time.Second) || tok.Error() != nil {
					pubErr.Store(fmt.Errorf("logger %s: publish: %v", dev, tok.Error()))
					return
				}
				published.Add(int64(perMessage))
				messages.Add(1)
			}
		}()
	}
	wg.Wait()
	if err, ok := pubErr.Load().(error); ok {
		return err
	}
	// Wait for the pipeline to commit everything acknowledged.
	for wait := time.Now().Add(60 * time.Second); time.Now().Before(wait); time.Sleep(20 * time.Millisecond) {
		st := p.Stats()
		if st.Stored+st.Duplicates >= published.Load() {
			break
		}
	}
	elapsed := sink.lastCommit().Sub(start)
	p.Close()
	js.Close()

	// Count what the store holds.
	var stored int64
	for _, dev := range devices {
		rs, err := db.FindReadings(ctx, tenant, dev, base, base.Add(365*24*time.Hour))
		if err != nil {
			return err
		}
		stored += int64(len(rs))
	}
	st := p.Stats()
	lat := sink.latencies()
	res := ingestBenchResult{
		Scenario: "ingest", Loggers: loggers, PerMessage: perMessage,
		Messages: messages.Load(), Readings: published.Load(),
		Lost:       published.Load() - stored,
		Duplicates: st.Duplicates, Commits: st.Commits,
	}
	if elapsed > 0 {
		res.ReadingsPerSec = round1(float64(stored) / elapsed.Seconds())
	}
	if len(lat) > 0 {
		res.P50MS, res.P99MS = ms(percentile(lat, 0.5)), ms(percentile(lat, 0.99))
	}
	if q := st.QuarantinedTotal(); q > 0 {
		fmt.Fprintf(env.Stdout, "bench: %d quarantined: %v\n", q, st.Quarantined)
	}
	out, _ := json.Marshal(res)
	fmt.Fprintln(env.Stdout, string(out))
	if res.Lost != 0 {
		return fmt.Errorf("bench: %d readings lost", res.Lost)
	}
	return nil
}

// benchPayload is a logger's message: n readings a second apart from at.
func benchPayload(device string, at time.Time, n int) []byte {
	type reading struct {
		At       time.Time `json:"at"`
		TempC    float64   `json:"temp_c"`
		Humidity float64   `json:"humidity"`
	}
	rs := make([]reading, n)
	for k := range rs {
		rs[k] = reading{at.Add(time.Duration(k) * time.Second).UTC(), 2 + float64(k%7)/10, 85 + float64(k%5)}
	}
	b, _ := json.Marshal(struct {
		Device   string    `json:"device"`
		Readings []reading `json:"readings"`
	}{device, rs})
	return b
}

type msgKey struct {
	device string
	m      int
}

// benchSink times commits: a message's latency runs from its publish to
// the commit that holds its first reading.
type benchSink struct {
	sink       ingest.ReadingSink
	perMessage int
	base       time.Time // the readings' first time

	mu        sync.Mutex // guards the fields below
	published map[msgKey]time.Time
	lat       []time.Duration
	last      time.Time
}

func (s *benchSink) publishing(device string, m int, at time.Time) {
	s.mu.Lock()
	s.published[msgKey{device, m}] = at
	s.mu.Unlock()
}

func (s *benchSink) AddReadings(ctx context.Context, tenantID string, rs []kefu.Reading) (int, error) {
	n, err := s.sink.AddReadings(ctx, tenantID, rs)
	if err != nil {
		return n, err
	}
	now := time.Now()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.last = now
	for _, r := range rs {
		// Readings are a second apart from base: the message is the
		// offset over perMessage.
		off := int(r.At.Sub(s.base) / time.Second)
		if off%s.perMessage != 0 {
			continue
		}
		k := msgKey{r.DeviceID, off / s.perMessage}
		if t, ok := s.published[k]; ok {
			s.lat = append(s.lat, now.Sub(t))
			delete(s.published, k)
		}
	}
	return n, nil
}

func (s *benchSink) lastCommit() time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.last
}

func (s *benchSink) latencies() []time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := slices.Clone(s.lat)
	slices.Sort(out)
	return out
}
