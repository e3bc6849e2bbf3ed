package metrics_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/metrics"
)

// Scrape fetches m's metrics in the text format and returns every sample
// by its name and labels as written ("kefu_turns_total{action=\"skill\",outcome=\"tracking\"}").
func Scrape(tb testing.TB, m *metrics.Metrics) map[string]float64 {
	tb.Helper()
	rec := httptest.NewRecorder()
	m.Handler(slog.New(slog.NewTextHandler(io.Discard, nil))).ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	if rec.Code != http.StatusOK {
		tb.Fatalf("scrape: %d %s", rec.Code, rec.Body)
	}
	out := map[string]float64{}
	sc := bufio.NewScanner(rec.Body)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		v, err := strconv.ParseFloat(line[i+1:], 64)
		if err != nil {
			tb.Fatalf("scrape: line %q: %v", line, err)
		}
		out[line[:i]] = v
	}
	return out
}

func reply(action kefu.Action, outcome, reason string, stages ...int64) *kefu.TurnResult {
	return &kefu.TurnResult{
		Message: &kefu.Message{ID: 1},
		Reply:   &kefu.Message{ID: 2, Trace: &kefu.Trace{Action: action, Outcome: outcome, Reason: reason, StageUS: stages}},
	}
}

func TestObserveTurn(t *testing.T) {
	tests := []struct {
		name string
		res  *kefu.TurnResult
		err  error
		want map[string]float64
	}{
		{"skill", reply(kefu.ActionSkill, "tracking", "", 100, 2000, 10, 50, 3000, 5, 40, 900, 60), nil, map[string]float64{
			`kefu_turns_total{action="skill",outcome="tracking"}`:                               1,
			`kefu_turn_duration_seconds_count`:                                                  1,
			`kefu_turn_stage_duration_seconds_count{stage="understand"}`:                        1,
			`kefu_turn_stage_duration_seconds_sum{stage="understand"}`:                          0.002,
			`kefu_turn_stage_duration_seconds_sum{stage="commit"}`:                              0.0009,
			`kefu_turn_stage_duration_seconds_bucket{stage="act",le="0.0025"}`:                  0,
			`kefu_turn_stage_duration_seconds_bucket{stage="act",le="0.005"}`:                   1,
			`kefu_turn_stage_duration_seconds_count{stage="after_commit"}`:                      1,
			`kefu_handoffs_total{reason="customer_asked"}`:                                      -1, // absent
			`kefu_turn_errors_total{code="internal"}`:                                           -1,
			`kefu_turns_total{action="handoff",outcome="handoff"}`:                              -1,
			`kefu_http_requests_total{code="2xx",route="POST /v1/conversations/{id}/messages"}`: -1,
		}},
		{"handoff", reply(kefu.ActionHandoff, "handoff", "customer_asked", 1, 2, 3), nil, map[string]float64{
			`kefu_turns_total{action="handoff",outcome="handoff"}`: 1,
			`kefu_handoffs_total{reason="customer_asked"}`:         1,
			// A reply without commit times (a stored trace) observes the
			// stages it has.
			`kefu_turn_stage_duration_seconds_count{stage="settle_language"}`: 1,
			`kefu_turn_stage_duration_seconds_count{stage="decide"}`:          0,
		}},
		{"silent", &kefu.TurnResult{Message: &kefu.Message{ID: 1}}, nil, map[string]float64{
			`kefu_turns_total{action="silent",outcome=""}`: 1,
		}},
		{"duplicate", &kefu.TurnResult{Message: &kefu.Message{ID: 1}, Reply: &kefu.Message{ID: 2, Trace: &kefu.Trace{Action: kefu.ActionSkill}}, Duplicate: true}, nil, map[string]float64{
			`kefu_turn_duration_seconds_count`: 0,
		}},
		{"error", nil, kefu.Errorf(kefu.EUNAVAILABLE, "database closed"), map[string]float64{
			`kefu_turn_errors_total{code="unavailable"}`: 1,
			`kefu_turn_duration_seconds_count`:           0,
		}},
		{"unbounded outcome", reply(kefu.ActionSkill, "Order 12345 for bob@example.com", ""), nil, map[string]float64{
			`kefu_turns_total{action="skill",outcome="other"}`: 1,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := metrics.New()
			m.ObserveTurn(tt.res, tt.err, 5*time.Millisecond)
			got := Scrape(t, m)
			checkSamples(t, got, tt.want)
		})
	}
}

// checkSamples compares the samples named in want; -1 means the sample
// must be absent.
func checkSamples(t *testing.T, got, want map[string]float64) {
	t.Helper()
	for k, w := range want {
		v, ok := got[k]
		switch {
		case w == -1 && ok:
			t.Errorf("%s = %v, want it absent", k, v)
		case w != -1 && !ok:
			t.Errorf("%s missing", k)
		case w != -1 && fmt.Sprintf("%.6g", v) != fmt.Sprintf("%.6g", w):
			t.Errorf("%s = %v, want %v", k, v, w)
		}
	}
}

