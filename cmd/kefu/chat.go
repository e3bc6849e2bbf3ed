package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"

	"golang.org/x/term"

	"github.com/kefu-ai/kefu"
)

// chatTurn is one bot turn as printed by "kefu chat --json".
type chatTurn struct {
	ConversationID string  `json:"conversation_id"`
	MessageID      int64   `json:"message_id"`
	Text           string  `json:"text"`
	Reply          *string `json:"reply"` // null when the bot stays silent
	Language       string  `json:"language,omitempty"`
	// Cards are the reply's structured content (progress, offer,
	// product, ...), in order; empty when it has none.
	Cards     []kefu.Card `json:"cards,omitempty"`
	Trace     *kefu.Trace `json:"trace,omitempty"`
	Duplicate bool        `json:"duplicate,omitempty"`
	Error     string      `json:"error,omitempty"`
}

func runChat(ctx context.Context, args []string, env *Env) error {
	fs := newFlagSet(env, "chat", "")
	cfg, err := setupConfig(fs, env, args)
	if err != nil {
		return err
	}
	tenant := fs.String("tenant", "globalmart", "tenant (shop) `ID` to chat with")
	customer := fs.String("customer", "c-1001", "customer external `ID` to chat as; empty for an anonymous visitor")
	lang := fs.String("lang", "", "force the conversation `language` (e.g. zh, es, th); default: detect")
	asJSON := fs.Bool("json", false, "print each bot turn as one JSON line with its trace")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *lang != "" {
		if *lang, err = kefu.ParseLanguage(*lang); err != nil {
			return fmt.Errorf("-lang: %w", err)
		}
	}
	// Logs would garble the conversation: only errors, to stderr.
	app, closeApp, err := openDemoOrStore(ctx, fs, cfg, env, "kefu-chat-")
	if err != nil {
		return err
	}
	defer closeApp()
	conv, _, err := app.Engine.StartConversation(ctx, kefu.StartConversationRequest{
		TenantID: *tenant, CustomerExternalID: *customer, Channel: "cli", Language: *lang,
	})
	if err != nil {
		return err
	}
	interactive := false
	if f, ok := env.Stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) && !*asJSON {
		interactive = true
		who := *customer
		if who == "" {
			who = "an anonymous visitor"
		}
		fmt.Fprintf(env.Stdout, "Chatting with %s as %s. Type a message and press Enter; Ctrl-D to quit.\n", *tenant, who)
	}
	enc := json.NewEncoder(env.Stdout)
	enc.SetEscapeHTML(false)
	sc := bufio.NewScanner(env.Stdin)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for line := 1; ; line++ {
		if interactive {
			fmt.Fprint(env.Stdout, "you> ")
		}
		if !sc.Scan() {
			break
		}
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" {
			continue
		}
		res, err := app.Engine.PostMessage(ctx, kefu.PostMessageRequest{TenantID: *tenant, ConversationID: conv.ID, Text: text})
		if err != nil {
			if *asJSON {
				enc.Encode(chatTurn{ConversationID: conv.ID, Text: text, Error: fmt.Sprintf("line %d: %s", line, kefu.ErrorMessage(err))})
				continue
			}
			fmt.Fprintf(env.Stderr, "line %d: %s\n", line, kefu.ErrorMessage(err))
			continue
		}
		if *asJSON {
			t := chatTurn{ConversationID: conv.ID, MessageID: res.Message.ID, Text: text, Duplicate: res.Duplicate}
			if res.Reply != nil {
				t.Reply, t.Language, t.Cards, t.Trace = &res.Reply.Text, res.Reply.Language, res.Reply.Cards, res.Reply.Trace
			}
			if err := enc.Encode(t); err != nil {
				return err
			}
			continue
		}
		if res.Reply == nil {
			fmt.Fprintln(env.Stdout, "bot> (silent: a person has this conversation)")
			continue
		}
		fmt.Fprintf(env.Stdout, "bot> %s\n", res.Reply.Text)
	}
	if interactive {
		fmt.Fprintln(env.Stdout)
	}
	return sc.Err()
}

// openDemoOrStore opens the App of a command that talks to the bot in
// this process (chat, replay): on the configured store when --data or
// --store (or KEFU_DATA_DIR, KEFU_STORE) name one, else on a fresh
// temporary data directory with the demo shops. It logs errors only.
// The returned function closes the App and removes the directory.
func openDemoOrStore(ctx context.Context, fs *flag.FlagSet, cfg *Config, env *Env, dirPrefix string) (*App, func(), error) {
	dataGiven := false
	fs.Visit(func(f *flag.Flag) { dataGiven = dataGiven || f.Name == "data" || f.Name == "store" })
	cleanup := func() {}
	if !dataGiven && env.Getenv("KEFU_DATA_DIR") == "" && env.Getenv("KEFU_STORE") == "" {
		dir, err := os.MkdirTemp("", dirPrefix)
		if err != nil {
			return nil, nil, err
		}
		cleanup = func() { os.RemoveAll(dir) }
		cfg.DataDir = dir
	}
	cfg.LogLevel = "error"
	app := NewApp(*cfg, newLogger(*cfg, env.Stderr))
	if err := app.Open(ctx); err != nil {
		cleanup()
		return nil, nil, err
	}
	closeApp := func() {
		app.Close()
		cleanup()
	}
	if !dataGiven {
		if _, err := loadDemo(ctx, app); err != nil {
			closeApp()
			return nil, nil, err
		}
	}
	return app, closeApp, nil
}
