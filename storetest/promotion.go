package storetest

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

// promotionTests cover the shop's promotions and canned replies.
var promotionTests = []struct {
	name string
	fn   func(t *testing.T, s kefu.Store)
}{
	{"Promotions", testPromotions},
	{"PromotionPaging", testPromotionPaging},
	{"CannedReplies", testCannedReplies},
	{"PromotionIsolation", testPromotionIsolation},
	{"PromotionValidation", testPromotionValidation},
}

// promoAt is the instant the active filters are asked about.
var promoAt = time.Date(2026, 11, 10, 10, 0, 0, 0, time.UTC)

func testPromotions(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	day := 24 * time.Hour
	p := MustUpsertPromotion(t, s, &kefu.Promotion{TenantID: "shop", ID: "spring-tea", Code: "TEA5",
		Text:  map[string]string{"en": "€5 off any tea over €40", "zh-Hant": "茶品滿40歐元減5歐元"},
		Start: promoAt.Add(-7 * day), End: promoAt.Add(7 * day), Categories: []string{"tea"}, Products: []string{"CUP-1"},
		MinTotal: 4000, Currency: "EUR"})
	if p.UpdatedAt.IsZero() {
		t.Errorf("UpsertPromotion left UpdatedAt zero")
	}
	got, err := s.FindPromotionByID(ctx, "shop", "spring-tea")
	mustNil(t, "FindPromotionByID", err)
	checkEqual(t, "FindPromotionByID", got, p)

	t.Run("replace by ID", func(t *testing.T) {
		// Every field is replaced, the unset ones included.
		repl := MustUpsertPromotion(t, s, &kefu.Promotion{TenantID: "shop", ID: "spring-tea", Text: map[string]string{"en": "€6 off any tea"},
			UpdatedAt: time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC)})
		if !repl.UpdatedAt.After(p.UpdatedAt) {
			t.Errorf("replacement UpdatedAt %v, want after the first write's %v (the store's clock, not the caller's)", repl.UpdatedAt, p.UpdatedAt)
		}
		got, err := s.FindPromotionByID(ctx, "shop", "spring-tea")
		mustNil(t, "FindPromotionByID", err)
		checkEqual(t, "replaced promotion", got, repl)
		all, err := s.FindPromotions(ctx, kefu.PromotionFilter{TenantID: "shop"})
		mustNil(t, "FindPromotions", err)
		if len(all) != 1 {
			t.Errorf("tenant has %d promotions after a replace, want 1", len(all))
		}
	})

	t.Run("ActiveAt", func(t *testing.T) {
		for _, p := range []*kefu.Promotion{
			{ID: "always"},
			{ID: "ended", Start: promoAt.Add(-30 * day), End: promoAt.Add(-day)},
			{ID: "ends-now", End: promoAt}, // End is excluded
			{ID: "starts-now", Start: promoAt},
			{ID: "future", Start: promoAt.Add(day)},
			{ID: "open-start", End: promoAt.Add(time.Second)},
		} {
			p.TenantID, p.Text = "shop", map[string]string{"en": p.ID}
			MustUpsertPromotion(t, s, p)
		}
		for _, tc := range []struct {
			name string
			f    kefu.PromotionFilter
			want string
		}{
			{"all", kefu.PromotionFilter{TenantID: "shop"}, "always,ended,ends-now,future,open-start,spring-tea,starts-now"},
			{"active", kefu.PromotionFilter{TenantID: "shop", ActiveAt: promoAt}, "always,open-start,spring-tea,starts-now"},
			{"active in another zone", kefu.PromotionFilter{TenantID: "shop", ActiveAt: promoAt.In(time.FixedZone("CST", 8*3600))},
				"always,open-start,spring-tea,starts-now"},
			{"active later", kefu.PromotionFilter{TenantID: "shop", ActiveAt: promoAt.Add(2 * day)}, "always,future,spring-tea,starts-now"},
			{"active with a limit", kefu.PromotionFilter{TenantID: "shop", ActiveAt: promoAt, Limit: 2}, "always,open-start"},
			{"active after a cursor", kefu.PromotionFilter{TenantID: "shop", ActiveAt: promoAt, After: "open-start"}, "spring-tea,starts-now"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				ps, err := s.FindPromotions(ctx, tc.f)
				mustNil(t, "FindPromotions", err)
				if got := promotionIDs(ps); got != tc.want {
					t.Errorf("IDs = %q, want %q", got, tc.want)
				}
				for _, p := range ps {
					if !tc.f.ActiveAt.IsZero() && !p.Active(tc.f.ActiveAt) {
						t.Errorf("%s is returned but not Active at %v", p.ID, tc.f.ActiveAt)
					}
				}
			})
		}
	})

	t.Run("Delete", func(t *testing.T) {
		mustNil(t, "DeletePromotion", s.DeletePromotion(ctx, "shop", "spring-tea"))
		_, err := s.FindPromotionByID(ctx, "shop", "spring-tea")
		wantCode(t, "FindPromotionByID after delete", err, kefu.ENOTFOUND)
		wantCode(t, "DeletePromotion again", s.DeletePromotion(ctx, "shop", "spring-tea"), kefu.ENOTFOUND)
		// Deleted and created again: a new promotion.
		MustUpsertPromotion(t, s, &kefu.Promotion{TenantID: "shop", ID: "spring-tea", Text: map[string]string{"en": "back"}})
		got, err := s.FindPromotionByID(ctx, "shop", "spring-tea")
		mustNil(t, "FindPromotionByID", err)
		if got.Text["en"] != "back" || got.Code != "" {
			t.Errorf("re-created promotion = %+v", got)
		}
	})

	t.Run("Errors", func(t *testing.T) {
		_, err := s.FindPromotionByID(ctx, "shop", "nope")
		wantCode(t, "FindPromotionByID(missing)", err, kefu.ENOTFOUND)
		wantCode(t, "UpsertPromotion(unknown tenant)", s.UpsertPromotion(ctx, &kefu.Promotion{TenantID: "ghost", ID: "x",
			Text: map[string]string{"en": "x"}}), kefu.ENOTFOUND)
		_, err = s.FindPromotions(ctx, kefu.PromotionFilter{})
		wantCode(t, "FindPromotions without tenant", err, kefu.EINVALID)
		ps, err := s.FindPromotions(ctx, kefu.PromotionFilter{TenantID: "ghost"})
		mustNil(t, "FindPromotions(unknown tenant)", err)
		if len(ps) != 0 {
			t.Errorf("unknown tenant has %d promotions", len(ps))
		}
	})
}

