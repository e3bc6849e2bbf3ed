package http

import (
	"context"
	"encoding/json"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/kefu-ai/kefu"
)

// ReviewSummaryResponse is a product's review summary as the API gives
// it: kefu.ReviewSummary (count, mean, stars, verified, by_skin_type)
// plus a few short snippets of reviews in the language asked for.
type ReviewSummaryResponse struct {
	kefu.ReviewSummary
	// Language is the language of the snippets: ?lang=, else the shop's
	// default language.
	Language string `json:"language"`
	// Snippets are up to ?snippets= (default 2) reviews in Language,
	// their text cut to about maxSnippetRunes: the most helpful praise,
	// then the most recent criticism, so that a card shows both sides.
	// Reviewers are not named.
	Snippets []ReviewSnippet `json:"snippets"`
}

// ReviewSnippet is a short quote of one review.
type ReviewSnippet struct {
	ID        string    `json:"id"`
	Rating    int       `json:"rating"`
	Title     string    `json:"title,omitempty"`
	Text      string    `json:"text,omitempty"`
	SkinType  string    `json:"skin_type,omitempty"`
	Verified  bool      `json:"verified,omitempty"`
	CreatedAt time.Time `json:"created_at"`
}

const (
	// maxSnippetRunes is how long a snippet's text may be, in characters.
	maxSnippetRunes = 160
	// defaultSnippets and maxSnippets bound ?snippets=.
	defaultSnippets = 2
	maxSnippets     = 5
	// snippetScan is how many of a product's reviews are read to choose
	// snippets from; the summary itself counts them all.
	snippetScan = 2000
)

// handleReviewSummary serves GET /v1/products/{sku}/reviews/summary for
// the shop's own server or chat backend (a tenant API key of any scope)
// and for its agents (a console session of any role).
func (s *Server) handleReviewSummary(w http.ResponseWriter, r *http.Request) {
	var tenantID string
	if bearer(r) != "" {
		id, err := s.authTenant(r)
		if err != nil {
			s.Error(w, r, err)
			return
		}
		tenantID = id
	} else {
		au, err := s.authAgent(r, false)
		if err != nil {
			s.Error(w, r, kefu.Errorf(kefu.EUNAUTHORIZED,
				"missing credentials: send Authorization: Bearer <API key>, or sign in to the console"))
			return
		}
		tenantID = au.agent.TenantID
	}
	t, err := s.Store.FindTenantByID(r.Context(), tenantID)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	s.writeReviewSummary(w, r, t, "")
}

