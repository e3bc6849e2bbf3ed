package metrics

import (
	"context"
	"log/slog"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// MaxLabelValues bounds the values one label of a counter or histogram
// takes (outcomes, hand-off reasons, error codes): values beyond it, and
// values that do not look like identifiers, count as "other".
const MaxLabelValues = 100

// Buckets of the latency histograms, in seconds. A turn's stages take
// from microseconds (settle_language) to tens of milliseconds (a commit
// under load); a request from the same to minutes (websockets).
var (
	stageBuckets   = []float64{0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5}
	requestBuckets = []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10}
)

// Metrics holds one node's metrics and the registry they are served from.
// Its methods are safe for concurrent use.
type Metrics struct {
	reg *prometheus.Registry

	turns       *prometheus.CounterVec   // action, outcome
	turnErrors  *prometheus.CounterVec   // code
	turnSeconds prometheus.Histogram     // whole turns as the channel saw them
	stages      *prometheus.HistogramVec // stage
	handoffs    *prometheus.CounterVec   // reason
	requests    *prometheus.CounterVec   // route, code (status class)
	reqSeconds  *prometheus.HistogramVec // route
	logs        *prometheus.CounterVec   // level

	// Observers per stage, resolved once: a turn then observes without
	// hashing label values.
	stageObs []prometheus.Observer

	actions, outcomes, reasons, codes bounded
}

// New returns metrics on a new registry that also carries the Go
// runtime's and the process's standard metrics (go_*, process_*).
func New() *Metrics {
	m := &Metrics{reg: prometheus.NewRegistry()}
	m.turns = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "kefu_turns_total",
		Help: "Bot turns run, by the policy's action (skill, smalltalk, clarify, handoff, silent) and the result's outcome.",
	}, []string{"action", "outcome"})
	m.turnErrors = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "kefu_turn_errors_total",
		Help: "Turns that failed, by kefu error code (invalid, not_found, unavailable, internal, ...).",
	}, []string{"code"})
	m.turnSeconds = prometheus.NewHistogram(prometheus.HistogramOpts{
		Name:    "kefu_turn_duration_seconds",
		Help:    "Time of a whole turn, from the channel's call to the stored reply.",
		Buckets: stageBuckets,
	})
	m.stages = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name:    "kefu_turn_stage_duration_seconds",
		Help:    "Time of each stage of a bot turn (kefu.TurnStages).",
		Buckets: stageBuckets,
	}, []string{"stage"})
	m.handoffs = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "kefu_handoffs_total",
		Help: "Conversations the bot queued for a person, by reason.",
	}, []string{"reason"})
	m.requests = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "kefu_http_requests_total",
		Help: "HTTP requests served, by route pattern and status class (2xx, 4xx, ...).",
	}, []string{"route", "code"})
	m.reqSeconds = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name:    "kefu_http_request_duration_seconds",
		Help:    "Time to serve an HTTP request, by route pattern (websockets: their whole life).",
		Buckets: requestBuckets,
	}, []string{"route"})
	m.logs = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "kefu_log_messages_total",
		Help: "Warnings and errors logged, by level: failures kefu handled without failing a request (webhooks, routing, background work).",
	}, []string{"level"})
	m.reg.MustRegister(m.turns, m.turnErrors, m.turnSeconds, m.stages, m.handoffs, m.requests, m.reqSeconds, m.logs,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	for _, s := range kefu.TurnStages {
		m.stageObs = append(m.stageObs, m.stages.WithLabelValues(s))
	}
	// Start the log counters at 0, so that rate() sees the first one.
	m.logs.WithLabelValues("warn")
	m.logs.WithLabelValues("error")
	return m
}

// Registry returns the registry, for collectors of the caller's own.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// Handler serves the metrics in the Prometheus exposition format. A
// collector that fails leaves its metrics out and the error is logged;
// the rest are served.
func (m *Metrics) Handler(logger *slog.Logger) http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
		ErrorHandling:     promhttp.ContinueOnError,
		Registry:          m.reg, // promhttp_metric_handler_errors_total
		EnableOpenMetrics: true,
	})
}

// ObserveRequest counts one HTTP request: route is the ServeMux pattern
// that served it ("POST /v1/conversations/{id}/messages"; "" when none
// matched), status its status code (0 when nothing was written).
func (m *Metrics) ObserveRequest(route string, status int, d time.Duration) {
	if route == "" {
		route = "unmatched"
	}
	m.requests.WithLabelValues(route, statusClass(status)).Inc()
	m.reqSeconds.WithLabelValues(route).Observe(d.Seconds())
}

// statusClass is "2xx" for 200..299 and so on; a handler that wrote
// nothing (it panicked, or the client went away first) counts as 5xx.
func statusClass(status int) string {
	if status < 100 || status > 599 {
		return "5xx"
	}
	return strconv.Itoa(status/100) + "xx"
}

// ObserveTurn counts one turn as a channel saw it: its result or error,
// and how long the call took. Replayed duplicates are not counted again.
func (m *Metrics) ObserveTurn(res *kefu.TurnResult, err error, d time.Duration) {
	if err != nil {
		m.turnErrors.WithLabelValues(m.codes.value(kefu.ErrorCode(err))).Inc()
		return
	}
	if res == nil || res.Duplicate {
		return
	}
	m.turnSeconds.Observe(d.Seconds())
	if res.Reply == nil || res.Reply.Trace == nil {
		m.turns.WithLabelValues(string(kefu.ActionSilent), "").Inc()
		return
	}
	tr := res.Reply.Trace
	m.turns.WithLabelValues(m.actions.value(string(tr.Action)), m.outcomes.value(tr.Outcome)).Inc()
	if tr.Action == kefu.ActionHandoff {
		m.handoffs.WithLabelValues(m.reasons.value(tr.Reason)).Inc()
	}
	for i, us := range tr.StageUS {
		if i < len(m.stageObs) {
			m.stageObs[i].Observe(float64(us) / 1e6)
		}
	}
}

// Turns returns ts with every PostMessage and AnswerMessage counted
// (ObserveTurn). StartConversation is passed through.
func (m *Metrics) Turns(ts kefu.TurnService) kefu.TurnService { return &turns{ts, m} }

type turns struct {
	kefu.TurnService
	m *Metrics
}

// Interface guard.
var _ kefu.TurnService = (*turns)(nil)

func (t *turns) PostMessage(ctx context.Context, req kefu.PostMessageRequest) (*kefu.TurnResult, error) {
	start := time.Now()
	res, err := t.TurnService.PostMessage(ctx, req)
	t.m.ObserveTurn(res, err, time.Since(start))
	return res, err
}

func (t *turns) AnswerMessage(ctx context.Context, tenantID, conversationID string, messageID int64) (*kefu.TurnResult, error) {
	start := time.Now()
	res, err := t.TurnService.AnswerMessage(ctx, tenantID, conversationID, messageID)
	t.m.ObserveTurn(res, err, time.Since(start))
	return res, err
}

// bounded admits at most MaxLabelValues distinct label values, each an
// identifier of at most 64 bytes (what kefu's outcomes, reasons and codes
// are); anything else is "other", so a stray value cannot grow the
// series without end.
type bounded struct {
	mu   sync.Mutex // guards seen
	seen map[string]bool
}

func (b *bounded) value(v string) string {
	if len(v) > 64 {
		return "other"
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.') {
			return "other"
		}
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.seen[v] {
		return v
	}
	if len(b.seen) >= MaxLabelValues {
		return "other"
	}
	if b.seen == nil {
		b.seen = map[string]bool{}
	}
	b.seen[v] = true
	return v
}
