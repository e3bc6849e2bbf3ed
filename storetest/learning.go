package storetest

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
)

// learningTests cover feedback and the model registry (docs/learning.md).
var learningTests = []struct {
	name string
	fn   func(t *testing.T, s kefu.Store)
}{
	{"Feedback", testFeedback},
	{"FeedbackValidation", testFeedbackValidation},
	{"ReviewFeedback", testReviewFeedback},
	{"CorrectionRevisions", testCorrectionRevisions},
	{"ModelRegistry", testModelRegistry},
}

func testFeedback(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	c := newConversation(t, s, "shop")
	newConversation(t, s, "other")
	relabel := &kefu.Feedback{TenantID: "shop", Kind: kefu.FeedbackRelabel, AgentID: "ag_1", ConversationID: c.ID,
		MessageID: 7, Text: "where is my parcel??", Language: "en", Intent: "order_status", PreviousIntent: "greeting",
		Entities: map[string]string{"order": "FF-1"}, Emotion: "anxiety", Reason: "<b>not a greeting</b>"}
	mustNil(t, "CreateFeedback relabel", s.CreateFeedback(ctx, relabel))
	if relabel.ID <= 0 || relabel.Status != kefu.FeedbackProposed || relabel.CreatedAt.IsZero() {
		t.Errorf("relabel stored as ID %d status %q at %v", relabel.ID, relabel.Status, relabel.CreatedAt)
	}
	article := &kefu.Feedback{TenantID: "shop", Kind: kefu.FeedbackArticleOutdated, AgentID: "ag_2", ArticleID: "a_618"}
	mustNil(t, "CreateFeedback article", s.CreateFeedback(ctx, article))
	down := &kefu.Feedback{TenantID: "shop", Kind: kefu.FeedbackThumbsDown, CustomerID: "cu_1", ConversationID: c.ID,
		MessageID: 8, Reason: "did not answer"}
	mustNil(t, "CreateFeedback thumbs down", s.CreateFeedback(ctx, down))
	if down.Status != "" {
		t.Errorf("thumbs got status %q", down.Status)
	}
	other := &kefu.Feedback{TenantID: "other", Kind: kefu.FeedbackThumbsUp, CustomerID: "cu_9", ConversationID: c.ID, MessageID: 8}
	mustNil(t, "CreateFeedback other tenant", s.CreateFeedback(ctx, other))

	got, err := s.FindFeedbackByID(ctx, "shop", relabel.ID)
	mustNil(t, "FindFeedbackByID", err)
	checkEqual(t, "FindFeedbackByID", got, relabel)
	_, err = s.FindFeedbackByID(ctx, "other", relabel.ID)
	wantCode(t, "FindFeedbackByID other tenant", err, kefu.ENOTFOUND)

	// The customer changes their mind: the thumbs up replaces the thumbs
	// down on the same message.
	up := &kefu.Feedback{TenantID: "shop", Kind: kefu.FeedbackThumbsUp, CustomerID: "cu_1", ConversationID: c.ID, MessageID: 8}
	mustNil(t, "CreateFeedback thumbs up", s.CreateFeedback(ctx, up))
	_, err = s.FindFeedbackByID(ctx, "shop", down.ID)
	wantCode(t, "replaced thumbs", err, kefu.ENOTFOUND)

	for _, tc := range []struct {
		name   string
		filter kefu.FeedbackFilter
		want   []*kefu.Feedback
	}{
		{"all, newest first", kefu.FeedbackFilter{TenantID: "shop"}, []*kefu.Feedback{up, article, relabel}},
		{"kind", kefu.FeedbackFilter{TenantID: "shop", Kind: kefu.FeedbackRelabel}, []*kefu.Feedback{relabel}},
		{"status", kefu.FeedbackFilter{TenantID: "shop", Status: kefu.FeedbackProposed}, []*kefu.Feedback{article, relabel}},
		{"message", kefu.FeedbackFilter{TenantID: "shop", ConversationID: c.ID, MessageID: 8}, []*kefu.Feedback{up}},
		{"page", kefu.FeedbackFilter{TenantID: "shop", Before: up.ID, Limit: 1}, []*kefu.Feedback{article}},
		{"other tenant", kefu.FeedbackFilter{TenantID: "other"}, []*kefu.Feedback{other}},
		{"none", kefu.FeedbackFilter{TenantID: "shop", Kind: kefu.FeedbackAnswerFixed}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.FindFeedback(ctx, tc.filter)
			mustNil(t, "FindFeedback", err)
			checkEqual(t, "FindFeedback", got, tc.want)
		})
	}
}

