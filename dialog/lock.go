package dialog

// LockConversation locks a conversation as a customer turn does and
// returns the unlock function. The agent desk (package desk) takes it for
// its operations, so that an agent's take, reply, release or close and a
// customer's turn of the same conversation run one after the other (per
// process; see docs/console.md).
func (e *Engine) LockConversation(id string) (unlock func()) { return e.locks.Lock(id) }
