package http_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/netip"
	"strconv"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/dialog"
	khttp "github.com/kefu-ai/kefu/http"
	"github.com/kefu-ai/kefu/internal/ratelimit"
)

// loopback is the test client's peer address, trusted as a proxy in the
// tests that play clients at several addresses.
var loopback = []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8"), netip.MustParsePrefix("::1/128")}

// DoFrom is Do with headers, such as X-Forwarded-For to play a client
// behind a proxy; body is sent as JSON.
func (e *Env) DoFrom(tb testing.TB, header http.Header, method, path, auth string, body any) Response {
	tb.Helper()
	var b []byte
	switch v := body.(type) {
	case string:
		b = []byte(v)
	default:
		b = []byte(mustJSON(tb, v))
	}
	req, err := http.NewRequest(method, e.HTTP.URL+path, bytes.NewReader(b))
	if err != nil {
		tb.Fatal(err)
	}
	for k, vs := range header {
		req.Header[k] = vs
	}
	req.Header.Set("Content-Type", "application/json")
	if auth != "" {
		req.Header.Set("Authorization", "Bearer "+auth)
	}
	res, err := e.HTTP.Client().Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer res.Body.Close()
	out, err := io.ReadAll(res.Body)
	if err != nil {
		tb.Fatal(err)
	}
	return Response{Status: res.StatusCode, Header: res.Header, Body: out}
}

// ErrorMessage returns the message of an error reply, or "".
func (r Response) ErrorMessage() string {
	var e khttp.ErrorResponse
	if json.Unmarshal(r.Body, &e) != nil {
		return ""
	}
	return e.Error.Message
}

// xff is an X-Forwarded-For header naming addr.
func xff(addr string) http.Header { return http.Header{"X-Forwarded-For": {addr}} }

// CheckLimited fails tb unless res is 429 rate_limited in JSON with a
// Retry-After of whole seconds from 1 to max.
func CheckLimited(tb testing.TB, res Response, max int) {
	tb.Helper()
	CheckError(tb, res, http.StatusTooManyRequests, kefu.ERATELIMIT)
	secs, err := strconv.Atoi(res.Header.Get("Retry-After"))
	if err != nil || secs < 1 || secs > max {
		tb.Errorf("Retry-After = %q, want whole seconds from 1 to %d", res.Header.Get("Retry-After"), max)
	}
}

// tight is a limit of 3 requests, then one a minute.
var tight = ratelimit.PerMinute(1, 3)

// only returns Limits with every limit off but the one set by set, and
// the loopback peer trusted as a proxy.
func only(set func(*khttp.Limits)) func(*khttp.Server) {
	return func(s *khttp.Server) {
		l := khttp.NoLimits()
		l.TrustedProxies = loopback
		set(&l)
		s.Limits = l
	}
}

