package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"runtime/pprof"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/nlu"
)

// benchMessages is the mix each simulated customer cycles through: order
// tracking with and without a number, the number alone after the bot
// asked, knowledge questions and small talk, in several languages.
var benchMessages = []string{
	"where is my order 10023?",
	"我的订单10023到哪了",
	"hola",
	"¿cuánto tarda el envío a España?",
	"where is my parcel?",
	"10023",
	"ขอบคุณค่ะ",
	"how do I return an item?",
}

// benchResult is the last line "kefu bench" prints.
type benchResult struct {
	Scenario    string  `json:"scenario"`
	Turns       int64   `json:"turns"`
	TurnsPerSec float64 `json:"turns_per_s"`
	P50MS       float64 `json:"p50_ms"`
	P95MS       float64 `json:"p95_ms"`
	P99MS       float64 `json:"p99_ms"`
	Errors      int64   `json:"errors"`
	// The server's resident memory after the run (MiB, as
	// /proc/PID/status splits it) and its CPU per measured turn (ms):
	// the process named by --pid, or this one (client and in-process
	// server together) without --url. Absent when it cannot be read.
	ServerRSSMB        float64 `json:"server_rss_mb,omitempty"`
	ServerAnonMB       float64 `json:"server_rss_anon_mb,omitempty"`
	ServerFileMB       float64 `json:"server_rss_file_mb,omitempty"`
	ServerCPUMSPerTurn float64 `json:"server_cpu_ms_per_turn,omitempty"`
}

