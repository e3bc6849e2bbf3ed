// Package sensitive flags customer messages about topics a person must
// handle, whatever the intent: legal threats, health or safety, and fraud
// or payment disputes. It matches cue phrases (data/nlu/sensitive) on the
// normalized text, so that Traditional Chinese, slang and spacing variants
// reduce to the listed forms.
package sensitive

import (
	"fmt"
	"slices"
	"strings"

	sensitivedata "github.com/kefu-ai/kefu/data/nlu/sensitive"
	"github.com/kefu-ai/kefu/internal/phrase"
)

// Topics, in the order Detect reports them (most urgent first).
const (
	Health = "health" // illness, injury, allergic reactions, unsafe products
	Legal  = "legal"  // threats of legal action, consumer authorities
	Fraud  = "fraud"  // unauthorised charges, scams, chargebacks
)

var order = []string{Health, Legal, Fraud}

// Detector finds sensitive topics. It is immutable and safe for
// concurrent use.
type Detector struct {
	cues *phrase.Trie[string]
}

// New loads the shipped cue phrases.
func New() (*Detector, error) { return Parse(sensitivedata.Topics) }

// Parse reads cue phrases in the topics.tsv format (topic, language or
// "*", phrase; tab-separated; # comments). Errors name the line.
func Parse(data string) (*Detector, error) {
	d := &Detector{cues: phrase.New[string]()}
	for i, line := range strings.Split(data, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || strings.TrimSpace(f[2]) == "" {
			return nil, fmt.Errorf("sensitive: line %d: want topic<TAB>language<TAB>phrase", i+1)
		}
		if !slices.Contains(order, f[0]) {
			return nil, fmt.Errorf("sensitive: line %d: unknown topic %q (want one of %v)", i+1, f[0], order)
		}
		lang := f[1]
		if lang == "*" {
			lang = ""
		}
		d.cues.Add(f[2], lang, f[0])
	}
	return d, nil
}

// Detect returns the topics the text touches, most urgent first (health,
// legal, fraud), or nil. lang is the message's language; English cues
// count in every language, as customers mix English in.
func (d *Detector) Detect(text, lang string) []string {
	var buf [4]phrase.Match[string]
	ms := d.cues.FindAll(text, lang, buf[:0])
	if len(ms) == 0 {
		return nil
	}
	var out []string
	for _, t := range order {
		for _, m := range ms {
			if m.Val == t {
				out = append(out, t)
				break
			}
		}
	}
	return out
}
