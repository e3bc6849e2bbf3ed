package ingest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	mrand "math/rand/v2"
	"sync"
	"testing"
	"time"

	paho "github.com/eclipse/paho.mqtt.golang"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/testenv"
)

// The broker tests publish a shop's loggers' readings — out of order,
// overlapping (the same reading in two messages) and with messages sent
// twice — and check that every reading reaches the sink, once, across a
// restart of the consumer while the store was failing: what was not
// committed was not acknowledged and comes again.

// fleet is the messages of one test's loggers.
type fleet struct {
	tenant  string
	devices []string
	msgs    []fleetMsg // in publishing order
	want    []kefu.Reading
}

type fleetMsg struct {
	device  string
	payload []byte
}

func randomID() string {
	b := make([]byte, 4)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// newFleet makes devices × perDevice messages of readings each; each
// message repeats the last two readings of the one before, the readings
// of a message are shuffled, the messages are shuffled, and every fifth
// is sent twice.
func newFleet(tb testing.TB, devices, perDevice, readings int) *fleet {
	tb.Helper()
	f := &fleet{tenant: "t-" + randomID()}
	rnd := mrand.New(mrand.NewPCG(1, 2))
	seen := map[string]bool{}
	for d := range devices {
		dev := fmt.Sprintf("logger-%d", d)
		f.devices = append(f.devices, dev)
		for m := range perDevice {
			var rs []kefu.Reading
			for k := max(m*readings-2, 0); k < (m+1)*readings; k++ {
				r := reading(dev, time.Duration(k+1)*time.Minute, float64(k%10)-2)
				rs = append(rs, r)
				if !seen[key(f.tenant, r)] {
					seen[key(f.tenant, r)] = true
					f.want = append(f.want, r)
				}
			}
			rnd.Shuffle(len(rs), func(i, j int) { rs[i], rs[j] = rs[j], rs[i] })
			// Half the messages name their device, half leave it to the topic.
			name := ""
			if m%2 == 0 {
				name = dev
			}
			f.msgs = append(f.msgs, fleetMsg{dev, payload(tb, name, rs...)})
		}
	}
	rnd.Shuffle(len(f.msgs), func(i, j int) { f.msgs[i], f.msgs[j] = f.msgs[j], f.msgs[i] })
	var out []fleetMsg
	for i, m := range f.msgs {
		out = append(out, m)
		if i%5 == 0 {
			out = append(out, m)
		}
	}
	f.msgs = out
	return f
}

func (f *fleet) sink() *fakeSink { return newSink().withTenantDevices(f.tenant, f.devices...) }

// waitStored waits until the sink holds every reading of the fleet, and
// no other.
func (f *fleet) waitStored(tb testing.TB, sink *fakeSink, p *Pipeline) {
	tb.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for sink.count() < len(f.want) && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	missing := 0
	for _, r := range f.want {
		if !sink.has(f.tenant, r) {
			missing++
		}
	}
	if missing > 0 || sink.count() != len(f.want) {
		tb.Fatalf("%d of %d readings stored, %d missing (pipeline %+v)", sink.count(), len(f.want), missing, p.Stats())
	}
}

// flakySink passes the first ok calls to sink, then fails until healed:
// the store going down under the first consumer.
type flakySink struct {
	sink   *fakeSink
	mu     sync.Mutex
	ok     int
	failed chan struct{} // closed at the first failure
	once   sync.Once
}

func (s *flakySink) AddReadings(ctx context.Context, tenantID string, rs []kefu.Reading) (int, error) {
	s.mu.Lock()
	pass := s.ok > 0
	s.ok--
	s.mu.Unlock()
	if pass {
		return s.sink.AddReadings(ctx, tenantID, rs)
	}
	s.once.Do(func() { close(s.failed) })
	return 0, errors.New("database is down")
}

// consumer starts a broker consumer feeding p; it returns its Close.
type consumer func(tb testing.TB, p *Pipeline) func()

// publisher sends one message of a device; it returns when the broker
// has it.
type publisher func(tb testing.TB, device string, payload []byte)

// runRestart publishes the first half of the fleet to a consumer whose
// store fails after a few commits, closes it, publishes the rest while
// no consumer runs, and starts a new consumer on a healthy store: every
// reading must be stored once.
func runRestart(t *testing.T, f *fleet, start consumer, publish publisher) {
	sink := f.sink()
	flaky := &flakySink{sink: sink, ok: 3, failed: make(chan struct{})}
	p1 := MustOpen(t, &Pipeline{Sink: flaky, BatchSize: 50, RetryDelay: 5 * time.Millisecond, DrainTime: 200 * time.Millisecond})
	stop1 := start(t, p1)
	half := len(f.msgs) / 2
	for _, m := range f.msgs[:half] {
		publish(t, m.device, m.payload)
	}
	select {
	case <-flaky.failed:
	case <-time.After(20 * time.Second):
		t.Fatalf("the first consumer made no commits (%+v)", p1.Stats())
	}
	p1.Close()
	stop1()
	st1 := p1.Stats()
	t.Logf("first consumer: %+v", st1)
	if st1.Stored == 0 {
		t.Errorf("nothing committed before the store went down")
	}
	for _, m := range f.msgs[half:] {
		publish(t, m.device, m.payload)
	}
	p2 := MustOpen(t, &Pipeline{Sink: sink, BatchSize: 500})
	stop2 := start(t, p2)
	defer stop2()
	f.waitStored(t, sink, p2)
	t.Logf("second consumer: %+v", p2.Stats())
	if q := p2.Stats().QuarantinedTotal(); q != 0 {
		t.Errorf("%d quarantined: %+v", q, p2.Rejections())
	}
}

// mqttPublisher connects a QoS 1 publisher to url.
func mqttPublisher(tb testing.TB, url, tenant string) publisher {
	tb.Helper()
	c := paho.NewClient(paho.NewClientOptions().AddBroker(url).SetClientID("kefu-test-pub-" + randomID()).SetCleanSession(true))
	if tok := c.Connect(); !tok.WaitTimeout(10*time.Second) || tok.Error() != nil {
		testenv.Unavailable(tb, fmt.Sprintf("MQTT broker %s: %v", url, tok.Error()))
	}
	tb.Cleanup(func() { c.Disconnect(100) })
	return func(tb testing.TB, device string, payload []byte) {
		tb.Helper()
		tok := c.Publish("kefu/"+tenant+"/telemetry/"+device, 1, false, payload)
		if !tok.WaitTimeout(10*time.Second) || tok.Error() != nil {
			tb.Fatalf("MQTT publish: %v", tok.Error())
		}
	}
}

// mqttConsumer starts MQTT subscribers with one persistent session,
// removed when the test ends.
func mqttConsumer(url, tenant string) consumer {
	id := "kefu-test-" + randomID()
	return func(tb testing.TB, p *Pipeline) func() {
		tb.Helper()
		m := &MQTT{Broker: url, ClientID: id, Topic: "kefu/" + tenant + "/telemetry/+", Pipeline: p}
		if err := m.Open(); err != nil {
			tb.Fatal(err)
		}
		tb.Cleanup(func() {
			// End the persistent session.
			c := paho.NewClient(paho.NewClientOptions().AddBroker(url).SetClientID(id).SetCleanSession(true))
			if tok := c.Connect(); tok.WaitTimeout(5*time.Second) && tok.Error() == nil {
				c.Disconnect(100)
			}
		})
		return func() { m.Close() }
	}
}

// jsPublisher publishes with JetStream acknowledgements over nc.
func jsPublisher(tb testing.TB, nc *nats.Conn, tenant string) publisher {
	tb.Helper()
	js, err := jetstream.New(nc)
	if err != nil {
		tb.Fatal(err)
	}
	return func(tb testing.TB, device string, payload []byte) {
		tb.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if _, err := js.Publish(ctx, "kefu."+tenant+".telemetry."+device, payload); err != nil {
			tb.Fatalf("JetStream publish: %v", err)
		}
	}
}

// jsConsumer starts JetStream consumers on connections from dial.
func jsConsumer(dial func(tb testing.TB) *nats.Conn, stream, subject string) consumer {
	return func(tb testing.TB, p *Pipeline) func() {
		tb.Helper()
		j := &JetStream{Conn: dial(tb), Stream: stream, Subject: subject, AckWait: 2 * time.Second, Pipeline: p}
		if err := j.Open(); err != nil {
			tb.Fatal(err)
		}
		return func() { j.Close() }
	}
}

func natsDial(url string) func(tb testing.TB) *nats.Conn {
	return func(tb testing.TB) *nats.Conn {
		tb.Helper()
		nc, err := nats.Connect(url)
		if err != nil {
			testenv.Unavailable(tb, fmt.Sprintf("NATS %s: %v", url, err))
		}
		tb.Cleanup(nc.Close)
		return nc
	}
}

func TestMQTTMosquitto(t *testing.T) {
	url := testenv.MQTTURL(t)
	// Mosquitto queues at most 1000 messages for an absent session by
	// default: stay under it.
	f := newFleet(t, 10, 20, 30)
	runRestart(t, f, mqttConsumer(url, f.tenant), mqttPublisher(t, url, f.tenant))
}

func TestJetStreamNATS(t *testing.T) {
	url := testenv.NATSURL(t)
	f := newFleet(t, 10, 30, 30)
	stream := "KEFU_TEST_" + randomID()
	nc := natsDial(url)(t)
	t.Cleanup(func() {
		if js, err := jetstream.New(nc); err == nil {
			js.DeleteStream(context.Background(), stream)
		}
	})
	runRestart(t, f, jsConsumer(natsDial(url), stream, "kefu."+f.tenant+".telemetry.*"), jsPublisher(t, nc, f.tenant))
}

// openBroker starts an embedded broker in dir.
func openBroker(tb testing.TB, dir string) *Broker {
	tb.Helper()
	b := &Broker{Dir: dir}
	if err := b.Open(); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { b.Close() })
	return b
}

