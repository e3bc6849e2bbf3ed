package painpoint

import "slices"

// DeliveryGroup summarises the reviews of one delivery state.
type DeliveryGroup struct {
	Delivery string `json:"delivery"`
	Rows     int    `json:"rows"`
	// Scored is how many had a star rating; MeanScore is their mean.
	Scored    int     `json:"scored"`
	MeanScore float64 `json:"mean_score"`
	// LowScores is how many rated 1 or 2 stars.
	LowScores int `json:"low_scores"`
	// Classes counts the rows' Class values ("" for none), Labels their
	// Label values.
	Classes map[string]int `json:"classes"`
	Labels  map[string]int `json:"labels"`
}

// LateReport shows where low scores concentrate.
type LateReport struct {
	Rows int `json:"rows"`
	// Groups are on time, late and not delivered, in that order.
	Groups []DeliveryGroup `json:"groups"`
	// LowScores is how many reviews rated 1–2 stars; LowLate how many of
	// them were of late orders, LowLateShare the share; LateShare is the
	// share of late orders among all rows, for comparison.
	LowScores    int     `json:"low_scores"`
	LowLate      int     `json:"low_late"`
	LowLateShare float64 `json:"low_late_share"`
	LateShare    float64 `json:"late_share"`
	// LowNotDelivered counts 1–2 star reviews of orders never delivered.
	LowNotDelivered int `json:"low_not_delivered"`
}

// AnalyseLate groups rows by delivery state: mean score, 1–2 star counts
// and classes per group, and the share of low scores that were late.
func AnalyseLate(rows []Row) LateReport {
	order := []Delivery{OnTime, Late, NotDelivered}
	rep := LateReport{Rows: len(rows), Groups: make([]DeliveryGroup, len(order))}
	sums := make([]int, len(order))
	for i, d := range order {
		rep.Groups[i] = DeliveryGroup{Delivery: d.String(), Classes: map[string]int{}, Labels: map[string]int{}}
	}
	late := 0
	for _, r := range rows {
		gi := slices.Index(order, r.Delivery)
		if r.Delivery == Late {
			late++
		}
		if gi < 0 {
			continue
		}
		g := &rep.Groups[gi]
		g.Rows++
		g.Classes[r.Class]++
		g.Labels[r.Label]++
		if r.Score > 0 {
			g.Scored++
			sums[gi] += r.Score
		}
		if r.Score == 1 || r.Score == 2 {
			g.LowScores++
			rep.LowScores++
			switch r.Delivery {
			case Late:
				rep.LowLate++
			case NotDelivered:
				rep.LowNotDelivered++
			}
		}
	}
	for i := range rep.Groups {
		if rep.Groups[i].Scored > 0 {
			rep.Groups[i].MeanScore = float64(sums[i]) / float64(rep.Groups[i].Scored)
		}
	}
	if rep.LowScores > 0 {
		rep.LowLateShare = float64(rep.LowLate) / float64(rep.LowScores)
	}
	if len(rows) > 0 {
		rep.LateShare = float64(late) / float64(len(rows))
	}
	return rep
}

// LabelNames are readable English names of the Olist analysts' labels.
var LabelNames = map[string]string{
	"satisfeito_com_pedido":  "satisfied with the order",
	"problemas_de_entrega":   "delivery problem",
	"problemas_de_qualidade": "quality problem",
	"satisfeito":             "satisfied",
	"antes_prazo":            "delivered early",
	"atrasado":               "late",
	"entrega_parcial":        "partial delivery",
	"diferente_do_anunciado": "not as advertised",
	"baixa_qualidade":        "low quality",
	"devolucao":              "return",
	"outro_entrega":          "other delivery problem",
	"outro_pedido":           "other order problem",
}

// LabelName returns the readable name of label, or label itself.
func LabelName(label string) string {
	if n, ok := LabelNames[label]; ok {
		return n
	}
	if label == "" {
		return "(no label)"
	}
	return label
}