// TestLimits sends each limited request until its limit, checks that
// the next one is 429 with Retry-After and stores nothing, and that
// another key of the same limit (another address, conversation, shop or
// API key) still gets through.
func TestLimits(t *testing.T) {
	widget := func(tenant string) string { return "/v1/widget/" + tenant + "/conversations" }
	messages := func(id string) string { return "/v1/conversations/" + id + "/messages" }
	hi := map[string]string{"text": "hi"}

	type call struct {
		header http.Header
		path   string
		auth   string
		body   any
	}
	tests := []struct {
		name   string
		limits func(*khttp.Limits)
		// setup returns the request that is limited and one with another
		// key of the same limit.
		setup func(t *testing.T, e *Env) (limited, other call)
		// stored counts what a request stores, to check that a refused
		// one stored nothing.
		stored func(t *testing.T, e *Env) int
	}{
		{
			name:   "widget conversations per address",
			limits: func(l *khttp.Limits) { l.ConversationsPerAddress = tight },
			setup: func(t *testing.T, e *Env) (call, call) {
				return call{xff("203.0.113.7"), widget(shop), "", `{}`}, call{xff("203.0.113.8"), widget(shop), "", `{}`}
			},
			stored: func(t *testing.T, e *Env) int { return e.ConversationCount(t, shop) },
		},
		{
			name:   "widget conversations per IPv6 /64",
			limits: func(l *khttp.Limits) { l.ConversationsPerAddress = tight },
			setup: func(t *testing.T, e *Env) (call, call) {
				return call{xff("2001:db8:1:2::7"), widget(shop), "", `{}`}, call{xff("2001:db8:1:3::7"), widget(shop), "", `{}`}
			},
			stored: func(t *testing.T, e *Env) int { return e.ConversationCount(t, shop) },
		},
		{
			name:   "widget conversations per shop",
			limits: func(l *khttp.Limits) { l.ConversationsPerShop = tight },
			setup: func(t *testing.T, e *Env) (call, call) {
				return call{nil, widget(shop), "", `{}`}, call{nil, widget(nosecret), "", `{}`}
			},
			stored: func(t *testing.T, e *Env) int { return e.ConversationCount(t, shop) },
		},
		{
			name:   "API conversations per key",
			limits: func(l *khttp.Limits) { l.ConversationsPerKey = tight },
			setup: func(t *testing.T, e *Env) (call, call) {
				// Another key of the same shop has a bucket of its own.
				second := MustCreateAPIKey(t, e.Store, shop)
				return call{nil, "/v1/conversations", e.Key, `{}`}, call{nil, "/v1/conversations", second, `{}`}
			},
			stored: func(t *testing.T, e *Env) int { return e.ConversationCount(t, shop) },
		},
		{
			name:   "messages per conversation",
			limits: func(l *khttp.Limits) { l.MessagesPerConversation = tight },
			setup: func(t *testing.T, e *Env) (call, call) {
				c1, tok1 := e.MustStartConversation(t, e.Key, "")
				c2, tok2 := e.MustStartConversation(t, e.Key, "")
				return call{nil, messages(c1.ID), tok1, hi}, call{nil, messages(c2.ID), tok2, hi}
			},
			stored: func(t *testing.T, e *Env) int { return e.MessageTotal(t, shop) },
		},
		{
			name:   "messages per address",
			limits: func(l *khttp.Limits) { l.MessagesPerAddress = tight },
			setup: func(t *testing.T, e *Env) (call, call) {
				c, tok := e.MustStartConversation(t, e.Key, "")
				return call{xff("198.51.100.1"), messages(c.ID), tok, hi}, call{xff("198.51.100.2"), messages(c.ID), tok, hi}
			},
			stored: func(t *testing.T, e *Env) int { return e.MessageTotal(t, shop) },
		},
		{
			name:   "messages per shop",
			limits: func(l *khttp.Limits) { l.MessagesPerShop = tight },
			setup: func(t *testing.T, e *Env) (call, call) {
				c, tok := e.MustStartConversation(t, e.Key, "")
				oc, otok := e.MustStartConversation(t, e.OtherKey, "")
				return call{nil, messages(c.ID), tok, hi}, call{nil, messages(oc.ID), otok, hi}
			},
			stored: func(t *testing.T, e *Env) int { return e.MessageTotal(t, shop) },
		},
		{
			name:   "messages per API key",
			limits: func(l *khttp.Limits) { l.MessagesPerKey = tight },
			setup: func(t *testing.T, e *Env) (call, call) {
				c, _ := e.MustStartConversation(t, e.Key, "")
				// The limit is the key's, not the conversation's: the same
				// conversation through another key goes on.
				second := MustCreateAPIKey(t, e.Store, shop)
				return call{nil, messages(c.ID), e.Key, hi}, call{nil, messages(c.ID), second, hi}
			},
			stored: func(t *testing.T, e *Env) int { return e.MessageTotal(t, shop) },
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := MustOpenEnv(t, only(tt.limits))
			limited, other := tt.setup(t, e)
			do := func(c call) Response { return e.DoFrom(t, c.header, "POST", c.path, c.auth, c.body) }
			for i := range tight.Burst {
				if res := do(limited); res.Status/100 != 2 {
					t.Fatalf("request %d within the limit: %d %s", i+1, res.Status, res.Body)
				}
			}
			before := tt.stored(t, e)
			res := do(limited)
			CheckLimited(t, res, 60)
			if got := tt.stored(t, e); got != before {
				t.Errorf("a refused request stored something: %d, want %d", got, before)
			}
			if !strings.Contains(res.ErrorMessage(), "try again in") {
				t.Errorf("message %q does not say when to try again", res.ErrorMessage())
			}
			if res := do(other); res.Status/100 != 2 {
				t.Errorf("another key of the same limit: %d %s, want it through", res.Status, res.Body)
			}
		})
	}
}

// TestLimitsCountValidRequestsOnly: a client's mistakes are reported as
// such, not as rate_limited, and do not use up its limit.
func TestLimitsCountValidRequestsOnly(t *testing.T) {
	e := MustOpenEnv(t, only(func(l *khttp.Limits) { l.ConversationsPerAddress = tight }))
	for range 10 {
		CheckError(t, e.DoFrom(t, nil, "POST", "/v1/widget/"+shop+"/conversations", "", `{"language":"x"}`), 400, kefu.EINVALID)
	}
	for i := range tight.Burst {
		if res := e.DoFrom(t, nil, "POST", "/v1/widget/"+shop+"/conversations", "", `{}`); res.Status != 201 {
			t.Fatalf("request %d: %d %s", i+1, res.Status, res.Body)
		}
	}
}