func testFeedbackValidation(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	c := newConversation(t, s, "shop")
	for _, tc := range []struct {
		name  string
		f     kefu.Feedback
		code  string
		field string
	}{
		{"no tenant", kefu.Feedback{Kind: kefu.FeedbackAnswerFlagged, AgentID: "a", MessageID: 1}, kefu.EINVALID, "tenant_id"},
		{"unknown kind", kefu.Feedback{TenantID: "shop", Kind: "meh", AgentID: "a"}, kefu.EINVALID, "kind"},
		{"correction without agent", kefu.Feedback{TenantID: "shop", Kind: kefu.FeedbackAnswerFlagged, MessageID: 1}, kefu.EINVALID, "agent_id"},
		{"relabel without intent", kefu.Feedback{TenantID: "shop", Kind: kefu.FeedbackRelabel, AgentID: "a",
			ConversationID: c.ID, MessageID: 1, Text: "x"}, kefu.EINVALID, "intent"},
		{"relabel without message", kefu.Feedback{TenantID: "shop", Kind: kefu.FeedbackRelabel, AgentID: "a",
			Intent: "refund", Text: "x"}, kefu.EINVALID, "message_id"},
		{"relabel without text", kefu.Feedback{TenantID: "shop", Kind: kefu.FeedbackRelabel, AgentID: "a",
			ConversationID: c.ID, MessageID: 1, Intent: "refund"}, kefu.EINVALID, "text"},
		{"fix without answer", kefu.Feedback{TenantID: "shop", Kind: kefu.FeedbackAnswerFixed, AgentID: "a", MessageID: 1}, kefu.EINVALID, "answer"},
		{"article without ID", kefu.Feedback{TenantID: "shop", Kind: kefu.FeedbackArticleWrong, AgentID: "a"}, kefu.EINVALID, "article_id"},
		{"unknown emotion", kefu.Feedback{TenantID: "shop", Kind: kefu.FeedbackRelabel, AgentID: "a",
			ConversationID: c.ID, MessageID: 1, Text: "x", Intent: "refund", Emotion: "glee"}, kefu.EINVALID, "emotion"},
		{"thumbs with status", kefu.Feedback{TenantID: "shop", Kind: kefu.FeedbackThumbsUp, ConversationID: c.ID,
			MessageID: 1, Status: kefu.FeedbackAccepted}, kefu.EINVALID, "status"},
		{"thumbs without message", kefu.Feedback{TenantID: "shop", Kind: kefu.FeedbackThumbsDown, ConversationID: c.ID}, kefu.EINVALID, "message_id"},
		{"long reason", kefu.Feedback{TenantID: "shop", Kind: kefu.FeedbackThumbsDown, ConversationID: c.ID, MessageID: 1,
			Reason: strings.Repeat("x", kefu.MaxFeedbackReasonLen+1)}, kefu.EINVALID, "reason"},
		{"bad UTF-8", kefu.Feedback{TenantID: "shop", Kind: kefu.FeedbackThumbsDown, ConversationID: c.ID, MessageID: 1,
			Reason: "\xff"}, kefu.EINVALID, "reason"},
		{"unknown tenant", kefu.Feedback{TenantID: "nope", Kind: kefu.FeedbackThumbsUp, ConversationID: c.ID, MessageID: 1}, kefu.ENOTFOUND, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := s.CreateFeedback(ctx, &tc.f)
			if tc.field != "" {
				wantField(t, "CreateFeedback", err, tc.code, tc.field)
			} else {
				wantCode(t, "CreateFeedback", err, tc.code)
			}
		})
	}
	all, err := s.FindFeedback(ctx, kefu.FeedbackFilter{TenantID: "shop"})
	mustNil(t, "FindFeedback", err)
	if len(all) != 0 {
		t.Errorf("invalid feedback was stored: %d rows", len(all))
	}
	_, err = s.FindFeedback(ctx, kefu.FeedbackFilter{TenantID: "shop", Status: "maybe"})
	wantField(t, "FindFeedback bad status", err, kefu.EINVALID, "status")
}

