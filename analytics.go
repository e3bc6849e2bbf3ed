package kefu

import (
	"context"
	"math"
	"slices"
	"strings"
	"time"
	"unicode"
)

// Analytics facts (docs/analytics.md). The stores keep, in the same
// transaction as every message, one row per conversation
// (AnalyticsConversation), one row per bot turn with a trace (TurnFact)
// and daily rollups of the turns, so that dashboards never read the
// message log. The functions here derive those rows; the stores only
// look up what they need and write them.

// LatencyBuckets is the number of buckets of the bot latency histogram:
// bucket i counts latencies below 2^i ms, the last one the rest.
const LatencyBuckets = 16

// LatencyBucket returns the histogram bucket of a latency in ms.
func LatencyBucket(ms float64) int {
	for i := range LatencyBuckets - 1 {
		if ms < float64(int64(1)<<i) {
			return i
		}
	}
	return LatencyBuckets - 1
}

// LatencyBucketUpper is the upper bound (ms) of bucket i; the last
// bucket's is its lower bound, 2^(LatencyBuckets-2).
func LatencyBucketUpper(i int) float64 {
	if i >= LatencyBuckets-1 {
		return float64(int64(1) << (LatencyBuckets - 2))
	}
	return float64(int64(1) << i)
}

// AnalyticsEmotions are the emotions the daily rollups count, each in a
// column of its own; others count as "other".
var AnalyticsEmotions = [...]string{EmotionNeutral, EmotionAnger, EmotionAnxiety, EmotionSatisfaction, EmotionSadness}

// AnalyticsDay is the UTC day of t, "YYYY-MM-DD".
func AnalyticsDay(t time.Time) string { return t.UTC().Format(time.DateOnly) }

// TurnFact is one bot turn with a trace, as analytics keep it.
type TurnFact struct {
	MessageID      int64
	TenantID       string
	ConversationID string
	QuestionID     int64 // the customer message answered (ReplyTo)
	Day            string
	At             time.Time
	Channel        string
	Language       string
	Intent         string
	Cluster        string
	Emotion        string
	Action         string
	Outcome        string
	Reason         string
	Answered       bool
	Clarify        bool
	Handoff        bool
	Negative       bool
	Upset          bool // anger or sadness
	LatencyMS      float64
	SKU            string
	Category       string
	Country        string
	Carrier        string
	CustomerID     string
	Segment        string
	// Question is the customer's text (the cluster's representative text
	// when the cluster is new).
	Question string
}

// TurnContext is what a store looked up for a bot turn: the conversation
// and customer, the customer's question, and the product and carrier the
// turn's records and entities name (resolved through the shop's orders,
// shipments and catalogue).
type TurnContext struct {
	Channel    string
	CustomerID string
	Country    string
	Segment    string // the customer's skin type (profile), if known
	Question   string
	SKU        string
	Category   string
	Carrier    string
}

// NewTurnFact derives the turn fact of bot message m (with its Trace).
func NewTurnFact(m *Message, tc TurnContext) TurnFact {
	tr := m.Trace
	f := TurnFact{
		MessageID: m.ID, TenantID: m.TenantID, ConversationID: m.ConversationID, QuestionID: m.ReplyTo,
		Day: AnalyticsDay(m.CreatedAt), At: m.CreatedAt, Channel: tc.Channel,
		Language: cmpOr(tr.Language, m.Language), Intent: tr.Intent, Action: string(tr.Action),
		Outcome: tr.Outcome, Reason: tr.Reason, LatencyMS: tr.LatencyMS,
		SKU: tc.SKU, Category: tc.Category, Country: tc.Country, Carrier: tc.Carrier,
		CustomerID: tc.CustomerID, Segment: tc.Segment, Question: tc.Question,
	}
	if tr.Emotion != nil {
		f.Emotion = tr.Emotion.Label
	}
	if f.Emotion == "" {
		f.Emotion = EmotionNeutral
	}
	if f.Segment == "" {
		for _, e := range tr.Entities {
			if e.Type == "skin_type" && e.Value != "" {
				f.Segment = e.Value
				break
			}
		}
	}
	f.Clarify = tr.Action == ActionClarify || tr.Outcome == OutcomeClarify
	f.Handoff = tr.Action == ActionHandoff || tr.Outcome == OutcomeHandoff
	f.Answered = TurnAnswered(tr)
	f.Negative = NegativeTurn(tr.Intent, f.Emotion)
	f.Upset = f.Emotion == EmotionAnger || f.Emotion == EmotionSadness
	f.Cluster = QuestionCluster(tr.Intent, f.SKU, cmpOr(tr.Normalized, tc.Question))
	return f
}

