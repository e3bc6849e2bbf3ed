package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/coder/websocket/wsjson"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/password"
)

// clusterResult is the last line of "kefu bench --scenario cluster".
type clusterResult struct {
	Scenario    string       `json:"scenario"`
	Consoles    int          `json:"consoles"`
	TargetRate  int          `json:"target_msgs_per_s"`
	Concurrency int          `json:"concurrency"`
	OneNode     clusterPhase `json:"one_node"`
	TwoNodes    clusterPhase `json:"two_nodes"`
}

// clusterPhase is what one topology measured.
type clusterPhase struct {
	Nodes  int    `json:"nodes"`
	Bus    string `json:"bus"`
	Locker string `json:"locker"`
	// Bot turns at full speed, -concurrency customers each in a
	// conversation of their own; with two nodes each customer's posts
	// alternate between them.
	Turns       int64   `json:"turns"`
	TurnsPerSec float64 `json:"turns_per_s"`
	TurnP50MS   float64 `json:"turn_p50_ms"`
	TurnP99MS   float64 `json:"turn_p99_ms"`
	// Console delivery: customers write -rate messages a second into
	// conversations agents hold; the consoles are on the last node, and
	// with two nodes the posts to each conversation alternate between
	// the nodes, so half the messages cross from the other node.
	Delivered       int64   `json:"delivered"`
	DeliveryP50MS   float64 `json:"delivery_p50_ms"`
	DeliveryP99MS   float64 `json:"delivery_p99_ms"`
	DeliveryMaxMS   float64 `json:"delivery_max_ms"`
	CrossNode       int64   `json:"cross_node_delivered"`
	CrossNodeP99MS  float64 `json:"cross_node_delivery_p99_ms"`
	PostP99MS       float64 `json:"post_p99_ms"`
	Lost            int64   `json:"lost"`
	OutOfOrder      int64   `json:"out_of_order"`
	Errors          int64   `json:"errors"`
	ConsolesDropped int64   `json:"consoles_dropped"`
}

// benchCluster runs the cluster scenario against PostgreSQL and NATS, in
// a schema of its own that it drops at the end: first one node (the
// in-process bus and lock), then two nodes in this process (the NATS bus,
// PostgreSQL advisory locks), each measuring bot turns and live console
// delivery.
func benchCluster(ctx context.Context, env *Env, cfg *Config, consoles, chats, rate, conc int, dur, warm time.Duration) error {
	if cfg.PostgresDSN == "" || cfg.NATSURL == "" {
		return errors.New("the cluster scenario needs PostgreSQL and NATS: --postgres DSN --nats-url nats://host:4222")
	}
	if consoles < 1 || chats < 1 || rate < 1 || conc < 1 || dur <= 0 {
		return errors.New("-consoles, -chats, -rate and -concurrency must be >= 1 and -duration > 0")
	}
	dsn, drop, err := benchSchema(ctx, cfg.PostgresDSN)
	if err != nil {
		return err
	}
	defer drop()
	tag := make([]byte, 6)
	rand.Read(tag)
	base := *cfg
	base.Store, base.PostgresDSN, base.Ingest, base.ProactiveEvery = "postgres", dsn, "off", 0
	base.Addr, base.LogLevel = "127.0.0.1:0", "error"
	base.NATSPrefix = "kefu.bench." + hex.EncodeToString(tag)
	// The abuse limits are off, as in the turn scenario: 8 customers at
	// full speed are soon over the per-conversation message limit.
	base.Limits = base.Limits.noLimits()
	res := clusterResult{Scenario: "cluster", Consoles: consoles, TargetRate: rate, Concurrency: conc}

	one := base
	one.Bus, one.Locker = "local", "local"
	two := base
	two.Bus, two.Locker = "nats", "" // the locker follows: postgres
	for _, ph := range []struct {
		name string
		cfgs []Config
		out  *clusterPhase
	}{{"one", []Config{one}, &res.OneNode}, {"two", []Config{two, two}, &res.TwoNodes}} {
		apps, key, err := startBenchNodes(ctx, env, ph.cfgs)
		if err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "bench cluster: %d node(s), bus %s, locker %s\n", len(apps), apps[0].Config.Bus, apps[0].lockerKind())
		err = runClusterPhase(ctx, env, apps, key, ph.name, consoles, chats, rate, conc, dur, warm, ph.out)
		for _, a := range apps {
			a.Close()
		}
		if err != nil {
			return err
		}
		p := ph.out
		p.Nodes, p.Bus, p.Locker = len(apps), apps[0].Config.Bus, apps[0].lockerKind()
		fmt.Fprintf(env.Stdout, "bench cluster: %d node(s): %.0f turns/s, p99 %.2f ms; consoles: %d delivered, p99 %.2f ms (across nodes: %d, p99 %.2f ms), %d lost, %d out of order, %d errors\n",
			p.Nodes, p.TurnsPerSec, p.TurnP99MS, p.Delivered, p.DeliveryP99MS, p.CrossNode, p.CrossNodeP99MS, p.Lost, p.OutOfOrder, p.Errors)
	}
	reportBench(env, "bench cluster", &atomic.Value{}, res)
	if res.TwoNodes.Delivered == 0 {
		return errors.New("no message reached a console")
	}
	return nil
}

