package freshness

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log/slog"
	"maps"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/money"
)

// Service turns feeds into catalogue facts, promotions and review work,
// and carries out the review queue's decisions (review.go).
type Service struct {
	Store kefu.Store
	// Now is the clock; nil means time.Now.
	Now kefu.Clock
	// Logger receives the poller's errors; nil means slog.Default().
	Logger *slog.Logger
	// Changed, if set, is told when a shop's articles, products or
	// promotions changed, so that caches (the knowledge index) drop them.
	Changed func(tenantID string)
}

// Result counts what a delivery changed.
type Result struct {
	// Skipped is set when the body was the same as the last one that
	// was applied: nothing was read.
	Skipped           bool `json:"skipped,omitempty"`
	Products          int  `json:"products"`           // products in the feed
	Unchanged         int  `json:"unchanged"`          // products and promotions as last time
	NewProducts       int  `json:"new_products"`       // each got draft articles
	PriceChanges      int  `json:"price_changes"`      // facts updated
	StockChanges      int  `json:"stock_changes"`      // facts updated
	OtherChanges      int  `json:"other_changes"`      // names, descriptions, attributes
	RemovedProducts   int  `json:"removed_products"`   // full feeds only
	Promotions        int  `json:"promotions"`         // promotions in the feed
	PromotionChanges  int  `json:"promotion_changes"`  // new or changed promotions
	PromotionsEnded   int  `json:"promotions_ended"`   // ended by now
	RemovedPromotions int  `json:"removed_promotions"` // full feeds only
	Drafts            int  `json:"drafts"`             // draft articles written
	Stale             int  `json:"stale"`              // articles flagged stale
}

func (s *Service) now() time.Time {
	if s.Now == nil {
		return time.Now().UTC()
	}
	return s.Now().UTC()
}

func (s *Service) logger() *slog.Logger {
	if s.Logger == nil {
		return slog.Default()
	}
	return s.Logger
}

func (s *Service) changed(tenantID string) {
	if s.Changed != nil {
		s.Changed(tenantID)
	}
}

// BodyHash is the SHA-256 of a feed body, hex.
func BodyHash(body []byte) string {
	h := sha256.Sum256(body)
	return hex.EncodeToString(h[:])
}

// Deliver parses body in src's format and applies it, then records the
// run on the source. A body identical to the last applied one is
// skipped. A body that does not parse changes nothing and is recorded
// with its error.
func (s *Service) Deliver(ctx context.Context, src *kefu.FeedSource, body []byte) (*Result, error) {
	hash := BodyHash(body)
	now := s.now()
	if hash == src.LastHash && src.LastError == "" {
		return &Result{Skipped: true}, s.Store.RecordFeedRun(ctx, src.TenantID, src.Name, now, "", hash)
	}
	f, err := Parse(src.Format, body, src.Language, src.Currency)
	var res *Result
	if err == nil {
		res, err = s.Apply(ctx, src, f)
	}
	msg := ""
	if err != nil {
		msg = kefu.ErrorMessage(err)
		if kefu.ErrorCode(err) == kefu.EINTERNAL {
			msg = "internal error"
		}
		hash = "" // so that the same body is tried again
	}
	if rerr := s.Store.RecordFeedRun(ctx, src.TenantID, src.Name, now, msg, hash); rerr != nil && err == nil {
		err = rerr
	}
	if err != nil {
		return nil, err
	}
	return res, nil
}

// mention is something a feed changed that articles may mention: the
// needles (SKU, names, a promotion's code), lower case, and why an
// article mentioning one is stale.
type mention struct {
	needles []string
	reason  string
	// why is reason in parts, for pages in other languages.
	why kefu.FlagReason
}

func newMention(reason string, why kefu.FlagReason, needles ...string) mention {
	m := mention{reason: reason, why: why}
	for _, n := range needles {
		n = strings.ToLower(strings.TrimSpace(n))
		// Very short needles ("A1", "tea") would match unrelated words.
		if utf8.RuneCountInString(n) >= 3 {
			m.needles = append(m.needles, n)
		}
	}
	return m
}

