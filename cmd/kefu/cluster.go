package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	khttp "github.com/kefu-ai/kefu/http"
	"github.com/kefu-ai/kefu/inmem"
	kefunats "github.com/kefu-ai/kefu/nats"
)

// Several kefu nodes share one PostgreSQL database and one NATS server
// (bus nats, docs/events.md): the store holds the state and the durable
// event log, and NATS carries what each node keeps in memory — live
// events for websockets, notices that a shop's cached data changed, and
// questions about which node holds an agent's console.

// ClusterConfig configures the live bus. It is embedded in Config, so its
// JSON names sit at the top level of the config file. The NATS server is
// IngestConfig.NATSURL (nats_url), which telemetry ingest then uses too.
type ClusterConfig struct {
	// Bus is the live event bus: "local" (in-process, the default) or
	// "nats" (the NATS server at nats_url, shared by several kefu nodes;
	// see docs/events.md).
	Bus string `json:"bus"`
	// NATSPrefix starts the NATS subjects of the bus; empty means
	// "kefu.bus". Nodes of one deployment share it; deployments sharing a
	// NATS server (better: a NATS account each) must not.
	NATSPrefix string `json:"nats_prefix"`
	// PresenceGrace is how long an agent stays online after their last
	// console websocket, on any node, closed; 0 means 30s
	// (http.DefaultPresenceGrace).
	PresenceGrace Duration `json:"presence_grace"`
	// NodeHeartbeat is how often a node on the NATS bus tells the others
	// it is alive, so that each enforces its part of the rate limits; 0
	// means 2s (nats.DefaultHeartbeat). A node is counted gone after
	// three missed heartbeats.
	NodeHeartbeat Duration `json:"node_heartbeat"`
}

// clusterEnv applies the KEFU_* variables of the bus settings.
func (c *ClusterConfig) clusterEnv(getenv func(string) string) error {
	for k, p := range map[string]*string{"KEFU_BUS": &c.Bus, "KEFU_NATS_PREFIX": &c.NATSPrefix} {
		if v := getenv(k); v != "" {
			*p = v
		}
	}
	for k, p := range map[string]*Duration{"KEFU_PRESENCE_GRACE": &c.PresenceGrace, "KEFU_NODE_HEARTBEAT": &c.NodeHeartbeat} {
		if v := getenv(k); v != "" {
			d, err := time.ParseDuration(v)
			if err != nil {
				return fmt.Errorf("%s: %w", k, err)
			}
			*p = Duration(d)
		}
	}
	return nil
}

// validateCluster checks the bus settings.
func (c *Config) validateCluster() error {
	switch c.Bus {
	case "", "local":
	case "nats":
		if c.NATSURL == "" {
			return fmt.Errorf("config: bus nats needs nats_url")
		}
	default:
		return fmt.Errorf("config: bus must be local or nats, not %q", c.Bus)
	}
	if c.PresenceGrace < 0 {
		return fmt.Errorf("config: presence_grace must not be negative")
	}
	if c.NodeHeartbeat < 0 {
		return fmt.Errorf("config: node_heartbeat must not be negative")
	}
	return nil
}

// clusterLink is a node's link to the others, when Bus is "nats".
type clusterLink struct {
	conn     *kefunats.Conn
	changes  *kefunats.Changes
	consoles *kefunats.Consoles
}

// cachedKinds are the kinds of shop data a node caches, forgotten all at
// once when notices may have been missed.
var cachedKinds = []string{"articles", "products", "reviews", "orders", "promotions", "settings", "synonyms", "customers", "keys"}

// openBus opens the live event bus: in-process, or the NATS server's,
// shared with the other nodes.
func (a *App) openBus() error {
	if a.Config.Bus != "nats" {
		a.Events = inmem.NewEventService()
		return nil
	}
	host, _ := os.Hostname()
	conn, err := kefunats.Connect(a.Config.NATSURL, kefunats.Options{Name: "kefu " + host, Prefix: a.Config.NATSPrefix, Logger: a.Logger})
	if err != nil {
		return err
	}
	a.closers = append(a.closers, conn.Close)
	a.Events = kefunats.NewEventService(conn)
	a.cluster = &clusterLink{conn: conn, changes: kefunats.NewChanges(conn), consoles: kefunats.NewConsoles(conn)}
	return nil
}

