package http

import (
	"context"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/kefu-ai/kefu"
)

// ReadyTimeout bounds each readiness check of GET /readyz.
const ReadyTimeout = 2 * time.Second

// ReadyCheck is one check of GET /readyz: Check returns nil when the
// part named Name ("store", "bus", "model") can serve. Checks run in
// parallel, each with ReadyTimeout.
type ReadyCheck struct {
	Name  string
	Check func(ctx context.Context) error
}

// RequestObserver is told about every request the server served: the
// ServeMux pattern that matched ("POST /v1/conversations", "" when none
// did), the status written (0 when none was) and how long it took.
type RequestObserver interface {
	ObserveRequest(route string, status int, d time.Duration)
}

// ReadyResponse is the body of GET /readyz.
type ReadyResponse struct {
	// Status is "ready", "not_ready" (a check failed) or "draining" (the
	// node is shutting down; no checks run).
	Status string                 `json:"status"`
	Checks map[string]CheckResult `json:"checks,omitempty"`
	// Nodes is how many kefu nodes this one counts on the bus, itself
	// included (ShareLimits); absent on a node without the bus.
	Nodes int `json:"nodes,omitempty"`
}

// CheckResult is the outcome of one readiness check.
type CheckResult struct {
	Status string  `json:"status"` // "ok" or "fail"
	MS     float64 `json:"ms"`
	// Error is the failure's user-safe message; the detail is logged.
	Error string `json:"error,omitempty"`
}

// Drain takes the server out of service for load balancers: from now on
// GET /readyz answers 503 "draining", while every other request is still
// served. Close then stops the server. Drain may be called more than once.
func (s *Server) Drain() { s.draining.Store(true) }

// handleReady runs the readiness checks: 200 when all pass, 503 when one
// fails or the server drains. It needs no credentials, so it shows only
// the checks' names, times and user-safe messages.
func (s *Server) handleReady(w http.ResponseWriter, r *http.Request) {
	if s.draining.Load() {
		writeJSON(w, http.StatusServiceUnavailable, ReadyResponse{Status: "draining"})
		return
	}
	res := ReadyResponse{Status: "ready", Checks: make(map[string]CheckResult, len(s.Ready)), Nodes: int(s.nodes.Load())}
	var (
		mu sync.Mutex // guards res
		wg sync.WaitGroup
	)
	for _, c := range s.Ready {
		wg.Go(func() {
			ctx, cancel := context.WithTimeout(r.Context(), ReadyTimeout)
			defer cancel()
			start := time.Now()
			err := c.Check(ctx)
			cr := CheckResult{Status: "ok", MS: float64(time.Since(start).Microseconds()) / 1000}
			if err != nil {
				cr.Status, cr.Error = "fail", kefu.ErrorMessage(err)
				if ctx.Err() != nil && r.Context().Err() == nil {
					cr.Error = "no answer within " + ReadyTimeout.String()
				}
				s.logger().LogAttrs(r.Context(), slog.LevelWarn, "readiness check failed",
					slog.String("check", c.Name), slog.String("error", err.Error()))
			}
			mu.Lock()
			defer mu.Unlock()
			res.Checks[c.Name] = cr
			if err != nil {
				res.Status = "not_ready"
			}
		})
	}
	wg.Wait()
	status := http.StatusOK
	if res.Status != "ready" {
		status = http.StatusServiceUnavailable
	}
	writeJSON(w, status, res)
}

// instrument tells Metrics about every request. It wraps the ServeMux
// directly, so that the pattern the mux matched is on the request it sees.
func (s *Server) instrument(mux http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &recorder{ResponseWriter: w}
		defer func() {
			// A panic passes through to observe's recovery, counted as
			// the 5xx it becomes.
			s.Metrics.ObserveRequest(r.Pattern, rec.status, time.Since(start))
		}()
		mux.ServeHTTP(rec, r)
	})
}
