package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/money"
	"github.com/kefu-ai/kefu/postgres"
	"github.com/kefu-ai/kefu/sqlite"
	"github.com/kefu-ai/kefu/strategy"
)

// The operator commands (kefu shop, kefu key, kefu agent) work on the
// configured store directly, with or without a server running on it: they
// open the store alone, not the engine. Secrets they make are printed
// once, on the last line, as JSON for scripts.

// subcommand is one verb of a command group ("kefu shop create").
type subcommand struct {
	name, summary string
	run           func(ctx context.Context, args []string, env *Env) error
}

// runGroup runs the subcommand named by args[0].
func runGroup(ctx context.Context, group string, subs []subcommand, args []string, env *Env) error {
	usage := func() {
		fmt.Fprintf(env.Stderr, "Usage: kefu %s <command> [flags]\n\nCommands:\n", group)
		for _, s := range subs {
			fmt.Fprintf(env.Stderr, "  %-22s %s\n", s.name, s.summary)
		}
		fmt.Fprintf(env.Stderr, "\nRun \"kefu %s <command> -h\" for the flags of a command.\n", group)
	}
	if len(args) == 0 {
		usage()
		return errUsage
	}
	if args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage()
		return flag.ErrHelp
	}
	for _, s := range subs {
		if s.name == args[0] {
			return s.run(ctx, args[1:], env)
		}
	}
	fmt.Fprintf(env.Stderr, "kefu %s: unknown command %q\n\n", group, args[0])
	usage()
	return errUsage
}

// opsFlags is what every operator command parses: the store config and
// the command's own flags. Arguments may come before, between or after
// the flags.
type opsFlags struct {
	fs   *flag.FlagSet
	cfg  *Config
	env  *Env
	name string
	args []string // the positional arguments, after parse
}

func newOpsFlags(env *Env, name, argsUsage string, args []string) (*opsFlags, error) {
	fs := newFlagSet(env, name, argsUsage)
	cfg, err := setupConfig(fs, env, args)
	if err != nil {
		return nil, err
	}
	return &opsFlags{fs: fs, cfg: cfg, env: env, name: name}, nil
}

// parse parses args, letting positional arguments and flags mix.
func (o *opsFlags) parse(args []string) error {
	for {
		if err := parseFlags(o.fs, args); err != nil {
			return err
		}
		rest := o.fs.Args()
		if len(rest) == 0 {
			return nil
		}
		// After "--" (which the flag package consumed) all are arguments.
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			o.args = append(o.args, rest...)
			return nil
		}
		o.args = append(o.args, rest[0])
		args = rest[1:]
	}
}

// usageError prints a one-line mistake and the usage; the command exits 2.
func (o *opsFlags) usageError(format string, args ...any) error {
	fmt.Fprintf(o.env.Stderr, "kefu %s: %s\n", o.name, fmt.Sprintf(format, args...))
	o.fs.Usage()
	return errUsage
}

// require returns a usage error naming the first empty flag.
func (o *opsFlags) require(flags map[string]*string) error {
	names := make([]string, 0, len(flags))
	for n := range flags {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if strings.TrimSpace(*flags[n]) == "" {
			return o.usageError("--%s is required", n)
		}
	}
	return nil
}

// noArgs refuses positional arguments the command does not take.
func (o *opsFlags) noArgs() error {
	if len(o.args) > 0 {
		return o.usageError("unexpected argument %q", o.args[0])
	}
	return nil
}

// openShop parses args (no positional arguments), checks the required
// flags, opens the store and finds the shop named by *shop. The caller
// closes the store when err is nil.
func (o *opsFlags) openShop(ctx context.Context, args []string, shop *string, required map[string]*string) (kefu.Store, *kefu.Tenant, error) {
	if err := o.parse(args); err != nil {
		return nil, nil, err
	}
	if err := o.noArgs(); err != nil {
		return nil, nil, err
	}
	if err := o.require(required); err != nil {
		return nil, nil, err
	}
	st, err := openStore(ctx, o.cfg)
	if err != nil {
		return nil, nil, err
	}
	t, err := findShop(ctx, st, *shop)
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	return st, t, nil
}

