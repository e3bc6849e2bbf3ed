package webhook_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/inmem"
	"github.com/kefu-ai/kefu/sqlite"
	"github.com/kefu-ai/kefu/webhook"
)

// request is what a test endpoint received.
type request struct {
	header http.Header
	body   []byte
}

// endpoint is a webhook receiver that answers with the given statuses in
// turn (the last one repeats) and records every request.
type endpoint struct {
	*httptest.Server
	mu       sync.Mutex // guards statuses, requests
	statuses []int
	requests []request
}

func newEndpoint(t *testing.T, statuses ...int) *endpoint {
	t.Helper()
	ep := &endpoint{statuses: statuses}
	ep.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		ep.mu.Lock()
		ep.requests = append(ep.requests, request{header: r.Header.Clone(), body: body})
		status := http.StatusNoContent
		if len(ep.statuses) > 0 {
			status = ep.statuses[0]
			if len(ep.statuses) > 1 {
				ep.statuses = ep.statuses[1:]
			}
		}
		ep.mu.Unlock()
		w.WriteHeader(status)
	}))
	t.Cleanup(ep.Close)
	return ep
}

func (ep *endpoint) got() []request {
	ep.mu.Lock()
	defer ep.mu.Unlock()
	return append([]request(nil), ep.requests...)
}

// MustOpenStore opens a SQLite store in a temporary directory.
func MustOpenStore(tb testing.TB) kefu.Store {
	tb.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(tb.TempDir(), "kefu.db"), nil)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

// MustCreateTenant creates a tenant with the given webhooks.
func MustCreateTenant(tb testing.TB, st kefu.Store, id string, hooks ...kefu.Webhook) {
	tb.Helper()
	t := &kefu.Tenant{ID: id, Name: id, Settings: kefu.TenantSettings{DefaultLanguage: "en", Webhooks: hooks}}
	if err := st.CreateTenant(context.Background(), t); err != nil {
		tb.Fatal(err)
	}
}

// MustOpenDispatcher opens a dispatcher with fast retries that consumes
// st's event log and is woken by bus.
func MustOpenDispatcher(tb testing.TB, st kefu.Store, bus kefu.EventService, configure func(*webhook.Dispatcher)) *webhook.Dispatcher {
	tb.Helper()
	d := &webhook.Dispatcher{
		Log:          st,
		Events:       bus,
		Tenants:      st,
		PollInterval: 10 * time.Millisecond,
		Logger:       slog.New(slog.NewTextHandler(io.Discard, nil)),
		BaseDelay:    5 * time.Millisecond,
		MaxDelay:     20 * time.Millisecond,
		Timeout:      2 * time.Second,
		DrainTime:    time.Second,
	}
	if configure != nil {
		configure(d)
	}
	if err := d.Open(context.Background()); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { d.Close() })
	return d
}

// emit does what a writer of events does: it appends e to the store's
// log and publishes it on the live bus.
func emit(tb testing.TB, st kefu.Store, bus kefu.EventService, e kefu.Event) {
	tb.Helper()
	if err := st.AppendEvents(context.Background(), e); err != nil {
		tb.Fatalf("AppendEvents: %v", err)
	}
	bus.Publish(context.Background(), e)
}

// waitFor polls cond for up to five seconds.
func waitFor(tb testing.TB, what string, cond func() bool) {
	tb.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			tb.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func messageEvent(tenant, conv, text string) kefu.Event {
	return kefu.Event{
		Type: kefu.EventMessageCreated, TenantID: tenant, ConversationID: conv,
		Message: &kefu.Message{ID: 7, TenantID: tenant, ConversationID: conv, Author: kefu.AuthorCustomer, Text: text},
		At:      time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC),
	}
}

