package analytics

import (
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Count is one key of a breakdown with its readable label.
type Count struct {
	Key   string `json:"key"`
	Label string `json:"label"`
	Count int    `json:"count"`
}

// intentLabels word the intents people look at most; the others are
// their names with spaces (humanize).
var intentLabels = map[string]string{
	"track_order":             "Track an order",
	"human_agent":             "Asks for a person",
	"product_question":        "Product question",
	"price_promotion":         "Price or promotion",
	"stock_availability":      "Stock availability",
	"skin_advice":             "Skin advice",
	"return_policy":           "Returns",
	"refund_request":          "Refund request",
	"refund_status":           "Refund status",
	"shipping_time":           "Delivery time",
	"shipping_cost":           "Shipping cost",
	"customs_duty":            "Customs and duty",
	"payment_problem":         "Payment problem",
	"fresh_spoiled":           "Food arrived spoiled",
	"fresh_wrong_temperature": "Food arrived warm or thawed",
	"fresh_late_delivery":     "Fresh delivery late",
	"fresh_not_fresh":         "Food not fresh",
	"fresh_damaged_package":   "Food package damaged",
	"out_of_scope":            "Out of scope",
	"":                        "Not understood",
}

// IntentLabel returns an intent's readable name.
func IntentLabel(intent string) string {
	if l, ok := intentLabels[intent]; ok {
		return l
	}
	return humanize(intent)
}

// EmotionLabel returns an emotion's readable name.
func EmotionLabel(e string) string { return humanize(e) }

var reasonLabels = map[string]string{
	"customer_asked":            "Customer asked for a person",
	"anger":                     "Angry customer",
	"repeated_misunderstanding": "Bot did not understand",
	"low_confidence":            "Bot was unsure",
	"no_handler":                "Nothing could answer",
	"after_sales":               "After-sales problem",
	"skill_error":               "Skill failed",
	"sensitive_health":          "Sensitive: health",
	"sensitive_legal":           "Sensitive: legal",
	"sensitive_fraud":           "Sensitive: fraud",
	"":                          "Other",
}

// ReasonLabel returns a hand-off reason's readable name.
func ReasonLabel(r string) string {
	if l, ok := reasonLabels[r]; ok {
		return l
	}
	return humanize(r)
}

var channelLabels = map[string]string{"web": "Web", "widget": "Widget", "api": "API", "cli": "Command line", "ws": "WebSocket"}

// ChannelLabel returns a channel's readable name.
func ChannelLabel(c string) string {
	if l, ok := channelLabels[c]; ok {
		return l
	}
	return humanize(c)
}

// LanguageLabel returns a language's English name ("Thai" for "th").
func LanguageLabel(tag string) string {
	if tag == "" {
		return "Unknown"
	}
	t, err := language.Parse(tag)
	if err != nil {
		return tag
	}
	if n := display.English.Tags().Name(t); n != "" {
		return n
	}
	return tag
}

// humanize turns "fresh_dead_seafood" into "Dead seafood".
func humanize(s string) string {
	if s == "" {
		return "Unknown"
	}
	s = strings.ReplaceAll(s, "_", " ")
	return strings.ToUpper(s[:1]) + s[1:]
}
