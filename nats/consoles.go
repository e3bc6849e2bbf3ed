package nats

import (
	"context"
	"errors"
	"time"

	natsio "github.com/nats-io/nats.go"

	"github.com/kefu-ai/kefu"
)

// DefaultAskTimeout is how long Consoles.Elsewhere waits for a node that
// holds the console to say so.
const DefaultAskTimeout = 500 * time.Millisecond

// Consoles shares across nodes which agents have a console open: an
// agent's presence is in the store, but whether their console websocket
// is still open is known only to the node that holds it. A node asks the
// others (a request on <prefix>.consoles.<tenant>) before it sets an
// agent offline whose last console on it closed; the nodes that hold one
// answer, the others stay silent.
type Consoles struct {
	// Timeout bounds the wait for an answer; 0 means DefaultAskTimeout.
	// Set before use.
	Timeout time.Duration

	conn *Conn
}

// NewConsoles returns the console questions on c.
func NewConsoles(c *Conn) *Consoles { return &Consoles{conn: c} }

// Answer answers the other nodes' questions with holds, which reports
// whether this node holds a console websocket of the agent. stop ends the
// answers.
func (cs *Consoles) Answer(holds func(tenantID, agentID string) bool) (stop func(), err error) {
	prefix := cs.conn.subject("consoles") + "."
	ns, err := cs.conn.nc.Subscribe(prefix+"*", func(m *natsio.Msg) {
		if m.Header.Get(headerNode) == cs.conn.node {
			return // this node's own question
		}
		tenant, ok := untoken(m.Subject[len(prefix):])
		if ok && holds(tenant, string(m.Data)) {
			_ = m.Respond([]byte("1"))
		}
	})
	if err != nil {
		return nil, &kefu.Error{Code: kefu.EUNAVAILABLE, Op: "nats.Consoles.Answer", Message: "console questions unavailable", Err: err}
	}
	if err := cs.conn.nc.FlushTimeout(DefaultTimeout); err != nil && cs.conn.nc.IsConnected() {
		_ = ns.Unsubscribe()
		return nil, &kefu.Error{Code: kefu.EUNAVAILABLE, Op: "nats.Consoles.Answer", Message: "console questions unavailable", Err: err}
	}
	return func() { _ = ns.Unsubscribe() }, nil
}

// Elsewhere reports whether another node holds a console websocket of
// the agent: whether one answered within Timeout. With no other node
// listening it answers false at once. An error means the question could
// not be asked (the server is away).
func (cs *Consoles) Elsewhere(ctx context.Context, tenantID, agentID string) (bool, error) {
	timeout := cs.Timeout
	if timeout <= 0 {
		timeout = DefaultAskTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	m := natsio.NewMsg(cs.conn.subject("consoles", token(tenantID)))
	m.Header.Set(headerNode, cs.conn.node)
	m.Data = []byte(agentID)
	_, err := cs.conn.nc.RequestMsgWithContext(ctx, m)
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, natsio.ErrNoResponders), errors.Is(err, context.DeadlineExceeded), errors.Is(err, natsio.ErrTimeout):
		return false, nil
	default:
		return false, &kefu.Error{Code: kefu.EUNAVAILABLE, Op: "nats.Consoles.Elsewhere", Message: "could not ask the other nodes", Err: err}
	}
}
