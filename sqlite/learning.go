package sqlite

import (
	"context"
	"database/sql"

	"github.com/kefu-ai/kefu"
)

// Interface guards.
var (
	_ kefu.FeedbackService = (*DB)(nil)
	_ kefu.ModelService    = (*DB)(nil)
)

const (
	feedbackCols = `id, tenant_id, kind, status, agent_id, customer_id, conversation_id, message_id, text, language,
		intent, previous_intent, entities, emotion, answer, article_id, reason, reviewed_by, reviewed_at, created_at`
	qCreateFeedback = `INSERT INTO feedback (tenant_id, kind, status, agent_id, customer_id, conversation_id, message_id,
		text, language, intent, previous_intent, entities, emotion, answer, article_id, reason, reviewed_by, reviewed_at, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', 0, ?)`
	qDeleteThumbs = `DELETE FROM feedback WHERE tenant_id = ? AND conversation_id = ? AND message_id = ?
		AND kind IN ('thumbs_up', 'thumbs_down')`
	// qCountThumbs sets a conversation's thumbs in its analytics row
	// (docs/analytics.md) from the thumbs stored, so that a replaced
	// rating is counted once.
	qCountThumbs = `UPDATE analytics_conversations SET
		thumbs_up = (SELECT count(*) FROM feedback WHERE tenant_id = ?1 AND conversation_id = ?2 AND kind = 'thumbs_up'),
		thumbs_down = (SELECT count(*) FROM feedback WHERE tenant_id = ?1 AND conversation_id = ?2 AND kind = 'thumbs_down')
		WHERE tenant_id = ?1 AND conversation_id = ?2`
	qFindFeedbackByID = `SELECT ` + feedbackCols + ` FROM feedback WHERE tenant_id = ? AND id = ?`
	// One statement for every filter: an empty kind, status or
	// conversation and a zero message or cursor select everything.
	qFindFeedback = `SELECT ` + feedbackCols + ` FROM feedback WHERE tenant_id = ?
		AND (? = '' OR kind = ?) AND (? = '' OR status = ?) AND (? = '' OR conversation_id = ?)
		AND (? = 0 OR message_id = ?) AND (? = 0 OR id < ?) ORDER BY id DESC LIMIT ?`
	qReviewFeedback = `UPDATE feedback SET status = ?, reviewed_by = ?, reviewed_at = ? WHERE tenant_id = ? AND id = ?`
	// qBumpCorrections moves a shop's corrections to a new revision.
	qBumpCorrections = `INSERT INTO correction_revisions (tenant_id, revision) VALUES (?, 1)
		ON CONFLICT (tenant_id) DO UPDATE SET revision = revision + 1`
	qFindCorrectionRevisions = `SELECT tenant_id, revision FROM correction_revisions`

	modelCols = `tenant_id, version, data_hash, metrics, path, size, created_by, created_at, serving,
		promoted_by, promoted_at, retired_at`
	qCreateModel = `INSERT INTO model_versions (tenant_id, version, data_hash, metrics, path, model, size, created_by,
		created_at, serving, promoted_by, promoted_at, retired_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, '', 0, 0)`
	qFindModels        = `SELECT ` + modelCols + ` FROM model_versions WHERE tenant_id = ? ORDER BY created_at DESC, version DESC`
	qFindServingModels = `SELECT ` + modelCols + ` FROM model_versions WHERE serving = 1 ORDER BY tenant_id`
	qFindModel         = `SELECT ` + modelCols + ` FROM model_versions WHERE tenant_id = ? AND version = ?`
	qFindModelFile     = `SELECT model FROM model_versions WHERE tenant_id = ? AND version = ?`
	qUnserveModels     = `UPDATE model_versions SET serving = 0 WHERE tenant_id = ? AND serving = 1`
	qServeModel        = `UPDATE model_versions SET serving = 1, promoted_by = ?, promoted_at = ?, retired_at = 0
		WHERE tenant_id = ? AND version = ?`
	qServingModel = `SELECT ` + modelCols + ` FROM model_versions WHERE tenant_id = ? AND serving = 1`
	qRetireModel  = `UPDATE model_versions SET serving = 0, retired_at = ? WHERE tenant_id = ? AND version = ?`
	// The version promoted before the serving one: the latest promoted
	// that no rollback retired.
	qPreviousModel = `SELECT version FROM model_versions WHERE tenant_id = ? AND version <> ? AND promoted_at > 0
		AND retired_at = 0 ORDER BY promoted_at DESC LIMIT 1`
	qRestoreModel = `UPDATE model_versions SET serving = 1 WHERE tenant_id = ? AND version = ?`
)

