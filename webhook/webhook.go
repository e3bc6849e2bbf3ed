package webhook

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/kefu-ai/kefu"
)

// Defaults for the zero values of Dispatcher's fields.
const (
	DefaultWorkers     = 4
	DefaultQueueSize   = 1024
	DefaultMaxAttempts = 6
	DefaultBaseDelay   = time.Second
	DefaultMaxDelay    = 5 * time.Minute
	DefaultTimeout     = 10 * time.Second
	DefaultCacheTTL    = 10 * time.Second
	DefaultDrainTime   = 5 * time.Second
)

// Headers of a delivery.
const (
	HeaderSignature = "X-Kefu-Signature"
	HeaderEvent     = "X-Kefu-Event"
	HeaderDelivery  = "X-Kefu-Delivery"
)

// Dispatcher delivers events to tenants' webhooks. Set the fields, then
// call Open; call Close to stop. It is safe for concurrent use.
type Dispatcher struct {
	// Events is the bus; the dispatcher subscribes to every tenant's events.
	Events kefu.EventService
	// Tenants gives each tenant's webhooks. Settings are cached for
	// CacheTTL, so changes reach deliveries within that time.
	Tenants kefu.TenantService
	// Client sends deliveries; nil means a client with Timeout that does
	// not follow redirects.
	Client *http.Client
	// Logger receives failures; nil means slog.Default().
	Logger *slog.Logger
	// Now is the clock used for the settings cache; nil means time.Now.
	Now kefu.Clock

	// Workers is the number of concurrent deliveries; 0 means DefaultWorkers.
	Workers int
	// QueueSize bounds the deliveries waiting for a worker; 0 means
	// DefaultQueueSize.
	QueueSize int
	// MaxAttempts is the number of tries of one delivery, the first
	// included; 0 means DefaultMaxAttempts.
	MaxAttempts int
	// BaseDelay is the wait before the first retry; each further retry
	// waits twice as long (with ±20% jitter), up to MaxDelay. 0 means
	// DefaultBaseDelay and DefaultMaxDelay.
	BaseDelay, MaxDelay time.Duration
	// Timeout bounds one HTTP attempt; 0 means DefaultTimeout.
	Timeout time.Duration
	// CacheTTL is how long tenant settings are reused; 0 means
	// DefaultCacheTTL, negative disables the cache.
	CacheTTL time.Duration
	// DrainTime is how long Close lets queued deliveries finish before it
	// cancels them; 0 means DefaultDrainTime.
	DrainTime time.Duration

	queue  chan *delivery
	ctx    context.Context // canceled when the drain time is over
	cancel context.CancelFunc
	stop   chan struct{} // closed by Close: no new deliveries
	wg     sync.WaitGroup

	mu      sync.Mutex // guards tenants, timers, closed
	tenants map[string]tenantEntry
	timers  map[*time.Timer]struct{} // scheduled retries
	closed  bool

	stats struct {
		delivered, failed, dropped, lost atomic.Int64
	}
}

type tenantEntry struct {
	hooks  []kefu.Webhook
	expiry time.Time
}

// delivery is one event on its way to one webhook.
type delivery struct {
	id      string
	hook    kefu.Webhook
	event   string
	body    []byte
	attempt int // attempts made so far
}

// Stats counts deliveries since Open.
type Stats struct {
	Delivered int64 // answered with 2xx
	Failed    int64 // given up: permanent error or attempts exhausted
	Dropped   int64 // not attempted (or not retried) because the queue was full or the dispatcher closed
	Lost      int64 // events missed because the bus dropped the dispatcher's subscription
}

// Stats returns the delivery counters.
func (d *Dispatcher) Stats() Stats {
	return Stats{
		Delivered: d.stats.delivered.Load(),
		Failed:    d.stats.failed.Load(),
		Dropped:   d.stats.dropped.Load(),
		Lost:      d.stats.lost.Load(),
	}
}

// Sign returns the X-Kefu-Signature value of body: "sha256=" followed by
// hex(HMAC-SHA256(secret, body)).
func Sign(secret string, body []byte) string {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	return "sha256=" + hex.EncodeToString(mac.Sum(nil))
}

// Verify reports whether signature is the X-Kefu-Signature of body under
// secret. It runs in constant time; receivers can use it as is.
func Verify(secret string, body []byte, signature string) bool {
	return hmac.Equal([]byte(Sign(secret, body)), []byte(signature))
}

