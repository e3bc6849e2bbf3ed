package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
)

// kefu replay: real conversations played to the bot, one customer turn at
// a time, to see what kefu does with real traffic: which turns it
// answers, asks to rephrase or hands to a person, by intent, and how its
// hand-off decision compares with the sessions that really went to a
// person (a label column such as JDDC's is_transfer).

// replayTurn is one customer turn of a replayed session.
type replayTurn struct {
	turn int
	text string
}

// replaySession is one dialogue: its customer turns in order and its label.
type replaySession struct {
	id       string
	turns    []replayTurn
	positive bool
}

// replayCounts counts what the bot did with turns.
type replayCounts struct {
	Turns     int `json:"turns"`
	Answered  int `json:"answered"`
	Clarified int `json:"clarified"`
	Handoff   int `json:"handoff"`
	// NoAnswer: understood, but the bot had no answer and offered a person
	// (no_handler, no_article) or failed (error).
	NoAnswer int `json:"no_answer"`
	// Silent: after a hand-off the bot stays silent; a person answers.
	Silent int `json:"silent"`
}

func (c *replayCounts) add(kind string) {
	c.Turns++
	switch kind {
	case "answered":
		c.Answered++
	case "clarified":
		c.Clarified++
	case "handoff":
		c.Handoff++
	case "no_answer":
		c.NoAnswer++
	case "silent":
		c.Silent++
	}
}

// replayKind sorts a bot turn into the kinds replayCounts counts.
func replayKind(res *kefu.TurnResult) string {
	if res.Reply == nil || res.Reply.Trace == nil {
		return "silent"
	}
	tr := res.Reply.Trace
	switch {
	case tr.Action == kefu.ActionHandoff || tr.Outcome == kefu.OutcomeHandoff:
		return "handoff"
	case tr.Action == kefu.ActionClarify || tr.Outcome == kefu.OutcomeClarify:
		return "clarified"
	case tr.Outcome == kefu.OutcomeNoHandler || tr.Outcome == kefu.OutcomeNoArticle || tr.Outcome == kefu.OutcomeError:
		return "no_answer"
	}
	return "answered"
}

// readReplay reads a dialogue CSV with the columns session_id, turn, role
// and text (and label, when not empty): rows of role "customer" are
// replayed; a session is positive when any of its rows has label 1.
func readReplay(r io.Reader, name, label string) ([]*replaySession, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: header: %w", name, err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.TrimSpace(h)] = i
	}
	need := []string{"session_id", "turn", "role", "text"}
	if label != "" {
		need = append(need, label)
	}
	for _, c := range need {
		if _, ok := col[c]; !ok {
			return nil, fmt.Errorf("%s: line 1: no %q column (have %s)", name, c, strings.Join(head, ", "))
		}
	}
	byID := map[string]*replaySession{}
	var order []*replaySession
	for line := 2; ; line++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if len(rec) != len(head) {
			return nil, fmt.Errorf("%s: line %d: %d fields, the header has %d", name, line, len(rec), len(head))
		}
		id := rec[col["session_id"]]
		s := byID[id]
		if s == nil {
			s = &replaySession{id: id}
			byID[id] = s
			order = append(order, s)
		}
		if label != "" {
			switch v := strings.TrimSpace(rec[col[label]]); v {
			case "1", "true":
				s.positive = true
			case "0", "false", "":
			default:
				return nil, fmt.Errorf("%s: line %d: %s %q is not 0 or 1", name, line, label, v)
			}
		}
		if rec[col["role"]] != "customer" {
			continue
		}
		turn, err := strconv.Atoi(rec[col["turn"]])
		if err != nil {
			return nil, fmt.Errorf("%s: line %d: turn %q is not a number", name, line, rec[col["turn"]])
		}
		text := strings.TrimSpace(rec[col["text"]])
		if text == "" || text == "NULL" {
			continue
		}
		if len(text) > kefu.MaxMessageBytes {
			text = truncateUTF8(text, kefu.MaxMessageBytes)
		}
		s.turns = append(s.turns, replayTurn{turn: turn, text: text})
	}
	for _, s := range order {
		sort.SliceStable(s.turns, func(i, j int) bool { return s.turns[i].turn < s.turns[j].turn })
	}
	return order, nil
}

// truncateUTF8 cuts s to at most n bytes on a rune boundary.
func truncateUTF8(s string, n int) string {
	for n > 0 && n < len(s) && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n]
}

// replayResult is the last line of "kefu replay".
type replayResult struct {
	Sessions int                      `json:"sessions"`
	Total    replayCounts             `json:"total"`
	ByIntent map[string]*replayCounts `json:"by_intent"`
	// HandoffReasons counts the hand-offs by their trace reason.
	HandoffReasons map[string]int `json:"handoff_reasons"`
	// Handoff compares "the bot handed the session to a person" with the
	// label, per session (only with --label).
	Handoff *replayHandoff `json:"handoff_vs_label,omitempty"`
	Seconds float64        `json:"seconds"`
}

