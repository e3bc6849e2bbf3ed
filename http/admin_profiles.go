package http

import (
	"net/http"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/cosmetics/graph"
	"github.com/kefu-ai/kefu/cosmetics/inci"
	"github.com/kefu-ai/kefu/cosmetics/profiles"
)

// Product knowledge profiles in the admin API (docs/product-knowledge.md):
// a product's tags by dimension with the evidence behind each, the shop's
// edits of them (written as the product's "tags.<dimension>" attributes,
// so that they survive re-derivation), and the products holding a tag.

// Profile edit limits.
const (
	// MaxProfileEditValues is the most values one dimension's edit holds.
	MaxProfileEditValues = 50
	// maxProfileValueBytes bounds one edited value.
	maxProfileValueBytes = 100
)

// productProfileRoutes returns the product profile routes.
func (s *Server) productProfileRoutes() []route {
	return []route{
		{"GET", "/v1/products/{sku}/profile", s.admin(false, handleProductProfile)},
		{"PUT", "/v1/products/{sku}/profile", s.admin(true, handlePutProductProfile)},
		{"GET", "/v1/product-profiles", s.admin(false, handleProductProfiles)},
	}
}

// keeper returns Profiles, or a Keeper of its own on Store with the
// embedded ingredient ratings.
func (s *Server) keeper() *profiles.Keeper {
	s.keeperOnce.Do(func() {
		s.keeperOwn = s.ProductProfiles
		if s.keeperOwn == nil {
			s.keeperOwn = &profiles.Keeper{Store: s.Store, Ratings: inci.DefaultRatings()}
		}
	})
	return s.keeperOwn
}

// ProductProfileResponse is a product's knowledge profile as the admin shows it.
type ProductProfileResponse struct {
	SKU  string `json:"sku"`
	Name string `json:"name"`
	// Partial says only key ingredients were listed, so what is absent
	// from the list ("fragrance-free") is unknown.
	Partial   bool      `json:"partial"`
	DerivedAt time.Time `json:"derived_at"`
	// Dimensions are all of graph.Dimensions in order, empty ones too.
	Dimensions []ProfileDimension `json:"dimensions"`
	// Edits are the shop's edits as stored in the product's "tags.*"
	// attributes, by dimension (or "suits" and "avoid").
	Edits map[string][]string `json:"edits"`
}

// ProfileDimension is one dimension's tags.
type ProfileDimension struct {
	Dimension string       `json:"dimension"`
	Tags      []ProfileTag `json:"tags"`
}

// ProfileTag is one value with its evidence.
type ProfileTag struct {
	Value    string            `json:"value"`
	Level    string            `json:"level,omitempty"`
	Shop     bool              `json:"shop"`
	Evidence []ProfileEvidence `json:"evidence"`
}

// ProfileEvidence is a reason for a tag, with Text saying it in English.
type ProfileEvidence struct {
	kefu.TagEvidence
	Text string `json:"text"`
}

// ProfileEditRequest is the body of PUT /v1/products/{sku}/profile: for
// each dimension named, the shop's values ("-value" removes a derived
// one), replacing that dimension's edits; an empty list drops them.
// Dimensions not named keep their edits.
type ProfileEditRequest struct {
	Edits map[string][]string `json:"edits"`
}

// ProductProfilesResponse lists the SKUs of the profiles found.
type ProductProfilesResponse struct {
	SKUs       []string `json:"skus"`
	NextCursor string   `json:"next_cursor,omitempty"`
}

// profileProduct returns the product of the path's SKU: ENOTFOUND naming the
// product when the shop has none.
func profileProduct(s *Server, r *http.Request, t *kefu.Tenant) (*kefu.Product, error) {
	sku := r.PathValue("sku")
	if sku == "" || len(sku) > maxIDBytes {
		return nil, kefu.Errorf(kefu.ENOTFOUND, "product not found")
	}
	return s.Store.FindProductBySKU(r.Context(), t.ID, sku)
}

