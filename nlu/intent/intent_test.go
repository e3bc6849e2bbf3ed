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
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

var fixedNow = func() time.Time { return time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC) }

// toyExamples is a small multilingual training set: English, Spanish,
// Chinese and Thai phrasings of three intents, plus out-of-scope chatter.
func toyExamples() []Example {
	data := map[string][]string{
		"track_order": {
			"where is my order", "track my package", "when will my parcel arrive", "order status please",
			"has my order shipped", "dónde está mi pedido", "rastrear mi paquete", "我的订单在哪里", "查一下我的快递",
			"订单什么时候到", "พัสดุของฉันอยู่ที่ไหน", "ติดตามคำสั่งซื้อ", "my delivery is late where is it",
		},
		"get_refund": {
			"i want a refund", "give me my money back", "refund my purchase", "how do i get a refund",
			"quiero un reembolso", "devuélveme el dinero", "我要退款", "退钱给我", "怎么申请退款", "ขอคืนเงิน",
			"ฉันต้องการเงินคืน", "money back please", "can i return this for a refund",
		},
		"human_agent": {
			"talk to a human", "i want a real person", "connect me to an agent", "customer service representative",
			"quiero hablar con una persona", "agente humano por favor", "转人工", "我要人工客服", "找真人客服",
			"ขอคุยกับพนักงาน", "ติดต่อเจ้าหน้าที่", "let me speak to someone", "human please",
		},
		"out_of_scope": {
			"what is the weather tomorrow", "tell me a joke", "who won the football game", "what is the capital of france",
			"play some music", "今天天气怎么样", "给我讲个笑话", "อากาศวันนี้เป็นอย่างไร", "cuál es la capital de francia",
			"how tall is mount everest", "recommend a movie", "what time is it in tokyo", "sing a song",
		},
	}
	var ex []Example
	for _, l := range []string{"track_order", "get_refund", "human_agent", "out_of_scope"} {
		for _, t := range data[l] {
			ex = append(ex, Example{Text: t, Label: l})
		}
	}
	return ex
}

// mustTrain trains a model or fails the test.
func mustTrain(tb testing.TB, ex []Example, o Options) *Model {
	tb.Helper()
	if o.Now == nil {
		o.Now = fixedNow
	}
	m, err := Train(ex, o)
	if err != nil {
		tb.Fatalf("Train: %v", err)
	}
	return m
}

func mustSave(tb testing.TB, m *Model) []byte {
	tb.Helper()
	var b bytes.Buffer
	if err := m.Save(&b); err != nil {
		tb.Fatalf("Save: %v", err)
	}
	return b.Bytes()
}

func TestPredict(t *testing.T) {
	m := mustTrain(t, toyExamples(), Options{Seed: 7, Epochs: 30, Folds: 3})
	tests := []struct {
		text string
		want string
	}{
		{"where is my order", "track_order"},
		{"我的订单在哪", "track_order"},
		{"ขอคืนเงินหน่อย", "get_refund"},
		{"quiero un reembolso ahora", "get_refund"},
		{"human agent please", "human_agent"},
		{"转人工客服", "human_agent"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			p := m.Predict(tt.text)
			if p.TopK[0].Intent != tt.want {
				t.Errorf("Predict(%q) top = %+v, want %s", tt.text, p.TopK, tt.want)
			}
			if len(p.TopK) != 3 {
				t.Errorf("len(TopK) = %d, want 3", len(p.TopK))
			}
			sum := 0.0
			for i, s := range p.TopK {
				sum += s.Score
				if i > 0 && s.Score > p.TopK[i-1].Score {
					t.Errorf("TopK not sorted: %+v", p.TopK)
				}
			}
			if sum > 1+1e-6 || p.Confidence <= 0 || p.Confidence > 1 {
				t.Errorf("probabilities out of range: %+v", p)
			}
		})
	}
}

func TestOutOfScope(t *testing.T) {
	tests := []struct {
		name      string
		opts      Options
		text      string
		wantOOS   bool
		wantLabel string
	}{
		{"oos class", Options{Seed: 1, Epochs: 30}, "tell me a joke", true, "out_of_scope"},
		{"in scope", Options{Seed: 1, Epochs: 30}, "where is my order", false, "track_order"},
		{"forced threshold", Options{Seed: 1, Epochs: 30, OOSThreshold: 50}, "where is my order", true, "out_of_scope"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustTrain(t, toyExamples(), tt.opts)
			p := m.Predict(tt.text)
			if p.OutOfScope != tt.wantOOS || p.Intent != tt.wantLabel {
				t.Errorf("Predict(%q) = %+v, want OutOfScope=%v Intent=%s", tt.text, p, tt.wantOOS, tt.wantLabel)
			}
		})
	}
}

func TestTrainErrors(t *testing.T) {
	tests := []struct {
		name string
		ex   []Example
		opts Options
	}{
		{"no examples", nil, Options{}},
		{"one label", []Example{{Text: "a", Label: "x"}, {Text: "b", Label: "x"}}, Options{}},
		{"empty label", []Example{{Text: "a", Label: "x"}, {Text: "b"}}, Options{}},
		{"bad buckets", toyExamples(), Options{Buckets: 1000}},
		{"multi-label without labels", []Example{{Text: "a", Label: "x"}}, Options{MultiLabel: true}},
		{"outliers in a multi-label model", append(toyExamples(), Example{Text: "lol", Labels: []string{"x"}, Outlier: true}), Options{MultiLabel: true}},
		{"outliers without OOS examples", append(toyExamples()[:39], Example{Text: "lol", Outlier: true}), Options{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Train(tt.ex, tt.opts); err == nil {
				t.Error("Train succeeded, want error")
			}
		})
	}
}