func TestDeliverySigned(t *testing.T) {
	st := MustOpenStore(t)
	bus := inmem.NewEventService()
	ep := newEndpoint(t)
	const secret = "s3cret"
	MustCreateTenant(t, st, "shop", kefu.Webhook{URL: ep.URL, Secret: secret})
	d := MustOpenDispatcher(t, st, bus, nil)

	emit(t, st, bus, messageEvent("shop", "cv_1", "where is my order <10023>?"))
	waitFor(t, "one delivery", func() bool { return d.Stats().Delivered == 1 })

	reqs := ep.got()
	if len(reqs) != 1 {
		t.Fatalf("got %d requests, want 1", len(reqs))
	}
	r := reqs[0]
	if got := r.header.Get(webhook.HeaderSignature); !webhook.Verify(secret, r.body, got) {
		t.Errorf("signature %q does not verify", got)
	}
	if webhook.Verify("other", r.body, r.header.Get(webhook.HeaderSignature)) {
		t.Error("signature verifies under the wrong secret")
	}
	if got := r.header.Get(webhook.HeaderSignature); !strings.HasPrefix(got, "sha256=") || len(got) != len("sha256=")+64 {
		t.Errorf("signature header = %q, want sha256=<64 hex>", got)
	}
	if got := r.header.Get(webhook.HeaderEvent); got != kefu.EventMessageCreated {
		t.Errorf("%s = %q", webhook.HeaderEvent, got)
	}
	if got := r.header.Get(webhook.HeaderDelivery); !strings.HasPrefix(got, "dlv_") {
		t.Errorf("%s = %q", webhook.HeaderDelivery, got)
	}
	if got := r.header.Get("Content-Type"); got != "application/json" {
		t.Errorf("Content-Type = %q", got)
	}
	var e kefu.Event
	if err := json.Unmarshal(r.body, &e); err != nil {
		t.Fatal(err)
	}
	if e.Type != kefu.EventMessageCreated || e.TenantID != "shop" || e.Message == nil || e.Message.Text != "where is my order <10023>?" {
		t.Errorf("body = %s", r.body)
	}
}

