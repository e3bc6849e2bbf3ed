package kefu

import "context"

// Understanding is what the NLU made of one customer message.
type Understanding struct {
	// Language is the detected language of this message (BCP 47 base).
	Language string `json:"language"`
	// LanguageConfidence is in [0,1].
	LanguageConfidence float64 `json:"language_confidence"`
	// Normalized is the text after normalisation; the original is kept in the message.
	Normalized string `json:"normalized"`
	Intent     string `json:"intent"`
	// Confidence is the calibrated probability of Intent, in [0,1].
	Confidence   float64       `json:"confidence"`
	Alternatives []IntentScore `json:"alternatives,omitempty"`
	Entities     []Entity      `json:"entities,omitempty"`
	Emotion      Emotion       `json:"emotion"`
	// Sensitive lists the topics a person must handle that the message
	// touches ("health", "legal", "fraud"), most urgent first.
	Sensitive []string `json:"sensitive,omitempty"`
	// Source names the understander and its model version, and the
	// accepted correction that gave the intent if one did
	// ("nlu/<version>+correction/<feedback id>", docs/learning.md).
	Source string `json:"source,omitempty"`
}

// IntentScore is an intent with its probability.
type IntentScore struct {
	Intent string  `json:"intent"`
	Score  float64 `json:"score"`
}

// Entity is a span of the message recognised as something.
type Entity struct {
	Type  string `json:"type"`  // "order_number", "country", "email", ...
	Text  string `json:"text"`  // as written
	Value string `json:"value"` // normalised value (e.g. ISO code)
	Start int    `json:"start"` // byte offsets into the original text
	End   int    `json:"end"`
}

// Emotion is the customer's detected emotion with an intensity in [0,1].
type Emotion struct {
	Label     string  `json:"label"` // "neutral", "anger", "anxiety", "satisfaction", ...
	Intensity float64 `json:"intensity"`
}

// LanguageSwitch is the language-detection confidence from which a
// message's own language counts: the NLU reports it instead of the
// conversation's, and the engine may move the conversation to it.
const LanguageSwitch = 0.6

// Well-known intents the core pipeline relies on. The NLU may know many more.
const (
	IntentTrackOrder = "track_order"
	IntentHuman      = "human_agent"
	IntentGreeting   = "greeting"
	IntentThanks     = "thanks"
	IntentGoodbye    = "goodbye"
	// IntentAcknowledge: the customer only acknowledges or agrees ("ok",
	// "好的", "嗯嗯"), with no new request.
	IntentAcknowledge = "acknowledge"
	IntentOutOfScope  = "out_of_scope"
	IntentProvideInfo = "provide_info" // the message only answers a question the bot asked
)

// UnderstandRequest is the input of an Understander.
type UnderstandRequest struct {
	Tenant *Tenant
	Text   string
	// Language is the conversation's current language, a hint for short messages.
	Language string
	// Expecting names the slot the bot asked for last turn, if any.
	Expecting string
}

// Understander turns a customer message into an Understanding. It must be
// safe for concurrent use.
type Understander interface {
	Understand(ctx context.Context, req UnderstandRequest) (Understanding, error)
}

// EntityValue is the value of the first entity of type typ the message
// holds ("order_number", "product", ...), "" if it holds none.
func (u Understanding) EntityValue(typ string) string {
	for _, e := range u.Entities {
		if e.Type == typ {
			return e.Value
		}
	}
	return ""
}
