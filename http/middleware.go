package http

import (
	"log/slog"
	"net/http"
	"runtime/debug"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
)

// recorder remembers the status and size of a response for the access log
// and for panic recovery. Unwrap lets http.ResponseController and the
// websocket library reach the underlying writer (Hijacker, Flusher).
type recorder struct {
	http.ResponseWriter
	status int
	bytes  int64
}

// Interface guard.
var _ http.ResponseWriter = (*recorder)(nil)

func (rec *recorder) WriteHeader(status int) {
	if rec.status == 0 {
		rec.status = status
	}
	rec.ResponseWriter.WriteHeader(status)
}

func (rec *recorder) Write(b []byte) (int, error) {
	if rec.status == 0 {
		rec.status = http.StatusOK
	}
	n, err := rec.ResponseWriter.Write(b)
	rec.bytes += int64(n)
	return n, err
}

func (rec *recorder) Unwrap() http.ResponseWriter { return rec.ResponseWriter }

// observe assigns the request ID, recovers panics into a 500 JSON reply
// and writes the access log at debug level.
func (s *Server) observe(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		id := r.Header.Get("X-Request-ID")
		if !validRequestID(id) {
			id = kefu.NewID("req")
		}
		w.Header().Set("X-Request-ID", id)
		ctx := kefu.NewContextWithRequestID(r.Context(), id)
		r = r.WithContext(ctx)
		rec := &recorder{ResponseWriter: w}

		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.logger().LogAttrs(ctx, slog.LevelError, "http panic",
					slog.String("request_id", id),
					slog.String("method", r.Method),
					slog.String("path", r.URL.Path),
					slog.Any("panic", v),
					slog.String("stack", string(debug.Stack())))
				if rec.status == 0 {
					writeJSON(rec, http.StatusInternalServerError, ErrorResponse{Error: ErrorBody{
						Code: kefu.EINTERNAL, Message: "internal error",
					}})
				}
			}
			// The query string is left out: websocket URLs carry tokens.
			s.logger().LogAttrs(ctx, slog.LevelDebug, "http request",
				slog.String("request_id", id),
				slog.String("method", r.Method),
				slog.String("path", r.URL.Path),
				slog.Int("status", rec.status),
				slog.Int64("bytes", rec.bytes),
				slog.Duration("duration", time.Since(start)))
		}()
		next.ServeHTTP(rec, r)
	})
}

// validRequestID accepts a caller's request ID only if it is short and
// made of characters that are safe in logs and headers.
func validRequestID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	return strings.IndexFunc(id, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.')
	}) < 0
}

// apiCSP is the policy of JSON responses: they never run anything.
const apiCSP = "default-src 'none'; frame-ancestors 'none'"

// securityHeaders sets the headers every response carries. Page handlers
// replace the Content-Security-Policy (and the widget page drops the
// framing ban) because they know what they serve.
func (s *Server) securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Content-Security-Policy", apiCSP)
		next.ServeHTTP(w, r)
	})
}

// cors lets shop sites on other origins call the /v1 API from the browser.
// Any origin is allowed because the API never uses cookies: credentials are
// bearer tokens the page must hold explicitly, so a foreign page gains
// nothing from the browser's ambient state.
func (s *Server) cors(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.URL.Path, "/v1/") || r.Header.Get("Origin") == "" {
			next.ServeHTTP(w, r)
			return
		}
		h := w.Header()
		h.Set("Access-Control-Allow-Origin", "*")
		// Retry-After is not a header browsers show scripts of other
		// origins unless told: the widget waits as long as a 429 says.
		h.Set("Access-Control-Expose-Headers", "X-Request-ID, Retry-After")
		if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
			h.Set("Access-Control-Allow-Methods", "GET, POST")
			h.Set("Access-Control-Allow-Headers", "Authorization, Content-Type, X-Request-ID")
			h.Set("Access-Control-Max-Age", "600")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		next.ServeHTTP(w, r)
	})
}
