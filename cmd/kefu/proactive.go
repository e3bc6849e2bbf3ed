package main

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/kefu-ai/kefu/compose"
	"github.com/kefu-ai/kefu/proactive"
	"github.com/kefu-ai/kefu/risk"
)

// DefaultProactiveEvery is how often a serving node scans every shop's
// due deliveries.
const DefaultProactiveEvery = 10 * time.Minute

// startProactive scans every shop now and then every
// Config.ProactiveEvery: at-risk orders become notices and, where the
// shop turned it on, kefu writes first. Several nodes may scan at once:
// a notice is claimed before it is written, so each is written once.
func (a *App) startProactive(ctx context.Context) error {
	every := time.Duration(a.Config.ProactiveEvery)
	if every <= 0 {
		return nil
	}
	m, err := risk.Default()
	if err != nil {
		return err
	}
	comp, err := compose.New()
	if err != nil {
		return err
	}
	s := &proactive.Scanner{Store: a.Store, Model: m, Logger: a.Logger, Now: a.Now.Time,
		Writer: &proactive.Writer{Store: a.Store, Events: a.Events, Composer: comp, Now: a.Now.Time}}
	a.runEvery(ctx, every, true, func(ctx context.Context) { a.scanShops(ctx, s) })
	return nil
}

// scanShops runs one scan of every shop, logging what it did.
func (a *App) scanShops(ctx context.Context, s *proactive.Scanner) {
	ts, err := a.Store.FindTenants(ctx)
	if err != nil {
		if ctx.Err() == nil {
			a.Logger.Error("proactive: list shops", "err", err)
		}
		return
	}
	for _, t := range ts {
		res, err := s.Scan(ctx, t, proactive.Options{})
		switch {
		case ctx.Err() != nil:
			return
		case err != nil:
			a.Logger.Error("proactive: scan", slog.String("tenant", t.ID), slog.Any("err", err))
		case res.AtRisk > 0:
			a.Logger.Info("proactive: scan", slog.String("tenant", t.ID), slog.Int("scanned", res.Scanned), slog.Int("at_risk", res.AtRisk),
				slog.Int("written", res.Written), slog.Int("quiet", res.Quiet), slog.Int("opted_out", res.OptedOut), slog.Float64("ms", res.ElapsedMS))
		}
	}
}

// runRiskScan is "kefu risk scan": one proactive scan of a shop on the
// configured store, with a progress line per notice and the result as a
// JSON last line.
func runRiskScan(ctx context.Context, args []string, env *Env) error {
	o, err := newOpsFlags(env, "risk scan", "", args)
	if err != nil {
		return err
	}
	shop := o.fs.String("shop", "", "shop `ID` (required)")
	dry := o.fs.Bool("dry-run", false, "assess and list the at-risk orders; store and write nothing")
	at := o.fs.String("at", "", "scan as if it were this RFC 3339 `time` (default now)")
	st, t, err := o.openShop(ctx, args, shop, map[string]*string{"shop": shop})
	if err != nil {
		return err
	}
	defer st.Close()
	now := time.Now()
	if *at != "" {
		if now, err = time.Parse(time.RFC3339, *at); err != nil {
			return o.usageError("--at %q is not an RFC 3339 time like 2026-12-06T18:00:00+08:00", *at)
		}
	}
	m, err := risk.Default()
	if err != nil {
		return err
	}
	comp, err := compose.New()
	if err != nil {
		return err
	}
	clock := func() time.Time { return now }
	s := &proactive.Scanner{Store: st, Model: m, Now: clock, Writer: &proactive.Writer{Store: st, Composer: comp, Now: clock}}
	res, err := s.Scan(ctx, t, proactive.Options{DryRun: *dry})
	if err != nil {
		return err
	}
	for _, n := range res.Notices {
		status := string(n.Status)
		if *dry {
			status = "dry-run"
		}
		fmt.Fprintf(env.Stderr, "%s  %s  p=%.2f  %s  %v  %s\n", n.OrderNumber, n.Slot.Format(time.RFC3339), n.Score, n.Kind, n.Reasons, status)
	}
	return writeJSONLine(env.Stdout, res, "")
}