func TestDeterministic(t *testing.T) {
	tests := []struct {
		name string
		opts Options
	}{
		{"multiclass", Options{Seed: 3}},
		{"one worker", Options{Seed: 3, Workers: 1}},
		{"multi-label", Options{Seed: 3, MultiLabel: true}},
	}
	ex := toyExamples()
	for i := range ex {
		ex[i].Labels = []string{ex[i].Label}
	}
	ref := mustSave(t, mustTrain(t, ex, Options{Seed: 3, Workers: 4}))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustSave(t, mustTrain(t, ex, tt.opts))
			b := mustSave(t, mustTrain(t, ex, tt.opts))
			if !bytes.Equal(a, b) {
				t.Error("two trainings with the same seed differ")
			}
			if !tt.opts.MultiLabel && !bytes.Equal(a, ref) {
				t.Error("result depends on the number of workers")
			}
		})
	}
	t.Run("seed matters", func(t *testing.T) {
		if bytes.Equal(ref, mustSave(t, mustTrain(t, ex, Options{Seed: 4}))) {
			t.Error("different seeds gave identical models")
		}
	})
}

// TestDraws checks Options.Draws: deterministic, another model than one
// draw, and the average of the draws' weights.
func TestDraws(t *testing.T) {
	ex := toyExamples()
	one := mustSave(t, mustTrain(t, ex, Options{Seed: 3}))
	a := mustSave(t, mustTrain(t, ex, Options{Seed: 3, Draws: 3}))
	b := mustSave(t, mustTrain(t, ex, Options{Seed: 3, Draws: 3, Workers: 1}))
	if !bytes.Equal(a, b) {
		t.Error("two trainings with the same seed and draws differ")
	}
	if bytes.Equal(a, one) {
		t.Error("three draws gave the model of one")
	}
	m := mustTrain(t, ex, Options{Seed: 3, Draws: 3})
	for _, e := range ex {
		if got := m.Predict(e.Text).Intent; got != e.Label {
			t.Errorf("averaged model: %q -> %s, want %s", e.Text, got, e.Label)
		}
	}
	draws := []fitted{{w: []float32{1, 2}, bias: []float32{0}}, {w: []float32{3, 4}, bias: []float32{3}}, {w: []float32{5, 0}, bias: []float32{6}}}
	got := averageDraws(draws[0], 3, func(d int) fitted { return draws[d] })
	if !slices.Equal(got.w, []float32{3, 2}) || !slices.Equal(got.bias, []float32{3}) {
		t.Errorf("averageDraws = %v %v, want [3 2] [3]", got.w, got.bias)
	}
}

// TestHashFolds checks that with Options.HashFolds an added example
// leaves the other examples' folds alone, which a permutation does not,
// and that identical texts share a fold.
func TestHashFolds(t *testing.T) {
	ex := toyExamples()
	more := append(slices.Clip(ex), Example{Text: "where is my parcel now", Label: ex[0].Label}, Example{Text: ex[1].Text, Label: ex[1].Label})
	for _, tc := range []struct {
		name   string
		hashed bool
	}{{"permuted", false}, {"hashed", true}} {
		t.Run(tc.name, func(t *testing.T) {
			o := Options{Seed: 3, Folds: 3, HashFolds: tc.hashed}
			folds := func(ex []Example) []int {
				labels, _ := labelSet(ex, false)
				index := map[string]int32{}
				for i, l := range labels {
					index[l] = int32(i)
				}
				ds := &dataset{y: make([]int32, len(ex))}
				for i, e := range ex {
					ds.y[i] = index[e.Label]
				}
				return foldsOf(ds, ex, len(labels), o)
			}
			a, b := folds(ex), folds(more)
			same := slices.Equal(a, b[:len(a)])
			if same != tc.hashed {
				t.Errorf("folds of the first %d examples unchanged by two more: %v (%v then %v)", len(a), same, a, b[:len(a)])
			}
			if tc.hashed && b[len(b)-1] != b[1] {
				t.Errorf("identical texts in folds %d and %d", b[1], b[len(b)-1])
			}
		})
	}
}

