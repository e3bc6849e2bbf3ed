package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/pprof"
	"runtime/debug"
	"strconv"
	"time"

	"github.com/kefu-ai/kefu"
	nlumodel "github.com/kefu-ai/kefu/data/nlu/model"
	khttp "github.com/kefu-ai/kefu/http"
	"github.com/kefu-ai/kefu/internal/exepages"
	"github.com/kefu-ai/kefu/internal/memlimit"
	"github.com/kefu-ai/kefu/metrics"
	"github.com/kefu-ai/kefu/postgres"
	"github.com/kefu-ai/kefu/sqlite"
)

// OpsConfig configures what operators run a node with: the metrics
// listener, profiling and how a node stops (docs/deploy.md). It is
// embedded in Config, so its JSON names sit at the top level of the
// config file.
type OpsConfig struct {
	// MetricsAddr is the listen address of the metrics listener, which
	// serves GET /metrics (and, with PProf, /debug/pprof/); empty, the
	// default, serves no metrics and collects none. It is a listener of
	// its own so that the metrics (queue lengths per shop, traffic) stay
	// off the public port: bind it to loopback or a private network.
	MetricsAddr string `json:"metrics_addr"`
	// PProf serves Go's runtime profiles (heap, CPU, goroutines) under
	// /debug/pprof/ on the metrics listener.
	PProf bool `json:"pprof"`
	// DrainDelay is how long a node told to stop (SIGTERM, Ctrl-C) keeps
	// serving with GET /readyz at 503 before it stops accepting
	// connections, so that load balancers take it out of service first.
	// 0, the default, stops at once.
	DrainDelay Duration `json:"drain_delay"`
	// ShutdownTimeout is how long a stopping node waits for requests in
	// flight (turns) to finish before it cuts their connections; 0 means
	// 10s.
	ShutdownTimeout Duration `json:"shutdown_timeout"`
	// MemoryLimit is the Go runtime's soft memory limit for serve and
	// demo (docs/footprint.md): a size such as "400MiB", "off" for none
	// (Go's default of letting the heap grow to twice its live data), or
	// empty, the default: DefaultMemoryLimit or 1.5 times the memory the
	// node keeps live, whichever is larger, unless GOMEMLIMIT is set.
	MemoryLimit string `json:"memory_limit"`
}

// DefaultMemoryLimit is the least memory limit kefu sets by default: a
// node that keeps little live (the demo keeps ~70 MB, counting the
// runtime's own) collects before its heap reaches it, not only when its
// heap doubled. A node that keeps more live gets 1.5 times that
// (memlimit.Next), so that the collector never runs back to back.
const DefaultMemoryLimit = 100 << 20

// memoryLimitFactor is the default limit's multiple of the live memory.
const memoryLimitFactor = 1.5

// operatorFlags registers the operations flags on fs, bound to c.
func operatorFlags(fs *flag.FlagSet, c *OpsConfig) {
	fs.StringVar(&c.MetricsAddr, "metrics-addr", c.MetricsAddr, "listen `address` of /metrics (and /debug/pprof/ with --pprof); empty: no metrics (env KEFU_METRICS_ADDR)")
	fs.BoolVar(&c.PProf, "pprof", c.PProf, "serve Go profiles under /debug/pprof/ on the metrics listener (env KEFU_PPROF)")
	fs.Func("drain-delay", "on SIGTERM, serve this `long` with /readyz at 503 before closing (env KEFU_DRAIN_DELAY)", func(s string) error {
		d, err := time.ParseDuration(s)
		c.DrainDelay = Duration(d)
		return err
	})
	fs.StringVar(&c.MemoryLimit, "memory-limit", c.MemoryLimit, "Go's soft memory `limit`, e.g. 400MiB, or off (env KEFU_MEMORY_LIMIT; default: 100MiB or 1.5 times the live memory, unless GOMEMLIMIT is set)")
	fs.Func("shutdown-timeout", "on SIGTERM, wait this `long` for requests in flight (env KEFU_SHUTDOWN_TIMEOUT; default 10s)", func(s string) error {
		d, err := time.ParseDuration(s)
		c.ShutdownTimeout = Duration(d)
		return err
	})
}

// opsEnv applies the KEFU_* variables of the operations settings.
func (c *OpsConfig) opsEnv(getenv func(string) string) error {
	if v := getenv("KEFU_METRICS_ADDR"); v != "" {
		c.MetricsAddr = v
	}
	if v := getenv("KEFU_MEMORY_LIMIT"); v != "" {
		c.MemoryLimit = v
	}
	if v := getenv("KEFU_PPROF"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return fmt.Errorf("KEFU_PPROF: %q is not true or false", v)
		}
		c.PProf = b
	}
	for k, p := range map[string]*Duration{"KEFU_DRAIN_DELAY": &c.DrainDelay, "KEFU_SHUTDOWN_TIMEOUT": &c.ShutdownTimeout} {
		if v := getenv(k); v != "" {
			d, err := time.ParseDuration(v)
			if err != nil {
				return fmt.Errorf("%s: %w", k, err)
			}
			*p = Duration(d)
		}
	}
	return nil
}

