package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/importer"
)

func runImport(ctx context.Context, args []string, env *Env) error {
	fs := newFlagSet(env, "import", " FILE\n\nImports one file of one kind into a tenant. A file with any bad row\nimports nothing and every problem is reported with its line number.\nColumns of each kind: docs/import.md")
	cfg, err := setupConfig(fs, env, args)
	if err != nil {
		return err
	}
	tenant := fs.String("tenant", "", "tenant `ID` to import into (required)")
	kind := fs.String("kind", "", "what the file holds: customers, products, orders, shipments, articles or reviews (required)")
	format := fs.String("format", "", "csv or json; default: from the file extension")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 || *tenant == "" || *kind == "" {
		fs.Usage()
		return errUsage
	}
	path := fs.Arg(0)
	if *format == "" {
		*format = strings.TrimPrefix(strings.ToLower(filepath.Ext(path)), ".")
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	cfg.LogLevel = "warn"
	app := NewApp(*cfg, newLogger(*cfg, env.Stderr))
	if err := app.Open(ctx); err != nil {
		return err
	}
	defer app.Close()
	if _, err := app.Store.FindTenantByID(ctx, *tenant); kefu.ErrorCode(err) == kefu.ENOTFOUND {
		return errShopNotFound(*tenant)
	} else if err != nil {
		return fmt.Errorf("tenant %q: %w", *tenant, err)
	}
	sum, err := importer.Import(ctx, app.Store, *tenant, *kind, *format, f)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	fmt.Fprintf(env.Stdout, "imported %s into %s: %+v\n", path, *tenant, *sum)
	// Running nodes (and their peers on the bus) read the shop again.
	app.changed(*tenant, importChangeKind(*kind))
	if sum.Orders > 0 {
		// What customers bought feeds their profiles (docs/customer-profiles.md).
		n, err := app.Profiles.RefreshAll(ctx, app.Store, *tenant)
		if err != nil {
			return fmt.Errorf("customer profiles: %w", err)
		}
		fmt.Fprintf(env.Stdout, "refreshed %d customer profiles\n", n)
	}
	if *kind == "products" {
		res, err := app.ProductProfiles.Refresh(ctx, *tenant)
		if err != nil {
			return fmt.Errorf("product profiles: %w", err)
		}
		fmt.Fprintf(env.Stdout, "product profiles: %d products derived, %d profiles written\n", res.Products, res.Written)
	}
	return nil
}

// importChangeKind is the kind of change notice (http.Server.Changed) an
// import of kind makes.
func importChangeKind(kind string) string {
	switch kind {
	case "shipments":
		return "orders"
	}
	return kind
}
