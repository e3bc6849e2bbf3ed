// Package dialog runs the turn pipeline and its policy. Engine implements
// kefu.TurnService: it stores the customer message (durable before
// anything else), asks the Understander, lets the Policy decide, runs a
// Skill, composes the reply in the customer's language, stores the reply
// with its trace and publishes events. Turns of one conversation run
// strictly in order (a per-conversation lock); different conversations run
// in parallel.
package dialog
