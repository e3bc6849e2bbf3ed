package http_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
	khttp "github.com/kefu-ai/kefu/http"
)

func TestCreateConversation(t *testing.T) {
	e := MustOpenEnv(t, func(s *khttp.Server) { s.MaxBodyBytes = 1024 })
	_, token := e.MustStartConversation(t, e.Key, "")
	before := e.ConversationCount(t, shop)

	tests := []struct {
		name        string
		auth        string
		contentType string
		body        string
		status      int
		code        string
	}{
		{"customer", e.Key, "application/json", `{"customer":{"external_id":"c-1","name":"Ana"},"language":"es","channel":"app"}`, 201, ""},
		{"anonymous", e.Key, "application/json", `{}`, 201, ""},
		{"charset", e.Key, "application/json; charset=utf-8", `{"language":"auto"}`, 201, ""},

		{"no key", "", "application/json", `{}`, 401, kefu.EUNAUTHORIZED},
		{"wrong key", "kefu_0000", "application/json", `{}`, 401, kefu.EUNAUTHORIZED},
		{"conversation token", token, "application/json", `{}`, 401, kefu.EUNAUTHORIZED},
		{"wrong content type", e.Key, "text/plain", `{}`, 400, kefu.EINVALID},
		{"no content type", e.Key, "", `{}`, 400, kefu.EINVALID},
		{"latin1 charset", e.Key, "application/json; charset=latin1", `{}`, 400, kefu.EINVALID},
		{"malformed JSON", e.Key, "application/json", `{"language":`, 400, kefu.EINVALID},
		{"not an object", e.Key, "application/json", `[1,2]`, 400, kefu.EINVALID},
		{"empty body", e.Key, "application/json", ``, 400, kefu.EINVALID},
		{"unknown field", e.Key, "application/json", `{"langauge":"en"}`, 400, kefu.EINVALID},
		{"two objects", e.Key, "application/json", `{}{}`, 400, kefu.EINVALID},
		{"bad language", e.Key, "application/json", `{"language":"english please"}`, 400, kefu.EINVALID},
		{"bad channel", e.Key, "application/json", `{"channel":"Web Widget"}`, 400, kefu.EINVALID},
		{"customer without id", e.Key, "application/json", `{"customer":{"name":"Ana"}}`, 400, kefu.EINVALID},
		{"control char in id", e.Key, "application/json", `{"customer":{"external_id":"c\u0000"}}`, 400, kefu.EINVALID},
		{"id too long", e.Key, "application/json", `{"customer":{"external_id":"` + strings.Repeat("x", 129) + `"}}`, 400, kefu.EINVALID},
		{"invalid UTF-8", e.Key, "application/json", "{\"customer\":{\"external_id\":\"c-\xff\"}}", 400, kefu.EINVALID},
		{"body too large", e.Key, "application/json", `{"customer":{"external_id":"` + strings.Repeat("x", 2000) + `"}}`, 413, kefu.ETOOLARGE},
	}
	created := 0
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := e.Do(t, "POST", "/v1/conversations", tt.auth, tt.contentType, []byte(tt.body))
			if tt.code != "" {
				CheckError(t, res, tt.status, tt.code)
				return
			}
			if res.Status != tt.status {
				t.Fatalf("got %d %s, want %d", res.Status, res.Body, tt.status)
			}
			created++
			var cr khttp.ConversationResponse
			res.JSON(t, &cr)
			if cr.Conversation == nil || cr.Conversation.TenantID != shop || !strings.HasPrefix(cr.Token, shop+".") {
				t.Errorf("reply = %s", res.Body)
			}
			if strings.Contains(string(res.Body), "token_hash") || strings.Contains(string(res.Body), kefu.HashSecret(strings.TrimPrefix(cr.Token, shop+"."))) {
				t.Error("the reply leaks the token hash")
			}
		})
	}
	if got := e.ConversationCount(t, shop); got != before+created {
		t.Errorf("conversations = %d, want %d: a rejected request stored something", got, before+created)
	}
}

// TestCreateConversationLanguage checks that the API reads language tags
// by kefu's one rule (kefu.ParseLanguage) and keeps their canonical form.
func TestCreateConversationLanguage(t *testing.T) {
	e := MustOpenEnv(t, nil)
	for _, tt := range []struct {
		in, want string // want "" means 400 invalid
	}{
		{"zh_Hant", "zh-Hant"},
		{"ZH-hant-tw", "zh-Hant-TW"},
		{"en-GB-oxendict", "en-GB-oxendict"},
		{"es-419", "es-419"},
		{"en--", ""},
		{"zh-yue", ""},
		{"en-u-ca-buddhist", ""},
	} {
		t.Run(tt.in, func(t *testing.T) {
			res := e.Do(t, "POST", "/v1/conversations", e.Key, "application/json", []byte(`{"language":"`+tt.in+`"}`))
			if tt.want == "" {
				CheckError(t, res, 400, kefu.EINVALID)
				return
			}
			var cr khttp.ConversationResponse
			res.JSON(t, &cr)
			if cr.Conversation == nil || cr.Conversation.Language != tt.want || !cr.Conversation.LanguageLocked {
				t.Errorf("reply = %s, want language %q locked", res.Body, tt.want)
			}
		})
	}
}

