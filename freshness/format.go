package freshness

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/money"
)

// MaxFeedBytes is the largest feed body kefu reads.
const MaxFeedBytes = 64 << 20

// Feed is a parsed feed in kefu's own terms, whatever its format.
type Feed struct {
	// Full says the feed lists everything the shop sells and offers:
	// products and promotions it does not list are removed.
	Full       bool
	Products   []*Product
	Promotions []*Promotion
	// Removed lists products the sender deleted, by an attribute they
	// carry (Shopify's products/delete webhook names the product by its
	// Shopify id, kept as the attribute "shopify_product_id").
	Removed []AttributeMatch
}

// AttributeMatch selects the products whose attribute Key is Value.
type AttributeMatch struct {
	Key, Value string
}

// Product is one product of a feed. Prices are minor units of Currency.
type Product struct {
	SKU          string            `json:"sku"`
	Names        map[string]string `json:"names"`                  // language -> name
	Descriptions map[string]string `json:"descriptions,omitempty"` // language -> text
	Price        int64             `json:"price"`
	Currency     string            `json:"currency"`
	Stock        int               `json:"stock"`
	Category     string            `json:"category,omitempty"`
	Brand        string            `json:"brand,omitempty"`
	Attributes   map[string]string `json:"attributes,omitempty"`
}

// Promotion is one promotion of a feed; Terms are its text per language.
type Promotion struct {
	ID         string            `json:"id"`
	Code       string            `json:"code,omitempty"`
	Start      time.Time         `json:"start,omitzero"`
	End        time.Time         `json:"end,omitzero"`
	Terms      map[string]string `json:"terms"`
	Categories []string          `json:"categories,omitempty"`
	Products   []string          `json:"products,omitempty"`
	MinTotal   int64             `json:"min_total,omitempty"`
	Currency   string            `json:"currency,omitempty"`
}

// Parse reads a feed body of format; lang and currency are the source's
// defaults for formats that name neither. Errors are EINVALID naming
// the field ("products[3].price") or the line of a syntax error.
func Parse(format kefu.FeedFormat, body []byte, lang, currency string) (*Feed, error) {
	switch format {
	case kefu.FeedKefu:
		return ParseKefu(body, currency)
	case kefu.FeedShopify:
		return ParseShopify(body, lang, currency)
	case kefu.FeedGoogle:
		return ParseGoogle(body, lang, currency)
	}
	return nil, kefu.Invalidf("format", "format %q is not kefu, shopify or google", format)
}

// The wire form of kefu's feed (docs/feeds.md). Prices and totals are
// decimal strings or numbers of major units ("19.90").
type wireFeed struct {
	Full       bool            `json:"full"`
	Currency   string          `json:"currency"`
	Products   []wireProduct   `json:"products"`
	Promotions []wirePromotion `json:"promotions"`
}

type wireProduct struct {
	SKU          string            `json:"sku"`
	Names        map[string]string `json:"names"`
	Descriptions map[string]string `json:"descriptions"`
	Price        decimal           `json:"price"`
	Currency     string            `json:"currency"`
	Stock        *int              `json:"stock"`
	Category     string            `json:"category"`
	Brand        string            `json:"brand"`
	Attributes   map[string]string `json:"attributes"`
}

type wirePromotion struct {
	ID         string            `json:"id"`
	Code       string            `json:"code"`
	Start      string            `json:"start"`
	End        string            `json:"end"`
	Terms      map[string]string `json:"terms"`
	Categories []string          `json:"categories"`
	Products   []string          `json:"products"`
	MinTotal   decimal           `json:"min_total"`
	Currency   string            `json:"currency"`
}

// decimal is an amount given as a JSON number (19.9) or string
// ("19.90"); parsePrice checks it.
type decimal string

func (d *decimal) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		*d = decimal(s)
		return nil
	}
	var n json.Number
	if err := json.Unmarshal(b, &n); err != nil {
		return err
	}
	*d = decimal(n)
	return nil
}

