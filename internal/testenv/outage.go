package testenv

import (
	"io"
	"net"
	"net/url"
	"sync"
	"testing"
	"time"
)

// Outage is a TCP proxy to a service that a test can take down and bring
// back, as a restart of the service would look to its clients: Down
// refuses new connections and cuts the open ones; Up listens again on the
// same address. It stands in for restarting a shared service (the CI's
// PostgreSQL) that other test packages are using at the same time.
type Outage struct {
	target string
	addr   string

	mu    sync.Mutex
	ln    net.Listener
	conns map[net.Conn]struct{}
	wg    sync.WaitGroup
}

// NewOutage proxies a free loopback port to target (host:port) until tb
// ends.
func NewOutage(tb testing.TB, target string) *Outage {
	tb.Helper()
	o := &Outage{target: target, conns: map[net.Conn]struct{}{}}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	o.addr = ln.Addr().String()
	o.serve(ln)
	tb.Cleanup(func() { o.Down(); o.wg.Wait() })
	return o
}

// Addr is the proxy's host:port.
func (o *Outage) Addr() string { return o.addr }

// Down stops accepting and closes every proxied connection.
func (o *Outage) Down() {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.ln != nil {
		o.ln.Close()
		o.ln = nil
	}
	for c := range o.conns {
		c.Close()
		delete(o.conns, c)
	}
}

// Up listens on the proxy's address again. The port was just freed by
// Down; it is retried briefly in case the kernel holds it.
func (o *Outage) Up(tb testing.TB) {
	tb.Helper()
	var ln net.Listener
	var err error
	for range 50 {
		if ln, err = net.Listen("tcp", o.addr); err == nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		tb.Fatalf("outage: listen again on %s: %v", o.addr, err)
	}
	o.serve(ln)
}

func (o *Outage) serve(ln net.Listener) {
	o.mu.Lock()
	o.ln = ln
	o.mu.Unlock()
	o.wg.Add(1)
	go func() {
		defer o.wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			o.wg.Add(1)
			go func() {
				defer o.wg.Done()
				o.pipe(c)
			}()
		}
	}()
}

// pipe copies between c and a new connection to the target until either
// side closes or Down cuts them.
func (o *Outage) pipe(c net.Conn) {
	up, err := net.DialTimeout("tcp", o.target, 5*time.Second)
	if err != nil {
		c.Close()
		return
	}
	if !o.track(c, up) {
		c.Close()
		up.Close()
		return
	}
	done := make(chan struct{}, 2)
	cp := func(dst, src net.Conn) {
		_, _ = io.Copy(dst, src)
		dst.Close()
		src.Close()
		done <- struct{}{}
	}
	go cp(up, c)
	go cp(c, up)
	<-done
	<-done
	o.mu.Lock()
	delete(o.conns, c)
	delete(o.conns, up)
	o.mu.Unlock()
}

// track records c and up as open, unless the proxy is down.
func (o *Outage) track(c, up net.Conn) bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.ln == nil {
		return false
	}
	o.conns[c], o.conns[up] = struct{}{}, struct{}{}
	return true
}

// ViaOutage returns dsn (a postgres:// URL) with its host and port
// replaced by the proxy's.
func ViaOutage(tb testing.TB, dsn string, o *Outage) string {
	tb.Helper()
	u, err := url.Parse(dsn)
	if err != nil || u.Host == "" {
		tb.Skipf("testenv: the PostgreSQL DSN is not a URL with a host; cannot route it through a proxy")
	}
	u.Host = o.Addr()
	return u.String()
}

// PostgresHost returns the host:port of a postgres:// DSN.
func PostgresHost(tb testing.TB, dsn string) string {
	tb.Helper()
	u, err := url.Parse(dsn)
	if err != nil || u.Host == "" {
		tb.Skipf("testenv: the PostgreSQL DSN is not a URL with a host")
	}
	host := u.Host
	if u.Port() == "" {
		host = net.JoinHostPort(u.Hostname(), "5432")
	}
	return host
}
