package knowledge

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
)

// EvidenceGroup is one task of an evidence-ranking dataset: a question,
// or a dialogue to reply to, with candidate passages graded by
// annotators.
type EvidenceGroup struct {
	ID string
	// Turns is the question alone, or a dialogue's utterances, oldest
	// first, the last one being the one to answer.
	Turns []string
	// Title is the product's name when the candidates come from one
	// product's page; empty otherwise.
	Title      string
	Candidates []string
	// Grades are the candidates' annotated grades (0 = irrelevant).
	Grades []int
}

// QueryMode says which turns of a group make the query.
type QueryMode string

// Query modes.
const (
	// QueryLast is the last turn: the customer's question.
	QueryLast QueryMode = "last"
	// QueryContext is every turn, joined with spaces.
	QueryContext QueryMode = "context"
)

// Query returns the group's query text in mode m.
func (g *EvidenceGroup) Query(m QueryMode) string {
	if len(g.Turns) == 0 {
		return ""
	}
	if m == QueryContext {
		return strings.Join(g.Turns, " ")
	}
	return g.Turns[len(g.Turns)-1]
}

// ReadEPQA reads the ePQA layout (Amazon product questions; columns qid,
// question, candidate, title and label 0, 1 or 2, others ignored): one
// group per qid, in order of first appearance.
func ReadEPQA(r io.Reader) ([]EvidenceGroup, error) {
	return readGroups(r, []string{"qid", "question", "title", "candidate", "label"}, 2,
		func(rec map[string]string, g *EvidenceGroup) (string, error) {
			if len(g.Turns) == 0 {
				g.Turns, g.Title = []string{rec["question"]}, rec["title"]
			}
			return rec["qid"], nil
		})
}

// ReadECD reads the layout of the E-commerce Dialogue Corpus sample
// (Taobao response selection; columns group_id, context_json, a JSON list
// of utterances oldest first, response and label 0 or 1, others
// ignored): one group per group_id, in order of first appearance.
func ReadECD(r io.Reader) ([]EvidenceGroup, error) {
	return readGroups(r, []string{"group_id", "context_json", "response", "label"}, 1,
		func(rec map[string]string, g *EvidenceGroup) (string, error) {
			if len(g.Turns) == 0 {
				if err := json.Unmarshal([]byte(rec["context_json"]), &g.Turns); err != nil {
					return "", fmt.Errorf("column context_json: not a JSON list of strings: %w", err)
				}
			}
			return rec["group_id"], nil
		})
}

// readGroups reads a CSV with the columns need, the last two being the
// candidate and its grade, from 0 to maxGrade;
// fill sets a new group's fields from its first row and returns the
// row's group key.
func readGroups(r io.Reader, need []string, maxGrade int, fill func(map[string]string, *EvidenceGroup) (string, error)) ([]EvidenceGroup, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, errors.New("line 1: no header")
		}
		return nil, fmt.Errorf("line 1: %w", err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))] = i
	}
	for _, n := range need {
		if _, ok := col[n]; !ok {
			return nil, fmt.Errorf("line 1: no column %q", n)
		}
	}
	candCol, gradeCol := need[len(need)-2], need[len(need)-1]
	var groups []EvidenceGroup
	byKey := map[string]int{}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return groups, nil
		}
		if err != nil {
			return nil, err // a csv.ParseError names the line
		}
		line, _ := cr.FieldPos(0)
		row := make(map[string]string, len(need))
		for _, n := range need {
			if col[n] >= len(rec) {
				return nil, fmt.Errorf("line %d: no value in column %s", line, n)
			}
			row[n] = rec[col[n]]
		}
		grade, err := strconv.Atoi(strings.TrimSpace(row[gradeCol]))
		if err != nil || grade < 0 || grade > maxGrade {
			return nil, fmt.Errorf("line %d: column %s: %q is not a grade from 0 to %d", line, gradeCol, row[gradeCol], maxGrade)
		}
		var g EvidenceGroup
		key, err := fill(row, &g)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		i, ok := byKey[key]
		if !ok {
			i = len(groups)
			byKey[key] = i
			g.ID = key
			groups = append(groups, g)
		}
		groups[i].Candidates = append(groups[i].Candidates, row[candCol])
		groups[i].Grades = append(groups[i].Grades, grade)
	}
}

