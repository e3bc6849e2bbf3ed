package freshness_test

import (
	"os"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/freshness"
)

func TestParseGoogle(t *testing.T) {
	body, err := os.ReadFile("testdata/google_merchant.xml")
	if err != nil {
		t.Fatal(err)
	}
	f, err := freshness.ParseGoogle(body, "en", "EUR")
	if err != nil {
		t.Fatal(err)
	}
	want := &freshness.Feed{Full: true, Products: []*freshness.Product{
		{SKU: "LUMI-C-30", Names: map[string]string{"en": "Vitamin C Serum 30 ml"}, Descriptions: map[string]string{"en": "A brightening serum."},
			Price: 1990, Currency: "EUR", Stock: freshness.GoogleInStock, Category: "Serums", Brand: "Lumi",
			Attributes: map[string]string{"link": "https://lumi.example/serum", "sale_price": "17.90 EUR", "gtin": "04006381333931",
				"product_type": "Beauty > Skincare > Serums", "availability": "in_stock"}},
		{SKU: "LUMI-TONER", Names: map[string]string{"en": "Rose toner"}, Descriptions: map[string]string{"en": "Gentle."},
			Price: 950, Currency: "EUR", Stock: 0, Attributes: map[string]string{"restock_date": "2026-07-01", "availability": "backorder"}},
	}}
	checkJSON(t, "ParseGoogle RSS", f, want)

	atom := `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:g="http://base.google.com/ns/1.0">
<title>Lumi</title>
<entry><g:id>A-1</g:id><title>Lip balm</title><summary>Soft lips.</summary><g:price>3.00 EUR</g:price><g:availability>out of stock</g:availability></entry>
</feed>`
	f, err = freshness.ParseGoogle([]byte(atom), "de", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Products) != 1 || f.Products[0].Names["de"] != "Lip balm" || f.Products[0].Descriptions["de"] != "Soft lips." || f.Products[0].Stock != 0 {
		t.Errorf("ParseGoogle Atom: %+v", f.Products[0])
	}
}

func TestParseGoogleErrors(t *testing.T) {
	item := func(fields string) string {
		return "<rss xmlns:g=\"http://base.google.com/ns/1.0\">\n<channel>\n<item>" + fields + "</item>\n</channel></rss>"
	}
	tests := []struct {
		name, body, field, says string
	}{
		{"not xml", "{\"products\": []}", "body", "line 1"},
		{"unclosed", "<rss xmlns:g=\"http://base.google.com/ns/1.0\">\n<channel>\n<item><g:id>A</g:id>\n", "body", "line 4"},
		{"another document", "<html><body/></html>", "body", "not a Merchant Center"},
		{"empty", "", "body", "empty"},
		{"no id", item("<g:title>x</g:title><g:price>1 EUR</g:price>"), "items[0].id", "line 3: g:id is required"},
		{"no title", item("<g:id>A</g:id><g:price>1 EUR</g:price>"), "items[0].title", "line 3"},
		{"no price", item("<g:id>A</g:id><g:title>x</g:title>"), "items[0].price", "required"},
		{"price without currency", item("<g:id>A</g:id><g:title>x</g:title><g:price>15.00</g:price>"), "items[0].price", "with its currency"},
		{"other currency", item("<g:id>A</g:id><g:title>x</g:title><g:price>15.00 USD</g:price>"), "items[0].price", "source's currency is EUR"},
		{"bad availability", item("<g:id>A</g:id><g:title>x</g:title><g:price>1 EUR</g:price><g:availability>soon</g:availability>"), "items[0].availability", "soon"},
		{"repeated id", "<rss xmlns:g=\"http://base.google.com/ns/1.0\"><channel>\n<item><g:id>A</g:id><g:title>x</g:title><g:price>1 EUR</g:price></item>\n<item><g:id>A</g:id><g:title>y</g:title><g:price>1 EUR</g:price></item></channel></rss>", "items[1].id", "repeats the item of line 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := freshness.Parse(kefu.FeedGoogle, []byte(tt.body), "en", "EUR")
			if kefu.ErrorCode(err) != kefu.EINVALID || kefu.ErrorField(err) != tt.field || !strings.Contains(kefu.ErrorMessage(err), tt.says) {
				t.Errorf("error %v (field %q); want EINVALID on %q saying %q", err, kefu.ErrorField(err), tt.field, tt.says)
			}
		})
	}
}
