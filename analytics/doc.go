// Package analytics derives service metrics from what kefu stores.
//
// The dashboard's panels (Overview, TopQuestions, PainPoints) read only
// the analytics facts and daily rollups the stores write with every
// message (kefu.AnalyticsService; docs/analytics.md defines each metric),
// never the message log. RefreshInsights derives insights with suggested
// actions from the same rollups and stores them; it is the package's only
// write.
//
// Hand-off metrics of `kefu stats` (queue wait, time to the first agent
// response, hand-off reasons) come from the message log, where the
// dialog engine and the agent desk record every step: the bot's hand-off
// notice (Trace.Outcome "handoff", Trace.Reason), the system message of
// Kind kefu.MessageAgentJoined, the agent's first message and the
// customer's rating.
package analytics
