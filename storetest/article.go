package storetest

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

func testArticles(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustCreateTenant(t, s, "other")
	a := MustUpsertArticle(t, s, &kefu.Article{TenantID: "shop", Key: "shipping-times", Language: "en", Title: "Shipping times",
		Body: "3-5 days.", Tags: []string{"shipping", "eu"}, Intents: []string{"shipping_time"}, Status: kefu.ArticlePublished})
	if !strings.HasPrefix(a.ID, "ar_") || a.Version != 1 || a.UpdatedAt.IsZero() {
		t.Errorf("UpsertArticle set ID %q, Version %d, UpdatedAt %v", a.ID, a.Version, a.UpdatedAt)
	}
	got, err := s.FindArticleByID(ctx, "shop", a.ID)
	mustNil(t, "FindArticleByID", err)
	checkEqual(t, "FindArticleByID", got, a)

	t.Run("versions", func(t *testing.T) {
		for i, body := range []string{"2-4 days.", "1-3 days."} {
			up := MustUpsertArticle(t, s, &kefu.Article{TenantID: "shop", Key: "shipping-times", Language: "en",
				Title: "Shipping times", Body: body, Status: kefu.ArticleReview})
			if up.ID != a.ID || up.Version != i+2 {
				t.Errorf("upsert %d: ID %q version %d, want %q version %d", i, up.ID, up.Version, a.ID, i+2)
			}
			got, err := s.FindArticleByID(ctx, "shop", a.ID)
			mustNil(t, "FindArticleByID", err)
			checkEqual(t, "upserted article", got, up)
		}
	})

	zh := MustUpsertArticle(t, s, &kefu.Article{TenantID: "shop", Key: "shipping-times", Language: "zh", Title: "配送时间",
		Body: "3-5天。", Status: kefu.ArticlePublished})
	if zh.ID == a.ID || zh.Version != 1 {
		t.Errorf("translation got ID %q version %d; want a new article at version 1", zh.ID, zh.Version)
	}
	returns := MustUpsertArticle(t, s, &kefu.Article{TenantID: "shop", Key: "returns", Language: "en", Title: "Returns",
		Body: "30 days."})
	if returns.Status != kefu.ArticleDraft {
		t.Errorf("default article status %q, want draft", returns.Status)
	}
	theirs := MustUpsertArticle(t, s, &kefu.Article{TenantID: "other", Key: "returns", Language: "en", Title: "Theirs"})
	if theirs.Version != 1 {
		t.Errorf("another tenant's article with the same key got version %d", theirs.Version)
	}

	t.Run("FindArticles", func(t *testing.T) {
		for _, tc := range []struct {
			name string
			f    kefu.ArticleFilter
			want string
		}{
			{"all", kefu.ArticleFilter{TenantID: "shop"}, "returns/en,shipping-times/en,shipping-times/zh"},
			{"language", kefu.ArticleFilter{TenantID: "shop", Language: "en"}, "returns/en,shipping-times/en"},
			{"status", kefu.ArticleFilter{TenantID: "shop", Status: kefu.ArticlePublished}, "shipping-times/zh"},
			{"language and status", kefu.ArticleFilter{TenantID: "shop", Language: "en", Status: kefu.ArticleReview}, "shipping-times/en"},
			{"limit", kefu.ArticleFilter{TenantID: "shop", Limit: 1}, "returns/en"},
			{"no match", kefu.ArticleFilter{TenantID: "shop", Language: "fr"}, ""},
		} {
			t.Run(tc.name, func(t *testing.T) {
				as, err := s.FindArticles(ctx, tc.f)
				mustNil(t, "FindArticles", err)
				var keys []string
				for _, a := range as {
					keys = append(keys, a.Key+"/"+a.Language)
				}
				if got := strings.Join(keys, ","); got != tc.want {
					t.Errorf("articles = %q, want %q", got, tc.want)
				}
			})
		}
		_, err := s.FindArticles(ctx, kefu.ArticleFilter{})
		wantCode(t, "FindArticles without tenant", err, kefu.EINVALID)
	})

	t.Run("Errors", func(t *testing.T) {
		_, err := s.FindArticleByID(ctx, "shop", "ar_nope")
		wantCode(t, "FindArticleByID(missing)", err, kefu.ENOTFOUND)
		for _, tc := range []struct {
			name string
			a    *kefu.Article
			code string
		}{
			{"bad status", &kefu.Article{TenantID: "shop", Key: "returns", Language: "en", Status: "live"}, kefu.EINVALID},
			{"old review status", &kefu.Article{TenantID: "shop", Key: "returns", Language: "en", Status: "review"}, kefu.EINVALID},
			{"no key", &kefu.Article{TenantID: "shop", Language: "en"}, kefu.EINVALID},
			{"no language", &kefu.Article{TenantID: "shop", Key: "k"}, kefu.EINVALID},
			{"no tenant", &kefu.Article{Key: "k", Language: "en"}, kefu.EINVALID},
			{"unknown tenant", &kefu.Article{TenantID: "ghost", Key: "k", Language: "en"}, kefu.ENOTFOUND},
		} {
			t.Run(tc.name, func(t *testing.T) {
				wantCode(t, "UpsertArticle", s.UpsertArticle(ctx, tc.a), tc.code)
			})
		}
		got, err := s.FindArticleByID(ctx, "shop", returns.ID)
		mustNil(t, "FindArticleByID", err)
		checkEqual(t, "article after failed upserts", got, returns)
	})
}

