package main

import (
	"context"
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/kefu-ai/kefu"
)

// --- kefu key ---

func runKey(ctx context.Context, args []string, env *Env) error {
	return runGroup(ctx, "key", []subcommand{
		{"create", "create an API key (chat or admin scope); last line JSON", runKeyCreate},
		{"list", "list a shop's API keys, revoked ones too", runKeyList},
		{"revoke", "revoke an API key", runKeyRevoke},
	}, args, env)
}

func parseScope(v string) (kefu.KeyScope, error) {
	s := kefu.KeyScope(v)
	if !s.Valid() {
		return "", fmt.Errorf("--scope %q is not chat or admin", v)
	}
	return s, nil
}

// keyCreated is the last line of "kefu key create".
type keyCreated struct {
	KeyID  string        `json:"key_id"`
	APIKey string        `json:"api_key"`
	Scope  kefu.KeyScope `json:"scope"`
}

func runKeyCreate(ctx context.Context, args []string, env *Env) error {
	o, err := newOpsFlags(env, "key create", "\n\nCreates an API key. Chat keys use the conversation routes only (what a\nwidget backend holds); admin keys also the admin API. The key is the last\nline, as JSON, shown only now: kefu stores only its hash.", args)
	if err != nil {
		return err
	}
	shop := o.fs.String("shop", "", "shop `ID` (required)")
	scope := o.fs.String("scope", string(kefu.ScopeChat), "what the key may do: chat or admin")
	name := o.fs.String("name", "", "a `name` that says where the key is used")
	if err := o.parse(args); err != nil {
		return err
	}
	if err := o.noArgs(); err != nil {
		return err
	}
	if err := o.require(map[string]*string{"shop": shop}); err != nil {
		return err
	}
	sc, err := parseScope(*scope)
	if err != nil {
		return err
	}
	if len(*name) > 200 {
		return fmt.Errorf("--name is longer than 200 bytes")
	}
	st, err := openStore(ctx, o.cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	if _, err := findShop(ctx, st, *shop); err != nil {
		return err
	}
	k, plain := kefu.NewAPIKey(*shop, oneLine(*name), sc)
	if err := st.CreateAPIKey(ctx, k); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "created %s key %s for shop %s; the key is shown only now:\n", sc, k.ID, *shop)
	return writeJSONLine(env.Stdout, keyCreated{KeyID: k.ID, APIKey: plain, Scope: sc})
}

func runKeyList(ctx context.Context, args []string, env *Env) error {
	o, err := newOpsFlags(env, "key list", "", args)
	if err != nil {
		return err
	}
	shop := o.fs.String("shop", "", "shop `ID` (required)")
	asJSON := o.fs.Bool("json", false, "print JSON (one array) instead of a table")
	st, _, err := o.openShop(ctx, args, shop, map[string]*string{"shop": shop})
	if err != nil {
		return err
	}
	defer st.Close()
	ks, err := st.FindAPIKeys(ctx, *shop)
	if err != nil {
		return err
	}
	if *asJSON {
		if ks == nil {
			ks = []*kefu.APIKey{}
		}
		return writeJSONLine(env.Stdout, ks)
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tNAME\tSCOPE\tPREFIX\tCREATED\tREVOKED")
	for _, k := range ks {
		revoked := "-"
		if k.RevokedAt != nil {
			revoked = k.RevokedAt.UTC().Format(time.RFC3339)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", k.ID, dash(oneLine(k.Name)), k.Scope, dash(k.Prefix),
			k.CreatedAt.UTC().Format(time.RFC3339), revoked)
	}
	return tw.Flush()
}

func runKeyRevoke(ctx context.Context, args []string, env *Env) error {
	o, err := newOpsFlags(env, "key revoke", "\n\nRevokes an API key: calls with it are refused. Nodes on the NATS bus are\ntold at once; a server without the bus that used the key in the last\nseconds may accept it for up to 10 s more.", args)
	if err != nil {
		return err
	}
	shop := o.fs.String("shop", "", "shop `ID` (required)")
	id := o.fs.String("id", "", "key `ID` (ak_..., from kefu key list) (required)")
	st, _, err := o.openShop(ctx, args, shop, map[string]*string{"shop": shop, "id": id})
	if err != nil {
		return err
	}
	defer st.Close()
	err = st.RevokeAPIKey(ctx, *shop, *id)
	if kefu.ErrorCode(err) == kefu.ENOTFOUND {
		return fmt.Errorf("--id %q: shop %s has no such key (see kefu key list --shop %s)", *id, *shop, *shop)
	}
	if err != nil {
		return err
	}
	notifyNodes(env, o.cfg, *shop, "keys")
	fmt.Fprintf(env.Stdout, "revoked key %s of shop %s\n", *id, *shop)
	return nil
}
