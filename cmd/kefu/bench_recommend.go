package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/kefu-ai/kefu"
	tariff "github.com/kefu-ai/kefu/customs"
	"github.com/kefu-ai/kefu/internal/beautysynth"
	"github.com/kefu-ai/kefu/internal/money"
	"github.com/kefu-ai/kefu/nlu"
	"github.com/kefu-ai/kefu/skills/advisor"
	"github.com/kefu-ai/kefu/sqlite"
)

// recommendResult is the last line of "kefu bench --scenario recommend".
type recommendResult struct {
	Scenario string  `json:"scenario"`
	Products int     `json:"products"`
	Reviews  int     `json:"reviews"`
	Orders   int     `json:"orders"`
	N        int     `json:"n"`
	PerSec   float64 `json:"per_s"`
	P50MS    float64 `json:"p50_ms"`
	P99MS    float64 `json:"p99_ms"`
	BuildMS  float64 `json:"build_ms"` // preparing the shop: profiles, reviews, mined rules
	Cards    float64 `json:"cards"`    // share of answers with a products card
	// Slowest is the question with the highest p99, and that p99.
	Slowest   string  `json:"slowest"`
	SlowestMS float64 `json:"slowest_p99_ms"`
}

// recommendQuestions are what the scenario asks, understood once by the
// shipped NLU before timing.
var recommendQuestions = []struct{ text, lang string }{
	{"混油皮夏天用什么粉底液？", "zh"},
	{"敏感肌能用A醇吗？", "zh"},
	{"recommend a moisturizer for dry skin under $30", "en"},
	{"¿qué protector solar me recomiendas para piel grasa?", "es"},
	{"早C晚A怎么搭配", "zh"},
	{"which serum helps with acne and oily skin?", "en"},
	{"a fragrance-free cleanser for sensitive skin", "en"},
	{"can I use retinol while pregnant?", "en"},
	{"what toner for combination skin around 20 euros", "en"},
	{"一款适合干皮冬天用的面霜，300元以内", "zh"},
}

// benchRecommend measures the advisor skill's answers over a made-up
// shop of n products (five reviews each on average, as many orders) in
// SQLite, on one goroutine.
func benchRecommend(ctx context.Context, env *Env, n int, dur, warm time.Duration) error {
	if n < 1 {
		return errors.New("-products must be at least 1")
	}
	dir, err := os.MkdirTemp("", "kefu-bench-recommend-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	db, err := sqlite.Open(ctx, filepath.Join(dir, "kefu.db"), time.Now)
	if err != nil {
		return err
	}
	defer db.Close()
	tenant := &kefu.Tenant{ID: "bench", Name: "Bench", Settings: kefu.TenantSettings{DefaultLanguage: "en", Currency: "EUR",
		CartURL: "https://shop.example/cart/add?sku={sku}"}}
	if err := db.CreateTenant(ctx, tenant); err != nil {
		return err
	}
	cust := &kefu.Customer{TenantID: tenant.ID, ExternalID: "c-1"}
	if err := db.UpsertCustomer(ctx, cust); err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr, "bench recommend: making a shop of %d products…\n", n)
	shop := beautysynth.Make(tenant.ID, n, 5, n, cust.ID, 1)
	if err := shop.Load(ctx, db); err != nil {
		return err
	}
	und, err := nlu.NewDefault(nil, db, time.Now)
	if err != nil {
		return err
	}
	tables, err := tariff.Open()
	if err != nil {
		return err
	}
	skill := &advisor.Skill{Products: db, Reviews: db, Orders: db, Promotions: db, Now: time.Now, TTL: 24 * time.Hour,
		Convert: func(a money.Amount, to money.Currency, at time.Time) (money.Amount, error) {
			b, _, err := tables.Convert(a, to, at)
			return b, err
		}}
	var turns []*kefu.TurnState
	for _, q := range recommendQuestions {
		u, err := und.Understand(ctx, kefu.UnderstandRequest{Tenant: tenant, Text: q.text, Language: q.lang})
		if err != nil {
			return err
		}
		turns = append(turns, &kefu.TurnState{Tenant: tenant, Customer: cust,
			Conversation: &kefu.Conversation{TenantID: tenant.ID, Language: q.lang, Slots: map[string]string{advisor.SlotAsked: advisor.ExpectSkinType}},
			Message:      &kefu.Message{Text: q.text}, Understanding: u})
	}
	t0 := time.Now()
	if _, err := skill.Run(ctx, turns[0]); err != nil {
		return err
	}
	build := time.Since(t0)
	cards := 0
	lat, elapsed, err := timeLoop(ctx, warm, dur, func(i int, measured bool) error {
		res, err := skill.Run(ctx, turns[i%len(turns)])
		if err == nil && measured && len(res.Cards) > 0 {
			cards++
		}
		return err
	})
	if err != nil {
		return err
	}
	if len(lat) == 0 {
		return errors.New("no answer completed")
	}
	per := make([][]time.Duration, len(turns))
	for i, d := range lat {
		per[i%len(turns)] = append(per[i%len(turns)], d)
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	var slowest string
	var slowestP99 time.Duration
	for i, l := range per {
		sort.Slice(l, func(a, b int) bool { return l[a] < l[b] })
		if len(l) > 0 && percentile(l, 0.99) > slowestP99 {
			slowest, slowestP99 = recommendQuestions[i].text, percentile(l, 0.99)
		}
	}
	res := recommendResult{Scenario: "recommend", Slowest: slowest, SlowestMS: ms3(slowestP99), Products: n, Reviews: len(shop.Reviews), Orders: len(shop.Orders), N: len(lat),
		PerSec: round1(float64(len(lat)) / elapsed.Seconds()), P50MS: ms3(percentile(lat, 0.5)), P99MS: ms3(percentile(lat, 0.99)),
		BuildMS: ms3(build), Cards: round2(float64(cards) / float64(len(lat)))}
	fmt.Fprintf(env.Stdout, "bench recommend: %d products, %d reviews, %d orders prepared in %.0f ms; %d answers in %.1fs on one goroutine: %.0f/s; p50 %.3f ms, p99 %.3f ms; %.0f%% with a products card\n",
		res.Products, res.Reviews, res.Orders, res.BuildMS, res.N, elapsed.Seconds(), res.PerSec, res.P50MS, res.P99MS, 100*res.Cards)
	out, _ := json.Marshal(res)
	fmt.Fprintln(env.Stdout, string(out))
	return nil
}
