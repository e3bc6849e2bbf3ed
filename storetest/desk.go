package storetest

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

// deskTests cover what the agent desk stores: hand-off steps,
// translations and cards on messages, queue time and rating on
// conversations, and internal notes.
var deskTests = []struct {
	name string
	fn   func(t *testing.T, s kefu.Store)
}{
	{"DeskMessages", testDeskMessages},
	{"QueueAndRating", testQueueAndRating},
	{"Notes", testNotes},
}

func testDeskMessages(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	c := newConversation(t, s, "shop")
	at := time.Date(2026, 3, 1, 8, 30, 0, 0, time.UTC)
	joined := MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorSystem,
		Kind: kefu.MessageAgentJoined, AuthorID: "ag_1", AuthorName: "Ana", Text: "Ana se ha unido.", Language: "es"})
	reply := MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorAgent,
		AuthorID: "ag_1", AuthorName: "Ana", Text: "Su pedido llega mañana.", Language: "es",
		OriginalText: "Your order arrives tomorrow.", OriginalLanguage: "en", TranslatedBy: "apertium"})
	card := MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorBot,
		Text: "On its way.", Cards: []kefu.Card{{Type: kefu.CardProgress, Title: "Progress", Steps: []kefu.CardStep{
			{Label: "Picked up", Location: "Shenzhen", At: at},
			{Label: "Customs cleared", At: at.Add(26 * time.Hour)},
		}}}})
	offer := MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorBot,
		Text: "Thanks! 10% off your next order: THANKS10", Cards: []kefu.Card{
			{Type: kefu.CardProduct, Title: "Power bank 20000 mAh", Subtitle: "€29.90 · in stock", Code: "GM-PB-20K"},
			{Type: kefu.CardOffer, Code: "THANKS10"},
		}})
	if !reply.MachineTranslated() || joined.MachineTranslated() {
		t.Errorf("MachineTranslated: reply %v, joined %v", reply.MachineTranslated(), joined.MachineTranslated())
	}
	got, err := s.FindMessages(ctx, kefu.MessageFilter{TenantID: "shop", ConversationID: c.ID})
	mustNil(t, "FindMessages", err)
	checkEqual(t, "FindMessages", got, []*kefu.Message{joined, reply, card, offer})
}

func testQueueAndRating(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	c := newConversation(t, s, "shop")
	if !c.QueuedAt.IsZero() || c.Rating != 0 {
		t.Fatalf("new conversation: QueuedAt %v, Rating %d; want zero", c.QueuedAt, c.Rating)
	}
	queued := time.Date(2026, 3, 1, 9, 0, 0, 123000, time.UTC)
	st := kefu.StatusQueued
	got, err := s.UpdateConversation(ctx, "shop", c.ID, kefu.ConversationUpdate{Status: &st, QueuedAt: &queued})
	mustNil(t, "UpdateConversation queued", err)
	if !sameTime(got.QueuedAt, queued) {
		t.Errorf("QueuedAt = %v, want %v", got.QueuedAt, queued)
	}
	// Other updates keep it.
	prio := 3
	got, err = s.UpdateConversation(ctx, "shop", c.ID, kefu.ConversationUpdate{Priority: &prio})
	mustNil(t, "UpdateConversation priority", err)
	if !sameTime(got.QueuedAt, queued) {
		t.Errorf("QueuedAt after another update = %v, want %v", got.QueuedAt, queued)
	}

	rating, comment := 4, "quick & kind"
	got, err = s.UpdateConversation(ctx, "shop", c.ID, kefu.ConversationUpdate{Rating: &rating, RatingComment: &comment})
	mustNil(t, "UpdateConversation rating", err)
	if got.Rating != 4 || got.RatingComment != comment {
		t.Errorf("rating = %d %q, want 4 %q", got.Rating, got.RatingComment, comment)
	}
	found, err := s.FindConversationByID(ctx, "shop", c.ID)
	mustNil(t, "FindConversationByID", err)
	checkEqual(t, "stored conversation", found, got)

	zero := time.Time{}
	for _, tc := range []struct {
		name string
		upd  kefu.ConversationUpdate
	}{
		{"rating 0", kefu.ConversationUpdate{Rating: ptr(0)}},
		{"rating 6", kefu.ConversationUpdate{Rating: ptr(6)}},
		{"rating -1", kefu.ConversationUpdate{Rating: ptr(-1)}},
		{"zero queued at", kefu.ConversationUpdate{QueuedAt: &zero}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := s.UpdateConversation(ctx, "shop", c.ID, tc.upd)
			wantCode(t, "UpdateConversation", err, kefu.EINVALID)
		})
	}
	after, err := s.FindConversationByID(ctx, "shop", c.ID)
	mustNil(t, "FindConversationByID", err)
	checkEqual(t, "conversation after failed updates", after, got)
	err = s.CreateConversation(ctx, &kefu.Conversation{TenantID: "shop", Channel: "api", Rating: 9})
	wantCode(t, "CreateConversation rating 9", err, kefu.EINVALID)

	// Created with a queue time and a rating (imports keep them).
	imported := MustCreateConversation(t, s, &kefu.Conversation{TenantID: "shop", Channel: "api",
		Status: kefu.StatusQueued, QueuedAt: queued, Rating: 5})
	again, err := s.FindConversationByID(ctx, "shop", imported.ID)
	mustNil(t, "FindConversationByID imported", err)
	if !sameTime(again.QueuedAt, queued) || again.Rating != 5 {
		t.Errorf("imported: QueuedAt %v rating %d", again.QueuedAt, again.Rating)
	}

	// FindConversations by agent.
	MustCreateAgent(t, s, &kefu.Agent{TenantID: "shop", Email: "mei@shop.example", ID: "ag_mei", MaxChats: 5})
	if _, err := s.AssignConversation(ctx, "shop", imported.ID, "ag_mei"); err != nil {
		t.Fatalf("AssignConversation: %v", err)
	}
	held, err := s.FindConversations(ctx, kefu.ConversationFilter{TenantID: "shop", AgentID: "ag_mei"})
	mustNil(t, "FindConversations by agent", err)
	if len(held) != 1 || held[0].ID != imported.ID {
		t.Errorf("FindConversations(agent) = %v, want [%s]", ids(held), imported.ID)
	}
}