func testReviewFeedback(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	c := newConversation(t, s, "shop")
	f := &kefu.Feedback{TenantID: "shop", Kind: kefu.FeedbackRelabel, AgentID: "ag_1", ConversationID: c.ID,
		MessageID: 3, Text: "refund pls", Intent: "refund_request"}
	mustNil(t, "CreateFeedback", s.CreateFeedback(ctx, f))
	thumbs := &kefu.Feedback{TenantID: "shop", Kind: kefu.FeedbackThumbsUp, ConversationID: c.ID, MessageID: 4}
	mustNil(t, "CreateFeedback thumbs", s.CreateFeedback(ctx, thumbs))

	got, err := s.ReviewFeedback(ctx, "shop", f.ID, kefu.FeedbackAccepted, "admin@shop")
	mustNil(t, "ReviewFeedback accept", err)
	if got.Status != kefu.FeedbackAccepted || got.ReviewedBy != "admin@shop" || got.ReviewedAt.IsZero() {
		t.Errorf("accepted: %+v", got)
	}
	stored, err := s.FindFeedbackByID(ctx, "shop", f.ID)
	mustNil(t, "FindFeedbackByID", err)
	checkEqual(t, "stored after review", stored, got)
	acc, err := s.FindFeedback(ctx, kefu.FeedbackFilter{TenantID: "shop", Kind: kefu.FeedbackRelabel, Status: kefu.FeedbackAccepted})
	mustNil(t, "FindFeedback accepted", err)
	checkEqual(t, "accepted relabels", acc, []*kefu.Feedback{got})

	// An accept can be undone.
	got, err = s.ReviewFeedback(ctx, "shop", f.ID, kefu.FeedbackRejected, "lead@shop")
	mustNil(t, "ReviewFeedback reject", err)
	if got.Status != kefu.FeedbackRejected || got.ReviewedBy != "lead@shop" {
		t.Errorf("rejected: %+v", got)
	}

	for _, tc := range []struct {
		name, tenant, status, by string
		id                       int64
		code                     string
	}{
		{"thumbs", "shop", kefu.FeedbackAccepted, "a", thumbs.ID, kefu.ECONFLICT},
		{"back to proposed", "shop", kefu.FeedbackProposed, "a", f.ID, kefu.EINVALID},
		{"no reviewer", "shop", kefu.FeedbackAccepted, "", f.ID, kefu.EINVALID},
		{"unknown", "shop", kefu.FeedbackAccepted, "a", f.ID + 100, kefu.ENOTFOUND},
		{"other tenant", "other", kefu.FeedbackAccepted, "a", f.ID, kefu.ENOTFOUND},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := s.ReviewFeedback(ctx, tc.tenant, tc.id, tc.status, tc.by)
			wantCode(t, "ReviewFeedback", err, tc.code)
		})
	}
	stored, err = s.FindFeedbackByID(ctx, "shop", f.ID)
	mustNil(t, "FindFeedbackByID", err)
	if stored.Status != kefu.FeedbackRejected {
		t.Errorf("failed reviews changed the status to %q", stored.Status)
	}
}

