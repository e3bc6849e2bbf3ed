package desk_test

import (
	"context"
	"testing"

	"github.com/kefu-ai/kefu/desk"
)

// BenchmarkReply measures an agent's reply with a warm translation cache:
// lookup, holder check under the lock, one message insert, one event.
func BenchmarkReply(b *testing.B) {
	e := MustOpenEnv(b, tagger())
	ctx := context.Background()
	conv := e.MustQueue(b, 1, "hola")
	if _, err := e.Desk.Take(ctx, e.Ana, conv.ID); err != nil {
		b.Fatal(err)
	}
	req := desk.ReplyRequest{Text: "Your parcel left our warehouse today."}
	for b.Loop() {
		if _, err := e.Desk.Reply(ctx, e.Ana, conv.ID, req); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkQueue lists a queue of 100 conversations of 20 customers.
func BenchmarkQueue(b *testing.B) {
	e := MustOpenEnv(b, nil)
	ctx := context.Background()
	for i := range 100 {
		e.MustQueue(b, i%4, "")
	}
	for b.Loop() {
		q, err := e.Desk.Queue(ctx, e.Bo)
		if err != nil || len(q) != 100 {
			b.Fatal(len(q), err)
		}
	}
}
