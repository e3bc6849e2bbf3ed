// Package compose turns skill results into replies in the customer's
// language, from per-language template files (lang/*.json). Templates name
// values in braces, {order}, filled from the result's Data. A language
// without a template falls back to its base language and then to English.
package compose

import (
	"context"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/kefu-ai/kefu"
)

//go:embed lang/*.json
var langFS embed.FS

// Fallback is the language used when no template exists in the customer's.
const Fallback = "en"

var _ kefu.Composer = (*Composer)(nil)

// Composer renders replies. It is immutable after New and safe for
// concurrent use.
type Composer struct {
	langs map[string]map[string]string
}

// New loads the embedded templates and checks that every language has every
// key of the fallback language.
func New() (*Composer, error) {
	c := &Composer{langs: map[string]map[string]string{}}
	files, err := fs.Glob(langFS, "lang/*.json")
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		b, err := langFS.ReadFile(f)
		if err != nil {
			return nil, err
		}
		m := map[string]string{}
		if err := json.Unmarshal(b, &m); err != nil {
			return nil, fmt.Errorf("compose: %s: %w", f, err)
		}
		lang := strings.TrimSuffix(strings.TrimPrefix(f, "lang/"), ".json")
		c.langs[lang] = m
	}
	base := c.langs[Fallback]
	if base == nil {
		return nil, fmt.Errorf("compose: no %s templates", Fallback)
	}
	for lang, m := range c.langs {
		for k := range base {
			if _, ok := m[k]; !ok {
				return nil, fmt.Errorf("compose: lang/%s.json lacks %q", lang, k)
			}
		}
	}
	return c, nil
}

// Languages returns the languages with templates.
func (c *Composer) Languages() []string {
	var out []string
	for l := range c.langs {
		out = append(out, l)
	}
	return out
}

// Has reports whether lang has its own templates.
func (c *Composer) Has(lang string) bool { return c.langs[lang] != nil }

// table returns the templates for lang: the most specific of the tag's
// forms that has templates (lookupOrder), else the fallback's.
func (c *Composer) table(lang string) (map[string]string, string) {
	for _, l := range lookupOrder(lang) {
		if m := c.langs[l]; m != nil {
			return m, l
		}
	}
	return c.langs[Fallback], Fallback
}

// lookupOrder returns the forms of a language tag to look templates up
// by, most specific first: the tag, then with its last subtag dropped
// until only the language is left ("zh-Hant-TW", "zh-Hant", "zh"). Chinese
// of Taiwan, Hong Kong and Macau is written in Traditional characters,
// so "zh-TW" tries "zh-Hant" before "zh".
func lookupOrder(lang string) []string {
	out := []string{lang}
	for i := strings.LastIndexAny(lang, "-_"); i > 0; i = strings.LastIndexAny(lang, "-_") {
		lang = lang[:i]
		out = append(out, lang)
	}
	if len(out) > 1 && out[len(out)-1] == "zh" {
		switch region := strings.ToUpper(out[0][len(out[0])-2:]); {
		case !strings.Contains(out[0], "Hant") && (region == "TW" || region == "HK" || region == "MO"):
			out = append(out[:len(out)-1], "zh-Hant", "zh")
		}
	}
	return out
}

// Text returns the template key in lang without filling anything.
func (c *Composer) Text(lang, key string) string {
	m, _ := c.table(lang)
	return m[key]
}

