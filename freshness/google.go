package freshness

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/money"
)

// GoogleInStock is the stock kefu records for a Google Merchant product
// that is "in stock": the feed says available, not how many, so kefu
// records more than any low-stock threshold and never says "only N left".
const GoogleInStock = 1000

// googleItem is one <item> (RSS 2.0) or <entry> (Atom) of a Merchant
// Center feed; its fields are in the g: namespace,
// http://base.google.com/ns/1.0. Fields in it win over the plain ones.
type googleItem struct {
	ID               string `xml:"http://base.google.com/ns/1.0 id"`
	GTitle           string `xml:"http://base.google.com/ns/1.0 title"`
	Title            string `xml:"title"`
	GDescription     string `xml:"http://base.google.com/ns/1.0 description"`
	Description      string `xml:"description"`
	Summary          string `xml:"summary"`
	Link             string `xml:"http://base.google.com/ns/1.0 link"`
	Price            string `xml:"http://base.google.com/ns/1.0 price"`
	SalePrice        string `xml:"http://base.google.com/ns/1.0 sale_price"`
	Availability     string `xml:"http://base.google.com/ns/1.0 availability"`
	AvailabilityDate string `xml:"http://base.google.com/ns/1.0 availability_date"`
	Brand            string `xml:"http://base.google.com/ns/1.0 brand"`
	GTIN             string `xml:"http://base.google.com/ns/1.0 gtin"`
	MPN              string `xml:"http://base.google.com/ns/1.0 mpn"`
	ProductType      string `xml:"http://base.google.com/ns/1.0 product_type"`
	GoogleCategory   string `xml:"http://base.google.com/ns/1.0 google_product_category"`
	ItemGroupID      string `xml:"http://base.google.com/ns/1.0 item_group_id"`
	Color            string `xml:"http://base.google.com/ns/1.0 color"`
	Size             string `xml:"http://base.google.com/ns/1.0 size"`
	Condition        string `xml:"http://base.google.com/ns/1.0 condition"`
}

// ParseGoogle reads a Google Merchant Center product feed, RSS 2.0
// (<item>) or Atom (<entry>) with the g: namespace. g:id is the SKU;
// g:title (or title) the name in lang; g:description (or description,
// summary) its text; g:price ("15.00 USD") the price, whose currency
// must be currency when the source names one; g:availability the stock:
// "in stock" is GoogleInStock, "out of stock" 0, "preorder" and
// "backorder" 0 with the restock date of g:availability_date; the last
// segment of g:product_type the category; g:brand the brand; the rest
// (link, gtin, mpn, sale_price, color, size, ...) attributes. A Merchant
// feed lists the whole catalogue, so it is full: products it no longer
// lists are removed. Errors name the item's line.
func ParseGoogle(body []byte, lang, currency string) (*Feed, error) {
	if lang == "" {
		lang = "en"
	}
	d := xml.NewDecoder(bytes.NewReader(body))
	f := &Feed{Full: true}
	seen := map[string]int{}
	root := ""
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			line, _ := d.InputPos()
			return nil, kefu.Invalidf("body", "line %d: %v", line, err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if root == "" {
			root = se.Name.Local
			if root != "rss" && root != "feed" {
				return nil, kefu.Invalidf("body", "line 1: the document is <%s>, not a Merchant Center <rss> or Atom <feed>", root)
			}
			continue
		}
		if se.Name.Local != "item" && se.Name.Local != "entry" {
			continue
		}
		line, _ := d.InputPos()
		var it googleItem
		if err := d.DecodeElement(&it, &se); err != nil {
			l, _ := d.InputPos()
			return nil, kefu.Invalidf("body", "line %d: %v", l, err)
		}
		field := fmt.Sprintf("items[%d]", len(f.Products))
		p, err := it.product(field, line, lang, currency)
		if err != nil {
			return nil, err
		}
		if l, dup := seen[p.SKU]; dup {
			return nil, kefu.Invalidf(field+".id", "line %d: g:id %q repeats the item of line %d", line, p.SKU, l)
		}
		seen[p.SKU] = line
		f.Products = append(f.Products, p)
	}
	switch {
	case root == "" && len(bytes.TrimSpace(body)) == 0:
		return nil, kefu.Invalidf("body", "the feed is empty")
	case root == "":
		return nil, kefu.Invalidf("body", "line 1: not XML: no Merchant Center <rss> or Atom <feed> element")
	}
	return f, nil
}

// product is the item as a feed product; field and line name it in
// errors.
func (it *googleItem) product(field string, line int, lang, currency string) (*Product, error) {
	bad := func(name, format string, args ...any) error {
		return kefu.Invalidf(field+"."+name, "line %d: "+format, append([]any{line}, args...)...)
	}
	sku := strings.TrimSpace(it.ID)
	if sku == "" {
		return nil, bad("id", "g:id is required")
	}
	name := firstText(it.GTitle, it.Title)
	if name == "" {
		return nil, bad("title", "g:title is required")
	}
	if strings.TrimSpace(it.Price) == "" {
		return nil, bad("price", "g:price is required")
	}
	amount, err := money.ParseAmount(strings.TrimSpace(it.Price))
	if err != nil {
		return nil, bad("price", "g:price %q is not an amount with its currency like \"15.00 USD\": %v", it.Price, err)
	}
	if currency != "" && string(amount.Currency) != currency {
		return nil, bad("price", "g:price is in %s, but the feed source's currency is %s", amount.Currency, currency)
	}
	if amount.Minor < 0 {
		return nil, bad("price", "g:price %q is negative", it.Price)
	}
	p := &Product{SKU: sku, Names: map[string]string{lang: name}, Price: amount.Minor, Currency: string(amount.Currency),
		Brand: strings.TrimSpace(it.Brand), Attributes: map[string]string{}}
	if desc := plainText(firstText(it.GDescription, it.Description, it.Summary)); desc != "" {
		p.Descriptions = map[string]string{lang: desc}
	}
	switch av := strings.ToLower(strings.ReplaceAll(strings.TrimSpace(it.Availability), "_", " ")); av {
	case "in stock", "":
		p.Stock = GoogleInStock
	case "out of stock":
		p.Stock = 0
	case "preorder", "backorder":
		p.Stock = 0
		if len(it.AvailabilityDate) >= 10 {
			p.Attributes["restock_date"] = it.AvailabilityDate[:10]
		}
	default:
		return nil, bad("availability", "g:availability %q is not in stock, out of stock, preorder or backorder", it.Availability)
	}
	if pt := strings.TrimSpace(it.ProductType); pt != "" {
		parts := strings.Split(pt, ">")
		p.Category = strings.TrimSpace(parts[len(parts)-1])
		p.Attributes["product_type"] = pt
	}
	for k, v := range map[string]string{"link": it.Link, "gtin": it.GTIN, "mpn": it.MPN, "sale_price": it.SalePrice,
		"google_product_category": it.GoogleCategory, "item_group_id": it.ItemGroupID, "color": it.Color, "size": it.Size,
		"condition": it.Condition, "availability": it.Availability} {
		if v = strings.TrimSpace(v); v != "" {
			p.Attributes[k] = v
		}
	}
	if len(p.Attributes) == 0 {
		p.Attributes = nil
	}
	return p, nil
}

// firstText returns the first of vs that is not blank, trimmed.
func firstText(vs ...string) string {
	for _, v := range vs {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}