func runBench(ctx context.Context, args []string, env *Env) error {
	fs := newFlagSet(env, "bench", "")
	cfg, err := setupConfig(fs, env, args)
	if err != nil {
		return err
	}
	url := fs.String("url", "", "target a running kefu at this base `URL` instead of starting the demo in-process")
	key := fs.String("key", "", "API `key` of the tenant when -url is given")
	tenant := fs.String("tenant", "globalmart", "tenant `ID` the simulated customers write to")
	customer := fs.String("customer", "c-1001", "customer external `ID` of the simulated customers")
	conc := fs.Int("concurrency", 8, "simulated customers writing at once")
	dur := fs.Duration("duration", 10*time.Second, "how long to measure")
	warm := fs.Duration("warmup", time.Second, "unmeasured warm-up before measuring")
	scenario := fs.String("scenario", "turn", "scenario: turn (full HTTP turns), nlu (understandings on one core), knowledge, console (live agent consoles), admin (catalogue batch upserts and listing), ingest (telemetry over MQTT into SQLite), recommend (the beauty advisor over a made-up catalogue), feeds (catalogue feeds of --products changes into facts and drafts, default 5000), analytics (dashboard panels over a generated history: --conversations) or cluster (one node, then two on PostgreSQL + NATS: --postgres, --nats-url)")
	products := fs.Int("products", 10000, "admin scenario: products to upsert; recommend scenario: catalogue size (default 5000)")
	reportReadings := fs.Int("report-readings", 10000, "report scenario: readings of the shipment's logger")
	consoles := fs.Int("consoles", 200, "console and cluster scenarios: agents with a live console (cluster default 50)")
	chats := fs.Int("chats", 2, "console scenario: conversations each agent holds")
	rate := fs.Int("rate", 1000, "console scenario: customer messages per second")
	loggers := fs.Int("loggers", 50, "ingest scenario: simulated data loggers publishing over MQTT")
	perMessage := fs.Int("per-message", 60, "ingest scenario: readings per MQTT message")
	readingRate := fs.Int("readings-rate", 100000, "ingest scenario: readings per second published in all (0: as fast as acknowledged)")
	anConvs := fs.Int("conversations", 20000, "analytics scenario: conversations to generate, 10 messages each (the documented scale run: 1000000)")
	days := fs.Int("days", 365, "analytics scenario: days the generated conversations spread over")
	period := fs.Int("period", 30, "analytics scenario: days the timed panels cover, ending today (the dashboard's default: 30)")
	runs := fs.Int("runs", 50, "analytics scenario: timed runs of each panel")
	benchDB := fs.String("db", "", "analytics scenario: SQLite `file` to generate and keep (default: a temporary file, removed); if it exists, only the panels are timed on it")
	serverPID := fs.Int("pid", 0, "turn scenario with --url: process `ID` of the server on this machine, to report its resident memory and CPU per turn (docs/footprint.md)")
	cpuProfile := fs.String("cpuprofile", "", "turn, nlu and cluster scenarios: write a CPU profile of the whole process to `file`")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	switch *scenario {
	case "turn":
	case "console":
		return benchConsole(ctx, env, cfg, *consoles, *chats, *rate, *dur, *warm)
	case "cluster":
		n := 50
		fs.Visit(func(f *flag.Flag) {
			if f.Name == "consoles" {
				n = *consoles
			}
		})
		stop, err := startCPUProfile(*cpuProfile)
		if err != nil {
			return err
		}
		defer stop()
		return benchCluster(ctx, env, cfg, n, *chats, *rate, *conc, *dur, *warm)
	case "knowledge":
		return benchKnowledge(ctx, env, *dur, *warm)
	case "report":
		return benchReport(ctx, env, cfg, *reportReadings, *dur)
	case "admin":
		return benchAdmin(ctx, env, cfg, *tenant, *products, *dur)
	case "ingest":
		return benchIngest(ctx, env, cfg, *loggers, *perMessage, *readingRate, *dur)
	case "recommend":
		n := 5000
		fs.Visit(func(f *flag.Flag) {
			if f.Name == "products" {
				n = *products
			}
		})
		return benchRecommend(ctx, env, n, *dur, *warm)
	case "analytics":
		return benchAnalytics(ctx, env, *anConvs, *days, *period, *runs, *benchDB)
	case "abuse":
		return benchAbuse(ctx, env, cfg, *tenant, *conc, *dur)
	case "feeds":
		n := 5000
		fs.Visit(func(f *flag.Flag) {
			if f.Name == "products" {
				n = *products
			}
		})
		return benchFeeds(ctx, env, cfg, *tenant, n)
	case "nlu":
		stop, err := startCPUProfile(*cpuProfile)
		if err != nil {
			return err
		}
		defer stop()
		return benchNLU(ctx, env, *dur, *warm)
	default:
		return fmt.Errorf("unknown scenario %q (have: turn, nlu, knowledge, console, admin, ingest, report, recommend, feeds, analytics, cluster)", *scenario)
	}
	if *conc < 1 || *dur <= 0 {
		return fmt.Errorf("-concurrency must be >= 1 and -duration > 0")
	}
	base, apiKey := *url, *key
	if base == "" {
		d, err := startBenchDemo(ctx, env, cfg, *tenant)
		if err != nil {
			return err
		}
		defer d.stop()
		base, apiKey = d.base, d.key
		fmt.Fprintf(env.Stdout, "bench: in-process demo at %s (SQLite in %s)\n", base, cfg.DataDir)
	} else if apiKey == "" {
		return fmt.Errorf("-key is required with -url")
	}
	client := &http.Client{
		Timeout:   10 * time.Second,
		Transport: &http.Transport{MaxIdleConns: *conc * 2, MaxIdleConnsPerHost: *conc * 2, IdleConnTimeout: time.Minute},
	}
	b := &bencher{client: client, base: base, key: apiKey, tenant: *tenant, customer: *customer}

	// Conversations are opened before the clock starts.
	convs := make([]string, *conc)
	for i := range convs {
		id, err := b.startConversation(ctx)
		if err != nil {
			return fmt.Errorf("opening conversation: %w", err)
		}
		convs[i] = id
	}
	fmt.Fprintf(env.Stdout, "bench: %d customers, %s warm-up, %s measured\n", *conc, *warm, *dur)
	stop, err := startCPUProfile(*cpuProfile)
	if err != nil {
		return err
	}
	defer stop()

	pid := *serverPID
	if *url == "" {
		pid = os.Getpid()
	}
	var cpuBefore procSample
	var cpuBeforeOK atomic.Bool
	var measuring atomic.Bool
	var errs atomic.Int64
	var lastErr atomic.Value
	lat := make([][]time.Duration, *conc)
	// Workers stop starting turns at the deadline; turns in flight finish,
	// so that the end of the run does not cut requests and count errors.
	deadline := time.Now().Add(*warm + *dur)
	time.AfterFunc(*warm, func() {
		if pid > 0 {
			if s, err := readProc(pid); err == nil {
				cpuBefore = s
				cpuBeforeOK.Store(true)
			}
		}
		measuring.Store(true)
	})
	var startMeasure time.Time
	var startOnce sync.Once
	var wg sync.WaitGroup
	for w := 0; w < *conc; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; ctx.Err() == nil && time.Now().Before(deadline); i++ {
				text := benchMessages[i%len(benchMessages)]
				t0 := time.Now()
				err := b.post(ctx, convs[w], text, fmt.Sprintf("b-%d-%d", w, i))
				d := time.Since(t0)
				if !measuring.Load() {
					continue
				}
				startOnce.Do(func() { startMeasure = t0 })
				if err != nil {
					errs.Add(1)
					lastErr.Store(err.Error())
					continue
				}
				lat[w] = append(lat[w], d)
			}
		}(w)
	}
	wg.Wait()
	elapsed := time.Since(startMeasure)
	var all []time.Duration
	for _, l := range lat {
		all = append(all, l...)
	}
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	res := benchResult{Scenario: "turn", Turns: int64(len(all)), Errors: errs.Load()}
	if pid > 0 {
		okBefore := cpuBeforeOK.Load() // before reading cpuBefore
		after, err := readProc(pid)
		addServerSample(&res, cpuBefore, after, okBefore, err == nil, res.Turns+res.Errors)
	}
	if len(all) > 0 && elapsed > 0 {
		res.TurnsPerSec = round1(float64(len(all)) / elapsed.Seconds())
		res.P50MS = ms(percentile(all, 0.50))
		res.P95MS = ms(percentile(all, 0.95))
		res.P99MS = ms(percentile(all, 0.99))
	}
	fmt.Fprintf(env.Stdout, "bench: %d turns in %.1fs: %.0f turns/s; latency p50 %.2f ms, p95 %.2f ms, p99 %.2f ms; %d errors\n",
		res.Turns, elapsed.Seconds(), res.TurnsPerSec, res.P50MS, res.P95MS, res.P99MS, res.Errors)
	if res.ServerRSSMB > 0 {
		fmt.Fprintf(env.Stdout, "bench: server (pid %d) resident %.1f MiB (%.1f anonymous, %.1f file-backed); %.3f ms of CPU per turn\n",
			pid, res.ServerRSSMB, res.ServerAnonMB, res.ServerFileMB, res.ServerCPUMSPerTurn)
	}
	reportBench(env, "bench", &lastErr, res)
	if res.Turns == 0 {
		return errors.New("no turn completed")
	}
	return nil
}