func TestEventFilterAndTenantIsolation(t *testing.T) {
	st := MustOpenStore(t)
	bus := inmem.NewEventService()
	all := newEndpoint(t)
	statusOnly := newEndpoint(t)
	other := newEndpoint(t)
	MustCreateTenant(t, st, "a",
		kefu.Webhook{URL: all.URL, Secret: "x"},
		kefu.Webhook{URL: statusOnly.URL, Secret: "y", Events: []string{kefu.EventConversationStatus}})
	MustCreateTenant(t, st, "b", kefu.Webhook{URL: other.URL, Secret: "z"})
	MustCreateTenant(t, st, "quiet")
	d := MustOpenDispatcher(t, st, bus, nil)

	emit(t, st, bus, messageEvent("a", "cv_1", "hi"))
	emit(t, st, bus, kefu.Event{Type: kefu.EventConversationStatus, TenantID: "a", ConversationID: "cv_1", Conversation: &kefu.Conversation{ID: "cv_1", TenantID: "a", Status: kefu.StatusQueued}})
	emit(t, st, bus, messageEvent("quiet", "cv_2", "hi"))
	emit(t, st, bus, messageEvent("nosuchtenant", "cv_3", "hi"))
	waitFor(t, "three deliveries", func() bool { return d.Stats().Delivered == 3 })
	time.Sleep(50 * time.Millisecond) // let any wrong extra delivery arrive

	tests := []struct {
		name string
		ep   *endpoint
		want []string
	}{
		{"all events", all, []string{kefu.EventConversationStatus, kefu.EventMessageCreated}},
		{"filtered", statusOnly, []string{kefu.EventConversationStatus}},
		{"other tenant", other, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, r := range tt.ep.got() {
				got = append(got, r.header.Get(webhook.HeaderEvent))
			}
			slices.Sort(got) // workers run in parallel: no order is promised
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("events = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestRetries(t *testing.T) {
	tests := []struct {
		name          string
		statuses      []int
		maxAttempts   int
		wantRequests  int
		wantDelivered int64
		wantFailed    int64
	}{
		{"ok first time", []int{200}, 3, 1, 1, 0},
		{"500 then ok", []int{500, 200}, 3, 2, 1, 0},
		{"429 and 503 then ok", []int{429, 503, 204}, 6, 3, 1, 0},
		{"gives up after max attempts", []int{500}, 3, 3, 0, 1},
		{"default max attempts", []int{502}, 0, webhook.DefaultMaxAttempts, 0, 1},
		{"4xx is permanent", []int{400}, 5, 1, 0, 1},
		{"redirect is not followed", []int{302}, 5, 1, 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := MustOpenStore(t)
			bus := inmem.NewEventService()
			ep := newEndpoint(t, tt.statuses...)
			MustCreateTenant(t, st, "shop", kefu.Webhook{URL: ep.URL, Secret: "k"})
			d := MustOpenDispatcher(t, st, bus, func(d *webhook.Dispatcher) { d.MaxAttempts = tt.maxAttempts })

			emit(t, st, bus, messageEvent("shop", "cv_1", "hello"))
			waitFor(t, "the delivery to end", func() bool {
				s := d.Stats()
				return s.Delivered+s.Failed == 1
			})
			time.Sleep(60 * time.Millisecond) // a wrong extra retry would land now

			reqs := ep.got()
			if len(reqs) != tt.wantRequests {
				t.Fatalf("requests = %d, want %d", len(reqs), tt.wantRequests)
			}
			if s := d.Stats(); s.Delivered != tt.wantDelivered || s.Failed != tt.wantFailed {
				t.Errorf("stats = %+v, want delivered %d failed %d", s, tt.wantDelivered, tt.wantFailed)
			}
			id := reqs[0].header.Get(webhook.HeaderDelivery)
			for i, r := range reqs {
				if got := r.header.Get(webhook.HeaderDelivery); got != id {
					t.Errorf("request %d has delivery ID %q, want the first one's %q", i, got, id)
				}
				if !webhook.Verify("k", r.body, r.header.Get(webhook.HeaderSignature)) {
					t.Errorf("request %d: bad signature", i)
				}
			}
		})
	}
}

func TestNetworkErrorRetried(t *testing.T) {
	st := MustOpenStore(t)
	bus := inmem.NewEventService()
	// A server that is closed at once: connections are refused.
	dead := httptest.NewServer(http.NotFoundHandler())
	dead.Close()
	MustCreateTenant(t, st, "shop", kefu.Webhook{URL: dead.URL, Secret: "k"})
	d := MustOpenDispatcher(t, st, bus, func(d *webhook.Dispatcher) { d.MaxAttempts = 3 })
	emit(t, st, bus, messageEvent("shop", "cv_1", "hello"))
	waitFor(t, "the delivery to fail", func() bool { return d.Stats().Failed == 1 })
}

// storedBefore is a store whose tenants have webhooks that stores now
// reject (kefu.Webhook.Validate), as a tenant written before that rule
// may still have.
type storedBefore struct {
	kefu.Store
	hooks []kefu.Webhook
}

func (s storedBefore) FindTenantByID(ctx context.Context, id string) (*kefu.Tenant, error) {
	t, err := s.Store.FindTenantByID(ctx, id)
	if err == nil {
		t.Settings.Webhooks = s.hooks
	}
	return t, err
}

func (s storedBefore) FindTenants(ctx context.Context) ([]*kefu.Tenant, error) {
	ts, err := s.Store.FindTenants(ctx)
	for _, t := range ts {
		t.Settings.Webhooks = s.hooks
	}
	return ts, err
}

func TestBadURLNotRetried(t *testing.T) {
	st := storedBefore{Store: MustOpenStore(t), hooks: []kefu.Webhook{
		{URL: "ftp://example.com/hook", Secret: "k"},
		{URL: "http://[::1", Secret: "k"},
	}}
	bus := inmem.NewEventService()
	MustCreateTenant(t, st, "shop")
	d := MustOpenDispatcher(t, st, bus, func(d *webhook.Dispatcher) { d.MaxAttempts = 5 })
	emit(t, st, bus, messageEvent("shop", "cv_1", "hello"))
	waitFor(t, "both deliveries to fail", func() bool { return d.Stats().Failed == 2 })
	time.Sleep(50 * time.Millisecond)
	if s := d.Stats(); s.Failed != 2 || s.Delivered != 0 {
		t.Errorf("stats = %+v, want 2 failed at once", s)
	}
}

// TestSlowEndpointHoldsEventsInTheLog: a stuck endpoint does not slow
// writers down (they only append), the dispatcher takes no more events
// than QueueSize, drops nothing while open, and Close leaves the events
// it did not finish in the log.
func TestSlowEndpointHoldsEventsInTheLog(t *testing.T) {
	st := MustOpenStore(t)
	bus := inmem.NewEventService()
	release := make(chan struct{})
	var once sync.Once
	unblock := func() { once.Do(func() { close(release) }) }
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	t.Cleanup(slow.Close)
	t.Cleanup(unblock) // runs before slow.Close
	MustCreateTenant(t, st, "shop", kefu.Webhook{URL: slow.URL, Secret: "k"})
	d := MustOpenDispatcher(t, st, bus, func(d *webhook.Dispatcher) {
		d.Workers = 1
		d.QueueSize = 4
		d.DrainTime = 100 * time.Millisecond
	})

	const n = 200
	start := time.Now()
	for i := range n {
		emit(t, st, bus, messageEvent("shop", "cv_1", "msg "+string(rune('a'+i%26))))
	}
	if elapsed := time.Since(start); elapsed > 10*time.Second {
		t.Fatalf("appending %d events took %v: the slow webhook held up writers", n, elapsed)
	}
	time.Sleep(100 * time.Millisecond) // let the dispatcher claim what it may
	if s := d.Stats(); s.Dropped != 0 || s.Acked != 0 {
		t.Errorf("stats = %+v, want nothing dropped or acknowledged while the endpoint hangs", s)
	}
	if bus.Subscribers() != 1 {
		t.Errorf("bus subscribers = %d, want the dispatcher still listening", bus.Subscribers())
	}

	// Close gives up on the stuck deliveries after DrainTime.
	start = time.Now()
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	if elapsed := time.Since(start); elapsed > 3*time.Second {
		t.Errorf("Close took %v with a stuck endpoint", elapsed)
	}
	// At most QueueSize events were claimed (and are leased); the rest
	// wait in the log for the next dispatcher.
	ready, err := st.ClaimEvents(context.Background(), webhook.DefaultConsumer, 1000, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if len(ready) < n-4 {
		t.Errorf("%d events ready in the log after Close, want at least %d", len(ready), n-4)
	}
}

// TestEventsBeforeOpenDelivered: events committed while no dispatcher ran
// (the node died between a commit and the delivery) are delivered when
// one starts.
func TestEventsBeforeOpenDelivered(t *testing.T) {
	st := MustOpenStore(t)
	bus := inmem.NewEventService()
	ep := newEndpoint(t)
	MustCreateTenant(t, st, "shop", kefu.Webhook{URL: ep.URL, Secret: "k"})
	// A dispatcher has run once (the consumer is registered), then the
	// node was down while events were appended.
	first := MustOpenDispatcher(t, st, bus, nil)
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}
	emit(t, st, bus, messageEvent("shop", "cv_1", "one"))
	emit(t, st, bus, messageEvent("shop", "cv_1", "two"))
	d := MustOpenDispatcher(t, st, bus, nil)
	waitFor(t, "two deliveries", func() bool { return d.Stats().Acked == 2 })
	if got := len(ep.got()); got != 2 {
		t.Errorf("endpoint got %d requests, want 2", got)
	}
}

// TestRedeliveryAfterLease: a dispatcher that stops mid-delivery leaves
// the event in the log; another claims it once the lease runs out and
// delivers it with the same delivery ID.
func TestRedeliveryAfterLease(t *testing.T) {
	st := MustOpenStore(t)
	bus := inmem.NewEventService()
	var (
		mu    sync.Mutex // guards hang, ids
		hang  = true
		ids   []string
		first = make(chan struct{})
	)
	var once sync.Once
	ep := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Reading the body lets the server notice the client going away.
		_, _ = io.ReadAll(r.Body)
		mu.Lock()
		ids = append(ids, r.Header.Get(webhook.HeaderDelivery))
		h := hang
		mu.Unlock()
		if h {
			once.Do(func() { close(first) })
			<-r.Context().Done() // the node "dies" with the request open
			return
		}
		w.WriteHeader(http.StatusNoContent)
	}))
	t.Cleanup(ep.Close)
	MustCreateTenant(t, st, "shop", kefu.Webhook{URL: ep.URL, Secret: "k"})
	const lease = 300 * time.Millisecond
	a := MustOpenDispatcher(t, st, bus, func(d *webhook.Dispatcher) {
		d.Lease = lease
		d.Timeout = 100 * time.Millisecond
		d.MaxAttempts = 1
		d.DrainTime = 10 * time.Millisecond
	})
	emit(t, st, bus, messageEvent("shop", "cv_1", "hello"))
	<-first
	a.Close()
	if s := a.Stats(); s.Acked != 0 || s.Dropped != 1 {
		t.Fatalf("first node stats = %+v, want the delivery dropped and the event not acknowledged", s)
	}
	mu.Lock()
	hang = false
	mu.Unlock()

	b := MustOpenDispatcher(t, st, bus, func(d *webhook.Dispatcher) { d.Lease = lease })
	waitFor(t, "the redelivery", func() bool { return b.Stats().Acked == 1 })
	if s := b.Stats(); s.Redelivered != 1 || s.Delivered != 1 {
		t.Errorf("second node stats = %+v, want 1 redelivered and delivered", s)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(ids) != 2 || ids[0] != ids[1] {
		t.Errorf("delivery IDs %v, want the same ID twice", ids)
	}
}