// TurnAnswered reports whether the bot answered a turn: anything but a
// clarification, a reply that it did not understand or could not
// answer, a skill error, or a hand-off for not understanding.
func TurnAnswered(tr *Trace) bool {
	switch tr.Outcome {
	case OutcomeClarify, OutcomeNoHandler, OutcomeNoArticle, OutcomeError:
		return false
	}
	switch tr.Action {
	case ActionClarify:
		return false
	case ActionHandoff:
		return tr.Reason != ReasonNotUnderstood && tr.Reason != ReasonLowConfidence && tr.Reason != ReasonNoHandler
	}
	return tr.Reason != ReasonNoHandler
}

// NegativeTurn reports whether a turn counts against its product, region
// or carrier: a complaint-type intent (complaint, payment and after-sales
// problems, every fresh-food problem) or a negative emotion.
func NegativeTurn(intent, emotion string) bool {
	if emotion == EmotionAnger || emotion == EmotionSadness {
		return true
	}
	return ComplaintIntent(intent)
}

// ComplaintIntent reports whether an intent reports a problem.
func ComplaintIntent(intent string) bool {
	switch intent {
	case "complaint", "payment_problem", "refund_request", "warranty", "account_problem":
		return true
	case "fresh_storage_question", "fresh_traceability", "fresh_allergen", "fresh_compensation":
		return false
	}
	return strings.HasPrefix(intent, "fresh_")
}

// clusterStop are words too common to tell questions apart (several
// languages); CJK and Thai text is kept as character bigrams instead.
var clusterStop = map[string]bool{
	"the": true, "a": true, "an": true, "is": true, "are": true, "my": true, "i": true, "me": true, "to": true,
	"of": true, "for": true, "it": true, "in": true, "on": true, "do": true, "does": true, "can": true, "you": true,
	"and": true, "or": true, "this": true, "that": true, "with": true, "be": true, "please": true, "hi": true,
	"hello": true, "what": true, "where": true, "when": true, "how": true, "why": true, "which": true, "your": true,
	"der": true, "die": true, "das": true, "ist": true, "ich": true, "mein": true, "meine": true, "und": true,
	"le": true, "la": true, "les": true, "de": true, "est": true, "mon": true, "ma": true, "el": true, "es": true,
	"il": true, "di": true, "un": true, "una": true, "que": true, "pour": true, "per": true, "por": true,
}

// QuestionCluster returns a question's cluster within its intent, a key
// stable across languages where it can be: the product the turn is about
// ("sku:…"), else the question's normalised text reduced to at most four
// distinctive words in sorted order (digits dropped, so order numbers do
// not split clusters); "" when nothing is left (the intent alone).
func QuestionCluster(intent, sku, normalized string) string {
	if sku != "" {
		return "sku:" + sku
	}
	var words []string
	for _, w := range strings.FieldsFunc(strings.ToLower(normalized), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsMark(r)
	}) {
		if clusterStop[w] {
			continue
		}
		rs := []rune(w)
		if len(rs) > 0 && (unicode.In(rs[0], unicode.Han, unicode.Thai, unicode.Hiragana, unicode.Katakana, unicode.Hangul)) {
			// No spaces between words: keep the first bigrams.
			for i := 0; i+1 < len(rs) && i < 6; i += 2 {
				words = append(words, string(rs[i:i+2]))
			}
			continue
		}
		if len(rs) < 3 {
			continue
		}
		words = append(words, w)
	}
	slices.Sort(words)
	words = slices.Compact(words)
	if len(words) > 4 {
		words = words[:4]
	}
	return strings.Join(words, " ")
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// AnalyticsConversation is one conversation as analytics keep it. Times
// are zero when the step has not happened.
type AnalyticsConversation struct {
	TenantID         string
	ConversationID   string
	Day              string // of its first message
	Channel          string
	Language         string
	Intent           string // its first intent that is not small talk
	SKU              string // the first product it was about
	CustomerID       string
	CustomerMessages int
	BotReplies       int
	Handoffs         int
	Person           bool // an agent joined or wrote
	Closed           bool
	Returned         bool // the customer came back within 24 h on the same intent
	Rating           int
	ThumbsUp         int
	ThumbsDown       int
	StartedAt        time.Time
	LastAt           time.Time
	HandoffAt        time.Time
	JoinedAt         time.Time
	FirstResponseMS  int64
	HandlingMS       int64
}

