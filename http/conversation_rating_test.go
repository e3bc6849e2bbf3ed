package http_test

import (
	"context"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	khttp "github.com/kefu-ai/kefu/http"
)

// MustCreateSystemMessage stores a system message of the given kind, as
// the agent desk does.
func (e *Env) MustCreateSystemMessage(tb testing.TB, tenantID, convID, kind, text string) *kefu.Message {
	tb.Helper()
	m := &kefu.Message{TenantID: tenantID, ConversationID: convID, Author: kefu.AuthorSystem, Kind: kind, Text: text}
	if err := e.Store.CreateMessage(context.Background(), m); err != nil {
		tb.Fatal(err)
	}
	return m
}

// MustUpdateConversation changes a conversation through the store.
func (e *Env) MustUpdateConversation(tb testing.TB, tenantID, convID string, upd kefu.ConversationUpdate) *kefu.Conversation {
	tb.Helper()
	c, err := e.Store.UpdateConversation(context.Background(), tenantID, convID, upd)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// MustFindConversation reads a conversation from the store.
func (e *Env) MustFindConversation(tb testing.TB, tenantID, convID string) *kefu.Conversation {
	tb.Helper()
	c, err := e.Store.FindConversationByID(context.Background(), tenantID, convID)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

func TestRateConversation(t *testing.T) {
	e := MustOpenEnv(t, nil)
	closed := kefu.StatusClosed

	// Each case gets a fresh conversation in the state its setup leaves.
	asked := func(t *testing.T, id string) {
		e.MustCreateSystemMessage(t, shop, id, kefu.MessageRatingAsked, "How did we do?")
	}
	tests := []struct {
		name    string
		setup   func(t *testing.T, id string)
		auth    func(convToken, otherToken string) string
		body    string
		status  int
		code    string
		rating  int    // stored rating after the request
		comment string // stored comment after the request
	}{
		{"asked, token", asked, ownToken, `{"rating":4,"comment":"  quick and kind "}`, 200, "", 4, "quick and kind"},
		{"asked, API key", asked, func(string, string) string { return e.Key }, `{"rating":1}`, 200, "", 1, ""},
		{"asked, five", asked, ownToken, `{"rating":5,"comment":"line one\nline two"}`, 200, "", 5, "line one\nline two"},
		{"closed without asking", func(t *testing.T, id string) {
			e.MustUpdateConversation(t, shop, id, kefu.ConversationUpdate{Status: &closed})
		}, ownToken, `{"rating":3}`, 200, "", 3, ""},
		{"asked again after a rating", func(t *testing.T, id string) {
			asked(t, id)
			mustRate(t, e, id, 2)
			asked(t, id)
		}, ownToken, `{"rating":5}`, 200, "", 5, ""},

		{"not asked yet", nil, ownToken, `{"rating":4}`, 409, kefu.ECONFLICT, 0, ""},
		{"agent joined but not asked", func(t *testing.T, id string) {
			e.MustCreateSystemMessage(t, shop, id, kefu.MessageAgentJoined, "Mei joined")
		}, ownToken, `{"rating":4}`, 409, kefu.ECONFLICT, 0, ""},
		{"twice", func(t *testing.T, id string) {
			asked(t, id)
			mustRate(t, e, id, 2)
		}, ownToken, `{"rating":5}`, 409, kefu.ECONFLICT, 2, ""},
		{"closed and rated", func(t *testing.T, id string) {
			e.MustUpdateConversation(t, shop, id, kefu.ConversationUpdate{Status: &closed})
			mustRate(t, e, id, 3)
		}, ownToken, `{"rating":5}`, 409, kefu.ECONFLICT, 3, ""},

		{"zero", asked, ownToken, `{"rating":0}`, 400, kefu.EINVALID, 0, ""},
		{"six", asked, ownToken, `{"rating":6}`, 400, kefu.EINVALID, 0, ""},
		{"negative", asked, ownToken, `{"rating":-1}`, 400, kefu.EINVALID, 0, ""},
		{"fraction", asked, ownToken, `{"rating":4.5}`, 400, kefu.EINVALID, 0, ""},
		{"string", asked, ownToken, `{"rating":"4"}`, 400, kefu.EINVALID, 0, ""},
		{"missing rating", asked, ownToken, `{"comment":"ok"}`, 400, kefu.EINVALID, 0, ""},
		{"unknown field", asked, ownToken, `{"rating":4,"stars":4}`, 400, kefu.EINVALID, 0, ""},
		{"comment too long", asked, ownToken, `{"rating":4,"comment":"` + strings.Repeat("x", khttp.MaxRatingCommentBytes+1) + `"}`, 400, kefu.EINVALID, 0, ""},
		{"control character", asked, ownToken, `{"rating":4,"comment":"a\u001bb"}`, 400, kefu.EINVALID, 0, ""},
		{"malformed JSON", asked, ownToken, `{"rating":4`, 400, kefu.EINVALID, 0, ""},

		{"no credentials", asked, func(string, string) string { return "" }, `{"rating":4}`, 401, kefu.EUNAUTHORIZED, 0, ""},
		{"malformed token", asked, func(string, string) string { return "nope" }, `{"rating":4}`, 401, kefu.EUNAUTHORIZED, 0, ""},
		{"wrong token", asked, func(string, string) string { return shop + ".deadbeef" }, `{"rating":4}`, 404, kefu.ENOTFOUND, 0, ""},
		{"token of another conversation", asked, func(_, other string) string { return other }, `{"rating":4}`, 404, kefu.ENOTFOUND, 0, ""},
		{"other tenant's key", asked, func(string, string) string { return e.OtherKey }, `{"rating":4}`, 404, kefu.ENOTFOUND, 0, ""},
	}
	_, otherToken := e.MustStartConversation(t, e.Key, "c-other")
	// logged returns the types of the events of conversation id appended
	// to the durable log since the last call.
	logged := func(t *testing.T, id string) []string {
		t.Helper()
		got, err := e.Store.ClaimEvents(context.Background(), "rating-test", 1000, time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		var types []string
		for _, le := range got {
			if le.Event.ConversationID == id {
				types = append(types, le.Event.Type)
			}
		}
		return types
	}
	logged(t, "")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			conv, token := e.MustStartConversation(t, e.Key, "")
			if tt.setup != nil {
				tt.setup(t, conv.ID)
			}
			before := e.MessageCount(t, shop, conv.ID)
			logged(t, conv.ID)
			sub, err := e.Bus.Subscribe(context.Background(), kefu.EventFilter{TenantID: shop, ConversationID: conv.ID})
			if err != nil {
				t.Fatal(err)
			}
			defer sub.Close()

			res := e.Do(t, "POST", "/v1/conversations/"+conv.ID+"/rating", tt.auth(token, otherToken), "application/json", []byte(tt.body))
			got := e.MustFindConversation(t, shop, conv.ID)
			if got.Rating != tt.rating || got.RatingComment != tt.comment {
				t.Errorf("stored rating %d %q, want %d %q", got.Rating, got.RatingComment, tt.rating, tt.comment)
			}
			if tt.code != "" {
				CheckError(t, res, tt.status, tt.code)
				if n := e.MessageCount(t, shop, conv.ID); n != before {
					t.Errorf("messages = %d, want %d: a rejected rating stored something", n, before)
				}
				if ev := logged(t, conv.ID); len(ev) != 0 {
					t.Errorf("a rejected rating logged events %v", ev)
				}
				return
			}
			if res.Status != tt.status {
				t.Fatalf("got %d %s, want %d", res.Status, res.Body, tt.status)
			}
			var rr khttp.RatingResponse
			res.JSON(t, &rr)
			if rr.Conversation == nil || rr.Conversation.Rating != tt.rating {
				t.Errorf("reply conversation = %+v", rr.Conversation)
			}
			m := rr.Message
			if m == nil || m.ID == 0 || m.Author != kefu.AuthorSystem || m.Kind != kefu.MessageRatingGiven || m.Text == "" {
				t.Fatalf("reply message = %+v, want the stored thank-you", m)
			}
			if n := e.MessageCount(t, shop, conv.ID); n != before+1 {
				t.Errorf("messages = %d, want %d", n, before+1)
			}
			// Viewers learn of it: the message, then the conversation; and
			// the same events were committed to the log for webhooks.
			want := []string{kefu.EventMessageCreated, kefu.EventConversationStatus}
			if ev := logged(t, conv.ID); !slices.Equal(ev, want) {
				t.Errorf("logged events %v, want %v", ev, want)
			}
			for i, typ := range want {
				select {
				case ev := <-sub.C():
					if ev.Type != typ || (i == 0 && ev.Message.ID != m.ID) || (i == 1 && ev.Conversation.Rating != tt.rating) {
						t.Errorf("event %d = %+v, want %s", i, ev, typ)
					}
				case <-time.After(2 * time.Second):
					t.Fatalf("no %s event", typ)
				}
			}
		})
	}
}

