// Package desk is the agent desk: what a human agent does with
// conversations in the console. It takes conversations from the queue,
// releases them back to the bot, transfers them to a colleague and closes
// them with a satisfaction (CSAT) question; it sends the agent's replies
// through machine translation into the customer's language, keeps internal
// notes, orders the queue by effective priority, and assembles what the
// console shows: the conversation with each customer message translated
// into the agent's language, the customer's context (orders, shipments,
// earlier conversations) and the assist panel (articles, reply drafts from
// skills, the customer's emotion and a suggested strategy).
//
// Every hand-off step writes a system message of a kefu.Message kind
// (MessageAgentJoined, MessageAgentLeft, MessageTransferred, MessageClosed,
// MessageRatingAsked) in the customer's language, in the same transaction
// as the state change, and publishes it on the bus after the commit.
//
// Operations on one conversation are serialised with the dialog engine's
// customer turns through a shared per-conversation lock (Desk.Locker), so
// that a bot reply can never land after an agent joined, and an agent's
// reply never races a release or transfer. See docs/console.md.
package desk
