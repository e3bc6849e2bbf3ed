package importer

import (
	"context"
	"fmt"
	"strings"

	"github.com/kefu-ai/kefu"
)

// reviewRecord is one review: a CSV row or a JSON element, with the
// fields of the admin API's review items (docs/reviews.md).
type reviewRecord struct {
	at                 pos
	badRating          bool   // the CSV reader already reported the rating
	ID                 string `json:"id"`
	SKU                string `json:"sku"`
	CustomerExternalID string `json:"customer_external_id"`
	Rating             int    `json:"rating"`
	Title              string `json:"title"`
	Text               string `json:"text"`
	Language           string `json:"language"`
	SkinType           string `json:"skin_type"`
	Verified           bool   `json:"verified"`
	CreatedAt          string `json:"created_at"`
}

func (r *reviewRecord) setAt(p pos) { r.at = p }

func (r *promotionRecord) setAt(p pos) { r.at = p }

// reviewItem is a checked review: its reviewer is resolved to kefu's
// customer ID when stored.
type reviewItem struct {
	at          pos
	review      *kefu.Review
	customerExt string
}

func reviewsFromCSV(t *table, ps *problems) []reviewRecord {
	var out []reviewRecord
	for _, r := range t.rows {
		at := pos{line: r.line}
		rating, msg := 0, "rating is required"
		if s := t.get(r, "rating"); s != "" {
			rating, msg = parseInt("rating", s, 1)
		}
		ps.add(at, msg)
		verified, vmsg := parseBool("verified", t.get(r, "verified"))
		ps.add(at, vmsg)
		out = append(out, reviewRecord{at: at, badRating: msg != "", ID: t.get(r, "id"), SKU: t.get(r, "sku"),
			CustomerExternalID: t.get(r, "customer_external_id"), Rating: rating, Title: t.get(r, "title"),
			Text: t.get(r, "text"), Language: t.get(r, "language"), SkinType: strings.ToLower(t.get(r, "skin_type")),
			Verified: verified, CreatedAt: t.get(r, "created_at")})
	}
	return out
}

// checkReviews checks reviews as the admin API does, plus the file's own
// rules: languages are kept as their base ("zh-Hant" is "zh"), and an
// id may appear once per file.
func checkReviews(sh *shop, recs []reviewRecord, ps *problems) []reviewItem {
	var out []reviewItem
	seen := dups{}
	for _, r := range recs {
		c := newChecker(ps, r.at)
		rv := &kefu.Review{TenantID: sh.tenantID, ID: r.ID, SKU: r.SKU, Rating: r.Rating, Title: r.Title, Text: r.Text,
			SkinType: r.SkinType, Verified: r.Verified}
		c.add(checkID("id", r.ID, true))
		c.add(checkID("sku", r.SKU, true))
		c.add(checkID("customer_external_id", r.CustomerExternalID, false))
		if !r.badRating && (r.Rating < 1 || r.Rating > 5) {
			c.add(fmt.Sprintf("rating %d is not from 1 to 5", r.Rating))
		}
		c.add(checkText("title", r.Title, false, kefu.MaxReviewTitleLen, false))
		c.add(checkText("text", r.Text, false, kefu.MaxReviewTextLen, true))
		if r.Language == "" {
			c.add("language is required: the language the review is written in")
		} else {
			var msg string
			rv.Language, msg = normLanguage("language", r.Language)
			c.add(msg)
		}
		if r.SkinType != "" {
			c.add(oneOf("skin_type", r.SkinType, strings.Join(kefu.SkinTypes, ",")))
		}
		if r.CreatedAt != "" {
			var msg string
			rv.CreatedAt, msg = parseTime("created_at", r.CreatedAt, sh.loc)
			c.add(msg)
		}
		seen.check(ps, r.at, fmt.Sprintf("review %q", r.ID), r.ID)
		if r.badRating {
			continue // reported; Validate would only repeat it
		}
		c.validate(rv)
		if c.ok() {
			out = append(out, reviewItem{at: r.at, review: rv, customerExt: r.CustomerExternalID})
		}
	}
	return out
}

// reviews stores the batch's reviews after the products and customers,
// so that a shop document's reviews may name its own products and
// customers. Unknown SKUs and customers are reported for every review
// before anything is written.
func (w *writer) reviews(ctx context.Context, b *batch) error {
	products := map[string]bool{}
	customers := map[string]string{} // external ID -> ID; "" when unknown
	for _, it := range b.reviews {
		sku := it.review.SKU
		ok, seen := products[sku]
		if !seen {
			_, err := w.tx.FindProductBySKU(ctx, w.sh.tenantID, sku)
			if ok, err = found(err); err != nil {
				return err
			}
			products[sku] = ok
		}
		if !ok {
			w.ps.addf(it.at, "sku %q is not in the catalogue (import products first)", sku)
		}
		if it.customerExt == "" {
			continue
		}
		id, seen := customers[it.customerExt]
		if !seen {
			c, err := w.tx.FindCustomerByExternalID(ctx, w.sh.tenantID, it.customerExt)
			if ok, err := found(err); err != nil {
				return err
			} else if ok {
				id = c.ID
			}
			customers[it.customerExt] = id
		}
		if id == "" {
			w.ps.addf(it.at, "customer_external_id %q: no such customer (import customers first)", it.customerExt)
		}
		it.review.CustomerID = id
	}
	if err := w.problems(); err != nil {
		return err
	}
	for _, it := range b.reviews {
		if err := w.tx.UpsertReview(ctx, it.review); err != nil {
			return w.fail(it.at, fmt.Sprintf("review %q", it.review.ID), err)
		}
		w.sum.Reviews++
	}
	return nil
}
