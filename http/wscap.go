package http

import (
	"net"
	"net/http"
	"strconv"
	"sync"

	"github.com/kefu-ai/kefu"
)

// wsRetryAfter is the Retry-After of a refused websocket, in seconds.
const wsRetryAfter = 30

// wsSlots counts the open websockets per conversation, per agent and per
// client address (Guards), so that one client cannot make every message
// fan out a thousand times or hold the server's memory with idle
// sockets. The counts are per node: a load balancer spreads a client's
// sockets, and the caps bound each node's share.
type wsSlots struct {
	mu sync.Mutex     // guards n
	n  map[string]int // open sockets per key
}

// wsLimit is one count a websocket is charged to.
type wsLimit struct {
	key  string
	max  int    // 0: no limit
	what string // names the limit in the refusal
}

// take reserves one slot under every limit, or none when one of them is
// full, and returns the function that gives them back (call it once) or
// the rate_limited error to answer.
func (w *wsSlots) take(limits ...wsLimit) (release func(), err error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, l := range limits {
		if l.max > 0 && w.n[l.key] >= l.max {
			return nil, kefu.Errorf(kefu.ERATELIMIT, "too many open websockets %s (at most %d); close one or try again later", l.what, l.max)
		}
	}
	if w.n == nil {
		w.n = map[string]int{}
	}
	for _, l := range limits {
		w.n[l.key]++
	}
	var once sync.Once
	return func() {
		once.Do(func() {
			w.mu.Lock()
			defer w.mu.Unlock()
			for _, l := range limits {
				if w.n[l.key]--; w.n[l.key] <= 0 {
					delete(w.n, l.key)
				}
			}
		})
	}, nil
}

// takeConversationWS reserves a websocket of conversation c for the
// client of r.
func (s *Server) takeConversationWS(r *http.Request, c *kefu.Conversation) (func(), error) {
	return s.wsSlots.take(
		wsLimit{"c\x00" + c.TenantID + "\x00" + c.ID, or(s.Guards.WSPerConversation, DefaultWSPerConversation), "on this conversation"},
		wsLimit{"ip\x00" + addrKey(clientIP(r)), or(s.Guards.WSPerAddress, DefaultWSPerAddress), "from your address"},
	)
}

// takeConsoleWS reserves a console websocket of agent a for the client
// of r.
func (s *Server) takeConsoleWS(r *http.Request, a *kefu.Agent) (func(), error) {
	return s.wsSlots.take(
		wsLimit{"a\x00" + a.TenantID + "\x00" + a.ID, or(s.Guards.WSPerAgent, DefaultWSPerAgent), "for this agent"},
		wsLimit{"ip\x00" + addrKey(clientIP(r)), or(s.Guards.WSPerAddress, DefaultWSPerAddress), "from your address"},
	)
}

// refuseWS answers a websocket request that take refused: 429 with
// Retry-After, before any upgrade, so plain HTTP clients read the JSON
// error (browsers see the socket fail and retry later).
func (s *Server) refuseWS(w http.ResponseWriter, r *http.Request, err error) {
	w.Header().Set("Retry-After", strconv.Itoa(wsRetryAfter))
	s.Error(w, r, err)
}

// addrKey is the part of a client address that identifies one client:
// the address itself for IPv4, its /64 network for IPv6, where one
// subscriber usually holds a whole /64 and can pick any address in it.
func addrKey(ip string) string {
	a := net.ParseIP(ip)
	if a == nil || a.To4() != nil {
		return ip
	}
	return a.Mask(net.CIDRMask(64, 128)).String() + "/64"
}
