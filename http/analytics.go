package http

import (
	"encoding/csv"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/analytics"
)

// The analytics API (docs/analytics.md; the contract the dashboard page
// is built on): summary, top and unanswered questions, pain points and
// insights, for admin keys and the sessions of owners and admins. Every
// GET takes from, to (UTC days, inclusive; default the 30 days ending
// today), channel, language, intent and product, and format=csv for the
// route's main table.

// maxAnalyticsDays is the longest period one request may ask for.
const maxAnalyticsDays = 366

// insightsEvery is how often GET /v1/analytics/insights derives a
// shop's insights for one period again; between, it lists the stored.
const insightsEvery = 5 * time.Minute

// insightRefreshes remembers when insights were derived, by shop and
// period, so that a dashboard polling the list does not redo it.
type insightRefreshes struct {
	mu   sync.Mutex // guards last
	last map[kefu.AnalyticsFilter]time.Time
}

// due reports whether f's insights should be derived now, and if so
// records that they are.
func (ir *insightRefreshes) due(f kefu.AnalyticsFilter, now time.Time) bool {
	ir.mu.Lock()
	defer ir.mu.Unlock()
	if t, ok := ir.last[f]; ok && now.Sub(t) < insightsEvery && !now.Before(t) {
		return false
	}
	if ir.last == nil || len(ir.last) > 10000 {
		ir.last = map[kefu.AnalyticsFilter]time.Time{}
	}
	ir.last[f] = now
	return true
}

func (s *Server) analyticsRoutes() []route {
	return []route{
		{"GET", "/v1/analytics/summary", s.admin(false, (*Server).handleAnalyticsSummary)},
		{"GET", "/v1/analytics/top-questions", s.admin(false, (*Server).handleAnalyticsQuestions)},
		{"GET", "/v1/analytics/pain-points", s.admin(false, (*Server).handleAnalyticsPain)},
		{"GET", "/v1/analytics/insights", s.admin(false, (*Server).handleAnalyticsInsights)},
		{"POST", "/v1/analytics/insights/{id}/accept", s.admin(true, (*Server).handleAcceptInsight)},
		{"POST", "/v1/analytics/insights/{id}/dismiss", s.admin(true, (*Server).handleDismissInsight)},
	}
}

// analyticsQuery is a parsed analytics request.
type analyticsQuery struct {
	f   kefu.AnalyticsFilter
	csv bool
}

// parseAnalyticsQuery reads the common parameters; EINVALID naming the
// field.
func (s *Server) parseAnalyticsQuery(r *http.Request, t *kefu.Tenant) (analyticsQuery, error) {
	q := r.URL.Query()
	var aq analyticsQuery
	aq.f.TenantID = t.ID
	aq.f.From, aq.f.To = analytics.DefaultPeriod(s.now())
	for _, d := range []struct {
		name string
		dst  *string
	}{{"from", &aq.f.From}, {"to", &aq.f.To}} {
		v := q.Get(d.name)
		if v == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, v); err != nil {
			return aq, kefu.Invalidf(d.name, "%s: %q is not a date (YYYY-MM-DD)", d.name, clipText(v, 40))
		}
		*d.dst = v
	}
	if q.Get("from") != "" && q.Get("to") == "" && aq.f.From > aq.f.To {
		aq.f.To = aq.f.From
	}
	if q.Get("to") != "" && q.Get("from") == "" {
		to, _ := time.Parse(time.DateOnly, aq.f.To)
		aq.f.From = kefu.AnalyticsDay(to.AddDate(0, 0, -29))
	}
	from, _ := time.Parse(time.DateOnly, aq.f.From)
	to, _ := time.Parse(time.DateOnly, aq.f.To)
	switch {
	case from.After(to):
		return aq, kefu.Invalidf("from", "from: %s is after to (%s)", aq.f.From, aq.f.To)
	case to.Sub(from) >= maxAnalyticsDays*24*time.Hour:
		return aq, kefu.Invalidf("from", "from: the period may be at most %d days", maxAnalyticsDays)
	}
	for _, d := range []struct {
		name string
		dst  *string
		max  int
	}{{"channel", &aq.f.Channel, 64}, {"intent", &aq.f.Intent, 64}, {"product", &aq.f.Product, 128}, {"language", &aq.f.Language, 35}} {
		v := strings.TrimSpace(q.Get(d.name))
		if len(v) > d.max {
			return aq, kefu.Invalidf(d.name, "%s: at most %d bytes", d.name, d.max)
		}
		*d.dst = v
	}
	if aq.f.Language != "" {
		if err := kefu.CheckLanguage("language", aq.f.Language); err != nil {
			return aq, err
		}
	}
	switch q.Get("format") {
	case "", "json":
	case "csv":
		aq.csv = true
	default:
		return aq, kefu.Invalidf("format", "format: %q is not json or csv", clipText(q.Get("format"), 20))
	}
	return aq, nil
}

