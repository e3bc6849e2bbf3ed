package importer_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/coldchain"
	"github.com/kefu-ai/kefu/data"
	"github.com/kefu-ai/kefu/importer"
	"github.com/kefu-ai/kefu/sqlite"
	"github.com/kefu-ai/kefu/traceability"
	"io"
)

// TestDemoColdChain loads the demo and checks what the freshfarm cold
// chain says of the deliveries the demo tells stories about: FF-20915
// (salmon) came cold all the way, FF-20918's ice cream thawed in a
// freezer failure, FF-20921's logger went silent for 45 minutes.
func TestDemoColdChain(t *testing.T) {
	ctx := context.Background()
	now := func() time.Time { return time.Date(2026, 12, 6, 12, 0, 0, 0, time.UTC) }
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "kefu.db"), now)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := importer.LoadDemo(ctx, db, now); err != nil {
		t.Fatal(err)
	}
	svc := &traceability.Service{Store: db, Now: now}
	tests := []struct {
		order   string
		verdict coldchain.Verdict
		sku     string // the line whose verdict that is
		code    coldchain.Code
	}{
		{"FF-20915", coldchain.OK, "FF-SAL-FIL", ""},
		{"FF-20918", coldchain.LikelySpoiled, "FF-ICE-VAN", coldchain.CodeAboveThawLimit},
		{"FF-20921", coldchain.Unknown, "FF-OYST-6", coldchain.CodeDataGap},
	}
	for _, tt := range tests {
		t.Run(tt.order, func(t *testing.T) {
			o, err := db.FindOrderByNumber(ctx, "freshfarm", tt.order)
			if err != nil {
				t.Fatal(err)
			}
			rep, err := svc.ForOrder(ctx, o)
			if err != nil {
				t.Fatal(err)
			}
			if rep.Verdict != tt.verdict {
				for _, it := range rep.Items {
					t.Logf("%s on %s: %s %+v", it.Line.SKU, it.DeviceID, it.Analysis.Verdict, it.Analysis.Reasons)
				}
				t.Fatalf("verdict %s, want %s", rep.Verdict, tt.verdict)
			}
			var it *traceability.Item
			for _, x := range rep.Items {
				if x.Line.SKU == tt.sku {
					it = x
				}
			}
			if it == nil || it.Analysis.Verdict != tt.verdict || it.Batch == nil || it.Batch.Origin == "" {
				t.Fatalf("item %s: %+v", tt.sku, it)
			}
			if tt.code != "" && !hasReason(it.Analysis, tt.code) {
				t.Errorf("%s: no %s among %+v", tt.sku, tt.code, it.Analysis.Reasons)
			}
			if len(rep.Custody) < 4 || len(rep.Route) == 0 || len(rep.Devices) == 0 {
				t.Errorf("custody %d, route %d, devices %d", len(rep.Custody), len(rep.Route), len(rep.Devices))
			}
		})
	}
	// Loading again stores nothing new.
	again, err := importer.LoadColdChainDemo(ctx, db, mustOpenDemo(t, "freshfarm-coldchain.json"), now())
	if err != nil || again.Readings != 0 || again.Custody != 0 {
		t.Fatalf("second load: %+v %v", again, err)
	}
	_ = kefu.StepDelivered
}

func hasReason(a coldchain.Analysis, c coldchain.Code) bool {
	for _, r := range a.Reasons {
		if r.Code == c {
			return true
		}
	}
	return false
}

func mustOpenDemo(t *testing.T, name string) io.Reader {
	t.Helper()
	f, err := data.Demo.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}
