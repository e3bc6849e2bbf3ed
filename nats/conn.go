package nats

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	natsio "github.com/nats-io/nats.go"

	"github.com/kefu-ai/kefu"
)

// Defaults.
const (
	// DefaultPrefix starts every subject kefu uses. Its second token
	// ("bus") keeps kefu's subjects clear of the telemetry stream's
	// kefu.<shop>.telemetry.<device>.
	DefaultPrefix = "kefu.bus"
	// DefaultTimeout bounds connecting, and the round trip that makes a
	// new subscription take effect.
	DefaultTimeout = 5 * time.Second
	// PublishTimeout bounds the wait of EventService.Publish for the
	// server to take an event.
	PublishTimeout = 250 * time.Millisecond
)

// headerNode names the node that sent a change notice or a question, so
// that it ignores its own.
const headerNode = "Kefu-Node"

// Options configures Connect. The zero value is ready to use.
type Options struct {
	// Name names the connection in the server's monitoring (a node's
	// host name, say); "" means "kefu".
	Name string
	// Prefix starts the subjects; "" means DefaultPrefix. Nodes of one
	// deployment must use the same prefix.
	Prefix string
	// Timeout bounds connecting; 0 means DefaultTimeout.
	Timeout time.Duration
	// Logger receives connection events; nil means slog.Default().
	Logger *slog.Logger
}

// Conn is one kefu node's connection to a NATS server, shared by its
// EventService, Changes and Consoles. It reconnects for ever when the
// server goes away. Close it after them.
type Conn struct {
	nc     *natsio.Conn
	prefix string
	logger *slog.Logger
	node   string // random, this connection's

	mu     sync.Mutex   // guards resets and slow
	resets []func(bool) // called when the connection drops (false) or comes back (true)
	slow   []func(*natsio.Subscription)
}

// Connect connects to the NATS server at url (nats://host:4222, or
// several separated by commas). It fails if the server cannot be reached
// within the timeout; once connected it reconnects on its own.
func Connect(url string, o Options) (*Conn, error) {
	const op = "nats.Connect"
	prefix := o.Prefix
	if prefix == "" {
		prefix = DefaultPrefix
	}
	if err := checkPrefix(prefix); err != nil {
		return nil, &kefu.Error{Code: kefu.EINVALID, Op: op, Message: err.Error()}
	}
	b := make([]byte, 8)
	if _, err := rand.Read(b); err != nil {
		return nil, err
	}
	c := &Conn{prefix: prefix, logger: o.Logger, node: hex.EncodeToString(b)}
	if c.logger == nil {
		c.logger = slog.Default()
	}
	name := o.Name
	if name == "" {
		name = "kefu"
	}
	timeout := o.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	nc, err := natsio.Connect(url,
		natsio.Name(name),
		natsio.Timeout(timeout),
		natsio.MaxReconnects(-1),
		natsio.ReconnectWait(500*time.Millisecond),
		natsio.DisconnectErrHandler(func(_ *natsio.Conn, err error) {
			if err != nil {
				c.logger.Warn("NATS disconnected; reconnecting", slog.String("url", redact(url)), slog.String("err", err.Error()))
			}
			c.reset(false)
		}),
		natsio.ReconnectHandler(func(*natsio.Conn) {
			c.logger.Info("NATS reconnected", slog.String("url", redact(url)))
			c.reset(true)
		}),
		natsio.ErrorHandler(func(_ *natsio.Conn, s *natsio.Subscription, err error) {
			if s != nil && errors.Is(err, natsio.ErrSlowConsumer) {
				c.mu.Lock()
				fs := c.slow
				c.mu.Unlock()
				for _, f := range fs {
					f(s)
				}
				return
			}
			c.logger.Warn("NATS error", slog.String("err", err.Error()))
		}))
	if err != nil {
		return nil, &kefu.Error{Code: kefu.EUNAVAILABLE, Op: op, Message: "NATS server unavailable at " + redact(url), Err: err}
	}
	c.nc = nc
	return c, nil
}

// Close drains nothing: it closes the connection at once. Subscriptions
// of the services on it end.
func (c *Conn) Close() error {
	c.reset(false)
	c.nc.Close()
	return nil
}

// Connected reports whether the connection is up now (false while it
// reconnects).
func (c *Conn) Connected() bool { return c.nc.IsConnected() }

// Flush waits until the server has processed everything sent so far, at
// most timeout.
func (c *Conn) Flush(timeout time.Duration) error { return c.nc.FlushTimeout(timeout) }

// onReset registers f to be called when the connection drops or closes
// (f(false)) and when it comes back (f(true)): anything sent to this node
// meanwhile may have been missed.
func (c *Conn) onReset(f func(reconnected bool)) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.resets = append(c.resets, f)
}

// onSlow registers f to be told of a subscription for which the client
// dropped messages because its handler fell behind.
func (c *Conn) onSlow(f func(*natsio.Subscription)) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.slow = append(c.slow, f)
}

func (c *Conn) reset(reconnected bool) {
	c.mu.Lock()
	fs := c.resets
	c.mu.Unlock()
	for _, f := range fs {
		f(reconnected)
	}
}

// subject joins the prefix and tokens.
func (c *Conn) subject(tokens ...string) string {
	return c.prefix + "." + strings.Join(tokens, ".")
}

// token makes s a subject token that matches only itself: kefu's IDs as
// they are, anything else (empty, dots, wildcards, spaces, non-ASCII) as
// "~" and its base64url, which no plain token starts with.
func token(s string) string {
	for i := 0; i < len(s); i++ {
		b := s[i]
		if !('a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '-' || b == '_') {
			return "~" + base64.RawURLEncoding.EncodeToString([]byte(s))
		}
	}
	if s == "" {
		return "~"
	}
	return s
}

// untoken reverses token.
func untoken(t string) (string, bool) {
	if rest, ok := strings.CutPrefix(t, "~"); ok {
		b, err := base64.RawURLEncoding.DecodeString(rest)
		return string(b), err == nil
	}
	return t, t != ""
}

// checkPrefix accepts dot-separated tokens without wildcards or spaces.
func checkPrefix(p string) error {
	for _, t := range strings.Split(p, ".") {
		if t == "" || t == "*" || t == ">" || strings.ContainsAny(t, " \t\r\n") {
			return fmt.Errorf("subject prefix %q must be dot-separated tokens without wildcards or spaces", p)
		}
	}
	return nil
}

// redact hides a password in a server URL for logs.
func redact(url string) string {
	at := strings.LastIndex(url, "@")
	scheme := strings.Index(url, "://")
	if at < 0 || scheme < 0 || at < scheme {
		return url
	}
	return url[:scheme+3] + "xxxxx" + url[at:]
}