// Open subscribes to the bus and starts the workers. ctx bounds the
// subscription; Close ends everything.
func (d *Dispatcher) Open(ctx context.Context) error {
	if d.Events == nil || d.Tenants == nil {
		return errors.New("webhook: Dispatcher needs Events and Tenants")
	}
	if d.queue != nil {
		return errors.New("webhook: Dispatcher already open")
	}
	if d.Client == nil {
		d.Client = &http.Client{
			Timeout: or(d.Timeout, DefaultTimeout),
			// A webhook answers; it does not send us elsewhere.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		}
	}
	d.queue = make(chan *delivery, or(d.QueueSize, DefaultQueueSize))
	d.ctx, d.cancel = context.WithCancel(context.WithoutCancel(ctx))
	d.stop = make(chan struct{})
	d.tenants = map[string]tenantEntry{}
	d.timers = map[*time.Timer]struct{}{}

	sub, err := d.Events.Subscribe(ctx, kefu.EventFilter{})
	if err != nil {
		return err
	}
	for range or(d.Workers, DefaultWorkers) {
		d.wg.Add(1)
		go d.work()
	}
	d.wg.Add(1)
	go d.listen(ctx, sub)
	return nil
}

// Close stops taking events, cancels scheduled retries, gives queued
// deliveries up to DrainTime to finish and then cancels the rest.
func (d *Dispatcher) Close() error {
	d.mu.Lock()
	if d.closed || d.queue == nil {
		d.mu.Unlock()
		return nil
	}
	d.closed = true
	for t := range d.timers {
		if t.Stop() {
			d.stats.dropped.Add(1)
		}
	}
	d.timers = nil
	close(d.stop)
	d.mu.Unlock()

	done := make(chan struct{})
	go func() {
		d.wg.Wait()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(or(d.DrainTime, DefaultDrainTime)):
		d.cancel()
		<-done
	}
	d.cancel()
	return nil
}

// listen turns bus events into deliveries. It must keep up with the bus,
// so it never waits for a worker: the queue is bounded and full means drop.
func (d *Dispatcher) listen(ctx context.Context, sub kefu.Subscription) {
	defer d.wg.Done()
	defer func() { sub.Close() }()
	retry := 0
	for {
		select {
		case <-d.stop:
			return
		case e, ok := <-sub.C():
			if ok {
				d.dispatch(ctx, e)
				continue
			}
			if ctx.Err() != nil {
				return
			}
			// The bus dropped us for falling behind: events were lost.
			// Resubscribe, backing off if the bus keeps refusing.
			d.stats.lost.Add(1)
			d.logger().Error("webhook: bus subscription dropped; some events were not delivered")
			for {
				var err error
				if sub, err = d.Events.Subscribe(ctx, kefu.EventFilter{}); err == nil {
					retry = 0
					break
				}
				retry++
				d.logger().Error("webhook: resubscribe", slog.String("error", err.Error()))
				select {
				case <-d.stop:
					return
				case <-ctx.Done():
					return
				case <-time.After(min(time.Duration(retry)*time.Second, 30*time.Second)):
				}
			}
		}
	}
}

// dispatch queues one delivery per webhook of the event's tenant that
// wants this event type.
func (d *Dispatcher) dispatch(ctx context.Context, e kefu.Event) {
	hooks, err := d.hooks(ctx, e.TenantID)
	if err != nil {
		d.logger().Error("webhook: tenant settings", slog.String("tenant_id", e.TenantID), slog.String("error", err.Error()))
		return
	}
	var body []byte
	for _, h := range hooks {
		if len(h.Events) > 0 && !slices.Contains(h.Events, e.Type) {
			continue
		}
		if body == nil {
			if body, err = json.Marshal(e); err != nil {
				d.logger().Error("webhook: encode event", slog.String("error", err.Error()))
				return
			}
		}
		d.enqueue(&delivery{id: kefu.NewID("dlv"), hook: h, event: e.Type, body: body})
	}
}

// enqueue adds a delivery to the queue without waiting.
func (d *Dispatcher) enqueue(dl *delivery) {
	select {
	case d.queue <- dl:
	default:
		d.stats.dropped.Add(1)
		d.logger().Error("webhook: queue full, delivery dropped",
			slog.String("delivery", dl.id), slog.String("event", dl.event), slog.String("url", dl.hook.URL))
	}
}

// hooks returns the tenant's webhooks, from the cache when fresh.
func (d *Dispatcher) hooks(ctx context.Context, tenantID string) ([]kefu.Webhook, error) {
	ttl := or(d.CacheTTL, DefaultCacheTTL)
	now := d.now()
	if ttl > 0 {
		d.mu.Lock()
		te, ok := d.tenants[tenantID]
		d.mu.Unlock()
		if ok && now.Before(te.expiry) {
			return te.hooks, nil
		}
	}
	t, err := d.Tenants.FindTenantByID(ctx, tenantID)
	if kefu.ErrorCode(err) == kefu.ENOTFOUND {
		t, err = &kefu.Tenant{ID: tenantID}, nil
	}
	if err != nil {
		return nil, err
	}
	if ttl > 0 {
		d.mu.Lock()
		d.tenants[tenantID] = tenantEntry{hooks: t.Settings.Webhooks, expiry: now.Add(ttl)}
		d.mu.Unlock()
	}
	return t.Settings.Webhooks, nil
}

// work sends queued deliveries until Close.
func (d *Dispatcher) work() {
	defer d.wg.Done()
	for {
		// Prefer stopping once Close was called and the queue is empty.
		select {
		case dl := <-d.queue:
			d.attempt(dl)
			continue
		default:
		}
		select {
		case dl := <-d.queue:
			d.attempt(dl)
		case <-d.stop:
			// Drain what is queued; d.ctx ends it at the deadline.
			for {
				select {
				case dl := <-d.queue:
					d.attempt(dl)
				default:
					return
				}
			}
		}
	}
}

// attempt sends a delivery once and schedules a retry if that may help.
func (d *Dispatcher) attempt(dl *delivery) {
	if d.ctx.Err() != nil {
		d.stats.dropped.Add(1)
		return
	}
	dl.attempt++
	status, retryAfter, err := d.send(dl)
	if err == nil {
		d.stats.delivered.Add(1)
		return
	}
	maxAttempts := or(d.MaxAttempts, DefaultMaxAttempts)
	retryable := status == 0 || status >= 500 || status == http.StatusTooManyRequests
	if !retryable || dl.attempt >= maxAttempts {
		d.stats.failed.Add(1)
		d.logger().Warn("webhook: delivery failed",
			slog.String("delivery", dl.id), slog.String("event", dl.event), slog.String("url", dl.hook.URL),
			slog.Int("attempts", dl.attempt), slog.Int("status", status), slog.String("error", err.Error()))
		return
	}
	d.logger().Debug("webhook: will retry",
		slog.String("delivery", dl.id), slog.String("url", dl.hook.URL), slog.Int("attempt", dl.attempt), slog.String("error", err.Error()))
	d.retryLater(dl, max(d.backoff(dl.attempt), min(retryAfter, or(d.MaxDelay, DefaultMaxDelay))))
}

// send POSTs the delivery. It returns the HTTP status (0 when no answer
// came) and the delay a 429 or 503 asked for in Retry-After.
func (d *Dispatcher) send(dl *delivery) (status int, retryAfter time.Duration, err error) {
	ctx, cancel := context.WithTimeout(d.ctx, or(d.Timeout, DefaultTimeout))
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, dl.hook.URL, bytes.NewReader(dl.body))
	if err != nil {
		return -1, 0, err // a malformed URL will not get better
	}
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return -1, 0, fmt.Errorf("webhook URL scheme %q is not http or https", req.URL.Scheme)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "kefu-webhook/1")
	req.Header.Set(HeaderEvent, dl.event)
	req.Header.Set(HeaderDelivery, dl.id)
	req.Header.Set(HeaderSignature, Sign(dl.hook.Secret, dl.body))
	req.Header.Set("X-Kefu-Attempt", strconv.Itoa(dl.attempt))
	res, err := d.Client.Do(req)
	if err != nil {
		return 0, 0, err
	}
	defer res.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(res.Body, 64<<10))
	if res.StatusCode >= 200 && res.StatusCode < 300 {
		return res.StatusCode, 0, nil
	}
	if secs, err := strconv.Atoi(res.Header.Get("Retry-After")); err == nil && secs > 0 {
		retryAfter = time.Duration(secs) * time.Second
	}
	return res.StatusCode, retryAfter, fmt.Errorf("webhook answered %s", res.Status)
}