// lockerKind is the configured per-conversation lock; unset, nodes on
// the NATS bus and the PostgreSQL store lock across nodes.
func (a *App) lockerKind() string {
	if a.Config.Locker == "" && a.Config.Bus == "nats" && a.Config.Store == "postgres" {
		return "postgres"
	}
	return a.Config.Locker
}

// wireCluster sets the console presence grace and links the HTTP server
// to the other nodes: it asks them before setting an agent offline and
// answers their questions, and drops cached shop data when another node
// says it changed.
func (a *App) wireCluster(s *khttp.Server) error {
	s.PresenceGrace = time.Duration(a.Config.PresenceGrace)
	if a.cluster == nil {
		return nil
	}
	s.ConsoleElsewhere = func(ctx context.Context, tenantID, agentID string) bool {
		ok, err := a.cluster.consoles.Elsewhere(ctx, tenantID, agentID)
		if err != nil {
			a.Logger.Warn("could not ask the other nodes for the agent's console; setting them offline",
				slog.String("agent", agentID), slog.String("err", err.Error()))
		}
		return ok
	}
	stopAnswers, err := a.cluster.consoles.Answer(s.HoldsConsole)
	if err != nil {
		return err
	}
	a.closers = append(a.closers, func() error { stopAnswers(); return nil })
	stopChanges, err := a.cluster.changes.Subscribe(a.forgetFromPeer)
	if err != nil {
		return err
	}
	a.closers = append(a.closers, func() error { stopChanges(); return nil })
	// Each node enforces its part of the rate limits (docs/limits.md).
	nodes := kefunats.NewNodes(a.cluster.conn)
	if a.Config.NodeHeartbeat > 0 {
		nodes.Heartbeat = time.Duration(a.Config.NodeHeartbeat)
	}
	stopNodes, err := nodes.Watch(func(n int) {
		s.ShareLimits(n)
		a.Logger.Info("kefu nodes on the bus", slog.Int("nodes", n))
	})
	if err != nil {
		return err
	}
	a.closers = append(a.closers, func() error { stopNodes(); return nil })
	return nil
}

// announce tells the other nodes that a shop's data of kind changed.
func (a *App) announce(tenantID, kind string) {
	if a.cluster == nil {
		return
	}
	if err := a.cluster.changes.Publish(tenantID, kind); err != nil {
		a.Logger.Warn("could not tell the other nodes of a change; their caches expire on their own",
			slog.String("tenant", tenantID), slog.String("kind", kind), slog.String("err", err.Error()))
	}
}

// forgetFromPeer drops what this node caches of a change on another
// node; an empty tenant (the connection came back: notices may have been
// missed) drops everything cached of every shop.
func (a *App) forgetFromPeer(tenantID, kind string) {
	if tenantID != "" {
		a.forget(tenantID, kind)
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	tenants, err := a.Store.FindTenants(ctx)
	if err != nil {
		a.Logger.Warn("could not list the shops to drop their cached data", slog.String("err", err.Error()))
		return
	}
	for _, t := range tenants {
		for _, k := range cachedKinds {
			a.forget(t.ID, k)
		}
	}
	// Corrections carry a revision: load only the shops whose moved.
	if err := a.SyncCorrections(ctx); err != nil {
		a.Logger.Warn("could not catch up with the shops' corrections; the next poll tries again", slog.String("err", err.Error()))
	}
}

// notifyNodes tells the running nodes of a deployment on the NATS bus
// that a command changed a shop's data of kinds, so that they drop what
// they cache of it now (a revoked key stops working at once) rather than
// when their caches expire. Without the bus there is nobody to tell; when
// NATS cannot be reached the command has still done its work, and says
// how long the nodes may take to notice.
func notifyNodes(env *Env, cfg *Config, tenantID string, kinds ...string) {
	if cfg.Bus != "nats" {
		return
	}
	conn, err := kefunats.Connect(cfg.NATSURL, kefunats.Options{Name: "kefu cli", Prefix: cfg.NATSPrefix,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err == nil {
		defer conn.Close()
		ch := kefunats.NewChanges(conn)
		for _, k := range kinds {
			if err = ch.Publish(tenantID, k); err != nil {
				break
			}
		}
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "warning: the running nodes were not told of the change (%v); they notice it when their caches expire, within a minute\n", err)
	}
}
