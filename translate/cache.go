package translate

import (
	"container/list"
	"sync"
	"time"
)

// Cache is a bounded LRU of translations keyed by tenant, glossary
// version, language pair and text, with an optional time to live. Safe for
// concurrent use.
type Cache struct {
	max int
	ttl time.Duration
	now func() time.Time

	mu sync.Mutex // guards ll and m
	ll *list.List // of *cacheEntry, most recently used first
	m  map[cacheKey]*list.Element
}

type cacheKey struct {
	tenant   string
	version  uint64
	from, to string
	text     string
}

type cacheEntry struct {
	key     cacheKey
	res     Result
	expires time.Time // zero: never
}

// NewCache returns a cache of at most max entries (1024 when max <= 0).
// Entries older than ttl are not served (ttl 0: no expiry). now is the
// clock; time.Now when nil.
func NewCache(max int, ttl time.Duration, now func() time.Time) *Cache {
	if max <= 0 {
		max = 1024
	}
	if now == nil {
		now = time.Now
	}
	return &Cache{max: max, ttl: ttl, now: now, ll: list.New(), m: map[cacheKey]*list.Element{}}
}

// Len returns the number of entries, expired ones included.
func (c *Cache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.ll.Len()
}

func (c *Cache) get(k cacheKey) (Result, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.m[k]
	if !ok {
		return Result{}, false
	}
	e := el.Value.(*cacheEntry)
	if !e.expires.IsZero() && !c.now().Before(e.expires) {
		c.ll.Remove(el)
		delete(c.m, k)
		return Result{}, false
	}
	c.ll.MoveToFront(el)
	return e.res, true
}

func (c *Cache) put(k cacheKey, r Result) {
	var exp time.Time
	if c.ttl > 0 {
		exp = c.now().Add(c.ttl)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.m[k]; ok {
		e := el.Value.(*cacheEntry)
		e.res, e.expires = r, exp
		c.ll.MoveToFront(el)
		return
	}
	c.m[k] = c.ll.PushFront(&cacheEntry{key: k, res: r, expires: exp})
	for c.ll.Len() > c.max {
		el := c.ll.Back()
		c.ll.Remove(el)
		delete(c.m, el.Value.(*cacheEntry).key)
	}
}
