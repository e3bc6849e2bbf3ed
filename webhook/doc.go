// Package webhook delivers kefu events to the HTTP endpoints tenants
// configure in their settings (TenantSettings.Webhooks).
//
// A Dispatcher consumes the durable event log (kefu.EventLog) as the
// consumer "webhook", for all tenants. Each event becomes one delivery per
// matching webhook: a JSON POST of the event signed with the webhook's
// secret,
//
//	X-Kefu-Signature: sha256=<hex HMAC-SHA256(secret, body)>
//	X-Kefu-Event:     message.created
//	X-Kefu-Delivery:  dlv_<seq>_<hash of the URL> (the same on every retry and redelivery)
//
// Network errors, 5xx and 429 answers are retried with exponential backoff.
// Deliveries are served by a small worker pool; the dispatcher claims no
// more events than its queue holds, so a slow or dead endpoint never
// blocks a turn (writers only append to the log) and nothing is dropped:
// the events wait in the log.
//
// An event is acknowledged in the log once all its deliveries have ended.
// If the node stops first, the event is claimed again, by any node, when
// its lease runs out, and delivered again with the same X-Kefu-Delivery.
// With several nodes each event is delivered by one of them.
//
// Deliveries run in parallel and retries come later, so receivers must not
// rely on arrival order: order by the event's "at" and message IDs, and
// de-duplicate by X-Kefu-Delivery.
package webhook