// timeLoop calls op on this goroutine for warm (unmeasured), then for
// dur, counting i from 0 in each phase; it returns the measured calls'
// latencies in call order and the measured phase's length. An op error
// ends the loop.
func timeLoop(ctx context.Context, warm, dur time.Duration, op func(i int, measured bool) error) ([]time.Duration, time.Duration, error) {
	var lat []time.Duration
	for _, phase := range []struct {
		d        time.Duration
		measured bool
	}{{warm, false}, {dur, true}} {
		start := time.Now()
		end := start.Add(phase.d)
		for i := 0; time.Now().Before(end) && ctx.Err() == nil; i++ {
			t0 := time.Now()
			if err := op(i, phase.measured); err != nil {
				return lat, time.Since(start), err
			}
			if phase.measured {
				lat = append(lat, time.Since(t0))
			}
		}
		if phase.measured {
			return lat, time.Since(start), nil
		}
	}
	return lat, 0, nil
}

// reportBench prints a scenario's last error, if any, and its result as
// the last line, one JSON object.
func reportBench(env *Env, name string, lastErr *atomic.Value, res any) {
	if e, ok := lastErr.Load().(string); ok {
		fmt.Fprintf(env.Stdout, "%s: last error: %s\n", name, e)
	}
	out, _ := json.Marshal(res)
	fmt.Fprintln(env.Stdout, string(out))
}

// benchDemo is the in-process demo a bench scenario drives.
type benchDemo struct {
	app  *App
	base string // the HTTP server's URL
	key  string // the API key of the scenario's tenant
	stop func()
}

// startBenchDemo opens the demo on a fresh SQLite directory (set in
// cfg.DataDir), loads the demo shops and serves HTTP on a loopback port;
// stop closes it and removes the directory. The abuse limits are off:
// the scenarios measure kefu's work, and one client on loopback would
// soon be over them (--scenario abuse measures the limits).
func startBenchDemo(ctx context.Context, env *Env, cfg *Config, tenant string) (*benchDemo, error) {
	cfg.Limits = cfg.Limits.noLimits()
	return startDemo(ctx, env, cfg, tenant)
}

// startDemo is startBenchDemo with cfg's limits.
func startDemo(ctx context.Context, env *Env, cfg *Config, tenant string) (*benchDemo, error) {
	dir, err := os.MkdirTemp("", "kefu-bench-")
	if err != nil {
		return nil, err
	}
	cfg.DataDir, cfg.Addr, cfg.LogLevel = dir, "127.0.0.1:0", "error"
	app := NewApp(*cfg, newLogger(*cfg, env.Stderr))
	d := &benchDemo{app: app, stop: func() { app.Close(); os.RemoveAll(dir) }}
	if err := app.Open(ctx); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	keys, err := loadDemo(ctx, app)
	if err == nil {
		err = app.Serve(ctx, false)
	}
	if err != nil {
		d.stop()
		return nil, err
	}
	d.base = app.HTTP.URL()
	for _, k := range keys {
		if k.tenant == tenant {
			d.key = k.key
		}
	}
	return d, nil
}

func percentile(sorted []time.Duration, p float64) time.Duration {
	i := int(float64(len(sorted)-1) * p)
	return sorted[i]
}