// TestTwoNodesDeliverOnce: dispatchers on two handles of one database
// (two nodes) share the events, and each event reaches the endpoint once.
func TestTwoNodesDeliverOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kefu.db")
	open := func() kefu.Store {
		db, err := sqlite.Open(context.Background(), path, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return db
	}
	st1, st2 := open(), open()
	bus1, bus2 := inmem.NewEventService(), inmem.NewEventService()
	ep := newEndpoint(t)
	MustCreateTenant(t, st1, "shop", kefu.Webhook{URL: ep.URL, Secret: "k"})
	d1 := MustOpenDispatcher(t, st1, bus1, nil)
	d2 := MustOpenDispatcher(t, st2, bus2, nil)

	const n = 60
	for i := range n {
		st, bus := st1, bus1
		if i%2 == 1 {
			st, bus = st2, bus2
		}
		emit(t, st, bus, messageEvent("shop", "cv_1", "msg"))
	}
	waitFor(t, "every event acknowledged", func() bool { return d1.Stats().Acked+d2.Stats().Acked == n })
	time.Sleep(50 * time.Millisecond) // a wrong second delivery would land now
	seen := map[string]int{}
	for _, r := range ep.got() {
		seen[r.header.Get(webhook.HeaderDelivery)]++
	}
	if len(seen) != n {
		t.Errorf("%d distinct deliveries, want %d", len(seen), n)
	}
	for id, c := range seen {
		if c != 1 {
			t.Errorf("delivery %s made %d times", id, c)
		}
	}
	t.Logf("node 1 delivered %d, node 2 %d", d1.Stats().Delivered, d2.Stats().Delivered)
}

