package ingest

import (
	"context"
	"errors"
	"log/slog"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/kefu-ai/kefu"
)

// ReadingSink stores readings; kefu.Store (TelemetryService) is one.
// AddReadings is all or nothing, returns how many readings were new
// (duplicates of device and time are dropped), ENOTFOUND when a device is
// unknown to the tenant.
type ReadingSink interface {
	AddReadings(ctx context.Context, tenantID string, rs []kefu.Reading) (added int, err error)
}

var _ ReadingSink = kefu.Store(nil)

// Defaults for the zero values of Pipeline's fields.
const (
	DefaultBatchSize        = 2000
	DefaultFlushInterval    = 20 * time.Millisecond
	DefaultQueueSize        = 256
	DefaultMaxPayloadBytes  = 256 << 10
	DefaultMaxReadings      = 1000
	DefaultRetryDelay       = 100 * time.Millisecond
	DefaultMaxRetryDelay    = 5 * time.Second
	DefaultUnknownDeviceTTL = 10 * time.Second
	DefaultKeepRejections   = 256
	DefaultDrainTime        = 5 * time.Second
)

// maxUnknownDevices bounds the unknown-device cache; when full it is
// emptied.
const maxUnknownDevices = 10000

// ErrClosed is returned by Submit once Close was called.
var ErrClosed = errors.New("ingest: pipeline closed")

// Reason is why a reading or a message was quarantined.
type Reason string

// Quarantine reasons.
const (
	// ReasonMalformed: the payload (or one reading of it) is not the
	// documented JSON.
	ReasonMalformed Reason = "malformed"
	// ReasonTooLarge: the payload is over MaxPayloadBytes or carries more
	// than MaxReadings readings.
	ReasonTooLarge Reason = "too_large"
	// ReasonBadTopic: the topic or subject does not name a shop and a
	// device (kefu/<shop>/telemetry/<device>).
	ReasonBadTopic Reason = "bad_topic"
	// ReasonDeviceMismatch: the payload names another device than the
	// topic it was published on.
	ReasonDeviceMismatch Reason = "device_mismatch"
	// ReasonInvalid: the reading fails kefu.Reading.Validate (a missing
	// time, an implausible value, nothing measured).
	ReasonInvalid Reason = "invalid"
	// ReasonFuture: the reading is stamped more than
	// kefu.MaxReadingFuture after the server's clock.
	ReasonFuture Reason = "future"
	// ReasonUnknownDevice: the shop has no such device.
	ReasonUnknownDevice Reason = "unknown_device"
	// ReasonRejected: the store refused the reading as invalid.
	ReasonRejected Reason = "rejected"
)

// numReasons is len(Reasons).
const numReasons = 8

// Reasons lists every reason, for counters.
var Reasons = []Reason{ReasonMalformed, ReasonTooLarge, ReasonBadTopic, ReasonDeviceMismatch,
	ReasonInvalid, ReasonFuture, ReasonUnknownDevice, ReasonRejected}

func reasonIndex(r Reason) int {
	for i, x := range Reasons {
		if x == r {
			return i
		}
	}
	return 0
}

// Rejection is a quarantined reading, or a whole message (Index -1) that
// could not be read.
type Rejection struct {
	TenantID string `json:"tenant_id,omitempty"`
	DeviceID string `json:"device_id,omitempty"`
	// Source is where the message came from: "mqtt kefu/shop/telemetry/dev",
	// "nats kefu.shop.telemetry.dev", "http".
	Source string `json:"source,omitempty"`
	// Index is the reading's position in its message (or HTTP request),
	// -1 for the whole message.
	Index   int    `json:"index"`
	Reason  Reason `json:"reason"`
	Field   string `json:"field,omitempty"`
	Message string `json:"message"`
	// ReadingAt is the reading's time, when it had one.
	ReadingAt time.Time `json:"reading_at,omitzero"`
	// At is when the pipeline quarantined it.
	At time.Time `json:"at"`
}

