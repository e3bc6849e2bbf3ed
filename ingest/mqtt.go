package ingest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	paho "github.com/eclipse/paho.mqtt.golang"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/redact"
)

// Topic and subject defaults.
const (
	// DefaultMQTTTopic is the MQTT subscription: kefu/<shop>/telemetry/<device>.
	DefaultMQTTTopic = "kefu/+/telemetry/+"
	// DefaultMQTTClientID is the MQTT client id. It is stable so that the
	// broker keeps the session, and the QoS 1 messages not yet
	// acknowledged, while kefu restarts; give each kefu node its own.
	DefaultMQTTClientID = "kefu-ingest"
	// DefaultConnectTimeout bounds the first connection to a broker.
	DefaultConnectTimeout = 10 * time.Second
)

// parseTopic splits kefu<sep><shop><sep>telemetry<sep><device> (sep '/'
// for MQTT, '.' for NATS).
func parseTopic(topic string, sep byte) (tenantID, deviceID string, ok bool) {
	parts := strings.Split(topic, string(sep))
	if len(parts) != 4 || parts[0] != "kefu" || parts[2] != "telemetry" || !kefu.ValidTenantID(parts[1]) ||
		parts[3] == "" || len(parts[3]) > kefu.MaxExternalIDLen {
		return "", "", false
	}
	return parts[1], parts[3], true
}

// MQTT subscribes to the devices' topics on an MQTT broker and submits
// their messages to the Pipeline. Set the fields, call Open, Close to
// stop.
//
// It keeps a persistent session (clean session off, a stable ClientID)
// and subscribes with QoS 1, so the broker keeps the messages published
// while kefu is away. A message is acknowledged (PUBACK) only after the
// pipeline committed its readings; a message not acknowledged before a
// disconnect is delivered again on the next connection. While the
// pipeline's queue is full the handler blocks, and the broker stops
// sending once its in-flight window is full. The client reconnects by
// itself.
type MQTT struct {
	// Broker is the broker's URL: tcp://host:1883 (also mqtt://, ssl://,
	// tls://, ws://, wss://).
	Broker string
	// ClientID is the MQTT client id; "" means DefaultMQTTClientID.
	ClientID string
	// Username and Password authenticate to the broker, if set.
	Username, Password string
	// Topic is the subscription; "" means DefaultMQTTTopic. Its matches
	// must have the form kefu/<shop>/telemetry/<device>.
	Topic string
	// Pipeline takes the messages.
	Pipeline *Pipeline
	// Logger receives connection events; nil means slog.Default().
	Logger *slog.Logger
	// ConnectTimeout bounds the first connection; 0 means
	// DefaultConnectTimeout.
	ConnectTimeout time.Duration

	client paho.Client
	ctx    context.Context // canceled by Close: blocked handlers give up
	cancel context.CancelFunc
	once   sync.Once
}

func (m *MQTT) logger() *slog.Logger {
	if m.Logger != nil {
		return m.Logger
	}
	return slog.Default()
}

// Open connects, subscribes and starts submitting messages. It fails if
// the broker cannot be reached within ConnectTimeout.
func (m *MQTT) Open() error {
	if m.Pipeline == nil {
		return errors.New("ingest: MQTT.Pipeline is required")
	}
	topic := m.Topic
	if topic == "" {
		topic = DefaultMQTTTopic
	}
	id := m.ClientID
	if id == "" {
		id = DefaultMQTTClientID
	}
	m.ctx, m.cancel = context.WithCancel(context.Background())
	subscribed := make(chan struct{})
	var subOnce sync.Once
	opts := paho.NewClientOptions().
		AddBroker(m.Broker).
		SetClientID(id).
		SetUsername(m.Username).
		SetPassword(m.Password).
		SetCleanSession(false).
		// The handler blocks while the pipeline is full (backpressure):
		// in order, it holds up the next message, which is what we want.
		SetOrderMatters(true).
		SetAutoAckDisabled(true).
		SetAutoReconnect(true).
		SetMaxReconnectInterval(10 * time.Second).
		SetKeepAlive(30 * time.Second).
		SetConnectTimeout(orDefault(m.ConnectTimeout, DefaultConnectTimeout)).
		SetOnConnectHandler(func(c paho.Client) {
			// The broker remembers the subscription of a persistent
			// session, but a new broker (or one that lost it) does not.
			tok := c.Subscribe(topic, 1, m.handle)
			if !tok.WaitTimeout(orDefault(m.ConnectTimeout, DefaultConnectTimeout)) || tok.Error() != nil {
				m.logger().Error("MQTT subscribe failed", slog.String("topic", topic), slog.Any("err", tok.Error()))
				return
			}
			subOnce.Do(func() { close(subscribed) })
			m.logger().Info("MQTT telemetry subscribed", slog.String("broker", redact.URL(m.Broker)), slog.String("topic", topic), slog.String("client_id", id))
		}).
		SetConnectionLostHandler(func(_ paho.Client, err error) {
			m.logger().Warn("MQTT connection lost; reconnecting", slog.String("broker", redact.URL(m.Broker)), slog.Any("err", err))
		})
	m.client = paho.NewClient(opts)
	// Messages of the persistent session may come before the
	// subscription is renewed: route them from the start.
	m.client.AddRoute(topic, m.handle)
	tok := m.client.Connect()
	if !tok.WaitTimeout(orDefault(m.ConnectTimeout, DefaultConnectTimeout)) {
		m.client.Disconnect(0)
		m.cancel()
		return fmt.Errorf("ingest: MQTT broker %s: no connection within %s", redact.URL(m.Broker), orDefault(m.ConnectTimeout, DefaultConnectTimeout))
	}
	if err := tok.Error(); err != nil {
		m.cancel()
		return fmt.Errorf("ingest: MQTT broker %s: %w", redact.URL(m.Broker), err)
	}
	// Until the first subscription holds, a new session would miss what
	// is published.
	select {
	case <-subscribed:
	case <-time.After(orDefault(m.ConnectTimeout, DefaultConnectTimeout)):
		m.Close()
		return fmt.Errorf("ingest: MQTT broker %s: could not subscribe to %s", redact.URL(m.Broker), topic)
	}
	return nil
}

// handle submits one message; it is acknowledged after commit.
func (m *MQTT) handle(_ paho.Client, msg paho.Message) {
	topic := msg.Topic()
	pm := Message{Payload: msg.Payload(), Source: "mqtt " + topic, Ack: msg.Ack}
	tenant, device, ok := parseTopic(topic, '/')
	if !ok {
		m.Pipeline.Reject(pm, ReasonBadTopic, "topic "+quote(topic)+" is not kefu/<shop>/telemetry/<device>")
		return
	}
	pm.TenantID, pm.DeviceID = tenant, device
	if err := m.Pipeline.Submit(m.ctx, pm); err != nil {
		// Closing: not acknowledged, so the broker sends it again.
		m.logger().Debug("MQTT message not taken", slog.String("topic", topic), slog.Any("err", err))
	}
}

// Close unblocks the handler and disconnects. Messages not yet
// acknowledged stay with the broker's session.
func (m *MQTT) Close() error {
	if m.client == nil {
		return nil
	}
	m.once.Do(func() {
		m.cancel()
		m.client.Disconnect(250)
	})
	return nil
}
