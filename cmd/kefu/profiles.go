package main

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/kefu-ai/kefu/cosmetics/profiles"
)

// profileRefresher derives shops' product profiles again in the
// background after their catalogue changed, one shop at a time, so that a
// product write through the admin API does not wait for the whole
// catalogue to be derived (a second for 5,000 products, and a client
// sending its catalogue in batches would pay it per batch). Changes that
// arrive while a shop is being refreshed make it run once more, so a
// stream of batches costs one refresh running and one waiting.
type profileRefresher struct {
	keeper *profiles.Keeper
	logger *slog.Logger
	ctx    context.Context // cancelled by Close
	cancel context.CancelFunc

	mu      sync.Mutex      // guards pending and running
	pending map[string]bool // shops to refresh
	running bool            // the loop goroutine runs
	idle    *sync.Cond      // signalled when running becomes false
	wg      sync.WaitGroup  // the loop goroutine
}

func newProfileRefresher(k *profiles.Keeper, logger *slog.Logger) *profileRefresher {
	r := &profileRefresher{keeper: k, logger: logger, pending: map[string]bool{}}
	r.ctx, r.cancel = context.WithCancel(context.Background())
	r.idle = sync.NewCond(&r.mu)
	return r
}

// Mark asks for the shop's profiles to be derived again soon.
func (r *profileRefresher) Mark(tenantID string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.ctx.Err() != nil {
		return
	}
	r.pending[tenantID] = true
	if !r.running {
		r.running = true
		r.wg.Add(1)
		go r.loop()
	}
}

func (r *profileRefresher) loop() {
	defer r.wg.Done()
	for {
		r.mu.Lock()
		tenant := ""
		for t := range r.pending {
			tenant = t
			break
		}
		if tenant == "" || r.ctx.Err() != nil {
			r.running = false
			r.idle.Broadcast()
			r.mu.Unlock()
			return
		}
		delete(r.pending, tenant)
		r.mu.Unlock()
		r.refresh(tenant)
	}
}

// refresh derives one shop's profiles and logs what it did; a failure is
// logged, not retried: the products are stored, and the next change or a
// GET of a profile derives again.
func (r *profileRefresher) refresh(tenantID string) {
	start := time.Now()
	res, err := r.keeper.Refresh(r.ctx, tenantID)
	switch {
	case err != nil && r.ctx.Err() != nil:
	case err != nil:
		r.logger.Error("product profiles not refreshed", "tenant", tenantID, "err", err)
	default:
		r.logger.Debug("product profiles refreshed", "tenant", tenantID, "products", res.Products,
			"written", res.Written, "took", time.Since(start))
	}
}

// Wait returns when no refresh is running or pending.
func (r *profileRefresher) Wait() {
	r.mu.Lock()
	defer r.mu.Unlock()
	for r.running {
		r.idle.Wait()
	}
}

// Close stops refreshing (a refresh running is cancelled) and waits for
// the loop to end.
func (r *profileRefresher) Close() error {
	r.mu.Lock()
	r.cancel()
	r.mu.Unlock()
	r.wg.Wait()
	return nil
}