// Apply applies a parsed feed of src in one transaction: products and
// promotions are written (facts change at once), new products get draft
// articles in the review queue, and published articles that mention a
// changed or removed product, or an ended or removed promotion, are
// flagged stale (out of the answers until reviewed). What each item
// looked like is kept, so that applying the same feed again changes
// nothing.
func (s *Service) Apply(ctx context.Context, src *kefu.FeedSource, f *Feed) (*Result, error) {
	const op = "freshness.Apply"
	t, err := s.Store.FindTenantByID(ctx, src.TenantID)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	lang := src.Language
	if lang == "" {
		lang = t.Settings.DefaultLanguage
	}
	if lang == "" {
		lang = "en"
	}
	now := s.now()
	res := &Result{Products: len(f.Products), Promotions: len(f.Promotions)}
	err = s.Store.InTx(ctx, func(tx kefu.Store) error {
		items, err := tx.FindFeedItems(ctx, t.ID, src.Name)
		if err != nil {
			return err
		}
		prev := make(map[string]*kefu.FeedItem, len(items))
		for _, it := range items {
			prev[it.Kind+"\x00"+it.Key] = it
		}
		listed := make(map[string]bool, len(f.Products)+len(f.Promotions))
		var (
			save, del []*kefu.FeedItem
			mentions  []mention
		)
		for _, p := range f.Products {
			key := kefu.FeedItemProduct + "\x00" + p.SKU
			listed[key] = true
			h := hashOf(p)
			if old := prev[key]; old != nil && old.Hash == h {
				res.Unchanged++
				continue
			}
			ms, err := s.applyProduct(ctx, tx, t.ID, src, lang, p, res)
			if err != nil {
				return kefu.InField("products["+p.SKU+"]", err)
			}
			mentions = append(mentions, ms...)
			save = append(save, &kefu.FeedItem{Kind: kefu.FeedItemProduct, Key: p.SKU, Hash: h, SeenAt: now})
		}
		for _, p := range f.Promotions {
			key := kefu.FeedItemPromotion + "\x00" + p.ID
			listed[key] = true
			h := hashOf(p)
			old := prev[key]
			if old != nil && old.Hash == h {
				res.Unchanged++
				continue
			}
			ms, err := s.applyPromotion(ctx, tx, t.ID, p)
			if err != nil {
				return kefu.InField("promotions["+p.ID+"]", err)
			}
			res.PromotionChanges++
			mentions = append(mentions, ms...)
			it := &kefu.FeedItem{Kind: kefu.FeedItemPromotion, Key: p.ID, Hash: h, EndsAt: p.End, SeenAt: now}
			if !p.End.IsZero() && !now.Before(p.End) {
				it.Ended = true
				res.PromotionsEnded++
				n, err := flagEnded(ctx, tx, t.ID, p.ID, p.Code, p.End)
				if err != nil {
					return err
				}
				res.Stale += n
			}
			save = append(save, it)
		}
		if f.Full {
			for k, it := range prev {
				if listed[k] {
					continue
				}
				ms, err := s.removeItem(ctx, tx, t.ID, it, res)
				if err != nil {
					return err
				}
				mentions = append(mentions, ms...)
				del = append(del, it)
			}
		}
		if len(f.Removed) > 0 {
			ms, gone, err := s.removeMatching(ctx, tx, t.ID, f.Removed, res)
			if err != nil {
				return err
			}
			mentions = append(mentions, ms...)
			for _, sku := range gone {
				if prev[kefu.FeedItemProduct+"\x00"+sku] != nil {
					del = append(del, &kefu.FeedItem{Kind: kefu.FeedItemProduct, Key: sku})
				}
			}
		}
		if err := tx.SaveFeedItems(ctx, t.ID, src.Name, save, del); err != nil {
			return err
		}
		n, err := flagMentions(ctx, tx, t.ID, "feed:"+src.Name, "feed "+src.Name, mentions, nil)
		res.Stale += n
		return err
	})
	if err != nil {
		return nil, kefu.E(op, err)
	}
	if len(f.Products)+len(f.Promotions) > res.Unchanged || res.RemovedProducts+res.RemovedPromotions > 0 {
		s.changed(t.ID)
	}
	return res, nil
}

// hashOf is the hash of an item's normalised content (encoding/json
// sorts map keys).
func hashOf(v any) string {
	b, _ := json.Marshal(v)
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:16])
}

