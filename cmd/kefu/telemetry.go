package main

import (
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"os"
	"path/filepath"

	"github.com/kefu-ai/kefu/ingest"
)

// IngestConfig configures cold-chain telemetry ingest (docs/ingest.md).
// It is embedded in Config, so its JSON names sit at the top level of the
// config file.
//
// Without mqtt_url and nats_url, kefu runs an embedded broker (nats-server
// with JetStream and MQTT) on loopback and consumes it; with either, it
// consumes the external brokers given instead.
type IngestConfig struct {
	// Ingest is "on" (the default) or "off" (no broker, no consumers; the
	// HTTP batch endpoint still works).
	Ingest string `json:"ingest"`
	// MQTTURL is an external MQTT broker, tcp://host:1883.
	MQTTURL string `json:"mqtt_url"`
	// MQTTClientID is kefu's MQTT client id, stable across restarts so the
	// broker keeps its session; one per kefu node. Empty means
	// "kefu-ingest".
	MQTTClientID string `json:"mqtt_client_id"`
	// MQTTUsername and MQTTPassword authenticate to the MQTT broker.
	MQTTUsername string `json:"mqtt_username"`
	MQTTPassword string `json:"mqtt_password"`
	// NATSURL is an external NATS server with JetStream, nats://host:4222.
	NATSURL string `json:"nats_url"`
	// BrokerMQTTAddr and BrokerNATSAddr are the embedded broker's listen
	// addresses; port 0 (the default, "127.0.0.1:0") picks a free port,
	// which kefu logs.
	BrokerMQTTAddr string `json:"broker_mqtt_addr"`
	BrokerNATSAddr string `json:"broker_nats_addr"`
}

// ingestEnv applies the KEFU_* variables of the ingest settings.
func (c *IngestConfig) ingestEnv(getenv func(string) string) {
	for k, p := range map[string]*string{
		"KEFU_INGEST":           &c.Ingest,
		"KEFU_MQTT_URL":         &c.MQTTURL,
		"KEFU_MQTT_CLIENT_ID":   &c.MQTTClientID,
		"KEFU_MQTT_USERNAME":    &c.MQTTUsername,
		"KEFU_MQTT_PASSWORD":    &c.MQTTPassword,
		"KEFU_NATS_URL":         &c.NATSURL,
		"KEFU_BROKER_MQTT_ADDR": &c.BrokerMQTTAddr,
		"KEFU_BROKER_NATS_ADDR": &c.BrokerNATSAddr,
	} {
		if v := getenv(k); v != "" {
			*p = v
		}
	}
}

// validateIngest checks the ingest settings.
func (c *IngestConfig) validateIngest() error {
	switch c.Ingest {
	case "", "on", "off":
	default:
		return fmt.Errorf("config: ingest must be on or off, not %q", c.Ingest)
	}
	for name, v := range map[string]string{"mqtt_url": c.MQTTURL, "nats_url": c.NATSURL} {
		if v == "" {
			continue
		}
		if u, err := url.Parse(v); err != nil || u.Host == "" {
			return fmt.Errorf("config: %s %q is not a URL such as tcp://host:1883 or nats://host:4222", name, v)
		}
	}
	for name, v := range map[string]string{"broker_mqtt_addr": c.BrokerMQTTAddr, "broker_nats_addr": c.BrokerNATSAddr} {
		if v == "" {
			continue
		}
		if _, _, err := net.SplitHostPort(v); err != nil {
			return fmt.Errorf("config: %s %q is not host:port", name, v)
		}
	}
	return nil
}

// startTelemetry starts the ingest pipeline and its broker consumers:
// the external brokers configured, else the embedded broker. Close stops
// the consumers' deliveries, lets the pipeline commit what it holds, then
// disconnects.
func (a *App) startTelemetry() error {
	c := a.Config.IngestConfig
	p := &ingest.Pipeline{Sink: a.Store, Now: a.Now, Logger: a.Logger}
	if err := p.Open(); err != nil {
		return err
	}
	a.Ingest = p
	if c.Ingest == "off" {
		a.closers = append(a.closers, p.Close)
		return nil
	}
	var consumers []func() error
	if c.MQTTURL == "" && c.NATSURL == "" {
		dir := filepath.Join(a.Config.DataDir, "broker")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			p.Close()
			return fmt.Errorf("broker directory: %w", err)
		}
		b := &ingest.Broker{Dir: dir, NATSAddr: c.BrokerNATSAddr, MQTTAddr: c.BrokerMQTTAddr, Logger: a.Logger}
		if err := b.Open(); err != nil {
			p.Close()
			return err
		}
		a.Broker = b
		a.closers = append(a.closers, b.Close)
		nc, err := b.Connect()
		if err != nil {
			p.Close()
			return err
		}
		a.closers = append(a.closers, func() error { nc.Close(); return nil })
		js := &ingest.JetStream{Conn: nc, Pipeline: p, Logger: a.Logger}
		if err := js.Open(); err != nil {
			p.Close()
			return err
		}
		consumers = append(consumers, js.Close)
		a.Logger.Info("embedded telemetry broker", slog.String("mqtt", b.MQTTURL()), slog.String("nats", b.NATSURL()))
	}
	if c.MQTTURL != "" {
		m := &ingest.MQTT{Broker: c.MQTTURL, ClientID: c.MQTTClientID, Username: c.MQTTUsername, Password: c.MQTTPassword, Pipeline: p, Logger: a.Logger}
		if err := m.Open(); err != nil {
			p.Close()
			return err
		}
		consumers = append(consumers, m.Close)
	}
	if c.NATSURL != "" {
		js := &ingest.JetStream{URL: c.NATSURL, Pipeline: p, Logger: a.Logger}
		if err := js.Open(); err != nil {
			p.Close()
			for _, cl := range consumers {
				cl()
			}
			return err
		}
		consumers = append(consumers, js.Close)
	}
	// Closers run newest first: the consumers close after the pipeline
	// committed (and acknowledged) what it held.
	a.closers = append(a.closers, consumers...)
	a.closers = append(a.closers, p.Close)
	return nil
}
