package nats

import (
	"encoding/json"
	"log/slog"
	"sync"
	"time"

	natsio "github.com/nats-io/nats.go"

	"github.com/kefu-ai/kefu"
)

// Changes tells the other nodes that a shop's data changed, so that they
// drop what they cache of it: an API key revoked on one node stops
// working on the others at once, not when their key cache expires. The
// notices travel on <prefix>.changed.<tenant>; they are best effort, and
// the caches' own expiry remains the bound when one is lost.
type Changes struct {
	conn *Conn
}

// change is the body of a notice.
type change struct {
	TenantID string `json:"tenant_id"`
	Kind     string `json:"kind"`
}

// NewChanges returns the change notices on c.
func NewChanges(c *Conn) *Changes { return &Changes{conn: c} }

// Publish tells the other nodes that the data of kind (the kinds of
// http.Server.Changed: "products", "settings", "keys", ...) of tenantID
// changed. It returns once the server has the notice (at most a second),
// so that a request the caller answers next finds the other nodes told.
func (ch *Changes) Publish(tenantID, kind string) error {
	data, err := json.Marshal(change{TenantID: tenantID, Kind: kind})
	if err != nil {
		return err
	}
	m := natsio.NewMsg(ch.conn.subject("changed", token(tenantID)))
	m.Header.Set(headerNode, ch.conn.node)
	m.Data = data
	if err := ch.conn.nc.PublishMsg(m); err != nil {
		return &kefu.Error{Code: kefu.EUNAVAILABLE, Op: "nats.Changes.Publish", Message: "change notice not sent", Err: err}
	}
	if ch.conn.nc.IsConnected() {
		if err := ch.conn.nc.FlushTimeout(time.Second); err != nil {
			return &kefu.Error{Code: kefu.EUNAVAILABLE, Op: "nats.Changes.Publish", Message: "change notice not confirmed", Err: err}
		}
	}
	return nil
}

// Subscribe calls fn, on one goroutine and in order, for every change
// another node publishes, and fn("", "") when the connection came back
// after a drop: notices may have been missed, so everything cached may be
// stale. stop ends the calls.
func (ch *Changes) Subscribe(fn func(tenantID, kind string)) (stop func(), err error) {
	ns, err := ch.conn.nc.Subscribe(ch.conn.subject("changed", "*"), func(m *natsio.Msg) {
		if m.Header.Get(headerNode) == ch.conn.node {
			return // this node's own
		}
		var c change
		if err := json.Unmarshal(m.Data, &c); err != nil || c.TenantID == "" {
			ch.conn.logger.Warn("NATS: undecodable change notice dropped", slog.String("subject", m.Subject))
			return
		}
		fn(c.TenantID, c.Kind)
	})
	if err != nil {
		return nil, &kefu.Error{Code: kefu.EUNAVAILABLE, Op: "nats.Changes.Subscribe", Message: "change notices unavailable", Err: err}
	}
	stopped := make(chan struct{})
	ch.conn.onReset(func(reconnected bool) {
		select {
		case <-stopped:
			return
		default:
		}
		if reconnected {
			fn("", "")
		}
	})
	if err := ch.conn.nc.FlushTimeout(DefaultTimeout); err != nil && ch.conn.nc.IsConnected() {
		_ = ns.Unsubscribe()
		return nil, &kefu.Error{Code: kefu.EUNAVAILABLE, Op: "nats.Changes.Subscribe", Message: "change notices unavailable", Err: err}
	}
	var once sync.Once
	return func() {
		once.Do(func() {
			close(stopped)
			_ = ns.Unsubscribe()
		})
	}, nil
}