// openStore opens the configured store (SQLite in the data directory, or
// PostgreSQL), applying pending migrations. A server may be running on
// it: both stores take concurrent writers.
func openStore(ctx context.Context, cfg *Config) (kefu.Store, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	switch cfg.Store {
	case "postgres":
		return postgres.Open(ctx, cfg.PostgresDSN, time.Now)
	default:
		if err := os.MkdirAll(cfg.DataDir, 0o755); err != nil {
			return nil, fmt.Errorf("data directory: %w", err)
		}
		return sqlite.Open(ctx, cfg.DBPath(), time.Now)
	}
}

// findShop loads a shop, with an error that says how to make one.
func findShop(ctx context.Context, st kefu.Store, id string) (*kefu.Tenant, error) {
	t, err := st.FindTenantByID(ctx, id)
	if kefu.ErrorCode(err) == kefu.ENOTFOUND {
		return nil, errShopNotFound(id)
	}
	return t, err
}

func errShopNotFound(id string) error {
	return fmt.Errorf("shop %q not found: create it with kefu shop create", id)
}

// writeJSONLine writes v as one line of JSON; indent != "" writes it
// indented on several lines instead.
func writeJSONLine(w io.Writer, v any, indent ...string) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if len(indent) > 0 {
		enc.SetIndent("", indent[0])
	}
	return enc.Encode(v)
}

// newWidgetSecret returns a fresh widget secret: 32 random bytes in hex.
// It is not an API key (no kefu_ prefix): the server needs it in plain
// text as the HMAC key of customer signatures, and leaked-key scanners
// should not mistake one for the other.
func newWidgetSecret() string {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic("kefu: crypto/rand failed: " + err.Error())
	}
	return hex.EncodeToString(b)
}

// Flag and setting values, checked at the edge with messages that name
// the flag or key. name is how the value is called in the message:
// "--currency" for a flag, "currency" for a setting.

func parseCurrency(name, v string) (string, error) {
	c, ok := money.LookupCurrency(strings.TrimSpace(v))
	if !ok || !kefu.ValidCurrency(string(c)) {
		return "", fmt.Errorf("%s %q is not an ISO 4217 currency kefu knows (%s)", name, v, knownCurrencies())
	}
	return string(c), nil
}

// knownCurrencies lists the currencies kefu formats prices in: a shop
// in another currency could not quote its prices.
func knownCurrencies() string {
	var cs []string
	for _, c := range money.Codes() {
		cs = append(cs, string(c))
	}
	return strings.Join(cs, ", ")
}

func parseLanguages(name, v string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	for _, p := range strings.Split(v, ",") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		l, err := kefu.ParseLanguage(p)
		if err != nil {
			return nil, fmt.Errorf("%s: %q is not a language tag like en, zh-Hant or pt-BR", name, p)
		}
		if !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s %q names no language", name, v)
	}
	return out, nil
}

func parseTimezone(name, v string) (string, error) {
	if v == "" || v == "Local" {
		return "", fmt.Errorf("%s %q is not an IANA time zone like Europe/Berlin", name, v)
	}
	if _, err := time.LoadLocation(v); err != nil {
		return "", fmt.Errorf("%s %q is not an IANA time zone like Europe/Berlin", name, v)
	}
	return v, nil
}

func parseCountry(name, v string) (string, error) {
	c := strings.ToUpper(strings.TrimSpace(v))
	if !kefu.ValidCountry(c) || c == "EU" {
		return "", fmt.Errorf("%s %q is not an ISO 3166-1 alpha-2 country code like DE", name, v)
	}
	return c, nil
}

// --- kefu shop ---

func runShop(ctx context.Context, args []string, env *Env) error {
	return runGroup(ctx, "shop", []subcommand{
		{"create", "create a shop with an admin API key and a widget secret; last line JSON", runShopCreate},
		{"list", "list the shops", runShopList},
		{"show", "show a shop: settings without secrets, counts", runShopShow},
		{"settings get", "print a shop's settings JSON (secrets masked), or one key", runShopSettingsGet},
		{"settings set", "change settings: key=value ... or --file settings.json", runShopSettingsSet},
		{"rotate-widget-secret", "make a new widget secret and print it", runShopRotateWidgetSecret},
	}, joinSettings(args), env)
}