// validateOps checks the operations settings.
func (c *OpsConfig) validateOps() error {
	if c.MetricsAddr != "" {
		if _, _, err := net.SplitHostPort(c.MetricsAddr); err != nil {
			return fmt.Errorf("config: metrics_addr %q is not host:port", c.MetricsAddr)
		}
	}
	if c.PProf && c.MetricsAddr == "" {
		return fmt.Errorf("config: pprof needs metrics_addr (profiles are served on the metrics listener)")
	}
	if c.DrainDelay < 0 || c.DrainDelay > Duration(5*time.Minute) {
		return fmt.Errorf("config: drain_delay must be between 0 and 5m")
	}
	if c.ShutdownTimeout < 0 || c.ShutdownTimeout > Duration(10*time.Minute) {
		return fmt.Errorf("config: shutdown_timeout must be between 0 and 10m")
	}
	if c.MemoryLimit != "" && c.MemoryLimit != "off" {
		n, err := memlimit.Parse(c.MemoryLimit)
		if err != nil {
			return fmt.Errorf("config: memory_limit: %w, or off", err)
		}
		if n < 32<<20 {
			return fmt.Errorf("config: memory_limit must be at least 32MiB (kefu keeps ~70 MB live with the shipped model)")
		}
	}
	return nil
}

// startMemoryLimit applies the memory_limit setting for serve and demo
// and returns what undoes it when they return. An explicit size wins
// over GOMEMLIMIT; the default leaves a GOMEMLIMIT alone. An invalid
// setting sets nothing (App.Open reports it).
func startMemoryLimit(c OpsConfig, log *slog.Logger) (stop func()) {
	switch {
	case c.validateOps() != nil || c.MemoryLimit == "off":
		return func() {}
	case c.MemoryLimit != "":
		n, _ := memlimit.Parse(c.MemoryLimit) // validated
		prev := debug.SetMemoryLimit(n)
		log.Info("memory limit", slog.String("limit", memlimit.Format(n)), slog.String("from", "memory_limit"))
		return func() { debug.SetMemoryLimit(prev) }
	case memlimit.Current() != memlimit.None:
		log.Info("memory limit", slog.String("limit", memlimit.Format(memlimit.Current())), slog.String("from", "GOMEMLIMIT"))
		return func() {}
	}
	limit, stop := memlimit.Follow(DefaultMemoryLimit, memoryLimitFactor, 5*time.Second, func(limit, live int64) {
		log.Info("memory limit changed", slog.String("limit", memlimit.Format(limit)), slog.Int64("live_bytes", live))
	})
	log.Info("memory limit", slog.String("limit", memlimit.Format(limit)), slog.String("from", "default"))
	return stop
}

// openMetrics makes the node's metrics when a metrics listener is
// configured, and counts the logger's warnings and errors in them. Open
// calls it first, before anything keeps the logger.
func (a *App) openMetrics() {
	if a.Config.MetricsAddr == "" {
		return
	}
	a.Metrics = metrics.New()
	a.Logger = slog.New(a.Metrics.LogHandler(a.Logger.Handler()))
}

// startOps gives the HTTP server its readiness checks, shutdown timeout
// and metrics, and starts the metrics listener. Serve calls it before the
// server opens, so that the metrics listener closes after it.
func (a *App) startOps(s *khttp.Server) error {
	s.Ready = a.readyChecks()
	s.DrainTimeout = time.Duration(a.Config.ShutdownTimeout)
	if a.Metrics == nil {
		return nil
	}
	m := a.Metrics
	s.Metrics = m
	s.Turns = m.Turns(s.Turns)
	if h, ok := a.Store.(kefu.StoreHealth); ok {
		m.WatchStore(metrics.StoreSource{Health: h, Pool: a.poolStats(), Now: a.Now, Logger: a.Logger})
	}
	m.WatchModel(func() string { return a.NLU.Models().Current().Version() })
	if b, ok := any(a.Events).(interface{ Subscribers() int }); ok {
		m.WatchBus(b.Subscribers)
	}
	if p := a.Ingest; p != nil {
		m.WatchIngest(func() metrics.IngestStats {
			s := p.Stats()
			q := make(map[string]int64, len(s.Quarantined))
			for r, n := range s.Quarantined {
				q[string(r)] = n
			}
			return metrics.IngestStats{Messages: s.Messages, Acked: s.Acked, Naked: s.Naked, Received: s.Received, Stored: s.Stored,
				Duplicates: s.Duplicates, Commits: s.Commits, Retries: s.Retries, Quarantined: q, Queued: s.Queued}
		})
	}

	mux := http.NewServeMux()
	mux.Handle("GET /metrics", m.Handler(a.Logger))
	if a.Config.PProf {
		mux.HandleFunc("/debug/pprof/", pprof.Index)
		mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
		mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
		mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
		mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	}
	ln, err := net.Listen("tcp", a.Config.MetricsAddr)
	if err != nil {
		return fmt.Errorf("metrics listener: %w", err)
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second,
		ErrorLog: slog.NewLogLogger(a.Logger.Handler(), slog.LevelWarn)}
	a.metricsURL = "http://" + ln.Addr().String()
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			a.Logger.Error("metrics listener", slog.Any("err", err))
		}
	}()
	a.closers = append(a.closers, func() error {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		return srv.Shutdown(ctx)
	})
	a.Logger.Info("metrics listening", slog.String("url", a.metricsURL+"/metrics"), slog.Bool("pprof", a.Config.PProf))
	return nil
}

