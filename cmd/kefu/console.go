package main

import (
	"context"
	"fmt"
	"os/exec"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/compose"
	"github.com/kefu-ai/kefu/desk"
	khttp "github.com/kefu-ai/kefu/http"
	"github.com/kefu-ai/kefu/internal/password"
	"github.com/kefu-ai/kefu/routing"
	"github.com/kefu-ai/kefu/translate"
)

// ConsoleConfig configures the agent console and machine translation. It
// is embedded in Config, so its JSON names sit at the top level of the
// config file.
type ConsoleConfig struct {
	// SessionKey signs agent session cookies; at least 32 bytes. Empty
	// means a random key per process: sessions end on restart and are not
	// shared between nodes.
	SessionKey string `json:"session_key"`
	// SecureCookies marks session cookies Secure on plain HTTP too, for
	// a server behind a TLS-terminating proxy.
	SecureCookies bool `json:"secure_cookies"`
	// Apertium is "auto" (use the local Apertium when the binary and a
	// pair are installed) or "off".
	Apertium string `json:"apertium"`
	// LibreTranslateURL, with LibreTranslateKey, adds a
	// LibreTranslate-compatible provider.
	LibreTranslateURL string `json:"libretranslate_url"`
	LibreTranslateKey string `json:"libretranslate_key"`
	// OpenAIURL, OpenAIKey and OpenAIModel add an OpenAI-compatible chat
	// endpoint as a provider.
	OpenAIURL   string `json:"openai_url"`
	OpenAIKey   string `json:"openai_key"`
	OpenAIModel string `json:"openai_model"`
}

// consoleEnv applies the KEFU_* variables of the console settings.
func (c *ConsoleConfig) consoleEnv(getenv func(string) string) error {
	for k, p := range map[string]*string{
		"KEFU_SESSION_KEY":        &c.SessionKey,
		"KEFU_APERTIUM":           &c.Apertium,
		"KEFU_LIBRETRANSLATE_URL": &c.LibreTranslateURL,
		"KEFU_LIBRETRANSLATE_KEY": &c.LibreTranslateKey,
		"KEFU_OPENAI_URL":         &c.OpenAIURL,
		"KEFU_OPENAI_KEY":         &c.OpenAIKey,
		"KEFU_OPENAI_MODEL":       &c.OpenAIModel,
	} {
		if v := getenv(k); v != "" {
			*p = v
		}
	}
	switch v := getenv("KEFU_SECURE_COOKIES"); v {
	case "":
	case "1", "true":
		c.SecureCookies = true
	case "0", "false":
		c.SecureCookies = false
	default:
		return fmt.Errorf("KEFU_SECURE_COOKIES: %q is not true or false", v)
	}
	return nil
}

// validateConsole checks the console settings.
func (c *ConsoleConfig) validateConsole() error {
	if c.SessionKey != "" && len(c.SessionKey) < khttp.MinSessionKeyBytes {
		return fmt.Errorf("config: session_key must be at least %d bytes", khttp.MinSessionKeyBytes)
	}
	switch c.Apertium {
	case "", "auto", "off":
	default:
		return fmt.Errorf("config: apertium must be auto or off, not %q", c.Apertium)
	}
	if c.OpenAIURL != "" && c.OpenAIModel == "" {
		return fmt.Errorf("config: openai_model is required with openai_url")
	}
	return nil
}

