package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/password"
)

// consoleResult is the last line of "kefu bench --scenario console".
type consoleResult struct {
	Scenario   string `json:"scenario"`
	Consoles   int    `json:"consoles"`
	TargetRate int    `json:"target_msgs_per_s"`
	// MsgsPerSec is the rate of messages delivered to consoles in the
	// measured window.
	MsgsPerSec float64 `json:"msgs_per_s"`
	Delivered  int64   `json:"delivered"`
	// Lost counts messages the server accepted that no console received
	// within the grace period after the run.
	Lost   int64 `json:"lost"`
	Errors int64 `json:"errors"`
	// Delivery latency: from the moment a message was scheduled to be
	// sent (not when the client got round to it, so a backlog counts) to
	// its arrival on the console of the agent holding the conversation.
	P50MS float64 `json:"p50_delivery_ms"`
	P99MS float64 `json:"p99_delivery_ms"`
	MaxMS float64 `json:"max_delivery_ms"`
}

// benchConsoleCustomers are the globalmart demo customers whose
// conversations the consoles hold, in several languages (the agents work
// in English, so their messages reach the console with a translation).
var benchConsoleCustomers = []string{"c-1001", "c-1002", "c-1003", "c-1004", "c-1005", "c-1006"}

// benchConsoleText is what customers write while an agent holds their
// conversation (the bot is silent then).
var benchConsoleText = []string{
	"where is my order 10023?", "我的订单10023到哪了", "¿cuándo llega mi pedido?", "ของยังไม่ถึงเลยค่ะ",
	"ok thanks", "can you check again please?", "gracias", "好的，谢谢",
}

// benchConsole runs the console scenario: consoles agents logged in to
// the real HTTP server of the in-process demo, each with a live console
// websocket and chats conversations it took from the queue, while
// customers write rate messages a second into those conversations.
func benchConsole(ctx context.Context, env *Env, cfg *Config, consoles, chats, rate int, dur, warm time.Duration) error {
	if consoles < 1 || chats < 1 || rate < 1 || dur <= 0 {
		return errors.New("-consoles, -chats and -rate must be >= 1 and -duration > 0")
	}
	const tenant = "globalmart"
	d, err := startBenchDemo(ctx, env, cfg, tenant)
	if err != nil {
		return err
	}
	defer d.stop()
	app, base, apiKey := d.app, d.base, d.key
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConns: 256, MaxIdleConnsPerHost: 256, IdleConnTimeout: time.Minute}}
	api := &bencher{client: client, base: base, key: apiKey, tenant: tenant}

	// Agents: one bcrypt hash for all (hashing is slow on purpose); each
	// logs in through the real login, which checks it.
	const pw = "bench-password"
	hash, err := password.Hash(pw)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "bench console: %d agents log in (bcrypt cost %d each)…\n", consoles, password.Cost)
	agents := make([]*benchAgent, consoles)
	for i := range agents {
		a := &kefu.Agent{TenantID: tenant, Email: fmt.Sprintf("bench-%03d@globalmart.example", i), Name: fmt.Sprintf("Bench %d", i),
			PasswordHash: hash, Languages: []string{"en"}, MaxChats: chats + 1}
		if err := app.Store.CreateAgent(ctx, a); err != nil {
			return err
		}
		agents[i] = &benchAgent{email: a.Email, base: base}
	}
	if err := parallel(len(agents), 2*runtime.NumCPU(), func(i int) error { return agents[i].login(ctx, pw) }); err != nil {
		return fmt.Errorf("login: %w", err)
	}

	// Conversations: each customer asks for a person (agents are offline,
	// so it queues) and an agent takes it from the queue.
	var convs []string
	for i, a := range agents {
		for j := 0; j < chats; j++ {
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
	var lat []time.Duration
	var latMu sync.Mutex
	var delivered, dropped atomic.Int64
	wctx, stopWS := context.WithCancel(ctx)
	defer stopWS()
	var readers sync.WaitGroup
	for _, a := range agents {
		conn, err := a.dial(wctx)
		if err != nil {
			return fmt.Errorf("console websocket: %w", err)
		}
		readers.Add(1)
		go func() {
			defer readers.Done()
			defer conn.CloseNow()
			var local []time.Duration
			defer func() { latMu.Lock(); lat = append(lat, local...); latMu.Unlock() }()
			for {
				var ev struct {
					Type    string `json:"type"`
					Message *struct {
						ClientMessageID string `json:"client_message_id"`
					} `json:"message"`
				}
				if err := wsjson.Read(wctx, conn, &ev); err != nil {
					if wctx.Err() == nil {
						dropped.Add(1)
					}
					return
				}
				if ev.Type != kefu.EventMessageCreated || ev.Message == nil || !strings.HasPrefix(ev.Message.ClientMessageID, "cb-") {
					continue
				}
				n, err := strconv.Atoi(ev.Message.ClientMessageID[3:])
				if err != nil || n >= total {
					continue
				}
				at := time.Now()
				if measured[n].Load() {
					local = append(local, at.Sub(time.Unix(0, sched[n].Load())))
					delivered.Add(1)
				}
			}
		}()
	}
	fmt.Fprintf(env.Stdout, "bench console: %d consoles live, %d conversations held; %d msgs/s for %s (+%s warm-up)\n", consoles, len(convs), rate, dur, warm)

	// Customers write at a fixed rate; workers post in parallel.
	jobs := make(chan int, rate)
	var errs, accepted atomic.Int64
	var lastErr atomic.Value
	var senders sync.WaitGroup
	for w := 0; w < 64; w++ {
		senders.Add(1)
		go func() {
			defer senders.Done()
			for n := range jobs {
				conv := convs[n%len(convs)]
				text := benchConsoleText[n%len(benchConsoleText)]
				err := api.do(ctx, "POST", "/v1/conversations/"+conv+"/messages", map[string]string{"text": text, "client_message_id": "cb-" + strconv.Itoa(n)}, nil)
				switch {
				case err != nil:
					errs.Add(1)
					lastErr.Store(err.Error())
				case measured[n].Load():
					accepted.Add(1)
				}
			}
		}()
	}
	paceOpenLoop(ctx, rate, warm, dur, sched, measured, jobs)
	senders.Wait()
	awaitDelivery(2*time.Second, &delivered, &accepted)
	stopWS()
	readers.Wait()

	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	res := consoleResult{Scenario: "console", Consoles: consoles, TargetRate: rate, Delivered: delivered.Load(),
		Lost: max(0, accepted.Load()-delivered.Load()), Errors: errs.Load()}
	if len(lat) > 0 {
		res.MsgsPerSec = round1(float64(len(lat)) / dur.Seconds())
		res.P50MS, res.P99MS, res.MaxMS = ms(percentile(lat, 0.5)), ms(percentile(lat, 0.99)), ms(lat[len(lat)-1])
	}
	fmt.Fprintf(env.Stdout, "bench console: %d messages delivered to %d consoles in %s: %.0f msgs/s; delivery p50 %.2f ms, p99 %.2f ms, max %.2f ms; %d lost, %d errors, %d consoles dropped\n",
		res.Delivered, consoles, dur, res.MsgsPerSec, res.P50MS, res.P99MS, res.MaxMS, res.Lost, res.Errors, dropped.Load())
	reportBench(env, "bench console", &lastErr, res)
	if res.Delivered == 0 {
		return errors.New("no message reached a console")
	}
	return nil
}

// benchAgent is one agent's browser: a cookie jar and a CSRF token.
type benchAgent struct {
	email, base, csrf string
	client            *http.Client
}

func (a *benchAgent) login(ctx context.Context, pw string) error {
	jar, _ := cookiejar.New(nil)
	a.client = &http.Client{Jar: jar, Timeout: 30 * time.Second}
	var out struct {
		CSRFToken string `json:"csrf_token"`
	}
	if err := a.call(ctx, "/console/login", map[string]string{"tenant": "globalmart", "email": a.email, "password": pw}, &out); err != nil {
		return err
	}
	a.csrf = out.CSRFToken
	return nil
}

func (a *benchAgent) post(ctx context.Context, path string, body any) error {
	return a.call(ctx, path, body, nil)
}

func (a *benchAgent) call(ctx context.Context, path string, body, out any) error {
	buf, err := json.Marshal(body)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, "POST", a.base+path, bytes.NewReader(buf))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Origin", a.base)
	req.Header.Set("X-CSRF-Token", a.csrf)
	resp, err := a.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("POST %s: %d: %s", path, resp.StatusCode, bytes.TrimSpace(data))
	}
	if out != nil {
		return json.Unmarshal(data, out)
	}
	return nil
}

