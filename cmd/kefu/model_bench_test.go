package main

import (
	"context"
	"hash/fnv"
	"io"
	"log/slog"
	"slices"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/data/nlu/corpus"
	"github.com/kefu-ai/kefu/importer"
	"github.com/kefu-ai/kefu/learn"
	"github.com/kefu-ai/kefu/nlu"
)

// BenchmarkCorrectionToServing times the learning loop end to end on a
// real node (docs/learning.md): a customer message the shipped model
// misunderstands (a corpus dev message, chosen by a hash of its text) is
// relabelled to its gold intent and the correction accepted; then the
// shop's model is retrained and shadow-evaluated, promoted, picked up by
// the node (SyncModels, what the model poll runs) and the identical
// message posted again. correction_to_serving_s runs from the accept to
// the second reply; a node polling the registry adds up to model_poll.
func BenchmarkCorrectionToServing(b *testing.B) {
	ctx := context.Background()
	for b.Loop() {
		cfg := DefaultConfig()
		cfg.DataDir = b.TempDir()
		app := NewApp(cfg, slog.New(slog.NewTextHandler(io.Discard, nil)))
		if err := app.Open(ctx); err != nil {
			b.Fatal(err)
		}
		if _, err := importer.LoadDemo(ctx, app.Store, app.Now); err != nil {
			b.Fatal(err)
		}
		msg := misunderstood(b, app)
		conv, _, err := app.Engine.StartConversation(ctx, kefu.StartConversationRequest{TenantID: "globalmart", CustomerExternalID: "c-1001"})
		if err != nil {
			b.Fatal(err)
		}
		first, err := app.Engine.PostMessage(ctx, kefu.PostMessageRequest{TenantID: "globalmart", ConversationID: conv.ID, Text: msg.Text})
		if err != nil {
			b.Fatal(err)
		}
		f := &kefu.Feedback{TenantID: "globalmart", Kind: kefu.FeedbackRelabel, AgentID: "ag_bench", ConversationID: conv.ID,
			MessageID: first.Message.ID, Text: msg.Text, Language: msg.Lang, Intent: msg.Label, PreviousIntent: first.Reply.Trace.Intent}
		if err := app.Store.CreateFeedback(ctx, f); err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		if _, err := app.Store.ReviewFeedback(ctx, "globalmart", f.ID, kefu.FeedbackAccepted, "bench"); err != nil {
			b.Fatal(err)
		}
		prep, err := nlu.NewPrep()
		if err != nil {
			b.Fatal(err)
		}
		tr := &learn.Trainer{Store: app.Store, Prep: prep}
		res, err := tr.Retrain(ctx, "globalmart", learn.Options{By: "bench"})
		if err != nil {
			b.Fatal(err)
		}
		if err := app.SyncModels(ctx); err != nil {
			b.Fatal(err)
		}
		// A new conversation: the first may have been handed to a person.
		conv2, _, err := app.Engine.StartConversation(ctx, kefu.StartConversationRequest{TenantID: "globalmart", CustomerExternalID: "c-1002"})
		if err != nil {
			b.Fatal(err)
		}
		second, err := app.Engine.PostMessage(ctx, kefu.PostMessageRequest{TenantID: "globalmart", ConversationID: conv2.ID, Text: msg.Text})
		if err != nil {
			b.Fatal(err)
		}
		if second.Reply == nil || second.Reply.Trace == nil {
			b.Fatalf("no bot reply to the second message: %+v", second)
		}
		took := time.Since(start)
		b.Logf("%q: gold %s; before %s by %s; after %s by %s; promoted %v (%s)", msg.Text, msg.Label,
			first.Reply.Trace.Intent, first.Reply.Trace.Understander, second.Reply.Trace.Intent, second.Reply.Trace.Understander,
			res.Promoted, res.Reason)
		if !res.Promoted || second.Reply.Trace.Intent != msg.Label {
			b.Errorf("the correction did not reach serving")
		}
		b.ReportMetric(took.Seconds(), "correction_to_serving_s")
		b.ReportMetric(res.TrainS, "train_s")
		app.Close()
	}
}

// misunderstood returns the corpus dev message, by hash of its text, that
// the node's model gets wrong in the demo shop's pipeline.
func misunderstood(b *testing.B, app *App) corpus.Row {
	rows, err := corpus.Load()
	if err != nil {
		b.Fatal(err)
	}
	_, dev := corpus.Split(rows)
	hash := func(s string) uint32 { h := fnv.New32a(); h.Write([]byte(s)); return h.Sum32() }
	slices.SortFunc(dev, func(x, y corpus.Row) int { return int(hash(x.Text)) - int(hash(y.Text)) })
	ctx := context.Background()
	t, err := app.Store.FindTenantByID(ctx, "globalmart")
	if err != nil {
		b.Fatal(err)
	}
	for _, r := range dev {
		if r.Lang != "en" || r.Label == kefu.IntentOutOfScope {
			continue
		}
		u, err := app.NLU.Understand(ctx, kefu.UnderstandRequest{Tenant: t, Text: r.Text, Language: r.Lang})
		if err != nil {
			b.Fatal(err)
		}
		if u.Intent != r.Label && u.Confidence >= 0.7 {
			return r
		}
	}
	b.Fatal("no misunderstood message")
	return corpus.Row{}
}