// ReturnWindow is how soon a customer coming back on the same intent
// makes their earlier conversation not contained.
const ReturnWindow = 24 * time.Hour

// Apply folds message m into the conversation's facts; fact is the
// turn's (nil for messages without a trace). rating is the
// conversation's rating when m records one.
func (c *AnalyticsConversation) Apply(m *Message, fact *TurnFact, rating int) {
	if c.StartedAt.IsZero() {
		c.TenantID, c.ConversationID = m.TenantID, m.ConversationID
		c.StartedAt, c.Day = m.CreatedAt, AnalyticsDay(m.CreatedAt)
	}
	if m.CreatedAt.After(c.LastAt) {
		c.LastAt = m.CreatedAt
	}
	switch {
	case m.Author == AuthorCustomer:
		c.CustomerMessages++
		if c.Language == "" {
			c.Language = m.Language
		}
	case m.Author == AuthorBot && fact != nil:
		c.BotReplies++
		if c.Language == "" || c.Intent == "" {
			c.Language = cmpOr(fact.Language, c.Language)
		}
		if c.Intent == "" && fact.Action != string(ActionSmalltalk) && fact.Intent != "" {
			c.Intent = fact.Intent
		}
		if c.SKU == "" {
			c.SKU = fact.SKU
		}
		if fact.Handoff {
			c.Handoffs++
			if c.HandoffAt.IsZero() {
				c.HandoffAt = m.CreatedAt
			}
		}
	case m.Author == AuthorBot:
		c.BotReplies++
	case m.Author == AuthorAgent:
		c.Person = true
		if c.FirstResponseMS == 0 && !c.HandoffAt.IsZero() {
			c.FirstResponseMS = max(1, m.CreatedAt.Sub(c.HandoffAt).Milliseconds())
		}
	case m.Kind == MessageAgentJoined:
		c.Person = true
		if c.JoinedAt.IsZero() {
			c.JoinedAt = m.CreatedAt
		}
	case m.Kind == MessageClosed:
		c.Closed = true
		if !c.JoinedAt.IsZero() && c.HandlingMS == 0 {
			c.HandlingMS = max(1, m.CreatedAt.Sub(c.JoinedAt).Milliseconds())
		}
	case m.Kind == MessageRatingGiven:
		c.Rating = rating
	}
}

// AnalyticsFilter selects what analytics aggregate: a tenant, a range of
// UTC days (inclusive, "YYYY-MM-DD") and optional dimensions.
type AnalyticsFilter struct {
	TenantID string
	From, To string
	Channel  string
	Language string
	Intent   string
	Product  string // SKU
}

// Validate checks the filter; EINVALID naming the field.
func (f AnalyticsFilter) Validate() error {
	if err := requireTenant(f.TenantID); err != nil {
		return err
	}
	for _, d := range []struct{ name, v string }{{"from", f.From}, {"to", f.To}} {
		if _, err := time.Parse(time.DateOnly, d.v); err != nil {
			return Invalidf(d.name, "%s must be a date YYYY-MM-DD", d.name)
		}
	}
	if f.From > f.To {
		return Invalidf("from", "from must not be after to")
	}
	return nil
}

// Previous is the period of the same length just before f's.
func (f AnalyticsFilter) Previous() AnalyticsFilter {
	from, _ := time.Parse(time.DateOnly, f.From)
	to, _ := time.Parse(time.DateOnly, f.To)
	n := int(math.Round(to.Sub(from).Hours()/24)) + 1
	p := f
	p.To = AnalyticsDay(from.AddDate(0, 0, -1))
	p.From = AnalyticsDay(from.AddDate(0, 0, -n))
	return p
}

