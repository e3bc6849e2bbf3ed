package main

import (
	"context"
	"time"

	"github.com/kefu-ai/kefu/webhook"
)

// startWebhooks starts signed webhook deliveries for every tenant's
// configured endpoints; they are stopped (and drained) by Close.
func (a *App) startWebhooks(ctx context.Context) error {
	d := &webhook.Dispatcher{
		Events:      a.Events,
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
	return nil
}