func TestEmbeddedBroker(t *testing.T) {
	// Loggers publish over MQTT and NATS to the embedded server; its
	// JetStream consumer takes both. The broker restarts too, keeping
	// what it was sent.
	dir := t.TempDir()
	f := newFleet(t, 8, 20, 60)
	b := openBroker(t, dir)
	var mu sync.Mutex // guards b
	broker := func() *Broker { mu.Lock(); defer mu.Unlock(); return b }
	dial := func(tb testing.TB) *nats.Conn {
		nc, err := broker().Connect()
		if err != nil {
			tb.Fatal(err)
		}
		tb.Cleanup(nc.Close)
		return nc
	}
	start := jsConsumer(dial, "", "")
	// Even devices publish over MQTT, odd ones over NATS; publishers
	// reconnect after the broker restarted.
	var pubMQTT, pubNATS publisher
	var pubBroker *Broker
	publish := func(tb testing.TB, device string, payload []byte) {
		if cur := broker(); pubBroker != cur {
			pubBroker = cur
			pubMQTT = mqttPublisher(tb, cur.MQTTURL(), f.tenant)
			pubNATS = jsPublisher(tb, dial(tb), f.tenant)
		}
		var n int
		fmt.Sscanf(device, "logger-%d", &n)
		if n%2 == 0 {
			pubMQTT(tb, device, payload)
		} else {
			pubNATS(tb, device, payload)
		}
	}
	restart := func(tb testing.TB, p *Pipeline) func() {
		stop := start(tb, p)
		return func() {
			stop()
			mu.Lock()
			defer mu.Unlock()
			b.Close()
			b = openBroker(tb, dir)
		}
	}
	first := true
	runRestart(t, f, func(tb testing.TB, p *Pipeline) func() {
		if first {
			first = false
			return restart(tb, p)
		}
		return start(tb, p)
	}, publish)
}

