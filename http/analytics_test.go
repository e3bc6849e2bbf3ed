package http_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/analytics"
	khttp "github.com/kefu-ai/kefu/http"
	"github.com/kefu-ai/kefu/storetest"
)

// analyticsEnv is a server whose clock stands three days after
// storetest.SeedAnalytics's history, which is stored in shop.
func analyticsEnv(t *testing.T) *Env {
	t.Helper()
	now := storetest.AnalyticsT0.Add(72 * time.Hour)
	e := MustOpenEnv(t, func(s *khttp.Server) { s.Now = func() time.Time { return now } })
	storetest.SeedAnalytics(t, e.Store, shop)
	return e
}

const seededDays = "from=2026-11-24&to=2026-11-25"

func TestAnalyticsAuth(t *testing.T) {
	e := analyticsEnv(t)
	for _, path := range []string{"/v1/analytics/summary", "/v1/analytics/top-questions", "/v1/analytics/pain-points", "/v1/analytics/insights"} {
		for _, tc := range []struct {
			name   string
			key    string
			status int
			code   string
		}{
			{"admin key", e.AdminKey, http.StatusOK, ""},
			{"chat key", e.Key, http.StatusForbidden, kefu.EFORBIDDEN},
			{"no key", "", http.StatusUnauthorized, kefu.EUNAUTHORIZED},
		} {
			t.Run(path+"/"+tc.name, func(t *testing.T) {
				res := e.Do(t, "GET", path+"?"+seededDays, tc.key, "", nil)
				if res.Status != tc.status || res.ErrorCode() != tc.code {
					t.Errorf("GET %s = %d %s, want %d %q", path, res.Status, res.Body, tc.status, tc.code)
				}
			})
		}
	}
	for _, path := range []string{"/v1/analytics/insights/ins_x/accept", "/v1/analytics/insights/ins_x/dismiss"} {
		if res := e.Do(t, "POST", path, e.Key, "", nil); res.Status != http.StatusForbidden {
			t.Errorf("POST %s with a chat key = %d, want 403", path, res.Status)
		}
		if res := e.Do(t, "POST", path, e.AdminKey, "", nil); res.Status != http.StatusNotFound {
			t.Errorf("POST %s of no insight = %d %s, want 404", path, res.Status, res.Body)
		}
	}
}

func TestAnalyticsSummary(t *testing.T) {
	e := analyticsEnv(t)
	for _, tc := range []struct {
		name          string
		key, query    string
		conversations int
		containment   float64
	}{
		{"seeded days", e.AdminKey, seededDays, 4, 0.5},
		{"widget", e.AdminKey, seededDays + "&channel=widget", 2, 0.5},
		{"intent", e.AdminKey, seededDays + "&intent=fresh_wrong_temperature", 1, 0},
		// The default period is the 30 days ending today (2026-11-27).
		{"default period", e.AdminKey, "", 4, 0.5},
		{"before", e.AdminKey, "from=2026-10-01&to=2026-11-23", 0, 0},
		{"other shop", e.OtherAdminKey, seededDays, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := e.Do(t, "GET", "/v1/analytics/summary?"+tc.query, tc.key, "", nil)
			if res.Status != http.StatusOK {
				t.Fatalf("GET summary = %d %s", res.Status, res.Body)
			}
			var got analytics.SummaryReport
			res.JSON(t, &got)
			if got.Conversations != tc.conversations || got.Containment != tc.containment {
				t.Errorf("summary = %d conversations, containment %v; want %d, %v", got.Conversations, got.Containment, tc.conversations, tc.containment)
			}
		})
	}
	var got analytics.SummaryReport
	e.Do(t, "GET", "/v1/analytics/summary", e.AdminKey, "", nil).JSON(t, &got)
	if got.From != "2026-10-29" || got.To != "2026-11-27" || len(got.Series) != 30 {
		t.Errorf("default period = %s..%s with %d days, want 2026-10-29..2026-11-27, 30", got.From, got.To, len(got.Series))
	}
}

