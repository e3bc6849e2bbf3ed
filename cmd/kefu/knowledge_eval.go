package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"time"

	"github.com/kefu-ai/kefu/knowledge"
)

// runKnowledge dispatches "kefu knowledge eval" (issue 15: does retrieval
// find the right evidence on real data).
func runKnowledge(ctx context.Context, args []string, env *Env) error {
	const help = "Usage: kefu knowledge <eval> [flags]\n\n" +
		"  eval  rank graded candidate passages (ePQA product questions, ECD dialogue replies) with kefu's\n" +
		"        retrieval and with BM25 alone, choices fitted on a train file, measured on another; last line is JSON\n\n" +
		"Run \"kefu knowledge <command> -h\" for the flags."
	if len(args) == 0 {
		fmt.Fprintln(env.Stderr, help)
		return errUsage
	}
	switch args[0] {
	case "eval":
		return runKnowledgeEval(ctx, args[1:], env)
	case "-h", "--help", "help":
		fmt.Fprintln(env.Stderr, help)
		return nil
	}
	fmt.Fprintf(env.Stderr, "kefu knowledge: unknown command %q\n\n%s\n", args[0], help)
	return errUsage
}

// evidenceFormat is what "kefu knowledge eval" knows of a dataset layout.
type evidenceFormat struct {
	read func(io.Reader) ([]knowledge.EvidenceGroup, error)
	// relevant is the lowest grade that answers the question.
	relevant int
	// queries are the query modes to choose from on train, the a-priori
	// choice first: what the Answerer sees is the customer's last message.
	queries []knowledge.QueryMode
	// titles are RankKefu's title choices, the a-priori one first: only
	// with the candidate as its title does Match compare anything.
	titles []knowledge.Titles
	// metrics names the reported measures of groups of n candidates
	// each (0: sizes vary).
	metrics func(m knowledge.RankingMetrics, n int) map[string]any
	// better reports whether a beats b on train.
	better func(a, b knowledge.RankingMetrics) bool
}

var evidenceFormats = map[string]evidenceFormat{
	"epqa": {
		read: knowledge.ReadEPQA, relevant: 2,
		queries: []knowledge.QueryMode{knowledge.QueryLast},
		titles:  []knowledge.Titles{knowledge.TitlesCandidate, knowledge.TitlesShared, knowledge.TitlesNone},
		metrics: func(m knowledge.RankingMetrics, _ int) map[string]any {
			return map[string]any{"ndcg@3": jsonFloat(m.NDCG3), "p@1": jsonFloat(m.Hit1), "mrr": jsonFloat(m.MRR)}
		},
		better: func(a, b knowledge.RankingMetrics) bool {
			if a.NDCG3 != b.NDCG3 {
				return a.NDCG3 > b.NDCG3
			}
			return a.MRR > b.MRR
		},
	},
	"ecd": {
		read: knowledge.ReadECD, relevant: 1,
		queries: []knowledge.QueryMode{knowledge.QueryLast, knowledge.QueryContext},
		titles:  []knowledge.Titles{knowledge.TitlesCandidate, knowledge.TitlesNone},
		// Recall among n candidates at k: R10@1 on test_sample groups,
		// R2@1 on train_sample pairs (where R2@2 is always 1).
		metrics: func(m knowledge.RankingMetrics, n int) map[string]any {
			out := map[string]any{"mrr": jsonFloat(m.MRR)}
			for k, v := range map[int]float64{1: m.Hit1, 2: m.Hit2, 5: m.Hit5} {
				switch {
				case n == 0:
					out[fmt.Sprintf("r@%d", k)] = jsonFloat(v)
				case k < n:
					out[fmt.Sprintf("r%d@%d", n, k)] = jsonFloat(v)
				}
			}
			return out
		},
		// The train groups have two candidates each, where MRR is
		// 0.5 + 0.5·R@1: MRR alone decides.
		better: func(a, b knowledge.RankingMetrics) bool { return a.MRR > b.MRR },
	},
}

// rankConfig is one ranker with its choices.
type rankConfig struct {
	query knowledge.QueryMode
	opts  knowledge.RankOptions
	idf   string // "candidates" or "train"
}

func (c rankConfig) String() string {
	s := fmt.Sprintf("query=%s", c.query)
	switch c.opts.Ranker {
	case knowledge.RankKefu:
		s += fmt.Sprintf(" titles=%s", c.opts.Titles)
	case knowledge.RankBlend:
		s += fmt.Sprintf(" idf=%s weight=%.1f", c.idf, c.opts.Weight)
	}
	return s
}

