package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket/wsjson"
	"golang.org/x/crypto/bcrypt"

	"github.com/kefu-ai/kefu"
	khttp "github.com/kefu-ai/kefu/http"
	"github.com/kefu-ai/kefu/internal/testenv"
	"github.com/kefu-ai/kefu/postgres"
)

func TestClusterConfig(t *testing.T) {
	tests := []struct {
		name    string
		vars    map[string]string
		args    []string
		wantErr string
		bus     string
	}{
		{"default is the in-process bus", nil, nil, "", ""},
		{"flags", nil, []string{"--bus", "nats", "--nats-url", "nats://127.0.0.1:4222"}, "", "nats"},
		{"environment", map[string]string{"KEFU_BUS": "nats", "KEFU_NATS_URL": "nats://n:4222"}, nil, "", "nats"},
		{"nats needs a URL", map[string]string{"KEFU_BUS": "nats"}, nil, "bus nats needs nats_url", ""},
		{"unknown bus", nil, []string{"--bus", "kafka"}, "bus must be local or nats", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env, _, _ := testEnv("", tt.vars)
			fs := newFlagSet(env, "serve", "")
			cfg, err := setupConfig(fs, env, tt.args)
			if err != nil {
				t.Fatal(err)
			}
			if err := parseFlags(fs, tt.args); err != nil {
				t.Fatal(err)
			}
			err = cfg.Validate()
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("Validate = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if cfg.Bus != tt.bus {
				t.Errorf("bus %q, want %q", cfg.Bus, tt.bus)
			}
		})
	}
	cfg := DefaultConfig()
	cfg.Store, cfg.PostgresDSN, cfg.Bus, cfg.NATSURL = "postgres", "postgres://x", "nats", "nats://n:4222"
	if k := (&App{Config: cfg}).lockerKind(); k != "postgres" {
		t.Errorf("locker on the nats bus and postgres = %q, want postgres", k)
	}
	cfg.Locker = "local"
	if k := (&App{Config: cfg}).lockerKind(); k != "local" {
		t.Errorf("locker set local = %q, want local", k)
	}
}

// presenceGrace is the cluster test nodes' presence_grace.
const presenceGrace = 200 * time.Millisecond

// cluster is two kefu nodes on one PostgreSQL schema and one NATS server
// (a subject prefix of their own): A runs "kefu demo" (which loads the
// demo shops), B "kefu serve".
type testCluster struct {
	A, B *demo
	Key  string // globalmart's admin key
	// vars and args are the nodes' environment and configuration
	// flags, for running other commands against the same deployment;
	// dsn is their database.
	vars map[string]string
	args []string
	dsn  string
}

// MustStartCluster starts two nodes against the test PostgreSQL server
// and the NATS server at natsURL ("": the test server), skipping tb
// without them (failing it under KEFU_REQUIRE_SERVICES=1).
func MustStartCluster(tb testing.TB, natsURL string) *testCluster {
	tb.Helper()
	return mustStartClusterOn(tb, natsURL, testenv.PostgresDSN(tb))
}

// mustStartClusterOn is MustStartCluster on the PostgreSQL schema at dsn.
func mustStartClusterOn(tb testing.TB, natsURL, dsn string) *testCluster {
	tb.Helper()
	if natsURL == "" {
		natsURL = testenv.NATSURL(tb)
	}
	b := make([]byte, 24)
	if _, err := rand.Read(b); err != nil {
		tb.Fatal(err)
	}
	vars := map[string]string{
		"KEFU_INGEST":      "off", // no telemetry consumer on the shared server
		"KEFU_NATS_PREFIX": "kefutest." + hex.EncodeToString(b[:6]),
		"KEFU_SESSION_KEY": hex.EncodeToString(b),
		// Short, for the presence test; a node asks the others for up
		// to 500 ms on top.
		"KEFU_PRESENCE_GRACE": presenceGrace.String(),
		"KEFU_NODE_HEARTBEAT": "200ms",
	}
	common := []string{"--store", "postgres", "--postgres", dsn, "--bus", "nats", "--nats-url", natsURL}
	c := &testCluster{A: MustStartNode(tb, vars, append([]string{"demo"}, common...)...), vars: vars, args: common, dsn: dsn}
	c.B = MustStartNode(tb, vars, append([]string{"serve"}, common...)...)
	c.Key = c.A.Keys["globalmart"]
	if c.Key == "" {
		tb.Fatal("node A printed no API key for globalmart")
	}
	return c
}