// handleProductProfile shows a product's stored profile, deriving it
// first when it has none yet.
func handleProductProfile(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	p, err := profileProduct(s, r, t)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	sp, err := s.Store.FindProductProfileBySKU(r.Context(), t.ID, p.SKU)
	if kefu.ErrorCode(err) == kefu.ENOTFOUND {
		if _, err = s.keeper().Refresh(r.Context(), t.ID, p.SKU); err == nil {
			sp, err = s.Store.FindProductProfileBySKU(r.Context(), t.ID, p.SKU)
		}
	}
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, productProfileResponse(p, sp))
}

// handlePutProductProfile writes the shop's edits as the product's
// "tags.<dimension>" attributes, derives the profile again at once and
// answers with it.
func handlePutProductProfile(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	p, err := profileProduct(s, r, t)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	var req ProfileEditRequest
	if err := s.decode(w, r, &req); err != nil {
		s.Error(w, r, err)
		return
	}
	if req.Edits == nil {
		s.Error(w, r, kefu.Invalidf("edits", "edits is required: {\"edits\": {\"suits_skin\": [\"oily\", \"-dry\"]}}"))
		return
	}
	attrs, err := checkProfileEdits(req.Edits)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if p.Attributes == nil {
		p.Attributes = map[string]string{}
	}
	for k, v := range attrs {
		if v == "" {
			delete(p.Attributes, k)
		} else {
			p.Attributes[k] = v
		}
	}
	if len(p.Attributes) > maxAttributes {
		s.Error(w, r, kefu.Invalidf("edits", "the product would have %d attributes, over %d", len(p.Attributes), maxAttributes))
		return
	}
	p.UpdatedAt = time.Time{}
	if err := s.Store.UpsertProduct(r.Context(), p); err != nil {
		s.Error(w, r, err)
		return
	}
	if _, err := s.keeper().Refresh(r.Context(), t.ID, p.SKU); err != nil {
		s.Error(w, r, err)
		return
	}
	sp, err := s.Store.FindProductProfileBySKU(r.Context(), t.ID, p.SKU)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, productProfileResponse(p, sp))
}

