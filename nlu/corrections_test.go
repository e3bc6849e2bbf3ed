package nlu_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/nlu"
)

// The message of BenchmarkCorrectionToServing (cmd/kefu): the shipped
// model reads it as fresh_left_outside; its gold intent is
// fresh_missing_item.
const lemons = "you left out the lemons"

func TestCorrections(t *testing.T) {
	ctx := context.Background()
	other := &kefu.Tenant{ID: "other"}
	understand := func(t *testing.T, u *nlu.Understander, tenant *kefu.Tenant, text string) kefu.Understanding {
		t.Helper()
		und, err := u.Understand(ctx, kefu.UnderstandRequest{Tenant: tenant, Text: text, Language: "en"})
		if err != nil {
			t.Fatal(err)
		}
		return und
	}
	plain := MustUnderstander(t)
	before := understand(t, plain, shop, lemons)
	if before.Intent == "fresh_missing_item" {
		t.Fatalf("the shipped model already reads %q as fresh_missing_item; pick another message", lemons)
	}
	tests := []struct {
		name        string
		corrections []nlu.Correction
		tenant      *kefu.Tenant
		text        string
		intent      string // "" means: as the model alone understands it
		source      string // suffix of Source when a correction applies
		entities    []kefu.Entity
	}{
		{"the corrected text", []nlu.Correction{{ID: 7, Text: lemons, Language: "en", Intent: "fresh_missing_item"}},
			shop, lemons, "fresh_missing_item", "+correction/7", nil},
		{"the same text after normalisation", []nlu.Correction{{ID: 7, Text: lemons, Language: "en", Intent: "fresh_missing_item"}},
			shop, "  You left out the LEMONS ", "fresh_missing_item", "+correction/7", nil},
		{"another shop is not corrected", []nlu.Correction{{ID: 7, Text: lemons, Language: "en", Intent: "fresh_missing_item"}},
			other, lemons, "", "", nil},
		{"another text is not corrected", []nlu.Correction{{ID: 7, Text: lemons, Language: "en", Intent: "fresh_missing_item"}},
			shop, "you left out the limes", "", "", nil},
		{"the later correction of a text wins", []nlu.Correction{
			{ID: 9, Text: lemons, Language: "en", Intent: "fresh_missing_item"},
			{ID: 8, Text: "You left out the lemons", Language: "en", Intent: "complaint"}},
			shop, lemons, "fresh_missing_item", "+correction/9", nil},
		{"the agent's entities replace the extracted ones of their type",
			[]nlu.Correction{{ID: 3, Text: "where is order 10023 with the Lemons", Language: "en", Intent: "order_status",
				Entities: map[string]string{"product": "lemons", "order_number": "10024"}}},
			shop, "where is order 10023 with the Lemons", "order_status", "+correction/3",
			[]kefu.Entity{{Type: "order_number", Text: "10024", Value: "10024"},
				{Type: "product", Text: "Lemons", Value: "lemons", Start: 30, End: 36}}},
	}
	// One understander with corrections for all cases (building one
	// trains language identification): each case replaces the shop's
	// table.
	u := MustUnderstander(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if n := u.SetCorrections(shop.ID, tc.corrections); n == 0 {
				t.Fatalf("SetCorrections served no text")
			}
			want := understand(t, plain, tc.tenant, tc.text)
			got := understand(t, u, tc.tenant, tc.text)
			if tc.intent == "" {
				if got.Intent != want.Intent || got.Confidence != want.Confidence || got.Source != want.Source {
					t.Errorf("corrections changed an uncorrected message: %+v, want %+v", got, want)
				}
				return
			}
			if got.Intent != tc.intent || got.Confidence != nlu.CorrectionConfidence || !strings.HasSuffix(got.Source, tc.source) ||
				!strings.HasPrefix(got.Source, want.Source) {
				t.Errorf("got %s %.3f from %q; want %s %.3f from %q + %q", got.Intent, got.Confidence, got.Source,
					tc.intent, nlu.CorrectionConfidence, want.Source, tc.source)
			}
			if want.Intent != tc.intent && (len(got.Alternatives) == 0 || got.Alternatives[0].Intent != want.Intent) {
				t.Errorf("alternatives %v do not start with what the model understood (%s)", got.Alternatives, want.Intent)
			}
			if tc.entities != nil && !slices.Equal(got.Entities, tc.entities) {
				t.Errorf("entities %+v, want %+v", got.Entities, tc.entities)
			}
			if got.Language != want.Language || got.Normalized != want.Normalized || got.Emotion != want.Emotion {
				t.Errorf("a correction changed more than intent and entities: %+v vs %+v", got, want)
			}
		})
	}
}