// ConversationStats are conversation counts of one day.
type ConversationStats struct {
	Day           string
	Conversations int
	Ended         int // closed, or idle for ReturnWindow
	Contained     int // ended without a person and not returned
	Resolved      int // ended, not returned, and any hand-off answered by a person
	HandedOff     int
	CustomerMsgs  int
	BotReplies    int
	Rated         int
	RatingSum     int
	ThumbsUp      int
	ThumbsDown    int
}

// TurnCount is the bot turns of one key of a dimension.
type TurnCount struct {
	Key      string
	Turns    int
	Answered int
	Clarify  int
	Handoff  int
	Negative int
	Latency  [LatencyBuckets]int64
}

// Turn dimensions AnalyticsTurns groups by.
const (
	ByDay      = "day"
	ByIntent   = "intent"
	ByEmotion  = "emotion"
	ByLanguage = "language"
	ByChannel  = "channel"
	ByReason   = "reason" // hand-off turns only
)

// QuestionCount is one question cluster's count.
type QuestionCount struct {
	Intent   string
	Cluster  string
	Text     string
	Turns    int
	Answered int
	// Total is the turns of all the period's clusters.
	Total int
}

// TurnScope narrows turns beyond an AnalyticsFilter: to some intents
// (any when none), a carrier and a customer segment (any when "").
type TurnScope struct {
	Intents []string
	Carrier string
	Segment string
}

// QuestionRow is a cluster's turns on one day in one language about one
// product.
type QuestionRow struct {
	Intent, Cluster, Day, Language, SKU string
	Turns                               int
}

// QuestionExample is one question of a cluster.
type QuestionExample struct {
	ConversationID string    `json:"conversation_id"`
	Text           string    `json:"text"`
	Language       string    `json:"language"`
	At             time.Time `json:"at"`
}

// Pain-point dimensions AnalyticsPain groups by.
const (
	PainProduct  = "sku"
	PainCategory = "category"
	PainRegion   = "country"
	PainCarrier  = "carrier"
	PainHeatmap  = "heatmap" // category × country, either of them possibly empty
)

// PainRow is the turns of one key (and, for the heat map, a second key)
// and intent in the period (Previous false) or the period before.
type PainRow struct {
	Key, Key2 string
	Intent    string
	Previous  bool
	Turns     int
	Negative  int
	Upset     int // turns in anger or sadness
}

// MoneyTotal is a sum of money in one currency, minor units.
type MoneyTotal struct {
	Currency string
	Amount   int64
	Count    int
}

// ProactiveStats are proactive messages' outcomes.
type ProactiveStats struct {
	Sent     int `json:"sent"`
	Replied  int `json:"replied"`
	OptedOut int `json:"opted_out"`
}

// SegmentCount counts the turns of customers of one profile segment
// (skin type) by intent.
type SegmentCount struct {
	Segment, Intent string
	Turns           int
}

