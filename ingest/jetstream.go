package ingest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/kefu-ai/kefu/internal/redact"
)

// JetStream defaults.
const (
	DefaultStream        = "KEFU_TELEMETRY"
	DefaultSubject       = "kefu.*.telemetry.*"
	DefaultDurable       = "kefu-ingest"
	DefaultAckWait       = 30 * time.Second
	DefaultMaxAckPending = 4096
	// DefaultStreamMaxAge bounds how long the stream keeps a message that
	// was never acknowledged (kefu away for a week).
	DefaultStreamMaxAge = 7 * 24 * time.Hour
)

// JetStream consumes the telemetry stream of a NATS server with a durable
// pull consumer and submits its messages to the Pipeline. Set the fields,
// call Open, Close to stop.
//
// Open creates the stream when it does not exist: subjects
// kefu.<shop>.telemetry.<device>, file storage, work-queue retention (a
// message is deleted once acknowledged). An existing stream is used as
// it is. A message is acknowledged after the pipeline committed its
// readings; one not acknowledged within AckWait, or handed back (Nak)
// when the pipeline closed, is delivered again. The consumer has at most
// MaxAckPending messages unacknowledged, so a full pipeline stops the
// deliveries.
//
// On a nats-server with MQTT enabled (Broker), MQTT publishes to
// kefu/<shop>/telemetry/<device> land on these subjects, so this
// consumer takes both protocols' messages.
type JetStream struct {
	// URL is the server, nats://host:4222; ignored when Conn is set.
	URL string
	// Conn, if set, is the connection to use (Broker.Connect's in-process
	// one); Close leaves it open.
	Conn *nats.Conn
	// Stream, Subject and Durable name the stream, its subjects and the
	// consumer; "" means the defaults.
	Stream, Subject, Durable string
	// AckWait is how long a delivered message may stay unacknowledged
	// before it is delivered again; 0 means DefaultAckWait.
	AckWait time.Duration
	// MaxAckPending bounds the unacknowledged messages; 0 means
	// DefaultMaxAckPending.
	MaxAckPending int
	// Pipeline takes the messages.
	Pipeline *Pipeline
	// Logger receives connection events; nil means slog.Default().
	Logger *slog.Logger
	// ConnectTimeout bounds connecting and setting up the stream; 0 means
	// DefaultConnectTimeout.
	ConnectTimeout time.Duration

	nc     *nats.Conn
	owned  bool // nc was opened here
	cc     jetstream.ConsumeContext
	ctx    context.Context
	cancel context.CancelFunc
	once   sync.Once
}

func (j *JetStream) logger() *slog.Logger {
	if j.Logger != nil {
		return j.Logger
	}
	return slog.Default()
}

// Open connects, makes sure of the stream and the consumer, and starts
// consuming.
func (j *JetStream) Open() error {
	if j.Pipeline == nil {
		return errors.New("ingest: JetStream.Pipeline is required")
	}
	timeout := orDefault(j.ConnectTimeout, DefaultConnectTimeout)
	j.nc = j.Conn
	if j.nc == nil {
		nc, err := nats.Connect(j.URL,
			nats.Name("kefu-ingest"),
			nats.Timeout(timeout),
			nats.MaxReconnects(-1),
			nats.ReconnectWait(time.Second),
			nats.DisconnectErrHandler(func(_ *nats.Conn, err error) {
				if err != nil {
					j.logger().Warn("NATS disconnected; reconnecting", slog.String("url", redact.URLList(j.URL)), slog.Any("err", err))
				}
			}),
			nats.ReconnectHandler(func(*nats.Conn) {
				j.logger().Info("NATS reconnected", slog.String("url", redact.URLList(j.URL)))
			}))
		if err != nil {
			return fmt.Errorf("ingest: NATS %s: %w", redact.URLList(j.URL), err)
		}
		j.nc, j.owned = nc, true
	}
	if err := j.consume(timeout); err != nil {
		if j.owned {
			j.nc.Close()
		}
		return err
	}
	return nil
}

