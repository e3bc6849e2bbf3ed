// Package inmem provides in-process adapters for one kefu node: the live
// event bus that fans events out to subscribers (EventService), the
// per-conversation lock (Locker), and an event log kept in memory
// (EventLog) for tests and for running without a store.
package inmem