type replayHandoff struct {
	Label     string  `json:"label"`
	Positives int     `json:"positives"`
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	TN        int     `json:"tn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
}

func runReplay(ctx context.Context, args []string, env *Env) error {
	fs := newFlagSet(env, "replay", "Play real dialogues to the bot, customer turn by customer turn, on the demo shops (or the\n"+
		"configured store with --data/--store), and count what it does: answered, asked to rephrase\n"+
		"(clarified), handed to a person, had no answer, or stayed silent after a hand-off, by intent.\n"+
		"The dialogue CSV has the columns session_id, turn, role (customer turns are replayed) and text.\n"+
		"Progress goes to stderr; the last line of stdout is JSON.")
	cfg, err := setupConfig(fs, env, args)
	if err != nil {
		return err
	}
	dataFile := fs.String("dialogues", "", "dialogue CSV `file` (session_id, turn, role, text)")
	tenant := fs.String("tenant", "globalmart", "shop `ID` the customers write to")
	customer := fs.String("customer", "", "customer external `ID` the sessions are opened as; empty for anonymous visitors")
	label := fs.String("label", "", "session label `column` (0/1) to compare the bot's hand-offs with, e.g. is_transfer")
	clarified := fs.String("clarified", "", "write the clarified and unanswered turns to this CSV `file`")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *dataFile == "" {
		return fmt.Errorf("-dialogues is required")
	}
	f, err := os.Open(*dataFile)
	if err != nil {
		return err
	}
	sessions, err := readReplay(f, *dataFile, *label)
	f.Close()
	if err != nil {
		return err
	}
	app, closeApp, err := openDemoOrStore(ctx, fs, cfg, env, "kefu-replay-")
	if err != nil {
		return err
	}
	defer closeApp()
	var out *csv.Writer
	if *clarified != "" {
		cf, err := os.Create(*clarified)
		if err != nil {
			return err
		}
		defer cf.Close()
		out = csv.NewWriter(cf)
		out.Write([]string{"session_id", "turn", "kind", "intent", "confidence", "text", "reply"})
		defer out.Flush()
	}
	start := time.Now()
	res := replayResult{Sessions: len(sessions), ByIntent: map[string]*replayCounts{}, HandoffReasons: map[string]int{}}
	var ho *replayHandoff
	if *label != "" {
		ho = &replayHandoff{Label: *label}
	}
	for i, s := range sessions {
		conv, _, err := app.Engine.StartConversation(ctx, kefu.StartConversationRequest{TenantID: *tenant, CustomerExternalID: *customer, Channel: "replay"})
		if err != nil {
			return err
		}
		handed := false
		for _, t := range s.turns {
			r, err := app.Engine.PostMessage(ctx, kefu.PostMessageRequest{TenantID: *tenant, ConversationID: conv.ID, Text: t.text})
			if err != nil {
				return fmt.Errorf("session %s turn %d: %w", s.id, t.turn, err)
			}
			kind := replayKind(r)
			intent := "(none)"
			conf := ""
			reply := ""
			if r.Reply != nil && r.Reply.Trace != nil {
				intent, conf, reply = r.Reply.Trace.Intent, strconv.FormatFloat(r.Reply.Trace.Confidence, 'f', 3, 64), r.Reply.Text
			}
			if kind == "silent" {
				intent = "(after hand-off)"
			}
			res.Total.add(kind)
			c := res.ByIntent[intent]
			if c == nil {
				c = &replayCounts{}
				res.ByIntent[intent] = c
			}
			c.add(kind)
			if kind == "handoff" {
				handed = true
				res.HandoffReasons[r.Reply.Trace.Reason]++
			}
			if out != nil && kind != "answered" && kind != "silent" {
				out.Write([]string{s.id, strconv.Itoa(t.turn), kind, intent, conf, t.text, reply})
			}
		}
		if ho != nil {
			switch {
			case handed && s.positive:
				ho.TP++
			case handed:
				ho.FP++
			case s.positive:
				ho.FN++
			default:
				ho.TN++
			}
		}
		if (i+1)%50 == 0 || i+1 == len(sessions) {
			fmt.Fprintf(env.Stderr, "replayed %d/%d sessions (%d turns)\n", i+1, len(sessions), res.Total.Turns)
		}
	}
	if ho != nil {
		ho.Positives = ho.TP + ho.FN
		if ho.TP+ho.FP > 0 {
			ho.Precision = round4(float64(ho.TP) / float64(ho.TP+ho.FP))
		}
		if ho.Positives > 0 {
			ho.Recall = round4(float64(ho.TP) / float64(ho.Positives))
		}
		res.Handoff = ho
	}
	res.Seconds = round4(time.Since(start).Seconds())
	enc := json.NewEncoder(env.Stdout)
	enc.SetEscapeHTML(false)
	return enc.Encode(res)
}
