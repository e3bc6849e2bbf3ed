// Package kefu holds the domain of the kefu customer-service platform: the
// nouns (tenants, customers, conversations, messages, orders, shipments,
// products, articles), the service interfaces between parts, the one error
// type and the context helpers. It imports only the standard library;
// adapters (sqlite, postgres, inmem, http, ...) depend on it and never on
// each other. See ../shared/DESIGN.md for the flow of a message.
package kefu
