package intent

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"slices"
)

// FormatVersion is the model file format this package writes. Load
// accepts only this version.
const FormatVersion = 1

// magic opens every model file; the gzip stream follows.
const magic = "KEFUNLUI"

// maxPayload bounds the decompressed size Load accepts (a gzip bomb or a
// corrupt length must not exhaust memory).
const maxPayload = 1 << 30

// Save writes the model: magic, then gzip of [format version, metadata
// JSON, rows, classes, row buckets, IDF, int8 scales, int8 weights, bias,
// CRC-32 of all preceding payload bytes]. Integers and floats are
// little-endian.
func (m *Model) Save(w io.Writer) error {
	meta, err := json.Marshal(m.meta)
	if err != nil {
		return fmt.Errorf("intent: save: %w", err)
	}
	C := m.nclass
	nrows := len(m.rowBucket)
	var b bytes.Buffer
	b.Grow(len(meta) + nrows*(C+12) + 64)
	u32 := func(v uint32) { b.Write(binary.LittleEndian.AppendUint32(nil, v)) }
	f32 := func(v float32) { u32(math.Float32bits(v)) }
	u32(FormatVersion)
	u32(uint32(len(meta)))
	b.Write(meta)
	u32(uint32(nrows))
	u32(uint32(C))
	for _, v := range m.rowBucket {
		u32(v)
	}
	for _, v := range m.idf {
		f32(v)
	}
	for _, v := range m.scales {
		f32(v)
	}
	q := make([]byte, C)
	for r := 0; r < nrows; r++ {
		s := m.scales[r]
		for c, v := range m.w[r*C : r*C+C] {
			if s == 0 {
				q[c] = 0
				continue
			}
			q[c] = byte(int8(math.Round(float64(v / s))))
		}
		b.Write(q)
	}
	for _, v := range m.bias {
		f32(v)
	}
	u32(crc32.ChecksumIEEE(b.Bytes()))

	if _, err := io.WriteString(w, magic); err != nil {
		return fmt.Errorf("intent: save: %w", err)
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestSpeed)
	if err != nil {
		return fmt.Errorf("intent: save: %w", err)
	}
	zw.ModTime = m.meta.Created // the gzip header carries no wall clock of its own
	if _, err := zw.Write(b.Bytes()); err != nil {
		return fmt.Errorf("intent: save: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("intent: save: %w", err)
	}
	return nil
}

// ErrCorrupt is wrapped by every error Load returns for a file that is
// not a valid model (bad magic, truncated, checksum mismatch, inconsistent
// sizes).
var ErrCorrupt = errors.New("intent: corrupt model file")

type reader struct {
	b   []byte
	err error
}

func (r *reader) next(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > len(r.b) {
		r.err = fmt.Errorf("%w: truncated (need %d bytes, have %d)", ErrCorrupt, n, len(r.b))
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

func (r *reader) f32s(n int) []float32 {
	b := r.next(4 * n)
	if b == nil {
		return nil
	}
	out := make([]float32, n)
	for i := range out {
		out[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return out
}

// Load reads a model written by Save. It rejects, with an error wrapping
// ErrCorrupt, any file that is truncated, altered or inconsistent.
func Load(rd io.Reader) (*Model, error) {
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(rd, head); err != nil {
		return nil, fmt.Errorf("%w: reading magic: %v", ErrCorrupt, err)
	}
	if string(head) != magic {
		return nil, fmt.Errorf("%w: not a kefu intent model (magic %q)", ErrCorrupt, head)
	}
	zr, err := gzip.NewReader(rd)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	payload, err := io.ReadAll(io.LimitReader(zr, maxPayload+1))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	if len(payload) > maxPayload {
		return nil, fmt.Errorf("%w: payload larger than %d bytes", ErrCorrupt, maxPayload)
	}
	if len(payload) < 8 {
		return nil, fmt.Errorf("%w: payload of %d bytes", ErrCorrupt, len(payload))
	}
	body, sum := payload[:len(payload)-4], binary.LittleEndian.Uint32(payload[len(payload)-4:])
	if crc32.ChecksumIEEE(body) != sum {
		return nil, fmt.Errorf("%w: checksum mismatch", ErrCorrupt)
	}
	r := &reader{b: body}
	if v := r.u32(); v != FormatVersion {
		return nil, fmt.Errorf("%w: format version %d, want %d", ErrCorrupt, v, FormatVersion)
	}
	metaJSON := r.next(int(r.u32()))
	if r.err != nil {
		return nil, r.err
	}
	m := &Model{}
	if err := json.Unmarshal(metaJSON, &m.meta); err != nil {
		return nil, fmt.Errorf("%w: metadata: %v", ErrCorrupt, err)
	}
	o := m.meta.Options
	nrows, C := int(r.u32()), int(r.u32())
	if r.err != nil {
		return nil, r.err
	}
	switch {
	case C < 2 || C != len(m.meta.Labels):
		return nil, fmt.Errorf("%w: %d classes for %d labels", ErrCorrupt, C, len(m.meta.Labels))
	case o.Buckets <= 0 || o.Buckets&(o.Buckets-1) != 0 || o.Buckets > 1<<26:
		return nil, fmt.Errorf("%w: bucket count %d", ErrCorrupt, o.Buckets)
	case nrows > o.Buckets:
		return nil, fmt.Errorf("%w: %d rows for %d buckets", ErrCorrupt, nrows, o.Buckets)
	case len(r.b) != nrows*(12+C)+4*C:
		return nil, fmt.Errorf("%w: %d weight bytes, want %d", ErrCorrupt, len(r.b), nrows*(12+C)+4*C)
	case !(m.meta.Temperature > 0) || math.IsInf(m.meta.Temperature, 0):
		return nil, fmt.Errorf("%w: temperature %v", ErrCorrupt, m.meta.Temperature)
	case o.MultiLabel && len(m.meta.LabelThresholds) != C:
		return nil, fmt.Errorf("%w: %d label thresholds for %d labels", ErrCorrupt, len(m.meta.LabelThresholds), C)
	case o.MultiLabel && len(m.meta.LabelPlatt) != 0 && len(m.meta.LabelPlatt) != 2*C:
		return nil, fmt.Errorf("%w: %d Platt parameters for %d labels", ErrCorrupt, len(m.meta.LabelPlatt), C)
	case len(m.meta.TopPlatt) != 0 && len(m.meta.TopPlatt) != 2:
		return nil, fmt.Errorf("%w: %d top-label Platt parameters", ErrCorrupt, len(m.meta.TopPlatt))
	case o.CharMin < 1 || o.CharMax > 64 || o.DenseMax < 1 || o.DenseMax > 64:
		return nil, fmt.Errorf("%w: n-gram sizes %d-%d, %d", ErrCorrupt, o.CharMin, o.CharMax, o.DenseMax)
	}
	if o.WordWeight == 0 {
		// Files written before Options.WordWeight existed weighed words 1.
		o.WordWeight = 1
		m.meta.Options.WordWeight = 1
	}
	m.nclass = C
	m.rowBucket = make([]uint32, nrows)
	m.rowOf = make([]int32, o.Buckets)
	for i := range m.rowOf {
		m.rowOf[i] = -1
	}
	for i := range m.rowBucket {
		b := r.u32()
		if int(b) >= o.Buckets || (i > 0 && b <= m.rowBucket[i-1]) {
			return nil, fmt.Errorf("%w: row %d bucket %d out of order or range", ErrCorrupt, i, b)
		}
		m.rowBucket[i] = b
		m.rowOf[b] = int32(i)
	}
	m.idf = r.f32s(nrows)
	m.scales = r.f32s(nrows)
	q := r.next(nrows * C)
	m.bias = r.f32s(C)
	if r.err != nil {
		return nil, r.err
	}
	if slices.ContainsFunc(m.idf, notFinite) || slices.ContainsFunc(m.scales, notFinite) || slices.ContainsFunc(m.bias, notFinite) {
		return nil, fmt.Errorf("%w: non-finite parameter", ErrCorrupt)
	}
	m.w = make([]float32, nrows*C)
	for i, v := range q {
		m.w[i] = float32(int8(v)) * m.scales[i/C]
	}
	m.feat = featurizer{
		mask: uint32(o.Buckets - 1), charMin: o.CharMin, charMax: o.CharMax,
		denseMax: o.DenseMax, bigrams: !o.NoBigrams, wordWeight: float32(o.WordWeight), noChars: o.NoChars, pairWindow: o.PairWindow, denseRuns: o.DenseRuns, foldDigits: o.FoldDigits,
	}
	m.finish()
	return m, nil
}

func notFinite(v float32) bool {
	return math.IsNaN(float64(v)) || math.IsInf(float64(v), 0)
}