// CreateFeedback stores f; see kefu.FeedbackService.
func (db *DB) CreateFeedback(ctx context.Context, f *kefu.Feedback) error {
	const op = "sqlite.CreateFeedback"
	if err := f.Validate(); err != nil {
		return kefu.E(op, err)
	}
	status := f.Status
	if status == "" && kefu.IsCorrection(f.Kind) {
		status = kefu.FeedbackProposed
	}
	entities := ""
	if len(f.Entities) > 0 {
		var err error
		if entities, err = jsonText(f.Entities); err != nil {
			return kefu.E(op, err)
		}
	}
	created := db.stamp(f.CreatedAt)
	var id int64
	err := db.write(ctx, func(ctx context.Context, tx *DB) error {
		if !kefu.IsCorrection(f.Kind) {
			if _, err := tx.exec(ctx, qDeleteThumbs, f.TenantID, f.ConversationID, f.MessageID); err != nil {
				return err
			}
		}
		res, err := tx.exec(ctx, qCreateFeedback, f.TenantID, f.Kind, status, f.AgentID, f.CustomerID, f.ConversationID,
			f.MessageID, f.Text, f.Language, f.Intent, f.PreviousIntent, entities, f.Emotion, f.Answer, f.ArticleID,
			f.Reason, nanos(created))
		if err != nil {
			return err
		}
		if id, err = res.LastInsertId(); err != nil {
			return err
		}
		switch {
		case !kefu.IsCorrection(f.Kind):
			_, err = tx.exec(ctx, qCountThumbs, f.TenantID, f.ConversationID)
		case f.Kind == kefu.FeedbackRelabel && status == kefu.FeedbackAccepted:
			_, err = tx.exec(ctx, qBumpCorrections, f.TenantID)
		}
		return err
	})
	if err != nil {
		return fail(op, err, "feedback", "tenant")
	}
	f.ID, f.Status, f.CreatedAt = id, status, created
	return nil
}

func scanFeedback(sc interface{ Scan(...any) error }) (*kefu.Feedback, error) {
	var (
		f                 kefu.Feedback
		entities          string
		reviewed, created int64
	)
	if err := sc.Scan(&f.ID, &f.TenantID, &f.Kind, &f.Status, &f.AgentID, &f.CustomerID, &f.ConversationID,
		&f.MessageID, &f.Text, &f.Language, &f.Intent, &f.PreviousIntent, &entities, &f.Emotion, &f.Answer,
		&f.ArticleID, &f.Reason, &f.ReviewedBy, &reviewed, &created); err != nil {
		return nil, err
	}
	if err := unjson(entities, &f.Entities); err != nil {
		return nil, err
	}
	f.ReviewedAt, f.CreatedAt = fromOptNanos(reviewed), fromNanos(created)
	return &f, nil
}

// FindFeedbackByID returns one piece of feedback; see kefu.FeedbackService.
func (db *DB) FindFeedbackByID(ctx context.Context, tenantID string, id int64) (*kefu.Feedback, error) {
	const op = "sqlite.FindFeedbackByID"
	if tenantID == "" {
		return nil, invalid(op, "tenant id required")
	}
	var f *kefu.Feedback
	err := db.rows(ctx, qFindFeedbackByID, []any{tenantID, id}, func(rs *sql.Rows) error {
		var err error
		f, err = scanFeedback(rs)
		return err
	})
	if err == nil && f == nil {
		err = sql.ErrNoRows
	}
	if err != nil {
		return nil, fail(op, err, "feedback", "")
	}
	return f, nil
}

