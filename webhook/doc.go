// Package webhook delivers kefu events to the HTTP endpoints tenants
// configure in their settings (TenantSettings.Webhooks).
//
// A Dispatcher subscribes to the bus for all tenants. Each event becomes
// one delivery per matching webhook: a JSON POST of the event signed with
// the webhook's secret,
//
//	X-Kefu-Signature: sha256=<hex HMAC-SHA256(secret, body)>
//	X-Kefu-Event:     message.created
//	X-Kefu-Delivery:  dlv_... (the same on every retry of one delivery)
//
// Network errors, 5xx and 429 answers are retried with exponential backoff.
// Deliveries go through a bounded queue served by a small worker pool, so
// a slow or dead endpoint never blocks the bus, a turn or other tenants;
// when the queue is full a delivery is dropped, logged and counted.
//
// Deliveries run in parallel and retries come later, so receivers must not
// rely on arrival order: order by the event's "at" and message IDs, and
// de-duplicate by X-Kefu-Delivery.
package webhook