// backoff is the wait after the given number of failed attempts.
func (d *Dispatcher) backoff(attempt int) time.Duration {
	base := or(d.BaseDelay, DefaultBaseDelay)
	limit := or(d.MaxDelay, DefaultMaxDelay)
	delay := base
	for i := 1; i < attempt && delay < limit; i++ {
		delay *= 2
	}
	delay = min(delay, limit)
	// ±20% jitter spreads the retries of many deliveries that failed
	// together (an endpoint that was down).
	jitter := time.Duration(float64(delay) * (rand.Float64()*0.4 - 0.2))
	return delay + jitter
}

// retryLater puts the delivery back on the queue after delay, without
// holding a worker while it waits.
func (d *Dispatcher) retryLater(dl *delivery, delay time.Duration) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		d.stats.dropped.Add(1)
		return
	}
	var t *time.Timer
	t = time.AfterFunc(delay, func() {
		d.mu.Lock()
		if d.closed {
			d.mu.Unlock()
			return
		}
		delete(d.timers, t)
		d.mu.Unlock()
		d.enqueue(dl)
	})
	d.timers[t] = struct{}{}
}

func (d *Dispatcher) logger() *slog.Logger {
	if d.Logger != nil {
		return d.Logger
	}
	return slog.Default()
}

func (d *Dispatcher) now() time.Time {
	if d.Now != nil {
		return d.Now()
	}
	return time.Now()
}

// or returns v, or def when v is zero.
func or[T comparable](v, def T) T {
	var zero T
	if v == zero {
		return def
	}
	return v
}
