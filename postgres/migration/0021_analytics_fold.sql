-- Analytics facts are folded in batches (docs/analytics.md#write-path):
-- CreateMessage only marks its message here, in the message's
-- transaction; FoldAnalytics folds the marked messages into the facts and
-- rollups of migration 0016 and removes their marks in the same
-- transaction. Messages stored before this migration are folded already.
CREATE TABLE analytics_pending (
	message_id BIGINT PRIMARY KEY
);