// Message is one broker message (or HTTP request) of readings.
type Message struct {
	// TenantID is the shop, from the topic or subject.
	TenantID string
	// DeviceID is the device the topic names; "" when it names none.
	// Readings without a device take it; readings of another device are
	// quarantined as device_mismatch.
	DeviceID string
	// Payload is the JSON payload (docs/ingest.md).
	Payload []byte
	// Source names the message in rejections.
	Source string
	// Ack is called once every reading of the message was committed or
	// quarantined; it may be nil.
	Ack func()
	// Nak, if set, is called instead of Ack when the pipeline closed
	// before the message's readings were committed; the broker is to
	// deliver it again.
	Nak func()
}

// Stats is a snapshot of the pipeline's counters since Open. Readings
// received are eventually stored, duplicates or quarantined; message-level
// quarantines (malformed, too_large, bad_topic) count one per message.
type Stats struct {
	Messages    int64            `json:"messages"`    // messages (and HTTP requests) submitted
	Acked       int64            `json:"acked"`       // messages acknowledged
	Naked       int64            `json:"naked"`       // messages handed back to the broker uncommitted
	Received    int64            `json:"received"`    // readings decoded
	Stored      int64            `json:"stored"`      // readings new to the store
	Duplicates  int64            `json:"duplicates"`  // readings the store (or the batch) already had
	Quarantined map[Reason]int64 `json:"quarantined"` // by reason
	Commits     int64            `json:"commits"`     // successful AddReadings calls
	Retries     int64            `json:"retries"`     // failed AddReadings calls retried later
	Queued      int              `json:"queued"`      // messages waiting in the queue now
}

// QuarantinedTotal is the sum of Quarantined.
func (s Stats) QuarantinedTotal() int64 {
	var n int64
	for _, v := range s.Quarantined {
		n += v
	}
	return n
}

// Pipeline decodes, checks, batches and stores readings. Set the fields,
// call Open, then Submit messages from any number of goroutines; Close
// commits what it holds and stops. Ingest stores a batch synchronously
// and works without Open.
//
// A message's readings are committed in one AddReadings call together
// with other messages of the same shop: a batch is flushed when it holds
// BatchSize readings or its first message is FlushInterval old. The
// pipeline holds at most QueueSize messages waiting, plus the batches
// being filled (at most 2×BatchSize readings in all) and being committed.
type Pipeline struct {
	// Sink stores the readings.
	Sink ReadingSink
	// Now is the clock readings are checked against; nil means time.Now.
	Now kefu.Clock
	// Logger receives commit failures and unknown devices; nil means
	// slog.Default().
	Logger *slog.Logger

	// BatchSize is the readings per commit; 0 means DefaultBatchSize.
	BatchSize int
	// FlushInterval is the longest a reading waits for its batch to fill;
	// 0 means DefaultFlushInterval.
	FlushInterval time.Duration
	// QueueSize is how many messages may wait for the batcher before
	// Submit blocks; 0 means DefaultQueueSize.
	QueueSize int
	// Committers is how many batches are committed at once; 0 means 1
	// (SQLite has one writer anyway).
	Committers int
	// MaxPayloadBytes bounds a message; 0 means DefaultMaxPayloadBytes.
	MaxPayloadBytes int
	// MaxReadings bounds the readings of a message; 0 means
	// DefaultMaxReadings.
	MaxReadings int
	// RetryDelay is the wait after a failed commit, doubled per failure
	// up to MaxRetryDelay; 0 means the defaults. A batch is retried until
	// it commits or the pipeline closes: its messages stay unacknowledged
	// meanwhile and the queue fills, which stops the brokers' deliveries.
	RetryDelay, MaxRetryDelay time.Duration
	// UnknownDeviceTTL is how long a device the store did not know is
	// quarantined without asking the store again; 0 means
	// DefaultUnknownDeviceTTL, negative asks every time.
	UnknownDeviceTTL time.Duration
	// KeepRejections is how many recent rejections Rejections returns; 0
	// means DefaultKeepRejections.
	KeepRejections int
	// OnQuarantine, if set, is told of every rejection, synchronously: it
	// must not block.
	OnQuarantine func(Rejection)
	// DrainTime is how long Close lets queued messages commit before it
	// hands the rest back to the brokers; 0 means DefaultDrainTime.
	DrainTime time.Duration

	queue   chan *item
	commits chan *batch
	ctx     context.Context // canceled when the drain time is over
	cancel  context.CancelFunc
	stop    chan struct{} // closed by Close: Submit refuses
	closing chan struct{} // closed once no Submit can send any more
	wg      sync.WaitGroup
	once    sync.Once

	mu     sync.RWMutex // guards closed against sends on queue
	closed bool

	rmu        sync.Mutex // guards rejections, rnext, unknown
	rejections []Rejection
	rnext      int
	unknown    map[string]time.Time // tenant\x00device -> until when it is known to be unknown

	stats struct {
		messages, acked, naked, received, stored, duplicates, commits, retries atomic.Int64
		quarantined                                                            [numReasons]atomic.Int64
	}
}

