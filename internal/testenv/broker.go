package testenv

import (
	"net"
	"net/url"
	"os"
	"testing"
	"time"
)

// Default broker addresses, the CI machine's Mosquitto and NATS.
const (
	DefaultMQTT = "tcp://127.0.0.1:1883"
	DefaultNATS = "nats://127.0.0.1:4222"
)

// MQTTURL returns the URL of the test MQTT broker: KEFU_TEST_MQTT, or
// DefaultMQTT. If nothing listens there, tb is skipped (or fails, see
// RequireServices).
func MQTTURL(tb testing.TB) string {
	tb.Helper()
	return reachable(tb, "KEFU_TEST_MQTT", DefaultMQTT, "MQTT broker (Mosquitto)")
}

// NATSURL returns the URL of the test NATS server, with JetStream:
// KEFU_TEST_NATS, or DefaultNATS. If nothing listens there, tb is skipped
// (or fails, see RequireServices).
func NATSURL(tb testing.TB) string {
	tb.Helper()
	return reachable(tb, "KEFU_TEST_NATS", DefaultNATS, "NATS server")
}

func reachable(tb testing.TB, env, def, what string) string {
	tb.Helper()
	u := os.Getenv(env)
	if u == "" {
		u = def
	}
	p, err := url.Parse(u)
	if err != nil {
		tb.Fatalf("testenv: %s=%q: %v", env, u, err)
	}
	c, err := net.DialTimeout("tcp", p.Host, 2*time.Second)
	if err != nil {
		Unavailable(tb, what+" not reachable at "+u+": set "+env+" or start it: "+err.Error())
		return ""
	}
	c.Close()
	return u
}
