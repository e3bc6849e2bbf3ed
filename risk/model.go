package risk

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"slices"
	"time"
)

// Model scores orders. It is immutable: Score is safe for concurrent use.
type Model struct {
	meta     Meta
	family   Family
	enc      encoder
	lr       *logreg    // FamilyLogReg
	gbt      *gbt       // FamilyGBT
	flat     *flatTrees // gbt laid out for scoring
	baseline *logreg    // FamilyGBT: the logistic regression fitted beside it, or nil
}

// Meta describes a model: its family, name, feature schema and how it
// was trained.
type Meta struct {
	Family   Family     `json:"family"`
	Version  string     `json:"version,omitempty"`
	Created  time.Time  `json:"created,omitzero"`
	Features []string   `json:"features"`
	Train    TrainStats `json:"train"`
}

// Meta returns the model's description; the caller may modify it.
func (m *Model) Meta() Meta {
	mt := m.meta
	mt.Features = slices.Clone(mt.Features)
	mt.Train.Candidates = slices.Clone(mt.Train.Candidates)
	return mt
}

// Family returns the model's family.
func (m *Model) Family() Family { return m.family }

// Score returns the probability, in [0, 1], that the order's delivery is
// late. It does not allocate.
func (m *Model) Score(f Features) float64 {
	return sigmoid(m.margin(&f))
}

// margin encodes x in place and returns the log-odds.
func (m *Model) margin(x *Features) float64 {
	m.enc.apply(x)
	if m.flat != nil {
		return m.gbt.base + m.flat.margin(x)
	}
	return m.lr.margin(x)
}

// Baseline returns the logistic regression trained beside a GBT model on
// the same data, sharing its encoding, or nil.
func (m *Model) Baseline() *Model {
	if m.baseline == nil {
		return nil
	}
	b := &Model{meta: m.meta, family: FamilyLogReg, enc: m.enc, lr: m.baseline}
	b.meta.Family = FamilyLogReg
	b.meta.Train.CVAUC = m.meta.Train.BaselineCVAUC
	b.meta.Train.Chosen = fmt.Sprintf("lambda=%g", m.meta.Train.Lambda)
	b.meta.Train.Candidates, b.meta.Train.GBT, b.meta.Train.Trees = nil, nil, 0
	return b
}

// Report is a model's quality on a labelled dataset.
type Report struct {
	N         int     `json:"n"`
	Positives int     `json:"positives"`
	AUC       float64 `json:"auc"`
	LogLoss   float64 `json:"logloss"`
	// AlertRate is the share of orders alerted on (the top scores) and
	// PrecisionAtAlertRate the share of those that were late.
	AlertRate            float64 `json:"alert_rate"`
	PrecisionAtAlertRate float64 `json:"precision_at_alert_rate"`
}

// Evaluate scores every row of ds and measures the scores against its
// labels, alerting on the top rate of orders (AlertRate when 0).
func (m *Model) Evaluate(ds *Dataset, rate float64) Report {
	if rate == 0 {
		rate = AlertRate
	}
	sc := make([]float64, len(ds.X))
	for i, x := range ds.X {
		sc[i] = m.Score(x)
	}
	return Report{
		N: len(sc), Positives: ds.Positives(),
		AUC: round4(AUC(sc, ds.Y)), LogLoss: round4(LogLoss(sc, ds.Y)),
		AlertRate: rate, PrecisionAtAlertRate: round4(PrecisionAt(sc, ds.Y, rate)),
	}
}

// The model file: magic, then [format version, metadata JSON length and
// bytes, family byte, encoder, family body, baseline flag and body, CRC-32
// (IEEE) of all of these]. Integers are little-endian uint32, floats
// float64 bits. Encoder: prior, then per categorical feature a count and
// (code, value) pairs in code order. Logistic body: bias, then mean and
// weight per feature. GBT body: base, tree count, node count, the root of
// each tree, then per node feature (int32, -1 for a leaf), left, right,
// threshold or leaf value.
const (
	magic = "KEFURISK"
	// FormatVersion is the model file format this package writes and reads.
	FormatVersion = 1
	maxFile       = 64 << 20
)

