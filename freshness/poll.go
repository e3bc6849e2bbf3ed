package freshness

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"time"

	"github.com/kefu-ai/kefu"
)

// DefaultPollTick is how often the poller looks for sources that are due.
const DefaultPollTick = 30 * time.Second

// pollTimeout bounds one fetch of a feed URL.
const pollTimeout = 2 * time.Minute

// Poll fetches src's URL and delivers the body. A fetch that fails (a
// network error, a status other than 200, a body over MaxFeedBytes) is
// recorded on the source like a feed that does not parse.
func (s *Service) Poll(ctx context.Context, client *http.Client, src *kefu.FeedSource) (*Result, error) {
	if src.URL == "" {
		return nil, kefu.Invalidf("url", "feed %s has no URL to poll", src.Name)
	}
	if client == nil {
		client = http.DefaultClient
	}
	body, err := fetch(ctx, client, src.URL)
	if err != nil {
		msg := kefu.ErrorMessage(err)
		_ = s.Store.RecordFeedRun(ctx, src.TenantID, src.Name, s.now(), msg, "")
		return nil, err
	}
	return s.Deliver(ctx, src, body)
}

func fetch(ctx context.Context, client *http.Client, url string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, pollTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, kefu.Errorf(kefu.EINVALID, "url: %v", err)
	}
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", "kefu-feed-poller")
	resp, err := client.Do(req)
	if err != nil {
		return nil, kefu.Errorf(kefu.EUNAVAILABLE, "fetching the feed: %v", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, kefu.Errorf(kefu.EUNAVAILABLE, "fetching the feed: %s answered %s", url, resp.Status)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, MaxFeedBytes+1))
	if err != nil {
		return nil, kefu.Errorf(kefu.EUNAVAILABLE, "reading the feed: %v", err)
	}
	if len(body) > MaxFeedBytes {
		return nil, kefu.Errorf(kefu.EINVALID, "the feed is over %d MiB", MaxFeedBytes>>20)
	}
	return body, nil
}

// Poller polls every shop's feed sources that have a URL, each on its
// own interval, and sweeps ended promotions. One poller per deployment
// is enough; several (one per node) poll the same sources more often
// than asked but change nothing twice, since deliveries are idempotent.
type Poller struct {
	Service *Service
	// Client fetches the feeds; nil means http.DefaultClient.
	Client *http.Client
	// Tick is how often it looks for due sources; 0 means DefaultPollTick.
	Tick time.Duration
}

// Run polls until ctx ends.
func (p *Poller) Run(ctx context.Context) {
	tick := p.Tick
	if tick <= 0 {
		tick = DefaultPollTick
	}
	t := time.NewTicker(tick)
	defer t.Stop()
	for {
		if _, err := p.PollDue(ctx); err != nil && ctx.Err() == nil {
			p.Service.logger().Error("feed poll", slog.String("error", err.Error()))
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// PollDue polls every source whose interval has passed since its last
// run (or that never ran), then sweeps ended promotions, and returns how
// many sources it polled. A source that fails is recorded and logged;
// the others still run.
func (p *Poller) PollDue(ctx context.Context) (int, error) {
	s := p.Service
	srcs, err := s.Store.FindFeedSources(ctx, "", true)
	if err != nil {
		return 0, err
	}
	now := s.now()
	n := 0
	for _, src := range srcs {
		if ctx.Err() != nil {
			return n, ctx.Err()
		}
		if !src.LastRunAt.IsZero() && now.Sub(src.LastRunAt) < src.PollInterval() {
			continue
		}
		n++
		res, err := s.Poll(ctx, p.Client, src)
		if err != nil {
			s.logger().Warn("feed poll failed", slog.String("tenant", src.TenantID), slog.String("feed", src.Name),
				slog.String("error", err.Error()))
			continue
		}
		s.logger().Debug("feed polled", slog.String("tenant", src.TenantID), slog.String("feed", src.Name),
			slog.String("result", fmt.Sprintf("%+v", *res)))
	}
	if _, err := s.Sweep(ctx); err != nil {
		return n, err
	}
	return n, nil
}