// dial opens the agent's console websocket with its session cookie.
func (a *benchAgent) dial(ctx context.Context) (*websocket.Conn, error) {
	u, err := url.Parse(a.base + "/console/ws")
	if err != nil {
		return nil, err
	}
	h := http.Header{"Origin": {a.base}}
	for _, c := range a.client.Jar.Cookies(u) {
		h.Add("Cookie", c.Name+"="+c.Value)
	}
	ws := "ws" + strings.TrimPrefix(a.base, "http") + "/console/ws?csrf=" + url.QueryEscape(a.csrf)
	conn, _, err := websocket.Dial(ctx, ws, &websocket.DialOptions{HTTPHeader: h})
	if err != nil {
		return nil, err
	}
	conn.SetReadLimit(1 << 20)
	return conn, nil
}

// parallel runs fn(0..n-1) on at most width goroutines and returns the
// first error.
func parallel(n, width int, fn func(i int) error) error {
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
		next  atomic.Int64
	)
	for w := 0; w < width; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				if err := fn(i); err != nil {
					mu.Lock()
					if first == nil {
						first = err
					}
					mu.Unlock()
					return
				}
			}
		}()
	}
	wg.Wait()
	return first
}

// paceOpenLoop sends the job numbers 0, 1, … on jobs at rate per second
// on a fixed schedule (an open loop: a slow server does not slow the
// offered load) for warm+dur, recording in sched when each was due and in
// measured whether it falls after the warm-up; then it closes jobs.
func paceOpenLoop(ctx context.Context, rate int, warm, dur time.Duration, sched []atomic.Int64, measured []atomic.Bool, jobs chan<- int) {
	defer close(jobs)
	interval := time.Second / time.Duration(rate)
	start := time.Now()
	measureFrom := start.Add(warm)
	end := measureFrom.Add(dur)
	for n := 0; n < len(sched); n++ {
		at := start.Add(time.Duration(n) * interval)
		if !at.Before(end) || ctx.Err() != nil {
			return
		}
		if d := time.Until(at); d > 0 {
			time.Sleep(d)
		}
		sched[n].Store(at.UnixNano())
		if !at.Before(measureFrom) {
			measured[n].Store(true)
		}
		jobs <- n
	}
}

// awaitDelivery gives the last messages up to grace to reach the
// consoles: it returns once delivered catches up with accepted.
func awaitDelivery(grace time.Duration, delivered, accepted *atomic.Int64) {
	until := time.Now().Add(grace)
	for time.Now().Before(until) && delivered.Load() < accepted.Load() {
		time.Sleep(10 * time.Millisecond)
	}
}