// startBenchNodes opens and serves one App per config (the first loads
// the demo shops) and returns them with globalmart's API key.
func startBenchNodes(ctx context.Context, env *Env, cfgs []Config) ([]*App, string, error) {
	var apps []*App
	closeAll := func() {
		for _, a := range apps {
			a.Close()
		}
	}
	var key string
	for i, c := range cfgs {
		a := NewApp(c, newLogger(c, env.Stderr))
		apps = append(apps, a)
		if err := a.Open(ctx); err != nil {
			closeAll()
			return nil, "", err
		}
		if i == 0 {
			keys, err := loadDemo(ctx, a)
			if err != nil {
				closeAll()
				return nil, "", err
			}
			for _, k := range keys {
				if k.tenant == "globalmart" {
					key = k.key
				}
			}
		}
		if err := a.Serve(ctx, false); err != nil {
			closeAll()
			return nil, "", err
		}
	}
	return apps, key, nil
}

// runClusterPhase measures one topology: live consoles on the last node
// while customers write at rate, then bot turns at full speed.
func runClusterPhase(ctx context.Context, env *Env, apps []*App, apiKey, tag string, consoles, chats, rate, conc int, dur, warm time.Duration, out *clusterPhase) error {
	const tenant = "globalmart"
	var bases []string
	for _, a := range apps {
		bases = append(bases, a.HTTP.URL())
	}
	consoleNode := len(bases) - 1
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConns: 512, MaxIdleConnsPerHost: 256, IdleConnTimeout: time.Minute}}
	apis := make([]*bencher, len(bases))
	for i, b := range bases {
		apis[i] = &bencher{client: client, base: b, key: apiKey, tenant: tenant, customer: "c-1001"}
	}

	const pw = "bench-password"
	hash, err := password.Hash(pw)
	if err != nil {
		return err
	}
	agents := make([]*benchAgent, consoles)
	for i := range agents {
		a := &kefu.Agent{TenantID: tenant, Email: fmt.Sprintf("bench-%s-%03d@globalmart.example", tag, i), Name: fmt.Sprintf("Bench %d", i),
			PasswordHash: hash, Languages: []string{"en"}, MaxChats: chats + 1}
		if err := apps[0].Store.CreateAgent(ctx, a); err != nil {
			return err
		}
		agents[i] = &benchAgent{email: a.Email, base: bases[consoleNode]}
	}
	if err := parallel(len(agents), 2*runtime.NumCPU(), func(i int) error { return agents[i].login(ctx, pw) }); err != nil {
		return fmt.Errorf("login: %w", err)
	}
	var convs []string
	for i, a := range agents {
		for j := 0; j < chats; j++ {
			api := apis[0]
			api.customer = benchConsoleCustomers[(i*chats+j)%len(benchConsoleCustomers)]
			id, err := api.startConversation(ctx)
			if err != nil {
				return err
			}
			if err := api.do(ctx, "POST", "/v1/conversations/"+id+"/messages", map[string]string{"text": "talk to a human please"}, nil); err != nil {
				return err
			}
			if err := a.post(ctx, "/console/api/conversations/"+id+"/take", nil); err != nil {
				return fmt.Errorf("take: %w", err)
			}
			convs = append(convs, id)
		}
	}

	// Live consoles.
	total := int(float64(rate)*(warm+dur).Seconds()) + rate
	sched := make([]atomic.Int64, total) // unix nanos a message was scheduled; 0: not sent
	measured := make([]atomic.Bool, total)
	var lat, cross []time.Duration
	var latMu sync.Mutex
	var delivered, crossed, outOfOrder, dropped atomic.Int64
	wctx, stopWS := context.WithCancel(ctx)
	defer stopWS()
	var readers sync.WaitGroup
	origin := func(n int) int { return (n / len(convs)) % len(bases) } // the node message n is posted to
	for _, a := range agents {
		conn, err := a.dial(wctx)
		if err != nil {
			return fmt.Errorf("console websocket: %w", err)
		}
		readers.Add(1)
		go func() {
			defer readers.Done()
			defer conn.CloseNow()
			var local, localCross []time.Duration
			defer func() {
				latMu.Lock()
				lat, cross = append(lat, local...), append(cross, localCross...)
				latMu.Unlock()
			}()
			last := map[string]int64{} // conversation -> highest message ID seen
			for {
				var ev struct {
					Type    string `json:"type"`
					Message *struct {
						ID              int64  `json:"id"`
						ConversationID  string `json:"conversation_id"`
						ClientMessageID string `json:"client_message_id"`
					} `json:"message"`
				}
				if err := wsjson.Read(wctx, conn, &ev); err != nil {
					if wctx.Err() == nil {
						dropped.Add(1)
					}
					return
				}
				if ev.Type != kefu.EventMessageCreated || ev.Message == nil {
					continue
				}
				if ev.Message.ID < last[ev.Message.ConversationID] {
					outOfOrder.Add(1)
				}
				last[ev.Message.ConversationID] = max(last[ev.Message.ConversationID], ev.Message.ID)
				if !strings.HasPrefix(ev.Message.ClientMessageID, "cb-") {
					continue
				}
				n, err := strconv.Atoi(ev.Message.ClientMessageID[3:])
				if err != nil || n >= total || !measured[n].Load() {
					continue
				}
				d := time.Since(time.Unix(0, sched[n].Load()))
				local = append(local, d)
				delivered.Add(1)
				if origin(n) != consoleNode {
					localCross = append(localCross, d)
					crossed.Add(1)
				}
			}
		}()
	}

	jobs := make(chan int, rate)
	var errs, accepted atomic.Int64
	var posts []time.Duration
	var postsMu sync.Mutex
	var senders sync.WaitGroup
	for w := 0; w < 64; w++ {
		senders.Add(1)
		go func() {
			defer senders.Done()
			var mine []time.Duration
			defer func() { postsMu.Lock(); posts = append(posts, mine...); postsMu.Unlock() }()
			for n := range jobs {
				conv := convs[n%len(convs)]
				text := benchConsoleText[n%len(benchConsoleText)]
				t0 := time.Now()
				err := apis[origin(n)].do(ctx, "POST", "/v1/conversations/"+conv+"/messages", map[string]string{"text": text, "client_message_id": "cb-" + strconv.Itoa(n)}, nil)
				switch {
				case err != nil:
					errs.Add(1)
				case measured[n].Load():
					accepted.Add(1)
					mine = append(mine, time.Since(t0))
				}
			}
		}()
	}
	fmt.Fprintf(env.Stdout, "bench cluster: %d consoles on node %d, %d conversations; %d msgs/s for %s (+%s warm-up)\n", consoles, consoleNode+1, len(convs), rate, dur, warm)
	paceOpenLoop(ctx, rate, warm, dur, sched, measured, jobs)
	senders.Wait()
	awaitDelivery(3*time.Second, &delivered, &accepted)
	stopWS()
	readers.Wait()
	sortDurations(lat)
	sortDurations(cross)
	sortDurations(posts)
	out.Delivered, out.CrossNode = delivered.Load(), crossed.Load()
	out.Lost = max(0, accepted.Load()-delivered.Load())
	out.OutOfOrder, out.Errors, out.ConsolesDropped = outOfOrder.Load(), errs.Load(), dropped.Load()
	if len(lat) > 0 {
		out.DeliveryP50MS, out.DeliveryP99MS, out.DeliveryMaxMS = ms(percentile(lat, 0.5)), ms(percentile(lat, 0.99)), ms(lat[len(lat)-1])
	}
	if len(cross) > 0 {
		out.CrossNodeP99MS = ms(percentile(cross, 0.99))
	}
	if len(posts) > 0 {
		out.PostP99MS = ms(percentile(posts, 0.99))
	}

	// Bot turns at full speed.
	turnConvs := make([]string, conc)
	for w := range turnConvs {
		id, err := apis[w%len(apis)].startConversation(ctx)
		if err != nil {
			return err
		}
		turnConvs[w] = id
	}
	var turnLat []time.Duration
	var turnMu sync.Mutex
	var workers sync.WaitGroup
	var turnErrs atomic.Int64
	var first atomic.Int64
	var measuring atomic.Bool
	deadline := time.Now().Add(warm + dur)
	time.AfterFunc(warm, func() { measuring.Store(true) })
	for w := 0; w < conc; w++ {
		workers.Add(1)
		go func() {
			defer workers.Done()
			var mine []time.Duration
			defer func() { turnMu.Lock(); turnLat = append(turnLat, mine...); turnMu.Unlock() }()
			for i := 0; ctx.Err() == nil && time.Now().Before(deadline); i++ {
				t0 := time.Now()
				err := apis[(w+i)%len(apis)].post(ctx, turnConvs[w], benchMessages[i%len(benchMessages)], fmt.Sprintf("t-%s-%d-%d", tag, w, i))
				if !measuring.Load() {
					continue
				}
				first.CompareAndSwap(0, t0.UnixNano())
				if err != nil {
					if turnErrs.Add(1) == 1 {
						fmt.Fprintf(env.Stderr, "bench cluster: %d node(s): first turn error: %v\n", len(apis), err)
					}
					continue
				}
				mine = append(mine, time.Since(t0))
			}
		}()
	}
	workers.Wait()
	elapsed := time.Since(time.Unix(0, first.Load()))
	sortDurations(turnLat)
	out.Errors += turnErrs.Load()
	out.Turns = int64(len(turnLat))
	if len(turnLat) > 0 && elapsed > 0 {
		out.TurnsPerSec = round1(float64(len(turnLat)) / elapsed.Seconds())
		out.TurnP50MS, out.TurnP99MS = ms(percentile(turnLat, 0.5)), ms(percentile(turnLat, 0.99))
	}
	return nil
}

