package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReplay plays a small dialogue file to the demo shop and checks the
// counts, the hand-off comparison with the label and the clarified file.
func TestReplay(t *testing.T) {
	clar := filepath.Join(t.TempDir(), "clarified.csv")
	env, out, errOut := testEnv("", nil)
	args := []string{"replay", "--dialogues", "testdata/replay.csv", "--customer", "c-1001", "--label", "is_transfer", "--clarified", clar}
	if code := Run(context.Background(), args, env); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	var res replayResult
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &res); err != nil {
		t.Fatalf("%v: %q", err, out)
	}
	// s1: tracking answered, thanks answered; s2: hand-off asked, then
	// silent; s3 (turns sorted): greeting answered, gibberish clarified.
	want := replayCounts{Turns: 6, Answered: 3, Clarified: 1, Handoff: 1, Silent: 1}
	if res.Sessions != 3 || res.Total != want {
		t.Errorf("sessions %d, total %+v, want 3 and %+v", res.Sessions, res.Total, want)
	}
	if c := res.ByIntent["track_order"]; c == nil || c.Answered != 1 {
		t.Errorf("track_order: %+v", c)
	}
	h := res.Handoff
	if h == nil || h.TP != 1 || h.FP != 0 || h.FN != 0 || h.TN != 2 || h.Precision != 1 || h.Recall != 1 {
		t.Errorf("hand-off vs label: %+v", h)
	}
	if res.HandoffReasons["customer_asked"] != 1 {
		t.Errorf("reasons %v", res.HandoffReasons)
	}
	b, err := os.ReadFile(clar)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "qwzx vbnm plok") || strings.Contains(string(b), "10023") {
		t.Errorf("clarified file:\n%s", b)
	}
	if !strings.Contains(errOut.String(), "replayed 3/3 sessions") {
		t.Errorf("no progress on stderr: %q", errOut)
	}
}

func TestReplayBadInput(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct{ name, csv, want string }{
		{"no text column", "session_id,turn,role\ns,1,customer\n", `no "text" column`},
		{"bad turn", "session_id,turn,role,text,is_transfer\ns,x,customer,hi,0\n", `line 2: turn "x" is not a number`},
		{"bad label", "session_id,turn,role,text,is_transfer\ns,1,customer,hi,maybe\n", `line 2: is_transfer "maybe" is not 0 or 1`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "_")+".csv")
			if err := os.WriteFile(p, []byte(tt.csv), 0o600); err != nil {
				t.Fatal(err)
			}
			env, _, errOut := testEnv("", nil)
			if code := Run(context.Background(), []string{"replay", "--dialogues", p, "--label", "is_transfer"}, env); code == 0 || !strings.Contains(errOut.String(), tt.want) {
				t.Errorf("exit %d, stderr %q, want %q", code, errOut, tt.want)
			}
		})
	}
}