// testPromotionPaging walks the promotions and canned replies with a
// cursor, a page at a time, and must see each once, in ID (byte) order.
func testPromotionPaging(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	// Byte order: digits, upper case, '_', lower case, then non-ASCII.
	ids := []string{"10", "9", "B", "Z_", "_x", "a", "a-1", "a1", "b", "é"}
	for i := len(ids) - 1; i >= 0; i-- { // written out of order
		MustUpsertPromotion(t, s, &kefu.Promotion{TenantID: "shop", ID: ids[i], Text: map[string]string{"en": ids[i]}})
		MustUpsertCannedReply(t, s, &kefu.CannedReply{TenantID: "shop", ID: ids[i], Language: "en", Text: ids[i]})
	}
	want := strings.Join(ids, ",")
	for _, size := range []int{1, 3, 10, 0} {
		var got, gotCanned []string
		after, afterCanned := "", ""
		for page := 0; page < 20; page++ {
			ps, err := s.FindPromotions(ctx, kefu.PromotionFilter{TenantID: "shop", After: after, Limit: size})
			mustNil(t, "FindPromotions", err)
			cs, err := s.FindCannedReplies(ctx, kefu.CannedReplyFilter{TenantID: "shop", After: afterCanned, Limit: size})
			mustNil(t, "FindCannedReplies", err)
			if len(ps) == 0 && len(cs) == 0 {
				break
			}
			for _, p := range ps {
				got = append(got, p.ID)
				after = p.ID
			}
			for _, c := range cs {
				gotCanned = append(gotCanned, c.ID)
				afterCanned = c.ID
			}
		}
		if g := strings.Join(got, ","); g != want {
			t.Errorf("promotions in pages of %d: %q, want %q", size, g, want)
		}
		if g := strings.Join(gotCanned, ","); g != want {
			t.Errorf("canned replies in pages of %d: %q, want %q", size, g, want)
		}
	}
}