// item is a message's valid readings on their way to the store.
type item struct {
	tenantID string
	source   string
	readings []kefu.Reading
	index    []int // index[i]: readings[i]'s position in the message
	ack, nak func()
}

// batch is items of one shop committed together.
type batch struct {
	tenantID string
	items    []*item
	n        int       // readings
	due      time.Time // when it is flushed at the latest
}

func (p *Pipeline) logger() *slog.Logger {
	if p.Logger != nil {
		return p.Logger
	}
	return slog.Default()
}

func (p *Pipeline) now() time.Time { return p.Now.Time() }

func orDefault[T int | time.Duration](v, d T) T {
	if v <= 0 {
		return d
	}
	return v
}

// Open starts the batcher and the committers.
func (p *Pipeline) Open() error {
	if p.Sink == nil {
		return errors.New("ingest: Pipeline.Sink is required")
	}
	p.queue = make(chan *item, orDefault(p.QueueSize, DefaultQueueSize))
	p.commits = make(chan *batch)
	p.stop = make(chan struct{})
	p.closing = make(chan struct{})
	p.ctx, p.cancel = context.WithCancel(context.Background())
	p.wg.Add(1)
	go p.batcher()
	for range orDefault(p.Committers, 1) {
		p.wg.Add(1)
		go p.committer()
	}
	return nil
}

// Close stops taking messages, commits those it holds (for up to
// DrainTime) and hands back to the brokers (Nak) those it could not.
func (p *Pipeline) Close() error {
	if p.stop == nil {
		return nil
	}
	p.once.Do(func() {
		close(p.stop)
		p.mu.Lock() // waits for Submits sending on the queue
		p.closed = true
		p.mu.Unlock()
		close(p.closing)
		done := make(chan struct{})
		go func() { p.wg.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(orDefault(p.DrainTime, DefaultDrainTime)):
			p.cancel()
			<-done
		}
		p.cancel()
	})
	return nil
}

