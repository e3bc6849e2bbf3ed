package main

import (
	"log/slog"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/compensation"
	tariff "github.com/kefu-ai/kefu/customs"
	"github.com/kefu-ai/kefu/internal/money"
	"github.com/kefu-ai/kefu/knowledge"
	"github.com/kefu-ai/kefu/skills/advisor"
	"github.com/kefu-ai/kefu/skills/aftersales"
	"github.com/kefu-ai/kefu/skills/catalog"
	"github.com/kefu-ai/kefu/skills/customs"
	"github.com/kefu-ai/kefu/skills/faq"
	"github.com/kefu-ai/kefu/skills/freshness"
	"github.com/kefu-ai/kefu/skills/order"
	"github.com/kefu-ai/kefu/skills/refund"
	"github.com/kefu-ai/kefu/strategy"
	"github.com/kefu-ai/kefu/traceability"
)

// skillDeps are the shared services skills are built from.
type skillDeps struct {
	Store    kefu.Store
	Answerer *knowledge.Answerer // knowledge search, shared by every skill that falls back to articles
	Tariffs  *tariff.Tables
	Now      kefu.Clock
	// Trace reads shipments' cold-chain records; TraceLinks makes the
	// links of their report pages.
	Trace      *traceability.Service
	TraceLinks *traceability.Links
	// LLM, when a language model is configured, writes the knowledge
	// skill's answers for shops that opt in; no other skill gets it
	// (docs/llm.md).
	LLM knowledge.Grounder
}

// registerSkills returns the bot's skills, in order, and the name of the
// fallback skill. The order matters: the first skill declaring an intent
// or a slot serves it, and skills that claim turns by their content
// (kefu.Claimer) are asked in this order. Adding a skill is one line here;
// what it serves it declares itself (docs/turn-pipeline.md).
func registerSkills(d skillDeps) (skills []kefu.Skill, fallback string) {
	issuer := &compensation.Issuer{Store: d.Store, Now: d.Now}
	adv := &advisor.Skill{Products: d.Store, Reviews: d.Store, Orders: d.Store, Promotions: d.Store, Now: d.Now}
	if p, ok := d.Store.(kefu.CustomerProfileService); ok {
		adv.Profiles = p
	}
	if d.Tariffs != nil {
		adv.Convert = func(a money.Amount, to money.Currency, at time.Time) (money.Amount, error) {
			b, _, err := d.Tariffs.Convert(a, to, at)
			return b, err
		}
	}
	faqAnswerer := d.Answerer
	if d.LLM != nil {
		a := *d.Answerer
		a.LLM = d.LLM
		faqAnswerer = &a
	}
	return []kefu.Skill{
		&order.Skill{Orders: d.Store},
		&refund.Skill{Compensations: d.Store},
		&aftersales.Skill{Orders: d.Store, Products: d.Store, Now: d.Now, Compensations: issuer},
		&freshness.Skill{Orders: d.Store, Products: d.Store, Trace: d.Trace, Link: d.TraceLinks.Path, Now: d.Now, Compensations: issuer},
		&customs.Skill{Tables: d.Tariffs, Products: d.Store, Orders: d.Store, Knowledge: d.Answerer, Now: d.Now},
		&catalog.Skill{Products: d.Store, Promotions: d.Store, Now: d.Now},
		adv,
		&faq.Skill{Answerer: faqAnswerer, KnownIntents: faq.DefaultIntents}, // last: it claims intents linked from articles
	}, faq.Name
}

// registerStrategies returns the emotion strategies the bot and the
// agents' assist panel run, in their default order; each shop picks from
// them (TenantSettings.Strategies). The satisfaction offer reads the
// shop's promotions from promotions.
func registerStrategies(promotions kefu.PromotionService, now kefu.Clock, logger *slog.Logger) []kefu.Strategy {
	ss := strategy.Default(promotions, now)
	for _, s := range ss {
		if o, ok := s.(*strategy.Offer); ok {
			o.Logger = logger
		}
	}
	return ss
}
