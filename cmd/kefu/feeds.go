package main

import (
	"context"
	"time"

	"github.com/kefu-ai/kefu/freshness"
	khttp "github.com/kefu-ai/kefu/http"
)

// freshness returns the node's knowledge-freshness service (feeds, the
// review queue, suggestions; docs/feeds.md), made once. What it changes
// drops the caches of the shop's products, promotions and articles, here
// and on the other nodes.
func (a *App) freshness() *freshness.Service {
	if a.fresh == nil {
		a.fresh = &freshness.Service{Store: a.Store, Now: a.Now, Logger: a.Logger, Changed: func(tenantID string) {
			for _, kind := range []string{"products", "promotions", "articles"} {
				a.changed(tenantID, kind)
			}
		}}
	}
	return a.fresh
}

// wireFeeds gives the server the freshness service.
func (a *App) wireFeeds(s *khttp.Server) { s.Freshness = a.freshness() }

// startFeedPoller polls the shops' feed URLs, each on its interval, and
// sweeps ended promotions, every Config.FeedPollTick until Close.
// Every serving node runs one: deliveries are idempotent, so two nodes
// polling one feed change nothing twice.
func (a *App) startFeedPoller(ctx context.Context) {
	tick := time.Duration(a.Config.FeedPollTick)
	if tick <= 0 {
		return
	}
	p := &freshness.Poller{Service: a.freshness(), Tick: tick}
	pctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	done := make(chan struct{})
	go func() {
		defer close(done)
		p.Run(pctx)
	}()
	a.closers = append(a.closers, func() error { cancel(); <-done; return nil })
}
