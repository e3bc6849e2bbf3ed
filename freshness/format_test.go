package freshness_test

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/freshness"
)

func TestParseKefu(t *testing.T) {
	body := `{
  "full": true,
  "currency": "EUR",
  "products": [
    {"sku": "S-1", "names": {"en": "Vitamin C serum", "zh": "维C精华"}, "descriptions": {"en": "Brightens."},
     "price": "19.90", "stock": 12, "category": "skincare", "brand": "Lumi", "attributes": {"volume": "30 ml"}},
    {"sku": "JP-1", "names": {"ja": "緑茶"}, "price": 1200, "currency": "JPY", "stock": 0}
  ],
  "promotions": [
    {"id": "618", "code": "SAVE618", "start": "2026-06-01T00:00:00+08:00", "end": "2026-06-19T00:00:00+08:00",
     "terms": {"en": "10% off everything", "zh": "全场九折"}, "min_total": "50", "categories": ["skincare"]}
  ]
}`
	f, err := freshness.ParseKefu([]byte(body), "")
	if err != nil {
		t.Fatal(err)
	}
	want := &freshness.Feed{
		Full: true,
		Products: []*freshness.Product{
			{SKU: "S-1", Names: map[string]string{"en": "Vitamin C serum", "zh": "维C精华"}, Descriptions: map[string]string{"en": "Brightens."},
				Price: 1990, Currency: "EUR", Stock: 12, Category: "skincare", Brand: "Lumi", Attributes: map[string]string{"volume": "30 ml"}},
			{SKU: "JP-1", Names: map[string]string{"ja": "緑茶"}, Price: 1200, Currency: "JPY", Stock: 0},
		},
		Promotions: []*freshness.Promotion{{ID: "618", Code: "SAVE618", Start: time.Date(2026, 5, 31, 16, 0, 0, 0, time.UTC),
			End: time.Date(2026, 6, 18, 16, 0, 0, 0, time.UTC), Terms: map[string]string{"en": "10% off everything", "zh": "全场九折"},
			Categories: []string{"skincare"}, MinTotal: 5000, Currency: "EUR"}},
	}
	checkJSON(t, "ParseKefu", f, want)
}

