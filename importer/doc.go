// Package importer loads shop data into a kefu.Store: the demo shops that
// ship in package data (LoadDemo, LoadShop) and the files a shop exports
// from its own systems (Import, behind `kefu import`).
//
// Every load runs in one transaction (kefu.Store.InTx): a file with any
// bad record stores nothing, and the kefu.EINVALID error lists up to
// MaxProblems problems by file line, e.g.
//
//	line 7: price "12,5x" is not a decimal amount (like "12.50")
//	line 12 (element 3): customer_external_id "c-9": no such customer (import customers first)
//
// # CSV
//
// A CSV file has a header row naming its columns, in any order;
// optional columns may be left out. Values are trimmed. A UTF-8 byte
// order mark is ignored. Required columns are marked *.
//
//	customers: external_id*, name, email, phone, language, country, vip
//	products:  sku*, name*, description, category, brand, hs_code, price*, currency, stock, attributes
//	orders:    number*, customer_external_id*, status*, currency, ship_to, placed_at,
//	           sku*, name, quantity*, unit_price*
//	shipments: order_number*, carrier*, tracking_number*, cold_chain, eta,
//	           event_at*, event_status*, event_location, event_description
//	articles:  key*, language*, title*, body*, tags, intents, status
//	reviews:   id*, sku*, customer_external_id, rating*, title, text,
//	           language*, skin_type, verified, created_at
//
// Orders take one row per order line: rows with the same number form one
// order, whose total is the sum of quantity × unit_price. Shipments take
// one row per tracking event: rows with the same order_number and
// tracking_number form one shipment, whose status is that of its newest
// event. On the later rows of an order or shipment the order-level (or
// shipment-level) columns may be left empty; if given they must agree.
//
// Values:
//   - money (price, unit_price): a decimal amount in major units with a
//     dot, "12.50", converted exactly to minor units; no more decimals
//     than the currency has (2 for most, 0 for JPY and KRW, 3 for KWD...).
//   - currency: ISO 4217 ("EUR"); empty means the shop's currency.
//   - dates (placed_at, eta, event_at): RFC 3339 ("2026-11-02T09:15:00+08:00")
//     or a plain date ("2026-11-02", midnight in the shop's time zone).
//   - language: a BCP 47 tag; its base is kept ("zh-Hant" -> "zh").
//   - country, ship_to: ISO 3166-1 alpha-2 ("TH"; "GB", not "UK").
//   - hs_code: 6 to 10 digits, dots and spaces ignored ("8507.60").
//   - attributes: key=value pairs separated by ";" ("weight_g=380;origin=CN").
//   - tags, intents: items separated by ";".
//   - vip, cold_chain: true/false, yes/no or 1/0.
//   - status: orders pending, paid, shipped, delivered, cancelled,
//     returned; events label_created, in_transit, customs,
//     out_for_delivery, delivered, exception; articles draft (the
//     default), in_review ("review" is read as in_review), published.
//
// # JSON
//
// A JSON file is one array of objects whose fields are the CSV columns,
// except that money is a number of minor units (1250) or a decimal string
// ("12.50"); orders carry their lines in "lines" (sku, name, quantity,
// unit_price) and may give a "total" to check; shipments carry their
// events in "events" (at, status, location, description). Unknown fields
// are errors. Problems name the element (0-based) and its line.
//
// # Existing records
//
// Customers and orders must be new: a file repeating a stored external_id
// or order number is rejected. Products, articles and reviews replace the
// stored ones with the same SKU, key and language (an article's version
// goes up), or id. A shipment whose order and tracking number are already stored gets
// the file's events that are newer than its newest one; identical events
// are ignored, so re-importing a carrier feed is safe.
//
// # Shop documents
//
// LoadShop reads a whole shop in one JSON object: "tenant" (id, name,
// settings as in kefu.Tenant), then the arrays "customers", "products",
// "orders", "shipments", "articles", "reviews" and "promotions" in the
// JSON form above. Fields starting with "_" are comments. The settings
// may also hold "promotions" and "canned_replies", which are stored with
// kefu.PromotionService and kefu.CannedReplyService (upserted by their
// IDs). LoadShopParts adds parts: documents with a "tenant_id" instead of
// a tenant, stored with the main one as if written there. See
// data/demo/README.md and docs/import.md.
package importer
