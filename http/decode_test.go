package http_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
)

// TestDecodeRefusesWhatJSONWouldReplace checks that text encoding/json
// would silently turn into U+FFFD (invalid UTF-8, lone surrogate escapes)
// and a null body are refused on every kind of JSON route, naming the
// field, and that nothing is stored.
func TestDecodeRefusesWhatJSONWouldReplace(t *testing.T) {
	e := MustOpenEnv(t, nil)
	conv, token := e.MustStartConversation(t, e.Key, "c-1")
	msgs := "/v1/conversations/" + conv.ID + "/messages"
	before := e.ConversationCount(t, shop)
	beforeMsgs := e.MessageCount(t, shop, conv.ID)

	tests := []struct {
		name   string
		path   string
		auth   string
		body   string
		status int
		field  string // the field the error must name; "" for none
	}{
		// Lone surrogates: a high half alone, at the end, before a non-low
		// escape, a low half alone, halves in the wrong order.
		{"high surrogate alone", msgs, token, `{"text":"hi \ud800 there"}`, 400, "text"},
		{"high surrogate at the end", msgs, token, `{"text":"hi \uD83D"}`, 400, "text"},
		{"high then not low", msgs, token, `{"text":"\ud83d\u0041"}`, 400, "text"},
		{"low surrogate alone", msgs, token, `{"text":"\udc00"}`, 400, "text"},
		{"halves reversed", msgs, token, `{"text":"\ude00\ud83d"}`, 400, "text"},
		{"nested field", "/v1/conversations", e.Key, `{"customer":{"external_id":"c-2","name":"A\ud800"}}`, 400, "customer.name"},
		{"member name", "/v1/conversations", e.Key, `{"customer":{"\ud800":"x"}}`, 400, "customer"},
		{"array element", "/v1/products/batch", e.AdminKey, `{"items":[{"sku":"A"},{"sku":"B\udfff"}]}`, 400, "items[1].sku"},
		{"widget", "/v1/widget/" + shop + "/conversations", "", `{"language":"\ud800"}`, 400, "language"},
		// Invalid UTF-8 names the field the same way.
		{"invalid UTF-8", msgs, token, "{\"text\":\"caf\xe9\"}", 400, "text"},
		{"invalid UTF-8 nested", "/v1/conversations", e.Key, "{\"customer\":{\"external_id\":\"c-\xff\"}}", 400, "customer.external_id"},
		{"invalid UTF-8 outside strings", msgs, token, "{\"text\":\"hi\"}\xff", 400, ""},
		// null and other non-objects.
		{"null", "/v1/conversations", e.Key, `null`, 400, ""},
		{"null with blanks", msgs, token, " null\n", 400, ""},
		{"null batch", "/v1/products/batch", e.AdminKey, `null`, 400, ""},
		{"null rating", "/v1/conversations/" + conv.ID + "/rating", token, `null`, 400, ""},
		{"string", "/v1/conversations", e.Key, `"{}"`, 400, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := e.Do(t, "POST", tt.path, tt.auth, "application/json", []byte(tt.body))
			CheckError(t, res, tt.status, kefu.EINVALID)
			if got := res.ErrorField(); got != tt.field {
				t.Errorf("field = %q, want %q (%s)", got, tt.field, res.Body)
			}
		})
	}
	if got := e.ConversationCount(t, shop); got != before {
		t.Errorf("conversations = %d, want %d: a refused request stored one", got, before)
	}
	if got := e.MessageCount(t, shop, conv.ID); got != beforeMsgs {
		t.Errorf("messages = %d, want %d: a refused request stored one", got, beforeMsgs)
	}
}

// TestDecodeKeepsWhatIsValid checks that escapes that name characters,
// complete surrogate pairs and text that only looks like an escape go
// through unchanged.
func TestDecodeKeepsWhatIsValid(t *testing.T) {
	e := MustOpenEnv(t, nil)
	tests := []struct {
		name, body, want string
	}{
		{"pair", `{"text":"smile \ud83d\ude00"}`, "smile 😀"},
		{"pair in capitals", `{"text":"smile \uD83D\uDE00"}`, "smile 😀"},
		{"escaped backslash", `{"text":"a \\ud800 b"}`, `a \ud800 b`},
		{"BMP escape", `{"text":"caf\u00e9"}`, "café"},
		{"raw emoji", `{"text":"🙂 ok"}`, "🙂 ok"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			conv, token := e.MustStartConversation(t, e.Key, "")
			res := e.Do(t, "POST", "/v1/conversations/"+conv.ID+"/messages", token, "application/json", []byte(tt.body))
			if res.Status != http.StatusOK {
				t.Fatalf("got %d %s", res.Status, res.Body)
			}
			if !strings.Contains(string(res.Body), `"text":"`+strings.ReplaceAll(tt.want, `\`, `\\`)+`"`) {
				t.Errorf("stored text is not %q: %s", tt.want, res.Body)
			}
		})
	}
}