func TestCloseCancelsScheduledRetries(t *testing.T) {
	st := MustOpenStore(t)
	bus := inmem.NewEventService()
	ep := newEndpoint(t, 500)
	MustCreateTenant(t, st, "shop", kefu.Webhook{URL: ep.URL, Secret: "k"})
	d := MustOpenDispatcher(t, st, bus, func(d *webhook.Dispatcher) {
		d.BaseDelay = time.Hour
		d.MaxDelay = time.Hour
	})
	emit(t, st, bus, messageEvent("shop", "cv_1", "hello"))
	waitFor(t, "the first attempt", func() bool { return len(ep.got()) == 1 })
	time.Sleep(20 * time.Millisecond)
	start := time.Now()
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	if elapsed := time.Since(start); elapsed > time.Second {
		t.Errorf("Close took %v", elapsed)
	}
	if s := d.Stats(); s.Dropped != 1 {
		t.Errorf("stats = %+v, want the scheduled retry dropped", s)
	}
}

func TestSign(t *testing.T) {
	// Known answer: printf '{"a":1}' | openssl dgst -sha256 -hmac key
	const want = "sha256=88a67f24bbcdaed0e6c997404bb79a743baf44c6bab2f4c27328e3009d22e342"
	if got := webhook.Sign("key", []byte(`{"a":1}`)); got != want {
		t.Fatalf("Sign = %q, want %q", got, want)
	}
	if !webhook.Verify("key", []byte(`{"a":1}`), want) {
		t.Error("Verify rejects a good signature")
	}
	if webhook.Verify("key", []byte(`{"a":2}`), want) {
		t.Error("Verify accepts a signature of another body")
	}
}

