package graph

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/cosmetics/inci"
)

func TestStoredRoundTrip(t *testing.T) {
	ps := catalogue(12)
	for _, g := range DeriveAll(ps, inci.DefaultRatings()) {
		sp := g.Stored("shop")
		if err := sp.Validate(); err != nil {
			t.Fatalf("%s: stored profile does not validate: %v", g.SKU, err)
		}
		// Through JSON, as a store keeps it, and back.
		b, err := json.Marshal(sp)
		if err != nil {
			t.Fatal(err)
		}
		var back kefu.ProductProfile
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		got := FromStored(&back)
		want, _ := json.Marshal(g)
		gotJSON, _ := json.Marshal(got)
		if string(gotJSON) != string(want) {
			t.Errorf("%s: round trip\n got %s\nwant %s", g.SKU, gotJSON, want)
		}
		if !reflect.DeepEqual(got.Filled(), g.Filled()) {
			t.Errorf("%s: filled %v, want %v", g.SKU, got.Filled(), g.Filled())
		}
		// Tags come in Dimensions order.
		last := -1
		for _, tag := range sp.Tags {
			i := indexOf(tag.Dimension)
			if i < last {
				t.Errorf("%s: %s after a later dimension", g.SKU, tag.Dimension)
			}
			last = i
		}
	}
}

func indexOf(dim string) int {
	for i, d := range Dimensions {
		if string(d) == dim {
			return i
		}
	}
	return -1
}

func TestStoredShop(t *testing.T) {
	p := *niacinamideSerum
	p.Attributes = map[string]string{"key_ingredients": "Niacinamide, Zinc PCA", "tags.suits_skin": "dry", "tags.efficacy": "-oil control"}
	sp := Derive(&p, nil).Stored("shop")
	var shop []string
	for _, tag := range sp.Tags {
		if tag.Shop {
			shop = append(shop, tag.Dimension+"="+tag.Value)
		}
		if tag.Dimension == "efficacy" && tag.Value == "oil control" {
			t.Errorf("removed tag %+v is stored", tag)
		}
	}
	if !reflect.DeepEqual(shop, []string{"suits_skin=dry"}) {
		t.Errorf("shop tags %v, want [suits_skin=dry]", shop)
	}
}

func TestExplain(t *testing.T) {
	for _, tc := range []struct {
		e    kefu.TagEvidence
		want string
	}{
		{kefu.TagEvidence{Kind: "ingredient", Rule: "class/niacinamide", Ingredients: []string{"niacinamide"}}, "ingredient niacinamide (class/niacinamide)"},
		{kefu.TagEvidence{Kind: "rule", Rule: "suits/oily", Because: []string{"efficacy:oil control"}, Ingredients: []string{"zinc pca"}}, "rule suits/oily, because efficacy:oil control (from zinc pca)"},
		{kefu.TagEvidence{Kind: "shop", Attribute: "tags.suits_skin"}, "the shop set it (tags.suits_skin)"},
		{kefu.TagEvidence{Kind: "attribute", Attribute: "skin_types"}, "the product's skin_types"},
		{kefu.TagEvidence{Kind: "text", Attribute: "name", Note: "matte"}, `the words "matte" in the product's name`},
		{kefu.TagEvidence{Kind: "catalog", Note: "serum EUR: budget <= 1500"}, "the catalogue's prices: serum EUR: budget <= 1500"},
		{kefu.TagEvidence{Kind: "ingredient", Rule: "rating/comedogenic", Ingredients: []string{"coconut oil"}, Note: "comedogenicity 4/5"}, "ingredient coconut oil (rating/comedogenic): comedogenicity 4/5"},
	} {
		if got := Explain(tc.e); got != tc.want {
			t.Errorf("Explain(%+v) = %q, want %q", tc.e, got, tc.want)
		}
	}
}
