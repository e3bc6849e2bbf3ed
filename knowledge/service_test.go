package knowledge_test

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/knowledge"
)

// countingFinder serves one published article and counts the reads.
type countingFinder struct{ reads atomic.Int64 }

func (f *countingFinder) FindArticles(_ context.Context, flt kefu.ArticleFilter) ([]*kefu.Article, error) {
	f.reads.Add(1)
	return []*kefu.Article{{ID: "a1", TenantID: flt.TenantID, Title: "Shipping times", Body: "Orders ship within two days.", Status: kefu.ArticlePublished}}, nil
}

// TestServiceConcurrentRebuild has many callers ask for an index whose
// TTL expires while they do, so that (under -race) the entry's build
// and the staleness check of the next caller overlap, as they do when
// a shop's widget sends messages from several visitors at once.
func TestServiceConcurrentRebuild(t *testing.T) {
	finder := &countingFinder{}
	var nowNanos atomic.Int64
	nowNanos.Store(time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC).UnixNano())
	svc := knowledge.NewService(finder, func() time.Time { return time.Unix(0, nowNanos.Add(int64(time.Millisecond))) })
	svc.TTL = 5 * time.Millisecond

	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				ix, err := svc.Index(context.Background(), "shop")
				if err != nil || ix == nil {
					t.Errorf("Index: %v, %v", ix, err)
					return
				}
			}
		}()
	}
	wg.Wait()
	if n := finder.reads.Load(); n < 2 || n > 1600 {
		t.Errorf("reads = %d, want the index rebuilt after its TTL, and at most once per call", n)
	}
	ix1, _ := svc.Index(context.Background(), "shop")
	ix2, _ := svc.Index(context.Background(), "shop")
	if ix1 == nil || ix2 == nil {
		t.Fatal("nil index after rebuilds")
	}
}
