package storetest

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

func testMessages(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	c := newConversation(t, s, "shop")
	q := MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorCustomer,
		Text: "where is my order 10023?", Language: "en", ClientMessageID: "m-1"})
	if q.ID <= 0 || q.CreatedAt.IsZero() {
		t.Errorf("CreateMessage set ID %d, CreatedAt %v", q.ID, q.CreatedAt)
	}
	reply := MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorBot,
		Text: "It is on its way.", Language: "en", ReplyTo: q.ID, Trace: &kefu.Trace{
			Intent: kefu.IntentTrackOrder, Confidence: 0.93,
			Alternatives: []kefu.IntentScore{{Intent: "return", Score: 0.04}},
			Language:     "en", Normalized: "where is my order 10023",
			Entities: []kefu.Entity{{Type: "order_number", Text: "10023", Value: "10023", Start: 18, End: 23}},
			Emotion:  &kefu.Emotion{Label: "anxiety", Intensity: 0.4},
			Action:   kefu.ActionSkill, Skill: "order_tracking", Outcome: "tracking",
			Records: []kefu.RecordRef{{Kind: "order", ID: "or_1"}, {Kind: "shipment", ID: "sh_1"}},
			Reason:  "high_confidence", Understander: "local", Model: "intent-v3", LatencyMS: 1.25,
			Extra: map[string]any{"carrier": "SF", "cold": true},
		}})
	agent := MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorAgent,
		AuthorID: "ag_1", Text: "Hi, this is Mei."})
	sys := MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorSystem,
		Text: "conversation closed", CreatedAt: time.Date(2025, 2, 3, 4, 5, 6, 7000, time.UTC)})
	all := []*kefu.Message{q, reply, agent, sys}
	for i := 1; i < len(all); i++ {
		if all[i].ID <= all[i-1].ID {
			t.Errorf("message IDs do not increase: %d then %d", all[i-1].ID, all[i].ID)
		}
	}
	got, err := s.FindMessages(ctx, kefu.MessageFilter{TenantID: "shop", ConversationID: c.ID})
	mustNil(t, "FindMessages", err)
	checkEqual(t, "FindMessages", got, all)

	// Messages of another conversation are not mixed in.
	c2 := newConversation(t, s, "shop")
	MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: c2.ID, Author: kefu.AuthorCustomer, Text: "hello"})
	got, err = s.FindMessages(ctx, kefu.MessageFilter{TenantID: "shop", ConversationID: c.ID})
	mustNil(t, "FindMessages", err)
	if len(got) != len(all) {
		t.Errorf("FindMessages returned %d messages, want %d", len(got), len(all))
	}

	t.Run("Errors", func(t *testing.T) {
		for _, tc := range []struct {
			name string
			m    *kefu.Message
			code string
		}{
			{"no tenant", &kefu.Message{ConversationID: c.ID, Author: kefu.AuthorCustomer}, kefu.EINVALID},
			{"no conversation", &kefu.Message{TenantID: "shop", Author: kefu.AuthorCustomer}, kefu.EINVALID},
			{"bad author", &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: "robot"}, kefu.EINVALID},
			{"empty author", &kefu.Message{TenantID: "shop", ConversationID: c.ID}, kefu.EINVALID},
			{"unknown conversation", &kefu.Message{TenantID: "shop", ConversationID: "cv_nope", Author: kefu.AuthorCustomer}, kefu.ENOTFOUND},
		} {
			t.Run(tc.name, func(t *testing.T) {
				wantCode(t, "CreateMessage", s.CreateMessage(ctx, tc.m), tc.code)
				if tc.m.ID != 0 {
					t.Errorf("failed CreateMessage set ID %d", tc.m.ID)
				}
			})
		}
		got, err := s.FindMessages(ctx, kefu.MessageFilter{TenantID: "shop", ConversationID: c.ID})
		mustNil(t, "FindMessages", err)
		checkEqual(t, "messages after failed creates", got, all)
	})
}

func testMessagePaging(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	c := newConversation(t, s, "shop")
	var ids []int64
	for i := range 250 {
		m := MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorCustomer,
			Text: fmt.Sprintf("message %d", i)})
		ids = append(ids, m.ID)
	}
	idsOf := func(ms []*kefu.Message) []int64 {
		var out []int64
		for _, m := range ms {
			out = append(out, m.ID)
		}
		return out
	}
	for _, tc := range []struct {
		name string
		f    kefu.MessageFilter
		want []int64
	}{
		{"default limit", kefu.MessageFilter{}, ids[:200]},
		{"limit", kefu.MessageFilter{Limit: 10}, ids[:10]},
		{"after", kefu.MessageFilter{AfterID: ids[9], Limit: 5}, ids[10:15]},
		{"after last", kefu.MessageFilter{AfterID: ids[249]}, nil},
		{"tail", kefu.MessageFilter{AfterID: ids[239], Limit: 100}, ids[240:]},
		{"big limit", kefu.MessageFilter{Limit: 1000}, ids},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.f.TenantID, tc.f.ConversationID = "shop", c.ID
			got, err := s.FindMessages(ctx, tc.f)
			mustNil(t, "FindMessages", err)
			checkEqual(t, "IDs", idsOf(got), tc.want)
		})
	}
	t.Run("page through", func(t *testing.T) {
		var got []int64
		after := int64(0)
		for range 100 {
			page, err := s.FindMessages(ctx, kefu.MessageFilter{TenantID: "shop", ConversationID: c.ID, AfterID: after, Limit: 33})
			mustNil(t, "FindMessages", err)
			if len(page) == 0 {
				break
			}
			got = append(got, idsOf(page)...)
			after = page[len(page)-1].ID
		}
		checkEqual(t, "paged IDs", got, ids)
	})
}

