package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu/importer"
	"github.com/kefu-ai/kefu/internal/memlimit"
)

// MustServeApp opens and serves an App on loopback ports with the demo
// shops loaded, the metrics listener on, telemetry ingest and proactive
// scans off, and returns it with an admin API key of globalmart.
func MustServeApp(tb testing.TB, change func(*Config)) (*App, string) {
	tb.Helper()
	ctx := context.Background()
	cfg := DefaultConfig()
	cfg.DataDir = tb.TempDir()
	cfg.Addr = "127.0.0.1:0"
	cfg.MetricsAddr = "127.0.0.1:0"
	cfg.Ingest = "off"
	cfg.ProactiveEvery = 0
	if change != nil {
		change(&cfg)
	}
	app := NewApp(cfg, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err := app.Open(ctx); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { app.Close() })
	if _, err := importer.LoadDemo(ctx, app.Store, app.Now); err != nil {
		tb.Fatal(err)
	}
	key, err := createAPIKey(ctx, app.Store, "globalmart", "test")
	if err != nil {
		tb.Fatal(err)
	}
	if err := app.Serve(ctx, false); err != nil {
		tb.Fatal(err)
	}
	return app, key
}

// scrape reads the metrics of app in the text format: every sample by its
// name and labels as written.
func scrape(tb testing.TB, app *App) map[string]float64 {
	tb.Helper()
	res, err := http.Get(app.MetricsURL() + "/metrics")
	if err != nil {
		tb.Fatal(err)
	}
	defer res.Body.Close()
	if res.StatusCode != 200 {
		tb.Fatalf("GET /metrics: %d", res.StatusCode)
	}
	out := map[string]float64{}
	sc := bufio.NewScanner(res.Body)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		v, err := strconv.ParseFloat(line[i+1:], 64)
		if err != nil {
			tb.Fatalf("metrics line %q: %v", line, err)
		}
		out[line[:i]] = v
	}
	return out
}

// present is 1 when samples has name, else 0.
func present(samples map[string]float64, name string) float64 {
	if _, ok := samples[name]; ok {
		return 1
	}
	return 0
}

// sum adds the samples whose name and labels start with prefix.
func sum(samples map[string]float64, prefix string) float64 {
	var s float64
	for k, v := range samples {
		if strings.HasPrefix(k, prefix) {
			s += v
		}
	}
	return s
}

