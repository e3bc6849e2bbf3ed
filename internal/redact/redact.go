// Package redact removes secrets from what kefu writes to its logs, and a
// customer's personal data from text kefu sends to an outside service
// (Personal, Spans: pii.go).
//
// URLs carry secrets in three places: the userinfo ("nats://user:pass@"),
// query values ("?token=..." on a webhook) and, for some services, the
// path itself (chat webhooks such as /services/T0/B0/<secret>). Log lines
// keep the scheme, the host, the query's parameter names and the shape of
// the path, which is what an operator needs to tell endpoints apart.
package redact

import (
	"errors"
	"net/url"
	"strings"
)

// Mark replaces each redacted part.
const Mark = "REDACTED"

// minSecretSegment is the length from which a path segment that mixes
// letters and digits is taken for a secret.
const minSecretSegment = 16

// URL returns raw without its userinfo, with every query value replaced
// by Mark, without its fragment and with path segments that look like
// secrets (at least minSecretSegment characters, mixing letters and
// digits) replaced by Mark. A string that does not parse as a URL is
// replaced whole: it may be anything.
func URL(raw string) string {
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil {
		return Mark
	}
	if u.Opaque != "" {
		// "mailto:x" or "host:port" parsed as scheme "host": nothing of
		// it can be told from a secret.
		return u.Scheme + ":" + Mark
	}
	if u.User != nil {
		u.User = url.User(Mark)
	}
	if u.RawQuery != "" {
		q := u.Query()
		for k, vs := range q {
			for i := range vs {
				vs[i] = Mark
			}
			q[k] = vs
		}
		u.RawQuery = q.Encode()
	}
	u.Fragment, u.RawFragment = "", ""
	if u.Path != "" {
		segs := strings.Split(u.Path, "/")
		changed := false
		for i, s := range segs {
			if secretLike(s) {
				segs[i] = Mark
				changed = true
			}
		}
		if changed {
			u.Path = strings.Join(segs, "/")
			u.RawPath = ""
		}
	}
	return u.String()
}

// URLList is URL for a comma-separated list of URLs, the form NATS
// clients take for a cluster.
func URLList(list string) string {
	parts := strings.Split(list, ",")
	for i, p := range parts {
		parts[i] = URL(strings.TrimSpace(p))
	}
	return strings.Join(parts, ",")
}

// secretLike reports whether a path segment looks like a token rather
// than a name: long, and mixing letters with digits.
func secretLike(s string) bool {
	if len(s) < minSecretSegment {
		return false
	}
	var letter, digit bool
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
			letter = true
		}
	}
	return letter && digit
}

// Error redacts, in place, the URL of every *url.Error in err's chain
// (net/http's client errors print the whole request URL) and returns
// err. It is meant for errors the caller made and is about to log.
func Error(err error) error {
	for e := err; e != nil; {
		var ue *url.Error
		if !errors.As(e, &ue) {
			break
		}
		ue.URL = URL(ue.URL)
		e = ue.Err
	}
	return err
}
