-- Product knowledge profiles (docs/product-knowledge.md): one row per
-- product with its tags and their evidence as JSON, as cosmetics/graph
-- derived them, and an index of the tags for finding candidate products
-- by tag ("suits_skin" = "oily"). Both go with the product: the foreign
-- keys cascade from products to profiles to tags, as in PostgreSQL.
-- derived_at is Unix nanoseconds.
CREATE TABLE product_profiles (
	tenant_id  TEXT NOT NULL,
	sku        TEXT NOT NULL,
	partial    INTEGER NOT NULL CHECK (partial IN (0, 1)),
	tags       TEXT NOT NULL,
	derived_at INTEGER NOT NULL,
	PRIMARY KEY (tenant_id, sku),
	FOREIGN KEY (tenant_id, sku) REFERENCES products (tenant_id, sku) ON DELETE CASCADE
) WITHOUT ROWID;
-- One row per tag of a profile, for lookups by dimension and value.
CREATE TABLE product_profile_tags (
	tenant_id TEXT NOT NULL,
	dimension TEXT NOT NULL,
	value     TEXT NOT NULL,
	sku       TEXT NOT NULL,
	level     TEXT NOT NULL,
	shop      INTEGER NOT NULL CHECK (shop IN (0, 1)),
	PRIMARY KEY (tenant_id, sku, dimension, value),
	FOREIGN KEY (tenant_id, sku) REFERENCES product_profiles (tenant_id, sku) ON DELETE CASCADE
) WITHOUT ROWID;
-- Candidate products by tag, in SKU order. (Keyed by SKU first, the
-- table's own key serves replacing a profile's tags and the cascade.)
CREATE INDEX product_profile_tags_tag ON product_profile_tags (tenant_id, dimension, value, sku);