// Compose implements kefu.Composer. Outcomes without a template of their
// own get the clarification text.
func (c *Composer) Compose(ctx context.Context, lang string, r kefu.SkillResult) string {
	m, lang := c.table(lang)
	if r.Text != "" && r.Data["via"] == "llm" && r.Data["sources"] != "" {
		// An answer the language model wrote from the shop's articles
		// (knowledge.Answerer.LLM), in the reply's language: the
		// customer sees which articles it comes from.
		return r.Text + "\n" + fill(m["article_llm_sources"], map[string]string{"sources": r.Data["sources"]}) + offer(m, r.Offer)
	}
	if r.Text != "" {
		// A ready answer, such as an article body.
		if tr := r.Translated; tr != nil {
			name := m["language."+tr.From]
			if name == "" {
				name = tr.From
			}
			return r.Text + "\n" + fill(m["article_machine_translated"], map[string]string{"article_language_name": name}) + offer(m, r.Offer)
		}
		if r.TextLanguage != "" && r.TextLanguage != lang {
			name := m["language."+r.TextLanguage]
			if name == "" {
				name = r.TextLanguage
			}
			return r.Text + "\n" + fill(m["article_other_language"], map[string]string{"article_language_name": name}) + offer(m, r.Offer)
		}
		return r.Text + offer(m, r.Offer)
	}
	tpl, ok := m[r.Outcome]
	if !ok || strings.Contains(r.Outcome, ".") {
		tpl = m["clarify"]
	}
	vals := make(map[string]string, len(r.Data)+4)
	for k, v := range r.Data {
		vals[k] = v
	}
	if s := r.Data["status"]; s != "" {
		vals["status_text"] = lookup(m, "status."+s, s)
	}
	if s := r.Data["order_status"]; s != "" {
		vals["order_status_text"] = lookup(m, "order."+s, s)
	}
	if at := r.Data["at"]; at != "" {
		if t, err := time.Parse(time.RFC3339, at); err == nil {
			vals["at"] = formatTime(t, r.Data["timezone"])
		}
	}
	vals["location_part"] = ""
	if r.Data["location"] != "" {
		vals["location_part"] = fill(m["location_part"], vals)
	}
	vals["eta_part"] = ""
	if r.Data["eta"] != "" {
		vals["eta_part"] = fill(m["eta_part"], vals)
	}
	if list := r.Data["orders"]; list != "" {
		vals["orders"] = orderChoices(m, list, r.Data["order_items"])
	}
	if p := r.Data["problem"]; p != "" {
		vals["problem_text"] = lookup(m, "damage."+p, p)
	}
	catalogValues(m, r, vals)
	advisorValues(m, r, vals)
	vals["findings"] = findings(m, r.Findings)
	out := strings.TrimSpace(fill(tpl, vals))
	switch r.Outcome {
	case kefu.OutcomeHandoff, kefu.OutcomeHandoffBusy, kefu.OutcomeClarify, kefu.OutcomeNoHandler:
		if r.Data["sorry"] != "" {
			// A problem the customer has, or an upset customer the bot
			// did not understand: acknowledge it first.
			out = sentences(m["handoff_sorry"], out)
		}
	}
	if r.Data["position"] != "" && r.Data["minutes"] != "" {
		// Queued, by a hand-off decision or a skill's (SkillResult.Handoff).
		out = sentences(out, fill(m["handoff_wait"], vals))
	}
	if r.Data["busy"] != "" {
		// A skill's hand-off the queue refused (an anonymous visitor
		// while the shop's anonymous queue is full).
		out = sentences(out, m[kefu.OutcomeHandoffBusy])
	}
	if c := r.Data["compensation"]; c != "" {
		out = sentences(out, fill(m["compensation_"+c], vals))
	}
	if r.ShowProgress && len(r.Events) > 0 {
		out += "\n" + progress(m, r.Events, r.Data["timezone"])
	}
	return out + offer(m, r.Offer)
}

// orderChoices words the orders a customer can choose from (numbers and
// their first items, one per line, as skills/order gives them): "10023
// (Cashmere sweater), 10024 (Power bank)".
func orderChoices(m map[string]string, numbers, items string) string {
	ns, is := strings.Split(numbers, "\n"), strings.Split(items, "\n")
	out := make([]string, len(ns))
	for i, n := range ns {
		out[i] = n
		if i < len(is) && is[i] != "" {
			out[i] = fill(m["order_choice"], map[string]string{"order": n, "item": is[i]})
		}
	}
	return strings.Join(out, m["advisor_sep"])
}

// Sentences joins two sentences: with a space, but not after the full
// stops of Chinese and Japanese, which stand without one.
func Sentences(a, b string) string { return sentences(a, b) }

func sentences(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	if r, _ := utf8.DecodeLastRuneInString(a); strings.ContainsRune("。！？」）", r) {
		return a + b
	}
	return a + " " + b
}

// offer renders a promotion for the satisfaction strategy, or "" when
// there is none.
func offer(m map[string]string, p *kefu.OfferText) string {
	if p == nil {
		return ""
	}
	out := "\n" + fill(m["offer"], map[string]string{"offer": p.Text})
	if p.Code != "" {
		out += "\n" + fill(m["offer_code"], map[string]string{"code": p.Code})
	}
	return out
}

var _ kefu.CardComposer = (*Composer)(nil)

