package http_test

import (
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
	khttp "github.com/kefu-ai/kefu/http"
)

func TestWidgetConversation(t *testing.T) {
	e := MustOpenEnv(t, nil)
	good := khttp.SignCustomer(widgetKey, "c-1001")

	tests := []struct {
		name         string
		tenant       string
		body         string
		status       int
		code         string
		wantCustomer bool
	}{
		{"anonymous", shop, `{}`, 201, "", false},
		{"anonymous with language", shop, `{"language":"zh"}`, 201, "", false},
		{"empty customer is anonymous", shop, `{"customer":{}}`, 201, "", false},
		{"signed customer", shop, `{"customer":{"external_id":"c-1001","signature":"` + good + `"}}`, 201, "", true},
		{"signature in upper case", shop, `{"customer":{"external_id":"c-1001","signature":"` + strings.ToUpper(good) + `"}}`, 201, "", true},

		{"bad signature", shop, `{"customer":{"external_id":"c-1001","signature":"` + khttp.SignCustomer("guess", "c-1001") + `"}}`, 401, kefu.EUNAUTHORIZED, false},
		{"signature of another customer", shop, `{"customer":{"external_id":"c-1002","signature":"` + good + `"}}`, 401, kefu.EUNAUTHORIZED, false},
		{"missing signature", shop, `{"customer":{"external_id":"c-1001"}}`, 401, kefu.EUNAUTHORIZED, false},
		{"signature not hex", shop, `{"customer":{"external_id":"c-1001","signature":"zz"}}`, 401, kefu.EUNAUTHORIZED, false},
		{"signature without customer", shop, `{"customer":{"signature":"` + good + `"}}`, 400, kefu.EINVALID, false},
		{"tenant without secret", nosecret, `{"customer":{"external_id":"c-1001","signature":"` + khttp.SignCustomer("", "c-1001") + `"}}`, 401, kefu.EUNAUTHORIZED, false},
		{"widget disabled", other, `{}`, 403, kefu.EFORBIDDEN, false},
		{"unknown tenant", "nosuchshop", `{}`, 404, kefu.ENOTFOUND, false},
		{"invalid tenant ID", "Shop%20X", `{}`, 404, kefu.ENOTFOUND, false},
		{"unknown field", shop, `{"customer":{"external_id":"c-1001","signature":"` + good + `","vip":true}}`, 400, kefu.EINVALID, false},
		{"malformed JSON", shop, `{"language":}`, 400, kefu.EINVALID, false},
		{"bad language", shop, `{"language":"x"}`, 400, kefu.EINVALID, false},
	}
	counts := map[string]int{}
	for _, id := range []string{shop, other, nosecret} {
		counts[id] = e.ConversationCount(t, id)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := e.Do(t, "POST", "/v1/widget/"+tt.tenant+"/conversations", "", "application/json", []byte(tt.body))
			if tt.code != "" {
				CheckError(t, res, tt.status, tt.code)
				return
			}
			if res.Status != tt.status {
				t.Fatalf("got %d %s, want %d", res.Status, res.Body, tt.status)
			}
			counts[tt.tenant]++
			var cr khttp.ConversationResponse
			res.JSON(t, &cr)
			if cr.Conversation.Channel != "widget" || cr.Token == "" {
				t.Errorf("reply = %s", res.Body)
			}
			if (cr.Conversation.CustomerID != "") != tt.wantCustomer {
				t.Errorf("customer_id = %q, want a customer: %v", cr.Conversation.CustomerID, tt.wantCustomer)
			}
			// The token works for the new conversation.
			e.MustPost(t, cr.Token, cr.Conversation.ID, "hello")
		})
	}
	for id, want := range counts {
		if got := e.ConversationCount(t, id); got != want {
			t.Errorf("tenant %s has %d conversations, want %d", id, got, want)
		}
	}
}