// applyProduct writes one new or changed product and returns what
// articles may mention about its change.
func (s *Service) applyProduct(ctx context.Context, tx kefu.Store, tenantID string, src *kefu.FeedSource, lang string,
	p *Product, res *Result) ([]mention, error) {
	cur, err := tx.FindProductBySKU(ctx, tenantID, p.SKU)
	switch {
	case kefu.ErrorCode(err) == kefu.ENOTFOUND:
		cur = nil
	case err != nil:
		return nil, err
	}
	np := toProduct(tenantID, lang, p, cur)
	if err := tx.UpsertProduct(ctx, np); err != nil {
		return nil, err
	}
	if cur == nil {
		res.NewProducts++
		n, err := s.draftProduct(ctx, tx, tenantID, src, lang, p, np)
		res.Drafts += n
		return nil, err
	}
	var ms []mention
	names := append([]string{cur.Name}, nameAttrs(cur)...)
	if cur.Price != np.Price || cur.Currency != np.Currency {
		res.PriceChanges++
		was, now := money.New(cur.Price, money.Currency(cur.Currency)), money.New(np.Price, money.Currency(np.Currency))
		ms = append(ms, newMention(fmt.Sprintf("price of %s (%s) changed from %s to %s", np.Name, np.SKU, was.Format("en"), now.Format("en")),
			kefu.FlagReason{Code: kefu.FlagReasonPriceChanged, Params: map[string]string{"name": np.Name, "sku": np.SKU,
				"old_amount": was.Decimal().String(), "old_currency": cur.Currency,
				"new_amount": now.Decimal().String(), "new_currency": np.Currency}},
			append([]string{np.SKU}, names...)...))
	}
	if cur.Stock != np.Stock {
		// Stock is a fact the skills read when asked; articles do not
		// go stale when it moves (it moves with every order).
		res.StockChanges++
	}
	if cur.Name != np.Name {
		res.OtherChanges++
		ms = append(ms, newMention(fmt.Sprintf("%s (%s) was renamed %s", cur.Name, np.SKU, np.Name),
			kefu.FlagReason{Code: kefu.FlagReasonRenamed, Params: map[string]string{"name": cur.Name, "sku": np.SKU, "new_name": np.Name}},
			append([]string{np.SKU}, names...)...))
	} else if cur.Price == np.Price && cur.Stock == np.Stock {
		res.OtherChanges++
	}
	return ms, nil
}

// toProduct is the catalogue product of p, keeping what the feed does
// not carry (HS code, attributes the shop added) from cur.
func toProduct(tenantID, lang string, p *Product, cur *kefu.Product) *kefu.Product {
	np := &kefu.Product{TenantID: tenantID, SKU: p.SKU, Price: p.Price, Currency: p.Currency, Stock: p.Stock,
		Category: p.Category, Brand: p.Brand, Attributes: map[string]string{}}
	if cur != nil {
		np.HSCode = cur.HSCode
		maps.Copy(np.Attributes, cur.Attributes)
	}
	maps.Copy(np.Attributes, p.Attributes)
	np.Name = p.Names[lang]
	np.Description = p.Descriptions[lang]
	for _, l := range sortedKeys(p.Names) {
		if np.Name == "" {
			np.Name = p.Names[l]
		}
		if l != lang {
			np.Attributes["name_"+l] = p.Names[l]
		}
	}
	for _, l := range sortedKeys(p.Descriptions) {
		if np.Description == "" {
			np.Description = p.Descriptions[l]
		}
		if l != lang {
			np.Attributes["description_"+l] = p.Descriptions[l]
		}
	}
	if len(np.Attributes) == 0 {
		np.Attributes = nil
	}
	return np
}

// nameAttrs returns a product's translated names.
func nameAttrs(p *kefu.Product) []string {
	var out []string
	for _, k := range sortedKeys(p.Attributes) {
		if strings.HasPrefix(k, "name_") {
			out = append(out, p.Attributes[k])
		}
	}
	return out
}

// ProductArticleKey is the key of the draft articles of a new product.
func ProductArticleKey(sku string) string { return "product-" + strings.ToLower(sku) }

