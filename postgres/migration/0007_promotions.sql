-- Promotions and canned replies move out of the tenants' settings
-- document into tables of their own, so that they can be written one by
-- one. starts_at and ends_at are NULL when open. IDs sort in byte order
-- (COLLATE "C"), as in SQLite, so that paging cursors work the same
-- whatever the database's collation.

CREATE TABLE promotions (
	tenant_id  text NOT NULL REFERENCES tenants (id),
	id         text COLLATE "C" NOT NULL, -- the shop's own ID; byte order for paging
	code       text NOT NULL,
	text       jsonb NOT NULL, -- {"en": "...", ...}
	starts_at  timestamptz,
	ends_at    timestamptz,
	categories jsonb NOT NULL,
	products   jsonb NOT NULL,
	min_total  bigint NOT NULL,
	currency   text NOT NULL,
	updated_at timestamptz NOT NULL,
	PRIMARY KEY (tenant_id, id)
);

CREATE TABLE canned_replies (
	tenant_id  text NOT NULL REFERENCES tenants (id),
	id         text COLLATE "C" NOT NULL, -- the shop's own ID; byte order for paging
	title      text NOT NULL,
	language   text NOT NULL,
	text       text NOT NULL,
	updated_at timestamptz NOT NULL,
	PRIMARY KEY (tenant_id, id)
);

-- The existing data. Settings were written by encoding/json: times are
-- RFC 3339 strings, the zero time ("0001-01-01T00:00:00Z") meaning
-- unset. An element without an ID gets one from its position
-- ("promotion-1"); of elements sharing an ID the first is kept.
INSERT INTO promotions (tenant_id, id, code, text, starts_at, ends_at, categories, products, min_total, currency, updated_at)
	SELECT t.id,
		coalesce(nullif(p.value->>'id', ''), 'promotion-' || p.ord),
		coalesce(p.value->>'code', ''),
		coalesce(p.value->'text', 'null'),
		CASE WHEN coalesce(p.value->>'start', '') IN ('', '0001-01-01T00:00:00Z') THEN NULL
			ELSE (p.value->>'start')::timestamptz END,
		CASE WHEN coalesce(p.value->>'end', '') IN ('', '0001-01-01T00:00:00Z') THEN NULL
			ELSE (p.value->>'end')::timestamptz END,
		coalesce(p.value->'categories', 'null'),
		'null', 0, '', now()
	FROM tenants t,
		jsonb_array_elements(CASE WHEN jsonb_typeof(t.settings->'promotions') = 'array'
			THEN t.settings->'promotions' ELSE '[]' END) WITH ORDINALITY AS p(value, ord)
	WHERE jsonb_typeof(p.value) = 'object'
	ORDER BY t.id, p.ord
	ON CONFLICT DO NOTHING;

INSERT INTO canned_replies (tenant_id, id, title, language, text, updated_at)
	SELECT t.id,
		coalesce(nullif(c.value->>'id', ''), 'canned-' || c.ord),
		coalesce(c.value->>'title', ''),
		coalesce(c.value->>'language', ''),
		coalesce(c.value->>'text', ''),
		now()
	FROM tenants t,
		jsonb_array_elements(CASE WHEN jsonb_typeof(t.settings->'canned_replies') = 'array'
			THEN t.settings->'canned_replies' ELSE '[]' END) WITH ORDINALITY AS c(value, ord)
	WHERE jsonb_typeof(c.value) = 'object'
	ORDER BY t.id, c.ord
	ON CONFLICT DO NOTHING;

UPDATE tenants SET settings = settings - 'promotions' - 'canned_replies'
	WHERE settings->'promotions' IS NOT NULL OR settings->'canned_replies' IS NOT NULL;