// translator builds the translation chain: the HTTP providers first (they
// translate better), the local Apertium last, as a fallback for gist.
func (a *App) translator() *translate.Chain {
	c := a.Config.ConsoleConfig
	var ps []translate.Translator
	if c.LibreTranslateURL != "" {
		ps = append(ps, &translate.LibreTranslate{URL: c.LibreTranslateURL, APIKey: c.LibreTranslateKey})
	}
	if c.OpenAIURL != "" {
		ps = append(ps, &translate.OpenAI{URL: c.OpenAIURL, APIKey: c.OpenAIKey, Model: c.OpenAIModel})
	}
	if c.Apertium != "off" {
		if _, err := exec.LookPath("apertium"); err == nil {
			ap, err := translate.NewApertium(translate.ApertiumConfig{Logger: a.Logger})
			if err != nil {
				a.Logger.Info("apertium not used", "reason", kefu.ErrorMessage(err))
			} else {
				a.closers = append(a.closers, ap.Close)
				ps = append(ps, ap)
				a.Logger.Info("apertium translation", "pairs", len(ap.Pairs()))
			}
		}
	}
	return &translate.Chain{
		Providers: ps,
		Glossary:  translate.NewGlossary(),
		Cache:     translate.NewCache(50000, 24*time.Hour, a.Now),
		Logger:    a.Logger,
	}
}

// wireConsole builds the agent desk and gives it and the session settings
// to the HTTP server.
func (a *App) wireConsole(s *khttp.Server) error {
	comp, err := compose.New()
	if err != nil {
		return err
	}
	a.Desk = &desk.Desk{
		Store:        a.Store,
		Events:       a.Events,
		Composer:     comp,
		Translator:   a.Translator,
		Router:       &routing.Router{Store: a.Store},
		Locker:       a.Locker,
		Knowledge:    a.Knowledge,
		Understander: a.NLU,
		Skills:       a.Skills,
		Strategies:   a.Strategies,
		Logger:       a.Logger,
		Now:          a.Now,
	}
	if err := a.Desk.Init(); err != nil {
		return err
	}
	s.Desk = a.Desk
	if k := a.Config.SessionKey; k != "" {
		s.SessionKey = []byte(k)
	}
	s.SecureCookies = a.Config.SecureCookies
	return nil
}

// DemoPassword is the password of the demo agents.
const DemoPassword = "demo"

// demoAgents are the demo shops' agents: English and Spanish speakers for
// globalmart, Chinese for freshfarm, English and Spanish for glowlab.
var demoAgents = []kefu.Agent{
	{TenantID: "globalmart", Email: "ana@globalmart.example", Name: "Ana", Languages: []string{"en", "es"}, Role: kefu.RoleAdmin},
	{TenantID: "globalmart", Email: "li@globalmart.example", Name: "Li Wei", Languages: []string{"zh", "en"}},
	{TenantID: "freshfarm", Email: "mei@freshfarm.example", Name: "Mei", Languages: []string{"zh", "en"}, Role: kefu.RoleAdmin},
	{TenantID: "freshfarm", Email: "jun@freshfarm.example", Name: "Jun", Languages: []string{"zh"}},
	{TenantID: "glowlab", Email: "lucia@glowlab.example", Name: "Lucía", Languages: []string{"es", "en"}, Role: kefu.RoleAdmin},
}

// loadDemoAgents creates the demo agents that do not exist yet (password
// DemoPassword) and returns their "tenant: email" lines for the banner.
func loadDemoAgents(ctx context.Context, app *App) ([]string, error) {
	hash, err := password.Hash(DemoPassword) // one hash for all: bcrypt is slow on purpose
	if err != nil {
		return nil, err
	}
	var lines []string
	for _, tmpl := range demoAgents {
		ag := tmpl
		ag.Languages = append([]string(nil), tmpl.Languages...)
		if _, err := app.Store.FindTenantByID(ctx, ag.TenantID); kefu.ErrorCode(err) == kefu.ENOTFOUND {
			continue
		}
		ag.PasswordHash = hash
		err := app.Store.CreateAgent(ctx, &ag)
		if err != nil && kefu.ErrorCode(err) != kefu.ECONFLICT {
			return nil, err
		}
		lines = append(lines, fmt.Sprintf("%-10s %s (%s)", ag.TenantID+":", ag.Email, strings.Join(ag.Languages, ", ")))
	}
	return lines, nil
}