// joinSettings turns "settings get ..." into the one verb "settings get".
func joinSettings(args []string) []string {
	if len(args) >= 2 && args[0] == "settings" && (args[1] == "get" || args[1] == "set") {
		return append([]string{"settings " + args[1]}, args[2:]...)
	}
	return args
}

// shopCreated is the last line of "kefu shop create".
type shopCreated struct {
	Shop         string `json:"shop"`
	APIKey       string `json:"api_key"`
	WidgetSecret string `json:"widget_secret"`
}

func runShopCreate(ctx context.Context, args []string, env *Env) error {
	o, err := newOpsFlags(env, "shop create", "\n\nCreates a shop with its widget enabled, a new widget secret and an admin\nAPI key. The last line is JSON with the secrets; they are not shown again.", args)
	if err != nil {
		return err
	}
	id := o.fs.String("id", "", "shop `ID`: 1-64 of a-z, 0-9, '-' and '_' (required)")
	name := o.fs.String("name", "", "the shop's display `name` (required)")
	currency := o.fs.String("currency", "", "ISO 4217 `code` prices are kept in, e.g. EUR")
	languages := o.fs.String("languages", "en", "languages the shop answers in, the first is the default: `list` like en,es")
	country := o.fs.String("country", "", "ISO 3166-1 alpha-2 `code` of the shop's country, e.g. DE")
	timezone := o.fs.String("timezone", "", "IANA time `zone`, e.g. Europe/Berlin (default UTC)")
	if err := o.parse(args); err != nil {
		return err
	}
	if err := o.noArgs(); err != nil {
		return err
	}
	if err := o.require(map[string]*string{"id": id, "name": name}); err != nil {
		return err
	}
	if !kefu.ValidTenantID(*id) {
		return fmt.Errorf("--id %q is not a shop ID: use 1-64 of a-z, 0-9, '-' and '_'", *id)
	}
	if err := kefu.CheckTenantName(*name); err != nil {
		return fmt.Errorf("--name: %s", kefu.ErrorMessage(err))
	}
	s := kefu.TenantSettings{WidgetEnabled: true, WidgetSecret: newWidgetSecret()}
	if s.Languages, err = parseLanguages("--languages", *languages); err != nil {
		return err
	}
	s.DefaultLanguage = s.Languages[0]
	if *currency != "" {
		if s.Currency, err = parseCurrency("--currency", *currency); err != nil {
			return err
		}
	}
	if *country != "" {
		if s.Country, err = parseCountry("--country", *country); err != nil {
			return err
		}
	}
	if *timezone != "" {
		if s.Timezone, err = parseTimezone("--timezone", *timezone); err != nil {
			return err
		}
	}
	st, err := openStore(ctx, o.cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	key, plain := kefu.NewAPIKey(*id, "admin (kefu shop create)", kefu.ScopeAdmin)
	err = st.InTx(ctx, func(tx kefu.Store) error {
		if err := tx.CreateTenant(ctx, &kefu.Tenant{ID: *id, Name: *name, Settings: s}); err != nil {
			return err
		}
		return tx.CreateAPIKey(ctx, key)
	})
	if kefu.ErrorCode(err) == kefu.ECONFLICT {
		return fmt.Errorf("shop %q already exists: pick another --id, or see it with kefu shop show --shop %s", *id, *id)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "created shop %s (%s): languages %s", *id, *name, strings.Join(s.Languages, ","))
	if s.Currency != "" {
		fmt.Fprintf(env.Stdout, ", currency %s", s.Currency)
	}
	fmt.Fprintln(env.Stdout)
	fmt.Fprintln(env.Stdout, "The admin API key and the widget secret below are shown only now: store them safely.")
	return writeJSONLine(env.Stdout, shopCreated{Shop: *id, APIKey: plain, WidgetSecret: s.WidgetSecret})
}

func runShopList(ctx context.Context, args []string, env *Env) error {
	o, err := newOpsFlags(env, "shop list", "", args)
	if err != nil {
		return err
	}
	asJSON := o.fs.Bool("json", false, "print JSON (one array) instead of a table")
	if err := o.parse(args); err != nil {
		return err
	}
	if err := o.noArgs(); err != nil {
		return err
	}
	st, err := openStore(ctx, o.cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	ts, err := st.FindTenants(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		type row struct {
			ID        string    `json:"id"`
			Name      string    `json:"name"`
			Languages []string  `json:"languages"`
			Currency  string    `json:"currency"`
			CreatedAt time.Time `json:"created_at"`
		}
		rows := make([]row, 0, len(ts))
		for _, t := range ts {
			rows = append(rows, row{t.ID, t.Name, shopLanguages(t), t.Settings.Currency, t.CreatedAt})
		}
		return writeJSONLine(env.Stdout, rows)
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tNAME\tLANGUAGES\tCURRENCY\tCREATED")
	for _, t := range ts {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", t.ID, oneLine(t.Name), strings.Join(shopLanguages(t), ","), dash(t.Settings.Currency), t.CreatedAt.UTC().Format(time.DateOnly))
	}
	return tw.Flush()
}

// shopLanguages is the languages setting, else the default language.
func shopLanguages(t *kefu.Tenant) []string {
	if len(t.Settings.Languages) > 0 {
		return t.Settings.Languages
	}
	if t.Settings.DefaultLanguage != "" {
		return []string{t.Settings.DefaultLanguage}
	}
	return []string{}
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// oneLine keeps a table row on one line whatever a name holds.
func oneLine(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == '\r' || r == '\t' }), " ")
}

// countLimit is where "kefu shop show" stops counting a kind ("1000+").
const countLimit = 1000

func runShopShow(ctx context.Context, args []string, env *Env) error {
	o, err := newOpsFlags(env, "shop show", "", args)
	if err != nil {
		return err
	}
	shop := o.fs.String("shop", "", "shop `ID` (required)")
	st, t, err := o.openShop(ctx, args, shop, map[string]*string{"shop": shop})
	if err != nil {
		return err
	}
	defer st.Close()
	counts, err := shopCounts(ctx, st, t.ID)
	if err != nil {
		return err
	}
	out := struct {
		ID        string              `json:"id"`
		Name      string              `json:"name"`
		CreatedAt time.Time           `json:"created_at"`
		Counts    map[string]any      `json:"counts"`
		Settings  kefu.TenantSettings `json:"settings"`
	}{t.ID, t.Name, t.CreatedAt, counts, maskedSettings(t.Settings)}
	return writeJSONLine(env.Stdout, out, "  ")
}

// shopCounts counts what the shop has, each up to countLimit (then the
// count reads "1000+"): the list calls are the stores' own, and a shop
// with a huge catalogue should not make "show" slow.
func shopCounts(ctx context.Context, st kefu.Store, id string) (map[string]any, error) {
	count := func(n int) any {
		if n >= countLimit {
			return strconv.Itoa(countLimit) + "+"
		}
		return n
	}
	out := map[string]any{}
	ps, err := st.FindProducts(ctx, kefu.ProductFilter{TenantID: id, Limit: countLimit})
	if err != nil {
		return nil, err
	}
	out["products"] = count(len(ps))
	ords, err := st.FindOrders(ctx, kefu.OrderFilter{TenantID: id, Limit: countLimit})
	if err != nil {
		return nil, err
	}
	out["orders"] = count(len(ords))
	as, err := st.FindArticles(ctx, kefu.ArticleFilter{TenantID: id, Limit: countLimit})
	if err != nil {
		return nil, err
	}
	out["articles"] = count(len(as))
	ags, err := st.FindAgents(ctx, kefu.AgentFilter{TenantID: id, Limit: countLimit})
	if err != nil {
		return nil, err
	}
	out["agents"] = count(len(ags))
	ks, err := st.FindAPIKeys(ctx, id)
	if err != nil {
		return nil, err
	}
	active := 0
	for _, k := range ks {
		if k.RevokedAt == nil {
			active++
		}
	}
	out["api_keys"] = active
	return out, nil
}

// secretMask stands for a secret in printed settings. A settings file
// that carries it back keeps the stored secret.
const secretMask = "********"

// maskedSettings returns the settings with the widget and webhook secrets
// replaced by secretMask.
func maskedSettings(s kefu.TenantSettings) kefu.TenantSettings {
	if s.WidgetSecret != "" {
		s.WidgetSecret = secretMask
	}
	hooks := make([]kefu.Webhook, len(s.Webhooks))
	for i, w := range s.Webhooks {
		if w.Secret != "" {
			w.Secret = secretMask
		}
		hooks[i] = w
	}
	if s.Webhooks != nil {
		s.Webhooks = hooks
	}
	return s
}

func runShopSettingsGet(ctx context.Context, args []string, env *Env) error {
	o, err := newOpsFlags(env, "shop settings get", " [key]\n\nPrints the shop's settings as JSON, or the value of one key; the widget\nsecret and webhook secrets are masked.", args)
	if err != nil {
		return err
	}
	shop := o.fs.String("shop", "", "shop `ID` (required)")
	if err := o.parse(args); err != nil {
		return err
	}
	if err := o.require(map[string]*string{"shop": shop}); err != nil {
		return err
	}
	if len(o.args) > 1 {
		return o.usageError("unexpected argument %q: give at most one key", o.args[1])
	}
	st, err := openStore(ctx, o.cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	t, err := findShop(ctx, st, *shop)
	if err != nil {
		return err
	}
	masked := maskedSettings(t.Settings)
	if len(o.args) == 0 {
		return writeJSONLine(env.Stdout, masked, "  ")
	}
	key := o.args[0]
	if key == "name" {
		return writeJSONLine(env.Stdout, t.Name)
	}
	v, ok := settingValue(masked, key)
	if !ok {
		return fmt.Errorf("unknown settings key %q; the keys are: name, %s", key, strings.Join(settingsKeys(), ", "))
	}
	return writeJSONLine(env.Stdout, v, "  ")
}

// settingsKeys are the JSON names of the TenantSettings fields, sorted.
func settingsKeys() []string {
	var keys []string
	t := reflect.TypeFor[kefu.TenantSettings]()
	for i := range t.NumField() {
		if k := jsonName(t.Field(i)); k != "" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}

// settingValue returns the field of s whose JSON name is key, also when
// it is empty (and so left out of the JSON document).
func settingValue(s kefu.TenantSettings, key string) (any, bool) {
	v := reflect.ValueOf(s)
	for i := range v.NumField() {
		if jsonName(v.Type().Field(i)) == key {
			return v.Field(i).Interface(), true
		}
	}
	return nil, false
}

func jsonName(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	if name == "-" || !f.IsExported() {
		return ""
	}
	if name == "" {
		return f.Name
	}
	return name
}

// scalarSetting is a setting "kefu shop settings set key=value" changes.
type scalarSetting struct {
	key, help string
	set       func(s *kefu.TenantSettings, v string) error
}

var scalarSettings = []scalarSetting{
	{"default_language", "language tag, e.g. en", func(s *kefu.TenantSettings, v string) error {
		l, err := kefu.ParseLanguage(v)
		if err != nil {
			return fmt.Errorf("default_language %q is not a language tag like en, zh-Hant or pt-BR", v)
		}
		s.DefaultLanguage = l
		return nil
	}},
	{"languages", "comma-separated tags, e.g. en,es", func(s *kefu.TenantSettings, v string) (err error) {
		s.Languages, err = parseLanguages("languages", v)
		return err
	}},
	{"currency", "ISO 4217 code, e.g. EUR", func(s *kefu.TenantSettings, v string) (err error) {
		s.Currency, err = parseCurrency("currency", v)
		return err
	}},
	{"timezone", "IANA zone, e.g. Europe/Berlin; empty for UTC", func(s *kefu.TenantSettings, v string) (err error) {
		if v == "" {
			s.Timezone = ""
			return nil
		}
		s.Timezone, err = parseTimezone("timezone", v)
		return err
	}},
	{"country", "ISO 3166-1 alpha-2 code, e.g. DE; empty for none", func(s *kefu.TenantSettings, v string) (err error) {
		if v == "" {
			s.Country = ""
			return nil
		}
		s.Country, err = parseCountry("country", v)
		return err
	}},
	{"confidence_threshold", "0 to 1; 0 means kefu's default", func(s *kefu.TenantSettings, v string) error {
		f, err := strconv.ParseFloat(v, 64)
		if err != nil || f != f || f < 0 || f > 1 {
			return fmt.Errorf("confidence_threshold %q is not a number between 0 and 1", v)
		}
		s.ConfidenceThreshold = f
		return nil
	}},
	{"clarify_limit", "whole number >= 0; 0 means kefu's default", func(s *kefu.TenantSettings, v string) error {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return fmt.Errorf("clarify_limit %q is not a whole number >= 0", v)
		}
		s.ClarifyLimit = n
		return nil
	}},
	{"anonymous_queue_max", "-1 (no cap), 0 (the server's) or 1 to 10000", func(s *kefu.TenantSettings, v string) error {
		n, err := strconv.Atoi(v)
		if err != nil || n < -1 || n > kefu.MaxAnonymousQueue {
			return fmt.Errorf("anonymous_queue_max %q is not -1, 0 or 1 to %d", v, kefu.MaxAnonymousQueue)
		}
		s.AnonymousQueueMax = n
		return nil
	}},
	{"widget_enabled", "true or false", boolSetting("widget_enabled", func(s *kefu.TenantSettings) *bool { return &s.WidgetEnabled })},
	{"order_number_pattern", "RE2 regular expression; empty for none", func(s *kefu.TenantSettings, v string) error {
		if v != "" {
			if _, err := regexp.Compile(v); err != nil {
				return fmt.Errorf("order_number_pattern %q is not a regular expression: %v", v, err)
			}
		}
		s.OrderNumberPattern = v
		return nil
	}},
	{"strategies", "comma-separated names, \"default\" for all of kefu's, \"none\" for none", func(s *kefu.TenantSettings, v string) error {
		switch strings.TrimSpace(v) {
		case "default":
			s.Strategies = nil
			return nil
		case "none", "":
			s.Strategies = []string{}
			return nil
		}
		known := strategyNames()
		var out []string
		for _, p := range strings.Split(v, ",") {
			p = strings.TrimSpace(p)
			if !contains(known, p) {
				return fmt.Errorf("strategies: %q is not a strategy; known: %s (or default, none)", p, strings.Join(known, ", "))
			}
			if !contains(out, p) {
				out = append(out, p)
			}
		}
		s.Strategies = out
		return nil
	}},
	{"no_anger_handoff", "true or false", boolSetting("no_anger_handoff", func(s *kefu.TenantSettings) *bool { return &s.NoAngerHandoff })},
	{"no_sensitive_handoff", "true or false", boolSetting("no_sensitive_handoff", func(s *kefu.TenantSettings) *bool { return &s.NoSensitiveHandoff })},
	{"no_satisfaction_offer", "true or false", boolSetting("no_satisfaction_offer", func(s *kefu.TenantSettings) *bool { return &s.NoSatisfactionOffer })},
	{"llm_answers", "true or false: the server's language model, when configured, writes answers from the shop's articles (docs/llm.md)", boolSetting("llm_answers", func(s *kefu.TenantSettings) *bool { return &s.LLMAnswers })},
	{"proactive.enabled", "true or false: write first to customers whose delivery is at risk", func(s *kefu.TenantSettings, v string) error {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return fmt.Errorf("proactive.enabled %q is not true or false", v)
		}
		proactiveOf(s).Enabled = b
		return nil
	}},
	{"proactive.threshold", "0 to 1; 0 means kefu's default (0.35)", func(s *kefu.TenantSettings, v string) error {
		f, err := strconv.ParseFloat(v, 64)
		if err != nil || f != f || f < 0 || f > 1 {
			return fmt.Errorf("proactive.threshold %q is not a number between 0 and 1", v)
		}
		proactiveOf(s).Threshold = f
		return nil
	}},
	{"proactive.quiet_hours", "HH:MM-HH:MM in the shop's time zone, e.g. 21:00-08:00; empty for none", func(s *kefu.TenantSettings, v string) error {
		if _, err := kefu.ParseQuietHours(v); err != nil {
			return fmt.Errorf("proactive.quiet_hours %q is not a window like 21:00-08:00", v)
		}
		proactiveOf(s).QuietHours = strings.TrimSpace(v)
		return nil
	}},
	{"proactive.horizon_hours", "hours ahead a scan looks, 0 to 336; 0 means 36", func(s *kefu.TenantSettings, v string) error {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > kefu.MaxRiskHorizonHours {
			return fmt.Errorf("proactive.horizon_hours %q is not a whole number from 0 to %d", v, kefu.MaxRiskHorizonHours)
		}
		proactiveOf(s).HorizonHours = n
		return nil
	}},
	{"tax_registrations", "comma-separated country codes or EU; empty for none", func(s *kefu.TenantSettings, v string) error {
		var out []string
		for _, p := range strings.Split(v, ",") {
			p = strings.ToUpper(strings.TrimSpace(p))
			if p == "" {
				continue
			}
			if !kefu.ValidCountry(p) {
				return fmt.Errorf("tax_registrations: %q is not a country code like GB or EU", p)
			}
			out = append(out, p)
		}
		s.TaxRegistrations = out
		return nil
	}},
}

// proactiveOf returns the shop's proactive settings, made if absent.
func proactiveOf(s *kefu.TenantSettings) *kefu.ProactiveSettings {
	if s.Proactive == nil {
		s.Proactive = &kefu.ProactiveSettings{}
	}
	return s.Proactive
}

func boolSetting(key string, field func(*kefu.TenantSettings) *bool) func(*kefu.TenantSettings, string) error {
	return func(s *kefu.TenantSettings, v string) error {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return fmt.Errorf("%s %q is not true or false", key, v)
		}
		*field(s) = b
		return nil
	}
}

