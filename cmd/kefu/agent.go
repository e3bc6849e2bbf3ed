package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/mail"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/compose"
	"github.com/kefu-ai/kefu/desk"
	"github.com/kefu-ai/kefu/inmem"
	"github.com/kefu-ai/kefu/internal/password"
	"golang.org/x/term"
)

// --- kefu agent ---

func runAgent(ctx context.Context, args []string, env *Env) error {
	return runGroup(ctx, "agent", []subcommand{
		{"create", "create a console agent (owner, admin or agent)", runAgentCreate},
		{"list", "list a shop's agents, disabled ones too", runAgentList},
		{"disable", "disable an agent (or --enable): no login, sessions end, conversations released", runAgentDisable},
		{"password", "set an agent's password; their open sessions end", runAgentPassword},
	}, args, env)
}

func parseRole(v string) (kefu.AgentRole, error) {
	r := kefu.AgentRole(v)
	if !r.Valid() {
		return "", fmt.Errorf("--role %q is not owner, admin or agent", v)
	}
	return r, nil
}

// parseEmail checks an agent's email: one plain address, no display name.
func parseEmail(v string) (string, error) {
	e := kefu.NormalizeEmail(v)
	a, err := mail.ParseAddress(e)
	if err != nil || a.Address != e || a.Name != "" || len(e) > 254 {
		return "", fmt.Errorf("--email %q is not an email address like ana@shop.example", v)
	}
	return e, nil
}

func parseSkills(v string) ([]string, error) {
	var out []string
	for _, p := range strings.Split(v, ",") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if len(p) > 64 || strings.ContainsFunc(p, func(r rune) bool { return r < ' ' }) {
			return nil, fmt.Errorf("--skills: %q is not a skill tag (up to 64 characters, like billing)", p)
		}
		if !contains(out, p) {
			out = append(out, p)
		}
	}
	return out, nil
}

// checkPassword applies the rules for a password a person chooses.
func checkPassword(pw string) error { return password.Validate(pw) }

// readPassword gets a new password: one line of stdin with fromStdin,
// else, on a terminal, typed twice without echo. ok is false when there
// is neither (stdin is not a terminal and --password-stdin was not given).
func readPassword(env *Env, fromStdin bool, email string) (pw string, ok bool, err error) {
	if fromStdin {
		line, err := bufio.NewReader(env.Stdin).ReadString('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return "", false, fmt.Errorf("--password-stdin: %w", err)
		}
		pw = strings.TrimRight(line, "\r\n")
		if pw == "" {
			return "", false, errors.New("--password-stdin: stdin holds no password (give it on the first line)")
		}
		if err := checkPassword(pw); err != nil {
			return "", false, fmt.Errorf("--password-stdin: %w", err)
		}
		return pw, true, nil
	}
	f, isFile := env.Stdin.(*os.File)
	if !isFile || !term.IsTerminal(int(f.Fd())) {
		return "", false, nil
	}
	fmt.Fprintf(env.Stderr, "Password for %s: ", email)
	a, err := term.ReadPassword(int(f.Fd()))
	fmt.Fprintln(env.Stderr)
	if err != nil {
		return "", false, err
	}
	if err := checkPassword(string(a)); err != nil {
		return "", false, err
	}
	fmt.Fprint(env.Stderr, "Repeat it: ")
	b, err := term.ReadPassword(int(f.Fd()))
	fmt.Fprintln(env.Stderr)
	if err != nil {
		return "", false, err
	}
	if string(a) != string(b) {
		return "", false, errors.New("the two passwords differ; nothing was changed")
	}
	return string(a), true, nil
}