func testCannedReplies(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	c := MustUpsertCannedReply(t, s, &kefu.CannedReply{TenantID: "shop", ID: "greet-en", Title: "Greeting", Language: "en", Text: "Hi, thanks for waiting."})
	if c.UpdatedAt.IsZero() {
		t.Errorf("UpsertCannedReply left UpdatedAt zero")
	}
	got, err := s.FindCannedReplyByID(ctx, "shop", "greet-en")
	mustNil(t, "FindCannedReplyByID", err)
	checkEqual(t, "FindCannedReplyByID", got, c)

	repl := MustUpsertCannedReply(t, s, &kefu.CannedReply{TenantID: "shop", ID: "greet-en", Title: "Hello", Language: "en-GB", Text: "Hello!"})
	got, err = s.FindCannedReplyByID(ctx, "shop", "greet-en")
	mustNil(t, "FindCannedReplyByID", err)
	checkEqual(t, "replaced canned reply", got, repl)

	MustUpsertCannedReply(t, s, &kefu.CannedReply{TenantID: "shop", ID: "greet-zh", Title: "问候", Language: "zh", Text: "您好"})
	MustUpsertCannedReply(t, s, &kefu.CannedReply{TenantID: "shop", ID: "any", Text: "One moment, please."})
	MustUpsertCannedReply(t, s, &kefu.CannedReply{TenantID: "shop", ID: "refund-en", Language: "en-GB", Text: "Refund started."})
	for _, tc := range []struct {
		name string
		f    kefu.CannedReplyFilter
		want string
	}{
		{"all", kefu.CannedReplyFilter{TenantID: "shop"}, "any,greet-en,greet-zh,refund-en"},
		{"language", kefu.CannedReplyFilter{TenantID: "shop", Language: "en-GB"}, "greet-en,refund-en"},
		{"language after a cursor", kefu.CannedReplyFilter{TenantID: "shop", Language: "en-GB", After: "greet-en"}, "refund-en"},
		{"limit", kefu.CannedReplyFilter{TenantID: "shop", Limit: 2}, "any,greet-en"},
		{"no match", kefu.CannedReplyFilter{TenantID: "shop", Language: "th"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs, err := s.FindCannedReplies(ctx, tc.f)
			mustNil(t, "FindCannedReplies", err)
			var ids []string
			for _, c := range cs {
				ids = append(ids, c.ID)
			}
			if got := strings.Join(ids, ","); got != tc.want {
				t.Errorf("IDs = %q, want %q", got, tc.want)
			}
		})
	}

	mustNil(t, "DeleteCannedReply", s.DeleteCannedReply(ctx, "shop", "greet-zh"))
	_, err = s.FindCannedReplyByID(ctx, "shop", "greet-zh")
	wantCode(t, "FindCannedReplyByID after delete", err, kefu.ENOTFOUND)
	wantCode(t, "DeleteCannedReply again", s.DeleteCannedReply(ctx, "shop", "greet-zh"), kefu.ENOTFOUND)
	wantCode(t, "UpsertCannedReply(unknown tenant)", s.UpsertCannedReply(ctx, &kefu.CannedReply{TenantID: "ghost", ID: "x", Text: "x"}), kefu.ENOTFOUND)
	_, err = s.FindCannedReplies(ctx, kefu.CannedReplyFilter{})
	wantCode(t, "FindCannedReplies without tenant", err, kefu.EINVALID)
}

// testPromotionIsolation checks that one shop's promotions and canned
// replies are invisible to another, which may use the same IDs.
func testPromotionIsolation(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "a")
	MustCreateTenant(t, s, "b")
	pa := MustUpsertPromotion(t, s, &kefu.Promotion{TenantID: "a", ID: "secret", Code: "A-ONLY", Text: map[string]string{"en": "a's offer"}})
	ca := MustUpsertCannedReply(t, s, &kefu.CannedReply{TenantID: "a", ID: "secret", Language: "en", Text: "a's reply"})

	_, err := s.FindPromotionByID(ctx, "b", "secret")
	wantCode(t, "FindPromotionByID from b", err, kefu.ENOTFOUND)
	_, err = s.FindCannedReplyByID(ctx, "b", "secret")
	wantCode(t, "FindCannedReplyByID from b", err, kefu.ENOTFOUND)
	wantCode(t, "DeletePromotion from b", s.DeletePromotion(ctx, "b", "secret"), kefu.ENOTFOUND)
	wantCode(t, "DeleteCannedReply from b", s.DeleteCannedReply(ctx, "b", "secret"), kefu.ENOTFOUND)
	ps, err := s.FindPromotions(ctx, kefu.PromotionFilter{TenantID: "b"})
	mustNil(t, "FindPromotions", err)
	cs, err := s.FindCannedReplies(ctx, kefu.CannedReplyFilter{TenantID: "b"})
	mustNil(t, "FindCannedReplies", err)
	if len(ps) != 0 || len(cs) != 0 {
		t.Errorf("b sees %d promotions and %d canned replies of a", len(ps), len(cs))
	}

	// b's own records with the same IDs leave a's alone.
	pb := MustUpsertPromotion(t, s, &kefu.Promotion{TenantID: "b", ID: "secret", Code: "B", Text: map[string]string{"en": "b's offer"}})
	cb := MustUpsertCannedReply(t, s, &kefu.CannedReply{TenantID: "b", ID: "secret", Text: "b's reply"})
	for _, tc := range []struct {
		tenant string
		p      *kefu.Promotion
		c      *kefu.CannedReply
	}{{"a", pa, ca}, {"b", pb, cb}} {
		got, err := s.FindPromotionByID(ctx, tc.tenant, "secret")
		mustNil(t, "FindPromotionByID", err)
		checkEqual(t, "promotion of "+tc.tenant, got, tc.p)
		gotc, err := s.FindCannedReplyByID(ctx, tc.tenant, "secret")
		mustNil(t, "FindCannedReplyByID", err)
		checkEqual(t, "canned reply of "+tc.tenant, gotc, tc.c)
	}
	mustNil(t, "DeletePromotion", s.DeletePromotion(ctx, "b", "secret"))
	if _, err := s.FindPromotionByID(ctx, "a", "secret"); err != nil {
		t.Errorf("a's promotion after b deleted its own: %v", err)
	}
}

