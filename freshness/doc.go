// Package freshness keeps a shop's knowledge in step with its catalogue
// and promotions (docs/feeds.md): it reads catalogue and promotion feeds
// (kefu's JSON feed, Shopify's products.json, Google Merchant Center
// RSS or Atom) delivered to a webhook or
// polled from a URL, writes price and stock changes to the catalogue at
// once, turns new products into draft articles, flags articles that
// mention a changed product or an ended promotion as stale (out of the
// answers until reviewed), runs the review queue's decisions (approve,
// edit, reject with a reason), takes flags from agents and customers,
// and mines draft articles from conversations that agents resolved.
package freshness
