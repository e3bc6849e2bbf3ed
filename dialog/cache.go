package dialog

import (
	"strings"
	"sync"
	"time"
)

// ttlCache is a small map whose entries expire after ttl. When it holds
// max entries it is emptied rather than evicting one by one: it caches
// hot records for seconds, so a rare full reset costs a few reads.
type ttlCache[V any] struct {
	ttl time.Duration
	max int

	mu sync.Mutex // guards m
	m  map[string]ttlEntry[V]
}

type ttlEntry[V any] struct {
	v      V
	expiry time.Time
}

func (c *ttlCache[V]) get(key string, now time.Time) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.m[key]
	if !ok || !now.Before(e.expiry) {
		var zero V
		return zero, false
	}
	return e.v, true
}

func (c *ttlCache[V]) put(key string, v V, now time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= c.max {
		c.m = make(map[string]ttlEntry[V])
	}
	c.m[key] = ttlEntry[V]{v: v, expiry: now.Add(c.ttl)}
}

func (c *ttlCache[V]) drop(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.m, key)
}

// dropPrefix drops every entry whose key starts with prefix.
func (c *ttlCache[V]) dropPrefix(prefix string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for k := range c.m {
		if strings.HasPrefix(k, prefix) {
			delete(c.m, k)
		}
	}
}
