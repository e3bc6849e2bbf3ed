package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/kefu-ai/kefu/freshness"
)

// Config is kefu's whole configuration. It is built once, in this order:
// defaults, then an optional JSON file (--config or KEFU_CONFIG), then
// KEFU_* environment variables, then command-line flags; then validated.
type Config struct {
	// Addr is the HTTP listen address.
	Addr string `json:"addr"`
	// DataDir holds the SQLite database file (kefu.db).
	DataDir string `json:"data_dir"`
	// Store is "sqlite" (embedded default) or "postgres".
	Store string `json:"store"`
	// PostgresDSN is used when Store is "postgres".
	PostgresDSN string `json:"postgres_dsn"`
	// Locker is the per-conversation lock: "local" (this process) or
	// "postgres" (advisory locks on the PostgreSQL store, for several
	// kefu nodes on one database; see docs/events.md). Empty means
	// "postgres" with the NATS bus on the PostgreSQL store, else "local".
	Locker string `json:"locker"`
	// LogLevel is debug, info, warn or error.
	LogLevel string `json:"log_level"`
	// LogFormat is text or json.
	LogFormat string `json:"log_format"`
	// MaxBodyBytes limits HTTP request bodies.
	MaxBodyBytes int64 `json:"max_body_bytes"`
	// Limits are the abuse limits: request rates, trusted proxies and the
	// anonymous queue (limits.go, docs/limits.md).
	Limits LimitsConfig `json:"limits"`
	// ModelFile is an intent model written by "kefu train"; empty means the
	// e-commerce model shipped in the binary.
	ModelFile string `json:"model_file"`
	// WebhookAttempts is how often a webhook delivery is tried.
	WebhookAttempts int `json:"webhook_attempts"`
	// WebhookBackoff is the first retry delay, doubled per attempt.
	WebhookBackoff Duration `json:"webhook_backoff"`
	// ProactiveEvery is how often a serving node scans the shops' due
	// deliveries for late-delivery risk (docs/proactive.md); 0 turns the
	// scans off.
	ProactiveEvery Duration `json:"proactive_every"`
	// FeedPollTick is how often a serving node looks for catalogue feeds
	// due for polling (each has its own interval) and for promotions that
	// ended (docs/feeds.md); 0 turns the poller off.
	FeedPollTick Duration `json:"feed_poll_tick"`
	// ModelPoll is how often a serving node asks the model registry which
	// intent-model versions serve (docs/learning.md) and loads a newly
	// promoted one; 0 turns the polling off.
	ModelPoll Duration `json:"model_poll"`
	// RetrainEvery is how often a serving node retrains the intent model
	// of each shop with accepted corrections, skipping shops with nothing
	// new (docs/learning.md); 0 (the default) turns it off.
	RetrainEvery Duration `json:"retrain_every"`
	// ConsoleConfig holds the agent console's and translation's settings
	// (console.go).
	ConsoleConfig
	// IngestConfig holds the telemetry brokers' settings (telemetry.go).
	IngestConfig
	// GuardConfig bounds what one HTTP client may hold or cost (guard.go).
	GuardConfig
	// OpsConfig holds the metrics listener's and shutdown's settings
	// (ops.go).
	OpsConfig
	// ClusterConfig holds the live bus's settings, for several nodes
	// (cluster.go).
	ClusterConfig
	// LLMConfig holds the optional language model's settings (llm.go).
	LLMConfig
}

// Duration is a time.Duration that reads "1s" style strings from JSON.
type Duration time.Duration

// UnmarshalJSON implements json.Unmarshaler.
func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("duration must be a string such as \"500ms\": %w", err)
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return err
	}
	*d = Duration(v)
	return nil
}

// MarshalJSON implements json.Marshaler.
func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(time.Duration(d).String()) }

// DefaultConfig returns the defaults: SQLite in ./kefu-data, port 8080.
func DefaultConfig() Config {
	return Config{
		Addr:            "127.0.0.1:8080",
		DataDir:         "kefu-data",
		Store:           "sqlite",
		LogLevel:        "info",
		LogFormat:       "text",
		MaxBodyBytes:    64 << 10,
		Limits:          defaultLimits(),
		WebhookAttempts: 6,
		WebhookBackoff:  Duration(time.Second),
		ProactiveEvery:  Duration(DefaultProactiveEvery),
		FeedPollTick:    Duration(freshness.DefaultPollTick),
		ModelPoll:       Duration(DefaultModelPoll),
	}
}

