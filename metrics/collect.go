package metrics

import (
	"cmp"
	"context"
	"log/slog"
	"maps"
	"slices"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/prometheus/client_golang/prometheus"
)

// MaxQueueShops bounds the shops kefu_queue_conversations names: the
// shops with the longest queues; the others are summed under the shop
// label OtherShops.
const MaxQueueShops = 50

// OtherShops is the shop label of the queued conversations of the shops
// beyond MaxQueueShops. Parentheses never occur in a shop ID.
const OtherShops = "(other)"

// DefaultCollectTimeout bounds the store queries of one scrape.
const DefaultCollectTimeout = 2 * time.Second

// StoreSource is what the store collector reads at each scrape.
type StoreSource struct {
	// Health is the store.
	Health kefu.StoreHealth
	// Pool returns the connection pool's statistics; nil when the store
	// has none to tell.
	Pool func() PoolStats
	// Timeout bounds the queries of one scrape; 0 means
	// DefaultCollectTimeout.
	Timeout time.Duration
	// Now is the clock event ages are measured with; nil means time.Now.
	Now kefu.Clock
	// Logger receives the queries' failures; nil means slog.Default().
	Logger *slog.Logger
}

// PoolStats are a store's connection statistics.
type PoolStats struct {
	// Max is the most connections the pool opens; InUse and Idle are
	// its connections now.
	Max, InUse, Idle int
	// Waits counts the connection requests that had to wait since the
	// store opened, WaitTime their waiting in all.
	Waits    int64
	WaitTime time.Duration
	// QueuedWrites is how many writes wait for SQLite's group committer;
	// -1 for stores without one.
	QueuedWrites int
}

// WatchStore registers the store collector: at each scrape it pings the
// store and reads the human queue per shop, the event log's backlog per
// consumer and the pool statistics.
func (m *Metrics) WatchStore(src StoreSource) {
	m.reg.MustRegister(&storeCollector{src: src})
}

var (
	descStoreUp       = prometheus.NewDesc("kefu_store_up", "1 when the store answered the scrape's ping, else 0.", nil, nil)
	descStorePing     = prometheus.NewDesc("kefu_store_ping_seconds", "Time of the scrape's ping to the store.", nil, nil)
	descQueue         = prometheus.NewDesc("kefu_queue_conversations", "Conversations waiting in the human queue, per shop (the longest queues; "+OtherShops+" sums the rest).", []string{"shop"}, nil)
	descBacklog       = prometheus.NewDesc("kefu_event_backlog", "Events of the durable log a consumer has not acknowledged (counted up to 100,000).", []string{"consumer"}, nil)
	descBacklogAge    = prometheus.NewDesc("kefu_event_backlog_oldest_age_seconds", "Age of the oldest event a consumer has not acknowledged; 0 when none.", []string{"consumer"}, nil)
	descConns         = prometheus.NewDesc("kefu_db_connections", "The store's open connections, by state.", []string{"state"}, nil)
	descConnsMax      = prometheus.NewDesc("kefu_db_connections_max", "The most connections the store's pool opens.", nil, nil)
	descConnWaits     = prometheus.NewDesc("kefu_db_connection_waits_total", "Connection requests that had to wait for a free connection.", nil, nil)
	descConnWaitTime  = prometheus.NewDesc("kefu_db_connection_wait_seconds_total", "Time spent waiting for a free connection.", nil, nil)
	descQueuedWrites  = prometheus.NewDesc("kefu_db_queued_writes", "Writes waiting for SQLite's group committer (at most 1,024).", nil, nil)
	descIntentModel   = prometheus.NewDesc("kefu_intent_model_info", "The intent model in service: 1, labelled with its version.", []string{"version"}, nil)
	descBusSubs       = prometheus.NewDesc("kefu_bus_subscribers", "Live event subscriptions (websockets of widgets and consoles) on this node.", nil, nil)
	descIngestMsgs    = prometheus.NewDesc("kefu_ingest_messages_total", "Telemetry messages (MQTT, NATS, HTTP batches) submitted to the ingest pipeline.", nil, nil)
	descIngestAcks    = prometheus.NewDesc("kefu_ingest_acks_total", "Broker messages acknowledged after commit (ack) or handed back uncommitted (nak).", []string{"result"}, nil)
	descIngestReads   = prometheus.NewDesc("kefu_ingest_readings_total", "Telemetry readings by what became of them: received (decoded), stored (new), duplicate.", []string{"result"}, nil)
	descIngestQuar    = prometheus.NewDesc("kefu_ingest_quarantined_total", "Telemetry readings or messages refused, by reason.", []string{"reason"}, nil)
	descIngestCommits = prometheus.NewDesc("kefu_ingest_commits_total", "Batches of readings committed to the store.", nil, nil)
	descIngestRetries = prometheus.NewDesc("kefu_ingest_retries_total", "Batches whose commit failed and was retried.", nil, nil)
	descIngestQueued  = prometheus.NewDesc("kefu_ingest_queued_messages", "Telemetry messages waiting in the ingest pipeline's queue.", nil, nil)
)

type storeCollector struct{ src StoreSource }

func (c *storeCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{descStoreUp, descStorePing, descQueue, descBacklog, descBacklogAge} {
		ch <- d
	}
	if c.src.Pool != nil {
		for _, d := range []*prometheus.Desc{descConns, descConnsMax, descConnWaits, descConnWaitTime, descQueuedWrites} {
			ch <- d
		}
	}
}

