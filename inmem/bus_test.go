package inmem_test

import (
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/bustest"
	"github.com/kefu-ai/kefu/inmem"
)

// The lock and bus contract suites (package bustest) against the
// in-process implementations.

func TestLocker(t *testing.T) {
	bustest.RunLocker(t, func(t *testing.T) func() kefu.Locker {
		l := inmem.NewLocker()
		t.Cleanup(func() {
			if n := l.Len(); n != 0 {
				t.Errorf("%d lock entries left after the test", n)
			}
		})
		return func() kefu.Locker { return l }
	})
}

func TestLive(t *testing.T) {
	bustest.RunLive(t, func(t *testing.T) func() kefu.EventService {
		bus := inmem.NewEventService()
		bus.Buffer = 64
		return func() kefu.EventService { return bus }
	})
}

func TestLog(t *testing.T) {
	bustest.RunLog(t, func(t *testing.T) func() kefu.EventLog {
		l := inmem.NewEventLog(nil)
		return func() kefu.EventLog { return l }
	})
}

func BenchmarkEventLog(b *testing.B) {
	bustest.BenchLog(b, func(b *testing.B) kefu.EventLog { return inmem.NewEventLog(nil) })
}

func BenchmarkLocker(b *testing.B) {
	bustest.BenchLocker(b, func(b *testing.B) func() kefu.Locker {
		l := inmem.NewLocker()
		return func() kefu.Locker { return l }
	})
}