// FindFeedback returns the feedback the filter selects, newest first.
func (db *DB) FindFeedback(ctx context.Context, filter kefu.FeedbackFilter) ([]*kefu.Feedback, error) {
	const op = "sqlite.FindFeedback"
	if err := filter.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	var out []*kefu.Feedback
	args := []any{filter.TenantID, filter.Kind, filter.Kind, filter.Status, filter.Status,
		filter.ConversationID, filter.ConversationID, filter.MessageID, filter.MessageID,
		filter.Before, filter.Before, limit(filter.Limit, 100)}
	err := db.rows(ctx, qFindFeedback, args, func(rs *sql.Rows) error {
		f, err := scanFeedback(rs)
		if err == nil {
			out = append(out, f)
		}
		return err
	})
	if err != nil {
		return nil, fail(op, err, "feedback", "")
	}
	return out, nil
}

// ReviewFeedback accepts or rejects a correction; see kefu.FeedbackService.
func (db *DB) ReviewFeedback(ctx context.Context, tenantID string, id int64, status, reviewer string) (*kefu.Feedback, error) {
	const op = "sqlite.ReviewFeedback"
	if err := checkReview(tenantID, status, reviewer); err != nil {
		return nil, kefu.E(op, err)
	}
	var f *kefu.Feedback
	err := db.write(ctx, func(ctx context.Context, tx *DB) error {
		var err error
		if f, err = tx.FindFeedbackByID(ctx, tenantID, id); err != nil {
			return err
		}
		if !kefu.IsCorrection(f.Kind) {
			return kefu.Errorf(kefu.ECONFLICT, "%s feedback is not a correction: it cannot be accepted or rejected", f.Kind)
		}
		now := tx.now()
		if _, err := tx.exec(ctx, qReviewFeedback, status, reviewer, nanos(now), tenantID, id); err != nil {
			return err
		}
		if f.Kind == kefu.FeedbackRelabel {
			if _, err := tx.exec(ctx, qBumpCorrections, tenantID); err != nil {
				return err
			}
		}
		f.Status, f.ReviewedBy, f.ReviewedAt = status, reviewer, now
		return nil
	})
	if err != nil {
		return nil, fail(op, err, "feedback", "")
	}
	return f, nil
}

// FindCorrectionRevisions returns each shop's corrections revision; see
// kefu.FeedbackService.
func (db *DB) FindCorrectionRevisions(ctx context.Context) (map[string]int64, error) {
	out := map[string]int64{}
	err := db.rows(ctx, qFindCorrectionRevisions, nil, func(rs *sql.Rows) error {
		var id string
		var rev int64
		if err := rs.Scan(&id, &rev); err != nil {
			return err
		}
		out[id] = rev
		return nil
	})
	if err != nil {
		return nil, fail("sqlite.FindCorrectionRevisions", err, "corrections", "")
	}
	return out, nil
}

// checkReview checks ReviewFeedback's arguments.
func checkReview(tenantID, status, reviewer string) error {
	switch {
	case tenantID == "":
		return kefu.Invalidf("tenant_id", "tenant_id is required")
	case status != kefu.FeedbackAccepted && status != kefu.FeedbackRejected:
		return kefu.Invalidf("status", "status %q is not accepted or rejected", status)
	case reviewer == "":
		return kefu.Invalidf("reviewed_by", "the reviewer is required")
	}
	return nil
}

// CreateModelVersion stores m; see kefu.ModelService.
func (db *DB) CreateModelVersion(ctx context.Context, m *kefu.ModelVersion) error {
	const op = "sqlite.CreateModelVersion"
	if err := m.Validate(); err != nil {
		return kefu.E(op, err)
	}
	created := db.stamp(m.CreatedAt)
	err := db.write(ctx, func(ctx context.Context, tx *DB) error {
		_, err := tx.exec(ctx, qCreateModel, m.TenantID, m.Version, m.DataHash, string(m.Metrics), m.Path, m.Model,
			len(m.Model), m.CreatedBy, nanos(created))
		return err
	})
	if err != nil {
		return fail(op, err, "model version", "")
	}
	m.CreatedAt, m.Size, m.Serving = created, int64(len(m.Model)), false
	return nil
}

func scanModel(sc interface{ Scan(...any) error }) (*kefu.ModelVersion, error) {
	var (
		m                          kefu.ModelVersion
		metrics                    string
		serving                    int
		created, promoted, retired int64
	)
	if err := sc.Scan(&m.TenantID, &m.Version, &m.DataHash, &metrics, &m.Path, &m.Size, &m.CreatedBy, &created,
		&serving, &m.PromotedBy, &promoted, &retired); err != nil {
		return nil, err
	}
	if metrics != "" {
		m.Metrics = []byte(metrics)
	}
	m.Serving = serving == 1
	m.CreatedAt, m.PromotedAt, m.RetiredAt = fromNanos(created), fromOptNanos(promoted), fromOptNanos(retired)
	return &m, nil
}

