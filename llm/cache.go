package llm

import (
	"crypto/sha256"
	"encoding/binary"
	"sync"
	"time"
)

// Cache keeps judged answers of a Grounder for a while, so that the same
// question over the same articles (the shop's FAQ asked again and again)
// is answered at once instead of by the model. Answers are asked for at
// temperature 0, so the model would say the same again. Only judged
// answers are kept (accepted or refused by a check), never an endpoint's
// error or timeout. An article's edit changes the key: its text is part
// of it. Safe for concurrent use.
type Cache struct {
	max int
	ttl time.Duration
	now func() time.Time

	mu sync.Mutex // guards m
	m  map[[32]byte]cached
}

type cached struct {
	a      Answer
	expiry time.Time
}

// NewCache returns a cache of at most max answers, each kept for ttl; a
// nil clock means time.Now. When full it is emptied rather than evicting
// one by one: a rare full reset costs a few model calls.
func NewCache(max int, ttl time.Duration, now func() time.Time) *Cache {
	if now == nil {
		now = time.Now
	}
	return &Cache{max: max, ttl: ttl, now: now, m: map[[32]byte]cached{}}
}

// key hashes everything an answer depends on: the model, the question,
// the language and each article's identity and text.
func cacheKey(model string, req GroundRequest) [32]byte {
	h := sha256.New()
	field := func(s string) {
		var n [8]byte
		binary.LittleEndian.PutUint64(n[:], uint64(len(s)))
		h.Write(n[:])
		h.Write([]byte(s))
	}
	field(model)
	field(req.Question)
	field(req.Language)
	for _, a := range req.Articles {
		field(a.ID)
		field(a.Language)
		field(a.Title)
		field(a.Body)
	}
	var k [32]byte
	h.Sum(k[:0])
	return k
}

func (c *Cache) get(k [32]byte) (Answer, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.m[k]
	if !ok || !c.now().Before(e.expiry) {
		return Answer{}, false
	}
	return e.a, true
}

func (c *Cache) put(k [32]byte, a Answer) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) >= c.max {
		c.m = map[[32]byte]cached{}
	}
	a.Cited = append([]int(nil), a.Cited...)
	c.m[k] = cached{a: a, expiry: c.now().Add(c.ttl)}
}

// Len returns the number of answers held.
func (c *Cache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.m)
}
