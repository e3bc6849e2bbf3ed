package ingest

import (
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strconv"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
)

// Embedded broker defaults: small, for one shop's devices on one machine.
const (
	DefaultBrokerMaxMemory = 64 << 20 // JetStream memory storage
	DefaultBrokerMaxStore  = 1 << 30  // JetStream file storage
)

// Broker is an embedded nats-server with JetStream and its MQTT listener,
// for a kefu without external brokers (kefu demo; kefu serve with no
// mqtt_url or nats_url): devices publish over MQTT or NATS to one
// in-process server, and a JetStream consumer (Connect) takes both. Its
// JetStream data lives in Dir, so messages not yet stored survive a
// restart. Set the fields, call Open, Close to stop.
type Broker struct {
	// Dir is the JetStream store directory.
	Dir string
	// NATSAddr and MQTTAddr are the listen addresses, host:port; port 0
	// (the default, "127.0.0.1:0") picks a free one.
	NATSAddr, MQTTAddr string
	// MaxMemory and MaxStore bound JetStream's memory and file storage,
	// in bytes; 0 means the defaults.
	MaxMemory, MaxStore int64
	// MQTTAckWait is how long the server waits for an MQTT subscriber's
	// PUBACK before it sends a QoS 1 message again; 0 means nats-server's
	// default (30s).
	MQTTAckWait time.Duration
	// Logger receives the server's warnings and errors (and, at debug
	// level, its notices); nil means slog.Default().
	Logger *slog.Logger

	srv  *server.Server
	opts *server.Options
}

func splitAddr(addr string) (string, int, error) {
	if addr == "" {
		return "127.0.0.1", -1, nil
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return "", 0, err
	}
	p, err := strconv.Atoi(port)
	if err != nil || p < 0 || p > 65535 {
		return "", 0, fmt.Errorf("bad port in %q", addr)
	}
	if p == 0 {
		p = -1 // nats-server: -1 is a free port, 0 its default
	}
	if host == "" {
		host = "127.0.0.1"
	}
	return host, p, nil
}

// Open starts the server and waits until it takes connections.
func (b *Broker) Open() error {
	if b.Dir == "" {
		return errors.New("ingest: Broker.Dir is required")
	}
	nh, np, err := splitAddr(b.NATSAddr)
	if err != nil {
		return fmt.Errorf("ingest: broker NATS address: %w", err)
	}
	mh, mp, err := splitAddr(b.MQTTAddr)
	if err != nil {
		return fmt.Errorf("ingest: broker MQTT address: %w", err)
	}
	b.opts = &server.Options{
		ServerName:         "kefu", // MQTT needs one
		Host:               nh,
		Port:               np,
		NoSigs:             true,
		NoSystemAccount:    true,
		JetStream:          true,
		StoreDir:           b.Dir,
		JetStreamMaxMemory: b.MaxMemory,
		JetStreamMaxStore:  b.MaxStore,
		MQTT:               server.MQTTOpts{Host: mh, Port: mp, AckWait: b.MQTTAckWait},
	}
	if b.opts.JetStreamMaxMemory <= 0 {
		b.opts.JetStreamMaxMemory = DefaultBrokerMaxMemory
	}
	if b.opts.JetStreamMaxStore <= 0 {
		b.opts.JetStreamMaxStore = DefaultBrokerMaxStore
	}
	srv, err := server.NewServer(b.opts)
	if err != nil {
		return fmt.Errorf("ingest: embedded broker: %w", err)
	}
	srv.SetLoggerV2(&serverLog{b.logger()}, false, false, false)
	srv.Start()
	if !srv.ReadyForConnections(10 * time.Second) {
		srv.Shutdown()
		return errors.New("ingest: embedded broker did not start within 10s (are its ports free?)")
	}
	b.srv = srv
	return nil
}

func (b *Broker) logger() *slog.Logger {
	if b.Logger != nil {
		return b.Logger
	}
	return slog.Default()
}

// NATSURL is the server's NATS URL, nats://host:port.
func (b *Broker) NATSURL() string { return b.srv.ClientURL() }

// MQTTURL is the server's MQTT URL, tcp://host:port, for paho clients.
func (b *Broker) MQTTURL() string {
	return "tcp://" + net.JoinHostPort(b.opts.MQTT.Host, strconv.Itoa(b.opts.MQTT.Port))
}

// Connect opens an in-process NATS connection to the server.
func (b *Broker) Connect(opts ...nats.Option) (*nats.Conn, error) {
	// The handshake goes through the server's goroutines: on a busy
	// machine it can take longer than nats.go's default 2 s.
	return nats.Connect("", append([]nats.Option{nats.InProcessServer(b.srv), nats.Name("kefu"), nats.Timeout(DefaultConnectTimeout)}, opts...)...)
}

// Close shuts the server down.
func (b *Broker) Close() error {
	if b.srv == nil {
		return nil
	}
	b.srv.Shutdown()
	b.srv.WaitForShutdown()
	b.srv = nil
	return nil
}

// serverLog is nats-server's logger on slog: notices at debug level, so
// that an embedded broker is quiet.
type serverLog struct{ l *slog.Logger }

func (s *serverLog) Noticef(format string, v ...any) {
	s.l.Debug("broker: " + fmt.Sprintf(format, v...))
}
func (s *serverLog) Warnf(format string, v ...any) { s.l.Warn("broker: " + fmt.Sprintf(format, v...)) }
func (s *serverLog) Fatalf(format string, v ...any) {
	s.l.Error("broker: " + fmt.Sprintf(format, v...))
}
func (s *serverLog) Errorf(format string, v ...any) {
	s.l.Error("broker: " + fmt.Sprintf(format, v...))
}
func (s *serverLog) Debugf(format string, v ...any) {}
func (s *serverLog) Tracef(format string, v ...any) {}