// configFlags registers the config flags on fs, bound to c. Flags are
// parsed after the file and environment were applied to c, so a flag
// that is given wins.
func configFlags(fs *flag.FlagSet, c *Config, file *string) {
	fs.StringVar(file, "config", *file, "JSON config `file` (env KEFU_CONFIG)")
	fs.StringVar(&c.Addr, "addr", c.Addr, "HTTP listen `address` (env KEFU_ADDR)")
	fs.StringVar(&c.DataDir, "data", c.DataDir, "data `directory` for the SQLite store (env KEFU_DATA_DIR)")
	fs.StringVar(&c.Store, "store", c.Store, "store: sqlite or postgres (env KEFU_STORE)")
	fs.StringVar(&c.PostgresDSN, "postgres", c.PostgresDSN, "PostgreSQL `DSN` when -store=postgres (env KEFU_POSTGRES_DSN)")
	fs.StringVar(&c.Bus, "bus", c.Bus, "live event bus: local (in-process) or nats, for several nodes (env KEFU_BUS)")
	fs.StringVar(&c.NATSURL, "nats-url", c.NATSURL, "NATS server `URL` of the nats bus and of telemetry ingest (env KEFU_NATS_URL)")
	fs.StringVar(&c.ModelFile, "model", c.ModelFile, "intent model `file` from kefu train (env KEFU_MODEL; default: the shipped e-commerce model)")
	fs.StringVar(&c.LogLevel, "log-level", c.LogLevel, "log level: debug, info, warn, error (env KEFU_LOG_LEVEL)")
	fs.StringVar(&c.LogFormat, "log-format", c.LogFormat, "log format: text or json (env KEFU_LOG_FORMAT)")
	operatorFlags(fs, &c.OpsConfig)
	llmFlags(fs, &c.LLMConfig)
}

// loadConfig applies the file and the environment to the defaults. file
// may be empty.
func loadConfig(file string, getenv func(string) string) (Config, error) {
	c := DefaultConfig()
	if file == "" {
		file = getenv("KEFU_CONFIG")
	}
	if file != "" {
		b, err := os.ReadFile(file)
		if err != nil {
			return c, fmt.Errorf("config: %w", err)
		}
		dec := json.NewDecoder(strings.NewReader(string(b)))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&c); err != nil {
			return c, fmt.Errorf("config %s: %w", file, err)
		}
	}
	str := map[string]*string{
		"KEFU_ADDR":         &c.Addr,
		"KEFU_DATA_DIR":     &c.DataDir,
		"KEFU_STORE":        &c.Store,
		"KEFU_POSTGRES_DSN": &c.PostgresDSN,
		"KEFU_LOCKER":       &c.Locker,
		"KEFU_LOG_LEVEL":    &c.LogLevel,
		"KEFU_LOG_FORMAT":   &c.LogFormat,
		"KEFU_MODEL":        &c.ModelFile,
	}
	for k, p := range str {
		if v := getenv(k); v != "" {
			*p = v
		}
	}
	if v := getenv("KEFU_MAX_BODY_BYTES"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			return c, fmt.Errorf("KEFU_MAX_BODY_BYTES: %q is not a number", v)
		}
		c.MaxBodyBytes = n
	}
	if err := c.Limits.limitsEnv(getenv); err != nil {
		return c, err
	}
	if v := getenv("KEFU_WEBHOOK_ATTEMPTS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			return c, fmt.Errorf("KEFU_WEBHOOK_ATTEMPTS: %q is not a number", v)
		}
		c.WebhookAttempts = n
	}
	if v := getenv("KEFU_WEBHOOK_BACKOFF"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			return c, fmt.Errorf("KEFU_WEBHOOK_BACKOFF: %w", err)
		}
		c.WebhookBackoff = Duration(d)
	}
	if v := getenv("KEFU_MODEL_POLL"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			return c, fmt.Errorf("KEFU_MODEL_POLL: %w", err)
		}
		c.ModelPoll = Duration(d)
	}
	if v := getenv("KEFU_RETRAIN_EVERY"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			return c, fmt.Errorf("KEFU_RETRAIN_EVERY: %w", err)
		}
		c.RetrainEvery = Duration(d)
	}
	if v := getenv("KEFU_PROACTIVE_EVERY"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			return c, fmt.Errorf("KEFU_PROACTIVE_EVERY: %w", err)
		}
		c.ProactiveEvery = Duration(d)
	}
	if v := getenv("KEFU_FEED_POLL_TICK"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			return c, fmt.Errorf("KEFU_FEED_POLL_TICK: %w", err)
		}
		c.FeedPollTick = Duration(d)
	}
	if err := c.consoleEnv(getenv); err != nil {
		return c, err
	}
	c.ingestEnv(getenv)
	if err := c.guardEnv(getenv); err != nil {
		return c, err
	}
	if err := c.opsEnv(getenv); err != nil {
		return c, err
	}
	if err := c.clusterEnv(getenv); err != nil {
		return c, err
	}
	if err := c.llmEnv(getenv); err != nil {
		return c, err
	}
	return c, nil
}

