package nats_test

import (
	"crypto/rand"
	"encoding/hex"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/bustest"
	"github.com/kefu-ai/kefu/internal/testenv"
	"github.com/kefu-ai/kefu/nats"
)

// MustConnect connects a node to the test NATS server (skipping tb when
// there is none, failing it under KEFU_REQUIRE_SERVICES=1) with prefix,
// and closes it when tb ends.
func MustConnect(tb testing.TB, prefix string) *nats.Conn {
	tb.Helper()
	url := testenv.NATSURL(tb)
	c, err := nats.Connect(url, nats.Options{Name: "kefu-test", Prefix: prefix})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { c.Close() })
	return c
}

// testPrefix returns a subject prefix of its own, so that tests sharing
// the server (and other packages' tests) never see each other's events.
func testPrefix(tb testing.TB) string {
	b := make([]byte, 6)
	if _, err := rand.Read(b); err != nil {
		tb.Fatal(err)
	}
	return "kefutest." + hex.EncodeToString(b)
}

// TestLive runs the live bus contract with every node a connection of
// its own, as separate kefu processes would have.
func TestLive(t *testing.T) {
	bustest.RunLive(t, func(t *testing.T) func() kefu.EventService {
		prefix := testPrefix(t)
		return func() kefu.EventService {
			bus := nats.NewEventService(MustConnect(t, prefix))
			bus.Buffer = 64
			return bus
		}
	})
}
