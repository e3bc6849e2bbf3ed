package main

import (
	"context"
	"fmt"
	"os"
	"slices"
	"time"

	"github.com/kefu-ai/kefu/recommend/basket"
)

// runRecommendEvalBaskets is "kefu recommend eval-baskets": choose each
// basket-completion method's settings, and the method, on a held-out part
// of the training file; retrain all three on the whole file; measure them
// on the data file by leave-one-out. Progress goes to stderr, the result
// to stdout as one JSON line.
func runRecommendEvalBaskets(ctx context.Context, args []string, env *Env) error {
	fs := newFlagSet(env, "recommend eval-baskets", "\n\nBasket completion (\"bought together\"): settings and the method are chosen on a held-out fifth\n"+
		"of --train only; then every method is retrained on all of --train and, for each basket of --data\n"+
		"with at least two items, each item is held out in turn and ranked among all catalogue items not\n"+
		"left in the basket. The last line on stdout is one JSON object: {\"method\",\"hit_at_5\",\"hit_at_10\",\n"+
		"\"mrr\",\"n\",\"methods\":{name:{hit_at_5,...,validation_hit_at_5}},\"validation_choice\",\"settings\",...}.\n\n"+
		"CSV format: a header with basket_id and items (names joined by \";\"); n_items and counts are\nchecked when present. See docs/baskets.md.")
	trainPath := fs.String("train", "", "training baskets CSV `file` (required)")
	data := fs.String("data", "", "CSV `file` of baskets to complete (required)")
	method := fs.String("method", string(basket.DefaultMethod), "`method` whose numbers are hit_at_5 etc.: popularity, rules or graph")
	seed := fs.Uint64("seed", 1, "random `seed` of the validation split and the graph model; the same files and seed give the same numbers")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *trainPath == "" || *data == "" {
		fmt.Fprintln(env.Stderr, "kefu recommend eval-baskets: give --train and --data")
		fs.Usage()
		return errUsage
	}
	if !slices.Contains(basket.Methods, basket.Method(*method)) {
		fmt.Fprintf(env.Stderr, "kefu recommend eval-baskets: --method %q is not popularity, rules or graph\n", *method)
		return errUsage
	}
	start := time.Now()
	train, err := readBaskets(*trainPath)
	if err != nil {
		return err
	}
	test, err := readBaskets(*data)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr, "read %d training baskets from %s, %d to complete from %s\n", len(train), *trainPath, len(test), *data)
	sel, err := basket.Select(train, basket.SelectOptions{Seed: *seed,
		Progress: func(s string) { fmt.Fprintln(env.Stderr, s) }})
	if err != nil {
		return fmt.Errorf("%s: %w", *trainPath, err)
	}
	methods := map[string]map[string]any{}
	var shipped basket.Metrics
	for _, m := range basket.Methods {
		if err := ctx.Err(); err != nil {
			return err
		}
		model, err := basket.Train(train, sel.Settings(m))
		if err != nil {
			return fmt.Errorf("%s: %w", *trainPath, err)
		}
		mt := basket.Evaluate(model, test)
		fmt.Fprintf(env.Stderr, "%s: hit@5 %.4f, hit@10 %.4f, MRR %.4f on %d held-out items\n", m, mt.HitAt5, mt.HitAt10, mt.MRR, mt.N)
		methods[string(m)] = map[string]any{"hit_at_5": round4(mt.HitAt5), "hit_at_10": round4(mt.HitAt10),
			"mrr": round4(mt.MRR), "validation_hit_at_5": round4(sel.Validation[m].HitAt5)}
		if m == basket.Method(*method) {
			shipped = mt
		}
	}
	if shipped.N == 0 {
		return fmt.Errorf("%s: no basket with two or more items to hold one out of", *data)
	}
	return writeJSONLine(env.Stdout, map[string]any{
		"dataset": datasetName(*data), "train": datasetName(*trainPath), "method": *method,
		"hit_at_5": round4(shipped.HitAt5), "hit_at_10": round4(shipped.HitAt10), "mrr": round4(shipped.MRR),
		"n": shipped.N, "unknown": shipped.Unknown, "methods": methods,
		"validation_choice": sel.Method, "validation_baskets": sel.Valid,
		"settings": map[string]any{"rules": sel.Rules, "graph": sel.Graph},
		"seed":     *seed, "took_s": round2(time.Since(start).Seconds()),
	})
}

func round4(f float64) float64 { return float64(int64(f*10000+0.5)) / 10000 }

// readBaskets reads a basket CSV; errors name the file and line.
func readBaskets(path string) ([]basket.Basket, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := basket.ReadCSV(f)
	if err != nil {
		return nil, fmt.Errorf("%s %w", path, err)
	}
	return b, nil
}