func ids(cs []*kefu.Conversation) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.ID)
	}
	return out
}

func testNotes(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	c := newConversation(t, s, "shop")
	other := newConversation(t, s, "other")
	n1 := &kefu.Note{TenantID: "shop", ConversationID: c.ID, AgentID: "ag_1", Text: "VIP, refund approved by Li"}
	mustNil(t, "CreateNote", s.CreateNote(ctx, n1))
	n2 := &kefu.Note{TenantID: "shop", ConversationID: c.ID, AgentID: "ag_2", Text: "<script>x</script>",
		CreatedAt: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
	mustNil(t, "CreateNote", s.CreateNote(ctx, n2))
	if n1.ID <= 0 || n2.ID <= n1.ID || n1.CreatedAt.IsZero() {
		t.Errorf("note IDs %d, %d, CreatedAt %v", n1.ID, n2.ID, n1.CreatedAt)
	}
	got, err := s.FindNotes(ctx, "shop", c.ID)
	mustNil(t, "FindNotes", err)
	checkEqual(t, "FindNotes", got, []*kefu.Note{n1, n2})

	// Notes are not messages.
	msgs, err := s.FindMessages(ctx, kefu.MessageFilter{TenantID: "shop", ConversationID: c.ID})
	mustNil(t, "FindMessages", err)
	if len(msgs) != 0 {
		t.Errorf("notes showed up as %d messages", len(msgs))
	}
	// Another tenant sees none of them, even with the conversation's ID.
	got, err = s.FindNotes(ctx, "other", c.ID)
	mustNil(t, "FindNotes other tenant", err)
	if len(got) != 0 {
		t.Errorf("other tenant sees %d notes", len(got))
	}

	for _, tc := range []struct {
		name string
		n    *kefu.Note
		code string
	}{
		{"no tenant", &kefu.Note{ConversationID: c.ID, AgentID: "ag_1", Text: "x"}, kefu.EINVALID},
		{"no conversation", &kefu.Note{TenantID: "shop", AgentID: "ag_1", Text: "x"}, kefu.EINVALID},
		{"no agent", &kefu.Note{TenantID: "shop", ConversationID: c.ID, Text: "x"}, kefu.EINVALID},
		{"blank text", &kefu.Note{TenantID: "shop", ConversationID: c.ID, AgentID: "ag_1", Text: "  \n"}, kefu.EINVALID},
		{"too long", &kefu.Note{TenantID: "shop", ConversationID: c.ID, AgentID: "ag_1",
			Text: strings.Repeat("x", kefu.MaxNoteBytes+1)}, kefu.EINVALID},
		{"unknown conversation", &kefu.Note{TenantID: "shop", ConversationID: "cv_nope", AgentID: "ag_1", Text: "x"}, kefu.ENOTFOUND},
		{"other tenant's conversation", &kefu.Note{TenantID: "shop", ConversationID: other.ID, AgentID: "ag_1", Text: "x"}, kefu.ENOTFOUND},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantCode(t, "CreateNote", s.CreateNote(ctx, tc.n), tc.code)
			if tc.n.ID != 0 {
				t.Errorf("failed CreateNote set ID %d", tc.n.ID)
			}
		})
	}
	got, err = s.FindNotes(ctx, "shop", c.ID)
	mustNil(t, "FindNotes after failures", err)
	if len(got) != 2 {
		t.Errorf("%d notes after failed creates, want 2", len(got))
	}
	_, err = s.FindNotes(ctx, "", c.ID)
	wantCode(t, "FindNotes without tenant", err, kefu.EINVALID)
}
