package advisor_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/beautysynth"
	"github.com/kefu-ai/kefu/skills/advisor"
	"github.com/kefu-ai/kefu/sqlite"
)

// benchShop is a SQLite store with a made-up shop of 5,000 products,
// 25,000 reviews and 5,000 orders, and the skill over it.
func benchShop(b *testing.B) (*advisor.Skill, *kefu.Tenant, *kefu.Customer) {
	b.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "kefu.db"), clock)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	t := &kefu.Tenant{ID: "big", Name: "Big", Settings: kefu.TenantSettings{DefaultLanguage: "en", Currency: "EUR"}}
	if err := db.CreateTenant(ctx, t); err != nil {
		b.Fatal(err)
	}
	c := &kefu.Customer{TenantID: "big", ExternalID: "c-1"}
	if err := db.UpsertCustomer(ctx, c); err != nil {
		b.Fatal(err)
	}
	if err := beautysynth.Make("big", 5000, 5, 5000, c.ID, 1).Load(ctx, db); err != nil {
		b.Fatal(err)
	}
	return newSkill(db), t, c
}

// benchTurns are the questions the benchmarks ask, in turn.
func benchTurns(t *kefu.Tenant, c *kefu.Customer) []*kefu.TurnState {
	return []*kefu.TurnState{
		state(t, c, "en", "which foundation for oily skin in summer?", advisor.IntentRecommend, nil, ent("skin_type", "oily"), ent("season", "summer")),
		state(t, c, "en", "a moisturiser for dry skin under $40", advisor.IntentRecommend, nil, ent("skin_type", "dry"), ent("money", "USD 40")),
		state(t, c, "zh", "敏感肌能用A醇吗？", "skin_advice", nil, ent("skin_type", "sensitive")),
		state(t, c, "zh", "早C晚A怎么搭配", "skin_advice", nil),
		state(t, c, "en", "a fragrance-free serum for acne", advisor.IntentRecommend, nil, ent("skin_concern", "acne"), ent("skin_type", "oily")),
	}
}

// BenchmarkRun is one answer over 5,000 products with the shop's index
// built (what every turn but the first after a change costs).
func BenchmarkRun(b *testing.B) {
	ctx := context.Background()
	s, t, c := benchShop(b)
	turns := benchTurns(t, c)
	if _, err := s.Run(ctx, turns[0]); err != nil {
		b.Fatal(err)
	}
	i := 0
	for b.Loop() {
		if _, err := s.Run(ctx, turns[i%len(turns)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkIndex is preparing a shop of 5,000 products, 25,000 reviews
// and 5,000 orders: reading them, deriving the profiles, mining rules.
func BenchmarkIndex(b *testing.B) {
	ctx := context.Background()
	s, t, c := benchShop(b)
	st := benchTurns(t, c)[0]
	for b.Loop() {
		s.Forget("big")
		if _, err := s.Run(ctx, st); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRunEach is BenchmarkRun per question, to find the slow kind.
func BenchmarkRunEach(b *testing.B) {
	ctx := context.Background()
	s, t, c := benchShop(b)
	for _, st := range benchTurns(t, c) {
		b.Run(st.Message.Text, func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Run(ctx, st); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
