// Package customs is the cross-border skill: it answers what customs duty
// and import VAT/GST a product or an order will cost in a destination
// country, computed by package customs (kefu/customs) with a line-by-line
// explanation in the customer's language, and answers certification,
// delivery-time, return-window and restricted-goods questions from that
// package's region × category facts.
//
// The skill keeps the product and the destination in conversation slots
// (SlotProduct, SlotDestination, SlotTopic; the order under discussion is
// the order skill's SlotOrderNumber), asks for what is missing, and takes a
// new country in the next message as a correction ("no, to Spain",
// "不是，寄到西班牙", "mejor a Alemania") and recomputes.
//
// The skill claims the customs_duty intent. Policy, a wrapper around the
// dialog policy, also sends it certification, shipping_time and
// return_policy questions that name a country for which a fact is stored,
// customs questions the classifier was unsure of (recognised by keywords
// in six languages), and short answers and corrections in a conversation
// the skill is serving. Everything else stays with the knowledge skill.
// See docs/customs.md.
package customs
