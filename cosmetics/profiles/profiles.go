package profiles

import (
	"context"
	"slices"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/cosmetics/graph"
	"github.com/kefu-ai/kefu/cosmetics/inci"
)

// Store is what a Keeper reads and writes.
type Store interface {
	kefu.ProductService
	kefu.ProductProfileService
}

// Keeper re-derives stored profiles. Its fields are set before first use
// and not changed after; a Keeper is then safe for concurrent use.
type Keeper struct {
	Store Store
	// Ratings gives comedogenicity and irritancy (inci.DefaultRatings);
	// nil derives without them.
	Ratings *inci.Ratings
}

// Result says what a Refresh did.
type Result struct {
	// Products counts the products derived.
	Products int `json:"products"`
	// Written counts the profiles written: new or changed ones.
	Written int `json:"written"`
}

// Refresh derives the profiles of the tenant's products (of skus only,
// when given; price bands are computed over the whole catalogue either
// way) and writes those that differ from the stored ones, a batch of at
// most kefu.MaxProfileBatch at a time. A profile that only a product's
// deletion made stale goes with the product (the stores cascade). An
// unknown SKU in skus is skipped: it may have been deleted since.
func (k *Keeper) Refresh(ctx context.Context, tenantID string, skus ...string) (Result, error) {
	var res Result
	ps, err := kefu.AllProducts(ctx, k.Store, kefu.ProductFilter{TenantID: tenantID})
	if err != nil {
		return res, err
	}
	d := &graph.Deriver{Ratings: k.Ratings, Bands: graph.ComputeBands(ps, graph.DefaultMinBand)}
	if len(skus) > 0 {
		want := make(map[string]bool, len(skus))
		for _, s := range skus {
			want[s] = true
		}
		ps = slices.DeleteFunc(ps, func(p *kefu.Product) bool { return !want[p.SKU] })
	}
	stored, err := k.stored(ctx, tenantID, ps)
	if err != nil {
		return res, err
	}
	var batch []*kefu.ProductProfile
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		err := k.Store.ReplaceProductProfiles(ctx, tenantID, batch)
		res.Written += len(batch)
		batch = batch[:0]
		return err
	}
	for _, p := range ps {
		sp := d.Derive(p).Stored(tenantID)
		res.Products++
		if old, ok := stored[p.SKU]; ok && same(old, sp) {
			continue
		}
		batch = append(batch, sp)
		if len(batch) == kefu.MaxProfileBatch {
			if err := flush(); err != nil {
				return res, err
			}
		}
	}
	return res, flush()
}

// stored returns the stored profiles of ps by SKU: all the tenant's, a
// page at a time, unless ps are few.
func (k *Keeper) stored(ctx context.Context, tenantID string, ps []*kefu.Product) (map[string]*kefu.ProductProfile, error) {
	out := make(map[string]*kefu.ProductProfile, len(ps))
	if len(ps) <= 10 {
		for _, p := range ps {
			sp, err := k.Store.FindProductProfileBySKU(ctx, tenantID, p.SKU)
			switch {
			case kefu.ErrorCode(err) == kefu.ENOTFOUND:
			case err != nil:
				return nil, err
			default:
				out[p.SKU] = sp
			}
		}
		return out, nil
	}
	const page = 1000
	f := kefu.ProductProfileFilter{TenantID: tenantID, Limit: page}
	for {
		got, err := k.Store.FindProductProfiles(ctx, f)
		if err != nil {
			return nil, err
		}
		for _, sp := range got {
			out[sp.SKU] = sp
		}
		if len(got) < page {
			return out, nil
		}
		f.After = got[len(got)-1].SKU
	}
}

// same reports whether a and b hold the same tags as stored: empty and
// nil lists are alike, because the stores' JSON drops empty lists.
func same(a, b *kefu.ProductProfile) bool {
	if a.Partial != b.Partial || len(a.Tags) != len(b.Tags) {
		return false
	}
	for i := range a.Tags {
		x, y := &a.Tags[i], &b.Tags[i]
		if x.Dimension != y.Dimension || x.Value != y.Value || x.Level != y.Level || x.Shop != y.Shop ||
			len(x.Evidence) != len(y.Evidence) {
			return false
		}
		for j := range x.Evidence {
			e, f := &x.Evidence[j], &y.Evidence[j]
			if e.Kind != f.Kind || e.Rule != f.Rule || e.Attribute != f.Attribute || e.Note != f.Note ||
				!slices.Equal(e.Ingredients, f.Ingredients) || !slices.Equal(e.Because, f.Because) {
				return false
			}
		}
	}
	return true
}
