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
	"github.com/kefu-ai/kefu/internal/redact"
)

// Defaults for the zero values of Dispatcher's fields.
const (
	DefaultConsumer     = "webhook"
	DefaultWorkers      = 4
	DefaultQueueSize    = 1024
	DefaultMaxAttempts  = 6
	DefaultBaseDelay    = time.Second
	DefaultMaxDelay     = 5 * time.Minute
	DefaultTimeout      = 10 * time.Second
	DefaultCacheTTL     = 10 * time.Second
	DefaultDrainTime    = 5 * time.Second
	DefaultPollInterval = time.Second
	DefaultClaimDelay   = 50 * time.Millisecond
)

// claimBatch is the most events one claim takes.
const claimBatch = 64

// Headers of a delivery.
const (
	HeaderSignature = "X-Kefu-Signature"
	HeaderEvent     = "X-Kefu-Event"
	HeaderDelivery  = "X-Kefu-Delivery"
)

// Dispatcher delivers events to tenants' webhooks. Set the fields, then
// call Open; call Close to stop. It is safe for concurrent use.
//
// It consumes the durable event log as the consumer named Consumer: it
// claims events with a lease, delivers them, and acknowledges each event
// once every delivery of it has ended (delivered, or failed for good).
// Dispatchers on several nodes share the work, and an event a node could
// not finish (it died, or closed first) is claimed again when its lease
// runs out. The delivery ID is derived from the event and the webhook, so
// such a redelivery carries the ID of the first and receivers can drop it.
type Dispatcher struct {
	// Log is the durable event log; the dispatcher claims every tenant's
	// events from it.
	Log kefu.EventLog
	// Events, when set, is the live bus. It is only a hint: an event on
	// it makes the dispatcher claim at once instead of at its next poll.
	Events kefu.EventService
	// Tenants gives each tenant's webhooks. Settings are cached for
	// CacheTTL, so changes reach deliveries within that time.
	Tenants kefu.TenantService
	// Client sends deliveries; nil means a client with Timeout that does
	// not follow redirects.
	Client *http.Client
	// Logger receives failures; nil means slog.Default().
	Logger *slog.Logger
	// Now is the clock used for the settings cache and lease deadlines;
	// nil means time.Now.
	Now kefu.Clock

	// Consumer is the dispatcher's consumer name in the log; "" means
	// DefaultConsumer.
	Consumer string
	// PollInterval is how often the log is polled when it had nothing
	// ready; 0 means DefaultPollInterval.
	PollInterval time.Duration
	// ClaimDelay is how long the dispatcher waits after the live bus said
	// an event was appended before it claims, so that a burst of events
	// (a busy shop) costs one claim and one ack instead of two writes per
	// event; 0 means DefaultClaimDelay, negative claims at once.
	ClaimDelay time.Duration
	// Lease is how long a claimed event is the dispatcher's before another
	// may claim it again. 0 means long enough for every attempt of the
	// retry policy (the backoffs with jitter and a Timeout per attempt)
	// plus a minute. A retry that would end after the lease is not made:
	// the delivery counts as failed.
	Lease time.Duration
	// Workers is the number of concurrent deliveries; 0 means DefaultWorkers.
	Workers int
	// QueueSize bounds the events being delivered at once; the rest wait
	// in the log. 0 means DefaultQueueSize.
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

	queue    chan *delivery
	ctx      context.Context // canceled when the drain time is over
	cancel   context.CancelFunc
	stop     chan struct{} // closed by Close: no new deliveries
	wake     chan struct{} // cap 1: claim now (an event on the bus, a free slot)
	inflight atomic.Int64  // claimed events not yet acknowledged
	wg       sync.WaitGroup

	mu      sync.Mutex // guards tenants, timers, closed, active, activeAt
	tenants map[string]tenantEntry
	// active is set once some tenant has a webhook: from then on the
	// dispatcher claims (and so registers as a consumer of the log).
	// Until then it claims nothing, and the log keeps nothing for it.
	active   bool
	activeAt time.Time // when active was last looked up
	// live mirrors active for the live-bus listener, which then stops
	// waking the poller for every event of shops without webhooks.
	live   atomic.Bool
	timers map[*time.Timer]struct{} // scheduled retries
	closed bool

	stats struct {
		delivered, failed, dropped, acked, redelivered atomic.Int64
	}
}

type tenantEntry struct {
	hooks  []kefu.Webhook
	expiry time.Time
}

