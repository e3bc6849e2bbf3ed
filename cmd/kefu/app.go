package main

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/compose"
	"github.com/kefu-ai/kefu/cosmetics/inci"
	"github.com/kefu-ai/kefu/cosmetics/profiles"
	tariff "github.com/kefu-ai/kefu/customs"
	"github.com/kefu-ai/kefu/desk"
	"github.com/kefu-ai/kefu/dialog"
	"github.com/kefu-ai/kefu/freshness"
	khttp "github.com/kefu-ai/kefu/http"
	"github.com/kefu-ai/kefu/ingest"
	"github.com/kefu-ai/kefu/inmem"
	"github.com/kefu-ai/kefu/knowledge"
	"github.com/kefu-ai/kefu/metrics"
	"github.com/kefu-ai/kefu/nlu"
	"github.com/kefu-ai/kefu/nlu/intent"
	"github.com/kefu-ai/kefu/postgres"
	"github.com/kefu-ai/kefu/recommend/profile"
	"github.com/kefu-ai/kefu/routing"
	"github.com/kefu-ai/kefu/sqlite"
	"github.com/kefu-ai/kefu/traceability"
	"github.com/kefu-ai/kefu/translate"
	"github.com/kefu-ai/kefu/webhook"
)

// App is one kefu node: the store, the bus, the engine and, when serving,
// the HTTP server. Open wires it from Config; Close releases everything.
type App struct {
	Config Config
	Logger *slog.Logger
	Now    kefu.Clock

	Store     kefu.Store
	Events    kefu.EventService // in-process, or NATS (openBus)
	Locker    kefu.Locker
	Knowledge *knowledge.Service
	// ProductProfiles keeps the stored product knowledge profiles
	// current; after admin writes it runs in the background
	// (profileRefresher).
	ProductProfiles *profiles.Keeper
	// Trace assembles cold-chain reports; TraceLinks signs their links.
	Trace      *traceability.Service
	TraceLinks *traceability.Links
	NLU        *nlu.Understander
	// Skills and Strategies are what the engine and the agents' desk run
	// (registerSkills, registerStrategies).
	Skills     []kefu.Skill
	Strategies []kefu.Strategy
	Engine     *dialog.Engine
	// Profiles recomputes customers' order- and event-derived profile
	// traits; the engine's observer stores what chats reveal.
	Profiles *profile.Builder
	Desk     *desk.Desk // the agent console's desk, made by Serve
	// Translator is the machine-translation chain the bot (articles in
	// another language) and the console share, with one cache.
	Translator *translate.Chain
	HTTP       *khttp.Server
	// Ingest takes telemetry in from Broker or the external brokers
	// (startTelemetry); Broker is the embedded one, nil when external
	// brokers are configured or ingest is off.
	Ingest *ingest.Pipeline
	Broker *ingest.Broker
	// Metrics are the node's metrics, nil unless Config.MetricsAddr is
	// set (ops.go).
	Metrics    *metrics.Metrics
	metricsURL string
	drainWait  func(time.Duration) // Drain's wait for load balancers; nil means time.Sleep (tests hold it)

	productProfiles *profileRefresher  // refreshes product profiles after admin writes
	fresh           *freshness.Service // feeds and the review queue (feeds.go)
	// webhooks is set by Serve, after the server may have taken an admin
	// write.
	webhooks atomic.Pointer[webhook.Dispatcher]
	// cluster links this node to the others when Bus is "nats"
	// (cluster.go); nil otherwise.
	cluster *clusterLink
	closers []func() error
	// models is what SyncModels installed from the registry.
	models modelSync
}

// NewApp returns an unopened App.
func NewApp(cfg Config, logger *slog.Logger) *App {
	return &App{Config: cfg, Logger: logger, Now: time.Now}
}

