package http

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/kefu-ai/kefu"
)

// DefaultPresenceGrace is how long an agent stays in their presence after
// their last console websocket closed when Server.PresenceGrace is 0: a
// reload or a short network drop reconnects well within it.
const DefaultPresenceGrace = 30 * time.Second

// consoleSockets counts each agent's open console websockets and sets an
// agent offline when the last one has been closed for the grace period,
// so that routing stops offering them conversations when they closed the
// console without logging out. It is per process: an agent whose console
// lives on another node is counted there, and Server.ConsoleElsewhere
// asks the other nodes before setting an agent offline.
type consoleSockets struct {
	mu     sync.Mutex // guards agents
	agents map[string]*agentSockets
}

type agentSockets struct {
	n     int         // open websockets
	timer *time.Timer // pending offline, when n == 0
}

func (s *Server) presenceGrace() time.Duration {
	if s.PresenceGrace > 0 {
		return s.PresenceGrace
	}
	return DefaultPresenceGrace
}

// consoleOpened records a console websocket of the agent and cancels a
// pending offline.
func (s *Server) consoleOpened(a *kefu.Agent) {
	k := a.TenantID + "\x00" + a.ID
	c := &s.sockets
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.agents == nil {
		c.agents = map[string]*agentSockets{}
	}
	as := c.agents[k]
	if as == nil {
		as = &agentSockets{}
		c.agents[k] = as
	}
	as.n++
	if as.timer != nil {
		as.timer.Stop()
		as.timer = nil
	}
}

// consoleClosed records that a console websocket of the agent ended; when
// it was the last, the agent goes offline after the grace period unless a
// console reconnects first. Nothing changes while the server shuts down:
// consoles reconnect to the next process.
func (s *Server) consoleClosed(a *kefu.Agent) {
	k := a.TenantID + "\x00" + a.ID
	c := &s.sockets
	c.mu.Lock()
	defer c.mu.Unlock()
	as := c.agents[k]
	if as == nil {
		return
	}
	if as.n--; as.n > 0 || s.ctx.Err() != nil {
		return
	}
	as.timer = time.AfterFunc(s.presenceGrace(), func() {
		c.mu.Lock()
		if c.agents[k] != as || as.n > 0 {
			c.mu.Unlock()
			return
		}
		delete(c.agents, k)
		c.mu.Unlock()
		s.setOffline(a)
	})
}

// setOffline sets the agent offline unless they already are; it keeps
// the conversations they hold.
func (s *Server) setOffline(a *kefu.Agent) {
	if s.ctx.Err() != nil || s.Desk == nil {
		return
	}
	ctx, cancel := context.WithTimeout(s.ctx, 10*time.Second)
	defer cancel()
	cur, err := s.Store.FindAgentByID(ctx, a.TenantID, a.ID)
	if err != nil || cur.Presence == kefu.PresenceOffline {
		return
	}
	if s.ConsoleElsewhere != nil && s.ConsoleElsewhere(ctx, a.TenantID, a.ID) {
		return
	}
	if _, err := s.Desk.SetPresence(ctx, cur, kefu.PresenceOffline); err != nil {
		s.logger().WarnContext(ctx, "console closed: setting the agent offline failed",
			slog.String("agent", a.ID), slog.String("error", err.Error()))
	}
}

// HoldsConsole reports whether this server holds an open console
// websocket of the agent, for the other nodes' Server.ConsoleElsewhere.
func (s *Server) HoldsConsole(tenantID, agentID string) bool {
	c := &s.sockets
	c.mu.Lock()
	defer c.mu.Unlock()
	as := c.agents[tenantID+"\x00"+agentID]
	return as != nil && as.n > 0
}
