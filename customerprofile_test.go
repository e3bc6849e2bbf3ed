package kefu_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

func TestCustomerProfileResolve(t *testing.T) {
	now := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	day := 24 * time.Hour
	tr := func(value, source string, conf float64, age time.Duration, negated bool) kefu.Trait {
		return kefu.Trait{Kind: kefu.TraitSkinType, Value: value, Source: source, Confidence: conf, Negated: negated, UpdatedAt: now.Add(-age)}
	}
	for _, tc := range []struct {
		name   string
		traits []kefu.Trait
		want   string
	}{
		{"empty", nil, ""},
		{"one chat trait", []kefu.Trait{tr("oily", kefu.SourceChat, 0.75, 0, false)}, "oily 0.75 [chat]"},
		{"a chat trait a half-life old", []kefu.Trait{tr("oily", kefu.SourceChat, 0.8, 120*day, false)}, "oily 0.40 [chat]"},
		{"faded below the threshold", []kefu.Trait{tr("oily", kefu.SourceChat, 0.5, 240*day, false)}, ""},
		{"independent evidence combines", []kefu.Trait{tr("oily", kefu.SourceChat, 0.5, 0, false), tr("oily", kefu.SourceOrder, 0.4, 0, false)},
			"oily 0.70 [chat order]"},
		{"the customer's negation settles", []kefu.Trait{tr("oily", kefu.SourceChat, 0.9, 0, false), tr("oily", kefu.SourceOrder, 0.4, 0, false),
			tr("oily", kefu.SourceCustomer, 1, day, true)}, ""},
		{"the customer's word settles", []kefu.Trait{tr("dry", kefu.SourceCustomer, 1, 400*day, false), tr("oily", kefu.SourceChat, 0.6, 0, false)},
			"dry 1.00 [customer]; oily 0.60 [chat]"},
		{"the newer of the customer's and the agent's words", []kefu.Trait{tr("dry", kefu.SourceCustomer, 1, 2*day, true),
			tr("dry", kefu.SourceAgent, 1, day, false)}, "dry 1.00 [agent]"},
		{"a zero-confidence trait says nothing", []kefu.Trait{tr("oily", kefu.SourceOrder, 0, 0, false)}, ""},
		{"other kinds are ignored", []kefu.Trait{{Kind: kefu.TraitConcern, Value: "acne", Source: kefu.SourceChat, Confidence: 1}}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &kefu.CustomerProfile{Traits: tc.traits}
			got := ""
			for i, b := range p.Resolve(kefu.TraitSkinType, now) {
				if i > 0 {
					got += "; "
				}
				got += fmt.Sprintf("%s %.2f %v", b.Value, b.Strength, b.Sources)
			}
			if got != tc.want {
				t.Errorf("Resolve = %q, want %q", got, tc.want)
			}
		})
	}
}

// BenchmarkResolve resolves every kind of a profile of 40 traits, as
// the console's profile panel does.
func BenchmarkResolve(b *testing.B) {
	now := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	p := &kefu.CustomerProfile{}
	sources := kefu.TraitSources
	for i := range 40 {
		kind := kefu.TraitKinds[i%len(kefu.TraitKinds)]
		value := fmt.Sprint("v", i%5)
		if kind == kefu.TraitSkinType {
			value = kefu.SkinTypes[i%len(kefu.SkinTypes)]
		}
		p.Traits = append(p.Traits, kefu.Trait{Kind: kind, Value: value, Source: sources[i%len(sources)],
			Confidence: 0.3 + float64(i%7)/10, Negated: i%11 == 0, UpdatedAt: now.Add(-time.Duration(i) * 24 * time.Hour)})
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, k := range kefu.TraitKinds {
			p.Resolve(k, now)
		}
	}
}