// draftProduct writes a draft facts article per language of the new
// product's names and puts each in the review queue; an article the
// shop already has under the key is left alone.
func (s *Service) draftProduct(ctx context.Context, tx kefu.Store, tenantID string, src *kefu.FeedSource, lang string,
	p *Product, np *kefu.Product) (int, error) {
	n := 0
	for _, l := range sortedKeys(p.Names) {
		key := ProductArticleKey(p.SKU)
		if _, err := tx.FindArticleByKey(ctx, tenantID, key, l); err == nil {
			continue
		} else if kefu.ErrorCode(err) != kefu.ENOTFOUND {
			return n, err
		}
		a := &kefu.Article{TenantID: tenantID, Key: key, Language: l, Title: p.Names[l], Body: productBody(l, p, np),
			Tags: []string{"product", p.SKU}, Intents: []string{"product_question"}, Status: kefu.ArticleDraft}
		if err := tx.UpsertArticle(ctx, a); err != nil {
			return n, err
		}
		if err := tx.CreateArticleFlag(ctx, &kefu.ArticleFlag{TenantID: tenantID, ArticleID: a.ID, Kind: kefu.FlagDraft,
			Source: "feed:" + src.Name, By: "feed " + src.Name,
			Reason: fmt.Sprintf("new product %s (%s)", p.Names[l], p.SKU)}); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// productBody is the text of a new product's draft article: what does
// not change often (description, brand, category, attributes). Price and
// stock are left out on purpose: they are facts the skills read from the
// catalogue, so an article never states an old price.
func productBody(l string, p *Product, np *kefu.Product) string {
	var b strings.Builder
	if d := p.Descriptions[l]; d != "" {
		b.WriteString(d)
		b.WriteString("\n\n")
	}
	fmt.Fprintf(&b, "SKU: %s\n", p.SKU)
	if np.Brand != "" {
		fmt.Fprintf(&b, "Brand: %s\n", np.Brand)
	}
	if np.Category != "" {
		fmt.Fprintf(&b, "Category: %s\n", np.Category)
	}
	for _, k := range sortedKeys(p.Attributes) {
		if strings.HasPrefix(k, "shopify_") || strings.HasPrefix(k, "name_") || strings.HasPrefix(k, "description_") {
			continue
		}
		fmt.Fprintf(&b, "%s: %s\n", strings.ReplaceAll(k, "_", " "), p.Attributes[k])
	}
	return strings.TrimSpace(b.String())
}

// applyPromotion writes a new or changed promotion: customers are told
// of it between its start and end (the skills ask for the promotions
// active now). A changed code makes articles naming the old one stale.
func (s *Service) applyPromotion(ctx context.Context, tx kefu.Store, tenantID string, p *Promotion) ([]mention, error) {
	cur, err := tx.FindPromotionByID(ctx, tenantID, p.ID)
	switch {
	case kefu.ErrorCode(err) == kefu.ENOTFOUND:
		cur = nil
	case err != nil:
		return nil, err
	}
	np := &kefu.Promotion{ID: p.ID, TenantID: tenantID, Code: p.Code, Text: p.Terms, Start: p.Start, End: p.End,
		Categories: p.Categories, Products: p.Products, MinTotal: p.MinTotal, Currency: p.Currency}
	if err := tx.UpsertPromotion(ctx, np); err != nil {
		return nil, err
	}
	if cur != nil && cur.Code != "" && cur.Code != p.Code {
		return []mention{newMention(fmt.Sprintf("promotion %s: code %s is now %s", p.ID, cur.Code, p.Code),
			kefu.FlagReason{Code: kefu.FlagReasonPromotionCode, Params: map[string]string{"promotion": p.ID, "code": cur.Code, "new_code": p.Code}},
			cur.Code)}, nil
	}
	return nil, nil
}

// removeItem removes a product or promotion a full feed no longer lists.
func (s *Service) removeItem(ctx context.Context, tx kefu.Store, tenantID string, it *kefu.FeedItem, res *Result) ([]mention, error) {
	switch it.Kind {
	case kefu.FeedItemProduct:
		cur, err := tx.FindProductBySKU(ctx, tenantID, it.Key)
		if kefu.ErrorCode(err) == kefu.ENOTFOUND {
			return nil, nil
		} else if err != nil {
			return nil, err
		}
		if err := tx.DeleteProduct(ctx, tenantID, it.Key); err != nil {
			return nil, err
		}
		res.RemovedProducts++
		return []mention{newMention(fmt.Sprintf("%s (%s) is no longer sold", cur.Name, cur.SKU), discontinued(cur),
			append([]string{cur.SKU, cur.Name}, nameAttrs(cur)...)...)}, nil
	case kefu.FeedItemPromotion:
		cur, err := tx.FindPromotionByID(ctx, tenantID, it.Key)
		if kefu.ErrorCode(err) == kefu.ENOTFOUND {
			return nil, nil
		} else if err != nil {
			return nil, err
		}
		if err := tx.DeletePromotion(ctx, tenantID, it.Key); err != nil {
			return nil, err
		}
		res.RemovedPromotions++
		return []mention{newMention("promotion "+cur.ID+" was withdrawn",
			kefu.FlagReason{Code: kefu.FlagReasonPromotionWithdrawn, Params: map[string]string{"promotion": cur.ID, "code": cur.Code}},
			cur.Code, cur.ID)}, nil
	}
	return nil, nil
}

// removeMatching deletes the products whose attributes match one of
// ms and returns what articles may mention of them and their SKUs.
func (s *Service) removeMatching(ctx context.Context, tx kefu.Store, tenantID string, ms []AttributeMatch, res *Result) ([]mention, []string, error) {
	all, err := kefu.AllProducts(ctx, tx, kefu.ProductFilter{TenantID: tenantID})
	if err != nil {
		return nil, nil, err
	}
	var (
		out  []mention
		gone []string
	)
	for _, p := range all {
		for _, m := range ms {
			if p.Attributes[m.Key] != m.Value {
				continue
			}
			if err := tx.DeleteProduct(ctx, tenantID, p.SKU); err != nil {
				return nil, nil, err
			}
			res.RemovedProducts++
			gone = append(gone, p.SKU)
			out = append(out, newMention(fmt.Sprintf("%s (%s) is no longer sold", p.Name, p.SKU), discontinued(p),
				append([]string{p.SKU, p.Name}, nameAttrs(p)...)...))
			break
		}
	}
	return out, gone, nil
}

// containsWord reports whether text holds needle as a whole word: not
// preceded or followed by a letter or digit ("S-1" is not in "S-10",
// "toner" not in "toners"). Next to a CJK or Thai character, which do
// not separate words with spaces, any neighbour counts as a boundary.
func containsWord(text, needle string) bool {
	for from := 0; ; {
		i := strings.Index(text[from:], needle)
		if i < 0 {
			return false
		}
		i += from
		end := i + len(needle)
		first, _ := utf8.DecodeRuneInString(needle)
		last, _ := utf8.DecodeLastRuneInString(needle)
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if (i == 0 || boundary(before, first)) && (end == len(text) || boundary(after, last)) {
			return true
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		from = i + size
	}
}

// boundary reports whether neighbour ends a word that edge (the
// needle's first or last character) begins or ends.
func boundary(neighbour, edge rune) bool {
	if unicode.In(edge, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Thai) {
		return true
	}
	return !unicode.IsLetter(neighbour) && !unicode.IsDigit(neighbour)
}

// discontinued is the structured reason of a product no longer sold.
func discontinued(p *kefu.Product) kefu.FlagReason {
	return kefu.FlagReason{Code: kefu.FlagReasonDiscontinued, Params: map[string]string{"name": p.Name, "sku": p.SKU}}
}

// flagMentions flags stale every answerable article that mentions one
// of mentions, with source and by, and returns how many it flagged.
// skip, if set, leaves alone the articles for which it returns true.
func flagMentions(ctx context.Context, tx kefu.Store, tenantID, source, by string, mentions []mention,
	skip func(*kefu.Article) (bool, error)) (int, error) {
	if len(mentions) == 0 {
		return 0, nil
	}
	arts, err := tx.FindArticles(ctx, kefu.ArticleFilter{TenantID: tenantID, Answerable: true})
	if err != nil {
		return 0, err
	}
	n := 0
	for _, a := range arts {
		text := strings.ToLower(a.Title + "\n" + a.Body + "\n" + strings.Join(a.Tags, "\n"))
		var (
			reasons []string
			whys    []kefu.FlagReason
		)
		for _, m := range mentions {
			for _, nd := range m.needles {
				if containsWord(text, nd) {
					reasons = append(reasons, m.reason)
					if len(whys) < kefu.MaxFlagReasons {
						whys = append(whys, m.why)
					}
					break
				}
			}
		}
		if len(reasons) == 0 {
			continue
		}
		if skip != nil {
			if ok, err := skip(a); err != nil {
				return n, err
			} else if ok {
				continue
			}
		}
		reason := strings.Join(reasons[:min(len(reasons), 3)], "; ")
		if len(reasons) > 3 {
			reason += fmt.Sprintf("; and %d more", len(reasons)-3)
		}
		if len(reason) > kefu.MaxFlagReasonLen {
			reason = reason[:kefu.MaxFlagReasonLen-3] + "..."
		}
		if err := tx.CreateArticleFlag(ctx, &kefu.ArticleFlag{TenantID: tenantID, ArticleID: a.ID, Kind: kefu.FlagStale,
			Source: source, By: by, Reason: reason, Reasons: whys, Withdraws: true}); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// SweepWindow is how far back Sweep looks for ended promotions: a node
// that was down for longer misses the ends before it.
const SweepWindow = 30 * 24 * time.Hour

// PromotionSource is the flag source of articles made stale by the end
// of promotion id.
func PromotionSource(id string) string { return "promotion:" + id }

// flagEnded flags stale the answerable articles that mention the ended
// promotion (its code or id), each once: an article that ever had a
// flag of the promotion's source (a reviewer may have kept it) is left
// alone. It returns how many it flagged.
func flagEnded(ctx context.Context, tx kefu.Store, tenantID, id, code string, end time.Time) (int, error) {
	source := PromotionSource(id)
	m := newMention(fmt.Sprintf("promotion %s ended %s", id, end.Format(time.RFC3339)),
		kefu.FlagReason{Code: kefu.FlagReasonPromotionEnded, Params: map[string]string{"promotion": id, "code": code, "ended": end.Format(time.RFC3339)}},
		code, id)
	return flagMentions(ctx, tx, tenantID, source, "promotion "+id, []mention{m}, func(a *kefu.Article) (bool, error) {
		fs, err := tx.FindArticleFlags(ctx, kefu.ArticleFlagFilter{TenantID: tenantID, ArticleID: a.ID, Kind: kefu.FlagStale})
		if err != nil {
			return false, err
		}
		for _, f := range fs {
			if f.Source == source {
				return true, nil
			}
		}
		return false, nil
	})
}

// Sweep handles the promotions of every shop, from feeds or the admin
// API, that ended within SweepWindow: articles mentioning them are
// flagged stale, once per promotion and article. Customers stop being
// told of a promotion at its end by itself (the skills ask for the
// active ones); the sweep takes the prose with it. It returns how many
// articles it flagged.
func (s *Service) Sweep(ctx context.Context) (int, error) {
	ts, err := s.Store.FindTenants(ctx)
	if err != nil {
		return 0, err
	}
	now := s.now()
	total := 0
	for _, t := range ts {
		var ended []*kefu.Promotion
		for after := ""; ; {
			ps, err := s.Store.FindPromotions(ctx, kefu.PromotionFilter{TenantID: t.ID, After: after, Limit: 1000})
			if err != nil {
				return total, err
			}
			for _, p := range ps {
				if !p.End.IsZero() && !now.Before(p.End) && now.Sub(p.End) <= SweepWindow {
					ended = append(ended, p)
				}
			}
			if len(ps) < 1000 {
				break
			}
			after = ps[len(ps)-1].ID
		}
		if len(ended) == 0 {
			continue
		}
		n := 0
		err = s.Store.InTx(ctx, func(tx kefu.Store) error {
			for _, p := range ended {
				k, err := flagEnded(ctx, tx, t.ID, p.ID, p.Code, p.End)
				if err != nil {
					return err
				}
				n += k
			}
			return nil
		})
		if err != nil {
			return total, err
		}
		total += n
		if n > 0 {
			s.changed(t.ID)
		}
	}
	return total, nil
}
