// Command kefu is the kefu customer-service server and its tools.
//
//	kefu demo     serve the demo shops from a fresh data directory
//	kefu serve    serve the API, widget and pages
//	kefu chat     chat with the bot in the terminal, no server needed
//	kefu shop     create and run shops: settings, widget secret
//	kefu key      create, list and revoke a shop's API keys
//	kefu agent    create, list, disable agents and set their passwords
//	kefu import   import customers, products, orders, shipments, articles, reviews
//	kefu train    train an intent model on labelled CSV files
//	kefu eval     evaluate an intent model on a labelled CSV
//	kefu bench    measure full HTTP turns per second and latency
//	kefu stats    hand-off metrics (queue wait, first response, reasons, CSAT)
//	kefu insights pain-point classification of reviews, measured against a baseline
//
// Run "kefu <command> -h" for a command's flags.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	_ "time/tzdata" // shop time zones must work on machines without zoneinfo

	"github.com/kefu-ai/kefu"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	env := &Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}
	os.Exit(Run(ctx, os.Args[1:], env))
}

// Env is what a command sees of the process, injectable for tests.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
	// Ready, if set, receives the base URL once a server listens (tests).
	Ready func(url string)
}

// command is one subcommand.
type command struct {
	name, summary string
	run           func(ctx context.Context, args []string, env *Env) error
}

func commands() []command {
	return []command{
		{"demo", "serve the demo shops from a fresh data directory and print an API key", runDemo},
		{"serve", "serve the REST API, websocket, widget and pages", runServe},
		{"chat", "chat with the bot in the terminal (one message a line; --json for scripts)", runChat},
		{"shop", "create a shop (API key, widget secret), list, show, change its settings", runShop},
		{"key", "create, list or revoke a shop's API keys (chat or admin scope)", runKey},
		{"agent", "create, list or disable a shop's console agents, set their passwords", runAgent},
		{"import", "import customers, products, orders, shipments, articles or reviews from CSV or JSON", runImport},
		{"train", "train an intent model on labelled CSV files (or kefu's own corpus)", runTrain},
		{"llm", "optional LLM endpoint tools: paraphrase suggestions for review, accept reviewed rows; last line is JSON", runLLM},
		{"eval", "evaluate an intent model on a labelled CSV; last line is JSON", runEval},
		{"model", "list, retrain (corpus + accepted corrections, shadow-evaluated), promote or roll back intent-model versions; last line is JSON", runModel},
		{"bench", "measure throughput and latency: full HTTP turns (default) or --scenario nlu", runBench},
		{"risk", "train or evaluate the late-delivery risk model on a labelled CSV, or scan a shop's deliveries; last line is JSON", runRisk},
		{"recommend", "evaluate the recommenders on labelled files: skin-type suitability from ingredients, basket completion; last line is JSON", runRecommend},
		{"knowledge", "rank graded evidence (ePQA, ECD) with kefu's retrieval against BM25 alone; last line is JSON", runKnowledge},
		{"replay", "play real dialogues (CSV) to the bot and count what it answers, clarifies or hands off, by intent; last line is JSON", runReplay},
		{"stats", "hand-off metrics of a shop: reasons, queue wait, first agent response, CSAT; last line is JSON", runStats},
		{"insights", "evaluate the pain-point classifier on labelled reviews against a naive Bayes baseline; last line is JSON", runInsights},
	}
}

// errUsage reports a command-line mistake; the usage was already printed.
var errUsage = errors.New("usage")

// Run runs the command named by args[0] and returns the exit code.
func Run(ctx context.Context, args []string, env *Env) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(env.Stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, args[1:], env)
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.Is(err, errUsage):
			return 2
		default:
			fmt.Fprintf(env.Stderr, "kefu %s: %s\n", c.name, errorText(err))
			return 1
		}
	}
	fmt.Fprintf(env.Stderr, "kefu: unknown command %q\n\n", args[0])
	usage(env.Stderr)
	return 2
}

// errorText is what a command failure prints: for kefu errors with a
// user-facing code the message chain without internal causes, otherwise
// the whole error.
func errorText(err error) string {
	var ke *kefu.Error
	if !errors.As(err, &ke) || kefu.ErrorCode(err) == kefu.EINTERNAL {
		return err.Error()
	}
	// Keep the command's own context ("tenant \"x\": ...") in front.
	s := err.Error()
	if i := strings.Index(s, ke.Error()); i > 0 {
		return s[:i] + kefu.ErrorMessage(err)
	}
	return kefu.ErrorMessage(err)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "kefu: multilingual customer service for e-commerce\n\nUsage: kefu <command> [flags]\n\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun \"kefu <command> -h\" for the flags of a command.")
}

// newFlagSet returns a flag set that prints its usage to env.Stderr and
// returns errors instead of exiting.
func newFlagSet(env *Env, name, args string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(env.Stderr, "Usage: kefu %s [flags]%s\n\nFlags:\n", name, args)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args; a parse error has been printed with the usage.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	return nil
}

// setupConfig loads file and environment config, then registers the flags.
// Call finishConfig after parsing.
func setupConfig(fs *flag.FlagSet, env *Env, args []string) (*Config, error) {
	// The config file may be named by a flag, which must be found before
	// the other flags are bound to the loaded values.
	file := ""
	for i, a := range args {
		switch {
		case a == "-config" || a == "--config":
			if i+1 < len(args) {
				file = args[i+1]
			}
		case len(a) > 8 && (a[:8] == "-config=" || len(a) > 9 && a[:9] == "--config="):
			file = a[len("-config="):]
			if a[1] == '-' {
				file = a[len("--config="):]
			}
		}
	}
	c, err := loadConfig(file, env.Getenv)
	if err != nil {
		return nil, err
	}
	configFlags(fs, &c, &file)
	return &c, nil
}