// ErrCorrupt is wrapped by every error Load returns for a file that is not
// a valid model: wrong magic or version, truncated, checksum mismatch,
// inconsistent sizes or a feature schema this build does not have.
var ErrCorrupt = errors.New("risk: corrupt model file")

// Save writes the model.
func (m *Model) Save(w io.Writer) error {
	meta, err := json.Marshal(m.meta)
	if err != nil {
		return fmt.Errorf("risk: save: %w", err)
	}
	var b []byte
	u32 := func(v uint32) { b = binary.LittleEndian.AppendUint32(b, v) }
	f64 := func(v float64) { b = binary.LittleEndian.AppendUint64(b, math.Float64bits(v)) }
	u32(FormatVersion)
	u32(uint32(len(meta)))
	b = append(b, meta...)
	fam := byte(1)
	if m.family == FamilyGBT {
		fam = 2
	}
	b = append(b, fam)
	f64(m.enc.prior)
	for _, t := range m.enc.tables {
		codes := make([]uint32, 0, len(t))
		for c := range t {
			codes = append(codes, c)
		}
		slices.Sort(codes)
		u32(uint32(len(codes)))
		for _, c := range codes {
			u32(c)
			f64(t[c])
		}
	}
	putLR := func(lr *logreg) {
		f64(lr.bias)
		for j := range NumFeatures {
			f64(lr.mean[j])
			f64(lr.w[j])
		}
	}
	if m.family == FamilyGBT {
		g := m.gbt
		f64(g.base)
		u32(uint32(len(g.roots)))
		u32(uint32(len(g.nodes)))
		for _, r := range g.roots {
			u32(uint32(r))
		}
		for _, n := range g.nodes {
			u32(uint32(n.feat))
			u32(uint32(n.left))
			u32(uint32(n.right))
			f64(n.thr)
		}
		if m.baseline != nil {
			b = append(b, 1)
			putLR(m.baseline)
		} else {
			b = append(b, 0)
		}
	} else {
		putLR(m.lr)
	}
	u32(crc32.ChecksumIEEE(b))
	if _, err := io.WriteString(w, magic); err != nil {
		return fmt.Errorf("risk: save: %w", err)
	}
	if _, err := w.Write(b); err != nil {
		return fmt.Errorf("risk: save: %w", err)
	}
	return nil
}

type reader struct {
	b   []byte
	err error
}

