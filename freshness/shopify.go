package freshness

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/kefu-ai/kefu"
)

// Shopify's product JSON, as GET /admin/api/<version>/products.json and
// the products/create and products/update webhooks send it. Only the
// fields kefu uses are read.
type shopifyProducts struct {
	Products []shopifyProduct `json:"products"`
}

type shopifyProduct struct {
	ID          json.Number      `json:"id"`
	Title       string           `json:"title"`
	Handle      string           `json:"handle"`
	BodyHTML    string           `json:"body_html"`
	Vendor      string           `json:"vendor"`
	ProductType string           `json:"product_type"`
	Tags        shopifyTags      `json:"tags"`
	Status      string           `json:"status"`
	Variants    []shopifyVariant `json:"variants"`
}

type shopifyVariant struct {
	ID                json.Number `json:"id"`
	Title             string      `json:"title"`
	SKU               string      `json:"sku"`
	Price             decimal     `json:"price"`
	InventoryQuantity *int        `json:"inventory_quantity"`
	Option1           string      `json:"option1"`
	Option2           string      `json:"option2"`
	Option3           string      `json:"option3"`
	Barcode           string      `json:"barcode"`
}

// shopifyTags reads Shopify's tags, a comma-separated string in the
// REST API (and a list in GraphQL exports).
type shopifyTags []string

func (t *shopifyTags) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		for _, p := range strings.Split(s, ",") {
			if p = strings.TrimSpace(p); p != "" {
				*t = append(*t, p)
			}
		}
		return nil
	}
	var l []string
	if err := json.Unmarshal(b, &l); err != nil {
		return err
	}
	*t = l
	return nil
}

// ParseShopify reads Shopify's products.json ({"products": [...]}) or one
// product of a webhook ({"id": ..., "title": ..., "variants": [...]}).
// Each variant is a kefu product: its SKU (or "shopify-<variant id>"
// when it has none), the product's title with the variant's ("Serum –
// 50 ml") in lang, body_html as plain text, vendor as brand, product_type
// as category, tags and handle as attributes. Prices are in currency
// (Shopify's shop currency; products.json does not name it).
// Shopify feeds are never full: products.json comes a page at a time,
// so a product missing from one delivery is not removed. The
// products/delete webhook's body, {"id": ...} alone, removes the
// product's variants.
func ParseShopify(body []byte, lang, currency string) (*Feed, error) {
	if lang == "" {
		lang = "en"
	}
	var list shopifyProducts
	if err := decodeJSON(body, &list); err != nil {
		return nil, err
	}
	prefix := "products"
	if list.Products == nil {
		var one shopifyProduct
		if err := decodeJSON(body, &one); err != nil {
			return nil, err
		}
		switch {
		case one.ID == "" && one.Title == "":
			return nil, kefu.Invalidf("products", "neither a products list nor a product: want {\"products\": [...]} or one product with an id")
		case one.Title == "" && len(one.Variants) == 0:
			// products/delete sends only the deleted product's id.
			return &Feed{Removed: []AttributeMatch{{Key: "shopify_product_id", Value: string(one.ID)}}}, nil
		}
		list.Products = []shopifyProduct{one}
		prefix = ""
	}
	f := &Feed{}
	seen := map[string]string{}
	for i, sp := range list.Products {
		field := fmt.Sprintf("%s[%d]", prefix, i)
		if prefix == "" {
			field = "product"
		}
		if strings.TrimSpace(sp.Title) == "" {
			return nil, kefu.Invalidf(field+".title", "%s.title is required", field)
		}
		if len(sp.Variants) == 0 {
			return nil, kefu.Invalidf(field+".variants", "%s.variants is empty: a product needs a variant for its price", field)
		}
		if sp.Status == "archived" || sp.Status == "draft" {
			continue // not sold: Shopify lists them to the shop's staff only
		}
		desc := plainText(sp.BodyHTML)
		for j, v := range sp.Variants {
			vf := fmt.Sprintf("%s.variants[%d]", field, j)
			sku := strings.TrimSpace(v.SKU)
			if sku == "" {
				if v.ID == "" {
					return nil, kefu.Invalidf(vf+".sku", "%s has neither a sku nor an id", vf)
				}
				sku = "shopify-" + string(v.ID)
			}
			if other, dup := seen[sku]; dup {
				return nil, kefu.Invalidf(vf+".sku", "%s.sku %q repeats %s", vf, sku, other)
			}
			seen[sku] = vf
			price, err := parsePrice(vf+".price", string(v.Price), currency, true)
			if err != nil {
				return nil, err
			}
			name := sp.Title
			if t := strings.TrimSpace(v.Title); t != "" && t != "Default Title" {
				name += " – " + t
			}
			stock := 0
			if v.InventoryQuantity != nil && *v.InventoryQuantity > 0 {
				stock = *v.InventoryQuantity // Shopify allows overselling into negatives
			}
			attrs := map[string]string{"shopify_product_id": string(sp.ID), "shopify_variant_id": string(v.ID)}
			if sp.Handle != "" {
				attrs["handle"] = sp.Handle
			}
			if len(sp.Tags) > 0 {
				attrs["tags"] = strings.Join(sp.Tags, ", ")
			}
			if v.Barcode != "" {
				attrs["barcode"] = v.Barcode
			}
			for k, o := range []string{v.Option1, v.Option2, v.Option3} {
				if o != "" && o != "Default Title" {
					attrs[fmt.Sprintf("option%d", k+1)] = o
				}
			}
			for k, v := range attrs {
				if v == "" {
					delete(attrs, k)
				}
			}
			p := &Product{SKU: sku, Names: map[string]string{lang: name}, Price: price, Currency: currency, Stock: stock,
				Category: sp.ProductType, Brand: sp.Vendor, Attributes: attrs}
			if desc != "" {
				p.Descriptions = map[string]string{lang: desc}
			}
			f.Products = append(f.Products, p)
		}
	}
	return f, nil
}