func TestSaveLoad(t *testing.T) {
	ex := toyExamples()
	multi := make([]Example, len(ex))
	for i, e := range ex {
		multi[i] = Example{Text: e.Text, Labels: []string{e.Label}}
		if i%5 == 0 {
			multi[i].Labels = append(multi[i].Labels, "extra")
		}
	}
	tests := []struct {
		name string
		ex   []Example
		opts Options
	}{
		{"multiclass", ex, Options{Seed: 1, Version: "v1.2.3"}},
		{"multi-label", multi, Options{Seed: 1, MultiLabel: true}},
		{"multi-label without folds", multi, Options{Seed: 1, MultiLabel: true, Folds: 1}},
		{"multiclass without folds", ex, Options{Seed: 1, Folds: 1}},
		{"multiclass without hidden layer", ex, Options{Seed: 1, Hidden: -1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustTrain(t, tt.ex, tt.opts)
			data := mustSave(t, m)
			got, err := Load(bytes.NewReader(data))
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			if !bytes.Equal(mustSave(t, got), data) {
				t.Error("Save(Load(f)) != f")
			}
			for _, e := range tt.ex {
				a, b := m.Predict(e.Text), got.Predict(e.Text)
				if fmt.Sprint(a) != fmt.Sprint(b) {
					t.Fatalf("Predict(%q): trained %+v, loaded %+v", e.Text, a, b)
				}
				if fmt.Sprint(m.PredictLabels(e.Text)) != fmt.Sprint(got.PredictLabels(e.Text)) {
					t.Fatalf("PredictLabels(%q) differ", e.Text)
				}
			}
			// Without folds nothing can drop the hidden-layer model; with
			// folds the blend may (when one model hurts the other).
			if (got.hid != nil) != (m.hid != nil) {
				t.Errorf("loaded hidden layer %v, trained %v", got.hid != nil, m.hid != nil)
			}
			if want := !tt.opts.MultiLabel && tt.opts.Hidden >= 0 && tt.opts.Folds == 1; want && got.hid == nil {
				t.Error("no hidden layer")
			}
			meta := got.Meta()
			if meta.Version != tt.opts.Version || !meta.Created.Equal(fixedNow()) || len(meta.TrainingSHA256) != 64 ||
				meta.FormatVersion != FormatVersion || meta.Temperature <= 0 || (tt.opts.Folds != 1 && len(meta.Metrics) == 0) {
				t.Errorf("metadata not kept: %+v", meta)
			}
		})
	}
}

func TestLoadRejects(t *testing.T) {
	trained := mustTrain(t, toyExamples(), Options{Seed: 1})
	data := mustSave(t, trained)
	// The vocabulary ends the payload: its size, then its words.
	nv := len(trained.vocab)
	vocabAt := func(p []byte) int { return len(p) - 4*nv - 4 }
	// A flipped bit of the deflate stream can be one the decoder never
	// reads (an unused Huffman code length), so flip the first byte from
	// the middle on whose flip changes what gzip decodes.
	plain := func(b []byte) []byte {
		zr, err := gzip.NewReader(bytes.NewReader(b[len(magic):]))
		if err != nil {
			return nil
		}
		p, _ := io.ReadAll(zr)
		return p
	}
	want := plain(data)
	var flipped []byte
	for i := len(data) / 2; i < len(data); i++ {
		flipped = bytes.Clone(data)
		flipped[i] ^= 0x40
		if !bytes.Equal(plain(flipped), want) {
			break
		}
	}
	tests := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"bad magic", append([]byte("NOTMODEL"), data[8:]...)},
		{"magic only", data[:8]},
		{"truncated", data[:len(data)/2]},
		{"truncated tail", data[:len(data)-3]},
		{"flipped byte", flipped},
		{"future version", rewritePayload(t, data, func(p []byte) []byte {
			binary.LittleEndian.PutUint32(p, FormatVersion+1)
			return p
		})},
		{"version 2 naming a concept table", rewritePayload(t, data, func(p []byte) []byte {
			binary.LittleEndian.PutUint32(p, 2)
			return p
		})},
		{"unknown concept table", rewritePayload(t, data, func(p []byte) []byte {
			// Same length, so the metadata length stays right.
			return bytes.Replace(p, []byte(`"concepts":"en-wordnet-clusters"`), []byte(`"concepts":"xx-wordnet-clusters"`), 1)
		})},
		{"version 3 with an out-of-scope calibration", rewritePayload(t, data, func(p []byte) []byte {
			binary.LittleEndian.PutUint32(p, 3)
			return p
		})},
		{"unknown out-of-scope score", rewriteMeta(t, data, func(m *Meta) { m.Options.OOSScore = "energy" })},
		{"short out-of-scope calibration", rewriteMeta(t, data, func(m *Meta) { m.OOSCalib = m.OOSCalib[:5] })},
		{"infinite out-of-scope calibration", rewriteMeta(t, data, func(m *Meta) { m.OOSCalib[2] = 1e300 })},
		{"huge hidden width", rewritePayload(t, data, func(p []byte) []byte {
			binary.LittleEndian.PutUint32(p[hiddenWidthOffset(t, p):], maxHidden+1)
			return p
		})},
		{"huge vocabulary", rewritePayload(t, data, func(p []byte) []byte {
			binary.LittleEndian.PutUint32(p[vocabAt(p):], maxVocab+1)
			return p
		})},
		{"vocabulary out of order", rewritePayload(t, data, func(p []byte) []byte {
			w := p[vocabAt(p)+4:]
			a, b := slices.Clone(w[:4]), slices.Clone(w[4:8])
			copy(w, b)
			copy(w[4:], a)
			return p
		})},
		{"vocabulary longer than the file", rewritePayload(t, data, func(p []byte) []byte {
			binary.LittleEndian.PutUint32(p[vocabAt(p):], uint32(nv+1))
			return p
		})},
	}
	if _, err := Load(bytes.NewReader(rewriteMeta(t, data, func(*Meta) {}))); err != nil {
		t.Fatalf("metadata rewritten unchanged: %v", err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(bytes.NewReader(tt.data))
			if !errors.Is(err, ErrCorrupt) {
				t.Errorf("Load error = %v, want ErrCorrupt", err)
			}
		})
	}
}

