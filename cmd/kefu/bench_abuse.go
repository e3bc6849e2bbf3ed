package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/kefu-ai/kefu"
	khttp "github.com/kefu-ai/kefu/http"
)

// abuseResult is the last line of "kefu bench --scenario abuse": the same
// attacks on a demo without limits (before) and with the configured
// ones (after, kefu's defaults unless the config sets others).
type abuseResult struct {
	Scenario string   `json:"scenario"`
	Seconds  float64  `json:"flood_s"`
	Clients  int      `json:"clients"`
	Before   abuseRun `json:"before"`
	After    abuseRun `json:"after"`
}

// abuseRun is what one run of the attacks did.
type abuseRun struct {
	// Conversations opened through the widget by one client address
	// flooding for flood_s, and refused (429).
	Conversations        int64 `json:"conversations_created"`
	ConversationsLimited int64 `json:"conversations_429"`
	// Messages posted into one conversation by one client for flood_s
	// (each stored with the bot's reply), and refused.
	Messages        int64 `json:"messages_posted"`
	MessagesLimited int64 `json:"messages_429"`
	// Furious anonymous visitors from distinct addresses (a botnet, so
	// that per-address limits do not apply) demanding a person: how many
	// got into the queue, how many were told people are busy, and how
	// many could not even open a conversation.
	HandoffAttackers int   `json:"handoff_attackers"`
	AnonymousQueued  int64 `json:"anonymous_queued"`
	AnonymousBusy    int64 `json:"anonymous_told_busy"`
	AnonymousLimited int64 `json:"anonymous_429"`
	SignedInPosition int   `json:"signed_in_position"`
	// SignedInPositionOldOrder is where the signed-in customer would
	// stand in the same queue ranked as before anonymous conversations
	// went behind known customers (priority and wait only).
	SignedInPositionOldOrder int `json:"signed_in_position_old_order"`
	// DatabaseGrowthBytes is how much bigger the database is after the
	// attacks than the demo's alone, both checkpointed on close.
	DatabaseGrowthBytes int64 `json:"db_growth_bytes"`
	Errors              int64 `json:"errors"`
}

// benchAbuse replays the attacks of issue 16 on the in-process demo, once
// without limits and once with the configured ones, and compares: one
// client address opening widget conversations as fast as it can for
// dur, one client posting into one conversation for dur, then 300
// anonymous visitors at distinct addresses demanding a person before a
// signed-in customer asks for one. The loopback address is a trusted
// proxy in both runs, so that the visitors' X-Forwarded-For counts.
func benchAbuse(ctx context.Context, env *Env, cfg *Config, tenant string, clients int, dur time.Duration) error {
	const attackers = 300
	res := abuseResult{Scenario: "abuse", Seconds: dur.Seconds(), Clients: clients}
	// The size of the demo's database alone, for the growth each run
	// causes: closing checkpoints the write-ahead log into the database.
	c := *cfg
	c.Limits, c.ProactiveEvery = cfg.Limits.noLimits(), 0
	d, err := startDemo(ctx, env, &c, tenant)
	if err != nil {
		return err
	}
	demoBytes := closedSize(d)
	for _, run := range []struct {
		name   string
		out    *abuseRun
		limits LimitsConfig
	}{
		{"before (no limits)", &res.Before, cfg.Limits.noLimits()},
		{"after (limits on)", &res.After, cfg.Limits},
	} {
		c := *cfg
		c.Limits = run.limits
		c.ProactiveEvery = 0 // its scans would write during the floods
		c.Limits.TrustedProxies = append(append([]string(nil), c.Limits.TrustedProxies...), "127.0.0.1")
		d, err := startDemo(ctx, env, &c, tenant)
		if err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "bench: %s: demo at %s\n", run.name, d.base)
		err = abuseAttacks(ctx, d, tenant, clients, attackers, dur, run.out)
		run.out.DatabaseGrowthBytes = closedSize(d) - demoBytes
		if err != nil {
			return err
		}
		o := run.out
		fmt.Fprintf(env.Stdout, "bench: %s: %d conversations opened (%d refused) and %d messages posted (%d refused) in %s from one address; %d of %d furious anonymous visitors queued, %d told people are busy, %d refused; signed-in customer at position %d (%d in the old order); database +%.1f MB\n",
			run.name, o.Conversations, o.ConversationsLimited, o.Messages, o.MessagesLimited, dur, o.AnonymousQueued, attackers,
			o.AnonymousBusy, o.AnonymousLimited, o.SignedInPosition, o.SignedInPositionOldOrder, float64(o.DatabaseGrowthBytes)/1e6)
	}
	out, _ := json.Marshal(res)
	fmt.Fprintln(env.Stdout, string(out))
	return nil
}