// ParseKefu reads kefu's own JSON feed.
func ParseKefu(body []byte, currency string) (*Feed, error) {
	var w wireFeed
	if err := decodeJSON(body, &w); err != nil {
		return nil, err
	}
	if w.Currency != "" {
		currency = w.Currency
	}
	f := &Feed{Full: w.Full}
	seen := map[string]int{}
	for i, wp := range w.Products {
		field := fmt.Sprintf("products[%d]", i)
		if strings.TrimSpace(wp.SKU) == "" {
			return nil, kefu.Invalidf(field+".sku", "%s.sku is required", field)
		}
		if j, dup := seen[wp.SKU]; dup {
			return nil, kefu.Invalidf(field+".sku", "%s.sku %q repeats products[%d]", field, wp.SKU, j)
		}
		seen[wp.SKU] = i
		if err := checkTexts(field+".names", wp.Names, true); err != nil {
			return nil, err
		}
		if err := checkTexts(field+".descriptions", wp.Descriptions, false); err != nil {
			return nil, err
		}
		cur := wp.Currency
		if cur == "" {
			cur = currency
		}
		price, err := parsePrice(field+".price", string(wp.Price), cur, true)
		if err != nil {
			return nil, err
		}
		if wp.Stock == nil {
			return nil, kefu.Invalidf(field+".stock", "%s.stock is required (0 when sold out)", field)
		}
		if *wp.Stock < 0 {
			return nil, kefu.Invalidf(field+".stock", "%s.stock %d is negative", field, *wp.Stock)
		}
		f.Products = append(f.Products, &Product{SKU: wp.SKU, Names: wp.Names, Descriptions: wp.Descriptions, Price: price,
			Currency: cur, Stock: *wp.Stock, Category: wp.Category, Brand: wp.Brand, Attributes: wp.Attributes})
	}
	seenPromo := map[string]bool{}
	for i, wp := range w.Promotions {
		field := fmt.Sprintf("promotions[%d]", i)
		if strings.TrimSpace(wp.ID) == "" {
			return nil, kefu.Invalidf(field+".id", "%s.id is required", field)
		}
		if seenPromo[wp.ID] {
			return nil, kefu.Invalidf(field+".id", "%s.id %q repeats an earlier promotion", field, wp.ID)
		}
		seenPromo[wp.ID] = true
		if err := checkTexts(field+".terms", wp.Terms, true); err != nil {
			return nil, err
		}
		p := &Promotion{ID: wp.ID, Code: wp.Code, Terms: wp.Terms, Categories: wp.Categories, Products: wp.Products}
		for _, t := range []struct {
			name string
			v    string
			dst  *time.Time
		}{{"start", wp.Start, &p.Start}, {"end", wp.End, &p.End}} {
			if t.v == "" {
				continue
			}
			at, err := time.Parse(time.RFC3339, t.v)
			if err != nil {
				return nil, kefu.Invalidf(field+"."+t.name, "%s.%s %q is not an RFC 3339 time like 2026-06-18T00:00:00+08:00", field, t.name, t.v)
			}
			*t.dst = at.UTC()
		}
		if !p.Start.IsZero() && !p.End.IsZero() && !p.End.After(p.Start) {
			return nil, kefu.Invalidf(field+".end", "%s.end is not after its start", field)
		}
		if wp.MinTotal != "" {
			cur := wp.Currency
			if cur == "" {
				cur = currency
			}
			min, err := parsePrice(field+".min_total", string(wp.MinTotal), cur, false)
			if err != nil {
				return nil, err
			}
			p.MinTotal, p.Currency = min, cur
		}
		f.Promotions = append(f.Promotions, p)
	}
	return f, nil
}

// checkTexts checks a language -> text map: canonical language tags and
// non-empty texts; required means at least one.
func checkTexts(field string, m map[string]string, required bool) error {
	if required && len(m) == 0 {
		return kefu.Invalidf(field, "%s needs a text in at least one language", field)
	}
	for l, v := range m {
		if err := kefu.CheckLanguage(field+"."+l, l); err != nil {
			return err
		}
		if strings.TrimSpace(v) == "" {
			return kefu.Invalidf(field+"."+l, "%s.%s is empty", field, l)
		}
	}
	return nil
}

// parsePrice parses a decimal amount of major units of currency into
// minor units.
func parsePrice(field, v, currency string, required bool) (int64, error) {
	if v == "" {
		if required {
			return 0, kefu.Invalidf(field, "%s is required", field)
		}
		return 0, nil
	}
	if currency == "" {
		return 0, kefu.Invalidf(field, "%s has no currency: give the feed's or the source's currency", field)
	}
	if !kefu.ValidCurrency(currency) {
		return 0, kefu.Invalidf(field, "%s: currency %q is not an ISO 4217 code", field, currency)
	}
	a, err := money.Parse(v, money.Currency(currency))
	if err != nil {
		return 0, kefu.Invalidf(field, "%s %q is not an amount of %s: %v", field, v, currency, err)
	}
	if a.Minor < 0 {
		return 0, kefu.Invalidf(field, "%s %q is negative", field, v)
	}
	return a.Minor, nil
}

// decodeJSON decodes body into v; a syntax or type error names its line
// (and the field, for a type error).
func decodeJSON(body []byte, v any) error {
	d := json.NewDecoder(bytes.NewReader(body))
	d.UseNumber()
	err := d.Decode(v)
	if err == nil {
		return nil
	}
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return kefu.Invalidf("body", "line %d: %s", lineOf(body, se.Offset), se.Error())
	case errors.As(err, &te):
		return kefu.Invalidf(te.Field, "line %d: %s is %s, want %s", lineOf(body, te.Offset), te.Field, te.Value, te.Type)
	case errors.Is(err, io.EOF):
		return kefu.Invalidf("body", "the feed is empty")
	}
	return kefu.Invalidf("body", "%v", err)
}

// lineOf is the 1-based line of byte offset off in body.
func lineOf(body []byte, off int64) int {
	if off > int64(len(body)) {
		off = int64(len(body))
	}
	return bytes.Count(body[:off], []byte("\n")) + 1
}

var tags = regexp.MustCompile(`<[^>]*>`)

// plainText turns a bit of HTML (Shopify's body_html) into plain text.
func plainText(h string) string {
	h = strings.NewReplacer("<br>", "\n", "<br/>", "\n", "<br />", "\n", "</p>", "\n", "</li>", "\n").Replace(h)
	t := html.UnescapeString(tags.ReplaceAllString(h, ""))
	lines := strings.Split(t, "\n")
	out := lines[:0]
	for _, l := range lines {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// sortedKeys returns m's keys in order.
func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