func sortDurations(d []time.Duration) { sort.Slice(d, func(i, j int) bool { return d[i] < d[j] }) }

// benchSchema creates a schema of the run's own on the server of dsn and
// returns a DSN that uses it, and a function that drops it.
func benchSchema(ctx context.Context, dsn string) (string, func(), error) {
	// Through pgxpool's parser, which takes the pool's parameters
	// (pool_max_conns) out of what goes to the server.
	pc, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return "", nil, fmt.Errorf("PostgreSQL DSN: %w", err)
	}
	conn, err := pgx.ConnectConfig(ctx, pc.ConnConfig)
	if err != nil {
		return "", nil, fmt.Errorf("PostgreSQL: %w", err)
	}
	defer conn.Close(ctx)
	b := make([]byte, 6)
	rand.Read(b)
	schema := "kefu_bench_" + hex.EncodeToString(b)
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		return "", nil, fmt.Errorf("PostgreSQL: create schema: %w", err)
	}
	drop := func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		conn, err := pgx.ConnectConfig(ctx, pc.ConnConfig)
		if err != nil {
			return
		}
		defer conn.Close(ctx)
		conn.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE")
	}
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		u, err := url.Parse(dsn)
		if err != nil {
			drop()
			return "", nil, err
		}
		q := u.Query()
		q.Set("search_path", schema)
		u.RawQuery = q.Encode()
		return u.String(), drop, nil
	}
	return strings.TrimSpace(dsn) + " search_path=" + schema, drop, nil
}
