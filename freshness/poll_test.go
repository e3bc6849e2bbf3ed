package freshness_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/freshness"
)

func TestPoller(t *testing.T) {
	ctx := context.Background()
	var (
		mu     sync.Mutex // guards body, status and hits
		body   = catalogue
		status = http.StatusOK
		hits   int
	)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		hits++
		w.WriteHeader(status)
		w.Write([]byte(body))
	}))
	defer srv.Close()

	clock := &testClock{t: time.Date(2026, 6, 10, 9, 0, 0, 0, time.UTC)}
	st := MustOpen(t, clock.Now)
	if err := st.UpsertFeedSource(ctx, &kefu.FeedSource{TenantID: "shop", Name: "polled", Format: kefu.FeedKefu,
		URL: srv.URL + "/feed.json", Interval: 10 * time.Minute}, false); err != nil {
		t.Fatal(err)
	}
	MustSource(t, st, "hook-only", kefu.FeedKefu) // no URL: never polled
	p := &freshness.Poller{Service: &freshness.Service{Store: st, Now: clock.Now}, Client: srv.Client()}

	steps := []struct {
		name    string
		advance time.Duration
		body    string
		status  int
		polled  int
		hits    int
		price   int64
		lastErr string
	}{
		{"first poll", 0, catalogue, 200, 1, 1, 1990, ""},
		{"not due yet", 5 * time.Minute, catalogue, 200, 0, 1, 1990, ""},
		{"due, same body", 5 * time.Minute, catalogue, 200, 1, 2, 1990, ""},
		{"due, new price", 10 * time.Minute, strings.Replace(catalogue, "19.90", "18.50", 1), 200, 1, 3, 1850, ""},
		{"server error is recorded", 10 * time.Minute, "oops", 500, 1, 4, 1850, "500"},
		{"bad feed is recorded", 10 * time.Minute, `{"products": [{"sku": 1}]}`, 200, 1, 5, 1850, "line 1"},
		{"recovers", 10 * time.Minute, catalogue, 200, 1, 6, 1990, ""},
	}
	for _, s := range steps {
		clock.Set(clock.Now().Add(s.advance))
		mu.Lock()
		body, status = s.body, s.status
		mu.Unlock()
		n, err := p.PollDue(ctx)
		if err != nil {
			t.Fatalf("%s: PollDue: %v", s.name, err)
		}
		mu.Lock()
		h := hits
		mu.Unlock()
		pr, err := st.FindProductBySKU(ctx, "shop", "LUMI-C-30")
		if err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		src, _ := st.FindFeedSource(ctx, "shop", "polled")
		if n != s.polled || h != s.hits || pr.Price != s.price || !strings.Contains(src.LastError, s.lastErr) || (s.lastErr == "") != (src.LastError == "") {
			t.Errorf("%s: polled %d hits %d price %d last error %q; want %d %d %d %q", s.name, n, h, pr.Price, src.LastError,
				s.polled, s.hits, s.price, s.lastErr)
		}
	}

	t.Run("Run stops with its context", func(t *testing.T) {
		ctx, cancel := context.WithCancel(ctx)
		done := make(chan struct{})
		go func() {
			(&freshness.Poller{Service: p.Service, Client: srv.Client(), Tick: time.Millisecond}).Run(ctx)
			close(done)
		}()
		cancel()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatal("Run did not return after its context ended")
		}
	})
}
