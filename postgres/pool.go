package postgres

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
)

// errPoolClosed is returned by acquire after close.
var errPoolClosed = errors.New("postgres: pool closed")

// pool is a minimal connection pool of *pgx.Conn.
//
// It stands in for pgxpool, whose dependency (github.com/jackc/puddle/v2)
// is not in go.mod yet. It has what this package needs and no more: at
// most cap(slots) connections, idle ones reused in FIFO order through a
// channel, broken or mid-transaction ones discarded on release, and a
// ping before reusing a connection that has been idle for a while.
type pool struct {
	cfg    *pgx.ConnConfig
	idle   chan idleConn // connections ready for use; cap == max connections
	slots  chan struct{} // one token per open connection
	done   chan struct{} // closed by close
	once   sync.Once     // guards close of done
	check  time.Duration // ping connections idle longer than this
	mu     sync.Mutex    // guards closed, and sends to idle so none happen after close
	closed bool
}

type idleConn struct {
	c     *pgx.Conn
	since time.Time
}

func newPool(cfg *pgx.ConnConfig, max int) *pool {
	return &pool{
		cfg:   cfg,
		idle:  make(chan idleConn, max),
		slots: make(chan struct{}, max),
		done:  make(chan struct{}),
		check: 30 * time.Second,
	}
}

// acquire returns a connection for the caller's exclusive use until
// release. It waits for one when all are busy.
func (p *pool) acquire(ctx context.Context) (*pgx.Conn, error) {
	for {
		// Prefer an idle connection over opening a new one.
		select {
		case ic := <-p.idle:
			if c := p.reuse(ctx, ic); c != nil {
				return c, nil
			}
			continue
		default:
		}
		select {
		case ic := <-p.idle:
			if c := p.reuse(ctx, ic); c != nil {
				return c, nil
			}
		case p.slots <- struct{}{}:
			c, err := pgx.ConnectConfig(ctx, p.cfg)
			if err != nil {
				<-p.slots
				return nil, err
			}
			return c, nil
		case <-p.done:
			return nil, errPoolClosed
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

// reuse returns ic's connection if it is still usable, else closes it,
// frees its slot and returns nil.
func (p *pool) reuse(ctx context.Context, ic idleConn) *pgx.Conn {
	if !ic.c.IsClosed() && (time.Since(ic.since) < p.check || ic.c.Ping(ctx) == nil) {
		return ic.c
	}
	p.discard(ic.c)
	return nil
}

// release gives c back. A connection that is closed, inside a
// transaction or released after close is discarded.
func (p *pool) release(c *pgx.Conn) {
	if !c.IsClosed() && c.PgConn().TxStatus() == 'I' {
		p.mu.Lock()
		if !p.closed {
			p.idle <- idleConn{c: c, since: time.Now()} // never blocks: at most cap(idle) connections exist
			p.mu.Unlock()
			return
		}
		p.mu.Unlock()
	}
	p.discard(c)
}

func (p *pool) discard(c *pgx.Conn) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = c.Close(ctx)
	<-p.slots
}

// close closes the idle connections and makes acquire fail; connections
// in use are closed when they are released.
func (p *pool) close() {
	p.mu.Lock()
	p.closed = true
	p.mu.Unlock()
	p.once.Do(func() { close(p.done) })
	for {
		select {
		case ic := <-p.idle:
			p.discard(ic.c)
		default:
			return
		}
	}
}