func TestParseShopify(t *testing.T) {
	body, err := os.ReadFile("testdata/shopify_products.json")
	if err != nil {
		t.Fatal(err)
	}
	f, err := freshness.ParseShopify(body, "en", "EUR")
	if err != nil {
		t.Fatal(err)
	}
	want := &freshness.Feed{Products: []*freshness.Product{
		{SKU: "LUMI-C-30", Names: map[string]string{"en": "Vitamin C Serum – 30 ml"}, Descriptions: map[string]string{"en": "A brightening serum.\nVegan"},
			Price: 1990, Currency: "EUR", Stock: 12, Category: "Skincare", Brand: "Lumi",
			Attributes: map[string]string{"handle": "vitamin-c-serum", "tags": "serum, vegan", "option1": "30 ml",
				"shopify_product_id": "632910392", "shopify_variant_id": "808950810"}},
		{SKU: "LUMI-C-50", Names: map[string]string{"en": "Vitamin C Serum – 50 ml"}, Descriptions: map[string]string{"en": "A brightening serum.\nVegan"},
			Price: 2900, Currency: "EUR", Stock: 0, Category: "Skincare", Brand: "Lumi",
			Attributes: map[string]string{"handle": "vitamin-c-serum", "tags": "serum, vegan", "option1": "50 ml",
				"shopify_product_id": "632910392", "shopify_variant_id": "808950811"}},
		{SKU: "shopify-808950812", Names: map[string]string{"en": "Gift card"}, Price: 2500, Currency: "EUR", Stock: 100, Brand: "Lumi",
			Attributes: map[string]string{"handle": "gift-card", "shopify_product_id": "632910393", "shopify_variant_id": "808950812"}},
	}}
	checkJSON(t, "ParseShopify", f, want)

	// A webhook (products/update) sends one product, not a list.
	one, err := freshness.ParseShopify([]byte(`{"id": 7, "title": "Toner", "tags": ["a", "b"], "variants": [{"id": 9, "sku": "T-1", "price": "8.50", "inventory_quantity": 3}]}`), "de", "EUR")
	if err != nil {
		t.Fatal(err)
	}
	if len(one.Products) != 1 || one.Products[0].Names["de"] != "Toner" || one.Products[0].Price != 850 || one.Products[0].Attributes["tags"] != "a, b" {
		t.Errorf("webhook product: %+v", one.Products)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name   string
		format kefu.FeedFormat
		body   string
		field  string // the error's field
		says   string // in the message
	}{
		{"kefu syntax", kefu.FeedKefu, "{\n\"products\": [\n{\"sku\": \"A\",}\n]}", "body", "line 3"},
		{"kefu empty", kefu.FeedKefu, "", "body", "empty"},
		{"kefu wrong type", kefu.FeedKefu, "{\"products\": [\n{\"sku\": 5}]}", "products.sku", "line 2"},
		{"kefu no sku", kefu.FeedKefu, `{"currency":"EUR","products":[{"names":{"en":"x"},"price":"1","stock":1}]}`, "products[0].sku", "required"},
		{"kefu repeated sku", kefu.FeedKefu, `{"currency":"EUR","products":[{"sku":"A","names":{"en":"x"},"price":"1","stock":1},{"sku":"A","names":{"en":"y"},"price":"1","stock":1}]}`, "products[1].sku", "repeats products[0]"},
		{"kefu no names", kefu.FeedKefu, `{"currency":"EUR","products":[{"sku":"A","price":"1","stock":1}]}`, "products[0].names", "at least one language"},
		{"kefu bad language", kefu.FeedKefu, `{"currency":"EUR","products":[{"sku":"A","names":{"EN_us":"x"},"price":"1","stock":1}]}`, "products[0].names.EN_us", ""},
		{"kefu bad price", kefu.FeedKefu, `{"currency":"EUR","products":[{"sku":"A","names":{"en":"x"},"price":"1.999","stock":1}]}`, "products[0].price", "not an amount"},
		{"kefu no currency", kefu.FeedKefu, `{"products":[{"sku":"A","names":{"en":"x"},"price":"1","stock":1}]}`, "products[0].price", "no currency"},
		{"kefu negative stock", kefu.FeedKefu, `{"currency":"EUR","products":[{"sku":"A","names":{"en":"x"},"price":"1","stock":-1}]}`, "products[0].stock", "negative"},
		{"kefu no stock", kefu.FeedKefu, `{"currency":"EUR","products":[{"sku":"A","names":{"en":"x"},"price":"1"}]}`, "products[0].stock", "required"},
		{"kefu bad end", kefu.FeedKefu, `{"promotions":[{"id":"p","terms":{"en":"x"},"end":"next week"}]}`, "promotions[0].end", "RFC 3339"},
		{"kefu end before start", kefu.FeedKefu, `{"promotions":[{"id":"p","terms":{"en":"x"},"start":"2026-06-02T00:00:00Z","end":"2026-06-01T00:00:00Z"}]}`, "promotions[0].end", "not after"},
		{"kefu no terms", kefu.FeedKefu, `{"promotions":[{"id":"p"}]}`, "promotions[0].terms", "at least one language"},
		{"shopify syntax", kefu.FeedShopify, "{\"products\": [\n\n{\"title\": }]}", "body", "line 3"},
		{"shopify no variants", kefu.FeedShopify, `{"products":[{"id":1,"title":"x","variants":[]}]}`, "products[0].variants", "empty"},
		{"shopify no title", kefu.FeedShopify, `{"products":[{"id":1,"variants":[{"id":2,"sku":"A","price":"1"}]}]}`, "products[0].title", "required"},
		{"shopify bad price", kefu.FeedShopify, `{"products":[{"id":1,"title":"x","variants":[{"id":2,"sku":"A","price":"cheap"}]}]}`, "products[0].variants[0].price", ""},
		{"shopify repeated sku", kefu.FeedShopify, `{"products":[{"id":1,"title":"x","variants":[{"id":2,"sku":"A","price":"1"},{"id":3,"sku":"A","price":"1"}]}]}`, "products[0].variants[1].sku", "repeats"},
		{"shopify neither", kefu.FeedShopify, `{"shop": {}}`, "products", "neither"},
		{"shopify one product no variants", kefu.FeedShopify, `{"id":1,"title":"x"}`, "product.variants", "empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := freshness.Parse(tt.format, []byte(tt.body), "en", "EUR")
			if tt.name == "kefu no currency" {
				_, err = freshness.Parse(tt.format, []byte(tt.body), "en", "")
			}
			if kefu.ErrorCode(err) != kefu.EINVALID || kefu.ErrorField(err) != tt.field || !strings.Contains(kefu.ErrorMessage(err), tt.says) {
				t.Errorf("error %v (code %s, field %q); want EINVALID on %q saying %q", err, kefu.ErrorCode(err), kefu.ErrorField(err), tt.field, tt.says)
			}
		})
	}
}