func TestMetricsAfterTurns(t *testing.T) {
	app, key := MustServeApp(t, nil)
	url := app.HTTP.URL()
	_, conv := call(t, "POST", url+"/v1/conversations", key, "application/json", strings.NewReader(`{"customer":{"external_id":"c-1001"}}`))
	id := conv["conversation"].(map[string]any)["id"].(string)
	for _, text := range []string{"where is my order 10023?", "can I talk to a person please?"} {
		b, _ := json.Marshal(map[string]string{"text": text})
		if status, body := call(t, "POST", url+"/v1/conversations/"+id+"/messages", key, "application/json", strings.NewReader(string(b))); status != 200 {
			t.Fatalf("post %q: %d %v", text, status, body)
		}
	}
	call(t, "GET", url+"/v1/conversations/cv_nope", key, "", nil)

	got := scrape(t, app)
	tests := []struct {
		name  string
		value float64
		check func(v float64) bool
		want  string
	}{
		{"turns", sum(got, "kefu_turns_total{"), func(v float64) bool { return v == 2 }, "2"},
		{"a skill turn", sum(got, `kefu_turns_total{action="skill",`), func(v float64) bool { return v == 1 }, "1"},
		{"hand-offs", sum(got, `kefu_handoffs_total{reason="customer_asked"}`), func(v float64) bool { return v == 1 }, "1"},
		{"turn latency count", got["kefu_turn_duration_seconds_count"], func(v float64) bool { return v == 2 }, "2"},
		{"turn latency sum", got["kefu_turn_duration_seconds_sum"], func(v float64) bool { return v > 0 && v < 30 }, "between 0 and 30 s"},
		{"understand stage count", got[`kefu_turn_stage_duration_seconds_count{stage="understand"}`], func(v float64) bool { return v == 2 }, "2"},
		{"understand stage sum", got[`kefu_turn_stage_duration_seconds_sum{stage="understand"}`], func(v float64) bool { return v > 0 && v < 10 }, "between 0 and 10 s"},
		{"commit stage count", got[`kefu_turn_stage_duration_seconds_count{stage="commit"}`], func(v float64) bool { return v == 2 }, "2"},
		{"message posts", got[`kefu_http_requests_total{code="2xx",route="POST /v1/conversations/{id}/messages"}`], func(v float64) bool { return v == 2 }, "2"},
		{"not found by pattern", got[`kefu_http_requests_total{code="4xx",route="GET /v1/conversations/{id}"}`], func(v float64) bool { return v == 1 }, "1"},
		{"no path as a label", sum(got, `kefu_http_requests_total{code="4xx",route="GET /v1/conversations/cv_nope"`), func(v float64) bool { return v == 0 }, "0"},
		{"store up", got["kefu_store_up"], func(v float64) bool { return v == 1 }, "1"},
		{"queue", got[`kefu_queue_conversations{shop="globalmart"}`], func(v float64) bool { return v == 1 }, "1"},
		{"readers", got["kefu_db_connections_max"], func(v float64) bool { return v >= 4 }, "at least 4"},
		{"model", sum(got, "kefu_intent_model_info{"), func(v float64) bool { return v == 1 }, "1"},
		{"bus", present(got, "kefu_bus_subscribers"), func(v float64) bool { return v == 1 }, "present"},
		{"resident memory", got["process_resident_memory_bytes"], func(v float64) bool { return v > 1<<20 }, "over 1 MiB"},
		{"goroutines", got["go_goroutines"], func(v float64) bool { return v > 1 }, "over 1"},
		{"no errors logged", got[`kefu_log_messages_total{level="error"}`], func(v float64) bool { return v == 0 }, "0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !tt.check(tt.value) {
				t.Errorf("%s = %v, want %s", tt.name, tt.value, tt.want)
			}
		})
	}
}

func TestMetricsOffByDefault(t *testing.T) {
	app, _ := MustServeApp(t, func(c *Config) { c.MetricsAddr = "" })
	if app.Metrics != nil || app.MetricsURL() != "" {
		t.Errorf("metrics on without metrics_addr: %v %q", app.Metrics, app.MetricsURL())
	}
	// Nor are they on the public listener.
	if status, _ := call(t, "GET", app.HTTP.URL()+"/metrics", "", "", nil); status != 404 {
		t.Errorf("GET /metrics on the public port = %d, want 404", status)
	}
}

func TestPProfOnMetricsListener(t *testing.T) {
	t.Parallel() // long: runs beside the other long tests
	for _, on := range []bool{false, true} {
		t.Run(strconv.FormatBool(on), func(t *testing.T) {
			app, _ := MustServeApp(t, func(c *Config) { c.PProf = on })
			res, err := http.Get(app.MetricsURL() + "/debug/pprof/heap?debug=1")
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			if want := map[bool]int{false: 404, true: 200}[on]; res.StatusCode != want {
				t.Errorf("heap profile: %d, want %d", res.StatusCode, want)
			}
		})
	}
}

func readyz(tb testing.TB, app *App) (int, map[string]any) {
	tb.Helper()
	return call(tb, "GET", app.HTTP.URL()+"/readyz", "", "", nil)
}

