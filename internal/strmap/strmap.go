// Package strmap encodes and decodes a JSON object of strings (a
// conversation's slots, read and written on every turn) without
// reflection: the common case, keys and values without escapes, is handled
// directly; anything else falls back to encoding/json, so the results are
// always what json.Marshal and json.Unmarshal give.
package strmap

import (
	"encoding/json"
	"slices"
	"strings"
	"unicode/utf8"
)

// Decode decodes s, a JSON object whose values are strings, into a map;
// "" and "null" give nil.
func Decode(s string) (map[string]string, error) {
	if m, ok := fast(s); ok {
		return m, nil
	}
	if s == "" {
		return nil, nil
	}
	var m map[string]string
	if err := json.Unmarshal([]byte(s), &m); err != nil {
		return nil, err
	}
	return m, nil
}

// fast decodes s when it is an object of plain strings (no backslash, no
// control character, valid UTF-8); ok is false for anything else.
func fast(s string) (m map[string]string, ok bool) {
	if s == "" || s == "null" {
		return nil, s != ""
	}
	if strings.IndexByte(s, '\\') >= 0 || !utf8.ValidString(s) {
		return nil, false
	}
	i := skip(s, 0)
	if i >= len(s) || s[i] != '{' {
		return nil, false
	}
	m = make(map[string]string, strings.Count(s, ":"))
	i = skip(s, i+1)
	if i < len(s) && s[i] == '}' {
		return m, skip(s, i+1) == len(s)
	}
	for {
		k, j, ok := str(s, i)
		if !ok {
			return nil, false
		}
		i = skip(s, j)
		if i >= len(s) || s[i] != ':' {
			return nil, false
		}
		v, j, ok := str(s, skip(s, i+1))
		if !ok {
			return nil, false
		}
		m[k] = v
		i = skip(s, j)
		if i >= len(s) {
			return nil, false
		}
		switch s[i] {
		case ',':
			i = skip(s, i+1)
		case '}':
			return m, skip(s, i+1) == len(s)
		default:
			return nil, false
		}
	}
}

// str reads a JSON string without escapes at s[i:]; j is just past it.
func str(s string, i int) (v string, j int, ok bool) {
	if i >= len(s) || s[i] != '"' {
		return "", 0, false
	}
	for j = i + 1; j < len(s); j++ {
		switch c := s[j]; {
		case c == '"':
			return s[i+1 : j], j + 1, true
		case c < 0x20:
			return "", 0, false
		}
	}
	return "", 0, false
}

// skip returns the index of the first non-space byte at or after i.
func skip(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	return i
}

// Encode encodes m as json.Marshal does (keys sorted, the same escapes):
// directly when every key and value is plain text, else through
// encoding/json. A nil map encodes as "null".
func Encode(m map[string]string) (string, error) {
	if m == nil {
		return "null", nil
	}
	keys := make([]string, 0, len(m))
	n := 2
	for k, v := range m {
		if !plain(k) || !plain(v) {
			b, err := json.Marshal(m)
			return string(b), err
		}
		keys = append(keys, k)
		n += len(k) + len(v) + 6
	}
	slices.Sort(keys)
	var b strings.Builder
	b.Grow(n)
	b.WriteByte('{')
	for i, k := range keys {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteByte('"')
		b.WriteString(k)
		b.WriteString(`":"`)
		b.WriteString(m[k])
		b.WriteByte('"')
	}
	b.WriteByte('}')
	return b.String(), nil
}

// plain reports whether json.Marshal writes s unchanged between quotes:
// valid UTF-8 without control characters, quotes, backslashes, the HTML
// characters it escapes (<, >, &) or U+2028 and U+2029.
func plain(s string) bool {
	for _, r := range s {
		switch {
		case r < 0x20, r == '"', r == '\\', r == '<', r == '>', r == '&', r == '\u2028', r == '\u2029', r == utf8.RuneError:
			return false
		}
	}
	return true
}