// RankingMetrics are the means over groups of ranking measures; a
// candidate is relevant when its grade reaches the evaluation's
// threshold.
type RankingMetrics struct {
	// Groups is how many groups were measured; Skipped had no relevant
	// candidate.
	Groups, Skipped int
	// NDCG3 is nDCG@3 with the grades as gains, log2 discounts.
	NDCG3 float64
	// Hit1, Hit2 and Hit5 are the shares of groups with a relevant
	// candidate in the top 1, 2 and 5: P@1, and R@k when a group has
	// one relevant candidate.
	Hit1, Hit2, Hit5 float64
	// MRR is the mean reciprocal rank of the first relevant candidate.
	MRR float64
	// RR is each measured group's reciprocal rank, in the groups' order,
	// for paired comparisons of rankers (see SignTest).
	RR []float64
}

// EvaluateRanking ranks each group's candidates with rank and measures the
// orders against the grades; a candidate is relevant when its grade is at
// least relevant, and groups without one are skipped. rank gets the
// candidates shuffled, by seed and the group's ID, and returns their
// order as Rank does: dataset files often list the right candidate
// first, and a ranker that keeps the input order on ties would be
// rewarded for it.
func EvaluateRanking(groups []EvidenceGroup, relevant int, seed uint64, rank func(g *EvidenceGroup, candidates []string) []int) RankingMetrics {
	var m RankingMetrics
	for gi := range groups {
		g := &groups[gi]
		if !slices.ContainsFunc(g.Grades, func(x int) bool { return x >= relevant }) {
			m.Skipped++
			continue
		}
		h := fnv.New64a()
		h.Write([]byte(g.ID))
		perm := rand.New(rand.NewPCG(seed, h.Sum64())).Perm(len(g.Candidates))
		shuffled := make([]string, len(perm))
		for i, p := range perm {
			shuffled[i] = g.Candidates[p]
		}
		order := rank(g, shuffled)
		grades := make([]int, len(order))
		for i, o := range order {
			grades[i] = g.Grades[perm[o]]
		}
		m.Groups++
		m.NDCG3 += ndcg(grades, g.Grades, 3)
		for i, x := range grades {
			if x < relevant {
				continue
			}
			m.MRR += 1 / float64(i+1)
			m.RR = append(m.RR, 1/float64(i+1))
			if i < 1 {
				m.Hit1++
			}
			if i < 2 {
				m.Hit2++
			}
			if i < 5 {
				m.Hit5++
			}
			break
		}
	}
	if m.Groups > 0 {
		n := float64(m.Groups)
		m.NDCG3, m.Hit1, m.Hit2, m.Hit5, m.MRR = m.NDCG3/n, m.Hit1/n, m.Hit2/n, m.Hit5/n, m.MRR/n
	}
	return m
}

// ndcg returns nDCG@k of ranked grades, all being the group's grades in
// any order; 0 when no grade is positive.
func ndcg(ranked, all []int, k int) float64 {
	ideal := slices.Clone(all)
	slices.SortFunc(ideal, func(a, b int) int { return b - a })
	dcg := func(gs []int) float64 {
		var s float64
		for i, g := range gs[:min(k, len(gs))] {
			s += float64(g) / math.Log2(float64(i+2))
		}
		return s
	}
	best := dcg(ideal)
	if best == 0 {
		return 0
	}
	return dcg(ranked) / best
}

// SignTest compares paired scores a and b of the same groups: how many
// groups a scores higher and lower than b, and the two-sided p-value of
// the sign test (ties dropped), the chance of a split at least this
// uneven if neither were better.
func SignTest(a, b []float64) (better, worse int, p float64) {
	for i := range min(len(a), len(b)) {
		switch {
		case a[i] > b[i]:
			better++
		case a[i] < b[i]:
			worse++
		}
	}
	n, k := better+worse, min(better, worse)
	if n == 0 {
		return 0, 0, 1
	}
	// P(X <= k) for X ~ Binomial(n, 1/2), in logs to stay finite.
	var tail float64
	for i := 0; i <= k; i++ {
		lg := lgamma(n+1) - lgamma(i+1) - lgamma(n-i+1) - float64(n)*math.Ln2
		tail += math.Exp(lg)
	}
	return better, worse, min(1, 2*tail)
}

func lgamma(n int) float64 {
	v, _ := math.Lgamma(float64(n))
	return v
}