func TestTurnsWrapper(t *testing.T) {
	m := metrics.New()
	fake := &fakeTurns{res: reply(kefu.ActionClarify, "clarify", "low_confidence", 10, 20)}
	ts := m.Turns(fake)
	ctx := context.Background()
	if _, err := ts.PostMessage(ctx, kefu.PostMessageRequest{TenantID: "shop", ConversationID: "cv_1", Text: "hm"}); err != nil {
		t.Fatal(err)
	}
	if _, err := ts.AnswerMessage(ctx, "shop", "cv_1", 3); err != nil {
		t.Fatal(err)
	}
	if _, _, err := ts.StartConversation(ctx, kefu.StartConversationRequest{TenantID: "shop"}); err != nil {
		t.Fatal(err)
	}
	if fake.posts != 1 || fake.answers != 1 || fake.starts != 1 {
		t.Errorf("calls passed through: %d posts, %d answers, %d starts", fake.posts, fake.answers, fake.starts)
	}
	checkSamples(t, Scrape(t, m), map[string]float64{
		`kefu_turns_total{action="clarify",outcome="clarify"}`: 2,
		`kefu_turn_duration_seconds_count`:                     2,
	})
}

type fakeTurns struct {
	res                    *kefu.TurnResult
	posts, answers, starts int
}

func (f *fakeTurns) StartConversation(context.Context, kefu.StartConversationRequest) (*kefu.Conversation, string, error) {
	f.starts++
	return &kefu.Conversation{ID: "cv_1"}, "token", nil
}

func (f *fakeTurns) PostMessage(context.Context, kefu.PostMessageRequest) (*kefu.TurnResult, error) {
	f.posts++
	return f.res, nil
}

func (f *fakeTurns) AnswerMessage(context.Context, string, string, int64) (*kefu.TurnResult, error) {
	f.answers++
	return f.res, nil
}

func TestObserveRequest(t *testing.T) {
	m := metrics.New()
	for _, r := range []struct {
		route  string
		status int
	}{
		{"POST /v1/conversations", 201},
		{"POST /v1/conversations", 201},
		{"POST /v1/conversations", 429},
		{"GET /v1/conversations/{id}/ws", 101},
		{"GET /healthz", 200},
		{"", 404},
		{"GET /v1/openapi.json", 0}, // nothing written: a panic or a client gone
	} {
		m.ObserveRequest(r.route, r.status, 3*time.Millisecond)
	}
	checkSamples(t, Scrape(t, m), map[string]float64{
		`kefu_http_requests_total{code="2xx",route="POST /v1/conversations"}`:         2,
		`kefu_http_requests_total{code="4xx",route="POST /v1/conversations"}`:         1,
		`kefu_http_requests_total{code="1xx",route="GET /v1/conversations/{id}/ws"}`:  1,
		`kefu_http_requests_total{code="4xx",route="unmatched"}`:                      1,
		`kefu_http_requests_total{code="5xx",route="GET /v1/openapi.json"}`:           1,
		`kefu_http_request_duration_seconds_count{route="POST /v1/conversations"}`:    3,
		`kefu_http_request_duration_seconds_bucket{route="GET /healthz",le="0.0025"}`: 0,
		`kefu_http_request_duration_seconds_bucket{route="GET /healthz",le="0.005"}`:  1,
	})
}

func TestLabelValuesBounded(t *testing.T) {
	m := metrics.New()
	for i := range metrics.MaxLabelValues + 50 {
		m.ObserveTurn(reply(kefu.ActionHandoff, "handoff", fmt.Sprintf("reason_%d", i)), nil, time.Millisecond)
	}
	got := Scrape(t, m)
	n := 0
	for k := range got {
		if strings.HasPrefix(k, "kefu_handoffs_total{") {
			n++
		}
	}
	if n != metrics.MaxLabelValues+1 {
		t.Errorf("%d hand-off reason series, want %d and \"other\"", n, metrics.MaxLabelValues)
	}
	if v := got[`kefu_handoffs_total{reason="other"}`]; v != 50 {
		t.Errorf(`reason="other" = %v, want 50`, v)
	}
}

// fakeHealth is a kefu.StoreHealth of function fields.
type fakeHealth struct {
	ping    func() error
	queues  map[string]int
	backlog []kefu.ConsumerBacklog
}

func (f *fakeHealth) Ping(context.Context) error { return f.ping() }
func (f *fakeHealth) QueueLengths(context.Context) (map[string]int, error) {
	return maps.Clone(f.queues), nil
}
func (f *fakeHealth) EventBacklog(context.Context) ([]kefu.ConsumerBacklog, error) {
	return f.backlog, nil
}

