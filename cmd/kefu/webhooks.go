package main

import (
	"context"
	"time"

	"github.com/kefu-ai/kefu/webhook"
)

// Event log upkeep: events every consumer has acknowledged are deleted
// every pruneEvery, and unacknowledged ones after eventRetention (a
// consumer that stopped claiming must not grow the log for ever).
const (
	pruneEvery     = 10 * time.Minute
	eventRetention = 7 * 24 * time.Hour
)

// startWebhooks starts signed webhook deliveries for every tenant's
// configured endpoints from the store's durable event log, and the
// log's pruning; both are stopped (deliveries drained) by Close.
func (a *App) startWebhooks(ctx context.Context) error {
	d := &webhook.Dispatcher{
		Log:         a.Store,
		Events:      a.Events, // a hint to claim at once
		Tenants:     a.Store,
		Logger:      a.Logger,
		Now:         a.Now,
		MaxAttempts: a.Config.WebhookAttempts,
		BaseDelay:   time.Duration(a.Config.WebhookBackoff),
	}
	if err := d.Open(ctx); err != nil {
		return err
	}
	a.closers = append(a.closers, d.Close)
	a.webhooks.Store(d)

	a.runEvery(ctx, pruneEvery, false, func(ctx context.Context) {
		n, err := a.Store.PruneEvents(ctx, a.Now().Add(-eventRetention))
		if err != nil && ctx.Err() == nil {
			a.Logger.Error("prune event log", "err", err)
		} else if n > 0 {
			a.Logger.Debug("pruned event log", "events", n)
		}
	})
	return nil
}