// clipText cuts s to n bytes for an error message.
func clipText(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

func (s *Server) handleAnalyticsSummary(w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	aq, err := s.parseAnalyticsQuery(r, t)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	rep, err := analytics.Overview(r.Context(), s.Store, aq.f, s.now())
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if aq.csv {
		rows := [][]string{{"day", "conversations", "contained", "handoffs", "bot_replies"}}
		for _, p := range rep.Series {
			rows = append(rows, []string{p.Day, itoa(p.Conversations), itoa(p.Contained), itoa(p.Handoffs), itoa(p.BotReplies)})
		}
		writeCSV(w, "analytics-summary-"+aq.f.From+"-"+aq.f.To+".csv", rows)
		return
	}
	writeJSON(w, http.StatusOK, rep)
}

func (s *Server) handleAnalyticsQuestions(w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	aq, err := s.parseAnalyticsQuery(r, t)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	q := r.URL.Query()
	unanswered := false
	switch q.Get("unanswered") {
	case "", "0", "false":
	case "1", "true":
		unanswered = true
	default:
		s.Error(w, r, kefu.Invalidf("unanswered", "unanswered: %q is not 1 or 0", clipText(q.Get("unanswered"), 20)))
		return
	}
	limit := 20
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 100 {
			s.Error(w, r, kefu.Invalidf("limit", "limit: must be 1 to 100"))
			return
		}
		limit = n
	}
	rep, err := analytics.TopQuestions(r.Context(), s.Store, s.Store, aq.f, unanswered, limit)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if aq.csv {
		rows := [][]string{{"id", "intent", "label", "text", "count", "unanswered", "share", "answered_share", "change",
			"languages", "products", "example"}}
		for _, q := range rep.Questions {
			var langs, prods []string
			for _, l := range q.Languages {
				langs = append(langs, fmt.Sprintf("%s %d", l.Key, l.Count))
			}
			for _, p := range q.Products {
				prods = append(prods, fmt.Sprintf("%s %d", p.SKU, p.Count))
			}
			ex := ""
			if len(q.Examples) > 0 {
				ex = q.Examples[0].Text
			}
			rows = append(rows, []string{q.ID, q.Intent, q.Label, q.Text, itoa(q.Count), itoa(q.Unanswered), ftoa(q.Share),
				ftoa(q.AnsweredShare), optFtoa(q.Change), strings.Join(langs, "; "), strings.Join(prods, "; "), ex})
		}
		name := "analytics-top-questions-"
		if unanswered {
			name = "analytics-unanswered-questions-"
		}
		writeCSV(w, name+aq.f.From+"-"+aq.f.To+".csv", rows)
		return
	}
	writeJSON(w, http.StatusOK, rep)
}

func (s *Server) handleAnalyticsPain(w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	aq, err := s.parseAnalyticsQuery(r, t)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	rep, err := analytics.PainPoints(r.Context(), s.Store, s.Store, aq.f)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if aq.csv {
		rows := [][]string{{"sku", "name", "category", "count", "negative", "score", "change", "top_intents"}}
		for _, p := range rep.ByProduct {
			var top []string
			for _, c := range p.TopIntents {
				top = append(top, fmt.Sprintf("%s %d", c.Key, c.Count))
			}
			rows = append(rows, []string{p.SKU, p.Name, p.Category, itoa(p.Count), itoa(p.Negative), ftoa(p.Score),
				optFtoa(p.Change), strings.Join(top, "; ")})
		}
		writeCSV(w, "analytics-pain-points-"+aq.f.From+"-"+aq.f.To+".csv", rows)
		return
	}
	writeJSON(w, http.StatusOK, rep)
}