// rankerNames is the order in which rankers are reported.
var rankerNames = []knowledge.Ranker{knowledge.RankBM25, knowledge.RankKefu, knowledge.RankBlend}

// runKnowledgeEval is "kefu knowledge eval": for each ranker, the choices
// it has (which turns make the query, what title kefu's articles get, the
// blend's weight and IDF) are made on --train alone, then the chosen
// rankers are measured once on --data.
func runKnowledgeEval(ctx context.Context, args []string, env *Env) error {
	fs := newFlagSet(env, "knowledge eval", "\n\nRanks each group's graded candidates with three rankers and measures them on --data:\n"+
		"  bm25   plain Okapi BM25 (k1 1.2, b 0.75) over the candidates, kefu's tokenizer (the baseline)\n"+
		"  kefu   the Answerer's order: candidates indexed as articles, BM25 top 10 by Hit.Match\n"+
		"  blend  weight x BM25/best BM25 + (1-weight) x IDF-weighted cosine\n"+
		"Each ranker's choices (query: last turn or whole context; kefu's titles; the blend's weight and\n"+
		"IDF from the candidates or the train collection) are made on --train only. Formats:\n"+
		"  epqa  qid,question,candidate,title,label (0/1/2; 2 answers): nDCG@3, P@1, MRR\n"+
		"  ecd   group_id,context_json,response,label (0/1): R10@1, R10@2, R10@5, MRR\n"+
		"Groups without an answering candidate are skipped and counted. Progress goes to stderr; the\n"+
		"last line of stdout is one JSON object: {\"format\",\"groups\",\"skipped\",\"rankers\":{name:{...}}}.\n"+
		"See docs/knowledge.md.")
	format := fs.String("format", "", "dataset `layout`: epqa or ecd (required)")
	train := fs.String("train", "", "CSV `file` the choices are made on (required)")
	data := fs.String("data", "", "CSV `file` to measure on (required)")
	seed := fs.Uint64("seed", 1, "`seed` of the candidate shuffle that hides the files' order from the rankers")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	fm, ok := evidenceFormats[*format]
	if !ok {
		fmt.Fprintf(env.Stderr, "kefu knowledge eval: --format %q is not epqa or ecd\n", *format)
		fs.Usage()
		return errUsage
	}
	if *train == "" || *data == "" {
		fmt.Fprintln(env.Stderr, "kefu knowledge eval: give --train and --data")
		fs.Usage()
		return errUsage
	}
	start := time.Now()
	trainGroups, err := readEvidence(*train, fm)
	if err != nil {
		return err
	}
	dataGroups, err := readEvidence(*data, fm)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr, "read %d groups (%s) from %s, %d (%s) from %s\n",
		len(trainGroups), groupSizes(trainGroups), *train, len(dataGroups), groupSizes(dataGroups), *data)
	trainSize, dataSize := groupSize(trainGroups), groupSize(dataGroups)
	stats := knowledge.NewTextIndex(collection(trainGroups))
	fmt.Fprintf(env.Stderr, "train collection for IDF: %d distinct texts\n", stats.Len())

	measure := func(groups []knowledge.EvidenceGroup, c rankConfig) knowledge.RankingMetrics {
		return knowledge.EvaluateRanking(groups, fm.relevant, *seed, func(g *knowledge.EvidenceGroup, cands []string) []int {
			o := c.opts
			if o.Ranker == knowledge.RankKefu && o.Titles == knowledge.TitlesShared {
				o.Title = g.Title
			}
			return knowledge.Rank(g.Query(c.query), cands, o)
		})
	}
	res := map[string]any{"format": *format, "data": datasetName(*data), "train": datasetName(*train), "seed": *seed}
	rankers := map[string]any{}
	var baseRR, baseTrainRR []float64 // bm25's reciprocal ranks on --data and --train
	for _, r := range rankerNames {
		if err := ctx.Err(); err != nil {
			return err
		}
		var best rankConfig
		var bestM, firstM knowledge.RankingMetrics
		for i, c := range rankGrid(r, fm, stats) {
			m := measure(trainGroups, c)
			vs := ""
			if i == 0 {
				firstM = m
			} else {
				// How far this is from the grid's first choice, to show
				// whether train really decides between them.
				b, w, p := knowledge.SignTest(m.RR, firstM.RR)
				vs = fmt.Sprintf(" (first answer vs the first line: higher in %d, lower in %d, sign p %.3f)", b, w, p)
			}
			fmt.Fprintf(env.Stderr, "train %-5s %-32s %s%s\n", r, c, formatMetrics(fm.metrics(m, trainSize)), vs)
			if i == 0 || fm.better(m, bestM) {
				best, bestM = c, m
			}
		}
		m := measure(dataGroups, best)
		fmt.Fprintf(env.Stderr, "chose %-5s %-32s on %d train groups; on %s: %s\n", r, best, bestM.Groups, datasetName(*data), formatMetrics(fm.metrics(m, dataSize)))
		out := fm.metrics(m, dataSize)
		out["query"] = best.query
		switch r {
		case knowledge.RankKefu:
			out["titles"] = best.opts.Titles
		case knowledge.RankBlend:
			out["weight"], out["idf"] = best.opts.Weight, best.idf
		}
		for k, v := range fm.metrics(bestM, trainSize) {
			out["train_"+k] = v
		}
		if r == knowledge.RankBM25 {
			baseRR, baseTrainRR = m.RR, bestM.RR
		} else {
			b, w, p := knowledge.SignTest(m.RR, baseRR)
			out["vs_bm25"] = map[string]any{"better": b, "worse": w, "sign_p": jsonFloat(p)}
			tb, tw, tp := knowledge.SignTest(bestM.RR, baseTrainRR)
			out["train_vs_bm25"] = map[string]any{"better": tb, "worse": tw, "sign_p": jsonFloat(tp)}
			fmt.Fprintf(env.Stderr, "      %-5s first answer ranked higher than by bm25 in %d groups, lower in %d (sign test p %.3f)\n", r, b, w, p)
		}
		rankers[string(r)] = out
		res["groups"], res["skipped"] = m.Groups, m.Skipped
		res["train_groups"], res["train_skipped"] = bestM.Groups, bestM.Skipped
	}
	res["rankers"] = rankers
	res["took_s"] = round2(time.Since(start).Seconds())
	return writeJSONLine(env.Stdout, res)
}