func runAgentCreate(ctx context.Context, args []string, env *Env) error {
	o, err := newOpsFlags(env, "agent create", "\n\nCreates an agent of the console. The password is read from stdin with\n--password-stdin, or typed twice on a terminal; without one the agent\nexists but cannot log in until kefu agent password.", args)
	if err != nil {
		return err
	}
	shop := o.fs.String("shop", "", "shop `ID` (required)")
	email := o.fs.String("email", "", "the agent's `email`, their login (required)")
	name := o.fs.String("name", "", "display `name` shown to customers")
	role := o.fs.String("role", string(kefu.RoleAgent), "owner, admin (both manage the shop) or agent")
	languages := o.fs.String("languages", "", "languages the agent answers in: `list` like zh,en")
	skills := o.fs.String("skills", "", "routing tags: `list` like billing,returns")
	maxChats := o.fs.Int("max-chats", kefu.DefaultMaxChats, "conversations the agent may hold at once")
	fromStdin := o.fs.Bool("password-stdin", false, "read the password from the first line of stdin")
	if err := o.parse(args); err != nil {
		return err
	}
	if err := o.noArgs(); err != nil {
		return err
	}
	if err := o.require(map[string]*string{"shop": shop, "email": email}); err != nil {
		return err
	}
	a := kefu.Agent{TenantID: *shop, Name: oneLine(*name), MaxChats: *maxChats}
	if a.Email, err = parseEmail(*email); err != nil {
		return err
	}
	if a.Role, err = parseRole(*role); err != nil {
		return err
	}
	if *languages != "" {
		if a.Languages, err = parseLanguages("--languages", *languages); err != nil {
			return err
		}
	}
	if a.Skills, err = parseSkills(*skills); err != nil {
		return err
	}
	if *maxChats < 1 {
		return fmt.Errorf("--max-chats %d must be at least 1", *maxChats)
	}
	if utf8.RuneCountInString(a.Name) > 200 {
		return fmt.Errorf("--name is longer than 200 characters")
	}
	st, err := openStore(ctx, o.cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	if _, err := findShop(ctx, st, *shop); err != nil {
		return err
	}
	if _, err := st.FindAgentByEmail(ctx, *shop, a.Email); err == nil {
		return fmt.Errorf("--email %s: shop %s already has that agent (change their password with kefu agent password)", a.Email, *shop)
	}
	// The password is asked for only once the rest is known to be right.
	pw, ok, err := readPassword(env, *fromStdin, a.Email)
	if err != nil {
		return err
	}
	if ok {
		if a.PasswordHash, err = password.Hash(pw); err != nil {
			return err
		}
	}
	err = st.CreateAgent(ctx, &a)
	if kefu.ErrorCode(err) == kefu.ECONFLICT {
		return fmt.Errorf("--email %s: shop %s already has that agent", a.Email, *shop)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "created %s %s (%s) in shop %s\n", a.Role, a.Email, a.ID, *shop)
	if !ok {
		fmt.Fprintf(env.Stdout, "%s has no password and cannot log in yet: kefu agent password --shop %s --email %s\n", a.Email, *shop, a.Email)
	}
	return writeJSONLine(env.Stdout, struct {
		AgentID     string         `json:"agent_id"`
		Email       string         `json:"email"`
		Role        kefu.AgentRole `json:"role"`
		PasswordSet bool           `json:"password_set"`
	}{a.ID, a.Email, a.Role, ok})
}

func runAgentList(ctx context.Context, args []string, env *Env) error {
	o, err := newOpsFlags(env, "agent list", "", args)
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
	// FindAgents caps its answer; a shop has far fewer agents.
	as, err := st.FindAgents(ctx, kefu.AgentFilter{TenantID: *shop, Limit: 10000})
	if err != nil {
		return err
	}
	if *asJSON {
		type row struct {
			*kefu.Agent
			PasswordSet bool `json:"password_set"`
		}
		rows := make([]row, 0, len(as))
		for _, a := range as {
			rows = append(rows, row{a, a.PasswordHash != ""})
		}
		return writeJSONLine(env.Stdout, rows)
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "EMAIL\tNAME\tROLE\tLANGUAGES\tSKILLS\tMAX\tPRESENCE\tSTATUS")
	for _, a := range as {
		status := "active"
		switch {
		case a.Disabled:
			status = "disabled"
		case a.PasswordHash == "":
			status = "no password"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\n", a.Email, dash(oneLine(a.Name)), a.Role,
			dash(strings.Join(a.Languages, ",")), dash(strings.Join(a.Skills, ",")), a.MaxChats, a.Presence, status)
	}
	return tw.Flush()
}

// findAgent loads an agent by email with errors that name the flag.
func findAgent(ctx context.Context, st kefu.Store, shop, email string) (*kefu.Agent, error) {
	e, err := parseEmail(email)
	if err != nil {
		return nil, err
	}
	a, err := st.FindAgentByEmail(ctx, shop, e)
	if kefu.ErrorCode(err) == kefu.ENOTFOUND {
		return nil, fmt.Errorf("--email %s: shop %s has no such agent (see kefu agent list --shop %s)", e, shop, shop)
	}
	return a, err
}

func runAgentDisable(ctx context.Context, args []string, env *Env) error {
	o, err := newOpsFlags(env, "agent disable", "\n\nDisables an agent: they cannot log in, their open console sessions are\nrefused at their next request, they go offline and the conversations they\nhold go back to the bot (with the usual \"agent left\" message), since the\ndesk has no way to put a held conversation back in the queue. --enable\nundoes the disabling (not the releases).", args)
	if err != nil {
		return err
	}
	shop := o.fs.String("shop", "", "shop `ID` (required)")
	email := o.fs.String("email", "", "the agent's `email` (required)")
	enable := o.fs.Bool("enable", false, "enable the agent again instead")
	st, _, err := o.openShop(ctx, args, shop, map[string]*string{"shop": shop, "email": email})
	if err != nil {
		return err
	}
	defer st.Close()
	a, err := findAgent(ctx, st, *shop, *email)
	if err != nil {
		return err
	}
	if *enable {
		no := false
		if _, err := st.UpdateAgent(ctx, *shop, a.ID, kefu.AgentUpdate{Disabled: &no}); err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "enabled %s in shop %s\n", a.Email, *shop)
		return nil
	}
	yes, off := true, kefu.PresenceOffline
	if a, err = st.UpdateAgent(ctx, *shop, a.ID, kefu.AgentUpdate{Disabled: &yes, Presence: &off}); err != nil {
		return err
	}
	n, err := releaseAll(ctx, st, a)
	fmt.Fprintf(env.Stdout, "disabled %s in shop %s: offline, sessions refused; %s released to the bot\n", a.Email, *shop, plural(n, "conversation"))
	if err != nil {
		return fmt.Errorf("the agent is disabled, but releasing their conversations failed (run the command again): %w", err)
	}
	return nil
}