// ownToken picks the conversation's own token in the rating table.
func ownToken(own, _ string) string { return own }

// mustRate rates a conversation through the API with its API key.
func mustRate(tb testing.TB, e *Env, convID string, rating int) {
	tb.Helper()
	res := e.DoJSON(tb, "POST", "/v1/conversations/"+convID+"/rating", e.Key, map[string]int{"rating": rating})
	if res.Status != http.StatusOK {
		tb.Fatalf("rate: %d %s", res.Status, res.Body)
	}
}

// TestRatingThanksInConversationLanguage checks that the thank-you is in
// the customer's language.
func TestRatingThanksInConversationLanguage(t *testing.T) {
	e := MustOpenEnv(t, nil)
	tests := []struct {
		lang string
		want string
	}{
		{"es", "Gracias"},
		{"zh", "感谢"},
		{"en", "Thank you"},
		{"fr", "Merci"},
		{"yue", "多謝"},
		{"xx", "Thank you"}, // no templates in that language: English
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			res := e.DoJSON(t, "POST", "/v1/conversations", e.Key, map[string]string{"language": tt.lang})
			var cr khttp.ConversationResponse
			res.JSON(t, &cr)
			e.MustCreateSystemMessage(t, shop, cr.Conversation.ID, kefu.MessageRatingAsked, "?")
			var rr khttp.RatingResponse
			e.DoJSON(t, "POST", "/v1/conversations/"+cr.Conversation.ID+"/rating", cr.Token, map[string]int{"rating": 5}).JSON(t, &rr)
			if rr.Message == nil || !strings.Contains(rr.Message.Text, tt.want) || rr.Message.Language != tt.lang {
				t.Errorf("thank-you = %+v, want text with %q in %s", rr.Message, tt.want, tt.lang)
			}
		})
	}
}
