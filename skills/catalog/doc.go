// Package catalog is the shop-catalogue skill: it answers price, stock,
// option (size, colour, shade) and simple product questions from the
// tenant's products, and promotion questions from the tenant's active
// promotions, in the customer's language.
//
// The product comes from the message (a product or SKU entity, else a
// product name the skill finds in the text itself), else from the
// conversation slot SlotProduct that it shares with the customs skill.
// When none is named it asks which product (Expecting "product"); when a
// name fits several products it lists up to three to choose from. It
// never answers about a product of another tenant: every lookup carries
// the turn's tenant. See docs/catalog.md.
package catalog
