// Package natstest runs an in-process nats-server for tests that need to
// stop and restart the server (the loopback NATS of CI cannot be
// restarted from a test). It is its own package so that only the tests
// that use it link the server.
package natstest

import (
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
)

// Start runs an in-process nats-server on 127.0.0.1:port (0: a free
// port) until it is shut down or tb ends.
func Start(tb testing.TB, port int) *server.Server {
	tb.Helper()
	if port == 0 {
		port = -1
	}
	s, err := server.NewServer(&server.Options{Host: "127.0.0.1", Port: port, NoLog: true, NoSigs: true})
	if err != nil {
		tb.Fatal(err)
	}
	s.Start()
	if !s.ReadyForConnections(5 * time.Second) {
		tb.Fatal("nats-server did not start")
	}
	tb.Cleanup(s.Shutdown)
	return s
}