// testPromotionValidation checks that the stores reject what Validate
// rejects, with EINVALID naming the field, and store nothing.
func testPromotionValidation(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	at := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
	text := map[string]string{"en": "x"}
	for _, tc := range []struct {
		name  string
		p     *kefu.Promotion
		field string
	}{
		{"no tenant", &kefu.Promotion{ID: "p", Text: text}, "tenant_id"},
		{"no id", &kefu.Promotion{TenantID: "shop", Text: text}, "id"},
		{"long id", &kefu.Promotion{TenantID: "shop", ID: strings.Repeat("p", kefu.MaxExternalIDLen+1), Text: text}, "id"},
		{"no text", &kefu.Promotion{TenantID: "shop", ID: "p"}, "text"},
		{"empty text", &kefu.Promotion{TenantID: "shop", ID: "p", Text: map[string]string{"en": " "}}, "text.en"},
		{"malformed language", &kefu.Promotion{TenantID: "shop", ID: "p", Text: map[string]string{"en-": "x"}}, "text language"},
		{"non-canonical language", &kefu.Promotion{TenantID: "shop", ID: "p", Text: map[string]string{"zh_Hant": "x"}}, "text language"},
		{"end before start", &kefu.Promotion{TenantID: "shop", ID: "p", Text: text, Start: at, End: at.Add(-time.Hour)}, "end"},
		{"end at start", &kefu.Promotion{TenantID: "shop", ID: "p", Text: text, Start: at, End: at}, "end"},
		{"end past 2200", &kefu.Promotion{TenantID: "shop", ID: "p", Text: text, End: time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)}, "end"},
		{"empty category", &kefu.Promotion{TenantID: "shop", ID: "p", Text: text, Categories: []string{"tea", ""}}, "categories"},
		{"empty sku", &kefu.Promotion{TenantID: "shop", ID: "p", Text: text, Products: []string{""}}, "products"},
		{"negative min total", &kefu.Promotion{TenantID: "shop", ID: "p", Text: text, MinTotal: -1, Currency: "EUR"}, "min_total"},
		{"min total without currency", &kefu.Promotion{TenantID: "shop", ID: "p", Text: text, MinTotal: 4000}, "currency"},
		{"lower-case currency", &kefu.Promotion{TenantID: "shop", ID: "p", Text: text, MinTotal: 4000, Currency: "eur"}, "currency"},
	} {
		t.Run("promotion/"+tc.name, func(t *testing.T) {
			err := s.UpsertPromotion(ctx, tc.p)
			wantCode(t, "UpsertPromotion", err, kefu.EINVALID)
			if msg := kefu.ErrorMessage(err); !strings.Contains(msg, tc.field) {
				t.Errorf("message %q does not name %q", msg, tc.field)
			}
			if tc.p.TenantID != "" && tc.p.ID != "" {
				_, err := s.FindPromotionByID(ctx, "shop", tc.p.ID)
				wantCode(t, "FindPromotionByID", err, kefu.ENOTFOUND)
			}
		})
	}
	for _, tc := range []struct {
		name  string
		c     *kefu.CannedReply
		field string
	}{
		{"no tenant", &kefu.CannedReply{ID: "c", Text: "x"}, "tenant_id"},
		{"no id", &kefu.CannedReply{TenantID: "shop", Text: "x"}, "id"},
		{"no text", &kefu.CannedReply{TenantID: "shop", ID: "c", Language: "en"}, "text"},
		{"non-canonical language", &kefu.CannedReply{TenantID: "shop", ID: "c", Language: "EN", Text: "x"}, "language"},
	} {
		t.Run("canned reply/"+tc.name, func(t *testing.T) {
			err := s.UpsertCannedReply(ctx, tc.c)
			wantCode(t, "UpsertCannedReply", err, kefu.EINVALID)
			if msg := kefu.ErrorMessage(err); !strings.Contains(msg, tc.field) {
				t.Errorf("message %q does not name %q", msg, tc.field)
			}
			if tc.c.TenantID != "" && tc.c.ID != "" {
				_, err := s.FindCannedReplyByID(ctx, "shop", tc.c.ID)
				wantCode(t, "FindCannedReplyByID", err, kefu.ENOTFOUND)
			}
		})
	}
}

func promotionIDs(ps []*kefu.Promotion) string {
	ids := make([]string, len(ps))
	for i, p := range ps {
		ids[i] = p.ID
	}
	return strings.Join(ids, ",")
}