// AnalyticsService reads the analytics facts. Every method validates its
// filter (EINVALID naming the field).
type AnalyticsService interface {
	// AnalyticsConversations returns conversation counts by day of the
	// conversations started in the period; conversations idle since
	// before idleBefore count as ended.
	AnalyticsConversations(ctx context.Context, f AnalyticsFilter, idleBefore time.Time) ([]ConversationStats, error)
	// AnalyticsDurations returns the agents' first-response and handling
	// times (ms) of the period's conversations that have them, ascending.
	AnalyticsDurations(ctx context.Context, f AnalyticsFilter) (firstResponse, handling []int64, err error)
	// AnalyticsTurns returns the period's bot turns grouped by one of the
	// By* dimensions.
	AnalyticsTurns(ctx context.Context, f AnalyticsFilter, by string) ([]TurnCount, error)
	// AnalyticsQuestions returns the period's biggest question clusters,
	// by turns (unanswered: by turns the bot did not answer), at most limit.
	AnalyticsQuestions(ctx context.Context, f AnalyticsFilter, unanswered bool, limit int) ([]QuestionCount, error)
	// AnalyticsQuestionRows returns the rows of the given clusters
	// (intent, cluster pairs) in the period.
	AnalyticsQuestionRows(ctx context.Context, f AnalyticsFilter, clusters [][2]string) ([]QuestionRow, error)
	// AnalyticsExamples returns a cluster's newest questions in the period.
	AnalyticsExamples(ctx context.Context, f AnalyticsFilter, intent, cluster string, limit int) ([]QuestionExample, error)
	// AnalyticsPain returns pain-point rows by one of the Pain*
	// dimensions over the period and the one before it.
	AnalyticsPain(ctx context.Context, f AnalyticsFilter, by string) ([]PainRow, error)
	// AnalyticsConversationIDs returns up to limit conversations of the
	// period with turns in scope, newest first.
	AnalyticsConversationIDs(ctx context.Context, f AnalyticsFilter, scope TurnScope, limit int) ([]string, error)
	// AnalyticsSegments returns the period's turns of customers with a
	// known segment, by segment and intent.
	AnalyticsSegments(ctx context.Context, f AnalyticsFilter) ([]SegmentCount, error)
	// AnalyticsCompensation sums the compensations granted in the period
	// (not revoked), by currency.
	AnalyticsCompensation(ctx context.Context, f AnalyticsFilter) ([]MoneyTotal, error)
	// AnalyticsProactive counts the period's proactive notices by outcome.
	AnalyticsProactive(ctx context.Context, f AnalyticsFilter) (ProactiveStats, error)
	// FoldAnalytics folds the messages stored since the last fold into
	// the facts and rollups and returns how many it folded. Messages are
	// folded in batches rather than as they are stored, which keeps the
	// analytics off the turn's write (docs/analytics.md#write-path); the
	// read methods above fold what is pending first, so they are exact,
	// and the app calls this every second to keep the backlog short.
	FoldAnalytics(ctx context.Context) (int, error)

	// UpsertInsight stores an insight by (tenant, Key): a new one is
	// open; an existing one keeps its ID, status and creation time and
	// takes the new text, count and conversations.
	UpsertInsight(ctx context.Context, in *Insight) error
	// FindInsights returns the tenant's insights (of one status when
	// status is not empty), biggest first.
	FindInsights(ctx context.Context, tenantID string, status InsightStatus) ([]*Insight, error)
	// FindInsightByID returns ENOTFOUND if the tenant has no such insight.
	FindInsightByID(ctx context.Context, tenantID, id string) (*Insight, error)
	// UpdateInsightStatus sets an insight's status (and the article
	// created on acceptance).
	UpdateInsightStatus(ctx context.Context, tenantID, id string, status InsightStatus, articleID string) (*Insight, error)
}

// InsightStatus is where an insight stands.
type InsightStatus string

// Insight statuses.
const (
	InsightOpen      InsightStatus = "open"
	InsightAccepted  InsightStatus = "accepted"
	InsightDismissed InsightStatus = "dismissed"
)

// Valid reports whether s is a known status.
func (s InsightStatus) Valid() bool {
	return s == InsightOpen || s == InsightAccepted || s == InsightDismissed
}

// Insight audiences.
const (
	AudienceProduct     = "product"
	AudienceSupplyChain = "supply_chain"
	AudienceMarketing   = "marketing"
)

// Insight is a finding of analytics with a suggested action, for one
// audience, and the conversations behind it.
type Insight struct {
	ID       string `json:"id"`
	TenantID string `json:"-"`
	Key      string `json:"key"` // stable: what the insight is about
	Audience string `json:"audience"`
	Title    string `json:"title"`
	Evidence string `json:"evidence"`
	Action   string `json:"action"`
	// Params are the values Title, Evidence and Action are made of (by
	// Audience: docs/analytics.md#insights), so that a page can say them
	// in its reader's language; the texts are English.
	Params          map[string]any `json:"params,omitempty"`
	Count           int            `json:"count"`
	ConversationIDs []string       `json:"conversation_ids"`
	Status          InsightStatus  `json:"status"`
	ArticleID       string         `json:"article_id,omitempty"`
	CreatedAt       time.Time      `json:"created_at"`
	UpdatedAt       time.Time      `json:"updated_at"`
}

// Validate checks what a store needs of an insight.
func (in *Insight) Validate() error {
	if err := requireTenant(in.TenantID); err != nil {
		return err
	}
	switch {
	case in.Key == "":
		return Invalidf("key", "key is required")
	case in.Audience != AudienceProduct && in.Audience != AudienceSupplyChain && in.Audience != AudienceMarketing:
		return Invalidf("audience", "audience %q is not product, supply_chain or marketing", in.Audience)
	case in.Title == "":
		return Invalidf("title", "title is required")
	}
	return nil
}
