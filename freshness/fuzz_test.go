package freshness_test

import (
	"os"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/freshness"
)

// FuzzParse feeds every format arbitrary bodies: parsing never panics,
// and a feed that parses has a SKU on every product and an id and terms
// on every promotion, and a non-negative price and stock.
func FuzzParse(f *testing.F) {
	for _, name := range []string{"testdata/shopify_products.json", "testdata/google_merchant.xml"} {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(catalogue))
	f.Fuzz(func(t *testing.T, body []byte) {
		for _, format := range []kefu.FeedFormat{kefu.FeedKefu, kefu.FeedShopify, kefu.FeedGoogle} {
			feed, err := freshness.Parse(format, body, "en", "EUR")
			if err != nil {
				if kefu.ErrorCode(err) != kefu.EINVALID {
					t.Fatalf("%s: error %v is not invalid", format, err)
				}
				continue
			}
			for _, p := range feed.Products {
				if p.SKU == "" || p.Price < 0 || p.Stock < 0 || len(p.Names) == 0 {
					t.Fatalf("%s: product %+v", format, p)
				}
			}
			for _, p := range feed.Promotions {
				if p.ID == "" || len(p.Terms) == 0 {
					t.Fatalf("%s: promotion %+v", format, p)
				}
			}
		}
	})
}
