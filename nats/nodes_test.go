package nats_test

import (
	"testing"
	"time"

	"github.com/kefu-ai/kefu/nats"
)

// TestNodes: nodes count each other within a heartbeat of starting; one
// that stops is gone from the others' count at once, one that dies
// without a word after three heartbeats.
func TestNodes(t *testing.T) {
	prefix := testPrefix(t)
	const beat = 100 * time.Millisecond
	type node struct {
		counts chan int
		stop   func()
	}
	start := func() *node {
		ns := nats.NewNodes(MustConnect(t, prefix))
		ns.Heartbeat = beat
		n := &node{counts: make(chan int, 16)}
		stop, err := ns.Watch(func(c int) { n.counts <- c })
		if err != nil {
			t.Fatal(err)
		}
		n.stop = stop
		t.Cleanup(stop)
		return n
	}
	// await reads counts until want, failing after d.
	await := func(n *node, want int, d time.Duration, what string) {
		t.Helper()
		timeout := time.After(d)
		for {
			select {
			case c := <-n.counts:
				if c == want {
					return
				}
			case <-timeout:
				t.Fatalf("%s: the count did not reach %d within %v", what, want, d)
			}
		}
	}
	a := start()
	await(a, 1, time.Second, "alone")
	b := start()
	await(a, 2, 2*beat, "A after B started")
	await(b, 2, 2*beat, "B after it started (A answers its first announcement)")
	c := start()
	await(a, 3, 2*beat, "A after C started")
	// B must have counted C before C stops, or it has no change to report.
	await(b, 3, 2*beat, "B after C started")
	c.stop()
	await(a, 2, 2*beat, "A after C stopped")
	await(b, 2, 2*beat, "B after C stopped")

	// A node whose connection dies says nothing: it is dropped after
	// three heartbeats.
	conn := MustConnect(t, prefix)
	ns := nats.NewNodes(conn)
	ns.Heartbeat = beat
	stopD, err := ns.Watch(func(int) {})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(stopD)
	await(a, 3, 2*beat, "A after D started")
	conn.Close()
	await(a, 2, 6*beat, "A after D's connection died")
}
