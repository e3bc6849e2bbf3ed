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
// accepts it and versions 1, which had no hidden-layer model (2 appends
// one, possibly of width 0, after the linear model's bias), and 2, whose
// metadata can name neither a concept table nor cross-word character
// n-grams (3 has the layout of 2; a version 2 reader would ignore both
// options and featurize differently, so it must reject the file), and 3,
// whose metadata has no out-of-scope calibration (Meta.OOSCalib) or
// score (Options.OOSScore): 4 has the layout of 3, but a version 3
// reader would threshold another score and report other confidences;
// and 4, which has no vocabulary (5 appends it after the hidden layer).
const FormatVersion = 5

// maxVocab bounds the vocabulary size Load accepts.
const maxVocab = 1 << 24

// MaxCross bounds Options.CrossMax.
const MaxCross = 16

// maxHidden bounds the hidden-layer width Load accepts.
const maxHidden = 1 << 12

// magic opens every model file; the gzip stream follows.
const magic = "KEFUNLUI"

// maxPayload bounds any one section Load reads.
const maxPayload = 1 << 30

// Save writes the model: magic, then gzip of [format version, metadata
// JSON, rows, classes, row buckets, IDF, int8 scales, int8 weights, bias,
// hidden width H, and when H > 0 the hidden-layer model: embedding row
// scales, int8 embeddings (rows × H), hidden bias, output row scales,
// int8 output weights (H × classes), output bias; then the vocabulary
// size and its sorted word fingerprints (uint32 each); then CRC-32 of all
// preceding payload bytes]. Integers and floats are little-endian.
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
	i8 := func(w, scales []float32, width int) {
		q := make([]byte, width)
		for r, s := range scales {
			for c, v := range w[r*width : r*width+width] {
				if s == 0 {
					q[c] = 0
					continue
				}
				q[c] = byte(int8(math.Round(float64(v / s))))
			}
			b.Write(q)
		}
	}
	if m.w == nil { // loaded: the int8 weights as read
		b.Write(m.wq)
	} else {
		i8(m.w, m.scales, C)
	}
	for _, v := range m.bias {
		f32(v)
	}
	if h := m.hid; h == nil {
		u32(0)
	} else {
		u32(uint32(h.H))
		for _, v := range h.embScale {
			f32(v)
		}
		if h.emb == nil {
			b.Write(h.embq)
		} else {
			i8(h.emb, h.embScale, h.H)
		}
		for _, v := range h.b1 {
			f32(v)
		}
		for _, v := range h.outScale {
			f32(v)
		}
		i8(h.out, h.outScale, C)
		for _, v := range h.b2 {
			f32(v)
		}
	}
	u32(uint32(len(m.vocab)))
	for _, v := range m.vocab {
		u32(v)
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
	// Read in stages, checking each declared size before reading on, so a
	// corrupt length or a deflate bomb costs no more than the bytes that
	// are really there.
	crc := crc32.NewIEEE()
	readN := func(n int, what string) ([]byte, error) {
		if n < 0 || n > maxPayload {
			return nil, fmt.Errorf("%w: %s of %d bytes", ErrCorrupt, what, n)
		}
		var b bytes.Buffer
		if _, err := io.CopyN(&b, zr, int64(n)); err != nil {
			return nil, fmt.Errorf("%w: reading %s: %v", ErrCorrupt, what, err)
		}
		crc.Write(b.Bytes())
		return b.Bytes(), nil
	}
	head8, err := readN(8, "header")
	if err != nil {
		return nil, err
	}
	version := binary.LittleEndian.Uint32(head8)
	if version < 1 || version > FormatVersion {
		return nil, fmt.Errorf("%w: format version %d, want 1 to %d", ErrCorrupt, version, FormatVersion)
	}
	metaJSON, err := readN(int(binary.LittleEndian.Uint32(head8[4:])), "metadata")
	if err != nil {
		return nil, err
	}
	m := &Model{}
	if err := json.Unmarshal(metaJSON, &m.meta); err != nil {
		return nil, fmt.Errorf("%w: metadata: %v", ErrCorrupt, err)
	}
	o := m.meta.Options
	switch {
	case version < 3 && (o.Concepts != "" || o.CrossMax != 0):
		return nil, fmt.Errorf("%w: format version %d names options of version 3", ErrCorrupt, version)
	case version < 4 && (len(m.meta.OOSCalib) != 0 || o.OOSScore != ""):
		return nil, fmt.Errorf("%w: format version %d has an out-of-scope calibration or score", ErrCorrupt, version)
	case o.OOSScore != "" && o.OOSScore != OOSScoreLogRatio && o.OOSScore != OOSScoreMargin:
		return nil, fmt.Errorf("%w: out-of-scope score %q", ErrCorrupt, o.OOSScore)
	case o.CrossMax < 0 || o.CrossMax > MaxCross:
		return nil, fmt.Errorf("%w: cross-word n-grams up to %d", ErrCorrupt, o.CrossMax)
	}
	dims, err := readN(8, "dimensions")
	if err != nil {
		return nil, err
	}
	nrows, C := int(binary.LittleEndian.Uint32(dims)), int(binary.LittleEndian.Uint32(dims[4:]))
	switch {
	case C < 2 || C != len(m.meta.Labels) || C > 1<<16:
		return nil, fmt.Errorf("%w: %d classes for %d labels", ErrCorrupt, C, len(m.meta.Labels))
	case o.Buckets <= 0 || o.Buckets&(o.Buckets-1) != 0 || o.Buckets > 1<<26:
		return nil, fmt.Errorf("%w: bucket count %d", ErrCorrupt, o.Buckets)
	case nrows > o.Buckets:
		return nil, fmt.Errorf("%w: %d rows for %d buckets", ErrCorrupt, nrows, o.Buckets)
	}
	body, err := readN(nrows*(12+C)+4*C, "weights")
	if err != nil {
		return nil, err
	}
	H := 0
	var hbody []byte
	if version >= 2 {
		hb, err := readN(4, "hidden width")
		if err != nil {
			return nil, err
		}
		if H = int(binary.LittleEndian.Uint32(hb)); H > maxHidden {
			return nil, fmt.Errorf("%w: hidden width %d", ErrCorrupt, H)
		}
		if H > 0 {
			if hbody, err = readN(nrows*(4+H)+H*(8+C)+4*C, "hidden layer"); err != nil {
				return nil, err
			}
		}
	}
	var vbody []byte
	if version >= 5 {
		vb, err := readN(4, "vocabulary size")
		if err != nil {
			return nil, err
		}
		nv := int(binary.LittleEndian.Uint32(vb))
		if nv > maxVocab {
			return nil, fmt.Errorf("%w: vocabulary of %d words", ErrCorrupt, nv)
		}
		if vbody, err = readN(4*nv, "vocabulary"); err != nil {
			return nil, err
		}
	}
	want := crc.Sum32()
	var sum [4]byte
	if _, err := io.ReadFull(zr, sum[:]); err != nil {
		return nil, fmt.Errorf("%w: reading checksum: %v", ErrCorrupt, err)
	}
	if binary.LittleEndian.Uint32(sum[:]) != want {
		return nil, fmt.Errorf("%w: checksum mismatch", ErrCorrupt)
	}
	// The stream must end here; reading to EOF also makes gzip verify its
	// own CRC and length.
	if n, err := zr.Read(sum[:1]); n != 0 || err != io.EOF {
		return nil, fmt.Errorf("%w: data after the checksum or bad gzip trailer (%v)", ErrCorrupt, err)
	}
	r := &reader{b: body}
	switch {
	case !(m.meta.Temperature > 0) || math.IsInf(m.meta.Temperature, 0):
		return nil, fmt.Errorf("%w: temperature %v", ErrCorrupt, m.meta.Temperature)
	case o.MultiLabel && len(m.meta.LabelThresholds) != C:
		return nil, fmt.Errorf("%w: %d label thresholds for %d labels", ErrCorrupt, len(m.meta.LabelThresholds), C)
	case o.MultiLabel && len(m.meta.LabelPlatt) != 0 && len(m.meta.LabelPlatt) != 2*C:
		return nil, fmt.Errorf("%w: %d Platt parameters for %d labels", ErrCorrupt, len(m.meta.LabelPlatt), C)
	case len(m.meta.TopPlatt) != 0 && len(m.meta.TopPlatt) != 2:
		return nil, fmt.Errorf("%w: %d top-label Platt parameters", ErrCorrupt, len(m.meta.TopPlatt))
	case len(m.meta.OOSCalib) != 0 && len(m.meta.OOSCalib) != 6,
		slices.ContainsFunc(m.meta.OOSCalib, func(v float64) bool { return notFinite(float32(v)) }):
		return nil, fmt.Errorf("%w: out-of-scope calibration %v", ErrCorrupt, m.meta.OOSCalib)
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
	for i := range m.rowBucket {
		b := r.u32()
		if int(b) >= o.Buckets || (i > 0 && b <= m.rowBucket[i-1]) {
			return nil, fmt.Errorf("%w: row %d bucket %d out of order or range", ErrCorrupt, i, b)
		}
		m.rowBucket[i] = b
	}
	m.rowOf = newRowIndex(o.Buckets, m.rowBucket)
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
	// The weights stay int8 (Model.wq), a quarter of float32's memory;
	// a copy, so that the read buffer, grown by doubling, is freed.
	m.wq = bytes.Clone(q)
	if H > 0 {
		r := &reader{b: hbody}
		h := &hidden{H: H}
		h.embScale = r.f32s(nrows)
		qe := r.next(nrows * H)
		h.b1 = r.f32s(H)
		h.outScale = r.f32s(H)
		qo := r.next(H * C)
		h.b2 = r.f32s(C)
		if r.err != nil {
			return nil, r.err
		}
		if slices.ContainsFunc(h.embScale, notFinite) || slices.ContainsFunc(h.b1, notFinite) || slices.ContainsFunc(h.outScale, notFinite) || slices.ContainsFunc(h.b2, notFinite) ||
			notFinite(float32(m.meta.HiddenWeight)) {
			return nil, fmt.Errorf("%w: non-finite hidden-layer parameter", ErrCorrupt)
		}
		h.embq = bytes.Clone(qe)
		h.out = dequantize(qo, h.outScale, C)
		m.hid = h
	}
	if version >= 5 {
		r := &reader{b: vbody}
		m.vocab = make([]uint32, len(vbody)/4)
		for i := range m.vocab {
			v := r.u32()
			if i > 0 && v <= m.vocab[i-1] {
				return nil, fmt.Errorf("%w: vocabulary word %d out of order", ErrCorrupt, i)
			}
			m.vocab[i] = v
		}
	}
	if m.feat, err = newFeaturizer(o); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	m.finish()
	return m, nil
}

// dequantize expands int8 rows of the given width with one scale per row.
func dequantize(q []byte, scales []float32, width int) []float32 {
	w := make([]float32, len(q))
	for i, v := range q {
		w[i] = float32(int8(v)) * scales[i/width]
	}
	return w
}

func notFinite(v float32) bool {
	return math.IsNaN(float64(v)) || math.IsInf(float64(v), 0)
}