func strategyNames() []string {
	var names []string
	for _, s := range strategy.Default(nil, time.Now) {
		names = append(names, s.Name())
	}
	return names
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func runShopSettingsSet(ctx context.Context, args []string, env *Env) error {
	var help strings.Builder
	help.WriteString(" key=value ...\n\nChanges settings of a shop; every value is checked before anything is\nstored. Keys:\n  name                   the shop's display name\n")
	for _, s := range scalarSettings {
		fmt.Fprintf(&help, "  %-22s %s\n", s.key, s.help)
	}
	help.WriteString("Or --file replaces the whole settings document (as \"settings get\" prints\nit; masked secrets keep the stored ones).")
	o, err := newOpsFlags(env, "shop settings set", help.String(), args)
	if err != nil {
		return err
	}
	shop := o.fs.String("shop", "", "shop `ID` (required)")
	file := o.fs.String("file", "", "settings JSON `file` to replace the whole document (- for stdin)")
	if err := o.parse(args); err != nil {
		return err
	}
	if err := o.require(map[string]*string{"shop": shop}); err != nil {
		return err
	}
	switch {
	case *file == "" && len(o.args) == 0:
		return o.usageError("give key=value pairs or --file")
	case *file != "" && len(o.args) > 0:
		return o.usageError("give key=value pairs or --file, not both")
	}
	// Parse every pair before opening the store: a typo stores nothing.
	type pair struct{ key, value string }
	var pairs []pair
	for _, a := range o.args {
		k, v, ok := strings.Cut(a, "=")
		if !ok || k == "" {
			return fmt.Errorf("%q is not key=value", a)
		}
		pairs = append(pairs, pair{k, v})
	}
	var doc []byte
	if *file != "" {
		if *file == "-" {
			doc, err = io.ReadAll(io.LimitReader(env.Stdin, 1<<20))
		} else {
			doc, err = os.ReadFile(*file)
		}
		if err != nil {
			return fmt.Errorf("--file: %w", err)
		}
	}
	st, err := openStore(ctx, o.cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	t, err := findShop(ctx, st, *shop)
	if err != nil {
		return err
	}
	s := t.Settings
	name, settingsChanged := "", doc != nil
	if doc != nil {
		if s, err = settingsFromFile(doc, t.Settings); err != nil {
			if *file == "-" {
				return fmt.Errorf("settings on stdin: %w", err)
			}
			return fmt.Errorf("%s: %w", *file, err)
		}
	}
	var changed []string
	for _, p := range pairs {
		changed = append(changed, p.key)
		if p.key == "name" {
			if err := kefu.CheckTenantName(p.value); err != nil {
				return fmt.Errorf("name: %s", kefu.ErrorMessage(err))
			}
			name = p.value
			continue
		}
		setter := findScalarSetting(p.key)
		if setter == nil {
			return unknownSettingError(p.key)
		}
		if err := setter.set(&s, p.value); err != nil {
			return err
		}
		settingsChanged = true
	}
	if err := s.Validate(); err != nil {
		return errors.New(kefu.ErrorMessage(err))
	}
	// The name and the settings change together or not at all.
	err = st.InTx(ctx, func(tx kefu.Store) error {
		if settingsChanged {
			if err := tx.UpdateTenantSettings(ctx, t.ID, s); err != nil {
				return err
			}
		}
		if name != "" {
			return tx.UpdateTenantName(ctx, t.ID, name)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if doc != nil {
		fmt.Fprintf(env.Stdout, "replaced the settings of shop %s from %s\n", t.ID, *file)
	} else {
		fmt.Fprintf(env.Stdout, "updated %s of shop %s\n", strings.Join(changed, ", "), t.ID)
	}
	return nil
}

func findScalarSetting(key string) *scalarSetting {
	for i := range scalarSettings {
		if scalarSettings[i].key == key {
			return &scalarSettings[i]
		}
	}
	return nil
}

func unknownSettingError(key string) error {
	switch key {
	case "widget_secret":
		return fmt.Errorf("widget_secret cannot be set: make a new one with kefu shop rotate-widget-secret")
	case "webhooks", "canned_replies", "promotions", "synonyms":
		return fmt.Errorf("%s is not a single value: edit it in the settings file (kefu shop settings get > f.json; kefu shop settings set --file f.json)", key)
	}
	keys := []string{"name"}
	for _, s := range scalarSettings {
		keys = append(keys, s.key)
	}
	return fmt.Errorf("unknown setting %q; key=value sets: %s", key, strings.Join(keys, ", "))
}

// settingsFromFile decodes a whole settings document. Unknown keys are
// refused by name. Secrets are never set from a file: the widget secret
// must be absent, empty or masked (the stored one is kept), and a masked
// webhook secret keeps the stored secret of the webhook with that URL.
func settingsFromFile(doc []byte, cur kefu.TenantSettings) (kefu.TenantSettings, error) {
	var s kefu.TenantSettings
	dec := json.NewDecoder(strings.NewReader(string(doc)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		if f, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
			return s, fmt.Errorf("unknown settings key %s", f)
		}
		return s, fmt.Errorf("not a settings document: %v", err)
	}
	if dec.More() {
		return s, errors.New("not a settings document: more than one JSON value")
	}
	switch s.WidgetSecret {
	case "", secretMask:
		s.WidgetSecret = cur.WidgetSecret
	default:
		return s, errors.New("widget_secret cannot be set from a file: leave it masked, and make a new one with kefu shop rotate-widget-secret")
	}
	for i, w := range s.Webhooks {
		if w.Secret != secretMask {
			continue
		}
		found := false
		for _, c := range cur.Webhooks {
			if c.URL == w.URL {
				s.Webhooks[i].Secret, found = c.Secret, true
				break
			}
		}
		if !found {
			return s, fmt.Errorf("webhook %s: its secret is masked but the shop has no webhook with that URL; give the new webhook a secret", w.URL)
		}
	}
	return s, nil
}

func runShopRotateWidgetSecret(ctx context.Context, args []string, env *Env) error {
	o, err := newOpsFlags(env, "shop rotate-widget-secret", "\n\nReplaces the widget secret: customer signatures made with the old one stop\nworking at once. The new secret is the last line, shown only now.", args)
	if err != nil {
		return err
	}
	shop := o.fs.String("shop", "", "shop `ID` (required)")
	st, t, err := o.openShop(ctx, args, shop, map[string]*string{"shop": shop})
	if err != nil {
		return err
	}
	defer st.Close()
	s := t.Settings
	s.WidgetSecret = newWidgetSecret()
	if err := st.UpdateTenantSettings(ctx, t.ID, s); err != nil {
		return err
	}
	notifyNodes(env, o.cfg, t.ID, "settings")
	fmt.Fprintf(env.Stdout, "new widget secret of shop %s (the old one no longer verifies customer signatures):\n", t.ID)
	return writeJSONLine(env.Stdout, struct {
		Shop         string `json:"shop"`
		WidgetSecret string `json:"widget_secret"`
	}{t.ID, s.WidgetSecret})
}