// InsightsResponse is the reply of GET /v1/analytics/insights.
type InsightsResponse struct {
	Insights []*kefu.Insight `json:"insights"`
}

// InsightResponse is the reply of accepting or dismissing an insight;
// ArticleID names the draft article accepting it created.
type InsightResponse struct {
	Insight   *kefu.Insight `json:"insight"`
	ArticleID string        `json:"article_id,omitempty"`
}

// handleAnalyticsInsights refreshes the period's insights from the
// rollups (a few indexed queries) and lists the shop's insights.
func (s *Server) handleAnalyticsInsights(w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	aq, err := s.parseAnalyticsQuery(r, t)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	status := kefu.InsightStatus(r.URL.Query().Get("status"))
	if status != "" && !status.Valid() {
		s.Error(w, r, kefu.Invalidf("status", "status: %q is not open, accepted or dismissed", clipText(string(status), 20)))
		return
	}
	if s.insights.due(aq.f, s.now()) {
		if _, err := analytics.RefreshInsights(r.Context(), s.Store, aq.f, 0); err != nil {
			s.Error(w, r, err)
			return
		}
	}
	ins, err := s.Store.FindInsights(r.Context(), t.ID, status)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if ins == nil {
		ins = []*kefu.Insight{}
	}
	if aq.csv {
		rows := [][]string{{"id", "audience", "title", "evidence", "action", "count", "status", "created_at", "conversation_ids"}}
		for _, in := range ins {
			rows = append(rows, []string{in.ID, in.Audience, in.Title, in.Evidence, in.Action, itoa(in.Count),
				string(in.Status), in.CreatedAt.Format(time.RFC3339), strings.Join(in.ConversationIDs, " ")})
		}
		writeCSV(w, "analytics-insights.csv", rows)
		return
	}
	writeJSON(w, http.StatusOK, InsightsResponse{Insights: ins})
}

// handleAcceptInsight accepts an insight: it creates a draft article with
// the evidence and the action (tagged "task" for supply chain) in the
// shop's language, for an editor to finish, and marks the insight
// accepted. Accepting again returns the same article.
func (s *Server) handleAcceptInsight(w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	ctx := r.Context()
	var (
		in        *kefu.Insight
		articleID string
	)
	err := s.Store.InTx(ctx, func(tx kefu.Store) error {
		cur, err := tx.FindInsightByID(ctx, t.ID, r.PathValue("id"))
		if err != nil {
			return err
		}
		if cur.ArticleID != "" {
			in, articleID = cur, cur.ArticleID
			if cur.Status != kefu.InsightAccepted {
				in, err = tx.UpdateInsightStatus(ctx, t.ID, cur.ID, kefu.InsightAccepted, "")
			}
			return err
		}
		lang := t.Settings.DefaultLanguage
		if lang == "" {
			lang = "en"
		}
		a := analytics.InsightArticle(cur, lang)
		if err := tx.UpsertArticle(ctx, a); err != nil {
			return err
		}
		articleID = a.ID
		in, err = tx.UpdateInsightStatus(ctx, t.ID, cur.ID, kefu.InsightAccepted, a.ID)
		return err
	})
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, InsightResponse{Insight: in, ArticleID: articleID})
}

func (s *Server) handleDismissInsight(w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	in, err := s.Store.UpdateInsightStatus(r.Context(), t.ID, r.PathValue("id"), kefu.InsightDismissed, "")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, InsightResponse{Insight: in})
}

// writeCSV writes rows as a CSV attachment. Cells that a spreadsheet
// would read as a formula (customers' text can start with =) get a
// leading apostrophe.
func writeCSV(w http.ResponseWriter, filename string, rows [][]string) {
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="`+filename+`"`)
	w.Header().Set("Cache-Control", "no-store")
	cw := csv.NewWriter(w)
	for i, row := range rows {
		if i > 0 {
			for j, c := range row {
				if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
					if _, err := strconv.ParseFloat(c, 64); err != nil {
						row[j] = "'" + c
					}
				}
			}
		}
		_ = cw.Write(row)
	}
	cw.Flush()
}

func itoa(n int) string { return strconv.Itoa(n) }

func ftoa(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }

func optFtoa(x *float64) string {
	if x == nil {
		return ""
	}
	return ftoa(*x)
}