// checkProfileEdits validates edits and returns the attributes they
// set, "" for one to drop. Keys are dimensions or the short forms
// "suits" and "avoid"; values are short, without commas (the attribute
// is a comma list), and skin types must be ones kefu knows.
func checkProfileEdits(edits map[string][]string) (map[string]string, error) {
	keys := make([]string, 0, len(edits))
	for k := range edits {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make(map[string]string, len(edits))
	for _, k := range keys {
		field := "edits." + truncate(k, 40)
		if !graph.IsDimension(k) && k != "suits" && k != "avoid" {
			return nil, kefu.Invalidf(field, "unknown dimension %q; dimensions are %s", truncate(k, 40), dimensionNames())
		}
		vs := edits[k]
		if len(vs) > MaxProfileEditValues {
			return nil, kefu.Invalidf(field, "%s has %d values, over %d", field, len(vs), MaxProfileEditValues)
		}
		clean := make([]string, 0, len(vs))
		for _, v := range vs {
			v = strings.TrimSpace(v)
			bare := strings.TrimSpace(strings.TrimPrefix(v, "-"))
			switch {
			case bare == "":
				return nil, kefu.Invalidf(field, "%s holds an empty value", field)
			case strings.Contains(v, ","):
				return nil, kefu.Invalidf(field, "value %q holds a comma; send each value on its own", truncate(v, 40))
			}
			if err := checkField(field, v, maxProfileValueBytes); err != nil {
				return nil, err
			}
			if (k == "suits_skin" || k == "avoid_skin") && !slices.Contains(graph.SkinTypes, graph.SkinType(bare)) {
				return nil, kefu.Invalidf(field, "%q is not a skin type: %s", truncate(bare, 40), strings.Join(graph.SkinTypes, ", "))
			}
			if strings.HasPrefix(v, "-") {
				v = "-" + bare
			}
			if !slices.Contains(clean, v) {
				clean = append(clean, v)
			}
		}
		out[graph.ShopPrefix+k] = strings.Join(clean, ", ")
	}
	return out, nil
}

func dimensionNames() string {
	names := make([]string, len(graph.Dimensions))
	for i, d := range graph.Dimensions {
		names[i] = string(d)
	}
	return strings.Join(names, ", ")
}

// productProfileResponse is the admin's view of p's profile sp.
func productProfileResponse(p *kefu.Product, sp *kefu.ProductProfile) ProductProfileResponse {
	res := ProductProfileResponse{SKU: p.SKU, Name: p.Name, Partial: sp.Partial, DerivedAt: sp.DerivedAt,
		Edits: map[string][]string{}}
	byDim := map[string][]ProfileTag{}
	for _, st := range sp.Tags {
		tag := ProfileTag{Value: st.Value, Level: st.Level, Shop: st.Shop, Evidence: make([]ProfileEvidence, len(st.Evidence))}
		for i, e := range st.Evidence {
			tag.Evidence[i] = ProfileEvidence{TagEvidence: e, Text: graph.Explain(e)}
		}
		byDim[st.Dimension] = append(byDim[st.Dimension], tag)
	}
	for _, d := range graph.Dimensions {
		tags := byDim[string(d)]
		if tags == nil {
			tags = []ProfileTag{}
		}
		res.Dimensions = append(res.Dimensions, ProfileDimension{Dimension: string(d), Tags: tags})
	}
	for k, v := range p.Attributes {
		name, ok := strings.CutPrefix(k, graph.ShopPrefix)
		if !ok {
			continue
		}
		var vs []string
		for _, x := range strings.Split(v, ",") {
			if x = strings.TrimSpace(x); x != "" {
				vs = append(vs, x)
			}
		}
		if len(vs) > 0 {
			res.Edits[name] = vs
		}
	}
	return res
}

// handleProductProfiles lists the SKUs of the shop's profiles, those
// holding ?dimension= and ?value= when given (skin types and concerns in
// the shop's words are read as the deriver does: "combo" is
// "combination"), in SKU order with cursor paging.
func handleProductProfiles(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	f := kefu.ProductProfileFilter{TenantID: t.ID, Limit: DefaultListLimit}
	for name, vs := range r.URL.Query() {
		v := vs[len(vs)-1]
		switch name {
		case "dimension":
			if !graph.IsDimension(v) {
				s.Error(w, r, kefu.Invalidf("dimension", "unknown dimension %q; dimensions are %s", truncate(v, 40), dimensionNames()))
				return
			}
			f.Dimension = v
		case "value":
			if err := checkField("value", v, kefu.MaxProfileTagLen); err != nil {
				s.Error(w, r, err)
				return
			}
			f.Value = v
		case "cursor":
			if v == "" {
				continue
			}
			after, ok := decodeCursor(v, 1)
			if !ok {
				s.Error(w, r, kefu.Invalidf("cursor", "cursor is not one this API returned"))
				return
			}
			f.After = after[0]
		case "limit":
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 || n > MaxListLimit {
				s.Error(w, r, kefu.Invalidf("limit", "limit must be a whole number from 1 to %d", MaxListLimit))
				return
			}
			f.Limit = n
		default:
			s.Error(w, r, kefu.Invalidf(truncate(name, 40), "unknown query parameter %q; this list takes dimension, value, cursor, limit", truncate(name, 40)))
			return
		}
	}
	switch graph.Dimension(f.Dimension) {
	case graph.DimSuitsSkin, graph.DimAvoidSkin:
		f.Value = graph.SkinType(f.Value)
	case graph.DimSuitsConcern, graph.DimAvoidConcern:
		f.Value = graph.Concern(f.Value)
	}
	limit := f.Limit
	f.Limit++ // one more, to know whether a page follows
	ps, err := s.Store.FindProductProfiles(r.Context(), f)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	res := ProductProfilesResponse{SKUs: []string{}}
	for i, p := range ps {
		if i == limit {
			res.NextCursor = encodeCursor([]string{ps[i-1].SKU})
			break
		}
		res.SKUs = append(res.SKUs, p.SKU)
	}
	writeJSON(w, http.StatusOK, res)
}