// articleTests cover the knowledge base's revisions and review workflow.
var articleTests = []struct {
	name string
	fn   func(t *testing.T, s kefu.Store)
}{
	{"ArticleRevisions", testArticleRevisions},
	{"ArticleWorkflow", testArticleWorkflow},
	{"ArticleIsolation", testArticleIsolation},
	{"ConcurrentArticleUpserts", testConcurrentArticleUpserts},
}

func testArticleRevisions(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	t0 := time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)
	base := kefu.Article{TenantID: "shop", Key: "returns", Language: "en", Title: "Returns", Body: "30 days.",
		Tags: []string{"returns"}, Intents: []string{"return_policy"}, Status: kefu.ArticleDraft}
	first := base
	first.UpdatedAt = t0
	a := MustUpsertArticle(t, s, &first)

	// Each step upserts a changed copy of base; wantVersion is the stored
	// version after it, wantStatus the stored status.
	steps := []struct {
		name        string
		edit        func(a *kefu.Article)
		wantVersion int
	}{
		{"same text again", func(a *kefu.Article) {}, 1},
		{"empty lists are nil lists", func(a *kefu.Article) { a.Tags = []string{"returns"}; a.Intents = []string{"return_policy"} }, 1},
		{"status only", func(a *kefu.Article) { a.Status = kefu.ArticleReview }, 1},
		{"body", func(a *kefu.Article) { a.Body = "14 days." }, 2},
		{"title", func(a *kefu.Article) { a.Body = "14 days."; a.Title = "Returns and refunds" }, 3},
		{"tags", func(a *kefu.Article) {
			a.Body = "14 days."
			a.Title = "Returns and refunds"
			a.Tags = []string{"returns", "eu"}
		}, 4},
		{"intents", func(a *kefu.Article) {
			a.Body = "14 days."
			a.Title = "Returns and refunds"
			a.Tags = []string{"returns", "eu"}
			a.Intents = nil
		}, 5},
	}
	for i, st := range steps {
		up := base
		up.Tags = append([]string(nil), base.Tags...)
		up.Intents = append([]string(nil), base.Intents...)
		st.edit(&up)
		up.UpdatedAt = t0.Add(time.Duration(i+1) * time.Hour)
		MustUpsertArticle(t, s, &up)
		if up.ID != a.ID || up.Version != st.wantVersion {
			t.Errorf("%s: ID %q version %d, want %q version %d", st.name, up.ID, up.Version, a.ID, st.wantVersion)
		}
		got, err := s.FindArticleByID(ctx, "shop", a.ID)
		mustNil(t, "FindArticleByID", err)
		checkEqual(t, st.name, got, &up)
	}

	vs, err := s.FindArticleVersions(ctx, "shop", a.ID)
	mustNil(t, "FindArticleVersions", err)
	var gotV []int
	for _, v := range vs {
		gotV = append(gotV, v.Version)
		if v.ArticleID != a.ID {
			t.Errorf("version %d has article ID %q, want %q", v.Version, v.ArticleID, a.ID)
		}
	}
	checkEqual(t, "versions, newest first", gotV, []int{5, 4, 3, 2, 1})
	checkEqual(t, "version 1", vs[4], &kefu.ArticleVersion{ArticleID: a.ID, Version: 1, Title: "Returns", Body: "30 days.",
		Tags: []string{"returns"}, Intents: []string{"return_policy"}, CreatedAt: t0})
	checkEqual(t, "version 2", vs[3], &kefu.ArticleVersion{ArticleID: a.ID, Version: 2, Title: "Returns", Body: "14 days.",
		Tags: []string{"returns"}, Intents: []string{"return_policy"}, CreatedAt: t0.Add(4 * time.Hour)})
	checkEqual(t, "version 5", vs[0], &kefu.ArticleVersion{ArticleID: a.ID, Version: 5, Title: "Returns and refunds",
		Body: "14 days.", Tags: []string{"returns", "eu"}, CreatedAt: t0.Add(7 * time.Hour)})

	t.Run("restore", func(t *testing.T) {
		// Restoring an old revision is upserting its text: a new revision.
		old := vs[4]
		up := MustUpsertArticle(t, s, &kefu.Article{TenantID: "shop", Key: "returns", Language: "en", Title: old.Title,
			Body: old.Body, Tags: old.Tags, Intents: old.Intents, Status: kefu.ArticleReview})
		if up.Version != 6 {
			t.Errorf("restored revision got version %d, want 6", up.Version)
		}
	})

	t.Run("Errors", func(t *testing.T) {
		_, err := s.FindArticleVersions(ctx, "shop", "ar_nope")
		wantCode(t, "FindArticleVersions(missing)", err, kefu.ENOTFOUND)
		_, err = s.FindArticleVersions(ctx, "", a.ID)
		wantCode(t, "FindArticleVersions(no tenant)", err, kefu.EINVALID)
	})
}