// abuseClient speaks to the demo as the attackers and the customer do.
type abuseClient struct {
	http *http.Client
	base string
}

// do sends a JSON request, from addr (X-Forwarded-For) when it is set,
// and decodes a 2xx reply into out.
func (c *abuseClient) do(ctx context.Context, method, path, token, addr string, body, out any) (int, error) {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return 0, err
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, rd)
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	if addr != "" {
		req.Header.Set("X-Forwarded-For", addr)
	}
	res, err := c.http.Do(req)
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	data, err := io.ReadAll(res.Body)
	if err != nil {
		return res.StatusCode, err
	}
	if res.StatusCode/100 == 2 && out != nil {
		return res.StatusCode, json.Unmarshal(data, out)
	}
	return res.StatusCode, nil
}

// open opens a widget conversation, signed for externalID when it is set.
func (c *abuseClient) open(ctx context.Context, tenant, secret, externalID, addr string) (int, *khttp.ConversationResponse, error) {
	body := map[string]any{}
	if externalID != "" {
		body["customer"] = map[string]string{"external_id": externalID, "signature": khttp.SignCustomer(secret, externalID)}
	}
	var cr khttp.ConversationResponse
	st, err := c.do(ctx, "POST", "/v1/widget/"+tenant+"/conversations", "", addr, body, &cr)
	return st, &cr, err
}

// flood runs op from n goroutines until dur has passed and counts its
// statuses: 2xx in ok, 429 in limited, anything else in errs.
func flood(ctx context.Context, n int, dur time.Duration, op func(worker, i int) (int, error), ok, limited, errs *atomic.Int64) {
	deadline := time.Now().Add(dur)
	var wg sync.WaitGroup
	for w := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ctx.Err() == nil && time.Now().Before(deadline); i++ {
				st, err := op(w, i)
				switch {
				case err == nil && st/100 == 2:
					ok.Add(1)
				case err == nil && st == http.StatusTooManyRequests:
					limited.Add(1)
				default:
					errs.Add(1)
				}
			}
		}()
	}
	wg.Wait()
}