func (j *JetStream) consume(timeout time.Duration) error {
	stream := cmp(j.Stream, DefaultStream)
	durable := cmp(j.Durable, DefaultDurable)
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	js, err := jetstream.New(j.nc)
	if err != nil {
		return fmt.Errorf("ingest: JetStream: %w", err)
	}
	if _, err := js.Stream(ctx, stream); errors.Is(err, jetstream.ErrStreamNotFound) {
		_, err = js.CreateStream(ctx, jetstream.StreamConfig{
			Name:        stream,
			Description: "kefu device telemetry: kefu.<shop>.telemetry.<device>",
			Subjects:    []string{cmp(j.Subject, DefaultSubject)},
			Storage:     jetstream.FileStorage,
			Retention:   jetstream.WorkQueuePolicy,
			MaxAge:      DefaultStreamMaxAge,
			Discard:     jetstream.DiscardOld,
		})
		if err != nil {
			return fmt.Errorf("ingest: JetStream stream %s: %w", stream, err)
		}
	} else if err != nil {
		return fmt.Errorf("ingest: JetStream stream %s: %w", stream, err)
	}
	cons, err := js.CreateOrUpdateConsumer(ctx, stream, jetstream.ConsumerConfig{
		Durable:       durable,
		Description:   "kefu telemetry ingest",
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       orDefault(j.AckWait, DefaultAckWait),
		MaxAckPending: orDefault(j.MaxAckPending, DefaultMaxAckPending),
		MaxDeliver:    -1,
		DeliverPolicy: jetstream.DeliverAllPolicy,
	})
	if err != nil {
		return fmt.Errorf("ingest: JetStream consumer %s: %w", durable, err)
	}
	j.ctx, j.cancel = context.WithCancel(context.Background())
	j.cc, err = cons.Consume(j.handle,
		jetstream.PullMaxMessages(min(orDefault(j.MaxAckPending, DefaultMaxAckPending), 1000)),
		jetstream.ConsumeErrHandler(func(_ jetstream.ConsumeContext, err error) {
			j.logger().Debug("JetStream consume", slog.Any("err", err))
		}))
	if err != nil {
		j.cancel()
		return fmt.Errorf("ingest: JetStream consume: %w", err)
	}
	j.logger().Info("JetStream telemetry consumer started", slog.String("stream", stream), slog.String("durable", durable))
	return nil
}

// handle submits one message; it is acknowledged after commit. The
// library calls it for one message at a time.
func (j *JetStream) handle(msg jetstream.Msg) {
	subject := msg.Subject()
	pm := Message{
		Payload: msg.Data(),
		Source:  "nats " + subject,
		Ack:     func() { _ = msg.Ack() },
		Nak:     func() { _ = msg.Nak() },
	}
	tenant, device, ok := parseTopic(subject, '.')
	// nats-server maps an MQTT topic's '.' to "//": map it back.
	device = strings.ReplaceAll(device, "//", ".")
	if !ok {
		j.Pipeline.Reject(pm, ReasonBadTopic, "subject "+quote(subject)+" is not kefu.<shop>.telemetry.<device>")
		return
	}
	pm.TenantID, pm.DeviceID = tenant, device
	if err := j.Pipeline.Submit(j.ctx, pm); err != nil {
		// Closing: back to the stream, for another node or the next
		// start, but not at once to this consumer, which would only
		// refuse it again.
		_ = msg.NakWithDelay(time.Second)
	}
}

// Close stops consuming; messages not acknowledged are delivered again.
// It closes the connection if Open opened it, after the pipeline had a
// moment to send its last acknowledgements: close the Pipeline first.
func (j *JetStream) Close() error {
	if j.nc == nil {
		return nil
	}
	j.once.Do(func() {
		if j.cancel != nil {
			j.cancel()
		}
		if j.cc != nil {
			j.cc.Stop()
		}
		if j.owned {
			_ = j.nc.FlushTimeout(2 * time.Second)
			j.nc.Close()
		} else {
			_ = j.nc.FlushTimeout(2 * time.Second)
		}
	})
	return nil
}

func cmp(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
