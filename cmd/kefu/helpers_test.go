package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"regexp"
	"runtime/pprof"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for a command writing while a test reads.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// testEnv returns an Env with captured output and an environment of only
// the given variables.
func testEnv(stdin string, vars map[string]string) (*Env, *syncBuffer, *syncBuffer) {
	out, errOut := &syncBuffer{}, &syncBuffer{}
	return &Env{
		Stdin:  strings.NewReader(stdin),
		Stdout: out,
		Stderr: errOut,
		Getenv: func(k string) string { return vars[k] },
	}, out, errOut
}

// goroutines returns the stacks of every goroutine, for a test to say
// where a command that did not stop is waiting.
func goroutines() string {
	var b strings.Builder
	_ = pprof.Lookup("goroutine").WriteTo(&b, 2)
	return b.String()
}

// demo is a running "kefu demo" on a loopback port.
type demo struct {
	URL  string
	Keys map[string]string // tenant -> API key
	Data string            // the data directory
}

var keyLine = regexp.MustCompile(`API key for (\S+):\s+(kefu_\S+)`)

// MustStartDemo runs the real "kefu demo" command (the real wiring, a
// fresh SQLite data directory, the demo shops) on 127.0.0.1:0 and stops it
// when the test ends.
func MustStartDemo(tb testing.TB, extra ...string) *demo {
	tb.Helper()
	env, out, errOut := testEnv("", nil)
	ready := make(chan string, 1)
	env.Ready = func(url string) { ready <- url }
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	data := tb.TempDir()
	args := append([]string{"demo", "--addr", "127.0.0.1:0", "--data", data, "--log-level", "error"}, extra...)
	go func() { done <- Run(ctx, args, env) }()
	tb.Cleanup(func() {
		cancel()
		select {
		case <-done:
		case <-time.After(15 * time.Second):
			tb.Errorf("kefu demo did not stop; goroutines:\n%s", goroutines())
		}
	})
	var url string
	select {
	case url = <-ready:
	case code := <-done:
		tb.Fatalf("kefu demo exited with %d: %s", code, errOut.String())
	case <-time.After(30 * time.Second):
		tb.Fatalf("kefu demo did not start: %s", errOut.String())
	}
	d := &demo{URL: url, Keys: map[string]string{}, Data: data}
	for _, m := range keyLine.FindAllStringSubmatch(out.String(), -1) {
		d.Keys[m[1]] = m[2]
	}
	if d.Keys["globalmart"] == "" {
		tb.Fatalf("no API key for globalmart in the demo's output:\n%s", out.String())
	}
	return d
}

// MustStartNode runs "kefu <args>" (serve or demo, on 127.0.0.1:0) with
// only the given environment variables, as one node of a cluster test,
// and stops it when the test ends. Keys holds the API keys a demo node
// printed.
func MustStartNode(tb testing.TB, vars map[string]string, args ...string) *demo {
	tb.Helper()
	env, out, errOut := testEnv("", vars)
	ready := make(chan string, 1)
	env.Ready = func(url string) { ready <- url }
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	args = append(args, "--addr", "127.0.0.1:0", "--log-level", "error")
	go func() { done <- Run(ctx, args, env) }()
	tb.Cleanup(func() {
		cancel()
		select {
		case <-done:
		case <-time.After(15 * time.Second):
			tb.Errorf("kefu %s did not stop; goroutines:\n%s", args[0], goroutines())
		}
	})
	d := &demo{Keys: map[string]string{}}
	select {
	case d.URL = <-ready:
	case code := <-done:
		tb.Fatalf("kefu %s exited with %d: %s", args[0], code, errOut.String())
	case <-time.After(60 * time.Second):
		tb.Fatalf("kefu %s did not start: %s", args[0], errOut.String())
	}
	for _, m := range keyLine.FindAllStringSubmatch(out.String(), -1) {
		d.Keys[m[1]] = m[2]
	}
	return d
}

// call sends a request and decodes the JSON answer into a generic map.
func call(tb testing.TB, method, url, key, contentType string, body io.Reader) (int, map[string]any) {
	tb.Helper()
	req, err := http.NewRequest(method, url, body)
	if err != nil {
		tb.Fatal(err)
	}
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		tb.Fatal(err)
	}
	var out map[string]any
	if len(data) > 0 {
		if err := json.Unmarshal(data, &out); err != nil {
			tb.Fatalf("%s %s: status %d, body is not JSON: %q", method, url, resp.StatusCode, data)
		}
	}
	return resp.StatusCode, out
}

// callJSON marshals v and sends it as application/json.
func callJSON(tb testing.TB, method, url, key string, v any) (int, map[string]any) {
	tb.Helper()
	var body io.Reader
	if v != nil {
		b, err := json.Marshal(v)
		if err != nil {
			tb.Fatal(err)
		}
		body = bytes.NewReader(b)
	}
	return call(tb, method, url, key, "application/json", body)
}

// str digs a string out of decoded JSON by a path of keys.
func str(v any, path ...string) string {
	for _, p := range path {
		m, ok := v.(map[string]any)
		if !ok {
			return ""
		}
		v = m[p]
	}
	s, _ := v.(string)
	return s
}
