package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// procSample is what kefu bench reads of the server's process when it
// runs on the same machine (Linux /proc): its resident memory, split as
// /proc/PID/status splits it, and the CPU it has used.
type procSample struct {
	RSS, Anon, File int64 // bytes
	CPU             time.Duration
}

// clockTick is the unit of /proc/PID/stat's CPU times (USER_HZ, 100 on
// Linux).
const clockTick = 10 * time.Millisecond

// readProc samples process pid.
func readProc(pid int) (procSample, error) {
	var s procSample
	status, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return s, err
	}
	for _, l := range strings.Split(string(status), "\n") {
		k, v, ok := strings.Cut(l, ":")
		if !ok {
			continue
		}
		var p *int64
		switch k {
		case "VmRSS":
			p = &s.RSS
		case "RssAnon":
			p = &s.Anon
		case "RssFile":
			p = &s.File
		default:
			continue
		}
		kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
		if err != nil {
			return s, fmt.Errorf("/proc/%d/status %s: %w", pid, k, err)
		}
		*p = kb << 10
	}
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return s, err
	}
	// The command name, field 2, is in parentheses and may hold spaces:
	// utime and stime are the 12th and 13th fields after it.
	i := strings.LastIndexByte(string(stat), ')')
	f := strings.Fields(string(stat[i+1:]))
	if i < 0 || len(f) < 13 {
		return s, fmt.Errorf("/proc/%d/stat: unexpected format", pid)
	}
	for _, x := range f[11:13] {
		n, err := strconv.ParseInt(x, 10, 64)
		if err != nil {
			return s, fmt.Errorf("/proc/%d/stat: %w", pid, err)
		}
		s.CPU += time.Duration(n) * clockTick
	}
	return s, nil
}

// addServerSample puts the server's resident memory after the run and
// its CPU per measured turn into res; it leaves them out when the process
// could not be read.
func addServerSample(res *benchResult, before, after procSample, okBefore, okAfter bool, turns int64) {
	if !okAfter {
		return
	}
	mb := func(b int64) float64 { return round1(float64(b) / (1 << 20)) }
	res.ServerRSSMB, res.ServerAnonMB, res.ServerFileMB = mb(after.RSS), mb(after.Anon), mb(after.File)
	if okBefore && turns > 0 {
		res.ServerCPUMSPerTurn = float64((after.CPU-before.CPU)/time.Microsecond) / 1000 / float64(turns)
		res.ServerCPUMSPerTurn = float64(int64(res.ServerCPUMSPerTurn*1000+0.5)) / 1000
	}
}
