package knowledge_test

import (
	"fmt"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu/knowledge"
)

// Invented rows in the ePQA and ECD layouts (columns as in the datasets,
// text made up for the tests).
const (
	epqaCSV = `qid,question,ASIN,candidate,source,qa_pair_id,title,label,answer
7,is the lid dishwasher safe?,B0TEST,"the lid and the jug are dishwasher safe, the base is not",review,1,Brightwave kettle,2,Yes.
7,is the lid dishwasher safe?,B0TEST,the base has a long cord,attribute,2,Brightwave kettle,0,
8,what colour is it?,B0TEST,it comes in grey,bullet,3,Brightwave kettle,1,
`
	ecdCSV = `group_id,orig_split,n_turns,context_json,cand_index,response,label
g1,test_sample,2,"[""在 吗"", ""在 的 亲""]",0,发 什么 快递,1
g1,test_sample,2,"[""在 吗"", ""在 的 亲""]",1,不 包邮 哦,0
`
)

func TestReadEvidence(t *testing.T) {
	tests := []struct {
		name string
		read func(string) ([]knowledge.EvidenceGroup, error)
		in   string
		want []knowledge.EvidenceGroup
	}{
		{"epqa", readEPQA, epqaCSV, []knowledge.EvidenceGroup{
			{ID: "7", Turns: []string{"is the lid dishwasher safe?"}, Title: "Brightwave kettle",
				Candidates: []string{"the lid and the jug are dishwasher safe, the base is not", "the base has a long cord"}, Grades: []int{2, 0}},
			{ID: "8", Turns: []string{"what colour is it?"}, Title: "Brightwave kettle", Candidates: []string{"it comes in grey"}, Grades: []int{1}},
		}},
		{"ecd", readECD, ecdCSV, []knowledge.EvidenceGroup{
			{ID: "g1", Turns: []string{"在 吗", "在 的 亲"}, Candidates: []string{"发 什么 快递", "不 包邮 哦"}, Grades: []int{1, 0}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.read(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestReadEvidenceErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
		read           func(string) ([]knowledge.EvidenceGroup, error)
	}{
		{"empty", "", "line 1: no header", readEPQA},
		{"missing column", "qid,question,candidate,label\n1,q,c,2\n", `line 1: no column "title"`, readEPQA},
		{"bad grade", "qid,question,candidate,title,label\n1,q,c,t,2\n1,q,d,t,3\n", `line 3: column label: "3" is not a grade from 0 to 2`, readEPQA},
		{"ecd grade 2", "group_id,context_json,response,label\ng,[],r,2\n", `line 2: column label: "2" is not a grade from 0 to 1`, readECD},
		{"short row", "qid,question,candidate,title,label\n1,q,c\n", "line 2: no value in column title", readEPQA},
		{"bad context", "group_id,context_json,response,label\ng,not json,r,1\n", "line 2: column context_json: not a JSON list", readECD},
		{"bad quoting", "qid,question,candidate,title,label\n1,\"q,c,t,2\n", "line 2", readEPQA},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.read(tt.in)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestQuery(t *testing.T) {
	g := knowledge.EvidenceGroup{Turns: []string{"在 吗", "在 的 亲", "发 什么 快递"}}
	if got := g.Query(knowledge.QueryLast); got != "发 什么 快递" {
		t.Errorf("last = %q", got)
	}
	if got := g.Query(knowledge.QueryContext); got != "在 吗 在 的 亲 发 什么 快递" {
		t.Errorf("context = %q", got)
	}
	if got := (&knowledge.EvidenceGroup{}).Query(knowledge.QueryLast); got != "" {
		t.Errorf("no turns = %q", got)
	}
}

func TestEvaluateRanking(t *testing.T) {
	// Two groups with grades 0/1/2 (relevant: 2) and one with no 2.
	groups := []knowledge.EvidenceGroup{
		{ID: "a", Candidates: []string{"a0", "a1", "a2"}, Grades: []int{2, 1, 0}},
		{ID: "b", Candidates: []string{"b0", "b1", "b2", "b3", "b4", "b5"}, Grades: []int{0, 0, 0, 0, 0, 2}},
		{ID: "c", Candidates: []string{"c0", "c1"}, Grades: []int{1, 0}},
	}
	// inOrder ranks by the given texts' order, whatever order rank gets.
	inOrder := func(want map[string][]string) func(*knowledge.EvidenceGroup, []string) []int {
		return func(g *knowledge.EvidenceGroup, cands []string) []int {
			var out []int
			for _, w := range want[g.ID] {
				out = append(out, slices.Index(cands, w))
			}
			return out
		}
	}
	l3 := 1 / math.Log2(3)
	tests := []struct {
		name string
		want map[string][]string
		// per measured group: nDCG@3, rank of the first relevant
		ndcg []float64
		rank []int
	}{
		{"ideal", map[string][]string{"a": {"a0", "a1", "a2"}, "b": {"b5", "b0", "b1", "b2", "b3", "b4"}},
			[]float64{1, 1}, []int{1, 1}},
		{"reversed", map[string][]string{"a": {"a2", "a1", "a0"}, "b": {"b0", "b1", "b2", "b3", "b4", "b5"}},
			[]float64{(l3 + 2*0.5) / (2 + l3), 0}, []int{3, 6}},
		{"second", map[string][]string{"a": {"a1", "a0", "a2"}, "b": {"b0", "b5", "b1", "b2", "b3", "b4"}},
			[]float64{(1 + 2*l3) / (2 + l3), l3}, []int{2, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := knowledge.EvaluateRanking(groups, 2, 1, inOrder(tt.want))
			if m.Groups != 2 || m.Skipped != 1 {
				t.Fatalf("groups %d skipped %d, want 2 and 1", m.Groups, m.Skipped)
			}
			var ndcg, mrr, hit1, hit2, hit5 float64
			for i, r := range tt.rank {
				ndcg += tt.ndcg[i] / 2
				mrr += 1 / float64(r) / 2
				for k, h := range map[int]*float64{1: &hit1, 2: &hit2, 5: &hit5} {
					if r <= k {
						*h += 0.5
					}
				}
			}
			got := []float64{m.NDCG3, m.MRR, m.Hit1, m.Hit2, m.Hit5}
			want := []float64{ndcg, mrr, hit1, hit2, hit5}
			for i := range got {
				if math.Abs(got[i]-want[i]) > 1e-9 {
					t.Errorf("nDCG@3, MRR, Hit@1, @2, @5 = %v, want %v", got, want)
					break
				}
			}
			if len(m.RR) != 2 || m.RR[0] != 1/float64(tt.rank[0]) {
				t.Errorf("RR = %v", m.RR)
			}
		})
	}
}

// TestEvaluateRankingShuffles checks that a ranker keeping the input
// order learns nothing from files that list the answer first.
func TestEvaluateRankingShuffles(t *testing.T) {
	var groups []knowledge.EvidenceGroup
	for i := range 200 {
		g := knowledge.EvidenceGroup{ID: fmt.Sprint(i)}
		for j := range 10 {
			g.Candidates = append(g.Candidates, fmt.Sprint(j))
			g.Grades = append(g.Grades, map[bool]int{true: 1}[j == 0])
		}
		groups = append(groups, g)
	}
	identity := func(_ *knowledge.EvidenceGroup, cands []string) []int {
		out := make([]int, len(cands))
		for i := range out {
			out[i] = i
		}
		return out
	}
	m := knowledge.EvaluateRanking(groups, 1, 1, identity)
	if m.Hit1 > 0.2 {
		t.Errorf("input order scores R@1 %.2f, want about 0.1 (chance)", m.Hit1)
	}
	if again := knowledge.EvaluateRanking(groups, 1, 1, identity); again.MRR != m.MRR {
		t.Errorf("same seed, MRR %v then %v", m.MRR, again.MRR)
	}
}

func TestSignTest(t *testing.T) {
	tests := []struct {
		a, b          []float64
		better, worse int
		p             float64
	}{
		{[]float64{1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, make([]float64, 10), 10, 0, 2.0 / 1024},
		{[]float64{1, 0, 0.5}, []float64{0, 1, 0.5}, 1, 1, 1},
		{nil, nil, 0, 0, 1},
		{[]float64{1, 1, 0}, []float64{0, 0, 1}, 2, 1, 1},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.a, tt.b), func(t *testing.T) {
			b, w, p := knowledge.SignTest(tt.a, tt.b)
			if b != tt.better || w != tt.worse || math.Abs(p-tt.p) > 1e-9 {
				t.Errorf("SignTest = %d, %d, %v; want %d, %d, %v", b, w, p, tt.better, tt.worse, tt.p)
			}
		})
	}
}

func FuzzReadEvidence(f *testing.F) {
	f.Add(epqaCSV)
	f.Add(ecdCSV)
	f.Add("qid,question,candidate,title,label\n1,q,c,t,2\n")
	f.Fuzz(func(t *testing.T, in string) {
		for _, read := range []func(string) ([]knowledge.EvidenceGroup, error){readEPQA, readECD} {
			gs, err := read(in)
			if err != nil {
				continue
			}
			for _, g := range gs {
				if len(g.Candidates) != len(g.Grades) || len(g.Candidates) == 0 {
					t.Fatalf("group %q: %d candidates, %d grades", g.ID, len(g.Candidates), len(g.Grades))
				}
			}
		}
	})
}

func readEPQA(s string) ([]knowledge.EvidenceGroup, error) {
	return knowledge.ReadEPQA(strings.NewReader(s))
}
func readECD(s string) ([]knowledge.EvidenceGroup, error) {
	return knowledge.ReadECD(strings.NewReader(s))
}