// releaseAll hands every conversation the agent holds back to the bot
// through the desk, as the agent's own Release would: with the "agent
// left" message in the customer's language, in the same transaction.
// Events reach the store's durable log (webhooks); consoles of a running
// server see the change at their next refresh.
func releaseAll(ctx context.Context, st kefu.Store, a *kefu.Agent) (int, error) {
	held, err := st.FindConversations(ctx, kefu.ConversationFilter{TenantID: a.TenantID, Status: kefu.StatusAgent, AgentID: a.ID, Limit: 10000})
	if err != nil || len(held) == 0 {
		return 0, err
	}
	comp, err := compose.New()
	if err != nil {
		return 0, err
	}
	d := &desk.Desk{Store: st, Events: inmem.NewEventService(), Composer: comp, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	if err := d.Init(); err != nil {
		return 0, err
	}
	n := 0
	for _, c := range held {
		_, err := d.Release(ctx, a, c.ID)
		switch kefu.ErrorCode(err) {
		case "":
			n++
		case kefu.ECONFLICT, kefu.ENOTFOUND: // closed or moved meanwhile
		default:
			return n, err
		}
	}
	return n, nil
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return strconv.Itoa(n) + " " + what + "s"
}

func runAgentPassword(ctx context.Context, args []string, env *Env) error {
	o, err := newOpsFlags(env, "agent password", "\n\nSets an agent's password, read from stdin with --password-stdin or typed\ntwice on a terminal. Their open console sessions end.", args)
	if err != nil {
		return err
	}
	shop := o.fs.String("shop", "", "shop `ID` (required)")
	email := o.fs.String("email", "", "the agent's `email` (required)")
	fromStdin := o.fs.Bool("password-stdin", false, "read the password from the first line of stdin")
	st, _, err := o.openShop(ctx, args, shop, map[string]*string{"shop": shop, "email": email})
	if err != nil {
		return err
	}
	defer st.Close()
	a, err := findAgent(ctx, st, *shop, *email)
	if err != nil {
		return err
	}
	pw, ok, err := readPassword(env, *fromStdin, a.Email)
	if err != nil {
		return err
	}
	if !ok {
		return errors.New("no password given: use --password-stdin, or run on a terminal to type it")
	}
	h, err := password.Hash(pw)
	if err != nil {
		return err
	}
	if _, err := st.UpdateAgent(ctx, *shop, a.ID, kefu.AgentUpdate{PasswordHash: &h}); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "set the password of %s in shop %s; their open sessions have ended", a.Email, *shop)
	if a.Disabled {
		fmt.Fprint(env.Stdout, " (the agent is disabled: kefu agent disable --enable to let them log in)")
	}
	fmt.Fprintln(env.Stdout)
	return nil
}
