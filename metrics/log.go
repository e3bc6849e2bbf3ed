package metrics

import (
	"context"
	"log/slog"

	"github.com/prometheus/client_golang/prometheus"
)

// LogHandler returns h counting the warnings and errors it is given in
// kefu_log_messages_total, whether or not h writes them.
func (m *Metrics) LogHandler(h slog.Handler) slog.Handler {
	return &logHandler{h: h, warn: m.logs.WithLabelValues("warn"), err: m.logs.WithLabelValues("error")}
}

type logHandler struct {
	h         slog.Handler
	warn, err prometheus.Counter
}

// Interface guard.
var _ slog.Handler = (*logHandler)(nil)

// Enabled is true for warnings and errors even when h would drop them, so
// that they are counted.
func (l *logHandler) Enabled(ctx context.Context, level slog.Level) bool {
	return level >= slog.LevelWarn || l.h.Enabled(ctx, level)
}

func (l *logHandler) Handle(ctx context.Context, r slog.Record) error {
	switch {
	case r.Level >= slog.LevelError:
		l.err.Inc()
	case r.Level >= slog.LevelWarn:
		l.warn.Inc()
	}
	if !l.h.Enabled(ctx, r.Level) {
		return nil
	}
	return l.h.Handle(ctx, r)
}

func (l *logHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return &logHandler{h: l.h.WithAttrs(as), warn: l.warn, err: l.err}
}

func (l *logHandler) WithGroup(name string) slog.Handler {
	return &logHandler{h: l.h.WithGroup(name), warn: l.warn, err: l.err}
}