func (r *reader) next(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > len(r.b) {
		r.err = fmt.Errorf("%w: truncated", ErrCorrupt)
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *reader) u32() uint32 {
	if b := r.next(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (r *reader) f64() float64 {
	if b := r.next(8); b != nil {
		return math.Float64frombits(binary.LittleEndian.Uint64(b))
	}
	return 0
}

func (r *reader) byte() byte {
	if b := r.next(1); b != nil {
		return b[0]
	}
	return 0
}

// Load reads a model written by Save, refusing (with an error wrapping
// ErrCorrupt) a file that is altered, truncated or inconsistent.
func Load(rd io.Reader) (*Model, error) {
	all, err := io.ReadAll(io.LimitReader(rd, maxFile+1))
	if err != nil {
		return nil, fmt.Errorf("risk: load: %w", err)
	}
	if len(all) > maxFile {
		return nil, fmt.Errorf("%w: larger than %d bytes", ErrCorrupt, maxFile)
	}
	if len(all) < len(magic)+8 || string(all[:len(magic)]) != magic {
		return nil, fmt.Errorf("%w: not a kefu risk model", ErrCorrupt)
	}
	body, sum := all[len(magic):len(all)-4], binary.LittleEndian.Uint32(all[len(all)-4:])
	if crc32.ChecksumIEEE(body) != sum {
		return nil, fmt.Errorf("%w: checksum mismatch", ErrCorrupt)
	}
	r := &reader{b: body}
	if v := r.u32(); v != FormatVersion {
		return nil, fmt.Errorf("%w: format version %d, want %d", ErrCorrupt, v, FormatVersion)
	}
	m := &Model{}
	if err := json.Unmarshal(r.next(int(r.u32())), &m.meta); r.err == nil && err != nil {
		return nil, fmt.Errorf("%w: metadata: %v", ErrCorrupt, err)
	}
	if r.err == nil && !slices.Equal(m.meta.Features, featureNames[:]) {
		return nil, fmt.Errorf("%w: trained on features %v, this build has %v", ErrCorrupt, m.meta.Features, featureNames)
	}
	fam := r.byte()
	m.enc.prior = r.f64()
	for c := range m.enc.tables {
		k := int(r.u32())
		if k > len(r.b)/12 {
			return nil, fmt.Errorf("%w: encoder table of %d entries", ErrCorrupt, k)
		}
		t := make(map[uint32]float64, k)
		for range k {
			code := r.u32()
			t[code] = r.f64()
		}
		m.enc.tables[c] = t
	}
	getLR := func() *logreg {
		lr := &logreg{bias: r.f64()}
		for j := range NumFeatures {
			lr.mean[j] = r.f64()
			lr.w[j] = r.f64()
		}
		return lr
	}
	switch fam {
	case 1:
		m.family, m.lr = FamilyLogReg, getLR()
	case 2:
		m.family = FamilyGBT
		g := &gbt{base: r.f64()}
		nt, nn := int(r.u32()), int(r.u32())
		if nt > len(r.b)/4 || nn > len(r.b)/20 || (nn == 0) != (nt == 0) {
			return nil, fmt.Errorf("%w: %d trees of %d nodes", ErrCorrupt, nt, nn)
		}
		g.roots = make([]int32, nt)
		for i := range g.roots {
			g.roots[i] = int32(r.u32())
		}
		g.nodes = make([]node, nn)
		for i := range g.nodes {
			g.nodes[i] = node{feat: int32(r.u32()), left: int32(r.u32()), right: int32(r.u32()), thr: r.f64()}
		}
		if err := g.check(); r.err == nil && err != nil {
			return nil, err
		}
		m.gbt, m.flat = g, g.flatten()
		if r.byte() == 1 {
			m.baseline = getLR()
		}
	default:
		if r.err == nil {
			return nil, fmt.Errorf("%w: unknown model family %d", ErrCorrupt, fam)
		}
	}
	if r.err != nil {
		return nil, r.err
	}
	if len(r.b) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrCorrupt, len(r.b))
	}
	if m.meta.Family != m.family {
		return nil, fmt.Errorf("%w: metadata says %q, body is %q", ErrCorrupt, m.meta.Family, m.family)
	}
	return m, nil
}

// check verifies that every tree is well formed, so that margin can
// neither index out of range nor loop: a child's index is always greater
// than its parent's and within the nodes, features are in the schema.
func (g *gbt) check() error {
	for t, r := range g.roots {
		if r < 0 || int(r) >= len(g.nodes) {
			return fmt.Errorf("%w: tree %d root %d out of range", ErrCorrupt, t, r)
		}
	}
	for i, n := range g.nodes {
		if n.feat < 0 {
			if n.feat != -1 || math.IsNaN(n.thr) || math.IsInf(n.thr, 0) {
				return fmt.Errorf("%w: bad leaf %d", ErrCorrupt, i)
			}
			continue
		}
		if int(n.feat) >= NumFeatures || n.left <= int32(i) || n.right <= int32(i) ||
			int(n.left) >= len(g.nodes) || int(n.right) >= len(g.nodes) || math.IsNaN(n.thr) {
			return fmt.Errorf("%w: bad node %d", ErrCorrupt, i)
		}
	}
	// Children come after parents, so depthOf terminates; bound the
	// depth, which sizes the scoring layout.
	for t, r := range g.roots {
		if d := g.depthOf(r); d > maxFlatDepth {
			return fmt.Errorf("%w: tree %d is %d deep (at most %d)", ErrCorrupt, t, d, maxFlatDepth)
		}
	}
	return nil
}