func testArticleWorkflow(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	a := MustUpsertArticle(t, s, &kefu.Article{TenantID: "shop", Key: "returns", Language: "en", Title: "Returns", Body: "30 days."})
	// The steps run in order on one article.
	for _, st := range []struct {
		to   kefu.ArticleStatus
		code string // "" for success
	}{
		{kefu.ArticlePublished, kefu.ECONFLICT}, // a draft is reviewed first
		{kefu.ArticleDraft, ""},                 // staying is fine
		{kefu.ArticleReview, ""},
		{kefu.ArticleDraft, ""}, // changes requested
		{kefu.ArticleReview, ""},
		{kefu.ArticlePublished, ""},
		{kefu.ArticleReview, kefu.ECONFLICT}, // withdraw to draft, then review again
		{kefu.ArticleDraft, ""},
		{"live", kefu.EINVALID},
	} {
		t.Run(string(st.to), func(t *testing.T) {
			before, err := s.FindArticleByID(ctx, "shop", a.ID)
			mustNil(t, "FindArticleByID", err)
			got, err := s.UpdateArticleStatus(ctx, "shop", a.ID, st.to)
			wantCode(t, "UpdateArticleStatus", err, st.code)
			after, ferr := s.FindArticleByID(ctx, "shop", a.ID)
			mustNil(t, "FindArticleByID", ferr)
			if st.code != "" {
				checkEqual(t, "article after a refused move", after, before)
				return
			}
			if got.Status != st.to || after.Status != st.to || after.Version != 1 {
				t.Errorf("after the move: returned status %q, stored %q version %d; want %q version 1",
					got.Status, after.Status, after.Version, st.to)
			}
			checkEqual(t, "returned article", got, after)
		})
	}
	_, err := s.UpdateArticleStatus(ctx, "shop", "ar_nope", kefu.ArticleReview)
	wantCode(t, "UpdateArticleStatus(missing)", err, kefu.ENOTFOUND)
	_, err = s.UpdateArticleStatus(ctx, "", a.ID, kefu.ArticleReview)
	wantCode(t, "UpdateArticleStatus(no tenant)", err, kefu.EINVALID)
}

