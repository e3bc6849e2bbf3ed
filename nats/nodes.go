package nats

import (
	"sync"
	"time"

	natsio "github.com/nats-io/nats.go"

	"github.com/kefu-ai/kefu"
)

// DefaultHeartbeat is how often a node says it is alive.
const DefaultHeartbeat = 2 * time.Second

// Nodes counts the kefu nodes of a deployment: each announces itself on
// <prefix>.nodes every Heartbeat, and a node not heard from for three
// heartbeats is gone (one that stops says so at once). Rate limits use
// the count to enforce each node's part of a shop's limits, so that a
// client spread over N nodes does not get N times the limit.
//
// While NATS is unreachable a node hears nobody, and after three
// heartbeats counts itself alone: each node then enforces the whole
// limits, as a single node would.
type Nodes struct {
	// Heartbeat is the announcement interval; 0 means
	// DefaultHeartbeat. Set before Watch.
	Heartbeat time.Duration

	conn *Conn
}

// NewNodes returns the node count on c.
func NewNodes(c *Conn) *Nodes { return &Nodes{conn: c} }

const (
	nodeAlive = "alive"
	nodeBye   = "bye"
)

// Watch announces this node and calls fn, on one goroutine, with the
// number of live nodes (this one included): once at the start (1) and
// whenever it changes. stop says goodbye to the others and ends the calls.
func (ns *Nodes) Watch(fn func(n int)) (stop func(), err error) {
	beat := ns.Heartbeat
	if beat <= 0 {
		beat = DefaultHeartbeat
	}
	subject := ns.conn.subject("nodes")
	announce := func(what string) {
		m := natsio.NewMsg(subject)
		m.Header.Set(headerNode, ns.conn.node)
		m.Data = []byte(what)
		_ = ns.conn.nc.PublishMsg(m) // best effort: the next beat repeats it
	}

	// The goodbye must be the node's last word: an "alive" sent after
	// it (a beat, or an answer to a newcomer) would count the stopped
	// node again for three beats.
	var amu sync.Mutex
	stopped := false
	alive := func() {
		amu.Lock()
		defer amu.Unlock()
		if !stopped {
			announce(nodeAlive)
		}
	}

	var mu sync.Mutex
	seen := map[string]time.Time{} // other nodes, when last heard
	changed := make(chan struct{}, 1)
	poke := func() {
		select {
		case changed <- struct{}{}:
		default:
		}
	}
	sub, err := ns.conn.nc.Subscribe(subject, func(m *natsio.Msg) {
		id := m.Header.Get(headerNode)
		if id == "" || id == ns.conn.node {
			return
		}
		mu.Lock()
		_, known := seen[id]
		if string(m.Data) == nodeBye {
			delete(seen, id)
		} else {
			seen[id] = time.Now()
		}
		mu.Unlock()
		if !known && string(m.Data) == nodeAlive {
			alive() // let the newcomer count this node now
		}
		poke()
	})
	if err != nil {
		return nil, &kefu.Error{Code: kefu.EUNAVAILABLE, Op: "nats.Nodes.Watch", Message: "node count unavailable", Err: err}
	}
	alive()

	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(beat)
		defer tick.Stop()
		last := 1
		fn(last)
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				alive()
			case <-changed:
			}
			mu.Lock()
			for id, at := range seen {
				if time.Since(at) > 3*beat {
					delete(seen, id)
				}
			}
			n := 1 + len(seen)
			mu.Unlock()
			if n != last {
				last = n
				fn(n)
			}
		}
	}()
	var once sync.Once
	return func() {
		once.Do(func() {
			_ = sub.Unsubscribe()
			amu.Lock()
			stopped = true
			announce(nodeBye)
			amu.Unlock()
			_ = ns.conn.nc.FlushTimeout(time.Second)
			close(done)
			wg.Wait()
		})
	}, nil
}
