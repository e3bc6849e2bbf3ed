// Command compare-bleve measures kefu's own retrieval (package knowledge)
// against bleve on the same data and machine: question matching on the
// Chinese question-pair dev split, and retrieval over 10,000 generated
// multilingual articles. It is a separate module so that bleve never
// enters kefu's go.mod. The last line of its output is JSON; the numbers
// are in docs/knowledge.md ("Measured: kefu's BM25 vs bleve").
//
//	cd scripts/compare-bleve && go run .
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"text/tabwriter"
	"time"

	"github.com/kefu-ai/kefu/knowledge"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "compare-bleve:", err)
		os.Exit(1)
	}
}

// report is the last line of the output.
type report struct {
	GoVersion string         `json:"go"`
	CPUs      int            `json:"cpus"`
	PairsFile string         `json:"pairs_file,omitempty"`
	Pairs     []pairResult   `json:"pairs,omitempty"`
	Engines   []engineResult `json:"retrieval,omitempty"`
	ByLang    []langResult   `json:"retrieval_by_language,omitempty"`
}

func run() error {
	var (
		datasets  = flag.String("datasets", "../../../shared/datasets", "directory holding chinese-question-matching/dev.csv")
		articles  = flag.Int("articles", 10000, "articles to generate for retrieval")
		repeats   = flag.Int("repeats", 5, "timed passes over the retrieval queries")
		doPairs   = flag.Bool("pairs", true, "run the question-matching comparison")
		bleveOnly = flag.Bool("pairs-bleve", true, "include bleve in question matching (slow: ~4 searches a pair)")
		doRetr    = flag.Bool("retrieval", true, "run the retrieval comparison")
		tmp       = flag.String("tmp", "", "directory for bleve's on-disk indexes (default: the system temp dir)")
	)
	flag.Parse()
	dir, err := os.MkdirTemp(*tmp, "compare-bleve-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	logf := func(format string, args ...any) { fmt.Fprintf(os.Stderr, format+"\n", args...) }
	rep := report{GoVersion: runtime.Version(), CPUs: runtime.NumCPU()}

	if *doPairs {
		path := filepath.Join(*datasets, "chinese-question-matching", "dev.csv")
		f, err := os.Open(path)
		if err != nil {
			return fmt.Errorf("question pairs (set -datasets or -pairs=false): %w", err)
		}
		pairs, err := knowledge.ReadPairs(f)
		f.Close()
		if err != nil {
			return err
		}
		rep.PairsFile = path
		start := time.Now()
		if rep.Pairs, err = comparePairs(pairs, pairSystems(dir, *bleveOnly), logf); err != nil {
			return err
		}
		logf("pairs done in %s", time.Since(start).Round(time.Second))
	}

	if *doRetr {
		arts, err := generate(*articles)
		if err != nil {
			return err
		}
		qs := queries(arts)
		engines := append([]engine{kefuEngine(false), kefuEngine(true)}, bleveEngines(dir)...)
		for _, e := range engines {
			res, langs, err := runEngine(e, arts, qs, *repeats)
			if err != nil {
				return err
			}
			logf("retrieval %-45s top1 %.3f top5 %.3f th %.3f zh %.3f p50 %.3fms p99 %.3fms build %.0fms heap %.1fMB",
				res.Engine, res.Top1, res.Top5, res.ThaiTop1, res.ZhTop1, res.P50MS, res.P99MS, res.BuildMS, res.HeapMB)
			rep.Engines = append(rep.Engines, res)
			rep.ByLang = append(rep.ByLang, langs...)
		}
	}

	printTables(rep)
	b, err := json.Marshal(rep)
	if err != nil {
		return err
	}
	fmt.Println(string(b))
	return nil
}

func printTables(rep report) {
	w := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	if len(rep.Pairs) > 0 {
		fmt.Fprintln(w, "QUESTION MATCHING (dev, 2-fold threshold)\tn\taccuracy\tF1\tprecision\trecall\tthresholds")
		for _, r := range rep.Pairs {
			fmt.Fprintf(w, "%s / %s\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f, %.3f\n", r.Group, r.System, r.N, r.Accuracy, r.F1, r.Precision, r.Recall, r.Thresholds[0], r.Thresholds[1])
		}
		fmt.Fprintln(w)
	}
	if len(rep.Engines) > 0 {
		fmt.Fprintln(w, "RETRIEVAL\tarticles\tqueries\ttop-1\ttop-5\tth top-1\tzh top-1\tp50 ms\tp99 ms\tbuild ms\theap MB\tdisk MB")
		for _, r := range rep.Engines {
			fmt.Fprintf(w, "%s\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.0f\t%.1f\t%.1f\n", r.Engine, r.Articles, r.Queries, r.Top1, r.Top5, r.ThaiTop1, r.ZhTop1, r.P50MS, r.P99MS, r.BuildMS, r.HeapMB, r.DiskMB)
		}
		fmt.Fprintln(w)
		fmt.Fprintln(w, "RETRIEVAL BY LANGUAGE\tlang\tkind\tn\ttop-1\ttop-5")
		for _, r := range rep.ByLang {
			fmt.Fprintf(w, "%s\t%s\t%s\t%d\t%.3f\t%.3f\n", r.Engine, r.Lang, r.Kind, r.N, r.Top1, r.Top5)
		}
	}
	w.Flush()
}