// Open opens the store and builds the engine. It does not listen.
func (a *App) Open(ctx context.Context) error {
	if err := a.Config.Validate(); err != nil {
		return err
	}
	a.openMetrics()
	switch a.Config.Store {
	case "sqlite":
		if err := os.MkdirAll(a.Config.DataDir, 0o755); err != nil {
			return fmt.Errorf("data directory: %w", err)
		}
		db, err := sqlite.Open(ctx, a.Config.DBPath(), a.Now)
		if err != nil {
			return err
		}
		a.Store = db
	case "postgres":
		db, err := postgres.Open(ctx, a.Config.PostgresDSN, a.Now)
		if err != nil {
			return err
		}
		a.Store = db
	}
	a.closers = append(a.closers, a.Store.Close)
	if err := a.openBus(); err != nil {
		return err
	}
	// One per-conversation lock for customer turns and agents' desk
	// operations.
	if a.lockerKind() == "postgres" {
		l, err := postgres.OpenLocker(ctx, a.Config.PostgresDSN)
		if err != nil {
			return err
		}
		a.Locker = l
		a.closers = append(a.closers, l.Close)
	} else {
		a.Locker = inmem.NewLocker()
	}

	var model *intent.Model // nil: the shipped model
	if a.Config.ModelFile != "" {
		m, err := loadModel(a.Config.ModelFile)
		if err != nil {
			return err
		}
		model = m
	}
	und, err := nlu.NewDefault(model, a.Store, a.Now)
	if err != nil {
		return err
	}
	a.NLU = und
	// The registry's serving versions, if any, replace the configured
	// model before the first turn (docs/learning.md).
	if err := a.SyncModels(ctx); err != nil {
		return err
	}
	// And the shops' accepted corrections, served as they are.
	if err := a.SyncCorrections(ctx); err != nil {
		return err
	}
	comp, err := compose.New()
	if err != nil {
		return err
	}
	a.Knowledge = knowledge.NewService(a.Store, a.Now)
	a.ProductProfiles = &profiles.Keeper{Store: a.Store, Ratings: inci.DefaultRatings()}
	a.productProfiles = newProfileRefresher(a.ProductProfiles, a.Logger)
	a.closers = append(a.closers, a.productProfiles.Close)
	tables, err := tariff.Open()
	if err != nil {
		return err
	}
	// One translation chain (and cache) for the bot's articles and the
	// agents' console.
	a.Translator = a.translator()
	answerer := &knowledge.Answerer{Knowledge: a.Knowledge, Translator: a.Translator}
	key := []byte(a.Config.SessionKey)
	if len(key) == 0 {
		// Links made now stop working when the process restarts; set
		// session_key to keep them (docs/coldchain.md).
		key = make([]byte, 32)
		if _, err := rand.Read(key); err != nil {
			return err
		}
	}
	a.TraceLinks = &traceability.Links{Key: key}
	a.Trace = &traceability.Service{Store: a.Store, Now: a.Now}
	skills, fallback := registerSkills(skillDeps{Store: a.Store, Answerer: answerer, Tariffs: tables, Now: a.Now,
		Trace: a.Trace, TraceLinks: a.TraceLinks, LLM: a.grounder()})
	a.Skills, a.Strategies = skills, registerStrategies(a.Store, a.Now, a.Logger)
	a.Profiles = &profile.Builder{Store: a.Store, Now: a.Now}
	a.Engine = &dialog.Engine{
		Observer:     &profile.ChatObserver{Store: a.Store, Learner: &profile.Learner{Now: a.Now}},
		Store:        a.Store,
		Understander: und,
		Composer:     comp,
		Events:       a.Events,
		Skills:       skills,
		Fallback:     fallback,
		Strategies:   a.Strategies,
		Locker:       a.Locker,
		Logger:       a.Logger,
		Now:          a.Now,
		Router:       &routing.Router{Store: a.Store},
	}
	a.Config.Limits.engine(a.Engine)
	return a.Engine.Init()
}

// ReloadModel loads Config.ModelFile (or the shipped model when it is
// empty) and swaps it into service. Turns running keep the model they
// started with; a file that does not load leaves the served model alone.
func (a *App) ReloadModel() error {
	m, err := loadModel(a.Config.ModelFile)
	if err != nil {
		return err
	}
	old := a.NLU.Models().Swap(m)
	a.models.forgetGlobal()
	a.Logger.Info("intent model swapped", "from", old.Version(), "to", m.Version(), "labels", len(m.Labels()))
	return nil
}

// reloadOnHangup reloads the model on every SIGHUP until ctx ends.
func (a *App) reloadOnHangup(ctx context.Context) {
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	go func() {
		defer signal.Stop(hup)
		for {
			select {
			case <-ctx.Done():
				return
			case <-hup:
				if err := a.ReloadModel(); err != nil {
					a.Logger.Error("model reload failed; the served model is unchanged", "err", err)
				}
			}
		}
	}()
}

