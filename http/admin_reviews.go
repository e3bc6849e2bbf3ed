package http

import (
	"context"
	"time"

	"github.com/kefu-ai/kefu"
)

// ReviewItem is a review as the admin API takes and gives it: named by
// the shop's own review id, its product by SKU and its reviewer by the
// shop's external customer id. A review without created_at keeps the
// stored one (or, new, takes the time of the write).
type ReviewItem struct {
	ID                 string    `json:"id"`
	SKU                string    `json:"sku"`
	CustomerExternalID string    `json:"customer_external_id,omitempty"`
	Rating             int       `json:"rating"`
	Title              string    `json:"title,omitempty"`
	Text               string    `json:"text,omitempty"`
	Language           string    `json:"language"`
	SkinType           string    `json:"skin_type,omitempty"`
	Verified           bool      `json:"verified,omitempty"`
	CreatedAt          time.Time `json:"created_at,omitzero"`
}

// review is the stored form of it.
func (it *ReviewItem) review(tenantID, customerID string) *kefu.Review {
	return &kefu.Review{ID: it.ID, TenantID: tenantID, SKU: it.SKU, CustomerID: customerID, Rating: it.Rating,
		Title: it.Title, Text: it.Text, Language: it.Language, SkinType: it.SkinType, Verified: it.Verified,
		CreatedAt: it.CreatedAt}
}

// Reviews are named by the shop's own review id and listed by id, of one
// product with ?sku=.
func (s *Server) reviewKind() *adminKind[ReviewItem] {
	return &adminKind[ReviewItem]{
		name: "reviews", noun: "review", idNames: []string{"id"}, filters: []string{"sku"},
		id:    func(it *ReviewItem) []string { return []string{it.ID} },
		setID: func(it *ReviewItem, id []string) { it.ID = id[0] },
		check: func(t *kefu.Tenant, it *ReviewItem) error {
			return firstError(checkID("id", it.ID), checkID("sku", it.SKU),
				checkField("customer_external_id", it.CustomerExternalID, maxIDBytes),
				checkField("title", it.Title, kefu.MaxReviewTitleLen), it.review(t.ID, "").Validate())
		},
		put: func(ctx context.Context, tx kefu.Store, t *kefu.Tenant, it *ReviewItem) error {
			customerID := ""
			if it.CustomerExternalID != "" {
				c, err := tx.FindCustomerByExternalID(ctx, t.ID, it.CustomerExternalID)
				if kefu.ErrorCode(err) == kefu.ENOTFOUND {
					return kefu.Invalidf("customer_external_id", "customer %q does not exist: send the customer first", it.CustomerExternalID)
				} else if err != nil {
					return err
				}
				customerID = c.ID
			}
			return tx.UpsertReview(ctx, it.review(t.ID, customerID))
		},
		get: func(ctx context.Context, st kefu.Store, t *kefu.Tenant, id []string) (*ReviewItem, error) {
			r, err := st.FindReviewByID(ctx, t.ID, id[0])
			if err != nil {
				return nil, err
			}
			return reviewItem(ctx, st, r, nil)
		},
		list: func(ctx context.Context, st kefu.Store, t *kefu.Tenant, q listQuery) ([]*ReviewItem, error) {
			f := kefu.ReviewFilter{TenantID: t.ID, SKU: q.filters["sku"], Limit: q.limit}
			if q.after != nil {
				f.After = q.after[0]
			}
			rs, err := st.FindReviews(ctx, f)
			if err != nil {
				return nil, err
			}
			externals := map[string]string{}
			out := make([]*ReviewItem, len(rs))
			for i, r := range rs {
				if out[i], err = reviewItem(ctx, st, r, externals); err != nil {
					return nil, err
				}
			}
			return out, nil
		},
		del: func(ctx context.Context, tx kefu.Store, t *kefu.Tenant, id []string) error {
			return tx.DeleteReview(ctx, t.ID, id[0])
		},
		changed: s.changed("reviews"),
	}
}

// reviewItem is the wire form of r; externals caches customer external
// ids by internal id across a page (nil: no cache).
func reviewItem(ctx context.Context, st kefu.Store, r *kefu.Review, externals map[string]string) (*ReviewItem, error) {
	ext, ok := externals[r.CustomerID]
	if !ok && r.CustomerID != "" {
		c, err := st.FindCustomerByID(ctx, r.TenantID, r.CustomerID)
		switch {
		case kefu.ErrorCode(err) == kefu.ENOTFOUND:
		case err != nil:
			return nil, err
		default:
			ext = c.ExternalID
		}
		if externals != nil {
			externals[r.CustomerID] = ext
		}
	}
	return &ReviewItem{ID: r.ID, SKU: r.SKU, CustomerExternalID: ext, Rating: r.Rating, Title: r.Title, Text: r.Text,
		Language: r.Language, SkinType: r.SkinType, Verified: r.Verified, CreatedAt: r.CreatedAt}, nil
}