// handleWidgetReviewSummary serves the same summary to the browser
// widget, without credentials, for shops that enabled the widget: the
// summary and snippets are what a shop shows on its product pages
// anyway, and name no reviewer.
func (s *Server) handleWidgetReviewSummary(w http.ResponseWriter, r *http.Request) {
	t, err := s.widgetTenant(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	s.writeReviewSummary(w, r, t, "public, max-age=300")
}

// writeReviewSummary answers with the summary of the product in the
// path; cache, when set, replaces the API's "no-store" on success (errors
// are never cached).
func (s *Server) writeReviewSummary(w http.ResponseWriter, r *http.Request, t *kefu.Tenant, cache string) {
	ctx := kefu.NewContextWithTenantID(r.Context(), t.ID)
	sku := r.PathValue("sku")
	q := r.URL.Query()
	lang := t.Settings.DefaultLanguage
	if v := q.Get("lang"); v != "" {
		l, err := checkLanguage(v)
		if err != nil {
			s.Error(w, r, kefu.InField("lang", err))
			return
		}
		lang = l
	}
	n := defaultSnippets
	if v := q.Get("snippets"); v != "" {
		k, err := strconv.Atoi(v)
		if err != nil || k < 0 || k > maxSnippets {
			s.Error(w, r, kefu.Invalidf("snippets", "snippets %q is not a number from 0 to %d", v, maxSnippets))
			return
		}
		n = k
	}
	skin := strings.ToLower(q.Get("skin_type"))
	if skin != "" && !slices.Contains(kefu.SkinTypes, skin) {
		s.Error(w, r, kefu.Invalidf("skin_type", "skin_type %q is not one of %s", skin, strings.Join(kefu.SkinTypes, ", ")))
		return
	}
	sum, err := s.Store.ReviewSummary(ctx, t.ID, sku)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if sum.Count == 0 {
		// Reviews outlive their product, so only a SKU with neither is
		// unknown.
		if _, err := s.Store.FindProductBySKU(ctx, t.ID, sku); err != nil {
			s.Error(w, r, err)
			return
		}
	}
	resp := ReviewSummaryResponse{ReviewSummary: *sum, Language: lang, Snippets: []ReviewSnippet{}}
	if sum.SKU == "" {
		resp.SKU = sku
	}
	if n > 0 && sum.Count > 0 {
		rs, err := s.productReviews(ctx, t.ID, sku)
		if err != nil {
			s.Error(w, r, err)
			return
		}
		resp.Snippets = snippets(rs, lang, skin, n)
	}
	if cache == "" {
		writeJSON(w, http.StatusOK, resp)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", cache)
	w.WriteHeader(http.StatusOK)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	_ = enc.Encode(resp)
}

// productReviews reads up to snippetScan reviews of sku.
func (s *Server) productReviews(ctx context.Context, tenantID, sku string) ([]*kefu.Review, error) {
	var out []*kefu.Review
	f := kefu.ReviewFilter{TenantID: tenantID, SKU: sku, Limit: 1000}
	for len(out) < snippetScan {
		page, err := s.Store.FindReviews(ctx, f)
		if err != nil {
			return nil, err
		}
		out = append(out, page...)
		if len(page) < f.Limit {
			break
		}
		f.After = page[len(page)-1].ID
	}
	return out, nil
}

// snippets chooses up to n reviews in lang with a text: first the best
// praise (4 or 5 stars; verified, of the asked skin type and recent
// first), then the most recent criticism (1 to 3 stars), then more
// praise. Only the language's base is compared ("zh-Hant" asks for "zh").
func snippets(rs []*kefu.Review, lang, skin string, n int) []ReviewSnippet {
	base, _, _ := strings.Cut(lang, "-")
	var good, bad []*kefu.Review
	for _, r := range rs {
		rb, _, _ := strings.Cut(r.Language, "-")
		if rb != base || strings.TrimSpace(r.Text) == "" && strings.TrimSpace(r.Title) == "" {
			continue
		}
		if r.Rating >= 4 {
			good = append(good, r)
		} else {
			bad = append(bad, r)
		}
	}
	rank := func(a, b *kefu.Review) int {
		// Higher score first, then newer, then by ID for a stable order.
		score := func(r *kefu.Review) int {
			v := r.Rating * 4
			if r.Verified {
				v += 2
			}
			if skin != "" && r.SkinType == skin {
				v += 3
			}
			if r.Text != "" {
				v++
			}
			return v
		}
		if d := score(b) - score(a); d != 0 {
			return d
		}
		if c := b.CreatedAt.Compare(a.CreatedAt); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	}
	slices.SortFunc(good, rank)
	slices.SortFunc(bad, func(a, b *kefu.Review) int {
		if skin != "" && (a.SkinType == skin) != (b.SkinType == skin) {
			if a.SkinType == skin {
				return -1
			}
			return 1
		}
		if c := b.CreatedAt.Compare(a.CreatedAt); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	var chosen []*kefu.Review
	if len(good) > 0 {
		chosen, good = append(chosen, good[0]), good[1:]
	}
	if len(bad) > 0 && len(chosen) < n {
		chosen, bad = append(chosen, bad[0]), bad[1:]
	}
	for _, rest := range [][]*kefu.Review{good, bad} {
		for _, r := range rest {
			if len(chosen) >= n {
				break
			}
			chosen = append(chosen, r)
		}
	}
	out := []ReviewSnippet{}
	for _, r := range chosen[:min(n, len(chosen))] {
		out = append(out, ReviewSnippet{ID: r.ID, Rating: r.Rating, Title: r.Title, Text: cutText(r.Text, maxSnippetRunes),
			SkinType: r.SkinType, Verified: r.Verified, CreatedAt: r.CreatedAt})
	}
	return out
}

// cutText shortens s to at most max characters, at a space when there is
// one in the last third (Chinese has none: it is cut at the character),
// and marks the cut with "…".
func cutText(s string, max int) string {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	rs := []rune(s)[:max-1]
	cut := string(rs)
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)*2/3 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,.;:") + "…"
}
