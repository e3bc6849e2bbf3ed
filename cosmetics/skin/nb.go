package skin

import "math"

// naiveBayes is a multinomial naive Bayes per skin type over the bag of
// ingredients (each present ingredient counted once), with additive
// smoothing alpha. Ingredients unseen in training are ignored.
type naiveBayes struct {
	prior [NumTypes]float64            // log P(suits) − log P(not)
	llr   map[string][NumTypes]float64 // log P(ing|suits) − log P(ing|not)
}

func fitNB(ps []Product, Y []Labels, alpha float64) *naiveBayes {
	var count [2][NumTypes]map[string]float64
	var total [2][NumTypes]float64
	var docs [2][NumTypes]float64
	for c := range count {
		for t := range count[c] {
			count[c][t] = map[string]float64{}
		}
	}
	vocab := map[string]bool{}
	for i, p := range ps {
		for t := range Type(NumTypes) {
			c := 0
			if Y[i][t] {
				c = 1
			}
			docs[c][t]++
			for _, g := range p.Ingredients {
				count[c][t][g.Name]++
				total[c][t]++
				vocab[g.Name] = true
			}
		}
	}
	m := &naiveBayes{llr: make(map[string][NumTypes]float64, len(vocab))}
	V := float64(len(vocab))
	for t := range Type(NumTypes) {
		m.prior[t] = math.Log((docs[1][t] + 1) / (docs[0][t] + 1))
	}
	for name := range vocab {
		var l [NumTypes]float64
		for t := range l {
			p1 := (count[1][t][name] + alpha) / (total[1][t] + alpha*V)
			p0 := (count[0][t][name] + alpha) / (total[0][t] + alpha*V)
			l[t] = math.Log(p1) - math.Log(p0)
		}
		m.llr[name] = l
	}
	return m
}

func (m *naiveBayes) margins(p *Product) [NumTypes]float64 {
	z := m.prior
	for _, g := range p.Ingredients {
		if l, ok := m.llr[g.Name]; ok {
			for t := range z {
				z[t] += l[t]
			}
		}
	}
	return z
}
