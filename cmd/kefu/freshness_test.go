package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
)

// TestFreshnessAnswers asks the freshfarm demo's customers about their
// deliveries and checks the answers come from the cold-chain record:
// FF-20915's salmon (c-2005) came cold, FF-20918's ice cream (c-2004)
// thawed, FF-20921's logger (c-2009) went silent; origin and storage from
// the batch; another customer's order and anonymous visitors reveal
// nothing.
func TestFreshnessAnswers(t *testing.T) {
	t.Parallel() // long: runs beside the other long tests
	tests := []struct {
		customer, text string
		outcome        string
		reply          []string
		card           string // the traceability card's verdict, "" for no card
	}{
		// The shop's cold-excursion rule refunds the thawed ice cream.
		{"c-2004", "the ice cream arrived melted", "fresh_verdict_likely_spoiled_compensated", []string{"Vanilla Bean Ice Cream", "FF-20918", "above -12 °C",
			"Please don't eat it. We've refunded S$25.80"}, "likely_spoiled"},
		{"c-2004", "冰淇淋化了", "fresh_verdict_likely_spoiled_compensated", []string{"香草冰淇淋", "请不要食用。我们已将S$25.80退回"}, "likely_spoiled"},
		{"c-2005", "我的三文鱼变质了吗？", "fresh_verdict_ok", []string{"FF-20915", "挪威大西洋三文鱼柳", "全程保持在0 – 2 °C之内"}, "ok"},
		{"c-2009", "订单FF-20921的温度正常吗？", "fresh_verdict_unknown", []string{"FF-20921", "46分钟"}, "unknown"},
		{"c-2009", "溯源报告", "fresh_verdict_ok", []string{"FF-20929", "鲜牛奶"}, "ok"}, // their latest delivery
		{"c-2009", "订单FF-20918的温度正常吗？", "fresh_no_order", []string{"订单号"}, ""},
		{"c-2009", "我的三文鱼变质了吗？", "fresh_not_ordered", []string{"没有找到"}, ""},
		{"", "我的三文鱼变质了吗？", "fresh_sign_in", []string{"登录"}, ""},
		{"c-2005", "where does the salmon come from?", "fresh_origin", []string{"Lofoten, Norway", "SALFIL-"}, ""},
		{"c-2005", "how long does the salmon keep?", "fresh_keeps", []string{"0 – 2 °C", "best before 2026-10-24"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.customer+" "+tt.text, func(t *testing.T) {
			env, out, errOut := testEnv(tt.text+"\n", nil)
			if code := Run(context.Background(), []string{"chat", "--json", "--tenant", "freshfarm", "--customer", tt.customer}, env); code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			var turn chatTurn
			if err := json.Unmarshal([]byte(out.String()), &turn); err != nil {
				t.Fatalf("%v: %q", err, out)
			}
			if turn.Trace == nil || turn.Reply == nil {
				t.Fatalf("no reply: %s", out)
			}
			if turn.Trace.Outcome != tt.outcome {
				t.Fatalf("outcome %s (intent %s %.2f, skill %s), want %s: %q", turn.Trace.Outcome, turn.Trace.Intent,
					turn.Trace.Confidence, turn.Trace.Skill, tt.outcome, *turn.Reply)
			}
			for _, want := range tt.reply {
				if !strings.Contains(*turn.Reply, want) {
					t.Errorf("reply %q lacks %q", *turn.Reply, want)
				}
			}
			var card *kefu.Card
			for i := range turn.Cards {
				if turn.Cards[i].Type == kefu.CardTraceability {
					card = &turn.Cards[i]
				}
			}
			switch {
			case tt.card == "" && card != nil:
				t.Errorf("a traceability card: %+v", card)
			case tt.card != "" && (card == nil || card.Verdict != tt.card || !strings.HasPrefix(card.URL, "/trace/") || len(card.Facts) == 0):
				t.Errorf("card %+v, want verdict %s with a /trace/ link and facts", card, tt.card)
			}
		})
	}
}

// TestColdExcursionRefundOnce: the temperature incident is refunded once;
// asking again shows the same refund and grants nothing new.
func TestColdExcursionRefundOnce(t *testing.T) {
	env, out, errOut := testEnv("the ice cream arrived melted\nmy ice cream was melted, what now?\n", nil)
	if code := Run(context.Background(), []string{"chat", "--json", "--tenant", "freshfarm", "--customer", "c-2004"}, env); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var outcomes, replies []string
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var turn chatTurn
		if err := json.Unmarshal([]byte(line), &turn); err != nil || turn.Trace == nil || turn.Reply == nil {
			t.Fatalf("%v: %q", err, line)
		}
		outcomes, replies = append(outcomes, turn.Trace.Outcome), append(replies, *turn.Reply)
	}
	if len(replies) != 2 || !strings.Contains(replies[0], "We've refunded S$25.80") || !strings.Contains(replies[1], "already refunded S$25.80") {
		t.Fatalf("outcomes %v, replies %q", outcomes, replies)
	}
}

