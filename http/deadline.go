package http

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"time"

	"github.com/kefu-ai/kefu"
)

// Guards bounds what one client may hold or cost the server. The zero
// value of each field means its default (Default*); a negative duration
// or count turns that guard off. docs/security.md explains the choices.
type Guards struct {
	// BodyTimeout is how long a client has to send a request body, from
	// the moment its headers were read, plus one second per
	// BodyRateAllowance bytes of the declared Content-Length (so a large
	// photo on a slow line still fits). A body that stalls past it is
	// refused and the connection closed. Headers have their own timeout
	// (http.Server.ReadHeaderTimeout).
	BodyTimeout time.Duration
	// WriteTimeout bounds the whole response of a plain request: the
	// handler's work and the writing. A client that does not read its
	// answer is cut off after it. Websockets are not bound by it: the
	// upgrade clears the connection's deadlines.
	WriteTimeout time.Duration
	// WSPerConversation bounds the live websockets of one conversation
	// (all credentials together), WSPerAgent the console websockets of
	// one agent and WSPerAddress all websockets from one client address.
	WSPerConversation, WSPerAgent, WSPerAddress int
	// Logins holds the rules of login throttling; zero rules mean those
	// of DefaultLoginPolicy.
	Logins LoginPolicy
}

// Defaults of Guards.
const (
	DefaultBodyTimeout       = 30 * time.Second
	DefaultWriteTimeout      = 2 * time.Minute
	DefaultWSPerConversation = 16
	DefaultWSPerAgent        = 8
	DefaultWSPerAddress      = 256
	// BodyRateAllowance is the rate, in bytes per second, at which
	// BodyTimeout grows with a body's declared length.
	BodyRateAllowance = 64 << 10
	// maxBodyAllowance caps that growth: no body kefu takes is larger
	// than the photo upload, and a client may not buy itself hours by
	// declaring a huge length it will never send.
	maxBodyAllowance = 16 << 20
)

// or returns v, or def when v is zero, or 0 (off) when v is negative.
func or[T int | time.Duration](v, def T) T {
	switch {
	case v < 0:
		return 0
	case v == 0:
		return def
	}
	return v
}

// deadlines sets the per-request read deadline of the body and write
// deadline of the response (see Guards). A global http.Server
// ReadTimeout or WriteTimeout would also bound websockets, which live for
// hours; these are set per request and end with it.
//
// The read deadline must not outlive the body: once the body is read, the
// server reads ahead on the connection to notice a client that went
// away, and a deadline passing then would cancel the request's context
// in the middle of a long turn. bodyDeadline clears it at the body's end.
func (s *Server) deadlines(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rc := http.NewResponseController(w)
		now := time.Now()
		if d := or(s.Guards.WriteTimeout, DefaultWriteTimeout); d > 0 {
			// Not supported (a test recorder) means nothing to protect.
			_ = rc.SetWriteDeadline(now.Add(d))
		}
		if d := or(s.Guards.BodyTimeout, DefaultBodyTimeout); d > 0 && r.Body != nil && r.Body != http.NoBody {
			declared := min(max(r.ContentLength, 0), maxBodyAllowance)
			d += time.Duration(declared) * time.Second / BodyRateAllowance
			if rc.SetReadDeadline(now.Add(d)) == nil {
				b := &bodyDeadline{ReadCloser: r.Body, rc: rc}
				r = r.WithContext(context.WithValue(r.Context(), bodyKey{}, b))
				r.Body = b
			}
		}
		next.ServeHTTP(w, r)
	})
}

// bodyDeadline clears the connection's read deadline once the body has
// been read to its end. After any other error (the deadline passed) it
// stays: the server then tries to drain the rest of the body before it
// answers, and the passed deadline makes that fail at once and close the
// connection, instead of waiting on the slow client again.
type bodyDeadline struct {
	io.ReadCloser
	rc       *http.ResponseController
	done     bool
	timedOut bool // a read failed on the deadline
}

func (b *bodyDeadline) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	var ne net.Error
	switch {
	case err == io.EOF && !b.done:
		b.done = true
		_ = b.rc.SetReadDeadline(time.Time{})
	case errors.As(err, &ne) && ne.Timeout():
		b.timedOut = true
	}
	return n, err
}

// bodyKey is the context key of a request's *bodyDeadline.
type bodyKey struct{}

// errBodyTimeout answers a request whose body stalled past BodyTimeout.
var errBodyTimeout = kefu.Errorf(kefu.EINVALID, "the request body was not sent in time")

// bodyTimedOut reports whether reading the body of r failed on its
// deadline. Readers above the body (multipart's header parser) may
// report the failure as something else, so handlers ask this instead of
// looking at the error.
func bodyTimedOut(r *http.Request) bool {
	b, ok := r.Context().Value(bodyKey{}).(*bodyDeadline)
	return ok && b.timedOut
}