// pending is a claimed event whose deliveries are under way.
type pending struct {
	seq      int64
	left     atomic.Int32 // deliveries not ended yet
	deadline time.Time    // when the lease runs out, less a Timeout
}

// delivery is one event on its way to one webhook.
type delivery struct {
	id      string
	hook    kefu.Webhook
	event   string
	body    []byte
	attempt int // attempts made so far
	of      *pending
}

// Stats counts deliveries since Open.
type Stats struct {
	Delivered int64 // answered with 2xx
	Failed    int64 // given up: permanent error, attempts exhausted, or the lease would run out
	Dropped   int64 // not attempted (or not retried) because the dispatcher closed; the event stays in the log
	Acked     int64 // events acknowledged in the log: every delivery ended, or none was due
	// Redelivered counts events claimed again after a lease ran out
	// (here or on another node) without an acknowledgement.
	Redelivered int64
}

// Stats returns the delivery counters.
func (d *Dispatcher) Stats() Stats {
	return Stats{
		Delivered:   d.stats.delivered.Load(),
		Failed:      d.stats.failed.Load(),
		Dropped:     d.stats.dropped.Load(),
		Acked:       d.stats.acked.Load(),
		Redelivered: d.stats.redelivered.Load(),
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

// Open starts claiming events from the log and the workers that deliver
// them. ctx bounds the claiming; Close ends everything.
func (d *Dispatcher) Open(ctx context.Context) error {
	if d.Log == nil || d.Tenants == nil {
		return errors.New("webhook: Dispatcher needs Log and Tenants")
	}
	if d.queue != nil {
		return errors.New("webhook: Dispatcher already open")
	}
	if err := kefu.ValidateConsumer(d.consumer()); err != nil {
		return fmt.Errorf("webhook: %w", err)
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
	d.wake = make(chan struct{}, 1)
	d.tenants = map[string]tenantEntry{}
	d.timers = map[*time.Timer]struct{}{}

	if d.Events != nil {
		sub, err := d.Events.Subscribe(ctx, kefu.EventFilter{})
		if err != nil {
			return err
		}
		d.wg.Add(1)
		go d.listen(ctx, sub)
	}
	for range or(d.Workers, DefaultWorkers) {
		d.wg.Add(1)
		go d.work()
	}
	// When a shop has webhooks, the first claim runs now: it registers the
	// dispatcher as a consumer of the log (if it was not already) before
	// Open returns, so every event appended from here on is kept for it.
	if d.isActive(ctx) {
		events, err := d.Log.ClaimEvents(ctx, d.consumer(), 1, d.lease())
		if err != nil {
			d.Close()
			return fmt.Errorf("webhook: %w", err)
		}
		d.dispatch(ctx, events, d.now().Add(d.lease()))
	}
	d.wg.Add(1)
	go d.poll(ctx)
	return nil
}

// Close stops claiming, cancels scheduled retries, gives queued
// deliveries up to DrainTime to finish and then cancels the rest. Events
// not finished stay in the log and are delivered again once their lease
// runs out, by this node after a restart or by another.
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

// listen turns events on the live bus into wake-ups of poll. A dropped
// subscription only costs latency (poll still runs every PollInterval),
// so it is renewed without fuss.
func (d *Dispatcher) listen(ctx context.Context, sub kefu.Subscription) {
	defer d.wg.Done()
	defer func() { sub.Close() }()
	for {
		select {
		case <-d.stop:
			return
		case _, ok := <-sub.C():
			if ok {
				if d.live.Load() {
					d.poke()
				}
				continue
			}
			if ctx.Err() != nil {
				return
			}
			var err error
			if sub, err = d.Events.Subscribe(ctx, kefu.EventFilter{}); err != nil {
				d.logger().Warn("webhook: live bus subscription failed; polling only", slog.String("error", err.Error()))
				return
			}
			d.poke() // events may have passed meanwhile
		}
	}
}

// poke asks poll to claim now.
func (d *Dispatcher) poke() {
	select {
	case d.wake <- struct{}{}:
	default:
	}
}

// poll claims events while there is room for them, and waits for a poke
// or PollInterval when the log has nothing ready.
func (d *Dispatcher) poll(ctx context.Context) {
	defer d.wg.Done()
	interval := or(d.PollInterval, DefaultPollInterval)
	limit := int64(or(d.QueueSize, DefaultQueueSize))
	lease := d.lease()
	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		select {
		case <-d.stop:
			return
		case <-ctx.Done():
			return
		case <-timer.C:
		case <-d.wake:
			if delay := or(d.ClaimDelay, DefaultClaimDelay); delay > 0 {
				select {
				case <-d.stop:
					return
				case <-ctx.Done():
					return
				case <-time.After(delay):
				}
			}
		}
		if !d.isActive(ctx) {
			timer.Reset(interval)
			continue
		}
		for {
			free := limit - d.inflight.Load()
			if free <= 0 {
				break // finish() pokes when a slot frees
			}
			events, err := d.Log.ClaimEvents(ctx, d.consumer(), int(min(free, claimBatch)), lease)
			if err != nil {
				if ctx.Err() == nil {
					d.logger().Error("webhook: claim events", slog.String("error", err.Error()))
				}
				break
			}
			d.dispatch(ctx, events, d.now().Add(lease))
			if len(events) < int(min(free, claimBatch)) {
				break
			}
			select {
			case <-d.stop:
				return
			default:
			}
		}
		timer.Reset(interval)
	}
}

// dispatch queues one delivery per webhook of each event's tenant that
// wants the event's type, and acknowledges at once the events that need
// none. leaseEnd is when the claim's lease runs out.
func (d *Dispatcher) dispatch(ctx context.Context, events []kefu.LoggedEvent, leaseEnd time.Time) {
	var done []int64
	defer func() { d.ack(done...) }()
	for _, le := range events {
		if le.Attempt > 1 {
			d.stats.redelivered.Add(1)
		}
		e := le.Event
		hooks, err := d.hooks(ctx, e.TenantID)
		if err != nil {
			// Left unacknowledged: claimed again when the lease runs out.
			d.logger().Error("webhook: tenant settings", slog.String("tenant_id", e.TenantID), slog.Int64("seq", le.Seq), slog.String("error", err.Error()))
			continue
		}
		var dls []*delivery
		var body []byte
		for _, h := range hooks {
			if len(h.Events) > 0 && !slices.Contains(h.Events, e.Type) {
				continue
			}
			if body == nil {
				if body, err = json.Marshal(e); err != nil {
					break
				}
			}
			dls = append(dls, &delivery{id: deliveryID(le.Seq, h), hook: h, event: e.Type, body: body})
		}
		if err != nil {
			d.logger().Error("webhook: encode event", slog.Int64("seq", le.Seq), slog.String("error", err.Error()))
			done = append(done, le.Seq) // it will not encode next time either
			continue
		}
		if len(dls) == 0 {
			done = append(done, le.Seq)
			continue
		}
		p := &pending{seq: le.Seq, deadline: leaseEnd.Add(-or(d.Timeout, DefaultTimeout))}
		p.left.Store(int32(len(dls)))
		d.inflight.Add(1)
		for _, dl := range dls {
			dl.of = p
			if !d.enqueue(dl) {
				return // closing: the rest stays in the log
			}
		}
	}
}

// deliveryID names the delivery of event seq to hook; a redelivery of the
// event (after a lease ran out) has the same ID.
func deliveryID(seq int64, h kefu.Webhook) string {
	sum := sha256.Sum256([]byte(h.URL))
	return fmt.Sprintf("dlv_%d_%s", seq, hex.EncodeToString(sum[:6]))
}

// enqueue adds a delivery to the queue, waiting for room; false if the
// dispatcher closed first (the delivery is dropped).
func (d *Dispatcher) enqueue(dl *delivery) bool {
	select {
	case d.queue <- dl:
		return true
	default:
	}
	select {
	case d.queue <- dl:
		return true
	case <-d.stop:
		d.stats.dropped.Add(1)
		return false
	}
}

// finish ends one delivery of an event (delivered or failed for good);
// after the event's last one, the event is acknowledged.
func (d *Dispatcher) finish(dl *delivery) {
	if dl.of.left.Add(-1) > 0 {
		return
	}
	d.ack(dl.of.seq)
	d.inflight.Add(-1)
	d.poke()
}

// ack acknowledges events in the log. A failed ack is logged: the events
// are then delivered again after their lease (with the same delivery IDs).
func (d *Dispatcher) ack(seqs ...int64) {
	if len(seqs) == 0 {
		return
	}
	if err := d.Log.AckEvents(d.ctx, d.consumer(), seqs...); err != nil {
		d.logger().Error("webhook: ack events", slog.Any("seqs", seqs), slog.String("error", err.Error()))
		return
	}
	d.stats.acked.Add(int64(len(seqs)))
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

// Forget drops the cached webhooks of a tenant whose settings changed
// (here, or on another node that said so) and, while no shop had
// webhooks, looks again at once: a webhook added takes effect now rather
// than within CacheTTL.
func (d *Dispatcher) Forget(tenantID string) {
	d.mu.Lock()
	delete(d.tenants, tenantID)
	if !d.active {
		d.activeAt = time.Time{}
	}
	d.mu.Unlock()
	d.poke()
}

// isActive reports whether some tenant has a webhook, looking at most once
// per CacheTTL; once one has, the dispatcher stays active.
func (d *Dispatcher) isActive(ctx context.Context) bool {
	now := d.now()
	d.mu.Lock()
	if d.active || now.Before(d.activeAt.Add(or(d.CacheTTL, DefaultCacheTTL))) {
		defer d.mu.Unlock()
		return d.active
	}
	d.mu.Unlock()
	ts, err := d.Tenants.FindTenants(ctx)
	if err != nil {
		d.logger().Error("webhook: list tenants", slog.String("error", err.Error()))
		return false
	}
	active := false
	for _, t := range ts {
		if len(t.Settings.Webhooks) > 0 {
			active = true
			break
		}
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	d.active = d.active || active
	d.activeAt = now
	d.live.Store(d.active)
	return d.active
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
		d.finish(dl)
		return
	}
	if d.ctx.Err() != nil {
		// Canceled by Close, not failed: the event stays in the log.
		d.stats.dropped.Add(1)
		return
	}
	maxAttempts := or(d.MaxAttempts, DefaultMaxAttempts)
	retryable := status == 0 || status >= 500 || status == http.StatusTooManyRequests
	delay := max(d.backoff(dl.attempt), min(retryAfter, or(d.MaxDelay, DefaultMaxDelay)))
	reason := ""
	switch {
	case !retryable:
	case dl.attempt >= maxAttempts:
		reason = "attempts exhausted"
	case d.now().Add(delay).After(dl.of.deadline):
		// Past the lease another node may claim the event: give up
		// rather than deliver twice.
		reason = "the event's lease would run out before the retry"
	}
	if !retryable || reason != "" {
		d.stats.failed.Add(1)
		d.logger().Warn("webhook: delivery failed",
			slog.String("delivery", dl.id), slog.String("event", dl.event), slog.String("url", redact.URL(dl.hook.URL)),
			slog.Int("attempts", dl.attempt), slog.Int("status", status), slog.String("error", err.Error()), slog.String("reason", reason))
		d.finish(dl)
		return
	}
	d.logger().Debug("webhook: will retry",
		slog.String("delivery", dl.id), slog.String("url", redact.URL(dl.hook.URL)), slog.Int("attempt", dl.attempt), slog.String("error", err.Error()))
	d.retryLater(dl, delay)
}

// send POSTs the delivery. It returns the HTTP status (0 when no answer
// came) and the delay a 429 or 503 asked for in Retry-After.
func (d *Dispatcher) send(dl *delivery) (status int, retryAfter time.Duration, err error) {
	ctx, cancel := context.WithTimeout(d.ctx, or(d.Timeout, DefaultTimeout))
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, dl.hook.URL, bytes.NewReader(dl.body))
	if err != nil {
		return -1, 0, redact.Error(err) // a malformed URL will not get better
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
		return 0, 0, redact.Error(err) // it prints the URL, which may hold a secret
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

// lease returns the claim lease: Lease, or long enough for the retry
// policy (see Lease).
func (d *Dispatcher) lease() time.Duration {
	if d.Lease > 0 {
		return d.Lease
	}
	attempts := or(d.MaxAttempts, DefaultMaxAttempts)
	base, limit := or(d.BaseDelay, DefaultBaseDelay), or(d.MaxDelay, DefaultMaxDelay)
	total := time.Duration(attempts) * or(d.Timeout, DefaultTimeout)
	for i, delay := 1, base; i < attempts; i++ {
		total += delay + delay/5 // the most jitter adds
		delay = min(2*delay, limit)
	}
	return total + time.Minute
}

func (d *Dispatcher) consumer() string { return or(d.Consumer, DefaultConsumer) }

func (d *Dispatcher) logger() *slog.Logger {
	if d.Logger != nil {
		return d.Logger
	}
	return slog.Default()
}

func (d *Dispatcher) now() time.Time { return d.Now.Time() }

// or returns v, or def when v is zero.
func or[T comparable](v, def T) T {
	var zero T
	if v == zero {
		return def
	}
	return v
}