// MetricsURL is the metrics listener's base URL ("http://127.0.0.1:9090"),
// or "" when it does not run.
func (a *App) MetricsURL() string { return a.metricsURL }

// readyChecks are the checks of GET /readyz: the store answers, the live
// bus is up, an intent model is in service. The telemetry brokers are not
// among them: without them chats are still answered (their health is in
// the ingest metrics).
func (a *App) readyChecks() []khttp.ReadyCheck {
	var checks []khttp.ReadyCheck
	if h, ok := a.Store.(kefu.StoreHealth); ok {
		checks = append(checks, khttp.ReadyCheck{Name: "store", Check: h.Ping})
	}
	checks = append(checks, khttp.ReadyCheck{Name: "bus", Check: func(ctx context.Context) error {
		// The in-process bus is always up; a networked one says so.
		if p, ok := any(a.Events).(interface{ Ping(context.Context) error }); ok {
			return p.Ping(ctx)
		}
		return nil
	}})
	checks = append(checks, khttp.ReadyCheck{Name: "model", Check: func(context.Context) error {
		if m := a.NLU.Models().Current(); m == nil || len(m.Labels()) == 0 {
			return kefu.Errorf(kefu.EUNAVAILABLE, "no intent model loaded")
		}
		return nil
	}})
	return checks
}

// poolStats returns the store's connection statistics in the metrics'
// terms, or nil for a store without any.
func (a *App) poolStats() func() metrics.PoolStats {
	switch db := a.Store.(type) {
	case *sqlite.DB:
		return func() metrics.PoolStats {
			s := db.Stats()
			return metrics.PoolStats{Max: s.Readers.MaxOpenConnections, InUse: s.Readers.InUse, Idle: s.Readers.Idle,
				Waits: s.Readers.WaitCount, WaitTime: s.Readers.WaitDuration, QueuedWrites: s.QueuedWrites}
		}
	case *postgres.DB:
		return func() metrics.PoolStats {
			s := db.Stats()
			return metrics.PoolStats{Max: int(s.MaxConns()), InUse: int(s.AcquiredConns()), Idle: int(s.IdleConns()),
				Waits: s.EmptyAcquireCount(), WaitTime: s.EmptyAcquireWaitTime(), QueuedWrites: -1}
		}
	}
	return nil
}

// releaseStartupMemory hands the memory that starting needed and no
// longer does (decompressing the intent model, training the language
// detector, loading the demo shops) back to the operating system now,
// rather than over the next minutes: about 40 MB of resident memory. It
// also drops the executable's pages that starting read (the embedded
// intent model, once decoded, and the code and data that ran once),
// which the kernel reads again from the file if they are used: about
// 45 MB of resident memory, none of it freed (docs/footprint.md).
func (a *App) releaseStartupMemory() {
	debug.FreeOSMemory()
	st, err := exepages.Release(nlumodel.Ecommerce)
	if err != nil {
		a.Logger.Warn("releasing the executable's pages", slog.Any("err", err))
		return
	}
	a.Logger.Debug("released the executable's pages", slog.Int64("rss_file_before", st.FileBefore), slog.Int64("rss_file_after", st.FileAfter))
}

// Drain stops the node gracefully: GET /readyz answers 503 at once, the
// node keeps serving for DrainDelay so that load balancers take it out,
// then the HTTP server stops accepting connections and waits up to
// ShutdownTimeout for the requests in flight (websockets are closed with
// "going away"). Close then stops the background work (webhooks,
// proactive scans, profile refreshes, the ingest pipeline's last batch)
// and the store.
func (a *App) Drain() {
	if a.HTTP == nil {
		return
	}
	a.HTTP.Drain()
	a.Logger.Info("draining", slog.String("delay", time.Duration(a.Config.DrainDelay).String()))
	wait := a.drainWait
	if wait == nil {
		wait = time.Sleep
	}
	wait(time.Duration(a.Config.DrainDelay))
	if err := a.HTTP.Close(); err != nil {
		a.Logger.Warn("requests still in flight were cut", slog.Any("err", err))
	}
}