// testCorrectionRevisions checks that a shop's corrections revision
// moves exactly when its set of accepted relabels may have changed: a
// relabel stored accepted, an accept, a withdrawal; not a proposed
// relabel, other kinds or another shop's changes.
func testCorrectionRevisions(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	c := newConversation(t, s, "shop")
	newConversation(t, s, "other")
	revs := func() map[string]int64 {
		t.Helper()
		r, err := s.FindCorrectionRevisions(ctx)
		mustNil(t, "FindCorrectionRevisions", err)
		return r
	}
	if r := revs(); len(r) != 0 {
		t.Fatalf("revisions before any relabel: %v", r)
	}
	relabel := func(tenant, status string) *kefu.Feedback {
		t.Helper()
		f := &kefu.Feedback{TenantID: tenant, Kind: kefu.FeedbackRelabel, AgentID: "ag_1", ConversationID: c.ID,
			MessageID: 3, Text: "refund pls", Intent: "refund_request", Status: status}
		mustNil(t, "CreateFeedback", s.CreateFeedback(ctx, f))
		return f
	}
	review := func(f *kefu.Feedback, status string) {
		t.Helper()
		_, err := s.ReviewFeedback(ctx, f.TenantID, f.ID, status, "admin@shop")
		mustNil(t, "ReviewFeedback", err)
	}
	proposed := relabel("shop", "")
	flag := &kefu.Feedback{TenantID: "shop", Kind: kefu.FeedbackAnswerFlagged, AgentID: "ag_1", MessageID: 4}
	mustNil(t, "CreateFeedback flag", s.CreateFeedback(ctx, flag))
	review(flag, kefu.FeedbackAccepted)
	if r := revs(); len(r) != 0 {
		t.Errorf("a proposed relabel and a reviewed flag moved revisions: %v", r)
	}
	steps := []struct {
		name string
		do   func()
		want map[string]int64
	}{
		{"accept", func() { review(proposed, kefu.FeedbackAccepted) }, map[string]int64{"shop": 1}},
		{"stored accepted", func() { relabel("shop", kefu.FeedbackAccepted) }, map[string]int64{"shop": 2}},
		{"withdrawn", func() { review(proposed, kefu.FeedbackRejected) }, map[string]int64{"shop": 3}},
		{"another shop", func() { review(relabel("other", ""), kefu.FeedbackAccepted) }, map[string]int64{"shop": 3, "other": 1}},
		{"a proposal changes nothing", func() { relabel("shop", "") }, map[string]int64{"shop": 3, "other": 1}},
	}
	for _, st := range steps {
		st.do()
		checkEqual(t, "revisions after "+st.name, revs(), st.want)
	}
}

