-- Product knowledge profiles (docs/product-knowledge.md): one row per
-- product with its tags and their evidence as jsonb, as cosmetics/graph
-- derived them, and an index of the tags for finding candidate products
-- by tag ("suits_skin" = "oily"). Both go with the product: the foreign
-- keys cascade from products to profiles to tags, as in SQLite. sku is
-- in byte order (COLLATE "C", as 0007_promotions.sql explains) so that
-- paging cursors work as in SQLite.
CREATE TABLE product_profiles (
	tenant_id  text NOT NULL,
	sku        text COLLATE "C" NOT NULL,
	partial    boolean NOT NULL,
	tags       jsonb NOT NULL,
	derived_at timestamptz NOT NULL,
	PRIMARY KEY (tenant_id, sku),
	FOREIGN KEY (tenant_id, sku) REFERENCES products (tenant_id, sku) ON DELETE CASCADE
);
-- One row per tag of a profile, for lookups by dimension and value.
CREATE TABLE product_profile_tags (
	tenant_id text NOT NULL,
	dimension text NOT NULL,
	value     text NOT NULL,
	sku       text COLLATE "C" NOT NULL,
	level     text NOT NULL,
	shop      boolean NOT NULL,
	PRIMARY KEY (tenant_id, sku, dimension, value),
	FOREIGN KEY (tenant_id, sku) REFERENCES product_profiles (tenant_id, sku) ON DELETE CASCADE
);
-- Candidate products by tag, in SKU order. (Keyed by SKU first, the
-- table's own key serves replacing a profile's tags and the cascade.)
CREATE INDEX product_profile_tags_tag ON product_profile_tags (tenant_id, dimension, value, sku);