func ms(d time.Duration) float64 { return round2(float64(d.Microseconds()) / 1000) }

func round1(f float64) float64 { return float64(int64(f*10+0.5)) / 10 }
func round2(f float64) float64 { return float64(int64(f*100+0.5)) / 100 }

// bencher speaks the REST API like a client would.
type bencher struct {
	client           *http.Client
	base, key        string
	tenant, customer string
}

func (b *bencher) do(ctx context.Context, method, path string, body any, out any) error {
	buf, err := json.Marshal(body)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, method, b.base+path, bytes.NewReader(buf))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+b.key)
	req.Header.Set("Content-Type", "application/json")
	resp, err := b.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("%s %s: %s: %s", method, path, strconv.Itoa(resp.StatusCode), bytes.TrimSpace(data))
	}
	if out != nil {
		return json.Unmarshal(data, out)
	}
	return nil
}

func (b *bencher) startConversation(ctx context.Context) (string, error) {
	var out struct {
		Conversation struct {
			ID string `json:"id"`
		} `json:"conversation"`
	}
	body := map[string]any{"customer": map[string]string{"external_id": b.customer}}
	if err := b.do(ctx, "POST", "/v1/conversations", body, &out); err != nil {
		return "", err
	}
	return out.Conversation.ID, nil
}

func (b *bencher) post(ctx context.Context, conv, text, clientID string) error {
	var out struct {
		Reply *struct {
			Text string `json:"text"`
		} `json:"reply"`
	}
	if err := b.do(ctx, "POST", "/v1/conversations/"+conv+"/messages", map[string]string{"text": text, "client_message_id": clientID}, &out); err != nil {
		return err
	}
	if out.Reply == nil || out.Reply.Text == "" {
		return fmt.Errorf("no reply to %q", text)
	}
	return nil
}

// nluMessages are short customer messages in several languages, the
// shape of most chat traffic.
var nluMessages = []string{
	"where is my order 10023?", "我的三文鱼变质了吗?", "¿cuánto tarda el envío a España?",
	"ของยังไม่ถึงเลยค่ะ", "混油皮夏天用什么粉底液?", "thanks!", "意大利清关税费", "je veux un remboursement",
	"wo bleibt meine Bestellung?", "pesanan saya belum sampai", "talk to a human pls", "這貨幾時到？",
}

// nluResult is the last line of "kefu bench --scenario nlu".
type nluResult struct {
	Scenario string  `json:"scenario"`
	N        int     `json:"n"`
	PerSec   float64 `json:"per_s"`
	P50US    float64 `json:"p50_us"`
	P99US    float64 `json:"p99_us"`
}

// benchNLU runs the full understanding (language, normalisation, intent,
// entities, emotion) on one goroutine, so per_s is per core.
func benchNLU(ctx context.Context, env *Env, dur, warm time.Duration) error {
	und, err := nlu.NewDefault(nil, nil, nil)
	if err != nil {
		return err
	}
	tenant := &kefu.Tenant{ID: "bench", Settings: kefu.TenantSettings{OrderNumberPattern: `\b1\d{4}\b`, Currency: "EUR"}}
	run := func(d time.Duration, lat []time.Duration) []time.Duration {
		end := time.Now().Add(d)
		for i := 0; time.Now().Before(end) && ctx.Err() == nil; i++ {
			t0 := time.Now()
			if _, err := und.Understand(ctx, kefu.UnderstandRequest{Tenant: tenant, Text: nluMessages[i%len(nluMessages)]}); err != nil {
				return lat
			}
			if lat != nil {
				lat = append(lat, time.Since(t0))
			}
		}
		return lat
	}
	run(warm, nil)
	start := time.Now()
	lat := run(dur, make([]time.Duration, 0, 1<<20))
	elapsed := time.Since(start)
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	if len(lat) == 0 {
		return errors.New("no understanding completed")
	}
	res := nluResult{Scenario: "nlu", N: len(lat), PerSec: round1(float64(len(lat)) / elapsed.Seconds()),
		P50US: us(percentile(lat, 0.5)), P99US: us(percentile(lat, 0.99))}
	fmt.Fprintf(env.Stdout, "bench nlu: %d understandings in %.1fs on one goroutine: %.0f/s; p50 %.1f µs, p99 %.1f µs\n", res.N, elapsed.Seconds(), res.PerSec, res.P50US, res.P99US)
	out, _ := json.Marshal(res)
	fmt.Fprintln(env.Stdout, string(out))
	return nil
}

func us(d time.Duration) float64 { return round1(float64(d.Nanoseconds()) / 1000) }

// startCPUProfile profiles the whole process into path until stop is
// called; an empty path profiles nothing.
func startCPUProfile(path string) (stop func(), err error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}
