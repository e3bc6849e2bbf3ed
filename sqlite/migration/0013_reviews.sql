-- Product reviews (docs/reviews.md). id is the shop's own ID; sku names
-- the product, without a foreign key, because reviews outlive the
-- product's deletion (the store checks the SKU when a review is
-- written). customer_id is kefu's customer ID, '' for none. created_at
-- is Unix nanoseconds. An ordinary rowid table: a review's text may be
-- kilobytes, too long for WITHOUT ROWID to pay.
CREATE TABLE reviews (
	tenant_id   TEXT NOT NULL REFERENCES tenants (id),
	id          TEXT NOT NULL,
	sku         TEXT NOT NULL,
	customer_id TEXT NOT NULL,
	rating      INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
	title       TEXT NOT NULL,
	text        TEXT NOT NULL,
	language    TEXT NOT NULL,
	skin_type   TEXT NOT NULL CHECK (skin_type IN ('', 'combination', 'dry', 'normal', 'oily', 'sensitive')),
	verified    INTEGER NOT NULL CHECK (verified IN (0, 1)),
	created_at  INTEGER NOT NULL,
	PRIMARY KEY (tenant_id, id)
);
-- A product's reviews in ID order, for listing and summaries.
CREATE INDEX reviews_sku ON reviews (tenant_id, sku, id);
-- Unsigning a deleted customer's reviews.
CREATE INDEX reviews_customer ON reviews (tenant_id, customer_id) WHERE customer_id <> '';
