package main

import (
	"os"
	"runtime"
	"testing"
	"time"
)

func TestReadProc(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("reads /proc")
	}
	s, err := readProc(os.Getpid())
	if err != nil {
		t.Fatal(err)
	}
	if s.RSS <= 0 || s.Anon <= 0 || s.File <= 0 || s.Anon+s.File > s.RSS {
		t.Errorf("resident %d bytes, %d anonymous, %d file-backed", s.RSS, s.Anon, s.File)
	}
	// Burn CPU until the process's CPU time moves by at least two ticks.
	for end := time.Now().Add(2 * time.Second); time.Now().Before(end); {
		for i := 0; i < 1e6; i++ {
			_ = i * i
		}
		n, err := readProc(os.Getpid())
		if err != nil {
			t.Fatal(err)
		}
		if n.CPU >= s.CPU+2*clockTick {
			return
		}
	}
	t.Errorf("CPU time stayed at %v after 2s of work", s.CPU)
}

func TestAddServerSample(t *testing.T) {
	before := procSample{CPU: 10 * time.Second}
	after := procSample{RSS: 140 << 20, Anon: 101 << 20, File: 39 << 20, CPU: 22 * time.Second}
	tests := []struct {
		name              string
		okBefore, okAfter bool
		turns             int64
		want              benchResult
	}{
		{"both read", true, true, 15000, benchResult{ServerRSSMB: 140, ServerAnonMB: 101, ServerFileMB: 39, ServerCPUMSPerTurn: 0.8}},
		{"no start", false, true, 15000, benchResult{ServerRSSMB: 140, ServerAnonMB: 101, ServerFileMB: 39}},
		{"no turns", true, true, 0, benchResult{ServerRSSMB: 140, ServerAnonMB: 101, ServerFileMB: 39}},
		{"no process", true, false, 15000, benchResult{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got benchResult
			addServerSample(&got, before, after, tt.okBefore, tt.okAfter, tt.turns)
			if got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}