// Cards implements kefu.CardComposer: the result's own cards, then a
// progress card when the result shows a shipment's progress and an offer
// card when it carries an offer; nil when there are none.
func (c *Composer) Cards(ctx context.Context, lang string, r kefu.SkillResult) []kefu.Card {
	m, _ := c.table(lang)
	var out []kefu.Card
	for _, c := range r.Cards {
		switch c.Type {
		case kefu.CardTraceability:
			c = traceCard(m, c)
		case kefu.CardProducts:
			c = productsCard(m, c)
		case kefu.CardCoupon:
			// Title holds the order number, Subtitle the expiry date.
			c.Title = fill(m["coupon_card_title"], map[string]string{"order": c.Title})
			if c.Subtitle != "" {
				c.Subtitle = fill(m["coupon_card_valid"], map[string]string{"expires": c.Subtitle})
			}
		}
		out = append(out, c)
	}
	if r.ShowProgress && len(r.Events) > 0 {
		card := kefu.Card{Type: kefu.CardProgress, Title: m["progress_title"]}
		for _, e := range r.Events {
			label := lookup(m, "status."+e.Status, e.Status)
			if e.Description != "" {
				label = e.Description
			}
			card.Steps = append(card.Steps, kefu.CardStep{Label: label, Location: e.Location, At: e.At})
		}
		out = append(out, card)
	}
	if r.Offer != nil {
		out = append(out, kefu.Card{Type: kefu.CardOffer, Title: r.Offer.Text, Code: r.Offer.Code})
	}
	return out
}

// progress renders a tracking history as a timeline, newest last:
// "✓ 2026-11-02 08:15 CST · Shenzhen — Shipping label created".
func progress(m map[string]string, events []kefu.TrackingEvent, tz string) string {
	var b strings.Builder
	b.WriteString(m["progress_title"])
	for i, e := range events {
		mark := "✓"
		if i == len(events)-1 && e.Status != "delivered" {
			mark = "●"
		}
		b.WriteString("\n" + mark + " " + formatTime(e.At, tz))
		if e.Location != "" {
			b.WriteString(" · " + e.Location)
		}
		text := lookup(m, "status."+e.Status, e.Status)
		if e.Description != "" {
			text = e.Description
		}
		b.WriteString(" — " + text)
	}
	return b.String()
}

// formatTime shows t in the IANA zone tz (the shop's), or in UTC when tz
// is empty or unknown.
func formatTime(t time.Time, tz string) string {
	if tz != "" {
		if loc, err := time.LoadLocation(tz); err == nil {
			return t.In(loc).Format("2006-01-02 15:04 MST")
		}
	}
	return t.UTC().Format("2006-01-02 15:04 UTC")
}

func lookup(m map[string]string, key, def string) string {
	if v, ok := m[key]; ok {
		return v
	}
	return def
}

// fill replaces {name} with vals[name]; unknown names become "".
func fill(tpl string, vals map[string]string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(tpl, '{')
		if i < 0 {
			b.WriteString(tpl)
			return b.String()
		}
		j := strings.IndexByte(tpl[i:], '}')
		if j < 0 {
			b.WriteString(tpl)
			return b.String()
		}
		b.WriteString(tpl[:i])
		b.WriteString(vals[tpl[i+1:i+j]])
		tpl = tpl[i+j+1:]
	}
}

// Findings renders coded facts in lang, one sentence each, from the
// templates "finding.<code>"; codes without a template are left out.
func (c *Composer) Findings(lang string, fs []kefu.Finding) []string {
	m, _ := c.table(lang)
	var out []string
	for _, f := range fs {
		if tpl := m["finding."+f.Code]; tpl != "" {
			out = append(out, fill(tpl, f.Values))
		}
	}
	return out
}

// findings renders coded facts as a list, one "• " line each, from the
// templates "finding.<code>"; a code without a template is left out.
func findings(m map[string]string, fs []kefu.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		tpl := m["finding."+f.Code]
		if tpl == "" {
			continue
		}
		b.WriteString("\n• ")
		b.WriteString(fill(tpl, f.Values))
	}
	return b.String()
}

// traceCard puts a traceability card in words: its subtitle is the
// verdict ("trace_verdict.<verdict>") and its facts' labels are keys
// ("trace_fact.<label>").
func traceCard(m map[string]string, c kefu.Card) kefu.Card {
	c.Subtitle = lookup(m, "trace_verdict."+c.Verdict, c.Verdict)
	facts := make([]kefu.CardFact, len(c.Facts))
	for i, f := range c.Facts {
		facts[i] = kefu.CardFact{Label: lookup(m, "trace_fact."+f.Label, f.Label), Value: f.Value}
	}
	c.Facts = facts
	return c
}
