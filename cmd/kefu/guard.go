package main

import (
	"fmt"
	"strconv"
	"time"

	khttp "github.com/kefu-ai/kefu/http"
)

// GuardConfig bounds what one HTTP client may hold or cost (khttp.Guards,
// docs/security.md). It is embedded in Config, so its JSON names sit at
// the top level of the config file. Zero means the default; a negative
// value turns the guard off.
type GuardConfig struct {
	// BodyTimeout is how long a client has to send a request body (plus
	// one second per 64 KiB it declares).
	BodyTimeout Duration `json:"body_timeout"`
	// WriteTimeout bounds the handling and writing of one response.
	WriteTimeout Duration `json:"write_timeout"`
	// WSPerConversation, WSPerAgent and WSPerAddress cap the open
	// websockets of one conversation, one agent's consoles and one
	// client address.
	WSPerConversation int `json:"ws_per_conversation"`
	WSPerAgent        int `json:"ws_per_agent"`
	WSPerAddress      int `json:"ws_per_address"`
}

// guardEnv applies the KEFU_* variables of the guards.
func (c *GuardConfig) guardEnv(getenv func(string) string) error {
	for k, p := range map[string]*Duration{
		"KEFU_BODY_TIMEOUT":  &c.BodyTimeout,
		"KEFU_WRITE_TIMEOUT": &c.WriteTimeout,
	} {
		if v := getenv(k); v != "" {
			d, err := time.ParseDuration(v)
			if err != nil {
				return fmt.Errorf("%s: %w", k, err)
			}
			*p = Duration(d)
		}
	}
	for k, p := range map[string]*int{
		"KEFU_WS_PER_CONVERSATION": &c.WSPerConversation,
		"KEFU_WS_PER_AGENT":        &c.WSPerAgent,
		"KEFU_WS_PER_ADDRESS":      &c.WSPerAddress,
	} {
		if v := getenv(k); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil {
				return fmt.Errorf("%s: %q is not a number", k, v)
			}
			*p = n
		}
	}
	return nil
}

// validateGuards checks the guards: a timeout that is on must leave a
// real client time to send and read.
func (c *GuardConfig) validateGuards() error {
	for name, d := range map[string]Duration{"body_timeout": c.BodyTimeout, "write_timeout": c.WriteTimeout} {
		if d > 0 && d < Duration(time.Second) {
			return fmt.Errorf("config: %s must be 0 (the default), negative (off) or at least 1s", name)
		}
	}
	return nil
}

// guards is the khttp.Guards of the configuration.
func (c *GuardConfig) guards() khttp.Guards {
	return khttp.Guards{
		BodyTimeout:       time.Duration(c.BodyTimeout),
		WriteTimeout:      time.Duration(c.WriteTimeout),
		WSPerConversation: c.WSPerConversation,
		WSPerAgent:        c.WSPerAgent,
		WSPerAddress:      c.WSPerAddress,
	}
}