func (c *storeCollector) Collect(ch chan<- prometheus.Metric) {
	if p := c.src.Pool; p != nil {
		s := p()
		ch <- prometheus.MustNewConstMetric(descConns, prometheus.GaugeValue, float64(s.InUse), "in_use")
		ch <- prometheus.MustNewConstMetric(descConns, prometheus.GaugeValue, float64(s.Idle), "idle")
		ch <- prometheus.MustNewConstMetric(descConnsMax, prometheus.GaugeValue, float64(s.Max))
		ch <- prometheus.MustNewConstMetric(descConnWaits, prometheus.CounterValue, float64(s.Waits))
		ch <- prometheus.MustNewConstMetric(descConnWaitTime, prometheus.CounterValue, s.WaitTime.Seconds())
		if s.QueuedWrites >= 0 {
			ch <- prometheus.MustNewConstMetric(descQueuedWrites, prometheus.GaugeValue, float64(s.QueuedWrites))
		}
	}
	timeout := cmp.Or(c.src.Timeout, DefaultCollectTimeout)
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	logger := c.src.Logger
	if logger == nil {
		logger = slog.Default()
	}
	start := time.Now()
	if err := c.src.Health.Ping(ctx); err != nil {
		logger.Warn("metrics: store ping failed", slog.Any("err", err))
		ch <- prometheus.MustNewConstMetric(descStoreUp, prometheus.GaugeValue, 0)
		return
	}
	ch <- prometheus.MustNewConstMetric(descStoreUp, prometheus.GaugeValue, 1)
	ch <- prometheus.MustNewConstMetric(descStorePing, prometheus.GaugeValue, time.Since(start).Seconds())

	if qs, err := c.src.Health.QueueLengths(ctx); err != nil {
		logger.Warn("metrics: queue lengths", slog.Any("err", err))
	} else {
		for shop, n := range topShops(qs, MaxQueueShops) {
			ch <- prometheus.MustNewConstMetric(descQueue, prometheus.GaugeValue, float64(n), shop)
		}
	}
	if bs, err := c.src.Health.EventBacklog(ctx); err != nil {
		logger.Warn("metrics: event backlog", slog.Any("err", err))
	} else {
		now := c.src.Now.Time()
		for _, b := range bs {
			age := 0.0
			if !b.Oldest.IsZero() {
				age = max(0, now.Sub(b.Oldest).Seconds())
			}
			ch <- prometheus.MustNewConstMetric(descBacklog, prometheus.GaugeValue, float64(b.Pending), b.Consumer)
			ch <- prometheus.MustNewConstMetric(descBacklogAge, prometheus.GaugeValue, age, b.Consumer)
		}
	}
}

// topShops keeps the n shops with the longest queues (ties by ID) and
// sums the others under OtherShops.
func topShops(qs map[string]int, n int) map[string]int {
	if len(qs) <= n {
		return qs
	}
	ids := slices.Collect(maps.Keys(qs))
	slices.SortFunc(ids, func(a, b string) int {
		if c := cmp.Compare(qs[b], qs[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	out := make(map[string]int, n+1)
	for i, id := range ids {
		if i < n {
			out[id] = qs[id]
		} else {
			out[OtherShops] += qs[id]
		}
	}
	return out
}

// WatchModel reports the intent model in service: version returns its
// version (one series at a time; a hot swap replaces it).
func (m *Metrics) WatchModel(version func() string) {
	m.reg.MustRegister(collectorFunc{descs: []*prometheus.Desc{descIntentModel}, collect: func(ch chan<- prometheus.Metric) {
		ch <- prometheus.MustNewConstMetric(descIntentModel, prometheus.GaugeValue, 1, version())
	}})
}

// WatchBus reports the live bus's subscriptions.
func (m *Metrics) WatchBus(subscribers func() int) {
	m.reg.MustRegister(collectorFunc{descs: []*prometheus.Desc{descBusSubs}, collect: func(ch chan<- prometheus.Metric) {
		ch <- prometheus.MustNewConstMetric(descBusSubs, prometheus.GaugeValue, float64(subscribers()))
	}})
}

// IngestStats are the telemetry ingest pipeline's counters since it
// started (ingest.Stats, converted by the caller).
type IngestStats struct {
	Messages, Acked, Naked, Received, Stored, Duplicates, Commits, Retries int64
	Quarantined                                                            map[string]int64 // by reason
	Queued                                                                 int
}

// WatchIngest reports the ingest pipeline's counters; Prometheus derives
// the rates.
func (m *Metrics) WatchIngest(stats func() IngestStats) {
	descs := []*prometheus.Desc{descIngestMsgs, descIngestAcks, descIngestReads, descIngestQuar, descIngestCommits, descIngestRetries, descIngestQueued}
	m.reg.MustRegister(collectorFunc{descs: descs, collect: func(ch chan<- prometheus.Metric) {
		s := stats()
		counter := func(d *prometheus.Desc, v int64, labels ...string) {
			ch <- prometheus.MustNewConstMetric(d, prometheus.CounterValue, float64(v), labels...)
		}
		counter(descIngestMsgs, s.Messages)
		counter(descIngestAcks, s.Acked, "ack")
		counter(descIngestAcks, s.Naked, "nak")
		counter(descIngestReads, s.Received, "received")
		counter(descIngestReads, s.Stored, "stored")
		counter(descIngestReads, s.Duplicates, "duplicate")
		for reason, n := range s.Quarantined {
			counter(descIngestQuar, n, reason)
		}
		counter(descIngestCommits, s.Commits)
		counter(descIngestRetries, s.Retries)
		ch <- prometheus.MustNewConstMetric(descIngestQueued, prometheus.GaugeValue, float64(s.Queued))
	}})
}

// collectorFunc is a collector of the metrics of descs, made by collect.
type collectorFunc struct {
	descs   []*prometheus.Desc
	collect func(chan<- prometheus.Metric)
}

func (c collectorFunc) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range c.descs {
		ch <- d
	}
}

func (c collectorFunc) Collect(ch chan<- prometheus.Metric) { c.collect(ch) }