func TestCorrectionsWithdrawn(t *testing.T) {
	ctx := context.Background()
	u := MustUnderstander(t)
	req := kefu.UnderstandRequest{Tenant: shop, Text: lemons, Language: "en"}
	before, _ := u.Understand(ctx, req)
	u.SetCorrections(shop.ID, []nlu.Correction{{ID: 1, Text: lemons, Language: "en", Intent: "fresh_missing_item"}})
	if got, _ := u.Understand(ctx, req); got.Intent != "fresh_missing_item" {
		t.Fatalf("with the correction: %s", got.Intent)
	}
	if n := u.SetCorrections(shop.ID, nil); n != 0 || u.CorrectionsFor(shop.ID) != nil {
		t.Fatalf("SetCorrections(nil) = %d, table %v", n, u.CorrectionsFor(shop.ID))
	}
	if got, _ := u.Understand(ctx, req); got.Intent != before.Intent || got.Source != before.Source {
		t.Errorf("after the withdrawal: %s from %s, want %s from %s", got.Intent, got.Source, before.Intent, before.Source)
	}
}

// BenchmarkUnderstandCorrections is BenchmarkUnderstand with a table of
// 10,000 corrections for the shop, none of them the messages: the cost
// of the lookup on every message (compare with BenchmarkUnderstand in
// the same run); "hit" understands a corrected message.
func BenchmarkUnderstandCorrections(b *testing.B) {
	ctx := context.Background()
	msgs := []string{"where is my order 10023?", "我的三文鱼变质了吗?", "¿cuánto tarda el envío a España?", "ของยังไม่ถึงเลยค่ะ", "混油皮夏天用什么粉底液?", "thanks!"}
	cs := make([]nlu.Correction, 10000)
	for i := range cs {
		cs[i] = nlu.Correction{ID: int64(i + 1), Text: fmt.Sprintf("where is my parcel number %d", i), Language: "en", Intent: "order_status"}
	}
	for _, bc := range []struct {
		name string
		cs   []nlu.Correction
		msgs []string
	}{{"none", nil, msgs}, {"miss", cs, msgs}, {"hit", cs, []string{cs[42].Text}}} {
		b.Run(bc.name, func(b *testing.B) {
			u := MustUnderstander(b)
			u.SetCorrections(shop.ID, bc.cs)
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				if _, err := u.Understand(ctx, kefu.UnderstandRequest{Tenant: shop, Text: bc.msgs[i%len(bc.msgs)]}); err != nil {
					b.Fatal(err)
				}
				i++
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "und/s")
		})
	}
}

// BenchmarkCorrectionsLookup is the lookup Understand adds to every
// message, alone: a shop's table of 10,000 corrected texts, a message
// that is none of them.
func BenchmarkCorrectionsLookup(b *testing.B) {
	u := MustUnderstander(b)
	cs := make([]nlu.Correction, 10000)
	for i := range cs {
		cs[i] = nlu.Correction{ID: int64(i + 1), Text: fmt.Sprintf("where is my parcel number %d", i), Language: "en", Intent: "order_status"}
	}
	u.SetCorrections(shop.ID, cs)
	n, lang, _ := u.Prep().Normalize("where is my order 10023?", "en")
	b.ReportAllocs()
	for b.Loop() {
		if u.CorrectionsFor(shop.ID).Lookup(n, lang) != nil {
			b.Fatal("hit")
		}
	}
}

// BenchmarkSetCorrections builds and installs a shop's table of 10,000
// corrected texts: what a node does to the shop on every review of one of
// its relabels.
func BenchmarkSetCorrections(b *testing.B) {
	u := MustUnderstander(b)
	cs := make([]nlu.Correction, 10000)
	for i := range cs {
		cs[i] = nlu.Correction{ID: int64(i + 1), Text: fmt.Sprintf("where is my parcel number %d, it is late", i), Language: "en", Intent: "order_status"}
	}
	for b.Loop() {
		u.SetCorrections(shop.ID, cs)
	}
}