func TestAnalyticsBadInput(t *testing.T) {
	e := analyticsEnv(t)
	for _, tc := range []struct {
		path, field string
	}{
		{"/v1/analytics/summary?from=yesterday", "from"},
		{"/v1/analytics/summary?from=2026-13-01", "from"},
		{"/v1/analytics/summary?to=2026-11-31", "to"},
		{"/v1/analytics/summary?from=2026-11-25&to=2026-11-24", "from"},
		{"/v1/analytics/summary?from=2024-01-01&to=2026-11-24", "from"},
		{"/v1/analytics/summary?language=%21%21", "language"},
		{"/v1/analytics/summary?format=xml", "format"},
		{"/v1/analytics/summary?channel=" + strings.Repeat("x", 65), "channel"},
		{"/v1/analytics/top-questions?limit=0", "limit"},
		{"/v1/analytics/top-questions?limit=many", "limit"},
		{"/v1/analytics/top-questions?unanswered=maybe", "unanswered"},
		{"/v1/analytics/pain-points?from=1.1.2026", "from"},
		{"/v1/analytics/insights?status=pending", "status"},
	} {
		t.Run(tc.path, func(t *testing.T) {
			res := e.Do(t, "GET", tc.path, e.AdminKey, "", nil)
			CheckError(t, res, http.StatusBadRequest, kefu.EINVALID)
			if res.ErrorField() != tc.field {
				t.Errorf("error field = %q, want %q (%s)", res.ErrorField(), tc.field, res.Body)
			}
		})
	}
}

func TestAnalyticsCSV(t *testing.T) {
	e := analyticsEnv(t)
	evil := &kefu.Insight{TenantID: shop, Key: "product:X:product_question", Audience: kefu.AudienceProduct,
		Title: "=HYPERLINK(\"http://evil\")", Evidence: "e", Action: "a", Count: 9, ConversationIDs: []string{"cv_a", "cv_b"}}
	if err := e.Store.UpsertInsight(context.Background(), evil); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		path   string
		header string
		rows   int // data rows
	}{
		{"/v1/analytics/summary", "day,conversations,contained,handoffs,bot_replies", 2},
		{"/v1/analytics/top-questions", "id,intent,label,text,count,unanswered,share,answered_share,change,languages,products,example", 3},
		{"/v1/analytics/top-questions?unanswered=1", "id,intent,label,text,count,unanswered,share,answered_share,change,languages,products,example", 1},
		{"/v1/analytics/pain-points", "sku,name,category,count,negative,score,change,top_intents", 2},
		{"/v1/analytics/insights", "id,audience,title,evidence,action,count,status,created_at,conversation_ids", 1},
	} {
		t.Run(tc.path, func(t *testing.T) {
			sep := "?"
			if strings.Contains(tc.path, "?") {
				sep = "&"
			}
			res := e.Do(t, "GET", tc.path+sep+seededDays+"&format=csv", e.AdminKey, "", nil)
			if res.Status != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/csv") ||
				!strings.HasPrefix(res.Header.Get("Content-Disposition"), "attachment; filename=") {
				t.Fatalf("GET = %d %v %s", res.Status, res.Header, res.Body)
			}
			rows, err := csv.NewReader(bytes.NewReader(res.Body)).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(rows[0], ",") != tc.header || len(rows)-1 != tc.rows {
				t.Errorf("CSV = %q, want header %q and %d rows", rows, tc.header, tc.rows)
			}
		})
	}
	res := e.Do(t, "GET", "/v1/analytics/insights?format=csv&"+seededDays, e.AdminKey, "", nil)
	rows, _ := csv.NewReader(bytes.NewReader(res.Body)).ReadAll()
	if len(rows) < 2 || rows[1][2] != `'=HYPERLINK("http://evil")` {
		t.Errorf("insight CSV = %q, want the formula quoted with an apostrophe", rows)
	}
	res = e.Do(t, "GET", "/v1/analytics/summary?format=csv&"+seededDays, e.AdminKey, "", nil)
	if want := "day,conversations,contained,handoffs,bot_replies\n2026-11-24,3,1,1,3\n2026-11-25,1,1,0,2\n"; string(res.Body) != want {
		t.Errorf("summary CSV = %q, want %q", res.Body, want)
	}
}