// Submit decodes and checks a message and queues its valid readings for
// the store. It blocks while the queue is full, until ctx ends (ctx.Err())
// or the pipeline closes (ErrClosed); then the message was not taken and
// its Ack is not called. A message with nothing to store is acknowledged
// at once.
func (p *Pipeline) Submit(ctx context.Context, m Message) error {
	select {
	case <-p.stop:
		return ErrClosed
	default:
	}
	p.stats.messages.Add(1)
	it := p.prepare(m)
	if len(it.readings) == 0 {
		p.done(it)
		return nil
	}
	p.mu.RLock()
	defer p.mu.RUnlock()
	if p.closed {
		return ErrClosed
	}
	select {
	case p.queue <- it:
		return nil
	case <-p.stop:
		return ErrClosed
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Reject quarantines a message that could not be submitted (a topic that
// names no shop) and acknowledges it.
func (p *Pipeline) Reject(m Message, reason Reason, msg string) {
	p.stats.messages.Add(1)
	p.quarantine(Rejection{TenantID: m.TenantID, DeviceID: m.DeviceID, Source: m.Source, Index: -1, Reason: reason, Message: msg})
	// Counted before the ack, so that whoever sees the ack sees the count.
	p.stats.acked.Add(1)
	if m.Ack != nil {
		m.Ack()
	}
}

// prepare decodes and validates a message, quarantining what is bad.
func (p *Pipeline) prepare(m Message) *item {
	it := &item{tenantID: m.TenantID, source: m.Source, ack: m.Ack, nak: m.Nak}
	reject := func(r Rejection) {
		r.TenantID, r.Source = m.TenantID, m.Source
		if r.DeviceID == "" {
			r.DeviceID = m.DeviceID
		}
		p.quarantine(r)
	}
	if max := orDefault(p.MaxPayloadBytes, DefaultMaxPayloadBytes); len(m.Payload) > max {
		reject(Rejection{Index: -1, Reason: ReasonTooLarge, Message: "payload is over " + byteSize(max)})
		return it
	}
	d := decodePayload(m.Payload, orDefault(p.MaxReadings, DefaultMaxReadings))
	for _, r := range d.bad {
		reject(r)
	}
	if m.DeviceID != "" && d.device != "" && d.device != m.DeviceID {
		for i, r := range d.readings {
			reject(Rejection{DeviceID: d.device, Index: d.index[i], Reason: ReasonDeviceMismatch, Field: "device",
				Message: "payload names device " + quote(d.device) + " on the topic of " + quote(m.DeviceID), ReadingAt: r.At})
		}
		p.stats.received.Add(int64(len(d.readings)))
		return it
	}
	p.stats.received.Add(int64(len(d.readings)))
	now := p.now()
	for i := range d.readings {
		r := &d.readings[i]
		if r.DeviceID == "" {
			r.DeviceID = m.DeviceID
		}
		if m.DeviceID != "" && r.DeviceID != m.DeviceID {
			reject(Rejection{DeviceID: r.DeviceID, Index: d.index[i], Reason: ReasonDeviceMismatch, Field: "device",
				Message: "reading of device " + quote(r.DeviceID) + " on the topic of " + quote(m.DeviceID), ReadingAt: r.At})
			continue
		}
		if rej, bad := check(r, now); bad {
			rej.DeviceID, rej.Index = r.DeviceID, d.index[i]
			reject(rej)
			continue
		}
		it.readings = append(it.readings, *r)
		it.index = append(it.index, d.index[i])
	}
	return it
}

// check validates a reading; the rejection when it is bad.
func check(r *kefu.Reading, now time.Time) (Rejection, bool) {
	err := r.Validate(now)
	if err == nil {
		return Rejection{}, false
	}
	reason := ReasonInvalid
	if kefu.ErrorField(err) == "at" && r.At.After(now.Add(kefu.MaxReadingFuture)) {
		reason = ReasonFuture
	}
	return Rejection{Reason: reason, Field: kefu.ErrorField(err), Message: kefu.ErrorMessage(err), ReadingAt: r.At}, true
}

// quarantine counts and keeps a rejection.
func (p *Pipeline) quarantine(r Rejection) {
	r.At = p.now()
	p.stats.quarantined[reasonIndex(r.Reason)].Add(1)
	keep := orDefault(p.KeepRejections, DefaultKeepRejections)
	p.rmu.Lock()
	if len(p.rejections) < keep {
		p.rejections = append(p.rejections, r)
	} else {
		p.rejections[p.rnext%keep] = r
	}
	p.rnext++
	p.rmu.Unlock()
	if p.OnQuarantine != nil {
		p.OnQuarantine(r)
	}
	p.logger().Debug("telemetry quarantined", slog.String("tenant", r.TenantID), slog.String("device", r.DeviceID),
		slog.String("source", r.Source), slog.Int("index", r.Index), slog.String("reason", string(r.Reason)), slog.String("message", r.Message))
}

// Rejections returns the most recent rejections, oldest first.
func (p *Pipeline) Rejections() []Rejection {
	p.rmu.Lock()
	defer p.rmu.Unlock()
	n := len(p.rejections)
	out := make([]Rejection, 0, n)
	if n == 0 {
		return out
	}
	start := p.rnext % n
	if p.rnext <= n {
		start = 0
	}
	for i := range n {
		out = append(out, p.rejections[(start+i)%n])
	}
	return out
}

// Stats returns the counters.
func (p *Pipeline) Stats() Stats {
	s := Stats{
		Messages:    p.stats.messages.Load(),
		Acked:       p.stats.acked.Load(),
		Naked:       p.stats.naked.Load(),
		Received:    p.stats.received.Load(),
		Stored:      p.stats.stored.Load(),
		Duplicates:  p.stats.duplicates.Load(),
		Commits:     p.stats.commits.Load(),
		Retries:     p.stats.retries.Load(),
		Quarantined: make(map[Reason]int64, len(Reasons)),
	}
	for i, r := range Reasons {
		s.Quarantined[r] = p.stats.quarantined[i].Load()
	}
	if p.queue != nil {
		s.Queued = len(p.queue)
	}
	return s
}

// done acknowledges an item's message.
func (p *Pipeline) done(it *item) {
	p.stats.acked.Add(1) // before the ack: see Reject
	if it.ack != nil {
		it.ack()
	}
}

// giveBack hands an uncommitted item's message back to its broker.
func (p *Pipeline) giveBack(it *item) {
	if it.nak != nil {
		it.nak()
	}
	p.stats.naked.Add(1)
}

// batcher gathers queued items into per-shop batches and hands full or
// due batches to the committers.
func (p *Pipeline) batcher() {
	defer p.wg.Done()
	defer close(p.commits)
	size := orDefault(p.BatchSize, DefaultBatchSize)
	interval := orDefault(p.FlushInterval, DefaultFlushInterval)
	open := map[string]*batch{}
	total := 0 // readings in open batches
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	var due time.Time // when timer fires; zero: not armed

	send := func(b *batch) {
		delete(open, b.tenantID)
		total -= b.n
		p.commits <- b // blocks while the committers are busy: backpressure
	}
	arm := func() {
		var next time.Time
		for _, b := range open {
			if next.IsZero() || b.due.Before(next) {
				next = b.due
			}
		}
		if next.Equal(due) {
			return
		}
		timer.Stop()
		due = next
		if !next.IsZero() {
			timer.Reset(max(time.Until(next), 0))
		}
	}
	add := func(it *item) {
		b := open[it.tenantID]
		if b == nil {
			b = &batch{tenantID: it.tenantID, due: time.Now().Add(interval)}
			open[it.tenantID] = b
		}
		b.items = append(b.items, it)
		b.n += len(it.readings)
		total += len(it.readings)
		if b.n >= size {
			send(b)
		} else if total >= 2*size {
			for _, b := range open {
				send(b)
			}
		}
	}
	for {
		select {
		case it := <-p.queue:
			add(it)
			arm()
		case <-timer.C:
			due = time.Time{}
			now := time.Now()
			for _, b := range open {
				if !b.due.After(now) {
					send(b)
				}
			}
			arm()
		case <-p.closing:
			// No Submit sends any more: take what is queued and flush.
			for {
				select {
				case it := <-p.queue:
					add(it)
					continue
				default:
				}
				break
			}
			for _, b := range open {
				send(b)
			}
			timer.Stop()
			return
		}
	}
}

// committer commits batches until the batcher is done.
func (p *Pipeline) committer() {
	defer p.wg.Done()
	for b := range p.commits {
		p.commit(b)
	}
}

// origin is where a reading of a batch came from.
type origin struct {
	it    *item
	index int
}

type deviceAt struct {
	device string
	at     int64
}

// commit stores a batch and acknowledges its messages, or, if the
// pipeline closed before it could, hands them back.
func (p *Pipeline) commit(b *batch) {
	rs := make([]kefu.Reading, 0, b.n)
	org := make([]origin, 0, b.n)
	for _, it := range b.items {
		for i := range it.readings {
			rs = append(rs, it.readings[i])
			org = append(org, origin{it, it.index[i]})
		}
	}
	_, err := p.store(p.ctx, b.tenantID, rs, org, true, nil)
	for _, it := range b.items {
		if err != nil {
			p.giveBack(it)
		} else {
			p.done(it)
		}
	}
	if err != nil && p.ctx.Err() == nil {
		p.logger().Error("telemetry batch not stored", slog.String("tenant", b.tenantID), slog.Int("readings", len(rs)), slog.Any("err", err))
	}
}

// store dedupes rs, drops readings of devices known to be unknown and
// adds the rest, splitting the batch when the store refuses a device. It
// returns the number of readings added. With retry it retries failed
// commits until ctx ends; without, it returns the first failure. Each
// reading quarantined is passed to rejected (if set) with its origin.
func (p *Pipeline) store(ctx context.Context, tenantID string, rs []kefu.Reading, org []origin, retry bool, rejected func(Rejection)) (int, error) {
	seen := make(map[deviceAt]struct{}, len(rs))
	keep := rs[:0]
	korg := org[:0]
	dups := 0
	for i, r := range rs {
		k := deviceAt{r.DeviceID, r.At.UnixNano()}
		if _, ok := seen[k]; ok {
			dups++
			continue
		}
		if p.isUnknown(tenantID, r.DeviceID) {
			p.reject(tenantID, r, org[i], ReasonUnknownDevice, "device", "the shop has no device "+quote(r.DeviceID), rejected)
			continue
		}
		seen[k] = struct{}{}
		keep = append(keep, r)
		korg = append(korg, org[i])
	}
	p.stats.duplicates.Add(int64(dups))
	if len(keep) == 0 {
		return 0, nil
	}
	return p.add(ctx, tenantID, keep, korg, retry, rejected)
}

// add commits rs, splitting them in two when the store refuses them for
// an unknown device or an invalid reading, down to single devices (then
// quarantined when unknown) and single readings (quarantined when
// invalid), so that the others are stored.
func (p *Pipeline) add(ctx context.Context, tenantID string, rs []kefu.Reading, org []origin, retry bool, rejected func(Rejection)) (int, error) {
	added, err := p.addOnce(ctx, tenantID, rs, retry)
	if err == nil {
		p.stats.stored.Add(int64(added))
		p.stats.duplicates.Add(int64(len(rs) - added))
		return added, nil
	}
	code := kefu.ErrorCode(err)
	if code != kefu.ENOTFOUND && code != kefu.EINVALID {
		return 0, err
	}
	// Split by device: the readings of the first half of the devices
	// (in order of appearance) and the rest.
	devs := map[string]bool{}
	var order []string
	for _, r := range rs {
		if !devs[r.DeviceID] {
			devs[r.DeviceID] = true
			order = append(order, r.DeviceID)
		}
	}
	if len(order) == 1 {
		if code == kefu.ENOTFOUND {
			p.markUnknown(tenantID, order[0])
			for i, r := range rs {
				p.reject(tenantID, r, org[i], ReasonUnknownDevice, "device", "the shop has no device "+quote(r.DeviceID), rejected)
			}
			return 0, nil
		}
		if len(rs) == 1 {
			p.reject(tenantID, rs[0], org[0], ReasonRejected, kefu.ErrorField(err), kefu.ErrorMessage(err), rejected)
			return 0, nil
		}
		h := len(rs) / 2
		return p.addHalves(ctx, tenantID, rs[:h], org[:h], rs[h:], org[h:], retry, rejected)
	}
	left := map[string]bool{}
	for _, d := range order[:len(order)/2] {
		left[d] = true
	}
	var lr, rr []kefu.Reading
	var lo, ro []origin
	for i, r := range rs {
		if left[r.DeviceID] {
			lr, lo = append(lr, r), append(lo, org[i])
		} else {
			rr, ro = append(rr, r), append(ro, org[i])
		}
	}
	return p.addHalves(ctx, tenantID, lr, lo, rr, ro, retry, rejected)
}

func (p *Pipeline) addHalves(ctx context.Context, tenantID string, a []kefu.Reading, ao []origin, b []kefu.Reading, bo []origin, retry bool, rejected func(Rejection)) (int, error) {
	n, err := p.add(ctx, tenantID, a, ao, retry, rejected)
	if err != nil {
		return n, err
	}
	m, err := p.add(ctx, tenantID, b, bo, retry, rejected)
	return n + m, err
}

// addOnce calls the sink; with retry, it retries failures other than
// ENOTFOUND and EINVALID with backoff until ctx ends.
func (p *Pipeline) addOnce(ctx context.Context, tenantID string, rs []kefu.Reading, retry bool) (int, error) {
	delay := orDefault(p.RetryDelay, DefaultRetryDelay)
	maxDelay := orDefault(p.MaxRetryDelay, DefaultMaxRetryDelay)
	for {
		added, err := p.Sink.AddReadings(ctx, tenantID, rs)
		if err == nil {
			p.stats.commits.Add(1)
			return added, nil
		}
		code := kefu.ErrorCode(err)
		if !retry || code == kefu.ENOTFOUND || code == kefu.EINVALID || ctx.Err() != nil {
			if ctx.Err() != nil {
				return 0, ctx.Err()
			}
			return 0, err
		}
		p.stats.retries.Add(1)
		p.logger().Warn("telemetry commit failed; retrying", slog.String("tenant", tenantID), slog.Int("readings", len(rs)),
			slog.Duration("in", delay), slog.Any("err", err))
		t := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			t.Stop()
			return 0, ctx.Err()
		case <-t.C:
		}
		delay = min(delay*2, maxDelay)
	}
}

func (p *Pipeline) reject(tenantID string, r kefu.Reading, o origin, reason Reason, field, msg string, rejected func(Rejection)) {
	rej := Rejection{TenantID: tenantID, DeviceID: r.DeviceID, Index: o.index, Reason: reason, Field: field, Message: msg, ReadingAt: r.At}
	if o.it != nil {
		rej.Source = o.it.source
	}
	p.quarantine(rej)
	if rejected != nil {
		rej.At = p.now()
		rejected(rej)
	}
}

func (p *Pipeline) isUnknown(tenantID, deviceID string) bool {
	if p.UnknownDeviceTTL < 0 {
		return false
	}
	p.rmu.Lock()
	defer p.rmu.Unlock()
	until, ok := p.unknown[tenantID+"\x00"+deviceID]
	if !ok {
		return false
	}
	if p.now().After(until) {
		delete(p.unknown, tenantID+"\x00"+deviceID)
		return false
	}
	return true
}

func (p *Pipeline) markUnknown(tenantID, deviceID string) {
	p.logger().Info("telemetry of an unknown device quarantined", slog.String("tenant", tenantID), slog.String("device", deviceID))
	if p.UnknownDeviceTTL < 0 {
		return
	}
	p.rmu.Lock()
	defer p.rmu.Unlock()
	if p.unknown == nil || len(p.unknown) >= maxUnknownDevices {
		p.unknown = map[string]time.Time{}
	}
	p.unknown[tenantID+"\x00"+deviceID] = p.now().Add(orDefault(p.UnknownDeviceTTL, DefaultUnknownDeviceTTL))
}

// Result is what Ingest did with a batch of readings.
type Result struct {
	Received    int         `json:"received"`
	Stored      int         `json:"stored"`
	Duplicates  int         `json:"duplicates"`
	Quarantined []Rejection `json:"quarantined"`
}

// Ingest checks and stores readings of a shop at once, bypassing the
// queue (the HTTP API's path): bad readings and those of unknown devices
// are quarantined and reported by their index in rs, the rest stored. A
// failure of the store is returned, not retried; readings stored before
// it stay stored, and a retry of the whole request stores each reading
// once.
func (p *Pipeline) Ingest(ctx context.Context, tenantID string, rs []kefu.Reading) (*Result, error) {
	p.stats.messages.Add(1)
	p.stats.received.Add(int64(len(rs)))
	res := &Result{Received: len(rs), Quarantined: []Rejection{}}
	now := p.now()
	good := make([]kefu.Reading, 0, len(rs))
	org := make([]origin, 0, len(rs))
	for i := range rs {
		r := rs[i]
		if rej, bad := check(&r, now); bad {
			rej.TenantID, rej.DeviceID, rej.Index, rej.Source = tenantID, r.DeviceID, i, "http"
			p.quarantine(rej)
			rej.At = p.now()
			res.Quarantined = append(res.Quarantined, rej)
			continue
		}
		good = append(good, r)
		org = append(org, origin{&item{source: "http"}, i})
	}
	added, err := p.store(ctx, tenantID, good, org, false, func(r Rejection) { res.Quarantined = append(res.Quarantined, r) })
	if err != nil {
		return nil, err
	}
	res.Stored = added
	res.Duplicates = len(rs) - added - len(res.Quarantined)
	p.stats.acked.Add(1)
	return res, nil
}

func quote(s string) string {
	if len(s) > 64 {
		s = s[:64] + "…"
	}
	return `"` + s + `"`
}

func byteSize(n int) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return strconv.Itoa(n>>20) + " MiB"
	case n >= 1<<10 && n%(1<<10) == 0:
		return strconv.Itoa(n>>10) + " KiB"
	}
	return strconv.Itoa(n) + " bytes"
}