// TestTrustedProxies: X-Forwarded-For and Forwarded are believed only
// when the direct peer is a trusted proxy, and only up to the rightmost
// hop that is not one: a client cannot escape its limit by writing
// another address into the header.
func TestTrustedProxies(t *testing.T) {
	widget := "/v1/widget/" + shop + "/conversations"
	for _, tt := range []struct {
		name    string
		trusted []netip.Prefix
		header  string
		// first and next are the headers of the first request and of the
		// ones after it; sameBucket says whether the next ones count
		// against the first one's limit.
		first, next func(i int) string
		sameBucket  bool
	}{
		{"untrusted peer: the header is ignored", nil, "X-Forwarded-For",
			func(int) string { return "203.0.113.1" }, func(i int) string { return fmt.Sprintf("203.0.113.%d", i+2) }, true},
		{"trusted peer: the client's address", loopback, "X-Forwarded-For",
			func(int) string { return "203.0.113.1" }, func(i int) string { return fmt.Sprintf("203.0.113.%d", i+2) }, false},
		{"trusted peer: forged hops left of the proxy's are ignored", loopback, "X-Forwarded-For",
			func(int) string { return "198.51.100.1, 203.0.113.1" }, func(i int) string { return fmt.Sprintf("198.51.100.%d, 203.0.113.1", i+2) }, true},
		{"chain of trusted proxies: the first untrusted hop from the right", append([]netip.Prefix{netip.MustParsePrefix("10.0.0.0/8")}, loopback...), "X-Forwarded-For",
			func(int) string { return "9.9.9.9, 203.0.113.1, 10.1.1.1" }, func(i int) string { return fmt.Sprintf("9.9.9.%d, 203.0.113.1, 10.1.1.%d", i+10, i+2) }, true},
		{"Forwarded when configured", loopback, "Forwarded",
			func(int) string { return `for="[2001:db8::1]:4711"` }, func(i int) string { return fmt.Sprintf(`for=198.51.100.%d;proto=https`, i+2) }, false},
		{"Forwarded: forged elements are ignored", loopback, "Forwarded",
			func(int) string { return `for=203.0.113.1` }, func(i int) string { return fmt.Sprintf(`for=198.51.100.%d, for=203.0.113.1`, i+2) }, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e := MustOpenEnv(t, func(s *khttp.Server) {
				l := khttp.NoLimits()
				l.ConversationsPerAddress = tight
				l.TrustedProxies = tt.trusted
				l.AddressHeader = tt.header
				s.Limits = l
			})
			for i := range tight.Burst {
				if res := e.DoFrom(t, http.Header{tt.header: {tt.first(i)}}, "POST", widget, "", `{}`); res.Status != 201 {
					t.Fatalf("request %d: %d %s", i+1, res.Status, res.Body)
				}
			}
			for i := range 3 {
				res := e.DoFrom(t, http.Header{tt.header: {tt.next(i)}}, "POST", widget, "", `{}`)
				if tt.sameBucket {
					CheckLimited(t, res, 60)
				} else if res.Status != 201 {
					t.Errorf("request from %q: %d %s, want a bucket of its own", tt.next(i), res.Status, res.Body)
				}
			}
		})
	}
}

// TestDefaultLimits: the attack of issue 16, one client opening
// conversations as fast as it can, is stopped at the default burst,
// while the default limits leave a normal test session alone.
func TestDefaultLimits(t *testing.T) {
	e := MustOpenEnv(t, nil)
	d := khttp.DefaultLimits().ConversationsPerAddress
	created, limited := 0, 0
	// From a shop's page: the widget must be able to read Retry-After.
	page := http.Header{"Origin": {"https://shop.example"}}
	for range d.Burst + 20 {
		res := e.DoFrom(t, page, "POST", "/v1/widget/"+shop+"/conversations", "", `{}`)
		switch res.Status {
		case 201:
			created++
		case 429:
			limited++
			if got := res.Header.Get("Access-Control-Expose-Headers"); !strings.Contains(got, "Retry-After") {
				t.Fatalf("Access-Control-Expose-Headers = %q: pages on the shop's origin cannot read Retry-After", got)
			}
		default:
			t.Fatalf("%d %s", res.Status, res.Body)
		}
	}
	// A token may come back while the loop runs (one every 2 s).
	if created < d.Burst || created > d.Burst+1 || limited < 19 {
		t.Errorf("%d created, %d limited; want the burst of %d created and the rest limited", created, limited, d.Burst)
	}
}

