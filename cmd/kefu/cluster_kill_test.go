package main

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/testenv"
)

// freeAddr returns a loopback address with a port nothing listens on now.
func freeAddr(tb testing.TB) string {
	tb.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// nodeProcess is a kefu node running as a process of its own, so that it
// can be killed.
type nodeProcess struct {
	cmd *exec.Cmd
	url string
	out *syncBuffer
}

// MustStartProcess runs the kefu binary bin with args and env (added to
// this process's) on addr, waits until it answers /healthz, and kills it
// when tb ends.
func MustStartProcess(tb testing.TB, bin string, env []string, addr string, args ...string) *nodeProcess {
	tb.Helper()
	p := &nodeProcess{url: "http://" + addr, out: &syncBuffer{}}
	p.cmd = exec.Command(bin, append(args, "--addr", addr, "--log-level", "error")...)
	p.cmd.Env = append(os.Environ(), env...)
	p.cmd.Stdout, p.cmd.Stderr = p.out, p.out
	if err := p.cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { p.cmd.Process.Kill(); p.cmd.Wait() })
	deadline := time.Now().Add(90 * time.Second)
	for {
		resp, err := http.Get(p.url + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return p
			}
		}
		if time.Now().After(deadline) {
			tb.Fatalf("kefu %s did not start: %s", args[0], p.out.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// post sends one customer message; a transport error or a 5xx is an
// error (the client would retry), a 4xx fails tb.
func postMessage(client *http.Client, base, key, conv, text, id string) (*kefu.TurnResult, error) {
	b, _ := json.Marshal(map[string]string{"text": text, "client_message_id": id})
	req, err := http.NewRequest("POST", base+"/v1/conversations/"+conv+"/messages", bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+key)
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("status %d: %s", resp.StatusCode, data)
	}
	var res kefu.TurnResult
	if err := json.Unmarshal(data, &res); err != nil {
		return nil, err
	}
	return &res, nil
}

// TestClusterKilledNode: two kefu processes on PostgreSQL + NATS; node A
// is killed (SIGKILL) while customers' turns run on it. Each customer's
// client retries what failed on node B with the same client_message_id:
// the conversations go on there at once (A's advisory locks died with its
// connections), and in the end every message was stored once and
// answered once, right after itself.
func TestClusterKilledNode(t *testing.T) {
	if testing.Short() {
		t.Skip("kefu processes on PostgreSQL skipped in -short mode")
	}
	dsn := testenv.PostgresDSN(t)
	natsURL := testenv.NATSURL(t)
	bin := filepath.Join(t.TempDir(), "kefu")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	tag := make([]byte, 6)
	rand.Read(tag)
	env := []string{"KEFU_INGEST=off", "KEFU_NATS_PREFIX=kefutest." + hex.EncodeToString(tag), "KEFU_PROACTIVE_EVERY=0",
		"KEFU_STORE=postgres", "KEFU_POSTGRES_DSN=" + dsn, "KEFU_BUS=nats", "KEFU_NATS_URL=" + natsURL}
	a := MustStartProcess(t, bin, env, freeAddr(t), "demo")
	b := MustStartProcess(t, bin, env, freeAddr(t), "serve")
	var key string
	for _, m := range keyLine.FindAllStringSubmatch(a.out.String(), -1) {
		if m[1] == "globalmart" {
			key = m[2]
		}
	}
	if key == "" {
		t.Fatalf("no key for globalmart from node A:\n%s", a.out.String())
	}

	const customers, after = 6, 5 // posts each on B after the kill
	client := &http.Client{Timeout: 30 * time.Second}
	convs := make([]string, customers)
	for i := range convs {
		convs[i] = newConversation(t, a.url, key)
	}
	var (
		mu       sync.Mutex
		acked    = map[string][]string{} // conversation -> client IDs answered
		retried  int
		stored   int           // retries of a message node A had stored: the turn finished on B
		resumeIn time.Duration // longest wait from the kill to a customer's first answer on B
		killedAt time.Time
	)
	killed := make(chan struct{})
	var wg sync.WaitGroup
	for w, conv := range convs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			onB := 0
			firstOnB := true
			for i := 0; onB < after; i++ {
				id := fmt.Sprintf("k%d-%d", w, i)
				text := benchMessages[(w+i)%len(benchMessages)]
				base := a.url
				select {
				case <-killed:
					base = b.url
				default:
				}
				res, err := postMessage(client, base, key, conv, text, id)
				for err != nil {
					// As a client behind a load balancer: the same
					// message again, to the node that is left.
					if base == b.url {
						if time.Since(killedAt) > 30*time.Second {
							t.Errorf("%s: node B still fails 30 s after the kill: %v", id, err)
							return
						}
						time.Sleep(50 * time.Millisecond)
					}
					<-killed
					mu.Lock()
					retried++
					mu.Unlock()
					base = b.url
					res, err = postMessage(client, base, key, conv, text, id)
					if err == nil && res.Duplicate {
						mu.Lock()
						stored++
						mu.Unlock()
					}
				}
				if res.Message == nil || res.Message.ClientMessageID != id {
					t.Errorf("%s: answered %+v", id, res.Message)
					return
				}
				mu.Lock()
				acked[conv] = append(acked[conv], id)
				if base == b.url {
					if firstOnB {
						resumeIn = max(resumeIn, time.Since(killedAt))
						firstOnB = false
					}
				}
				mu.Unlock()
				if base == b.url {
					onB++
				}
			}
		}()
	}
	// Kill node A once the customers are well under way on it.
	deadline := time.Now().Add(60 * time.Second)
	for {
		mu.Lock()
		n := 0
		for _, ids := range acked {
			n += len(ids)
		}
		mu.Unlock()
		if n >= 4*customers {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("only %d answers from node A in 60 s", n)
		}
		time.Sleep(5 * time.Millisecond)
	}
	mu.Lock()
	killedAt = time.Now()
	mu.Unlock()
	if err := a.cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	close(killed)
	wg.Wait()

	for _, conv := range convs {
		code, body := call(t, "GET", b.url+"/v1/conversations/"+conv+"/messages?limit=200", key, "", nil)
		if code != http.StatusOK {
			t.Fatalf("list: %d %v", code, body)
		}
		raw, _ := json.Marshal(body["messages"])
		var msgs []kefu.Message
		if err := json.Unmarshal(raw, &msgs); err != nil {
			t.Fatal(err)
		}
		seen := map[string]int{}
		answered := map[int64]bool{}
		for i, m := range msgs {
			switch m.Author {
			case kefu.AuthorCustomer:
				seen[m.ClientMessageID]++
			case kefu.AuthorBot:
				if i == 0 || msgs[i-1].ID != m.ReplyTo || answered[m.ReplyTo] {
					t.Errorf("%s: reply %d to %d is not right after the message it answers, or a second one: %s", conv, m.ID, m.ReplyTo, describe(msgs))
				}
				answered[m.ReplyTo] = true
			}
		}
		for _, id := range acked[conv] {
			if seen[id] != 1 {
				t.Errorf("%s: message %s stored %d times", conv, id, seen[id])
			}
		}
		for _, m := range msgs {
			if m.Author == kefu.AuthorCustomer && !answered[m.ID] {
				t.Errorf("%s: message %s (%d) has no reply", conv, m.ClientMessageID, m.ID)
			}
		}
	}
	t.Logf("node A killed under %d customers: %d posts retried on node B (%d of them stored by A before it died); every customer answered on B within %v of the kill; no message lost, doubled or left unanswered",
		customers, retried, stored, resumeIn.Round(time.Millisecond))
}