func TestWatchStore(t *testing.T) {
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	many := map[string]int{}
	for i := range metrics.MaxQueueShops + 10 {
		many[fmt.Sprintf("shop%03d", i)] = 100 + i // shop000 has the shortest queue
	}
	tests := []struct {
		name string
		h    *fakeHealth
		pool func() metrics.PoolStats
		want map[string]float64
	}{
		{"up", &fakeHealth{
			ping:    func() error { return nil },
			queues:  map[string]int{"freshfarm": 3, "globalmart": 1},
			backlog: []kefu.ConsumerBacklog{{Consumer: "webhook", Pending: 7, Oldest: now.Add(-90 * time.Second)}, {Consumer: "analytics"}},
		}, func() metrics.PoolStats {
			return metrics.PoolStats{Max: 8, InUse: 2, Idle: 3, Waits: 4, WaitTime: 1500 * time.Millisecond, QueuedWrites: 5}
		}, map[string]float64{
			`kefu_store_up`: 1,
			`kefu_queue_conversations{shop="freshfarm"}`:                  3,
			`kefu_queue_conversations{shop="globalmart"}`:                 1,
			`kefu_event_backlog{consumer="webhook"}`:                      7,
			`kefu_event_backlog_oldest_age_seconds{consumer="webhook"}`:   90,
			`kefu_event_backlog{consumer="analytics"}`:                    0,
			`kefu_event_backlog_oldest_age_seconds{consumer="analytics"}`: 0,
			`kefu_db_connections{state="in_use"}`:                         2,
			`kefu_db_connections{state="idle"}`:                           3,
			`kefu_db_connections_max`:                                     8,
			`kefu_db_connection_waits_total`:                              4,
			`kefu_db_connection_wait_seconds_total`:                       1.5,
			`kefu_db_queued_writes`:                                       5,
		}},
		{"many shops", &fakeHealth{ping: func() error { return nil }, queues: many}, func() metrics.PoolStats {
			return metrics.PoolStats{QueuedWrites: -1}
		}, map[string]float64{
			`kefu_queue_conversations{shop="shop059"}`:                    159,
			`kefu_queue_conversations{shop="shop010"}`:                    110,
			`kefu_queue_conversations{shop="shop009"}`:                    -1,
			`kefu_queue_conversations{shop="` + metrics.OtherShops + `"}`: 100 + 101 + 102 + 103 + 104 + 105 + 106 + 107 + 108 + 109,
			`kefu_db_queued_writes`:                                       -1,
		}},
		{"down", &fakeHealth{ping: func() error { return errors.New("connection refused") }, queues: map[string]int{"shop": 1}}, nil, map[string]float64{
			`kefu_store_up`:                         0,
			`kefu_queue_conversations{shop="shop"}`: -1,
			`kefu_db_connections_max`:               -1,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := metrics.New()
			m.WatchStore(metrics.StoreSource{Health: tt.h, Pool: tt.pool, Now: func() time.Time { return now },
				Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
			checkSamples(t, Scrape(t, m), tt.want)
		})
	}
}

func TestWatchIngestBusModel(t *testing.T) {
	m := metrics.New()
	version := "v1"
	m.WatchModel(func() string { return version })
	m.WatchBus(func() int { return 12 })
	m.WatchIngest(func() metrics.IngestStats {
		return metrics.IngestStats{Messages: 10, Acked: 9, Naked: 1, Received: 600, Stored: 590, Duplicates: 4,
			Quarantined: map[string]int64{"out_of_range": 6}, Commits: 3, Queued: 2}
	})
	checkSamples(t, Scrape(t, m), map[string]float64{
		`kefu_intent_model_info{version="v1"}`:                 1,
		`kefu_bus_subscribers`:                                 12,
		`kefu_ingest_messages_total`:                           10,
		`kefu_ingest_acks_total{result="nak"}`:                 1,
		`kefu_ingest_readings_total{result="stored"}`:          590,
		`kefu_ingest_quarantined_total{reason="out_of_range"}`: 6,
		`kefu_ingest_queued_messages`:                          2,
	})
	version = "v2" // a hot swap
	checkSamples(t, Scrape(t, m), map[string]float64{
		`kefu_intent_model_info{version="v2"}`: 1,
		`kefu_intent_model_info{version="v1"}`: -1,
	})
}

func TestLogHandler(t *testing.T) {
	m := metrics.New()
	var buf strings.Builder
	logger := slog.New(m.LogHandler(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelError})))
	logger.Info("fine")
	logger.Warn("webhook failed")
	logger.With("shop", "x").WithGroup("g").Warn("routing failed")
	logger.Error("boom")
	checkSamples(t, Scrape(t, m), map[string]float64{
		`kefu_log_messages_total{level="warn"}`:  2,
		`kefu_log_messages_total{level="error"}`: 1,
	})
	// The handler still writes only what its level lets through.
	if s := buf.String(); strings.Contains(s, "webhook") || !strings.Contains(s, "boom") {
		t.Errorf("log output %q: want the error only", s)
	}
}

func TestRegistriesIndependent(t *testing.T) {
	// Two nodes in one process (tests) must not share counters.
	a, b := metrics.New(), metrics.New()
	a.ObserveRequest("GET /healthz", 200, time.Millisecond)
	if v := Scrape(t, b)[`kefu_http_requests_total{code="2xx",route="GET /healthz"}`]; v != 0 {
		t.Errorf("second registry sees the first's request: %v", v)
	}
	if v := Scrape(t, a)[`kefu_http_requests_total{code="2xx",route="GET /healthz"}`]; v != 1 {
		t.Errorf("first registry: %v", v)
	}
}
