-- The values an insight's texts are made of (kefu.Insight.Params, JSON), so
-- that the dashboard can say them in its reader's language
-- (docs/analytics.md#insights). Insights stored before have none: the
-- dashboard shows their English texts.
ALTER TABLE analytics_insights ADD COLUMN params TEXT NOT NULL DEFAULT '{}';