// newConversation opens a conversation of customer c-1001 on node url.
func newConversation(tb testing.TB, url, key string) string {
	tb.Helper()
	code, body := callJSON(tb, "POST", url+"/v1/conversations", key, map[string]any{"customer": map[string]string{"external_id": "c-1001"}})
	if code != http.StatusCreated {
		tb.Fatalf("create conversation: %d %v", code, body)
	}
	return str(body, "conversation", "id")
}

// TestClusterTwoNodes runs two nodes in this process on PostgreSQL and
// NATS and checks what must hold across them.
func TestClusterTwoNodes(t *testing.T) {
	if testing.Short() {
		t.Skip("two nodes on PostgreSQL skipped in -short mode")
	}
	t.Parallel() // long: runs beside the other long tests
	c := MustStartCluster(t, "")
	ctx := context.Background()

	// Wrong passwords guessed on node A slow the guesser on node B too;
	// the agent's right password still works once the delay has passed.
	t.Run("LoginThrottleShared", func(t *testing.T) {
		const pw = "cluster-password-2"
		email := "throttle@globalmart.example"
		// A cheap hash (bcrypt cost 4) keeps each wrong guess fast under
		// -race; the throttle does not depend on the cost.
		hash, err := bcrypt.GenerateFromPassword([]byte(pw), bcrypt.MinCost)
		if err != nil {
			t.Fatal(err)
		}
		db, err := postgres.Open(ctx, c.dsn, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if err := db.CreateAgent(ctx, &kefu.Agent{TenantID: "globalmart", Email: email, Name: "Throttle", PasswordHash: string(hash), Languages: []string{"en"}}); err != nil {
			t.Fatal(err)
		}
		login := func(base, password string) int {
			code, _ := callJSON(t, "POST", base+"/console/login", "", map[string]string{"tenant": "globalmart", "email": email, "password": password})
			return code
		}
		// Guess on A until A itself says wait. (Checking a password takes
		// long under -race on a loaded machine, longer than the first
		// delays, so how many guesses that takes is not fixed.)
		throttled := false
		for i := range 16 {
			code := login(c.A.URL, "wrong")
			if code == http.StatusTooManyRequests {
				throttled = true
				break
			}
			if code != http.StatusUnauthorized {
				t.Fatalf("wrong password %d on node A: %d, want 401 or 429", i+1, code)
			}
		}
		if !throttled {
			t.Fatal("16 wrong passwords on node A were never slowed down")
		}
		// A refused attempt costs no password check: B is asked at once,
		// inside the same delay, and must know of A's failures.
		if code := login(c.B.URL, "wrong"); code != http.StatusTooManyRequests {
			t.Fatalf("a guess on node B right after node A said wait: %d, want 429 (node A's failures count)", code)
		}
		// Refused attempts are not charged, so asking again until the
		// delay has passed does not extend it.
		deadline := time.Now().Add(2 * time.Minute)
		for {
			code := login(c.B.URL, pw)
			if code == http.StatusOK {
				break
			}
			if code != http.StatusTooManyRequests || time.Now().After(deadline) {
				t.Fatalf("right password on node B: %d, want 429 during the delay and then 200", code)
			}
			time.Sleep(200 * time.Millisecond)
		}
	})

	// A key revoked from the command line stops working on the running
	// nodes at once, not when their key caches expire.
	t.Run("KeyRevokedByCLI", func(t *testing.T) {
		kefuCLI := func(args ...string) string {
			env, out, errOut := testEnv("", c.vars)
			if code := Run(ctx, append(args, c.args...), env); code != 0 {
				t.Fatalf("kefu %s: exit %d: %s", strings.Join(args, " "), code, errOut)
			}
			return out.String()
		}
		lines := strings.Split(strings.TrimSpace(kefuCLI("key", "create", "--shop", "globalmart", "--scope", "chat", "--name", "revoke test")), "\n")
		var k keyCreated
		if err := json.Unmarshal([]byte(lines[len(lines)-1]), &k); err != nil {
			t.Fatal(err)
		}
		open := func() int {
			code, _ := callJSON(t, "POST", c.B.URL+"/v1/conversations", k.APIKey, map[string]any{"customer": map[string]string{"external_id": "c-1001"}})
			return code
		}
		if code := open(); code != http.StatusCreated {
			t.Fatalf("new key on node B: %d", code)
		}
		kefuCLI("key", "revoke", "--shop", "globalmart", "--id", k.KeyID)
		// The notice reaches node B a moment after the command returns
		// (KeyRevokedOnAllNodes allows the same); without it, B would
		// accept the key for up to 10 s more.
		revoked := time.Now()
		for code := open(); code != http.StatusUnauthorized; code = open() {
			if time.Since(revoked) > 500*time.Millisecond {
				t.Fatalf("node B still accepts the key %v after kefu key revoke: %d", time.Since(revoked), code)
			}
			time.Sleep(time.Millisecond)
		}
		t.Logf("node B refused the key %v after kefu key revoke returned", time.Since(revoked))
	})

	// Articles imported from the command line answer on a running node
	// at once, not when its knowledge cache expires (30 s).
	t.Run("ArticlesImportedByCLI", func(t *testing.T) {
		conv := newConversation(t, c.B.URL, c.Key)
		ask := func() string {
			code, body := callJSON(t, "POST", c.B.URL+"/v1/conversations/"+conv+"/messages", c.Key, map[string]string{"text": "do you have a shop in Lisbon I can visit?"})
			if code != http.StatusOK {
				t.Fatalf("ask: %d %v", code, body)
			}
			return fmt.Sprint(body["reply"])
		}
		const answer = "Rua Augusta 100"
		if r := ask(); strings.Contains(r, answer) {
			t.Fatalf("answered from the article before it was imported: %s", r)
		}
		file := filepath.Join(t.TempDir(), "articles.csv")
		csv := "key,language,title,body,tags,intents,status\n" +
			"lisbon-showroom,en,Visit our Lisbon shop,\"Our Lisbon shop and showroom at " + answer + " is open to visit Monday to Saturday, 10:00 to 19:00.\",shop;visit,contact,published\n"
		if err := os.WriteFile(file, []byte(csv), 0o600); err != nil {
			t.Fatal(err)
		}
		env, _, errOut := testEnv("", c.vars)
		if code := Run(ctx, append(append([]string{"import", "--tenant", "globalmart", "--kind", "articles"}, c.args...), file), env); code != 0 {
			t.Fatalf("kefu import: exit %d: %s", code, errOut)
		}
		// The notice reaches node B a moment after the command returns;
		// without it, B would answer from its index for up to 30 s more.
		imported := time.Now()
		for r := ask(); !strings.Contains(r, answer); r = ask() {
			if time.Since(imported) > 500*time.Millisecond {
				t.Fatalf("%v after kefu import, node B answered %s; want the imported article", time.Since(imported), r)
			}
			time.Sleep(5 * time.Millisecond)
		}
	})

	// Conversations opened from one address alternately on both nodes:
	// each node enforces half the per-address limit, so the address gets
	// the limit in all, not twice it.
	t.Run("RateLimitShared", func(t *testing.T) {
		for _, n := range []*demo{c.A, c.B} {
			deadline := time.Now().Add(5 * time.Second)
			for {
				_, body := call(t, "GET", n.URL+"/readyz", "", "", nil)
				if n, _ := body["nodes"].(float64); n == 2 {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("%s/readyz: %v; want nodes 2", n.URL, body)
				}
				time.Sleep(20 * time.Millisecond)
			}
		}
		burst := khttp.DefaultLimits().ConversationsPerAddress.Burst
		opened, refused := 0, 0
		for i := range 2 * burst {
			node := []*demo{c.A, c.B}[i%2]
			code, body := call(t, "POST", node.URL+"/v1/widget/globalmart/conversations", "", "application/json", strings.NewReader(`{}`))
			switch code {
			case http.StatusCreated:
				opened++
			case http.StatusTooManyRequests:
				refused++
			default:
				t.Fatalf("open %d: %d %v", i, code, body)
			}
		}
		if opened != burst || refused != burst {
			t.Errorf("from one address over two nodes: %d opened, %d refused; want %d and %d", opened, refused, burst, burst)
		}
	})

	// A customer writes on node A; the agent's console is on node B.
	t.Run("ConsoleOnOtherNode", func(t *testing.T) {
		const pw = "cluster-password-1"
		code, body := callJSON(t, "POST", c.A.URL+"/v1/agents", c.Key, map[string]any{"email": "cluster@globalmart.example", "name": "Cluster", "password": pw, "languages": []string{"en"}})
		if code != http.StatusCreated {
			t.Fatalf("create agent: %d %v", code, body)
		}
		agent := &benchAgent{email: "cluster@globalmart.example", base: c.B.URL}
		if err := agent.login(ctx, pw); err != nil {
			t.Fatal(err)
		}
		conv := newConversation(t, c.A.URL, c.Key)
		msgs := c.A.URL + "/v1/conversations/" + conv + "/messages"
		if code, body := callJSON(t, "POST", msgs, c.Key, map[string]string{"text": "talk to a human please"}); code != http.StatusOK {
			t.Fatalf("hand-off: %d %v", code, body)
		}
		if err := agent.post(ctx, "/console/api/conversations/"+conv+"/take", nil); err != nil {
			t.Fatal(err)
		}
		wctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		ws, err := agent.dial(wctx)
		if err != nil {
			t.Fatal(err)
		}
		defer ws.CloseNow()
		var delays []time.Duration
		for i := range 20 {
			id := fmt.Sprintf("cl-%d", i)
			start := time.Now()
			if code, body := callJSON(t, "POST", msgs, c.Key, map[string]string{"text": "are you there? " + id, "client_message_id": id}); code != http.StatusOK {
				t.Fatalf("post: %d %v", code, body)
			}
			for {
				var ev struct {
					Type    string `json:"type"`
					Message *struct {
						ClientMessageID string `json:"client_message_id"`
					} `json:"message"`
				}
				if err := wsjson.Read(wctx, ws, &ev); err != nil {
					t.Fatalf("message %s did not reach the console on the other node: %v", id, err)
				}
				if ev.Type == kefu.EventMessageCreated && ev.Message != nil && ev.Message.ClientMessageID == id {
					break
				}
			}
			// From the post's start, so the turn on node A counts too.
			delays = append(delays, time.Since(start))
		}
		slices.Sort(delays)
		t.Logf("node A post to node B console: p50 %v, max %v over %d messages", delays[len(delays)/2], delays[len(delays)-1], len(delays))
	})

	// A key revoked on node A stops working on node B at once, though B
	// cached it (the key cache keeps a key 10 s otherwise).
	t.Run("KeyRevokedOnAllNodes", func(t *testing.T) {
		code, body := callJSON(t, "POST", c.A.URL+"/v1/keys", c.Key, map[string]string{"name": "short-lived", "scope": "chat"})
		if code != http.StatusCreated {
			t.Fatalf("create key: %d %v", code, body)
		}
		key, id := str(body, "api_key"), str(body, "key", "id")
		conv := newConversation(t, c.A.URL, c.Key)
		get := c.B.URL + "/v1/conversations/" + conv
		if code, body := call(t, "GET", get, key, "", nil); code != http.StatusOK {
			t.Fatalf("the new key on node B: %d %v", code, body)
		}
		if code, body := call(t, "DELETE", c.A.URL+"/v1/keys/"+id, c.Key, "", nil); code != http.StatusNoContent {
			t.Fatalf("revoke: %d %v", code, body)
		}
		revoked := time.Now()
		tries := 0
		for {
			tries++
			code, _ := call(t, "GET", get, key, "", nil)
			if code == http.StatusUnauthorized {
				break
			}
			if time.Since(revoked) > 500*time.Millisecond {
				t.Fatalf("node B still accepts the revoked key after %v (%d tries): %d", time.Since(revoked), tries, code)
			}
			time.Sleep(time.Millisecond)
		}
		t.Logf("node B refused the revoked key after %v (%d tries)", time.Since(revoked), tries)
	})

	// Customers writing to one conversation on both nodes at once: each
	// turn holds the conversation's lock (PostgreSQL advisory lock), so
	// every bot reply directly follows the message it answers.
	t.Run("OrderUnderConcurrentPosts", func(t *testing.T) {
		conv := newConversation(t, c.A.URL, c.Key)
		const writers, each = 4, 6
		var wg sync.WaitGroup
		errs := make(chan string, writers*each)
		for w := range writers {
			base := []string{c.A.URL, c.B.URL}[w%2]
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range each {
					id := fmt.Sprintf("w%d-%d", w, i)
					code, body := callJSON(t, "POST", base+"/v1/conversations/"+conv+"/messages", c.Key, map[string]string{"text": benchMessages[(w+i)%len(benchMessages)], "client_message_id": id})
					if code != http.StatusOK {
						errs <- fmt.Sprintf("%s: %d %v", id, code, body)
					}
				}
			}()
		}
		wg.Wait()
		close(errs)
		for e := range errs {
			t.Error(e)
		}
		code, body := call(t, "GET", c.B.URL+"/v1/conversations/"+conv+"/messages?limit=200", c.Key, "", nil)
		if code != http.StatusOK {
			t.Fatalf("list: %d %v", code, body)
		}
		raw, _ := json.Marshal(body["messages"])
		var msgs []kefu.Message
		if err := json.Unmarshal(raw, &msgs); err != nil {
			t.Fatal(err)
		}
		customers, replies := 0, 0
		for i, m := range msgs {
			switch m.Author {
			case kefu.AuthorCustomer:
				customers++
			case kefu.AuthorBot:
				replies++
				if i == 0 || msgs[i-1].Author != kefu.AuthorCustomer || m.ReplyTo != msgs[i-1].ID {
					t.Errorf("reply %d (to %d) does not follow the message it answers: %s", m.ID, m.ReplyTo, describe(msgs))
					return
				}
			}
		}
		if customers != writers*each {
			t.Errorf("%d customer messages stored, want %d", customers, writers*each)
		}
		t.Logf("%d customer messages and %d replies from two nodes, none interleaved", customers, replies)
	})

	// An agent with consoles on both nodes closes the one on node A: A
	// leaves them online, since B holds a console; when that closes too,
	// B sets them offline.
	t.Run("PresenceAcrossNodes", func(t *testing.T) {
		const pw = "presence-password-1"
		email := "presence@globalmart.example"
		if code, body := callJSON(t, "POST", c.A.URL+"/v1/agents", c.Key, map[string]any{"email": email, "name": "Presence", "password": pw, "languages": []string{"en"}}); code != http.StatusCreated {
			t.Fatalf("create agent: %d %v", code, body)
		}
		presence := func() string {
			code, body := call(t, "GET", c.B.URL+"/v1/agents", c.Key, "", nil)
			if code != http.StatusOK {
				t.Fatalf("agents: %d %v", code, body)
			}
			for _, it := range body["items"].([]any) {
				if str(it, "email") == email {
					return str(it, "presence")
				}
			}
			t.Fatalf("agent %s not listed", email)
			return ""
		}
		wctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		var consoles []*benchAgent
		for _, base := range []string{c.A.URL, c.B.URL} {
			a := &benchAgent{email: email, base: base}
			if err := a.login(ctx, pw); err != nil {
				t.Fatal(err)
			}
			consoles = append(consoles, a)
		}
		if err := consoles[0].post(ctx, "/console/api/presence", map[string]string{"presence": "online"}); err != nil {
			t.Fatal(err)
		}
		wsA, err := consoles[0].dial(wctx)
		if err != nil {
			t.Fatal(err)
		}
		wsB, err := consoles[1].dial(wctx)
		if err != nil {
			t.Fatal(err)
		}
		defer wsB.CloseNow()
		wsA.Close(1000, "")
		time.Sleep(presenceGrace + time.Second)
		if p := presence(); p != "online" {
			t.Fatalf("after the console on node A closed, with one open on B: %s, want online", p)
		}
		wsB.Close(1000, "")
		closed := time.Now()
		for presence() != "offline" {
			if time.Since(closed) > 5*time.Second {
				t.Fatalf("still %s 5 s after the last console closed", presence())
			}
			time.Sleep(20 * time.Millisecond)
		}
		t.Logf("offline %v after the last console (on node B) closed", time.Since(closed).Round(time.Millisecond))
	})

	// Webhooks: set on node A, node B is told; each event is delivered
	// once across both nodes' dispatchers.
	t.Run("WebhooksOnce", func(t *testing.T) {
		var mu sync.Mutex
		got := map[string]int{} // delivery ID -> requests
		var messages []int64    // message events of conversation target
		var target string
		ep := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			b, _ := io.ReadAll(r.Body)
			var e kefu.Event
			_ = json.Unmarshal(b, &e)
			mu.Lock()
			got[r.Header.Get("X-Kefu-Delivery")]++
			if e.Type == kefu.EventMessageCreated && e.Message != nil && e.ConversationID == target {
				messages = append(messages, e.Message.ID)
			}
			mu.Unlock()
			w.WriteHeader(http.StatusNoContent)
		}))
		defer ep.Close()
		code, body := call(t, "GET", c.A.URL+"/v1/settings", c.Key, "", nil)
		if code != http.StatusOK {
			t.Fatalf("settings: %d %v", code, body)
		}
		settings := body["settings"].(map[string]any)
		settings["webhooks"] = []map[string]string{{"url": ep.URL, "secret": "cluster-secret"}}
		if code, body := callJSON(t, "PUT", c.A.URL+"/v1/settings", c.Key, map[string]any{"settings": settings}); code != http.StatusOK {
			t.Fatalf("put settings: %d %v", code, body)
		}
		// A node checks at most once a second whether another registered
		// a consumer of the log; until then it appends nothing for it.
		time.Sleep(1500 * time.Millisecond)
		conv := newConversation(t, c.A.URL, c.Key)
		mu.Lock()
		target = conv
		mu.Unlock()
		var want []int64
		for i := range 10 {
			base := []string{c.A.URL, c.B.URL}[i%2]
			code, body := callJSON(t, "POST", base+"/v1/conversations/"+conv+"/messages", c.Key, map[string]string{"text": benchMessages[i%len(benchMessages)]})
			if code != http.StatusOK {
				t.Fatalf("post: %d %v", code, body)
			}
			raw, _ := json.Marshal(body)
			var res kefu.TurnResult
			_ = json.Unmarshal(raw, &res)
			want = append(want, res.Message.ID)
			if res.Reply != nil {
				want = append(want, res.Reply.ID)
			}
		}
		deadline := time.Now().Add(20 * time.Second)
		for {
			mu.Lock()
			n := len(messages)
			mu.Unlock()
			if n >= len(want) || time.Now().After(deadline) {
				break
			}
			time.Sleep(20 * time.Millisecond)
		}
		time.Sleep(500 * time.Millisecond) // room for a duplicate to show
		mu.Lock()
		defer mu.Unlock()
		sort.Slice(messages, func(i, j int) bool { return messages[i] < messages[j] })
		slices.Sort(want)
		if !slices.Equal(messages, want) {
			t.Errorf("webhook got message events %v, want each of %v once", messages, want)
		}
		for id, n := range got {
			if n != 1 {
				t.Errorf("delivery %s sent %d times", id, n)
			}
		}
		t.Logf("%d deliveries, %d message events, each once", len(got), len(messages))
	})
}

