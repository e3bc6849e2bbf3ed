-- The revision of each shop's accepted relabels (docs/learning.md): it
-- goes up in the transaction that accepts a relabel or reviews one again
-- (an accept withdrawn), so a node polls this small table to learn which
-- shops' corrections to load again instead of reading every relabel.
CREATE TABLE correction_revisions (
	tenant_id TEXT PRIMARY KEY REFERENCES tenants (id),
	revision  INTEGER NOT NULL
);
-- Shops that already have accepted relabels start at revision 1.
INSERT INTO correction_revisions (tenant_id, revision)
	SELECT DISTINCT tenant_id, 1 FROM feedback WHERE kind = 'relabel' AND status = 'accepted';