// syncBuffer is a log sink safe for the dispatcher's goroutines.
type syncBuffer struct {
	mu sync.Mutex // guards b
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestWebhookLogsRedactURLs checks that no log line of a failed delivery
// (refused, unreachable, malformed URL; retried and given up) holds the
// secrets a webhook URL may carry in its query or userinfo.
func TestWebhookLogsRedactURLs(t *testing.T) {
	const secret = "s3cr3t-in-url"
	refusing := newEndpoint(t, http.StatusBadRequest)
	failing := newEndpoint(t, http.StatusInternalServerError)
	dead := httptest.NewServer(http.NotFoundHandler())
	dead.Close()
	withSecrets := func(base string) string {
		return strings.Replace(base, "http://", "http://agent:"+secret+"@", 1) + "/hook?token=" + secret + "&id=1"
	}
	tests := []struct {
		name string
		url  string
	}{
		{"refused", withSecrets(refusing.URL)},
		{"retried then given up", withSecrets(failing.URL)},
		{"unreachable", withSecrets(dead.URL)},
		{"malformed", "http://[::1/hook?token=" + secret},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var logs syncBuffer
			st := storedBefore{Store: MustOpenStore(t), hooks: []kefu.Webhook{{URL: tt.url, Secret: "k"}}}
			bus := inmem.NewEventService()
			MustCreateTenant(t, st, "shop")
			d := MustOpenDispatcher(t, st, bus, func(d *webhook.Dispatcher) {
				d.MaxAttempts = 2
				d.Logger = slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
			})
			emit(t, st, bus, messageEvent("shop", "cv_1", "hello"))
			waitFor(t, "the delivery to fail", func() bool { return d.Stats().Failed == 1 })
			d.Close()
			out := logs.String()
			if !strings.Contains(out, "webhook: delivery failed") {
				t.Fatalf("no failure logged:\n%s", out)
			}
			if strings.Contains(out, secret) {
				t.Errorf("the log holds the URL's secret:\n%s", out)
			}
		})
	}
}

// TestForgetActivatesAtOnce: a webhook added to a shop while no shop had
// one is used as soon as the dispatcher is told of the settings change,
// not after CacheTTL.
func TestForgetActivatesAtOnce(t *testing.T) {
	st := MustOpenStore(t)
	bus := inmem.NewEventService()
	ep := newEndpoint(t)
	MustCreateTenant(t, st, "shop")
	d := MustOpenDispatcher(t, st, bus, func(d *webhook.Dispatcher) { d.CacheTTL = time.Hour })
	ctx := context.Background()
	// Another consumer keeps the log's events, so the one below waits
	// for the dispatcher to register rather than being dropped.
	if _, err := st.ClaimEvents(ctx, "other", 1, time.Minute); err != nil {
		t.Fatal(err)
	}
	shop, err := st.FindTenantByID(ctx, "shop")
	if err != nil {
		t.Fatal(err)
	}
	shop.Settings.Webhooks = []kefu.Webhook{{URL: ep.URL, Secret: "k"}}
	if err := st.UpdateTenantSettings(ctx, "shop", shop.Settings); err != nil {
		t.Fatal(err)
	}
	d.Forget("shop")
	emit(t, st, bus, messageEvent("shop", "cv_1", "one"))
	waitFor(t, "the delivery", func() bool { return len(ep.got()) == 1 })
}
