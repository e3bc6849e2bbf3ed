package postgres

import (
	"context"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"
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
		text, language, intent, previous_intent, entities, emotion, answer, article_id, reason, reviewed_by, created_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, '', $17) RETURNING id`
	qDeleteThumbs = `DELETE FROM feedback WHERE tenant_id = $1 AND conversation_id = $2 AND message_id = $3
		AND kind IN ('thumbs_up', 'thumbs_down')`
	// qCountThumbs sets a conversation's thumbs in its analytics row
	// (docs/analytics.md) from the thumbs stored, so that a replaced
	// rating is counted once.
	qCountThumbs = `UPDATE analytics_conversations SET
		thumbs_up = (SELECT count(*) FROM feedback WHERE tenant_id = $1 AND conversation_id = $2 AND kind = 'thumbs_up'),
		thumbs_down = (SELECT count(*) FROM feedback WHERE tenant_id = $1 AND conversation_id = $2 AND kind = 'thumbs_down')
		WHERE tenant_id = $1 AND conversation_id = $2`
	qFindFeedbackByID = `SELECT ` + feedbackCols + ` FROM feedback WHERE tenant_id = $1 AND id = $2`
	qFindFeedback     = `SELECT ` + feedbackCols + ` FROM feedback WHERE tenant_id = $1
		AND ($2 = '' OR kind = $2) AND ($3 = '' OR status = $3) AND ($4 = '' OR conversation_id = $4)
		AND ($5::bigint = 0 OR message_id = $5) AND ($6::bigint = 0 OR id < $6) ORDER BY id DESC LIMIT $7`
	qReviewFeedback = `UPDATE feedback SET status = $1, reviewed_by = $2, reviewed_at = $3 WHERE tenant_id = $4 AND id = $5`
	// qBumpCorrections moves a shop's corrections to a new revision.
	qBumpCorrections = `INSERT INTO correction_revisions (tenant_id, revision) VALUES ($1, 1)
		ON CONFLICT (tenant_id) DO UPDATE SET revision = correction_revisions.revision + 1`
	qFindCorrectionRevisions = `SELECT tenant_id, revision FROM correction_revisions`

	modelCols = `tenant_id, version, data_hash, metrics, path, size, created_by, created_at, serving,
		promoted_by, promoted_at, retired_at`
	qCreateModel = `INSERT INTO model_versions (tenant_id, version, data_hash, metrics, path, model, size, created_by,
		created_at, serving, promoted_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, false, '')`
	qFindModels        = `SELECT ` + modelCols + ` FROM model_versions WHERE tenant_id = $1 ORDER BY created_at DESC, version DESC`
	qFindServingModels = `SELECT ` + modelCols + ` FROM model_versions WHERE serving ORDER BY tenant_id`
	qFindModel         = `SELECT ` + modelCols + ` FROM model_versions WHERE tenant_id = $1 AND version = $2`
	qFindModelFile     = `SELECT model FROM model_versions WHERE tenant_id = $1 AND version = $2`
	// Locks the tenant's versions, so concurrent promotions and
	// rollbacks of one tenant run one after the other.
	qLockModels    = `SELECT version FROM model_versions WHERE tenant_id = $1 FOR UPDATE`
	qUnserveModels = `UPDATE model_versions SET serving = false WHERE tenant_id = $1 AND serving`
	qServeModel    = `UPDATE model_versions SET serving = true, promoted_by = $1, promoted_at = $2, retired_at = NULL
		WHERE tenant_id = $3 AND version = $4`
	qServingModel  = `SELECT ` + modelCols + ` FROM model_versions WHERE tenant_id = $1 AND serving`
	qRetireModel   = `UPDATE model_versions SET serving = false, retired_at = $1 WHERE tenant_id = $2 AND version = $3`
	qPreviousModel = `SELECT version FROM model_versions WHERE tenant_id = $1 AND version <> $2 AND promoted_at IS NOT NULL
		AND retired_at IS NULL ORDER BY promoted_at DESC LIMIT 1`
	qRestoreModel = `UPDATE model_versions SET serving = true WHERE tenant_id = $1 AND version = $2`
)

// CreateFeedback stores f; see kefu.FeedbackService.
func (db *DB) CreateFeedback(ctx context.Context, f *kefu.Feedback) error {
	const op = "postgres.CreateFeedback"
	if err := f.Validate(); err != nil {
		return kefu.E(op, err)
	}
	status := f.Status
	if status == "" && kefu.IsCorrection(f.Kind) {
		status = kefu.FeedbackProposed
	}
	var entities []byte
	if len(f.Entities) > 0 {
		var err error
		if entities, err = jsonb(f.Entities); err != nil {
			return kefu.E(op, err)
		}
	}
	created := db.stamp(f.CreatedAt)
	var id int64
	err := db.multi(ctx, op, func(q querier) error {
		if !kefu.IsCorrection(f.Kind) {
			if _, err := q.Exec(ctx, qDeleteThumbs, f.TenantID, f.ConversationID, f.MessageID); err != nil {
				return err
			}
		}
		if err := q.QueryRow(ctx, qCreateFeedback, f.TenantID, f.Kind, status, f.AgentID, f.CustomerID, f.ConversationID,
			f.MessageID, f.Text, f.Language, f.Intent, f.PreviousIntent, entities, f.Emotion, f.Answer, f.ArticleID,
			f.Reason, created).Scan(&id); err != nil {
			return err
		}
		if f.Kind == kefu.FeedbackRelabel && status == kefu.FeedbackAccepted {
			_, err := q.Exec(ctx, qBumpCorrections, f.TenantID)
			return err
		}
		if kefu.IsCorrection(f.Kind) {
			return nil
		}
		_, err := q.Exec(ctx, qCountThumbs, f.TenantID, f.ConversationID)
		return err
	})
	if err != nil {
		return fail(op, err, "feedback", "tenant")
	}
	f.ID, f.Status, f.CreatedAt = id, status, created
	return nil
}

func scanFeedback(row pgx.Row) (*kefu.Feedback, error) {
	var (
		f        kefu.Feedback
		entities []byte
		reviewed *time.Time
	)
	if err := row.Scan(&f.ID, &f.TenantID, &f.Kind, &f.Status, &f.AgentID, &f.CustomerID, &f.ConversationID,
		&f.MessageID, &f.Text, &f.Language, &f.Intent, &f.PreviousIntent, &entities, &f.Emotion, &f.Answer,
		&f.ArticleID, &f.Reason, &f.ReviewedBy, &reviewed, &f.CreatedAt); err != nil {
		return nil, err
	}
	if err := unjson(entities, &f.Entities); err != nil {
		return nil, err
	}
	if reviewed != nil {
		f.ReviewedAt = reviewed.UTC()
	}
	f.CreatedAt = f.CreatedAt.UTC()
	return &f, nil
}

// FindFeedbackByID returns one piece of feedback; see kefu.FeedbackService.
func (db *DB) FindFeedbackByID(ctx context.Context, tenantID string, id int64) (*kefu.Feedback, error) {
	const op = "postgres.FindFeedbackByID"
	if tenantID == "" {
		return nil, invalid(op, "tenant id required")
	}
	var f *kefu.Feedback
	err := db.run(ctx, op, func(q querier) error {
		var err error
		f, err = scanFeedback(q.QueryRow(ctx, qFindFeedbackByID, tenantID, id))
		return err
	})
	if err != nil {
		return nil, fail(op, err, "feedback", "")
	}
	return f, nil
}

// FindFeedback returns the feedback the filter selects, newest first.
func (db *DB) FindFeedback(ctx context.Context, filter kefu.FeedbackFilter) ([]*kefu.Feedback, error) {
	const op = "postgres.FindFeedback"
	if err := filter.Validate(); err != nil {
		return nil, kefu.E(op, err)
	}
	var out []*kefu.Feedback
	err := db.run(ctx, op, func(q querier) error {
		rows, err := q.Query(ctx, qFindFeedback, filter.TenantID, filter.Kind, filter.Status, filter.ConversationID,
			filter.MessageID, filter.Before, limit(filter.Limit, 100))
		if err != nil {
			return err
		}
		out, err = collect(rows, scanFeedback)
		return err
	})
	if err != nil {
		return nil, fail(op, err, "feedback", "")
	}
	return out, nil
}

// ReviewFeedback accepts or rejects a correction; see kefu.FeedbackService.
func (db *DB) ReviewFeedback(ctx context.Context, tenantID string, id int64, status, reviewer string) (*kefu.Feedback, error) {
	const op = "postgres.ReviewFeedback"
	switch {
	case tenantID == "":
		return nil, kefu.E(op, kefu.Invalidf("tenant_id", "tenant_id is required"))
	case status != kefu.FeedbackAccepted && status != kefu.FeedbackRejected:
		return nil, kefu.E(op, kefu.Invalidf("status", "status %q is not accepted or rejected", status))
	case reviewer == "":
		return nil, kefu.E(op, kefu.Invalidf("reviewed_by", "the reviewer is required"))
	}
	var f *kefu.Feedback
	err := db.multi(ctx, op, func(q querier) error {
		var err error
		if f, err = scanFeedback(q.QueryRow(ctx, qFindFeedbackByID+` FOR UPDATE`, tenantID, id)); err != nil {
			return err
		}
		if !kefu.IsCorrection(f.Kind) {
			return kefu.Errorf(kefu.ECONFLICT, "%s feedback is not a correction: it cannot be accepted or rejected", f.Kind)
		}
		now := db.now()
		if _, err := q.Exec(ctx, qReviewFeedback, status, reviewer, now, tenantID, id); err != nil {
			return err
		}
		if f.Kind == kefu.FeedbackRelabel {
			if _, err := q.Exec(ctx, qBumpCorrections, tenantID); err != nil {
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
	const op = "postgres.FindCorrectionRevisions"
	out := map[string]int64{}
	err := db.run(ctx, op, func(q querier) error {
		rows, err := q.Query(ctx, qFindCorrectionRevisions)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var id string
			var rev int64
			if err := rows.Scan(&id, &rev); err != nil {
				return err
			}
			out[id] = rev
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fail(op, err, "corrections", "")
	}
	return out, nil
}

// CreateModelVersion stores m; see kefu.ModelService.
func (db *DB) CreateModelVersion(ctx context.Context, m *kefu.ModelVersion) error {
	const op = "postgres.CreateModelVersion"
	if err := m.Validate(); err != nil {
		return kefu.E(op, err)
	}
	var metrics []byte
	if len(m.Metrics) > 0 {
		metrics = m.Metrics
	}
	created := db.stamp(m.CreatedAt)
	err := db.write(ctx, op, func(q querier) error {
		_, err := q.Exec(ctx, qCreateModel, m.TenantID, m.Version, m.DataHash, metrics, m.Path, m.Model,
			len(m.Model), m.CreatedBy, created)
		return err
	})
	if err != nil {
		return fail(op, err, "model version", "")
	}
	m.CreatedAt, m.Size, m.Serving = created, int64(len(m.Model)), false
	return nil
}

func scanModel(row pgx.Row) (*kefu.ModelVersion, error) {
	var (
		m                 kefu.ModelVersion
		metrics           []byte
		promoted, retired *time.Time
	)
	if err := row.Scan(&m.TenantID, &m.Version, &m.DataHash, &metrics, &m.Path, &m.Size, &m.CreatedBy, &m.CreatedAt,
		&m.Serving, &m.PromotedBy, &promoted, &retired); err != nil {
		return nil, err
	}
	if len(metrics) > 0 {
		m.Metrics = metrics
	}
	m.CreatedAt = m.CreatedAt.UTC()
	if promoted != nil {
		m.PromotedAt = promoted.UTC()
	}
	if retired != nil {
		m.RetiredAt = retired.UTC()
	}
	return &m, nil
}

func findModels(ctx context.Context, q querier, query string, args ...any) ([]*kefu.ModelVersion, error) {
	rows, err := q.Query(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	return collect(rows, scanModel)
}

// FindModelVersions returns the tenant's versions, newest first.
func (db *DB) FindModelVersions(ctx context.Context, tenantID string) ([]*kefu.ModelVersion, error) {
	const op = "postgres.FindModelVersions"
	var out []*kefu.ModelVersion
	err := db.run(ctx, op, func(q querier) (err error) {
		out, err = findModels(ctx, q, qFindModels, tenantID)
		return err
	})
	return out, fail(op, err, "model version", "")
}

// FindServingModels returns every tenant's serving version.
func (db *DB) FindServingModels(ctx context.Context) ([]*kefu.ModelVersion, error) {
	const op = "postgres.FindServingModels"
	var out []*kefu.ModelVersion
	err := db.run(ctx, op, func(q querier) (err error) {
		out, err = findModels(ctx, q, qFindServingModels)
		return err
	})
	return out, fail(op, err, "model version", "")
}

// FindModelFile returns a version's model file.
func (db *DB) FindModelFile(ctx context.Context, tenantID, version string) ([]byte, error) {
	const op = "postgres.FindModelFile"
	var b []byte
	err := db.run(ctx, op, func(q querier) error {
		return q.QueryRow(ctx, qFindModelFile, tenantID, version).Scan(&b)
	})
	if err != nil {
		return nil, fail(op, err, "model version", "")
	}
	return b, nil
}

// PromoteModelVersion serves the version; see kefu.ModelService.
func (db *DB) PromoteModelVersion(ctx context.Context, tenantID, version, by string) (*kefu.ModelVersion, error) {
	const op = "postgres.PromoteModelVersion"
	if by == "" {
		return nil, kefu.E(op, kefu.Invalidf("promoted_by", "who promotes is required"))
	}
	var m *kefu.ModelVersion
	err := db.multi(ctx, op, func(q querier) error {
		if _, err := q.Exec(ctx, qLockModels, tenantID); err != nil {
			return err
		}
		if _, err := scanModel(q.QueryRow(ctx, qFindModel, tenantID, version)); err != nil {
			return err
		}
		if _, err := q.Exec(ctx, qUnserveModels, tenantID); err != nil {
			return err
		}
		if _, err := q.Exec(ctx, qServeModel, by, db.now(), tenantID, version); err != nil {
			return err
		}
		var err error
		m, err = scanModel(q.QueryRow(ctx, qFindModel, tenantID, version))
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
	const op = "postgres.RollbackModel"
	if by == "" {
		return nil, kefu.E(op, kefu.Invalidf("promoted_by", "who rolls back is required"))
	}
	var m *kefu.ModelVersion
	err := db.multi(ctx, op, func(q querier) error {
		if _, err := q.Exec(ctx, qLockModels, tenantID); err != nil {
			return err
		}
		cur, err := scanModel(q.QueryRow(ctx, qServingModel, tenantID))
		if err != nil {
			return err
		}
		var prev string
		if err := q.QueryRow(ctx, qPreviousModel, tenantID, cur.Version).Scan(&prev); errors.Is(err, pgx.ErrNoRows) {
			return kefu.Errorf(kefu.ECONFLICT, "no earlier version of the model to roll back to; %s keeps serving", cur.Version)
		} else if err != nil {
			return err
		}
		if _, err := q.Exec(ctx, qRetireModel, db.now(), tenantID, cur.Version); err != nil {
			return err
		}
		if _, err := q.Exec(ctx, qRestoreModel, tenantID, prev); err != nil {
			return err
		}
		m, err = scanModel(q.QueryRow(ctx, qFindModel, tenantID, prev))
		return err
	})
	if err != nil {
		return nil, fail(op, err, "serving model version", "")
	}
	return m, nil
}
