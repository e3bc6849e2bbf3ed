package intent

import (
	"bytes"
	"slices"
	"testing"

	"github.com/kefu-ai/kefu/data/nlu/corpus"
	nlumodel "github.com/kefu-ai/kefu/data/nlu/model"
)

// TestLoadedWeightsExact checks that a loaded model, which keeps its
// weights int8 (Model.wq, hidden.embq), scores every corpus message
// exactly, bit for bit, as the same model with the weights expanded to
// float32 did before.
func TestLoadedWeightsExact(t *testing.T) {
	rows, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"", "where is my order 10023?", "我要退货", "¿dónde está mi pedido?", "😡😡😡"}
	for i, r := range rows {
		if i%4 == 0 || testing.Short() && i%40 == 0 {
			texts = append(texts, r.Text)
		}
	}
	load := func() *Model {
		m, err := Load(bytes.NewReader(nlumodel.Ecommerce))
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	q, f := load(), load()
	if q.wq == nil || q.w != nil || q.hid == nil || q.hid.embq == nil || q.hid.emb != nil {
		t.Fatal("the loaded model does not keep its weights int8")
	}
	f.w, f.wq = dequantize(f.wq, f.scales, f.nclass), nil
	f.hid.emb, f.hid.embq = dequantize(f.hid.embq, f.hid.embScale, f.hid.H), nil
	sq, sf := q.getScratch(), f.getScratch()
	for _, text := range texts {
		a := slices.Clone(q.scoresOf(text, sq))
		b := f.scoresOf(text, sf)
		if !slices.Equal(a, b) {
			t.Fatalf("scores of %q: int8 %v, float32 %v", text, a, b)
		}
	}
	t.Logf("%d messages scored alike", len(texts))
}