func TestEmbeddedBrokerMQTTSubscriber(t *testing.T) {
	// kefu's MQTT subscriber against nats-server's MQTT: persistent
	// session, manual acks.
	b := &Broker{Dir: t.TempDir(), MQTTAckWait: time.Second}
	if err := b.Open(); err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	f := newFleet(t, 5, 20, 30)
	runRestart(t, f, mqttConsumer(b.MQTTURL(), f.tenant), mqttPublisher(t, b.MQTTURL(), f.tenant))
}

func TestMQTTBadTopicAndPayload(t *testing.T) {
	b := openBroker(t, t.TempDir())
	sink := newSink().withTenantDevices("shop", "d1")
	p := MustOpen(t, &Pipeline{Sink: sink, MaxPayloadBytes: 1024})
	m := &MQTT{Broker: b.MQTTURL(), ClientID: "kefu-test-" + randomID(), Topic: "kefu/#", Pipeline: p}
	if err := m.Open(); err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	pub := paho.NewClient(paho.NewClientOptions().AddBroker(b.MQTTURL()).SetClientID("pub-" + randomID()))
	if tok := pub.Connect(); !tok.WaitTimeout(5*time.Second) || tok.Error() != nil {
		t.Fatal(tok.Error())
	}
	defer pub.Disconnect(100)
	send := func(topic string, payload []byte) {
		if tok := pub.Publish(topic, 1, false, payload); !tok.WaitTimeout(5*time.Second) || tok.Error() != nil {
			t.Fatal(tok.Error())
		}
	}
	good := reading("d1", time.Hour, 4)
	send("kefu/shop/status/d1", payload(t, "", good))                           // bad_topic
	send("kefu/shop/telemetry/d1", []byte("{not json"))                         // malformed
	send("kefu/shop/telemetry/d1", make([]byte, 2048))                          // too_large
	send("kefu/shop/telemetry/d1", payload(t, "d7", good))                      // device_mismatch
	send("kefu/shop/telemetry/d2", payload(t, "", reading("d2", time.Hour, 1))) // unknown_device
	send("kefu/shop/telemetry/d1", payload(t, "", good))                        // stored
	deadline := time.Now().Add(10 * time.Second)
	for p.Stats().Acked < 6 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	st := p.Stats()
	for _, r := range []Reason{ReasonBadTopic, ReasonMalformed, ReasonTooLarge, ReasonDeviceMismatch, ReasonUnknownDevice} {
		if st.Quarantined[r] != 1 {
			t.Errorf("quarantined[%s] = %d, want 1 (%+v)", r, st.Quarantined[r], p.Rejections())
		}
	}
	if !sink.has("shop", good) || st.Stored != 1 || st.Acked != 6 {
		t.Errorf("stats %+v", st)
	}
}

func TestEmbeddedBrokerDottedDevice(t *testing.T) {
	// nats-server writes an MQTT topic's '.' as "//" in the subject; the
	// JetStream consumer maps it back.
	b := openBroker(t, t.TempDir())
	sink := newSink().withTenantDevices("shop", "box.7")
	p := MustOpen(t, &Pipeline{Sink: sink})
	nc, err := b.Connect()
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	j := &JetStream{Conn: nc, Pipeline: p}
	if err := j.Open(); err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	r := reading("box.7", time.Hour, 2)
	mqttPublisher(t, b.MQTTURL(), "shop")(t, "box.7", payload(t, "", r))
	for deadline := time.Now().Add(10 * time.Second); !sink.has("shop", r) && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
	if !sink.has("shop", r) {
		t.Fatalf("reading of box.7 not stored: %+v %+v", p.Stats(), p.Rejections())
	}
}