// describe lists messages as author:id>reply_to for failure messages.
func describe(msgs []kefu.Message) string {
	var b strings.Builder
	for _, m := range msgs {
		fmt.Fprintf(&b, " %s:%d", m.Author, m.ID)
		if m.ReplyTo != 0 {
			fmt.Fprintf(&b, ">%d", m.ReplyTo)
		}
	}
	return b.String()
}

// TestBenchCluster runs the cluster scenario small: one node, then two
// on PostgreSQL + NATS; every accepted message reaches its console, in
// order.
func TestBenchCluster(t *testing.T) {
	if testing.Short() {
		t.Skip("bench scenario skipped in -short mode")
	}
	dsn := testenv.PostgresBaseDSN()
	testenv.PostgresDSN(t) // skips (or fails) without PostgreSQL
	natsURL := testenv.NATSURL(t)
	env, out, errOut := testEnv("", nil)
	args := []string{"bench", "--scenario", "cluster", "--postgres", dsn, "--nats-url", natsURL,
		"--consoles", "3", "--chats", "2", "--rate", "60", "--concurrency", "2", "--duration", "1s", "--warmup", "200ms"}
	if code := Run(context.Background(), args, env); code != 0 {
		t.Fatalf("exit %d: %s\n%s", code, errOut, out)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	var res clusterResult
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &res); err != nil {
		t.Fatalf("last line %q: %v", lines[len(lines)-1], err)
	}
	for _, p := range []clusterPhase{res.OneNode, res.TwoNodes} {
		if p.Delivered < 40 || p.Lost != 0 || p.OutOfOrder != 0 || p.Errors != 0 || p.Turns == 0 || p.DeliveryP99MS <= 0 {
			t.Errorf("%d node(s): %+v\n%s", p.Nodes, p, out)
		}
	}
	if res.TwoNodes.Nodes != 2 || res.TwoNodes.Bus != "nats" || res.TwoNodes.Locker != "postgres" || res.TwoNodes.CrossNode == 0 {
		t.Errorf("two nodes: %+v", res.TwoNodes)
	}
}
