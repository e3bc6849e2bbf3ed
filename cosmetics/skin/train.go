package skin

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
)

// Family names a model family.
type Family string

// The model families.
const (
	FamilyNB     Family = "nb"     // multinomial naive Bayes on the bag of ingredients: the baseline
	FamilyLogReg Family = "logreg" // L2 logistic regression on ingredients, knowledge and card
)

// Params are one point of the hyperparameter grid.
type Params struct {
	Alpha    float64  // naive Bayes smoothing
	Lambda   float64  // logistic regression L2 strength (per product: the loss is a mean)
	Features Features // logistic regression features
}

func (p Params) String() string {
	if p.Lambda == 0 {
		return "alpha=" + strconv.FormatFloat(p.Alpha, 'g', -1, 64)
	}
	return fmt.Sprintf("lambda=%g features=%s positional=%v", p.Lambda, p.Features.Groups, p.Features.Positional)
}

// Grids used when Options leaves them empty.
var (
	DefaultAlphas  = []float64{0.03, 0.1, 0.3, 1, 3}
	DefaultLambdas = []float64{0.003, 0.01, 0.03, 0.1}
	// DefaultFeatures go from the bag of ingredients to the whole card;
	// a tie keeps the earlier set.
	DefaultFeatures = []Features{
		{Groups: GroupIngredients},
		{Groups: GroupIngredients, Positional: true},
		{Groups: GroupIngredients | GroupKnowledge | GroupCard},
		{Groups: GroupIngredients | GroupKnowledge | GroupCard | GroupBrand},
		{Groups: GroupKnowledge | GroupCard | GroupBrand},
	}
)

// Options control training.
type Options struct {
	Family Family
	Folds  int    // cross-validation folds (default 4)
	Seed   uint64 // shuffles products into folds
	// Grids; empty means the Default ones.
	Alphas   []float64
	Lambdas  []float64
	Features []Features
	// Knowledge for GroupKnowledge; with neither part set the group adds
	// only list length and name-based flags.
	Knowledge Knowledge
	// Progress, if set, receives one line per grid point.
	Progress func(string)
}

// CV is the cross-validation record of the chosen hyperparameters.
type CV struct {
	Folds  int
	Seed   uint64
	Chosen Params
	// AUC per type and their mean, of the pooled out-of-fold predictions.
	AUC   [NumTypes]float64
	Macro float64
	// Tried counts the grid points.
	Tried int
}

// Model predicts suitability per skin type. It is immutable once trained
// and safe for concurrent use.
type Model struct {
	family Family
	params Params
	feat   *featurizer
	lr     *logreg
	nb     *naiveBayes
	cv     CV
}

// Family returns the model's family.
func (m *Model) Family() Family { return m.family }

// CV returns how the hyperparameters were chosen.
func (m *Model) CV() CV { return m.cv }

// Predict returns, per skin type, the probability that p suits it. Naive
// Bayes probabilities rank well but are overconfident.
func (m *Model) Predict(p *Product) [NumTypes]float64 {
	var z [NumTypes]float64
	switch m.family {
	case FamilyNB:
		z = m.nb.margins(p)
	default:
		var buf [128]entry
		z = m.lr.margins(m.feat.vector(p, buf[:0]))
	}
	for t := range z {
		z[t] = sigmoid(z[t])
	}
	return z
}

// Evaluate scores m's predictions on ds.
func (m *Model) Evaluate(ds *Dataset) Report {
	probs := make([][NumTypes]float64, ds.Len())
	for i := range ds.Products {
		probs[i] = m.Predict(&ds.Products[i])
	}
	return Score(probs, ds.Labels)
}

// Train chooses hyperparameters by K-fold cross-validation on ds, then
// fits the model on all of ds. The same data, options and seed give the
// same model.
func Train(ds *Dataset, o Options) (*Model, error) {
	if o.Family == "" {
		o.Family = FamilyLogReg
	}
	if o.Family != FamilyNB && o.Family != FamilyLogReg {
		return nil, fmt.Errorf("skin: unknown model family %q", o.Family)
	}
	if o.Folds == 0 {
		o.Folds = 4
	}
	if o.Folds < 2 || o.Folds > ds.Len() {
		return nil, fmt.Errorf("skin: %d folds for %d products", o.Folds, ds.Len())
	}
	grid := o.grid()
	folds := Folds(ds.Len(), o.Folds, o.Seed)
	best := CV{Folds: o.Folds, Seed: o.Seed, Macro: math.Inf(-1), Tried: len(grid)}
	for _, p := range grid {
		probs := make([][NumTypes]float64, ds.Len())
		for k := range o.Folds {
			var trainIdx, testIdx []int
			for i, f := range folds {
				if f == k {
					testIdx = append(testIdx, i)
				} else {
					trainIdx = append(trainIdx, i)
				}
			}
			m := fit(ds.Subset(trainIdx), o.Family, p, o.Knowledge)
			for _, i := range testIdx {
				probs[i] = m.Predict(&ds.Products[i])
			}
		}
		r := Score(probs, ds.Labels)
		if o.Progress != nil {
			o.Progress(fmt.Sprintf("cv %s %s: macro auc %.4f", o.Family, p, r.Macro))
		}
		if r.Macro > best.Macro {
			best.Chosen, best.AUC, best.Macro = p, r.AUC, r.Macro
		}
	}
	if math.IsInf(best.Macro, -1) {
		return nil, errors.New("skin: no skin type has both suitable and unsuitable products to learn from")
	}
	m := fit(ds, o.Family, best.Chosen, o.Knowledge)
	m.cv = best
	return m, nil
}

func (o *Options) grid() []Params {
	var g []Params
	if o.Family == FamilyNB {
		alphas := o.Alphas
		if len(alphas) == 0 {
			alphas = DefaultAlphas
		}
		for _, a := range alphas {
			g = append(g, Params{Alpha: a})
		}
		return g
	}
	lambdas, feats := o.Lambdas, o.Features
	if len(lambdas) == 0 {
		lambdas = DefaultLambdas
	}
	if len(feats) == 0 {
		feats = DefaultFeatures
	}
	for _, f := range feats {
		for _, l := range lambdas {
			g = append(g, Params{Lambda: l, Features: f})
		}
	}
	return g
}

// fit trains one model with fixed hyperparameters.
func fit(ds *Dataset, fam Family, p Params, know Knowledge) *Model {
	m := &Model{family: fam, params: p}
	if fam == FamilyNB {
		m.nb = fitNB(ds.Products, ds.Labels, p.Alpha)
		return m
	}
	m.feat = newFeaturizer(ds.Products, p.Features, know)
	X := make([][]entry, ds.Len())
	for i := range ds.Products {
		X[i] = m.feat.vector(&ds.Products[i], nil)
	}
	m.lr = fitLogReg(X, ds.Labels, m.feat.dim, p.Lambda)
	return m
}

// Folds assigns n items to k folds of sizes differing by at most one, in
// an order shuffled by seed.
func Folds(n, k int, seed uint64) []int {
	rng := rand.New(rand.NewPCG(seed, 0x5ced))
	perm := rng.Perm(n)
	f := make([]int, n)
	for pos, i := range perm {
		f[i] = pos % k
	}
	return f
}
