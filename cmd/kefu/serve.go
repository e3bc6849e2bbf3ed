package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/importer"
)

func runServe(ctx context.Context, args []string, env *Env) error {
	fs := newFlagSet(env, "serve", "")
	cfg, err := setupConfig(fs, env, args)
	if err != nil {
		return err
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	logger := newLogger(*cfg, env.Stderr)
	defer startMemoryLimit(cfg.OpsConfig, logger)()
	app := NewApp(*cfg, logger)
	if err := app.Open(ctx); err != nil {
		return err
	}
	defer app.Close()
	if err := app.Serve(ctx, false); err != nil {
		return err
	}
	app.releaseStartupMemory()
	app.Logger.Info("kefu serving", "url", app.HTTP.URL(), "store", cfg.Store)
	if env.Ready != nil {
		env.Ready(app.HTTP.URL())
	}
	<-ctx.Done()
	app.Logger.Info("kefu shutting down")
	app.Drain()
	return nil
}

func runDemo(ctx context.Context, args []string, env *Env) error {
	fs := newFlagSet(env, "demo", "")
	cfg, err := setupConfig(fs, env, args)
	if err != nil {
		return err
	}
	keep := fs.Bool("keep", false, "keep the temporary data directory when the demo stops")
	dataGiven := false
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "data" {
			dataGiven = true
		}
	})
	if !dataGiven && env.Getenv("KEFU_DATA_DIR") == "" && cfg.Store == "sqlite" {
		dir, err := os.MkdirTemp("", "kefu-demo-")
		if err != nil {
			return err
		}
		cfg.DataDir = dir
		if !*keep {
			defer os.RemoveAll(dir)
		}
	}
	logger := newLogger(*cfg, env.Stderr)
	defer startMemoryLimit(cfg.OpsConfig, logger)()
	app := NewApp(*cfg, logger)
	if err := app.Open(ctx); err != nil {
		return err
	}
	defer app.Close()
	keys, err := loadDemo(ctx, app)
	if err != nil {
		return err
	}
	agents, err := loadDemoAgents(ctx, app)
	if err != nil {
		return err
	}
	// Tomorrow's storm and the deliveries it puts at risk: the first
	// proactive scan, when serving starts, writes to their customers.
	if err := importer.StartStormDemo(ctx, app.Store, "freshfarm", app.Now.Time()); err != nil {
		return fmt.Errorf("storm demo: %w", err)
	}
	if err := app.Serve(ctx, true); err != nil {
		return err
	}
	if err := app.startSimulator(ctx); err != nil {
		return err
	}
	app.releaseStartupMemory()
	url := app.HTTP.URL()
	fmt.Fprintf(env.Stdout, "kefu demo is running at %s\n", url)
	fmt.Fprintf(env.Stdout, "  open %s/ in a browser to chat with the demo shops\n", url)
	fmt.Fprintf(env.Stdout, "  data directory: %s\n", cfg.DataDir)
	for _, k := range keys {
		fmt.Fprintf(env.Stdout, "  API key for %-10s %s\n", k.tenant+":", k.key)
	}
	fmt.Fprintf(env.Stdout, "  agent console: %s/console (password %q for every demo agent)\n", url, DemoPassword)
	for _, l := range agents {
		fmt.Fprintf(env.Stdout, "    %s\n", l)
	}
	fmt.Fprintf(env.Stdout, "Try:\n  curl -s -X POST %s/v1/conversations -H 'Authorization: Bearer %s' -H 'Content-Type: application/json' -d '{\"customer\":{\"external_id\":\"c-1001\"}}'\n", url, keys[0].key)
	fmt.Fprintln(env.Stdout, "Press Ctrl-C to stop.")
	if env.Ready != nil {
		env.Ready(url)
	}
	<-ctx.Done()
	app.Drain()
	return nil
}

type demoKey struct{ tenant, key string }

// loadDemo loads the demo shops (skipping those already present), derives
// their product profiles and creates one fresh API key per demo tenant.
func loadDemo(ctx context.Context, app *App) ([]demoKey, error) {
	tenants, err := importer.LoadDemo(ctx, app.Store, app.Now)
	if err != nil {
		return nil, fmt.Errorf("loading demo shops: %w", err)
	}
	var keys []demoKey
	for _, t := range tenants {
		// The demo page signs in visitors as demo customers, which
		// needs a widget secret; the demo data ships none, so that no
		// secret is ever public.
		if t.Settings.WidgetSecret == "" {
			t.Settings.WidgetSecret = kefu.NewAPIKeySecret()
			if err := app.Store.UpdateTenantSettings(ctx, t.ID, t.Settings); err != nil {
				return nil, err
			}
		}
		k, err := createAPIKey(ctx, app.Store, t.ID, "demo")
		if err != nil {
			return nil, err
		}
		keys = append(keys, demoKey{t.ID, k})
		app.Knowledge.Invalidate(t.ID)
		// The stored product profiles (the admin's Product knowledge
		// page) are derived in the background, as after an admin write:
		// the demo answers at once, and a profile asked for before is
		// derived on the spot.
		app.productProfiles.Mark(t.ID)
	}
	return keys, nil
}

// createAPIKey stores a new admin key for the tenant (the demo's keys
// show everything) and returns it in plain text.
func createAPIKey(ctx context.Context, st kefu.Store, tenantID, name string) (string, error) {
	k, plain := kefu.NewAPIKey(tenantID, name, kefu.ScopeAdmin)
	if err := st.CreateAPIKey(ctx, k); err != nil {
		return "", err
	}
	return plain, nil
}