func abuseAttacks(ctx context.Context, d *benchDemo, tenant string, clients, attackers int, dur time.Duration, out *abuseRun) error {
	t, err := d.app.Store.FindTenantByID(ctx, tenant)
	if err != nil {
		return err
	}
	secret := t.Settings.WidgetSecret
	c := &abuseClient{base: d.base, http: &http.Client{Timeout: 30 * time.Second,
		Transport: &http.Transport{MaxIdleConns: clients * 2, MaxIdleConnsPerHost: clients * 2}}}
	var okN, limited, errs atomic.Int64

	// 1. One address opens conversations as fast as it can.
	flood(ctx, clients, dur, func(int, int) (int, error) {
		st, _, err := c.open(ctx, tenant, "", "", "")
		return st, err
	}, &okN, &limited, &errs)
	out.Conversations, out.ConversationsLimited = okN.Swap(0), limited.Swap(0)

	// 2. One client posts into one conversation as fast as it can.
	_, conv, err := c.open(ctx, tenant, "", "", "192.0.2.250")
	if err != nil || conv.Conversation == nil {
		return fmt.Errorf("opening the conversation to flood: %v", err)
	}
	flood(ctx, clients, dur, func(w, i int) (int, error) {
		return c.do(ctx, "POST", "/v1/conversations/"+conv.Conversation.ID+"/messages", conv.Token, "",
			map[string]string{"text": fmt.Sprintf("hello %d-%d", w, i)}, nil)
	}, &okN, &limited, &errs)
	out.Messages, out.MessagesLimited = okN.Swap(0), limited.Swap(0)

	// 3. Furious anonymous visitors at distinct addresses demand a person.
	out.HandoffAttackers = attackers
	var next, queued, busy atomic.Int64
	var wg sync.WaitGroup
	for range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := next.Add(1) - 1
				if i >= int64(attackers) {
					return
				}
				addr := fmt.Sprintf("198.18.%d.%d", i/250, i%250+1)
				st, cr, err := c.open(ctx, tenant, "", "", addr)
				if err == nil && st == http.StatusTooManyRequests {
					limited.Add(1)
					continue
				}
				if err != nil || st/100 != 2 {
					errs.Add(1)
					continue
				}
				path := "/v1/conversations/" + cr.Conversation.ID
				st, err = c.do(ctx, "POST", path+"/messages", cr.Token, addr, map[string]string{"text": "I am furious, get me a human NOW"}, nil)
				if err != nil || st/100 != 2 {
					errs.Add(1)
					continue
				}
				var view khttp.ConversationResponse
				if st, err := c.do(ctx, "GET", path, cr.Token, addr, nil, &view); err != nil || st != http.StatusOK {
					errs.Add(1)
					continue
				}
				if view.Conversation.Status == kefu.StatusQueued {
					queued.Add(1)
				} else {
					busy.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	out.AnonymousQueued, out.AnonymousBusy, out.AnonymousLimited = queued.Load(), busy.Load(), limited.Swap(0)

	// 4. A signed-in customer asks for a person.
	st, me, err := c.open(ctx, tenant, secret, "c-1001", "192.0.2.10")
	if err != nil || st/100 != 2 {
		return fmt.Errorf("signed-in customer's conversation: %d %v", st, err)
	}
	if st, err := c.do(ctx, "POST", "/v1/conversations/"+me.Conversation.ID+"/messages", me.Token, "192.0.2.10",
		map[string]string{"text": "can I talk to a person please"}, nil); err != nil || st/100 != 2 {
		return fmt.Errorf("signed-in customer's hand-off: %d %v", st, err)
	}
	var view khttp.ConversationResponse
	if _, err := c.do(ctx, "GET", "/v1/conversations/"+me.Conversation.ID, me.Token, "192.0.2.10", nil, &view); err != nil {
		return err
	}
	if view.Queue != nil {
		out.SignedInPosition = view.Queue.Position
	}
	if out.SignedInPositionOldOrder, err = oldQueuePosition(ctx, d, tenant, me.Conversation.ID); err != nil {
		return err
	}
	out.Errors = errs.Load()
	return nil
}

// oldQueuePosition is conversation id's place in the tenant's queue by
// the order kefu used before anonymous conversations were ranked behind
// known customers: effective priority as stored, then the longer wait,
// then the smaller ID.
func oldQueuePosition(ctx context.Context, d *benchDemo, tenant, id string) (int, error) {
	queued, err := kefu.FindQueue(ctx, d.app.Store, tenant)
	if err != nil {
		return 0, err
	}
	now := d.app.Now()
	rank := func(c *kefu.Conversation) kefu.QueueRank {
		since := c.QueuedAt
		if since.IsZero() {
			since = c.UpdatedAt
		}
		return kefu.QueueRank{Priority: kefu.EffectivePriority(c.Priority, now.Sub(since)), Since: since, ID: c.ID}
	}
	var me *kefu.Conversation
	for _, c := range queued {
		if c.ID == id {
			me = c
		}
	}
	if me == nil {
		return 0, nil
	}
	pos := 1
	for _, c := range queued {
		if c.ID != id && rank(c).Before(rank(me)) {
			pos++
		}
	}
	return pos, nil
}

// closedSize waits for the demo's background work, closes it (which
// checkpoints the write-ahead log), measures its database and removes it.
func closedSize(d *benchDemo) int64 {
	d.app.productProfiles.Wait()
	d.app.Close()
	n := dataSize(d.app.Config.DataDir)
	d.stop()
	return n
}

// dataSize is the size of the SQLite database with its write-ahead log.
func dataSize(dir string) int64 {
	var n int64
	for _, f := range []string{"kefu.db", "kefu.db-wal"} {
		if fi, err := os.Stat(filepath.Join(dir, f)); err == nil {
			n += fi.Size()
		}
	}
	return n
}
