// Package analytics derives service metrics from what kefu stores. It
// reads; it never writes. Hand-off metrics (queue wait, time to the first
// agent response, hand-off reasons) come from the message log, where the
// dialog engine and the agent desk record every step: the bot's hand-off
// notice (Trace.Outcome "handoff", Trace.Reason), the system message of
// Kind kefu.MessageAgentJoined, the agent's first message and the
// customer's rating.
package analytics