// TestQueueFairness plays the attack of issue 16 on the human queue:
// 300 scripted anonymous visitors demand a person, furious, before a
// signed-in customer asks for one. The customer is first in the queue;
// at most the shop's anonymous cap of them waits, and the rest are told
// in their language that people are busy.
func TestQueueFairness(t *testing.T) {
	const flood, cap = 300, 20
	e := MustOpenEnv(t, func(s *khttp.Server) {
		s.Limits = khttp.NoLimits() // the attacker is not slowed here: the queue must hold on its own
		eng := s.Turns.(*dialog.Engine)
		eng.AnonymousQueueMax = cap
		eng.AnonymousHandoffsPerShop = ratelimit.Off
		if err := eng.Init(); err != nil {
			t.Fatal(err)
		}
	})
	outcomes := map[string]int{}
	for i := range flood {
		c, tok := e.MustWidgetConversation(t, "")
		text := "I am furious, get me a human NOW"
		if i%3 == 1 {
			text = "我非常生气！马上给我转人工！"
		}
		res := e.MustPost(t, tok, c.ID, text)
		if res.Reply == nil {
			t.Fatalf("visitor %d: no reply", i)
		}
		// Browsers do not see the trace; the shop's key does.
		reply := e.MustLastReply(t, c.ID)
		outcomes[reply.Trace.Outcome]++
		if i%3 == 1 && reply.Trace.Outcome == kefu.OutcomeHandoffBusy && !strings.Contains(reply.Text, "暂时无法为您转接人工") {
			t.Errorf("busy reply to a Chinese visitor: %q", reply.Text)
		}
	}
	anonymous := true
	queued, err := e.Store.FindConversations(context.Background(), kefu.ConversationFilter{TenantID: shop, Status: kefu.StatusQueued, Anonymous: &anonymous, Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d anonymous hand-offs: %v; %d queued", flood, outcomes, len(queued))
	if len(queued) != cap || outcomes[kefu.OutcomeHandoff] != cap || outcomes[kefu.OutcomeHandoffBusy] != flood-cap {
		t.Errorf("%d queued, outcomes %v; want %d queued and %d told people are busy", len(queued), outcomes, cap, flood-cap)
	}

	// The signed-in customer asks for a person, calmly.
	c, tok := e.MustWidgetConversation(t, "c-1001")
	e.MustPost(t, tok, c.ID, "can I talk to a person please")
	if r := e.MustLastReply(t, c.ID); r.Trace.Outcome != kefu.OutcomeHandoff || !strings.Contains(r.Text, "position 1 ") {
		t.Fatalf("signed-in customer's hand-off: %q (%s)", r.Text, r.Trace.Outcome)
	}
	var got khttp.ConversationResponse
	e.DoFrom(t, nil, "GET", "/v1/conversations/"+c.ID, tok, "").JSON(t, &got)
	if got.Queue == nil || got.Queue.Position != 1 {
		t.Errorf("queue of the signed-in customer: %+v, want position 1", got.Queue)
	}
}

// MustWidgetConversation opens a widget conversation, anonymous when
// externalID is empty and signed with the shop's widget secret
// otherwise.
func (e *Env) MustWidgetConversation(tb testing.TB, externalID string) (*kefu.Conversation, string) {
	tb.Helper()
	body := map[string]any{}
	if externalID != "" {
		body["customer"] = map[string]string{"external_id": externalID, "signature": khttp.SignCustomer(widgetKey, externalID)}
	}
	res := e.DoFrom(tb, nil, "POST", "/v1/widget/"+shop+"/conversations", "", body)
	if res.Status != http.StatusCreated {
		tb.Fatalf("widget conversation: %d %s", res.Status, res.Body)
	}
	var cr khttp.ConversationResponse
	res.JSON(tb, &cr)
	return cr.Conversation, cr.Token
}

// MustLastReply returns the bot's last reply in a conversation of shop,
// with its trace.
func (e *Env) MustLastReply(tb testing.TB, convID string) *kefu.Message {
	tb.Helper()
	msgs, err := e.Store.FindMessages(context.Background(), kefu.MessageFilter{TenantID: shop, ConversationID: convID, Limit: 1000})
	if err != nil {
		tb.Fatal(err)
	}
	for i := len(msgs) - 1; i >= 0; i-- {
		if m := msgs[i]; m.Author == kefu.AuthorBot && m.Trace != nil {
			return m
		}
	}
	tb.Fatalf("conversation %s has no reply", convID)
	return nil
}

// MessageTotal is the number of stored messages in a tenant's newest
// conversations.
func (e *Env) MessageTotal(tb testing.TB, tenantID string) int {
	tb.Helper()
	cs, err := e.Store.FindConversations(context.Background(), kefu.ConversationFilter{TenantID: tenantID, Limit: 1000})
	if err != nil {
		tb.Fatal(err)
	}
	n := 0
	for _, c := range cs {
		n += e.MessageCount(tb, tenantID, c.ID)
	}
	return n
}