// rewritePayload decodes a model file, lets edit change the payload
// (without the trailing CRC) and encodes it again with a valid CRC.
func rewritePayload(tb testing.TB, data []byte, edit func([]byte) []byte) []byte {
	tb.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(data[len(magic):]))
	if err != nil {
		tb.Fatal(err)
	}
	p, err := io.ReadAll(zr)
	if err != nil {
		tb.Fatal(err)
	}
	p = edit(p[:len(p)-4])
	p = binary.LittleEndian.AppendUint32(p, crc32.ChecksumIEEE(p))
	var b bytes.Buffer
	b.WriteString(magic)
	zw := gzip.NewWriter(&b)
	zw.Write(p)
	zw.Close()
	return b.Bytes()
}

// rewriteMeta decodes a model file, lets edit change its metadata and
// encodes it again with the right length and CRC.
func rewriteMeta(tb testing.TB, data []byte, edit func(*Meta)) []byte {
	tb.Helper()
	return rewritePayload(tb, data, func(p []byte) []byte {
		n := int(binary.LittleEndian.Uint32(p[4:]))
		var m Meta
		if err := json.Unmarshal(p[8:8+n], &m); err != nil {
			tb.Fatal(err)
		}
		edit(&m)
		b, err := json.Marshal(m)
		if err != nil {
			tb.Fatal(err)
		}
		out := binary.LittleEndian.AppendUint32(slices.Clone(p[:4]), uint32(len(b)))
		return append(append(out, b...), p[8+n:]...)
	})
}

// hiddenWidthOffset is where a version-2 payload stores the hidden
// width: after the header, metadata, dimensions and the linear model.
func hiddenWidthOffset(tb testing.TB, p []byte) int {
	tb.Helper()
	off := 8 + int(binary.LittleEndian.Uint32(p[4:]))
	nrows, C := int(binary.LittleEndian.Uint32(p[off:])), int(binary.LittleEndian.Uint32(p[off+4:]))
	return off + 8 + nrows*(12+C) + 4*C
}

// TestLoadVersion1 checks that files of format version 1 (no hidden-layer
// section), such as the shipped emotion model, still load and predict as
// the linear model they hold.
func TestLoadVersion1(t *testing.T) {
	m := mustTrain(t, toyExamples(), Options{Seed: 1, Hidden: -1, NoConcepts: true, OOSShare: -1, OOSScore: OOSScoreMargin})
	// Files before version 4 have no OOSScore option: Meta.OOSMargin
	// alone says what the threshold applies to.
	v4 := rewriteMeta(t, mustSave(t, m), func(m *Meta) { m.Options.OOSScore = "" })
	v1 := rewritePayload(t, v4, func(p []byte) []byte {
		binary.LittleEndian.PutUint32(p, 1)
		off := hiddenWidthOffset(t, p)
		// Then the vocabulary (version 5): its size and its words.
		nv := int(binary.LittleEndian.Uint32(p[off+4:]))
		if w := binary.LittleEndian.Uint32(p[off:]); w != 0 || nv == 0 || off+8+4*nv != len(p) {
			t.Fatalf("hidden width %d and %d words at %d of %d", w, nv, off, len(p))
		}
		return p[:off] // version 1 ended with the bias
	})
	got, err := Load(bytes.NewReader(v1))
	if err != nil {
		t.Fatalf("Load(version 1): %v", err)
	}
	for _, e := range toyExamples() {
		if a, b := m.Predict(e.Text), got.Predict(e.Text); fmt.Sprint(a) != fmt.Sprint(b) {
			t.Fatalf("Predict(%q): trained %+v, version 1 %+v", e.Text, a, b)
		}
	}
}

func FuzzLoad(f *testing.F) {
	f.Add(mustSave(f, mustTrain(f, toyExamples()[:20], Options{Seed: 1, Epochs: 2, Buckets: 1 << 10})))
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Load(bytes.NewReader(data))
		if err != nil {
			if !errors.Is(err, ErrCorrupt) {
				t.Fatalf("error %v does not wrap ErrCorrupt", err)
			}
			return
		}
		m.Predict("where is my order 我的订单")
		m.PredictLabels("refund")
	})
}

func TestMultiLabel(t *testing.T) {
	var ex []Example
	for i := 0; i < 40; i++ {
		ex = append(ex,
			Example{Text: fmt.Sprintf("i am so happy today %d", i), Labels: []string{"joy"}},
			Example{Text: fmt.Sprintf("this makes me furious %d", i), Labels: []string{"anger"}},
			Example{Text: fmt.Sprintf("happy but furious %d", i), Labels: []string{"joy", "anger"}},
			Example{Text: fmt.Sprintf("the meeting is at noon %d", i), Labels: []string{"neutral"}},
		)
	}
	m := mustTrain(t, ex, Options{Seed: 1, MultiLabel: true})
	tests := []struct {
		text string
		want string
	}{
		{"so happy", "joy"},
		{"this makes me furious", "anger"},
		{"happy but furious", "anger,joy"},
		{"meeting at noon", "neutral"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for _, s := range m.PredictLabels(tt.text) {
				got = append(got, s.Intent)
			}
			sortStrings(got)
			if strings.Join(got, ",") != tt.want {
				t.Errorf("PredictLabels(%q) = %v, want %s", tt.text, got, tt.want)
			}
		})
	}
}

func sortStrings(s []string) {
	for i := range s {
		for j := i + 1; j < len(s); j++ {
			if s[j] < s[i] {
				s[i], s[j] = s[j], s[i]
			}
		}
	}
}