// rankGrid returns ranker r's configurations to choose from, the a-priori
// choice first (it wins ties).
func rankGrid(r knowledge.Ranker, fm evidenceFormat, stats *knowledge.Index) []rankConfig {
	var grid []rankConfig
	for _, q := range fm.queries {
		switch r {
		case knowledge.RankBM25:
			grid = append(grid, rankConfig{query: q, opts: knowledge.RankOptions{Ranker: r}, idf: "candidates"})
		case knowledge.RankKefu:
			for _, t := range fm.titles {
				grid = append(grid, rankConfig{query: q, opts: knowledge.RankOptions{Ranker: r, Titles: t}, idf: "candidates"})
			}
		case knowledge.RankBlend:
			for _, idf := range []string{"candidates", "train"} {
				for w := 0; w <= 10; w++ {
					c := rankConfig{query: q, opts: knowledge.RankOptions{Ranker: r, Weight: float64(w) / 10}, idf: idf}
					if idf == "train" {
						c.opts.Stats = stats
					}
					grid = append(grid, c)
				}
			}
		}
	}
	return grid
}

func readEvidence(path string, fm evidenceFormat) ([]knowledge.EvidenceGroup, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	gs, err := fm.read(f)
	if err != nil {
		return nil, fmt.Errorf("%s %w", path, err)
	}
	if len(gs) == 0 {
		return nil, fmt.Errorf("%s: no groups", path)
	}
	return gs, nil
}

// collection returns every distinct turn and candidate of groups: the
// texts the train IDF is fitted on.
func collection(groups []knowledge.EvidenceGroup) []string {
	seen := map[string]bool{}
	var out []string
	for _, g := range groups {
		for _, ts := range [][]string{g.Turns, g.Candidates} {
			for _, t := range ts {
				if !seen[t] {
					seen[t] = true
					out = append(out, t)
				}
			}
		}
	}
	return out
}

// groupSizes describes how many candidates the groups have, e.g. "x10".
func groupSizes(groups []knowledge.EvidenceGroup) string {
	n := map[int]int{}
	var sizes []int
	for _, g := range groups {
		if n[len(g.Candidates)] == 0 {
			sizes = append(sizes, len(g.Candidates))
		}
		n[len(g.Candidates)]++
	}
	s := ""
	for i, k := range sizes {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprintf("%d with %d candidates", n[k], k)
	}
	return s
}

// groupSize returns the number of candidates every group has, or 0 when
// sizes vary.
func groupSize(groups []knowledge.EvidenceGroup) int {
	n := len(groups[0].Candidates)
	for _, g := range groups {
		if len(g.Candidates) != n {
			return 0
		}
	}
	return n
}

// formatMetrics prints measures in a fixed order, MRR last.
func formatMetrics(m map[string]any) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		if k != "mrr" {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	s := ""
	for _, k := range append(keys, "mrr") {
		s += fmt.Sprintf(" %s %.4v", k, m[k])
	}
	return s[1:]
}
