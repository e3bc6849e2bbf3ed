-- Product reviews (docs/reviews.md). id is the shop's own ID, in byte
-- order (COLLATE "C", as 0007_promotions.sql explains) so that paging
-- cursors work as in SQLite; sku names the product, without a foreign
-- key, because reviews outlive the product's deletion (the store checks
-- the SKU when a review is written). customer_id is kefu's customer ID,
-- '' for none.
CREATE TABLE reviews (
	tenant_id   text NOT NULL REFERENCES tenants (id),
	id          text COLLATE "C" NOT NULL,
	sku         text NOT NULL,
	customer_id text NOT NULL,
	rating      smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
	title       text NOT NULL,
	text        text NOT NULL,
	language    text NOT NULL,
	skin_type   text NOT NULL CHECK (skin_type IN ('', 'combination', 'dry', 'normal', 'oily', 'sensitive')),
	verified    boolean NOT NULL,
	created_at  timestamptz NOT NULL,
	PRIMARY KEY (tenant_id, id)
);
-- A product's reviews in ID order, for listing and summaries.
CREATE INDEX reviews_sku ON reviews (tenant_id, sku, id);
-- Unsigning a deleted customer's reviews.
CREATE INDEX reviews_customer ON reviews (tenant_id, customer_id) WHERE customer_id <> '';