// Serve starts telemetry ingest and the HTTP server (and webhook
// deliveries) on Config.Addr.
func (a *App) Serve(ctx context.Context, demo bool) error {
	if err := a.startTelemetry(); err != nil {
		return err
	}
	a.HTTP = &khttp.Server{
		Addr:            a.Config.Addr,
		Store:           a.Store,
		Turns:           a.Engine,
		Events:          a.Events,
		Logger:          a.Logger,
		Now:             a.Now,
		MaxBodyBytes:    a.Config.MaxBodyBytes,
		Demo:            demo,
		Changed:         a.changed,
		Profiles:        a.Profiles,
		ProductProfiles: a.ProductProfiles,
		Trace:           a.Trace,
		TraceLinks:      a.TraceLinks,
		Telemetry:       a.Ingest,
		Guards:          a.Config.guards(),
		Intents:         func() []string { return a.NLU.Models().Current().Labels() },
		Retrainer:       &retrainer{app: a, ctx: ctx},
	}
	a.HTTP.Limits = a.Config.Limits.http()
	if db, ok := a.Store.(*postgres.DB); ok {
		// Every node on the database counts the same login attempts,
		// and the counts outlive a restart.
		a.HTTP.Logins = db.LoginThrottle()
	}
	a.wireFeeds(a.HTTP)
	if err := a.wireConsole(a.HTTP); err != nil {
		return err
	}
	if err := a.wireCluster(a.HTTP); err != nil {
		return err
	}
	if err := a.startOps(a.HTTP); err != nil {
		return err
	}
	if err := a.HTTP.Open(); err != nil {
		return err
	}
	a.reloadOnHangup(ctx)
	a.watchModels(ctx)
	a.scheduleRetrains(ctx)
	a.closers = append(a.closers, a.HTTP.Close)
	if err := a.startWebhooks(ctx); err != nil {
		return err
	}
	a.startFeedPoller(ctx)
	a.foldAnalytics(ctx)
	return a.startProactive(ctx)
}

// foldEvery is how often the app folds the messages stored since into
// the analytics facts and rollups (docs/analytics.md#write-path).
const foldEvery = time.Second

// foldAnalytics folds the analytics backlog every foldEvery, so that a
// dashboard read finds little to fold first.
func (a *App) foldAnalytics(ctx context.Context) {
	a.runEvery(ctx, foldEvery, false, func(ctx context.Context) {
		start := time.Now()
		n, err := a.Store.FoldAnalytics(ctx)
		if err != nil && ctx.Err() == nil {
			a.Logger.Error("fold analytics", "err", err)
		} else if n > 0 {
			a.Logger.Debug("folded analytics", "messages", n, "took", time.Since(start))
		}
	})
}

// changed drops what the app caches of a shop's data once the admin API
// changed it, so that the next turn answers from the new data, and tells
// the other nodes to drop theirs.
func (a *App) changed(tenantID, kind string) {
	a.forget(tenantID, kind)
	if kind == "products" {
		// Derived and stored once, by the node that took the write.
		a.productProfiles.Mark(tenantID)
	}
	a.announce(tenantID, kind)
}

// forget drops what this node caches of a shop's data of a kind.
func (a *App) forget(tenantID, kind string) {
	switch kind {
	case "products", "reviews", "orders", "promotions":
		// Skills that prepare a shop's catalogue (the advisor's product
		// knowledge, reviews and mined rules) read it again.
		for _, s := range a.Skills {
			if f, ok := s.(interface{ Forget(tenantID string) }); ok {
				f.Forget(tenantID)
			}
		}
	}
	switch kind {
	case "articles":
		a.Knowledge.Invalidate(tenantID)
	case "products":
		a.NLU.Forget(tenantID)
		a.Profiles.Forget(tenantID)
	case "settings", "synonyms", "customers":
		a.Engine.Forget(tenantID)
		if d := a.webhooks.Load(); kind == "settings" && d != nil {
			d.Forget(tenantID)
		}
	case "keys":
		if a.HTTP != nil {
			a.HTTP.ForgetAPIKeys(tenantID)
		}
	case "corrections":
		a.reloadCorrections(tenantID)
	}
}

// Close stops the server and closes the store, newest first.
func (a *App) Close() error {
	var errs []error
	for i := len(a.closers) - 1; i >= 0; i-- {
		if err := a.closers[i](); err != nil {
			errs = append(errs, err)
		}
	}
	a.closers = nil
	return errors.Join(errs...)
}

// newLogger builds the process logger from the config.
func newLogger(c Config, w io.Writer) *slog.Logger {
	lvl, _ := parseLevel(c.LogLevel)
	opts := &slog.HandlerOptions{Level: lvl}
	if c.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// runEvery calls fn every interval in the background (first at once when
// now is set) until the app closes; Close waits for a call in progress.
// fn's context ends with the app, not with ctx's cancellation, so that a
// shutdown that cancels ctx still lets Close wait for a clean stop.
func (a *App) runEvery(ctx context.Context, every time.Duration, now bool, fn func(context.Context)) {
	pctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	done := make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(every)
		defer tick.Stop()
		if now {
			fn(pctx)
		}
		for {
			select {
			case <-pctx.Done():
				return
			case <-tick.C:
				fn(pctx)
			}
		}
	}()
	a.closers = append(a.closers, func() error { cancel(); <-done; return nil })
}
