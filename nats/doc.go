// Package nats connects kefu nodes through a NATS server, so that N
// stateless nodes on one PostgreSQL database behave as one:
//
//   - EventService is the live bus (kefu.EventService) across nodes:
//     every event published on any node reaches the matching subscribers
//     of every node, over core NATS subjects
//     <prefix>.ev.<tenant>.<conversation>; subscriptions map their filter
//     to a subject with wildcards, so the server sends each node only
//     what its subscribers want.
//   - Changes tells the other nodes that a shop's data changed (an API
//     key revoked, settings, the catalogue), so that they drop what they
//     cache of it at once rather than when their cache expires.
//   - Consoles asks the other nodes whether one of them holds an agent's
//     console websocket, so that a node does not set an agent offline
//     whose console lives on another node.
//
// All of them use one Conn per node. Events go through the server to
// every node, the publisher's own included, and Publish returns once the
// server has the event: so events published under the conversation's
// lock (turns, agents' operations), on whatever node, reach every
// subscriber in the order of the lock, which is the order of the stored
// messages. Under the lock they are sent without that wait
// (PublishUnsequenced) and put in order once, before unlocking
// (Sequence). Delivering a node's own events to its subscribers directly
// would be faster by a round trip, but would let them overtake an event
// of another node still on its way.
//
// Subjects start with a prefix (DefaultPrefix) so that deployments, or
// tests, sharing a server stay apart. Subject tokens are tenant and
// conversation IDs when they are made of ASCII letters, digits, '-' and
// '_' only (kefu's IDs are); anything else is written "~" + base64url.
//
// Delivery is best effort, like the in-process bus: a subscriber that
// falls behind is dropped, and so is every subscriber of a node when its
// connection to the server drops or comes back (it missed events
// meanwhile), so that websockets reconnect and reload from the store. Readers that must see every event use the durable kefu.EventLog
// (the store), which this package does not replace.
package nats
