package painpoint

import (
	"errors"
	"math"
	"slices"
	"strings"
	"unicode"
)

// NaiveBayes is the baseline: a multinomial naive Bayes classifier over
// the bag of words of the normalised text, with additive (Lidstone)
// smoothing. It reads the text only, never Score or Delivery, so a review
// without text gets the most frequent label. Immutable after
// TrainNaiveBayes.
type NaiveBayes struct {
	lang   string
	labels []string
	prior  []float64            // log P(label)
	logp   map[string][]float64 // log P(word | label)
}

// TrainNaiveBayes fits the baseline with smoothing alpha (≤ 0 means 1) on
// examples, normalising text as Train does for lang ("" means "pt").
func TrainNaiveBayes(examples []Example, alpha float64, lang string) (*NaiveBayes, error) {
	if len(examples) == 0 {
		return nil, errors.New("painpoint: no training examples")
	}
	if alpha <= 0 {
		alpha = 1
	}
	if lang == "" {
		lang = "pt"
	}
	norm, err := sharedNorm()
	if err != nil {
		return nil, err
	}
	nb := &NaiveBayes{lang: lang, logp: map[string][]float64{}}
	for _, e := range examples {
		if !slices.Contains(nb.labels, e.Label) {
			nb.labels = append(nb.labels, e.Label)
		}
	}
	slices.Sort(nb.labels)
	C := len(nb.labels)
	docs := make([]float64, C)
	words := make([]float64, C)
	counts := map[string][]float64{}
	for _, e := range examples {
		c, _ := slices.BinarySearch(nb.labels, e.Label)
		docs[c]++
		l := e.Lang
		if l == "" {
			l = lang
		}
		for _, w := range bagOfWords(norm.Normalize(e.Text, l)) {
			v := counts[w]
			if v == nil {
				v = make([]float64, C)
				counts[w] = v
			}
			v[c]++
			words[c]++
		}
	}
	V := float64(len(counts))
	nb.prior = make([]float64, C)
	for c := range C {
		nb.prior[c] = math.Log(docs[c] / float64(len(examples)))
	}
	for w, v := range counts {
		lp := make([]float64, C)
		for c := range C {
			lp[c] = math.Log((v[c] + alpha) / (words[c] + alpha*V))
		}
		nb.logp[w] = lp
	}
	return nb, nil
}

// bagOfWords splits normalised text into words: runs of letters and
// digits.
func bagOfWords(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// Predict returns the most probable label of r's text.
func (nb *NaiveBayes) Predict(r Review) string {
	norm, _ := sharedNorm() // TrainNaiveBayes loaded it
	z := slices.Clone(nb.prior)
	lang := r.Lang
	if lang == "" {
		lang = nb.lang
	}
	for _, w := range bagOfWords(norm.Normalize(r.Text, lang)) {
		lp, ok := nb.logp[w]
		if !ok {
			continue // a word never seen in training says nothing
		}
		for c := range z {
			z[c] += lp[c]
		}
	}
	best := 0
	for c := range z {
		if z[c] > z[best] {
			best = c
		}
	}
	return nb.labels[best]
}