func testModelRegistry(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	mk := func(tenant, version string) *kefu.ModelVersion {
		t.Helper()
		m := &kefu.ModelVersion{TenantID: tenant, Version: version, DataHash: "h-" + version,
			Metrics: json.RawMessage(`{"dev_accuracy":0.9}`), Path: "/data/models/" + version + ".kmodel",
			Model: []byte("model " + version), CreatedBy: "kefu model retrain"}
		mustNil(t, "CreateModelVersion "+version, s.CreateModelVersion(ctx, m))
		if m.Size != int64(len(m.Model)) || m.CreatedAt.IsZero() || m.Serving {
			t.Errorf("created %+v", m)
		}
		return m
	}
	v1 := mk(kefu.GlobalModel, "g1")
	v2 := mk(kefu.GlobalModel, "g2")
	s1 := mk("shop", "s1")

	err := s.CreateModelVersion(ctx, &kefu.ModelVersion{Version: "g1", Model: []byte("x"), CreatedBy: "x"})
	wantCode(t, "CreateModelVersion again", err, kefu.ECONFLICT)
	for _, bad := range []kefu.ModelVersion{
		{Version: "", Model: []byte("x"), CreatedBy: "x"},
		{Version: "a/b", Model: []byte("x"), CreatedBy: "x"},
		{Version: "g9", CreatedBy: "x"},
		{Version: "g9", Model: []byte("x"), CreatedBy: "x", Metrics: json.RawMessage("{")},
	} {
		wantCode(t, "CreateModelVersion "+bad.Version, s.CreateModelVersion(ctx, &bad), kefu.EINVALID)
	}

	list, err := s.FindModelVersions(ctx, kefu.GlobalModel)
	mustNil(t, "FindModelVersions", err)
	if len(list) != 2 || list[0].Version != "g2" || list[1].Version != "g1" || list[0].Model != nil {
		t.Fatalf("global versions: %s", show(list))
	}
	if string(list[1].Metrics) != `{"dev_accuracy":0.9}` && !strings.Contains(string(list[1].Metrics), "0.9") {
		t.Errorf("metrics %s", list[1].Metrics)
	}
	b, err := s.FindModelFile(ctx, kefu.GlobalModel, "g2")
	mustNil(t, "FindModelFile", err)
	if string(b) != "model g2" {
		t.Errorf("model file %q", b)
	}
	_, err = s.FindModelFile(ctx, "shop", "g2")
	wantCode(t, "FindModelFile other tenant", err, kefu.ENOTFOUND)

	serving := func(want ...string) {
		t.Helper()
		ms, err := s.FindServingModels(ctx)
		mustNil(t, "FindServingModels", err)
		var got []string
		for _, m := range ms {
			got = append(got, m.TenantID+":"+m.Version)
		}
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("serving %v, want %v", got, want)
		}
	}
	serving()
	_, err = s.RollbackModel(ctx, kefu.GlobalModel, "ops")
	wantCode(t, "RollbackModel with nothing serving", err, kefu.ENOTFOUND)

	p, err := s.PromoteModelVersion(ctx, kefu.GlobalModel, v1.Version, "ops")
	mustNil(t, "Promote g1", err)
	if !p.Serving || p.PromotedBy != "ops" || p.PromotedAt.IsZero() {
		t.Errorf("promoted %+v", p)
	}
	_, err = s.RollbackModel(ctx, kefu.GlobalModel, "ops")
	wantCode(t, "RollbackModel with no earlier version", err, kefu.ECONFLICT)
	serving(":g1")
	_, err = s.PromoteModelVersion(ctx, kefu.GlobalModel, v2.Version, "retrain")
	mustNil(t, "Promote g2", err)
	_, err = s.PromoteModelVersion(ctx, "shop", s1.Version, "retrain")
	mustNil(t, "Promote s1", err)
	serving(":g2", "shop:s1")
	_, err = s.PromoteModelVersion(ctx, "shop", "g1", "ops")
	wantCode(t, "Promote another tenant's version", err, kefu.ENOTFOUND)
	_, err = s.PromoteModelVersion(ctx, kefu.GlobalModel, "g1", "")
	wantCode(t, "Promote by nobody", err, kefu.EINVALID)
	serving(":g2", "shop:s1")

	// Rollback serves g1 again and retires g2, so a second rollback has
	// nowhere to go instead of flipping back to g2.
	r, err := s.RollbackModel(ctx, kefu.GlobalModel, "ops")
	mustNil(t, "RollbackModel", err)
	if r.Version != "g1" || !r.Serving {
		t.Errorf("rolled back to %+v", r)
	}
	serving(":g1", "shop:s1")
	_, err = s.RollbackModel(ctx, kefu.GlobalModel, "ops")
	wantCode(t, "second RollbackModel", err, kefu.ECONFLICT)
	list, err = s.FindModelVersions(ctx, kefu.GlobalModel)
	mustNil(t, "FindModelVersions", err)
	if list[0].Version != "g2" || list[0].RetiredAt.IsZero() || list[0].Serving {
		t.Errorf("g2 after rollback: %+v", list[0])
	}
	// Promoting a retired version brings it back.
	p, err = s.PromoteModelVersion(ctx, kefu.GlobalModel, "g2", "ops")
	mustNil(t, "Promote retired g2", err)
	if !p.RetiredAt.IsZero() || !p.Serving {
		t.Errorf("re-promoted %+v", p)
	}
	serving(":g2", "shop:s1")
}
