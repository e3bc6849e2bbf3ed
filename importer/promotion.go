package importer

import (
	"context"
	"fmt"
	"time"

	"github.com/kefu-ai/kefu"
)

// settingsRecord is the "settings" object of a shop document: the
// tenant's settings, and the shop's promotions and canned replies, which
// kefu keeps in their own tables (kefu.PromotionService,
// kefu.CannedReplyService) but a shop document still carries here.
type settingsRecord struct {
	kefu.TenantSettings
	Promotions    []promotionRecord `json:"promotions"`
	CannedReplies []cannedRecord    `json:"canned_replies"`
}

// promotionRecord is one promotion of a shop document.
type promotionRecord struct {
	at         pos
	ID         string            `json:"id"`
	Code       string            `json:"code"`
	Text       map[string]string `json:"text"`
	Start      string            `json:"start"`
	End        string            `json:"end"`
	Categories []string          `json:"categories"`
	Products   []string          `json:"products"`
	MinTotal   money             `json:"min_total"`
	Currency   string            `json:"currency"`
}

// cannedRecord is one canned reply of a shop document.
type cannedRecord struct {
	at       pos
	ID       string `json:"id"`
	Title    string `json:"title"`
	Language string `json:"language"`
	Text     string `json:"text"`
}

// checkPromotions checks the promotions of a shop document. Text
// languages are kept as written and must be canonical BCP 47 tags
// (kefu.CheckLanguage), as they were when promotions lived in the
// settings. Start and end are RFC 3339 times or plain dates (midnight in
// the shop's time zone); the zero time encoding/json writes for an unset
// time.Time ("0001-01-01T00:00:00Z") means unset. A min_total without a
// currency is in the shop's currency.
func checkPromotions(sh *shop, recs []promotionRecord, ps *problems) []item[*kefu.Promotion] {
	var out []item[*kefu.Promotion]
	seen := dups{}
	for _, r := range recs {
		c := newChecker(ps, r.at)
		p := &kefu.Promotion{TenantID: sh.tenantID, ID: r.ID, Code: r.Code, Text: r.Text, Categories: r.Categories, Products: r.Products}
		c.add(checkID("id", r.ID, true))
		c.add(checkText("code", r.Code, false, maxShort, false))
		for l, v := range r.Text {
			c.add(checkText("text."+l, v, true, maxText, true))
		}
		p.Start = promotionTime(c, "start", r.Start, sh.loc)
		p.End = promotionTime(c, "end", r.End, sh.loc)
		for _, cat := range r.Categories {
			c.add(checkText("category", cat, true, maxShort, false))
		}
		for _, sku := range r.Products {
			c.add(checkID("products sku", sku, true))
		}
		if r.MinTotal.kind != 0 || r.Currency != "" {
			p.Currency = sh.currencyOf(c, r.Currency)
			var msg string
			p.MinTotal, msg = r.MinTotal.resolve("min_total", p.Currency, false)
			c.add(msg)
		}
		seen.check(ps, r.at, fmt.Sprintf("promotion %q", r.ID), r.ID)
		c.validate(p)
		if c.ok() {
			out = append(out, item[*kefu.Promotion]{r.at, p})
		}
	}
	return out
}

// promotionTime parses a promotion's start or end; "" and the zero time
// are unset.
func promotionTime(c *checker, field, s string, loc *time.Location) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, msg := parseTime(field, s, loc)
	c.add(msg)
	if t.IsZero() {
		return time.Time{}
	}
	return t
}

// checkCanned checks the canned replies of a shop document. The language
// is kept as written and must be a canonical BCP 47 tag, or empty.
func checkCanned(sh *shop, recs []cannedRecord, ps *problems) []item[*kefu.CannedReply] {
	var out []item[*kefu.CannedReply]
	seen := dups{}
	for _, r := range recs {
		c := newChecker(ps, r.at)
		cr := &kefu.CannedReply{TenantID: sh.tenantID, ID: r.ID, Title: r.Title, Language: r.Language, Text: r.Text}
		c.add(checkID("id", r.ID, true))
		c.add(checkText("title", r.Title, false, maxShort, false))
		c.add(checkText("text", r.Text, true, maxText, true))
		seen.check(ps, r.at, fmt.Sprintf("canned reply %q", r.ID), r.ID)
		c.validate(cr)
		if c.ok() {
			out = append(out, item[*kefu.CannedReply]{r.at, cr})
		}
	}
	return out
}

func (w *writer) promotions(ctx context.Context, b *batch) error {
	for _, it := range b.promotions {
		if err := w.tx.UpsertPromotion(ctx, it.v); err != nil {
			return w.fail(it.at, fmt.Sprintf("promotion %q", it.v.ID), err)
		}
		w.sum.Promotions++
	}
	return nil
}

func (w *writer) cannedReplies(ctx context.Context, b *batch) error {
	for _, it := range b.canned {
		if err := w.tx.UpsertCannedReply(ctx, it.v); err != nil {
			return w.fail(it.at, fmt.Sprintf("canned reply %q", it.v.ID), err)
		}
		w.sum.CannedReplies++
	}
	return nil
}
