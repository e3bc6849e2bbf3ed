// Package inmem provides in-process adapters: the default event bus that
// fans events out to subscribers of one kefu node.
package inmem