func TestRegistry(t *testing.T) {
	a := mustTrain(t, toyExamples(), Options{Seed: 1, Version: "a"})
	b := mustTrain(t, toyExamples(), Options{Seed: 2, Version: "b"})
	r := NewRegistry(a)
	if r.Rollback() {
		t.Error("Rollback with no history succeeded")
	}
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				m := r.Current()
				if p := m.Predict("where is my order"); p.TopK[0].Intent == "" {
					t.Error("empty prediction")
					return
				}
			}
		}()
	}
	for i := 0; i < 200; i++ {
		if i%2 == 0 {
			if old := r.Swap(b); old != a {
				t.Errorf("Swap returned %v, want a", old.Meta().Version)
			}
		} else if !r.Rollback() {
			t.Error("Rollback failed")
		}
	}
	close(stop)
	wg.Wait()
	tests := []struct {
		name string
		op   func()
		want string
	}{
		{"swap", func() { r.Swap(b) }, "b"},
		{"rollback", func() { r.Rollback() }, "a"},
		{"rollback of rollback", func() { r.Rollback() }, "b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.op()
			if got := r.Current().Meta().Version; got != tt.want {
				t.Errorf("Current = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestReadCSV(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    string // fmt of examples
		wantErr string
	}{
		{"label", "\ufefftext,label,lang\nhello,greeting,en\n\"a, b\",x,en\n", "[{hello greeting [] false 0} {a, b x [] false 0}]", ""},
		{"labels", "lang,labels,text\nen,joy;neutral,yay\n", "[{yay  [joy neutral] false 0}]", ""},
		{"no text column", "label\nx\n", "", "no text column"},
		{"no label column", "text\nx\n", "", "no label"},
		{"empty label", "text,label\nhi,x\nho,\n", "", "line 3"},
		{"short row", "text,label\nhi,x\nho\n", "", "line 3"},
		{"bad quote", "text,label\nhi,x\n\"ho,y\n", "", "line"},
		{"empty", "", "", "empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex, err := ReadCSV(strings.NewReader(tt.in))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("err = %v, want containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := fmt.Sprint(ex); got != tt.want {
				t.Errorf("ReadCSV = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestPredictAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("sync.Pool drops items at random under the race detector")
	}
	m := mustTrain(t, toyExamples(), Options{Seed: 1})
	m.Predict("where is my order")
	if n := testing.AllocsPerRun(100, func() { m.Predict("where is my order") }); n > 1 {
		t.Errorf("Predict allocates %v times, want ≤ 1", n)
	}
}

func TestExp32(t *testing.T) {
	for _, x := range []float32{0, -1e-6, -0.3, -0.35, -1, -2.5, -10, -40, -86.9, -87.5, -1000} {
		t.Run(fmt.Sprint(x), func(t *testing.T) {
			got, want := float64(exp32(x)), math.Exp(float64(x))
			if math.Abs(got-want) > 5e-7*want+1e-38 {
				t.Errorf("exp32(%v) = %v, want %v", x, got, want)
			}
		})
	}
}

// TestFitTemperature checks the Newton fit against a golden-section
// search of the same NLL, from several starting points.
func TestFitTemperature(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	const n, C = 500, 7
	ds := &dataset{y: make([]int32, n)}
	oof := make([][]float32, n)
	for i := range oof {
		y := rng.IntN(C)
		ds.y[i] = int32(y)
		z := make([]float32, C)
		for c := range z {
			z[c] = float32(3 * rng.NormFloat64())
		}
		z[y] += 4 // over-confident: the fitted T is above 1
		oof[i] = z
	}
	nll := func(T float64) float64 {
		s := 0.0
		p := make([]float64, C)
		for i, z := range oof {
			softmax64(z, 1/T, p)
			s -= math.Log(p[ds.y[i]])
		}
		return s
	}
	lo, hi := math.Log(0.05), math.Log(20.0)
	for range 200 {
		a, b := lo+(hi-lo)/3, hi-(hi-lo)/3
		if nll(math.Exp(a)) < nll(math.Exp(b)) {
			hi = b
		} else {
			lo = a
		}
	}
	want := math.Exp((lo + hi) / 2)
	for _, s0 := range []float64{1, 0.01, 100, 1 / want} {
		if got := fitTemperature(ds, oof, s0); math.Abs(got-want) > 1e-5*want {
			t.Errorf("from 1/T = %g: T = %.9f, want %.9f", s0, got, want)
		}
	}
}

// TestFitOOSThreshold checks the recall-targeted threshold and its
// fallback to the weighted objective when OOS rows are few.
func TestFitOOSThreshold(t *testing.T) {
	// 100 in-scope rows (all right) with margins 0.50..0.99 and 40 OOS rows
	// (none caught by the class) with margins 0.01..0.40.
	var conf []float64
	var pred, gold []string
	for i := range 100 {
		conf = append(conf, 0.5+float64(i%50)/100)
		pred, gold = append(pred, "a"), append(gold, "a")
	}
	for i := range 40 {
		conf = append(conf, float64(i+1)/100)
		pred, gold = append(pred, "a"), append(gold, "oos")
	}
	thr, byRecall := fitOOSThreshold(conf, pred, gold, "oos", 0.7, 0.1)
	// Catching k of the 40 needs wilsonLower(k, 40) ≥ 0.7: k = 31.
	if !byRecall || wilsonLower(31, 40) < 0.7 || wilsonLower(30, 40) >= 0.7 || math.Abs(thr-0.315) > 1e-9 {
		t.Errorf("threshold %g (by recall %v), want 0.315 by recall", thr, byRecall)
	}
	thr, byRecall = fitOOSThreshold(conf[:120], pred[:120], gold[:120], "oos", 0.7, 0.1)
	if byRecall || math.Abs(thr-0.35) > 1e-9 {
		t.Errorf("20 OOS rows: threshold %g (by recall %v), want 0.35 by the weighted objective", thr, byRecall)
	}
}

// TestFitLogistic recovers known coefficients from simulated outcomes,
// and a weight of 2 counts as the row twice.
func TestFitLogistic(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	tests := []struct {
		name string
		beta []float64 // coefficients, then the intercept
	}{
		{"one feature", []float64{1.5, -0.5}},
		{"two features", []float64{0.8, -1.2, 0.3}},
		{"intercept only", []float64{-2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := len(tt.beta) - 1
			var x, x2 [][]float64
			var y, y2 []bool
			var w, w1 []float64
			for i := range 20000 {
				xi := make([]float64, d)
				z := tt.beta[d]
				for k := range xi {
					xi[k] = 2 * rng.NormFloat64()
					z += tt.beta[k] * xi[k]
				}
				yi := rng.Float64() < sigmoid(z)
				x, y, w = append(x, xi), append(y, yi), append(w, 1)
				// Every third row once with weight 2 (x) or twice (x2).
				reps := 1 + btoi(i%3 == 0)
				w[len(w)-1] = float64(reps)
				for range reps {
					x2, y2, w1 = append(x2, xi), append(y2, yi), append(w1, 1)
				}
			}
			got := fitLogistic(x, y, w)
			for k, b := range tt.beta {
				if math.Abs(got[k]-b) > 0.08 {
					t.Errorf("β = %.3f, want %v", got, tt.beta)
					break
				}
			}
			dup := fitLogistic(x2, y2, w1)
			for k := range got {
				if math.Abs(got[k]-dup[k]) > 1e-6 {
					t.Errorf("weight 2 gave %.6f, two copies %.6f", got, dup)
					break
				}
			}
		})
	}
}

// TestFitLogisticDegenerate checks that separable, one-sided and empty
// data give finite coefficients.
func TestFitLogisticDegenerate(t *testing.T) {
	tests := []struct {
		name string
		x    [][]float64
		y    []bool
		want func(beta []float64) bool
	}{
		{"separable", [][]float64{{-2}, {-1}, {1}, {2}}, []bool{false, false, true, true},
			func(b []float64) bool { return b[0] > 5 }},
		{"all true", [][]float64{{-1}, {0}, {1}}, []bool{true, true, true},
			func(b []float64) bool { return sigmoid(b[1]) > 0.99 }},
		{"empty", nil, nil, func(b []float64) bool { return len(b) == 1 && b[0] == 0 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := make([]float64, len(tt.x))
			for i := range w {
				w[i] = 1
			}
			beta := fitLogistic(tt.x, tt.y, w)
			for _, b := range beta {
				if math.IsNaN(b) || math.IsInf(b, 0) || math.Abs(b) > 1e3 {
					t.Fatalf("β = %v, want finite and moderate", beta)
				}
			}
			if !tt.want(beta) {
				t.Errorf("β = %v", beta)
			}
		})
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestFitOOSCalib checks that the calibration is fitted for the share it
// is asked for: over the rejected rows, the mean calibrated confidence is
// the share of out-of-scope rows among them once OOS rows are weighted
// to the share (the logistic fit's intercept makes the means match), and
// likewise the accepted rows' confidence is their weighted accuracy.
func TestFitOOSCalib(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	var xs [][2]float64
	var pred, gold []string
	// 2,000 in-scope rows, 92% right, 3% rejected; 40 OOS rows, 70% rejected.
	for i := range 2040 {
		g, p := "a", "a"
		if i >= 2000 {
			g = "oos"
			if rng.Float64() < 0.7 {
				p = "oos"
			}
		} else {
			switch r := rng.Float64(); {
			case r < 0.03:
				p = "oos"
			case r < 0.11:
				p = "b"
			}
		}
		pin, poos := 0.3+0.6*rng.Float64(), 0.01+0.3*rng.Float64()
		if g == "oos" {
			pin, poos = 0.1+0.5*rng.Float64(), 0.1+0.6*rng.Float64()
		}
		xs = append(xs, [2]float64{logit(pin), logit(poos)})
		pred, gold = append(pred, p), append(gold, g)
	}
	for _, share := range []float64{0.03, 0.2, 0.5} {
		t.Run(fmt.Sprint(share), func(t *testing.T) {
			oc := fitOOSCalib(xs, pred, gold, "oos", share)
			if len(oc) != 6 {
				t.Fatalf("%d parameters", len(oc))
			}
			wOOS := share / (1 - share) * 2000 / 40
			for _, rejected := range []bool{false, true} {
				var sw, sc, sy float64
				for i, x := range xs {
					if (pred[i] == "oos") != rejected {
						continue
					}
					w := 1.0
					if gold[i] == "oos" {
						w = wOOS
					}
					sw += w
					sc += w * oc.confidence(x, rejected)
					if pred[i] == gold[i] {
						sy += w
					}
				}
				if math.Abs(sc/sw-sy/sw) > 2e-3 {
					t.Errorf("rejected %v: mean confidence %.4f, weighted share right %.4f", rejected, sc/sw, sy/sw)
				}
			}
		})
	}
}

// TestOOSShare checks that a model's confidence follows the share of
// out-of-scope messages it is calibrated for: the more of them, the
// surer an out-of-scope answer.
func TestOOSShare(t *testing.T) {
	models := map[float64]*Model{}
	for _, sh := range []float64{-1, 0.02, 0.5} {
		models[sh] = mustTrain(t, toyExamples(), Options{Seed: 1, Epochs: 30, OOSShare: sh})
	}
	if n := len(models[-1].Meta().OOSCalib); n != 0 {
		t.Errorf("OOSShare −1: %d calibration parameters, want none", n)
	}
	tests := []struct {
		text    string
		wantOOS bool
	}{
		{"tell me a joke", true},
		{"what is the capital of spain", true},
		{"where is my order", false},
		{"i want a refund", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			lo, hi := models[0.02].Predict(tt.text), models[0.5].Predict(tt.text)
			if lo.OutOfScope != tt.wantOOS || hi.OutOfScope != tt.wantOOS {
				t.Fatalf("OutOfScope %v / %v, want %v", lo.OutOfScope, hi.OutOfScope, tt.wantOOS)
			}
			// Only rejections are checked: an accepted intent far from the
			// out-of-scope messages may even gain confidence when they weigh
			// more (the fit steepens).
			if tt.wantOOS && !(hi.Confidence > lo.Confidence) {
				t.Errorf("confidence %.3f at share 0.02, %.3f at 0.5", lo.Confidence, hi.Confidence)
			}
		})
	}
}

// chatter are messages of no intent of toyExamples, as another source
// would give them.
var chatter = []string{"lol that is so funny", "best album of the year", "i agree with you", "what a game last night",
	"my cat is sleeping", "this movie was great", "good luck with the exam", "how do i bake bread", "who painted the mona lisa",
	"is it going to snow", "what is the speed of light", "la película fue buena", "我喜欢这首歌", "วันนี้ฝนตก"}

// TestOutliers checks outlier exposure: outliers are trained as the OOS
// class in every fold, are never held out, change the data hash, and
// leave the calibration to the data's own messages.
func TestOutliers(t *testing.T) {
	ex := toyExamples()
	withOut := slices.Clone(ex)
	for _, c := range chatter {
		withOut = append(withOut, Example{Text: c, Label: "ignored", Outlier: true})
	}
	o := Options{Seed: 1, Epochs: 30, Folds: 3}
	plain, exposed := mustTrain(t, ex, o), mustTrain(t, withOut, o)
	pm, em := plain.Meta(), exposed.Meta()
	switch {
	case em.Outliers != len(chatter) || pm.Outliers != 0:
		t.Errorf("Meta.Outliers %d and %d, want %d and 0", em.Outliers, pm.Outliers, len(chatter))
	case em.TrainingSHA256 == pm.TrainingSHA256:
		t.Error("outliers left the training-data hash unchanged")
	case slices.Contains(em.Labels, "ignored"):
		t.Errorf("labels %v: an outlier's own label was used", em.Labels)
	}
	// Flagging a message as an outlier is not the same data as labelling
	// it out of scope.
	labelled := slices.Clone(ex)
	for _, c := range chatter {
		labelled = append(labelled, Example{Text: c, Label: "out_of_scope"})
	}
	if lm := mustTrain(t, labelled, o).Meta(); lm.TrainingSHA256 == em.TrainingSHA256 {
		t.Error("outliers and OOS-labelled messages hash the same")
	}
	tests := []struct {
		text string
		want string
	}{
		{"what a funny movie", "out_of_scope"},
		{"where is my order", "track_order"},
		{"quiero un reembolso", "get_refund"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if p := exposed.Predict(tt.text); p.Intent != tt.want {
				t.Errorf("Predict = %+v, want %s", p, tt.want)
			}
		})
	}
	t.Run("folds", func(t *testing.T) {
		ds := &dataset{y: make([]int32, len(withOut))}
		for i, e := range withOut {
			ds.y[i] = int32(slices.Index([]string{"track_order", "get_refund", "human_agent", "out_of_scope"}, e.Label))
			if e.Outlier {
				ds.y[i] = 3
			}
		}
		folds := foldsOf(ds, withOut, 4, Options{Folds: 3, Seed: 1})
		per := map[[2]int]int{} // (label, fold) → count
		for i, f := range folds {
			if withOut[i].Outlier != (f == -1) {
				t.Fatalf("example %d (outlier %v) in fold %d", i, withOut[i].Outlier, f)
			}
			if f >= 0 {
				per[[2]int{int(ds.y[i]), f}]++
			}
		}
		// 13 examples per label: 5, 4, 4 in some order.
		for y := range 4 {
			n := []int{per[[2]int{y, 0}], per[[2]int{y, 1}], per[[2]int{y, 2}]}
			slices.Sort(n)
			if !slices.Equal(n, []int{4, 4, 5}) {
				t.Errorf("label %d dealt %v over the folds, want 4, 4, 5", y, n)
			}
		}
	})
}

func TestInScopeAtRecall(t *testing.T) {
	// Margins and rows, lowest margin first: OOS rows at 0.1, 0.2, 0.6 and
	// one caught by the class (margin 0); in-scope rows right at 0.3,
	// 0.5, 0.7, 0.9 and wrong at 0.4.
	margin := []float64{0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.9}
	gold := []string{"oos", "oos", "oos", "a", "b", "a", "oos", "b", "a"}
	pred := []string{"oos", "a", "b", "a", "a", "a", "a", "b", "a"}
	tests := []struct {
		recall float64
		want   float64
	}{
		{0.25, 4.0 / 5}, // the class alone
		{0.5, 4.0 / 5},  // + the row at 0.1
		{0.75, 4.0 / 5}, // + 0.2
		{1, 2.0 / 5},    // + 0.3, 0.4 (wrong anyway), 0.5 and 0.6
		{0.76, 2.0 / 5}, // as for 1
		{0.0, 4.0 / 5},  // nothing to reject
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.recall), func(t *testing.T) {
			if got := inScopeAtRecall(margin, pred, gold, "oos", tt.recall); math.Abs(got-tt.want) > 1e-12 {
				t.Errorf("inScopeAtRecall = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestOOSScore(t *testing.T) {
	tests := []struct {
		name             string
		kind             string
		pIn, pOOS, pBest float64
		want             float64
	}{
		{"log ratio, in-scope best", OOSScoreLogRatio, 0.6, 0.2, 0.6, math.Log(3)},
		{"log ratio, OOS best", OOSScoreLogRatio, 0.2, 0.6, 0.6, -math.Log(3)},
		// Both small: the margin says almost nothing, the ratio a lot.
		{"log ratio, spread out", OOSScoreLogRatio, 0.05, 0.0005, 0.05, math.Log(100)},
		{"margin, spread out", OOSScoreMargin, 0.05, 0.0005, 0.05, 0.0495},
		{"margin, OOS best", OOSScoreMargin, 0.2, 0.6, 0.6, 0},
		{"log ratio, underflow", OOSScoreLogRatio, 0.9, 0, 0.9, math.Log(0.9) - math.Log(1e-30)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := oosScore(tt.kind, tt.pIn, tt.pOOS, tt.pBest); math.Abs(got-tt.want) > 1e-12 {
				t.Errorf("oosScore = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestOOSThresholdOnLogRatio checks that Predict thresholds the log
// ratio of the best in-scope label to the OOS class.
func TestOOSThresholdOnLogRatio(t *testing.T) {
	m := mustTrain(t, toyExamples(), Options{Seed: 1, Epochs: 30, TopK: 4})
	for _, text := range []string{"where is my order", "i want a refund please", "tell me a joke"} {
		p := m.Predict(text)
		var pIn, pOOS float64
		for _, s := range p.TopK {
			if s.Intent == "out_of_scope" {
				pOOS = s.Score
			} else if pIn == 0 {
				pIn = s.Score
			}
		}
		ratio := math.Log(pIn) - math.Log(pOOS)
		tests := []struct {
			name    string
			thr     float64
			wantOOS bool
		}{
			{"just below", ratio - 1e-3, p.TopK[0].Intent == "out_of_scope"},
			{"just above", ratio + 1e-3, true},
		}
		for _, tt := range tests {
			t.Run(text+"/"+tt.name, func(t *testing.T) {
				m.threshold = tt.thr // sequential subtests: no one else predicts
				if got := m.Predict(text); got.OutOfScope != tt.wantOOS {
					t.Errorf("threshold %.4f (log ratio %.4f): OutOfScope %v, want %v", tt.thr, ratio, got.OutOfScope, tt.wantOOS)
				}
			})
		}
	}
}

// TestUnknownWords checks that a message none of whose words was in the
// training data says so, that one known word, a number or a script
// written without spaces does not, and that files of format 4 (no
// vocabulary) never do.
func TestUnknownWords(t *testing.T) {
	m := mustTrain(t, toyExamples(), Options{Seed: 1})
	tests := []struct {
		text    string
		unknown bool
	}{
		{"flarn quux", true},
		{"zorp, blik!", true},
		{"where is my order", false},
		{"flarn my quux", false},       // "my" was trained
		{"10023", false},               // a number is not a word
		{"", false},                    // no words
		{"我的订单 flarn", false},          // Chinese runs have no words to check
		{"quiero un reembolso", false}, // trained Spanish
		{"hujambo rafiki yangu", true}, // Swahili: no training row
		{"WHERE is My ORDER", false},   // case folded like the features
	}
	for _, tt := range tests {
		if got := m.Predict(tt.text).UnknownWords; got != tt.unknown {
			t.Errorf("Predict(%q).UnknownWords = %v, want %v", tt.text, got, tt.unknown)
		}
	}
	loaded, err := Load(bytes.NewReader(mustSave(t, m)))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(loaded.vocab, m.vocab) || len(m.vocab) == 0 {
		t.Fatalf("vocabulary of %d words loaded as %d", len(m.vocab), len(loaded.vocab))
	}
	// Format 4: the same payload without the vocabulary.
	v4 := rewritePayload(t, mustSave(t, m), func(p []byte) []byte {
		binary.LittleEndian.PutUint32(p, 4)
		return p[:len(p)-4-4*len(m.vocab)]
	})
	old, err := Load(bytes.NewReader(v4))
	if err != nil {
		t.Fatalf("Load(version 4): %v", err)
	}
	if p := old.Predict("flarn quux"); p.UnknownWords {
		t.Errorf("a version-4 model reports unknown words: %+v", p)
	}
}