func testClientMessageID(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	c := newConversation(t, s, "shop")
	c2 := newConversation(t, s, "shop")
	first := MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorCustomer,
		Text: "first", ClientMessageID: "cm-1"})
	// The same client ID in another conversation is a different message.
	MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: c2.ID, Author: kefu.AuthorCustomer,
		Text: "elsewhere", ClientMessageID: "cm-1"})
	// Messages without a client ID never collide.
	for range 3 {
		MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorBot, Text: "no id"})
	}

	retry := &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorCustomer, Text: "retry", ClientMessageID: "cm-1"}
	wantCode(t, "CreateMessage(duplicate client ID)", s.CreateMessage(ctx, retry), kefu.ECONFLICT)
	if retry.ID != 0 {
		t.Errorf("failed CreateMessage set ID %d", retry.ID)
	}
	ms, err := s.FindMessages(ctx, kefu.MessageFilter{TenantID: "shop", ConversationID: c.ID})
	mustNil(t, "FindMessages", err)
	if len(ms) != 4 {
		t.Errorf("conversation has %d messages after a duplicate, want 4", len(ms))
	}

	for _, tc := range []struct {
		name, tenant, conv, client string
		want                       *kefu.Message
		code                       string
	}{
		{"found", "shop", c.ID, "cm-1", first, ""},
		{"missing", "shop", c.ID, "cm-2", nil, kefu.ENOTFOUND},
		{"empty", "shop", c.ID, "", nil, kefu.ENOTFOUND},
		{"other tenant", "other", c.ID, "cm-1", nil, kefu.ENOTFOUND},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.FindMessageByClientID(ctx, tc.tenant, tc.conv, tc.client)
			wantCode(t, "FindMessageByClientID", err, tc.code)
			checkEqual(t, "message", got, tc.want)
		})
	}
}

func testFindReply(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	c := newConversation(t, s, "shop")
	q1 := MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorCustomer, Text: "q1"})
	q2 := MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorCustomer, Text: "q2"})
	q3 := MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorCustomer, Text: "q3"})
	// An agent's answer is not the bot's reply.
	MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorAgent, Text: "a1", ReplyTo: q1.ID})
	r1 := MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorBot, Text: "r1",
		ReplyTo: q1.ID, Trace: &kefu.Trace{Intent: "greeting", Action: kefu.ActionSmalltalk}})
	r2 := MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorSystem, Text: "r2", ReplyTo: q2.ID})
	other := newConversation(t, s, "shop")

	for _, tc := range []struct {
		name, tenant, conv string
		id                 int64
		want               *kefu.Message
		code               string
	}{
		{"bot reply", "shop", c.ID, q1.ID, r1, ""},
		{"system reply", "shop", c.ID, q2.ID, r2, ""},
		{"unanswered", "shop", c.ID, q3.ID, nil, kefu.ENOTFOUND},
		{"zero", "shop", c.ID, 0, nil, kefu.ENOTFOUND},
		{"other conversation", "shop", other.ID, q1.ID, nil, kefu.ENOTFOUND},
		{"other tenant", "other", c.ID, q1.ID, nil, kefu.ENOTFOUND},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.FindReply(ctx, tc.tenant, tc.conv, tc.id)
			wantCode(t, "FindReply", err, tc.code)
			checkEqual(t, "reply", got, tc.want)
		})
	}
}

func testConcurrentMessages(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	c := newConversation(t, s, "shop")
	const workers, each = 8, 25
	ids := make([][]int64, workers)
	var wg sync.WaitGroup
	errs := make(chan error, workers*each)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				m := &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorCustomer,
					Text: fmt.Sprintf("w%d-%d", w, i), ClientMessageID: fmt.Sprintf("w%d-%d", w, i)}
				if err := s.CreateMessage(ctx, m); err != nil {
					errs <- err
					return
				}
				ids[w] = append(ids[w], m.ID)
				// Readers run alongside the writers.
				if _, err := s.FindConversationByID(ctx, "shop", c.ID); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("concurrent CreateMessage: %v", err)
	}
	seen := make(map[int64]bool)
	for w, ws := range ids {
		for i, id := range ws {
			if seen[id] {
				t.Errorf("message ID %d assigned twice", id)
			}
			seen[id] = true
			if i > 0 && id <= ws[i-1] {
				t.Errorf("worker %d got IDs %d then %d: not increasing", w, ws[i-1], id)
			}
		}
	}
	ms, err := s.FindMessages(ctx, kefu.MessageFilter{TenantID: "shop", ConversationID: c.ID, Limit: 10 * workers * each})
	mustNil(t, "FindMessages", err)
	if len(ms) != workers*each {
		t.Fatalf("stored %d messages, want %d", len(ms), workers*each)
	}
	for i, m := range ms {
		if !seen[m.ID] {
			t.Errorf("stored message %d was not returned to any writer", m.ID)
		}
		if i > 0 && m.ID <= ms[i-1].ID {
			t.Errorf("FindMessages out of order: %d then %d", ms[i-1].ID, m.ID)
		}
	}
}
