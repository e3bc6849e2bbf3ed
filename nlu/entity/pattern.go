package entity

import (
	"regexp"
	"regexp/syntax"
	"sync"
	"sync/atomic"
)

// maxPatternFacts bounds Extractor.facts: tenants' patterns are compiled
// once and reused, so a few hundred entries is plenty; past the bound the
// facts are computed on every call rather than cached without limit.
const maxPatternFacts = 1024

// patternFacts caches, per compiled order pattern, whether every match of
// it contains an ASCII digit. Such a pattern cannot match text without a
// digit, so orders skips the regexp then (most messages have no digit, and
// Go's backtracker scans the whole text even when nothing can match).
type patternFacts struct {
	m sync.Map // *regexp.Regexp → bool
	n atomic.Int32
}

// needsDigit reports whether every string re matches contains a byte in
// '0'–'9'.
func (f *patternFacts) needsDigit(re *regexp.Regexp) bool {
	if v, ok := f.m.Load(re); ok {
		return v.(bool)
	}
	need := false
	if p, err := syntax.Parse(re.String(), syntax.Perl); err == nil {
		need = requiresDigit(p.Simplify())
	}
	if f.n.Load() < maxPatternFacts {
		if _, loaded := f.m.LoadOrStore(re, need); !loaded {
			f.n.Add(1)
		}
	}
	return need
}

// requiresDigit reports whether every string matched by re contains an
// ASCII digit. It answers false whenever it is unsure.
func requiresDigit(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			if '0' <= r && r <= '9' {
				return true
			}
		}
	case syntax.OpCharClass:
		// Rune holds [lo, hi] pairs; an empty class matches nothing, which
		// is not "needs a digit" in any useful sense.
		if len(re.Rune) == 0 {
			return false
		}
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i] < '0' || re.Rune[i+1] > '9' {
				return false
			}
		}
		return true
	case syntax.OpCapture, syntax.OpPlus:
		return requiresDigit(re.Sub[0])
	case syntax.OpRepeat:
		return re.Min >= 1 && requiresDigit(re.Sub[0])
	case syntax.OpConcat:
		for _, s := range re.Sub {
			if requiresDigit(s) {
				return true
			}
		}
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if !requiresDigit(s) {
				return false
			}
		}
		return len(re.Sub) > 0
	}
	return false
}
