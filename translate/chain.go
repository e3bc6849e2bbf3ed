package translate

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
)

var _ Translator = (*Chain)(nil)

// Chain is the Translator the rest of kefu uses. It protects the tenant's
// glossary terms, serves repeated texts from the cache, and tries the
// providers that support the pair in order until one succeeds.
//
// Translate always returns a usable Result: on failure it is the original
// text with Machine false, together with an error the caller shows as a
// notice, coded kefu.ENOTIMPLEMENTED when no provider covers the pair and
// kefu.EUNAVAILABLE when every one that does failed. It never blocks
// longer than Timeout per provider tried, and a panicking provider counts
// as a failed one.
//
// Fields are set before first use and not changed afterwards.
type Chain struct {
	Providers []Translator
	Glossary  *Glossary     // nil: no glossary
	Cache     *Cache        // nil: no cache
	Timeout   time.Duration // per provider attempt; 10s when zero
	Logger    *slog.Logger  // discards when nil
}

// Supports reports whether any provider supports the pair.
func (c *Chain) Supports(from, to string) bool {
	for _, p := range c.Providers {
		if p.Supports(from, to) {
			return true
		}
	}
	return false
}

// Translate translates req; see Chain for the contract.
func (c *Chain) Translate(ctx context.Context, req Request) (Result, error) {
	const op = "translate.Translate"
	from, to := Base(req.From), Base(req.To)
	orig := Result{Text: req.Text, From: from, To: to}
	if strings.TrimSpace(req.Text) == "" || (from == to && from != "") {
		return orig, nil
	}
	if from == "" || to == "" {
		return orig, &kefu.Error{Code: kefu.EINVALID, Op: op, Message: "source or target language unknown"}
	}
	tenant := req.TenantID
	if tenant == "" {
		tenant = kefu.TenantIDFromContext(ctx)
	}
	var key cacheKey
	if c.Cache != nil {
		key = cacheKey{tenant: tenant, from: from, to: to, text: req.Text}
		if c.Glossary != nil {
			key.version = c.Glossary.Version(tenant)
		}
		if r, ok := c.Cache.get(key); ok {
			r.Cached = true
			return r, nil
		}
	}
	text, prot := c.Glossary.Protect(tenant, from, to, req.Text)
	var errs []error
	tried := 0
	for _, p := range c.Providers {
		if !p.Supports(from, to) {
			continue
		}
		tried++
		r, err := c.try(ctx, p, Request{Text: text, From: from, To: to, TenantID: tenant})
		if err == nil && strings.TrimSpace(r.Text) == "" {
			err = errors.New("empty translation")
		}
		if err != nil {
			c.logger().Warn("translation provider failed", slog.String("provider", fmt.Sprintf("%T", p)),
				slog.String("from", from), slog.String("to", to), slog.Any("err", err))
			errs = append(errs, err)
			if ctx.Err() != nil {
				break
			}
			continue
		}
		res := Result{Text: prot.Restore(r.Text), From: from, To: to, Provider: r.Provider, Machine: true}
		if c.Cache != nil {
			c.Cache.put(key, res)
		}
		return res, nil
	}
	if tried == 0 {
		return orig, errNoPair(op, from, to)
	}
	return orig, &kefu.Error{Code: kefu.EUNAVAILABLE, Op: op, Message: "machine translation is unavailable", Err: errors.Join(errs...)}
}

// try calls one provider under the per-attempt timeout. A panic becomes
// an error, and a provider that ignores its context is abandoned (its
// goroutine finishes on its own) when the timeout passes.
func (c *Chain) try(ctx context.Context, p Translator, req Request) (Result, error) {
	d := c.Timeout
	if d <= 0 {
		d = 10 * time.Second
	}
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	type answer struct {
		r   Result
		err error
	}
	ch := make(chan answer, 1)
	go func() {
		defer func() {
			if v := recover(); v != nil {
				ch <- answer{err: fmt.Errorf("provider panicked: %v", v)}
			}
		}()
		r, err := p.Translate(ctx, req)
		ch <- answer{r, err}
	}()
	select {
	case a := <-ch:
		return a.r, a.err
	case <-ctx.Done():
		return Result{}, &kefu.Error{Code: kefu.EUNAVAILABLE, Message: "translation timed out", Err: ctx.Err()}
	}
}

func (c *Chain) logger() *slog.Logger {
	if c.Logger != nil {
		return c.Logger
	}
	return slog.New(slog.DiscardHandler)
}