func TestPostMessage(t *testing.T) {
	e := MustOpenEnv(t, nil)
	conv, token := e.MustStartConversation(t, e.Key, "c-1001")
	otherConv, otherToken := e.MustStartConversation(t, e.Key, "c-1002")
	foreign, _ := e.MustStartConversation(t, e.OtherKey, "c-1")
	path := "/v1/conversations/" + conv.ID + "/messages"

	// One good message first, so that the bad ones below are checked
	// against a conversation that already has history.
	first := e.MustPost(t, token, conv.ID, "hello")
	if first.Message == nil || first.Message.Author != kefu.AuthorCustomer || first.Message.Text != "hello" {
		t.Fatalf("message = %+v", first.Message)
	}
	if first.Reply == nil || first.Reply.Author != kefu.AuthorBot || first.Reply.ReplyTo != first.Message.ID {
		t.Fatalf("reply = %+v", first.Reply)
	}
	before := e.MessageCount(t, shop, conv.ID)
	otherBefore := e.MessageCount(t, shop, otherConv.ID)

	tests := []struct {
		name        string
		method      string
		path        string
		auth        string
		contentType string
		body        string
		status      int
		code        string
	}{
		{"missing text", "POST", path, token, "application/json", `{"client_message_id":"a"}`, 400, kefu.EINVALID},
		{"empty text", "POST", path, token, "application/json", `{"text":""}`, 400, kefu.EINVALID},
		{"blank text", "POST", path, token, "application/json", `{"text":"  \n\t "}`, 400, kefu.EINVALID},
		{"null body", "POST", path, token, "application/json", `null`, 400, kefu.EINVALID},
		{"text too long", "POST", path, token, "application/json", `{"text":"` + strings.Repeat("字", kefu.MaxMessageBytes/3+1) + `"}`, 413, kefu.ETOOLARGE},
		{"text as number", "POST", path, token, "application/json", `{"text":42}`, 400, kefu.EINVALID},
		{"invalid UTF-8", "POST", path, token, "application/json", "{\"text\":\"hi \xc3\x28\"}", 400, kefu.EINVALID},
		{"control characters", "POST", path, token, "application/json", `{"text":"hi\u001b[31m"}`, 400, kefu.EINVALID},
		{"malformed JSON", "POST", path, token, "application/json", `{"text":"hi"`, 400, kefu.EINVALID},
		{"unknown field", "POST", path, token, "application/json", `{"text":"hi","author":"bot"}`, 400, kefu.EINVALID},
		{"trailing garbage", "POST", path, token, "application/json", `{"text":"hi"} x`, 400, kefu.EINVALID},
		{"wrong content type", "POST", path, token, "text/plain", `{"text":"hi"}`, 400, kefu.EINVALID},
		{"form content type", "POST", path, token, "application/x-www-form-urlencoded", `text=hi`, 400, kefu.EINVALID},
		{"no content type", "POST", path, token, "", `{"text":"hi"}`, 400, kefu.EINVALID},
		{"client id too long", "POST", path, token, "application/json", `{"text":"hi","client_message_id":"` + strings.Repeat("x", kefu.MaxClientIDLen+1) + `"}`, 400, kefu.EINVALID},
		{"bad language", "POST", path, token, "application/json", `{"text":"hi","language":"<en>"}`, 400, kefu.EINVALID},
		{"body over limit", "POST", path, token, "application/json", `{"text":"` + strings.Repeat("a", khttp.DefaultMaxBodyBytes) + `"}`, 413, kefu.ETOOLARGE},
		{"no credentials", "POST", path, "", "application/json", `{"text":"hi"}`, 401, kefu.EUNAUTHORIZED},
		{"wrong API key", "POST", path, "kefu_" + strings.Repeat("0", 48), "application/json", `{"text":"hi"}`, 401, kefu.EUNAUTHORIZED},
		{"malformed token", "POST", path, "not-a-token", "application/json", `{"text":"hi"}`, 401, kefu.EUNAUTHORIZED},
		{"wrong token", "POST", path, shop + ".deadbeef", "application/json", `{"text":"hi"}`, 404, kefu.ENOTFOUND},
		{"token of another conversation", "POST", path, otherToken, "application/json", `{"text":"hi"}`, 404, kefu.ENOTFOUND},
		{"key of another tenant", "POST", path, e.OtherKey, "application/json", `{"text":"hi"}`, 404, kefu.ENOTFOUND},
		{"token with tenant swapped", "POST", path, other + "." + strings.TrimPrefix(token, shop+"."), "application/json", `{"text":"hi"}`, 404, kefu.ENOTFOUND},
		{"unknown conversation", "POST", "/v1/conversations/cv_nope/messages", e.Key, "application/json", `{"text":"hi"}`, 404, kefu.ENOTFOUND},
		{"another tenant's conversation", "POST", "/v1/conversations/" + foreign.ID + "/messages", e.Key, "application/json", `{"text":"hi"}`, 404, kefu.ENOTFOUND},
		{"method not allowed", "PUT", path, token, "application/json", `{"text":"hi"}`, 405, kefu.EINVALID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := e.Do(t, tt.method, tt.path, tt.auth, tt.contentType, []byte(tt.body))
			CheckError(t, res, tt.status, tt.code)
			if got := e.MessageCount(t, shop, conv.ID); got != before {
				t.Errorf("messages = %d, want %d: a rejected request stored something", got, before)
			}
			if got := e.MessageCount(t, shop, otherConv.ID); got != otherBefore {
				t.Errorf("other conversation's messages = %d, want %d", got, otherBefore)
			}
		})
	}
	if got := e.MessageCount(t, other, foreign.ID); got != 0 {
		t.Errorf("foreign conversation has %d messages", got)
	}
}

