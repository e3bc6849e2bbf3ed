package main

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/analytics"
)

// runStats prints hand-off metrics of a tenant read from the store: the
// reasons, queue waits, times to the first agent response and CSAT. The
// last line is one JSON object.
func runStats(ctx context.Context, args []string, env *Env) error {
	fs := newFlagSet(env, "stats", "")
	cfg, err := setupConfig(fs, env, args)
	if err != nil {
		return err
	}
	tenant := fs.String("tenant", "globalmart", "tenant (shop) `ID`")
	limit := fs.Int("limit", 1000, "read the newest `N` conversations")
	dashboard := fs.Bool("summary", false, "print the dashboard's summary of the last 30 days instead (GET /v1/analytics/summary)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	cfg.LogLevel = "error"
	app := NewApp(*cfg, newLogger(*cfg, env.Stderr))
	if err := app.Open(ctx); err != nil {
		return err
	}
	defer app.Close()
	if _, err := app.Store.FindTenantByID(ctx, *tenant); err != nil {
		return err
	}
	if *dashboard {
		from, to := analytics.DefaultPeriod(time.Now())
		rep, err := analytics.Overview(ctx, app.Store, kefu.AnalyticsFilter{TenantID: *tenant, From: from, To: to}, time.Now())
		if err != nil {
			return err
		}
		b, err := json.Marshal(rep)
		if err != nil {
			return err
		}
		fmt.Fprintln(env.Stdout, string(b))
		return nil
	}
	hs, sum, err := analytics.ReadHandoffs(ctx, app.Store, *tenant, *limit)
	if err != nil {
		return err
	}
	for _, h := range hs {
		fmt.Fprintf(env.Stdout, "%s  %-28s queued %s  wait %-8v first response %v\n", h.ConversationID, h.Reason,
			h.QueuedAt.Format("2006-01-02 15:04:05"), h.QueueWait().Round(1e9), h.FirstResponse().Round(1e9))
	}
	b, err := json.Marshal(struct {
		Tenant string `json:"tenant"`
		analytics.Summary
	}{*tenant, sum})
	if err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, string(b))
	return nil
}