func testArticleIsolation(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "a")
	MustCreateTenant(t, s, "b")
	ar := MustUpsertArticle(t, s, &kefu.Article{TenantID: "a", Key: "k", Language: "en", Body: "internal"})
	for _, tc := range []struct {
		name string
		call func() error
	}{
		{"FindArticleVersions", func() error { _, err := s.FindArticleVersions(ctx, "b", ar.ID); return err }},
		{"UpdateArticleStatus", func() error {
			_, err := s.UpdateArticleStatus(ctx, "b", ar.ID, kefu.ArticleReview)
			return err
		}},
	} {
		t.Run(tc.name, func(t *testing.T) { wantCode(t, tc.name, tc.call(), kefu.ENOTFOUND) })
	}
	got, err := s.FindArticleByID(ctx, "a", ar.ID)
	mustNil(t, "FindArticleByID", err)
	checkEqual(t, "tenant a's article", got, ar)
}

// testConcurrentArticleUpserts upserts one new article from many
// goroutines: exactly one creates it, and every text change is one
// revision, so the versions are 1..n without gaps or duplicates.
func testConcurrentArticleUpserts(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	const n = 8
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs <- s.UpsertArticle(ctx, &kefu.Article{TenantID: "shop", Key: "k", Language: "en",
				Body: strings.Repeat("x", i+1)})
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		mustNil(t, "UpsertArticle", err)
	}
	as, err := s.FindArticles(ctx, kefu.ArticleFilter{TenantID: "shop"})
	mustNil(t, "FindArticles", err)
	if len(as) != 1 || as[0].Version != n {
		t.Fatalf("got %d articles, first at version %d; want 1 at version %d", len(as), as[0].Version, n)
	}
	vs, err := s.FindArticleVersions(ctx, "shop", as[0].ID)
	mustNil(t, "FindArticleVersions", err)
	for i, v := range vs {
		if v.Version != n-i {
			t.Fatalf("revision %d has version %d, want %d", i, v.Version, n-i)
		}
	}
	if vs[0].Body != as[0].Body {
		t.Errorf("newest revision %q, article %q", vs[0].Body, as[0].Body)
	}
}

func testFindArticleByKey(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustCreateTenant(t, s, "other")
	en := MustUpsertArticle(t, s, &kefu.Article{TenantID: "shop", Key: "returns", Language: "en", Title: "Returns", Body: "30 days.",
		Tags: []string{"returns"}, Status: kefu.ArticlePublished})
	zh := MustUpsertArticle(t, s, &kefu.Article{TenantID: "shop", Key: "returns", Language: "zh-Hant", Title: "退貨"})
	theirs := MustUpsertArticle(t, s, &kefu.Article{TenantID: "other", Key: "returns", Language: "fr", Title: "Retours"})
	for _, tc := range []struct {
		name              string
		tenant, key, lang string
		want              *kefu.Article
		code              string
	}{
		{"english", "shop", "returns", "en", en, ""},
		{"translation", "shop", "returns", "zh-Hant", zh, ""},
		{"another tenant's", "other", "returns", "fr", theirs, ""},
		{"missing language", "shop", "returns", "fr", nil, kefu.ENOTFOUND},
		{"missing key", "shop", "shipping", "en", nil, kefu.ENOTFOUND},
		{"by another tenant", "other", "returns", "en", nil, kefu.ENOTFOUND},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.FindArticleByKey(ctx, tc.tenant, tc.key, tc.lang)
			wantCode(t, "FindArticleByKey", err, tc.code)
			checkEqual(t, "article", got, tc.want)
		})
	}
}