// Validate checks the configuration.
func (c *Config) Validate() error {
	switch c.Store {
	case "sqlite":
		if c.DataDir == "" {
			return fmt.Errorf("config: data_dir is required for the sqlite store")
		}
	case "postgres":
		if c.PostgresDSN == "" {
			return fmt.Errorf("config: postgres_dsn is required for the postgres store")
		}
	default:
		return fmt.Errorf("config: store must be sqlite or postgres, not %q", c.Store)
	}
	switch {
	case c.Locker == "" || c.Locker == "local":
	case c.Locker == "postgres" && c.Store == "postgres":
	case c.Locker == "postgres":
		return fmt.Errorf("config: locker postgres needs the postgres store")
	default:
		return fmt.Errorf("config: locker must be local or postgres, not %q", c.Locker)
	}
	if err := c.validateCluster(); err != nil {
		return err
	}
	if _, err := parseLevel(c.LogLevel); err != nil {
		return err
	}
	if c.LogFormat != "text" && c.LogFormat != "json" {
		return fmt.Errorf("config: log_format must be text or json, not %q", c.LogFormat)
	}
	if c.MaxBodyBytes < 1024 {
		return fmt.Errorf("config: max_body_bytes must be at least 1024")
	}
	if err := c.Limits.validateLimits(); err != nil {
		return err
	}
	if c.WebhookAttempts < 1 {
		return fmt.Errorf("config: webhook_attempts must be at least 1")
	}
	if c.ProactiveEvery < 0 || c.ProactiveEvery > 0 && c.ProactiveEvery < Duration(10*time.Second) {
		return fmt.Errorf("config: proactive_every must be 0 (off) or at least 10s")
	}
	if c.FeedPollTick < 0 || c.FeedPollTick > 0 && c.FeedPollTick < Duration(time.Second) {
		return fmt.Errorf("config: feed_poll_tick must be 0 (off) or at least 1s")
	}
	if c.ModelPoll < 0 || c.ModelPoll > 0 && c.ModelPoll < Duration(time.Second) {
		return fmt.Errorf("config: model_poll must be 0 (off) or at least 1s")
	}
	if c.RetrainEvery < 0 || c.RetrainEvery > 0 && c.RetrainEvery < Duration(time.Minute) {
		return fmt.Errorf("config: retrain_every must be 0 (off) or at least 1m")
	}
	if err := c.validateIngest(); err != nil {
		return err
	}
	if err := c.validateGuards(); err != nil {
		return err
	}
	if err := c.validateOps(); err != nil {
		return err
	}
	if err := c.validateLLM(); err != nil {
		return err
	}
	return c.validateConsole()
}

// DBPath is the SQLite file.
func (c *Config) DBPath() string { return filepath.Join(c.DataDir, "kefu.db") }

func parseLevel(s string) (slog.Level, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(s)); err != nil {
		return l, fmt.Errorf("config: log_level must be debug, info, warn or error, not %q", s)
	}
	return l, nil
}
