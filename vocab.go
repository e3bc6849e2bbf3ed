package kefu

// The shared vocabulary of the turn: the names that the engine, the skills,
// the agents' desk, the channels and analytics must spell the same way.
// Each is defined here once; packages refer to these constants rather than
// repeating the strings.

// DefaultConfidenceThreshold is the calibrated intent confidence from which
// the bot acts on an intent (TenantSettings.ConfidenceThreshold overrides
// it per shop): below it, the knowledge base by the message's words or a
// clarifying question.
const DefaultConfidenceThreshold = 0.7

// ConfidenceThreshold is the shop's intent confidence threshold.
func (t *Tenant) ConfidenceThreshold() float64 {
	if t.Settings.ConfidenceThreshold > 0 {
		return t.Settings.ConfidenceThreshold
	}
	return DefaultConfidenceThreshold
}

// Conversation slots the engine and skills share. Slots whose names start
// with "_" belong to the engine; the others hold what the customer talked
// about and any skill may read them.
const (
	// SlotExpecting names what the bot asked the customer for last turn
	// (e.g. SlotOrderNumber); it is cleared when a turn does not ask again.
	SlotExpecting = "_expecting"
	// SlotExpectingSkill names the skill that asked (SlotExpecting), so
	// that the answer goes back to it when several skills ask for the same
	// kind of thing (a product).
	SlotExpectingSkill = "_expecting_skill"
	// SlotClarified counts the bot's clarification questions in a row.
	SlotClarified = "_clarified"
	// SlotOffered records the promotion already offered in the
	// conversation, so that a customer is not offered one at every
	// "thanks".
	SlotOffered = "_offered"
	// SlotLanguageSeen remembers a Latin-script language detected in one
	// message of a conversation held in another Latin-script language; a
	// second message in it switches the conversation.
	SlotLanguageSeen = "_lang_seen"
	// SlotLanguageWritten is the conversation's language once a customer
	// message was detected in it: a language the customer wrote in, not
	// one taken from their profile or the shop's default.
	SlotLanguageWritten = "_lang_written"

	// SlotOrderNumber is the order under discussion.
	SlotOrderNumber = "order_number"
	// SlotProduct holds the SKUs of the products last discussed, comma
	// separated.
	SlotProduct = "product"
	// SlotDestination is the destination country (ISO 3166-1 alpha-2) of
	// a cross-border question.
	SlotDestination = "destination"
	// SlotEvidence is evidence a skill asked the customer for and has not
	// received yet (a photo of damaged goods): the skill's own record of
	// what it is for, empty when nothing is pending. While it is set, a
	// photo attached to the conversation goes to the skill that asks for
	// it (ReasonEvidence); skills name it in SlotAsker.Asks and set
	// SkillResult.Expecting to it when they ask.
	SlotEvidence = "evidence"
)

// Outcomes every part knows. Skills add their own (composer template keys);
// these are the ones the engine, the desk and analytics act on.
const (
	OutcomeClarify = "clarify" // the bot asked the customer to say it another way
	OutcomeHandoff = "handoff" // the conversation was queued for a person
	// OutcomeHandoffBusy: a hand-off was decided but the conversation
	// could not join the queue (an anonymous visitor while the shop's
	// anonymous queue is full, docs/limits.md): it stays with the bot,
	// and the reply says people are busy.
	OutcomeHandoffBusy = "handoff_busy"
	// OutcomeNoHandler: the bot understood the question but nothing it
	// runs can answer it; the reply offers a person instead of claiming
	// it did not understand.
	OutcomeNoHandler = "no_handler"
	OutcomeArticle   = "article"    // a knowledge article answered
	OutcomeNoArticle = "no_article" // no article matched well enough
	OutcomeError     = "error"      // the skill failed; the reply apologises
	// OutcomeOrderNotFound: no order of the customer has that number (the
	// same reply for someone else's order, so numbers cannot be probed).
	OutcomeOrderNotFound = "order_not_found"
)

// Emotion labels (Understanding.Emotion.Label).
const (
	EmotionNeutral      = "neutral"
	EmotionAnger        = "anger"
	EmotionAnxiety      = "anxiety"
	EmotionSatisfaction = "satisfaction"
	EmotionSadness      = "sadness"
)

// Decision reasons recorded in traces (Trace.Reason) and, for hand-offs,
// in the conversation (Conversation.HandoffReason). Skills that claim turns
// by content record reasons of their own.
const (
	ReasonCustomerAsked = "customer_asked"            // the customer asked for a person
	ReasonAnger         = "anger"                     // strong anger (the anger strategy)
	ReasonNotUnderstood = "repeated_misunderstanding" // too many clarifications in a row
	// ReasonSensitive prefixes the topic of a sensitive message:
	// "sensitive_health", "sensitive_legal", "sensitive_fraud".
	ReasonSensitive = "sensitive_"
	ReasonAgentHas  = "agent_has_conversation" // the bot is silent: a person answers
	ReasonQueued    = "queued_for_agent"       // the bot is silent: waiting for a person
	// ReasonLowConfidence: the intent was not confident enough to act on;
	// the bot tried the knowledge base by the message's words.
	ReasonLowConfidence = "low_confidence"
	// ReasonNoHandler: the intent was understood with confidence but no
	// skill, article or hand-off rule serves it.
	ReasonNoHandler  = "no_handler"
	ReasonSlotAnswer = "slot_answer" // an answer to what a skill asked for
	ReasonIntent     = "intent"      // the skill that declares the intent
	ReasonSmalltalk  = "smalltalk"   // greeting, thanks, goodbye, chit-chat
	ReasonSkillError = "skill_error" // the skill failed
	// ReasonArticle: an article linked to the understood intent answers.
	ReasonArticle = "article"
	// ReasonAfterSales: a problem with goods received, for a person
	// (an intent's default hand-off, or a skill's once it has recorded
	// the customer's evidence).
	ReasonAfterSales = "after_sales"
	// ReasonEvidence: a photo the bot asked for (SlotEvidence) goes back
	// to the skill that asked.
	ReasonEvidence = "evidence"
	// ReasonAttachment: the bot stays silent on a photo it did not ask
	// for; it is evidence for the person who takes the case.
	ReasonAttachment = "attachment"
)

// Strategy names (Strategy.Name, Trace.Strategy, TenantSettings.Strategies).
const (
	// StrategyAnxietyProgress shows a worried customer the shipment's
	// whole progress with the answer.
	StrategyAnxietyProgress = "anxiety_progress"
	// StrategySatisfactionOffer offers a pleased customer one of the
	// shop's current promotions, once per conversation.
	StrategySatisfactionOffer = "satisfaction_offer"
	// StrategyAngerPriority hands a strongly angry customer to a person
	// ahead of calmer ones.
	StrategyAngerPriority = "anger_priority"
)
