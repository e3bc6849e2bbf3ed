// Package profile learns customer profiles (kefu.CustomerProfile): what
// a beauty shop's advisor would remember of a customer's skin and taste.
//
// Three sources feed it:
//
//   - Learner reads one chat message (its kefu.Understanding and text)
//     and returns the traits it reveals: skin types and concerns the NLU
//     found (source chat), and the customer's own corrections, in
//     English, Chinese and Spanish ("I'm not oily any more", "我不是油皮了",
//     "ya no tengo la piel grasa"), which settle a value (source
//     customer). ChatObserver stores them after a turn's commit.
//   - Builder.Refresh recomputes a customer's order- and event-derived
//     traits: the categories they buy, their budget band within each
//     category (terciles of the shop's prices), and weak skin-type,
//     finish and category hints from the products they bought, viewed,
//     dwelt on, favourited or put in the cart.
//   - People: the customer in the widget and agents in the console write
//     traits of source customer and agent directly (package http).
//
// docs/customer-profiles.md has the numbers (confidences, half-lives)
// and what is weak.
package profile
