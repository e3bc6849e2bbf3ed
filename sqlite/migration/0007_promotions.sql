-- Promotions and canned replies move out of the tenants' settings
-- document into tables of their own, so that they can be written one by
-- one. Times are Unix nanoseconds; starts_at and ends_at are 0 when
-- open. JSON values (text, categories, products) are TEXT.

CREATE TABLE promotions (
	tenant_id  TEXT NOT NULL REFERENCES tenants (id),
	id         TEXT NOT NULL, -- the shop's own ID
	code       TEXT NOT NULL,
	text       TEXT NOT NULL, -- {"en": "...", ...}
	starts_at  INTEGER NOT NULL,
	ends_at    INTEGER NOT NULL,
	categories TEXT NOT NULL,
	products   TEXT NOT NULL,
	min_total  INTEGER NOT NULL,
	currency   TEXT NOT NULL,
	updated_at INTEGER NOT NULL,
	PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;

CREATE TABLE canned_replies (
	tenant_id  TEXT NOT NULL REFERENCES tenants (id),
	id         TEXT NOT NULL, -- the shop's own ID
	title      TEXT NOT NULL,
	language   TEXT NOT NULL,
	text       TEXT NOT NULL,
	updated_at INTEGER NOT NULL,
	PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;

-- The existing data. Settings were written by encoding/json: times are
-- RFC 3339 strings, the zero time ("0001-01-01T00:00:00Z") meaning
-- unset; SQLite's date functions keep milliseconds. An element without
-- an ID gets one from its position ("promotion-1"); of elements sharing
-- an ID the first is kept.
INSERT OR IGNORE INTO promotions (tenant_id, id, code, text, starts_at, ends_at, categories, products, min_total, currency, updated_at)
	SELECT t.id,
		coalesce(nullif(json_extract(p.value, '$.id'), ''), 'promotion-' || (p.key + 1)),
		coalesce(json_extract(p.value, '$.code'), ''),
		coalesce(json_extract(p.value, '$.text'), 'null'),
		CASE WHEN coalesce(json_extract(p.value, '$.start'), '') IN ('', '0001-01-01T00:00:00Z') THEN 0
			ELSE coalesce(CAST(round(unixepoch(json_extract(p.value, '$.start'), 'subsec') * 1000) AS INTEGER) * 1000000, 0) END,
		CASE WHEN coalesce(json_extract(p.value, '$.end'), '') IN ('', '0001-01-01T00:00:00Z') THEN 0
			ELSE coalesce(CAST(round(unixepoch(json_extract(p.value, '$.end'), 'subsec') * 1000) AS INTEGER) * 1000000, 0) END,
		coalesce(json_extract(p.value, '$.categories'), 'null'),
		'null', 0, '',
		CAST(round(unixepoch('now', 'subsec') * 1000) AS INTEGER) * 1000000
	FROM tenants t, json_each(t.settings, '$.promotions') p
	WHERE json_type(t.settings, '$.promotions') = 'array' AND p.type = 'object';

INSERT OR IGNORE INTO canned_replies (tenant_id, id, title, language, text, updated_at)
	SELECT t.id,
		coalesce(nullif(json_extract(c.value, '$.id'), ''), 'canned-' || (c.key + 1)),
		coalesce(json_extract(c.value, '$.title'), ''),
		coalesce(json_extract(c.value, '$.language'), ''),
		coalesce(json_extract(c.value, '$.text'), ''),
		CAST(round(unixepoch('now', 'subsec') * 1000) AS INTEGER) * 1000000
	FROM tenants t, json_each(t.settings, '$.canned_replies') c
	WHERE json_type(t.settings, '$.canned_replies') = 'array' AND c.type = 'object';

UPDATE tenants SET settings = json_remove(settings, '$.promotions', '$.canned_replies')
	WHERE json_type(settings, '$.promotions') IS NOT NULL OR json_type(settings, '$.canned_replies') IS NOT NULL;