func testArticlePages(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustCreateTenant(t, s, "other")
	for _, kl := range []string{"k2/zh", "k1/en", "k3/en", "k1/zh", "k2/en", "k1/th", "k3/th"} {
		key, lang, _ := strings.Cut(kl, "/")
		status := kefu.ArticleDraft
		if lang != "th" {
			status = kefu.ArticlePublished
		}
		MustUpsertArticle(t, s, &kefu.Article{TenantID: "shop", Key: key, Language: lang, Title: kl, Status: status})
	}
	MustUpsertArticle(t, s, &kefu.Article{TenantID: "other", Key: "k1", Language: "fr"})
	keys := func(f kefu.ArticleFilter) ([]string, error) {
		as, err := s.FindArticles(ctx, f)
		var out []string
		for _, a := range as {
			out = append(out, a.Key+"/"+a.Language)
		}
		return out, err
	}
	for _, tc := range []struct {
		name string
		f    kefu.ArticleFilter
		want [][]string
	}{
		{"all", kefu.ArticleFilter{TenantID: "shop", Limit: 3},
			[][]string{{"k1/en", "k1/th", "k1/zh"}, {"k2/en", "k2/zh", "k3/en"}, {"k3/th"}}},
		{"page size 2", kefu.ArticleFilter{TenantID: "shop", Limit: 2},
			[][]string{{"k1/en", "k1/th"}, {"k1/zh", "k2/en"}, {"k2/zh", "k3/en"}, {"k3/th"}}},
		{"language", kefu.ArticleFilter{TenantID: "shop", Language: "en", Limit: 1},
			[][]string{{"k1/en"}, {"k2/en"}, {"k3/en"}}},
		{"status", kefu.ArticleFilter{TenantID: "shop", Status: kefu.ArticleDraft, Limit: 1},
			[][]string{{"k1/th"}, {"k3/th"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pages := walkPages(t, func(after string) ([]string, error) {
				f := tc.f
				f.AfterKey, f.AfterLanguage, _ = strings.Cut(after, "/")
				return keys(f)
			})
			checkEqual(t, "pages", pages, tc.want)
		})
	}
	for _, tc := range []struct {
		name      string
		key, lang string
		want      []string
	}{
		{"after a missing language", "k1", "fr", []string{"k1/th", "k1/zh", "k2/en"}},
		{"after a key alone", "k1", "", []string{"k1/en", "k1/th", "k1/zh"}},
		{"after a missing key", "k15", "", []string{"k2/en", "k2/zh", "k3/en"}},
		{"after a language alone", "", "en", []string{"k1/en", "k1/th", "k1/zh"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := keys(kefu.ArticleFilter{TenantID: "shop", AfterKey: tc.key, AfterLanguage: tc.lang, Limit: 3})
			mustNil(t, "FindArticles", err)
			checkEqual(t, "articles", got, tc.want)
		})
	}
}

func testDeleteArticle(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	MustCreateTenant(t, s, "other")
	a := MustUpsertArticle(t, s, &kefu.Article{TenantID: "shop", Key: "returns", Language: "en", Body: "30 days."})
	MustUpsertArticle(t, s, &kefu.Article{TenantID: "shop", Key: "returns", Language: "en", Body: "14 days."}) // revision 2
	zh := MustUpsertArticle(t, s, &kefu.Article{TenantID: "shop", Key: "returns", Language: "zh", Body: "14天。"})
	theirs := MustUpsertArticle(t, s, &kefu.Article{TenantID: "other", Key: "returns", Language: "en"})

	// The steps run in order.
	for _, tc := range []struct {
		name       string
		tenant, id string
		code       string
	}{
		{"delete", "shop", a.ID, ""},
		{"again", "shop", a.ID, kefu.ENOTFOUND},
		{"missing", "shop", "ar_nope", kefu.ENOTFOUND},
		{"another tenant's", "shop", theirs.ID, kefu.ENOTFOUND},
		{"by another tenant", "other", zh.ID, kefu.ENOTFOUND},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantCode(t, "DeleteArticle", s.DeleteArticle(ctx, tc.tenant, tc.id), tc.code)
		})
	}
	_, err := s.FindArticleByID(ctx, "shop", a.ID)
	wantCode(t, "FindArticleByID(deleted)", err, kefu.ENOTFOUND)
	_, err = s.FindArticleVersions(ctx, "shop", a.ID)
	wantCode(t, "FindArticleVersions(deleted)", err, kefu.ENOTFOUND)
	for _, want := range []*kefu.Article{zh, theirs} {
		got, err := s.FindArticleByID(ctx, want.TenantID, want.ID)
		mustNil(t, "FindArticleByID", err)
		checkEqual(t, "article kept", got, want)
	}
	// The key is free again and starts over, with the old revisions gone.
	again := MustUpsertArticle(t, s, &kefu.Article{ID: a.ID, TenantID: "shop", Key: "returns", Language: "en", Body: "7 days."})
	vs, err := s.FindArticleVersions(ctx, "shop", again.ID)
	mustNil(t, "FindArticleVersions", err)
	if again.ID != a.ID || again.Version != 1 || len(vs) != 1 || vs[0].Body != "7 days." {
		t.Errorf("article recreated after a delete: ID %q version %d, revisions %s", again.ID, again.Version, show(vs))
	}
}
