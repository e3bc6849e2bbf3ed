package memlimit

import (
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

func TestTarget(t *testing.T) {
	for _, c := range []struct {
		name        string
		floor, live int64
		factor      float64
		want        int64
	}{
		{"small node held at the floor", 100 << 20, 60 << 20, 1.5, 100 << 20},
		{"at the floor exactly", 100 << 20, 100 << 20 * 2 / 3, 1.5, 100 << 20},
		{"large node follows its live memory", 100 << 20, 200 << 20, 1.5, 300 << 20},
		{"rounds up", 10, 7, 1.5, 11},
		{"nothing live", 64 << 20, 0, 1.5, 64 << 20},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := Target(c.floor, c.factor, c.live); got != c.want {
				t.Errorf("Target(%d, %g, %d) = %d, want %d", c.floor, c.factor, c.live, got, c.want)
			}
		})
	}
}

func TestNext(t *testing.T) {
	const floor = 100 << 20
	for _, c := range []struct {
		name        string
		limit, live int64
		want        int64
	}{
		{"small node stays at the floor", floor, 70 << 20, floor},
		{"a moment of more live memory does not move it", floor, 79 << 20, floor},
		{"raised when under a fifth is left", floor, 81 << 20, 81 << 20 * 3 / 2},
		{"a large node's limit stays while its live memory wobbles", 300 << 20, 190 << 20, 300 << 20},
		{"raised again as it grows", 300 << 20, 250 << 20, 375 << 20},
		{"lowered when the target is well below", 300 << 20, 150 << 20, 225 << 20},
		{"lowered back to the floor", 150 << 20, 10 << 20, floor},
		{"not lowered for a little less", 110 << 20, 70 << 20, 110 << 20},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := Next(c.limit, floor, 1.5, c.live); got != c.want {
				t.Errorf("Next(%d, floor, 1.5, %d) = %d, want %d", c.limit, c.live, got, c.want)
			}
		})
	}
}

func TestParseFormat(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int64
		out  string
	}{
		{"100MiB", 100 << 20, "100MiB"},
		{"1GiB", 1 << 30, "1GiB"},
		{"1024MiB", 1 << 30, "1GiB"},
		{"512KiB", 512 << 10, "512KiB"},
		{"2TiB", 2 << 40, "2TiB"},
		{"12345", 12345, "12345B"},
		{"12345B", 12345, "12345B"},
		{" 64MiB ", 64 << 20, "64MiB"},
	} {
		t.Run(c.in, func(t *testing.T) {
			got, err := Parse(c.in)
			if err != nil || got != c.want {
				t.Fatalf("Parse(%q) = %d, %v; want %d", c.in, got, err, c.want)
			}
			if f := Format(got); f != c.out {
				t.Errorf("Format(%d) = %q, want %q", got, f, c.out)
			}
		})
	}
	for _, bad := range []string{"", "off", "100MB", "100 MiB", "-1MiB", "0", "1.5GiB", "99999999999TiB", "MiB"} {
		if n, err := Parse(bad); err == nil {
			t.Errorf("Parse(%q) = %d, want an error", bad, n)
		}
	}
}

// TestFollow follows a live heap that grows past the floor and shrinks
// back, and puts the runtime's limit back when the last Follow stops.
func TestFollow(t *testing.T) {
	const preset = 7 << 30
	old := debug.SetMemoryLimit(preset)
	defer debug.SetMemoryLimit(old)
	runtime.GC()
	floor := Live() + 16<<20
	first, stop := Follow(floor, 1.5, 5*time.Millisecond, nil)
	if first != floor || Current() != floor {
		t.Fatalf("first limit %d, runtime's %d; want the floor %d", first, Current(), floor)
	}
	second, stop2 := Follow(1, 3, time.Hour, nil) // joins: its settings are ignored
	if second != floor {
		t.Errorf("a second Follow returned %d, want the running one's %d", second, floor)
	}
	stop2()
	stop2() // a stop counts once
	if Current() != floor {
		t.Fatalf("after the second Follow stopped, the limit is %d, want %d", Current(), floor)
	}

	// Keep 64 MiB more live: the limit follows it to 1.5 times.
	held := make([]byte, 64<<20)
	for i := range held {
		held[i] = byte(i)
	}
	runtime.GC()
	waitFor(t, "the limit to follow 64 MiB more live", func() bool { return Current() >= Live()*3/2*9/10 && Current() > floor })
	runtime.KeepAlive(held)
	held = nil
	runtime.GC()
	waitFor(t, "the limit to fall back to the floor", func() bool { return Current() == floor })

	stop()
	if got := Current(); got != preset {
		t.Errorf("after the last stop the limit is %d, want the one found, %d", got, preset)
	}
}

func waitFor(t *testing.T, what string, ok func() bool) {
	t.Helper()
	for end := time.Now().Add(5 * time.Second); time.Now().Before(end); time.Sleep(5 * time.Millisecond) {
		if ok() {
			return
		}
	}
	t.Fatalf("timed out waiting for %s (limit %d, live %d)", what, Current(), Live())
}