func TestAnalyticsInsights(t *testing.T) {
	e := analyticsEnv(t)
	ctx := context.Background()
	var ids []string
	for _, in := range []*kefu.Insight{
		{TenantID: shop, Key: "product:SERUM-1:skin_advice", Audience: kefu.AudienceProduct, Title: "Serum: 6 questions about skin advice",
			Evidence: "6 of 8", Action: "Add a note", Count: 6, ConversationIDs: []string{"cv_1"}},
		{TenantID: shop, Key: "supply_chain:ColdExpress", Audience: kefu.AudienceSupplyChain, Title: "ColdExpress: 5 complaints",
			Evidence: "5 of 9", Action: "Review", Count: 5},
	} {
		if err := e.Store.UpsertInsight(ctx, in); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, in.ID)
	}
	var list khttp.InsightsResponse
	e.Do(t, "GET", "/v1/analytics/insights?"+seededDays, e.AdminKey, "", nil).JSON(t, &list)
	if len(list.Insights) != 2 || list.Insights[0].ID != ids[0] || list.Insights[0].Status != kefu.InsightOpen {
		t.Fatalf("insights = %+v", list.Insights)
	}
	var acc khttp.InsightResponse
	res := e.Do(t, "POST", "/v1/analytics/insights/"+ids[0]+"/accept", e.AdminKey, "", nil)
	res.JSON(t, &acc)
	if res.Status != http.StatusOK || acc.Insight.Status != kefu.InsightAccepted || acc.ArticleID == "" || acc.Insight.ArticleID != acc.ArticleID {
		t.Fatalf("accept = %d %s", res.Status, res.Body)
	}
	a, err := e.Store.FindArticleByID(ctx, shop, acc.ArticleID)
	if err != nil || a.Status != kefu.ArticleDraft || a.Title != "Serum: 6 questions about skin advice" || a.Language != "en" ||
		!strings.Contains(a.Body, "Add a note") || len(a.Intents) != 1 || a.Intents[0] != "skin_advice" {
		t.Errorf("draft article = %+v, %v", a, err)
	}
	var again khttp.InsightResponse
	e.Do(t, "POST", "/v1/analytics/insights/"+ids[0]+"/accept", e.AdminKey, "", nil).JSON(t, &again)
	if again.ArticleID != acc.ArticleID {
		t.Errorf("accepting again made article %s, want the same %s", again.ArticleID, acc.ArticleID)
	}
	var dis khttp.InsightResponse
	res = e.Do(t, "POST", "/v1/analytics/insights/"+ids[1]+"/dismiss", e.AdminKey, "", nil)
	res.JSON(t, &dis)
	if res.Status != http.StatusOK || dis.Insight.Status != kefu.InsightDismissed {
		t.Errorf("dismiss = %d %s", res.Status, res.Body)
	}
	for _, tc := range []struct {
		status string
		want   int
	}{{"open", 0}, {"accepted", 1}, {"dismissed", 1}} {
		var l khttp.InsightsResponse
		e.Do(t, "GET", "/v1/analytics/insights?status="+tc.status+"&"+seededDays, e.AdminKey, "", nil).JSON(t, &l)
		if len(l.Insights) != tc.want {
			t.Errorf("insights?status=%s = %d, want %d", tc.status, len(l.Insights), tc.want)
		}
	}
	if res := e.Do(t, "POST", "/v1/analytics/insights/"+ids[1]+"/dismiss", e.OtherAdminKey, "", nil); res.Status != http.StatusNotFound {
		t.Errorf("dismissing another shop's insight = %d, want 404", res.Status)
	}
}