func TestPostMessageIdempotent(t *testing.T) {
	e := MustOpenEnv(t, nil)
	conv, token := e.MustStartConversation(t, e.Key, "c-1001")
	body := map[string]string{"text": "where is my order 10023?", "client_message_id": "m-1"}
	path := "/v1/conversations/" + conv.ID + "/messages"

	var first khttp.PostMessageResponse
	e.DoJSON(t, "POST", path, token, body).JSON(t, &first)
	n := e.MessageCount(t, shop, conv.ID)
	res := e.DoJSON(t, "POST", path, token, body)
	if res.Status != 200 {
		t.Fatalf("retry: %d %s", res.Status, res.Body)
	}
	var again khttp.PostMessageResponse
	res.JSON(t, &again)
	if !again.Duplicate || first.Duplicate {
		t.Errorf("duplicate = %v then %v, want false then true", first.Duplicate, again.Duplicate)
	}
	if again.Message.ID != first.Message.ID || again.Reply == nil || again.Reply.ID != first.Reply.ID {
		t.Errorf("retry returned %+v / %+v, want the first result", again.Message, again.Reply)
	}
	if got := e.MessageCount(t, shop, conv.ID); got != n {
		t.Errorf("messages = %d after retry, want %d", got, n)
	}
	// The reply field is always present, null or not.
	if !strings.Contains(string(res.Body), `"reply":`) || !strings.Contains(string(res.Body), `"duplicate":true`) {
		t.Errorf("body = %s", res.Body)
	}
}

func TestConversationAccess(t *testing.T) {
	e := MustOpenEnv(t, nil)
	a, tokenA := e.MustStartConversation(t, e.Key, "c-a")
	b, tokenB := e.MustStartConversation(t, e.Key, "c-b")
	foreign, foreignToken := e.MustStartConversation(t, e.OtherKey, "c-f")
	e.MustPost(t, tokenA, a.ID, "hello from a")
	e.MustPost(t, tokenB, b.ID, "hello from b")

	tests := []struct {
		name   string
		auth   string
		conv   string
		status int
	}{
		{"own token", tokenA, a.ID, 200},
		{"API key", e.Key, a.ID, 200},
		{"API key, other conversation", e.Key, b.ID, 200},
		{"token of b reads a", tokenB, a.ID, 404},
		{"token of a reads b", tokenA, b.ID, 404},
		{"other tenant's key", e.OtherKey, a.ID, 404},
		{"other tenant's token", foreignToken, a.ID, 404},
		{"own key, foreign conversation", e.Key, foreign.ID, 404},
		{"own token, foreign conversation", tokenA, foreign.ID, 404},
		{"no credentials", "", a.ID, 401},
		{"bad key", "kefu_x", a.ID, 401},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, p := range []string{"/v1/conversations/" + tt.conv, "/v1/conversations/" + tt.conv + "/messages"} {
				res := e.Do(t, "GET", p, tt.auth, "", nil)
				if res.Status != tt.status {
					t.Errorf("GET %s = %d %s, want %d", p, res.Status, res.Body, tt.status)
				}
				if tt.status != 200 && (strings.Contains(string(res.Body), "hello from") || strings.Contains(string(res.Body), tt.conv)) {
					t.Errorf("GET %s leaks: %s", p, res.Body)
				}
			}
		})
	}
	// The 404 for another tenant's conversation is the same as for one
	// that does not exist.
	got := e.Do(t, "GET", "/v1/conversations/"+foreign.ID, e.Key, "", nil)
	want := e.Do(t, "GET", "/v1/conversations/cv_doesnotexist", e.Key, "", nil)
	if string(got.Body) != string(want.Body) {
		t.Errorf("foreign conversation: %s; missing one: %s", got.Body, want.Body)
	}
}

