// Package proactive writes first to customers whose delivery is at risk
// (docs/proactive.md). A Scanner reads a shop's deliveries due within its
// horizon, scores each with the late-delivery model of package risk
// against the weather forecast of its day, keeps the orders at or above
// the shop's threshold as risk notices (the agents' at-risk list), and,
// when the shop has turned writing first on and it is not the shop's
// quiet hours, writes once per order: a delivery-time warning, or an
// unboxing guide for fragile goods, in the customer's language, into
// their open conversation or a new one, with an order.at_risk event for
// webhooks. Opted-out customers are assessed but never written to.
package proactive