func TestReadyzChecks(t *testing.T) {
	app, _ := MustServeApp(t, nil)
	status, body := readyz(t, app)
	if status != 200 || body["status"] != "ready" {
		t.Fatalf("readyz = %d %v", status, body)
	}
	checks, _ := body["checks"].(map[string]any)
	for _, name := range []string{"store", "bus", "model"} {
		if c, _ := checks[name].(map[string]any); c == nil || c["status"] != "ok" {
			t.Errorf("check %s = %v, want ok", name, checks[name])
		}
	}
	// The store goes away: not ready, and the metrics say so.
	if err := app.Store.Close(); err != nil {
		t.Fatal(err)
	}
	status, body = readyz(t, app)
	checks, _ = body["checks"].(map[string]any)
	if c, _ := checks["store"].(map[string]any); status != 503 || body["status"] != "not_ready" || c == nil || c["status"] != "fail" {
		t.Errorf("readyz with the store closed = %d %v, want 503 with the store failing", status, body)
	}
	if v := scrape(t, app)["kefu_store_up"]; v != 0 {
		t.Errorf("kefu_store_up with the store closed = %v, want 0", v)
	}
	// Liveness is the process's, not the store's.
	if status, _ := call(t, "GET", app.HTTP.URL()+"/healthz", "", "", nil); status != 200 {
		t.Errorf("healthz = %d", status)
	}
}

func TestDrainSequence(t *testing.T) {
	app, key := MustServeApp(t, func(c *Config) { c.DrainDelay = Duration(time.Minute) })
	waiting, release := make(chan time.Duration, 1), make(chan struct{})
	app.drainWait = func(d time.Duration) {
		waiting <- d
		<-release
	}
	url := app.HTTP.URL()
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	get := func(path string) (int, error) {
		res, err := client.Get(url + path)
		if err != nil {
			return 0, err
		}
		res.Body.Close()
		return res.StatusCode, nil
	}
	drained := make(chan struct{})
	go func() {
		app.Drain()
		close(drained)
	}()
	if d := <-waiting; d != time.Minute {
		t.Errorf("drain waited %v, want drain_delay", d)
	}
	// During the delay: out of the load balancer, still serving.
	for _, c := range []struct {
		path   string
		status int
	}{{"/readyz", 503}, {"/healthz", 200}} {
		if st, err := get(c.path); err != nil || st != c.status {
			t.Errorf("GET %s during the drain delay: %d %v, want %d", c.path, st, err, c.status)
		}
	}
	if status, _ := call(t, "POST", url+"/v1/conversations", key, "application/json", strings.NewReader(`{}`)); status != 201 {
		t.Errorf("a conversation started during the drain delay: %d, want 201", status)
	}
	close(release)
	<-drained
	if st, err := get("/healthz"); err == nil {
		t.Errorf("GET /healthz after the drain: %d, want a refused connection", st)
	}
	// The metrics listener outlives the HTTP server until Close.
	if v := scrape(t, app)[`kefu_http_requests_total{code="5xx",route="GET /readyz"}`]; v != 1 {
		t.Errorf("readyz 503s counted: %v, want 1", v)
	}
	if err := app.Close(); err != nil {
		t.Errorf("Close after Drain: %v", err)
	}
}