func (db *DB) findModels(ctx context.Context, query string, args ...any) ([]*kefu.ModelVersion, error) {
	var out []*kefu.ModelVersion
	err := db.rows(ctx, query, args, func(rs *sql.Rows) error {
		m, err := scanModel(rs)
		if err == nil {
			out = append(out, m)
		}
		return err
	})
	return out, err
}

// FindModelVersions returns the tenant's versions, newest first.
func (db *DB) FindModelVersions(ctx context.Context, tenantID string) ([]*kefu.ModelVersion, error) {
	ms, err := db.findModels(ctx, qFindModels, tenantID)
	return ms, fail("sqlite.FindModelVersions", err, "model version", "")
}

// FindServingModels returns every tenant's serving version.
func (db *DB) FindServingModels(ctx context.Context) ([]*kefu.ModelVersion, error) {
	ms, err := db.findModels(ctx, qFindServingModels)
	return ms, fail("sqlite.FindServingModels", err, "model version", "")
}

// FindModelFile returns a version's model file.
func (db *DB) FindModelFile(ctx context.Context, tenantID, version string) ([]byte, error) {
	var b []byte
	if err := db.row(ctx, qFindModelFile, []any{tenantID, version}, &b); err != nil {
		return nil, fail("sqlite.FindModelFile", err, "model version", "")
	}
	return b, nil
}

// findModel returns one version, without its file; ENOTFOUND.
func (db *DB) findModel(ctx context.Context, query string, args ...any) (*kefu.ModelVersion, error) {
	ms, err := db.findModels(ctx, query, args...)
	if err == nil && len(ms) == 0 {
		err = sql.ErrNoRows
	}
	if err != nil {
		return nil, err
	}
	return ms[0], nil
}

// PromoteModelVersion serves the version; see kefu.ModelService.
func (db *DB) PromoteModelVersion(ctx context.Context, tenantID, version, by string) (*kefu.ModelVersion, error) {
	const op = "sqlite.PromoteModelVersion"
	if by == "" {
		return nil, kefu.E(op, kefu.Invalidf("promoted_by", "who promotes is required"))
	}
	var m *kefu.ModelVersion
	err := db.write(ctx, func(ctx context.Context, tx *DB) error {
		if _, err := tx.findModel(ctx, qFindModel, tenantID, version); err != nil {
			return err
		}
		if _, err := tx.exec(ctx, qUnserveModels, tenantID); err != nil {
			return err
		}
		if _, err := tx.exec(ctx, qServeModel, by, nanos(tx.now()), tenantID, version); err != nil {
			return err
		}
		var err error
		m, err = tx.findModel(ctx, qFindModel, tenantID, version)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "model version", "")
	}
	return m, nil
}

// RollbackModel serves the previously promoted version; see
// kefu.ModelService.
func (db *DB) RollbackModel(ctx context.Context, tenantID, by string) (*kefu.ModelVersion, error) {
	const op = "sqlite.RollbackModel"
	if by == "" {
		return nil, kefu.E(op, kefu.Invalidf("promoted_by", "who rolls back is required"))
	}
	var m *kefu.ModelVersion
	err := db.write(ctx, func(ctx context.Context, tx *DB) error {
		cur, err := tx.findModel(ctx, qServingModel, tenantID)
		if err != nil {
			return err
		}
		var prev string
		if err := tx.row(ctx, qPreviousModel, []any{tenantID, cur.Version}, &prev); err == sql.ErrNoRows {
			return kefu.Errorf(kefu.ECONFLICT, "no earlier version of the model to roll back to; %s keeps serving", cur.Version)
		} else if err != nil {
			return err
		}
		if _, err := tx.exec(ctx, qRetireModel, nanos(tx.now()), tenantID, cur.Version); err != nil {
			return err
		}
		if _, err := tx.exec(ctx, qRestoreModel, tenantID, prev); err != nil {
			return err
		}
		m, err = tx.findModel(ctx, qFindModel, tenantID, prev)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "serving model version", "")
	}
	return m, nil
}