// TestTraceReportPage follows a report card's link from a real server:
// the order's customer (with their conversation) and the shop's agents
// see the report in their language; another customer, an agent of
// another shop and a forged link see nothing.
func TestTraceReportPage(t *testing.T) {
	t.Parallel() // long: runs beside the other long tests
	d := MustStartDemo(t)
	key := d.Keys["freshfarm"]
	open := func(customer string) (conv, token string) {
		status, body := callJSON(t, "POST", d.URL+"/v1/conversations", key, map[string]any{"customer": map[string]string{"external_id": customer}, "language": "zh"})
		if status != http.StatusCreated {
			t.Fatalf("conversation: %d %v", status, body)
		}
		return str(body, "conversation", "id"), str(body, "token")
	}
	conv, token := open("c-2004")
	status, body := callJSON(t, "POST", d.URL+"/v1/conversations/"+conv+"/messages", token, map[string]string{"text": "冰淇淋送到的时候化了"})
	if status != http.StatusOK {
		t.Fatalf("post: %d %v", status, body)
	}
	link := ""
	if reply, ok := body["reply"].(map[string]any); ok {
		if cards, ok := reply["cards"].([]any); ok {
			for _, c := range cards {
				if m, ok := c.(map[string]any); ok && m["type"] == "traceability" {
					link, _ = m["url"].(string)
				}
			}
		}
	}
	if !strings.HasPrefix(link, "/trace/") {
		t.Fatalf("no report link in %v", body)
	}
	get := func(u string, cookie *http.Cookie) (int, string) {
		t.Helper()
		req, _ := http.NewRequest("GET", d.URL+u, nil)
		if cookie != nil {
			req.AddCookie(cookie)
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b)
	}
	mine := link + "?conversation=" + conv + "&token=" + url.QueryEscape(token)
	code, page := get(mine, nil)
	for _, want := range []string{"冷链溯源报告", "很可能已变质", "FF-20918", "香草冰淇淋", "Senoko, Singapore", "<svg", "装车", "送达"} {
		if code != 200 || !strings.Contains(page, want) {
			t.Fatalf("customer's page: %d, lacks %q", code, want)
		}
	}
	if c, p := get(mine+"&lang=th", nil); c != 200 || !strings.Contains(p, "รายงานห่วงโซ่ความเย็น") {
		t.Errorf("Thai page: %d", c)
	}
	// Another customer with their own conversation, no credentials, a forged link.
	other, otherToken := open("c-2009")
	for name, u := range map[string]string{
		"another customer": link + "?conversation=" + other + "&token=" + url.QueryEscape(otherToken),
		"no credentials":   link,
		"forged link":      "/trace/" + strings.TrimPrefix(link, "/trace/")[:10] + "x.y?conversation=" + conv + "&token=" + url.QueryEscape(token),
	} {
		if c, p := get(u, nil); c == 200 || strings.Contains(p, "FF-20918") {
			t.Errorf("%s: %d", name, c)
		}
	}
	// The shop's agent sees it with their console session; another shop's agent does not.
	login := func(tenant, email string) *http.Cookie {
		res, err := http.Post(d.URL+"/console/login", "application/json",
			strings.NewReader(`{"tenant":"`+tenant+`","email":"`+email+`","password":"demo"}`))
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		for _, c := range res.Cookies() {
			if c.Name == "kefu_console" {
				return c
			}
		}
		t.Fatalf("login %s: %d", email, res.StatusCode)
		return nil
	}
	if c, p := get(link, login("freshfarm", "mei@freshfarm.example")); c != 200 || !strings.Contains(p, "FF-20918") {
		t.Errorf("the shop's agent: %d", c)
	}
	if c, _ := get(link, login("globalmart", "ana@globalmart.example")); c == 200 {
		t.Errorf("another shop's agent: %d", c)
	}
	// Handed to a person, the conversation shows the agent the same card.
	if status, body := callJSON(t, "POST", d.URL+"/v1/conversations/"+conv+"/messages", token, map[string]string{"text": "我要转人工"}); status != http.StatusOK {
		t.Fatalf("hand-off: %d %v", status, body)
	}
	if c, p := get("/console/api/conversations/"+conv, login("freshfarm", "mei@freshfarm.example")); c != 200 ||
		!strings.Contains(p, `"type":"traceability"`) || !strings.Contains(p, link) {
		t.Errorf("the agent's view of the conversation: %d %.300s", c, p)
	}
}

// TestLiveDemoDelivery asks about the demo's delivery under way (FF-LIVE
// of c-2001, whose loggers send readings while the demo runs): the answer
// comes from the readings up to now, and the report says it is live.
func TestLiveDemoDelivery(t *testing.T) {
	d := MustStartDemo(t)
	key := d.Keys["freshfarm"]
	status, body := callJSON(t, "POST", d.URL+"/v1/conversations", key, map[string]any{"customer": map[string]string{"external_id": "c-2001"}, "language": "en"})
	if status != http.StatusCreated {
		t.Fatalf("conversation: %d %v", status, body)
	}
	conv, token := str(body, "conversation", "id"), str(body, "token")
	status, body = callJSON(t, "POST", d.URL+"/v1/conversations/"+conv+"/messages", token, map[string]string{"text": "is my ice cream still frozen? what's the temperature?"})
	if status != http.StatusOK || !strings.Contains(str(body, "reply", "text"), "FF-LIVE") {
		t.Fatalf("answer: %d %v", status, body)
	}
	link := ""
	for _, c := range body["reply"].(map[string]any)["cards"].([]any) {
		if m := c.(map[string]any); m["type"] == "traceability" {
			link, _ = m["url"].(string)
			if m["verdict"] != "ok" {
				t.Errorf("live delivery verdict %v", m["verdict"])
			}
		}
	}
	res, err := http.Get(d.URL + link + "?conversation=" + conv + "&token=" + url.QueryEscape(token) + "&lang=en")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	page, _ := io.ReadAll(res.Body)
	for _, want := range []string{"Delivery under way", `http-equiv="refresh"`, "Box logger 1 of FF-LIVE", "FFD-LIVE"} {
		if res.StatusCode != 200 || !strings.Contains(string(page), want) {
			t.Errorf("live report: %d, lacks %q", res.StatusCode, want)
		}
	}
}