func TestTraceOnlyForAPIKeys(t *testing.T) {
	e := MustOpenEnv(t, nil)
	conv, token := e.MustStartConversation(t, e.Key, "c-1001")
	if r := e.MustPost(t, token, conv.ID, "hi there"); r.Reply == nil || r.Reply.Trace != nil {
		t.Errorf("token holder got reply %+v, want one without trace", r.Reply)
	}
	if r := e.MustPost(t, e.Key, conv.ID, "thanks"); r.Reply == nil || r.Reply.Trace == nil {
		t.Errorf("API key holder got reply %+v, want one with its trace", r.Reply)
	}
	for _, tc := range []struct {
		auth      string
		wantTrace bool
	}{{token, false}, {e.Key, true}} {
		var mr khttp.MessagesResponse
		e.Do(t, "GET", "/v1/conversations/"+conv.ID+"/messages", tc.auth, "", nil).JSON(t, &mr)
		traced := 0
		for _, m := range mr.Messages {
			if m.Trace != nil {
				traced++
			}
		}
		if (traced > 0) != tc.wantTrace {
			t.Errorf("auth %.5s...: %d traced messages, want traces: %v", tc.auth, traced, tc.wantTrace)
		}
	}
}

func TestListMessages(t *testing.T) {
	e := MustOpenEnv(t, nil)
	conv, token := e.MustStartConversation(t, e.Key, "")
	// Messages the bot answers without handing off (after a hand-off it
	// is silent and there would be fewer replies).
	for _, text := range []string{"hello", "thanks!", "ok"} {
		e.MustPost(t, token, conv.ID, text)
	}
	var all khttp.MessagesResponse
	e.Do(t, "GET", "/v1/conversations/"+conv.ID+"/messages", token, "", nil).JSON(t, &all)
	if len(all.Messages) != 6 {
		t.Fatalf("got %d messages, want 3 customer messages and 3 replies", len(all.Messages))
	}
	for i := 1; i < len(all.Messages); i++ {
		if all.Messages[i].ID <= all.Messages[i-1].ID {
			t.Fatalf("messages not in ID order: %d after %d", all.Messages[i].ID, all.Messages[i-1].ID)
		}
	}
	second := all.Messages[1].ID

	tests := []struct {
		query  string
		status int
		want   int
	}{
		{"", 200, 6},
		{"?limit=2", 200, 2},
		{fmt.Sprintf("?after=%d", second), 200, 4},
		{fmt.Sprintf("?after=%d&limit=1", second), 200, 1},
		{"?after=999999", 200, 0},
		{"?limit=0", 400, 0},
		{"?limit=201", 400, 0},
		{"?limit=abc", 400, 0},
		{"?after=-1", 400, 0},
		{"?after=1e3", 400, 0},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			res := e.Do(t, "GET", "/v1/conversations/"+conv.ID+"/messages"+tt.query, token, "", nil)
			if tt.status != 200 {
				CheckError(t, res, tt.status, kefu.EINVALID)
				return
			}
			var mr khttp.MessagesResponse
			res.JSON(t, &mr)
			if len(mr.Messages) != tt.want {
				t.Errorf("got %d messages, want %d", len(mr.Messages), tt.want)
			}
			if mr.Messages == nil {
				t.Error(`"messages" is null, want []`)
			}
		})
	}
}

func TestGetConversation(t *testing.T) {
	e := MustOpenEnv(t, nil)
	conv, token := e.MustStartConversation(t, e.Key, "c-1001")
	res := e.Do(t, "GET", "/v1/conversations/"+conv.ID, token, "", nil)
	if res.Status != http.StatusOK {
		t.Fatalf("%d %s", res.Status, res.Body)
	}
	var cr khttp.ConversationResponse
	res.JSON(t, &cr)
	if cr.Conversation.ID != conv.ID || cr.Token != "" || cr.Conversation.CustomerID == "" {
		t.Errorf("reply = %s", res.Body)
	}
}