func TestOpsConfig(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		args []string
		want func(c *Config) bool
		err  string
	}{
		{"defaults", nil, nil, func(c *Config) bool {
			return c.MetricsAddr == "" && !c.PProf && c.DrainDelay == 0 && c.ShutdownTimeout == 0
		}, ""},
		{"environment", map[string]string{"KEFU_METRICS_ADDR": "127.0.0.1:9090", "KEFU_PPROF": "true", "KEFU_DRAIN_DELAY": "5s", "KEFU_SHUTDOWN_TIMEOUT": "20s"}, nil,
			func(c *Config) bool {
				return c.MetricsAddr == "127.0.0.1:9090" && c.PProf && c.DrainDelay == Duration(5*time.Second) && c.ShutdownTimeout == Duration(20*time.Second)
			}, ""},
		{"flags win", map[string]string{"KEFU_METRICS_ADDR": "127.0.0.1:9090"}, []string{"--metrics-addr", "10.0.0.2:9100", "--drain-delay", "2s"},
			func(c *Config) bool {
				return c.MetricsAddr == "10.0.0.2:9100" && c.DrainDelay == Duration(2*time.Second)
			}, ""},
		{"pprof without listener", nil, []string{"--pprof"}, nil, "pprof needs metrics_addr"},
		{"bad address", nil, []string{"--metrics-addr", "9090"}, nil, `metrics_addr "9090" is not host:port`},
		{"drain too long", map[string]string{"KEFU_DRAIN_DELAY": "1h"}, nil, nil, "drain_delay must be between 0 and 5m"},
		{"bad pprof", map[string]string{"KEFU_PPROF": "maybe"}, nil, nil, `KEFU_PPROF: "maybe"`},
		{"memory limit by default", nil, nil, func(c *Config) bool { return c.MemoryLimit == "" }, ""},
		{"memory limit from the environment", map[string]string{"KEFU_MEMORY_LIMIT": "400MiB"}, nil,
			func(c *Config) bool { return c.MemoryLimit == "400MiB" }, ""},
		{"memory limit flag wins", map[string]string{"KEFU_MEMORY_LIMIT": "400MiB"}, []string{"--memory-limit", "off"},
			func(c *Config) bool { return c.MemoryLimit == "off" }, ""},
		{"memory limit in decimal units", nil, []string{"--memory-limit", "100MB"}, nil, `memory_limit: "100MB" is not a size such as 100MiB, or off`},
		{"memory limit too small", map[string]string{"KEFU_MEMORY_LIMIT": "16MiB"}, nil, nil, "memory_limit must be at least 32MiB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env, _, _ := testEnv("", tt.env)
			fs := newFlagSet(env, "serve", "")
			cfg, err := setupConfig(fs, env, tt.args)
			if err == nil {
				err = parseFlags(fs, tt.args)
			}
			if err == nil {
				err = cfg.Validate()
			}
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("error %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !tt.want(cfg) {
				t.Errorf("config %+v", cfg.OpsConfig)
			}
		})
	}
}

// TestMemoryLimit checks what serve and demo do with the runtime's memory
// limit: by default 100 MiB, or 1.5 times the live memory when that is
// more, unless GOMEMLIMIT set one; a memory_limit wins over GOMEMLIMIT;
// off leaves the runtime alone; every case puts back what it found.
func TestMemoryLimit(t *testing.T) {
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	live := memlimit.Live()
	defaultLimit := memlimit.Target(DefaultMemoryLimit, memoryLimitFactor, live)
	tests := []struct {
		name       string
		gomemlimit int64 // the limit the process started with
		setting    string
		want       func(limit int64) bool
	}{
		{"default", memlimit.None, "", func(l int64) bool {
			return l >= DefaultMemoryLimit && l >= defaultLimit*9/10 && l <= defaultLimit*11/10
		}},
		{"GOMEMLIMIT is kept", 300 << 20, "", func(l int64) bool { return l == 300<<20 }},
		{"memory_limit", memlimit.None, "250MiB", func(l int64) bool { return l == 250<<20 }},
		{"memory_limit wins over GOMEMLIMIT", 300 << 20, "250MiB", func(l int64) bool { return l == 250<<20 }},
		{"off", memlimit.None, "off", func(l int64) bool { return l == memlimit.None }},
		{"off keeps GOMEMLIMIT", 300 << 20, "off", func(l int64) bool { return l == 300<<20 }},
	}
	old := debug.SetMemoryLimit(memlimit.None)
	defer debug.SetMemoryLimit(old)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			debug.SetMemoryLimit(tt.gomemlimit)
			c := DefaultConfig().OpsConfig
			c.MemoryLimit = tt.setting
			stop := startMemoryLimit(c, log)
			if got := memlimit.Current(); !tt.want(got) {
				t.Errorf("limit while serving %d (live memory %d)", got, live)
			}
			stop()
			if got := memlimit.Current(); got != tt.gomemlimit {
				t.Errorf("limit after serving %d, want the one found, %d", got, tt.gomemlimit)
			}
		})
	}
}
