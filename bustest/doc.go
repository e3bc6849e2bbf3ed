// Package bustest is the contract test suite of kefu's lock and bus: one
// suite body per interface, run against every implementation (upspin's
// testenv pattern), in-process today and multi-node later:
//
//	func TestLocker(t *testing.T) {
//		bustest.RunLocker(t, func(t *testing.T) func() kefu.Locker {
//			l := inmem.NewLocker()
//			return func() kefu.Locker { return l }
//		})
//	}
//
// Each runner takes an open function that is called once per subtest
// and returns a node function: every call of node returns a handle on the
// same shared backend, as separate kefu nodes would hold (for PostgreSQL,
// a separate connection pool on the same schema). Handles are closed by
// the open function's t.Cleanup.
//
//   - RunLocker checks kefu.Locker: mutual exclusion across handles,
//     independent keys, giving up when the context ends, no reentrancy,
//     idempotent unlock.
//   - RunLive checks kefu.EventService: filters, fan-out to every
//     subscriber, dropping a subscriber that falls behind without blocking
//     Publish, ending with the context.
//   - RunLog checks kefu.EventLog: claim order, leases, once per consumer
//     with several nodes claiming at once, redelivery after a lease runs
//     out, independent consumers, idempotent acks, pruning, and (for logs
//     that are a kefu.Store) appends that commit or roll back with InTx.
//
// The suites sleep for short leases and timeouts (tens of milliseconds);
// they use the real clock, so open logs with time.Now.
package bustest
