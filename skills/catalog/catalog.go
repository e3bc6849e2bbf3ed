package catalog

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/money"
)

// Name is the skill's identifier in traces.
const Name = "catalog"

// Intents the skill claims.
const (
	IntentPrice   = "price_promotion"
	IntentStock   = "stock_availability"
	IntentProduct = "product_question"
)

// SlotProduct is the conversation slot holding the SKUs of the products
// last discussed, comma separated. The customs skill writes the same slot
// (customs.SlotProduct), so "and how much is it?" after a duty question
// is about the same product.
const SlotProduct = kefu.SlotProduct

// SlotQuestion keeps what the customer asked ("price", "stock", ...)
// while the skill asks which product, so that the bare answer ("the
// 20000mAh one", "GM-PB-20K") gets the answer to the question.
const SlotQuestion = "catalog_question"

// ExpectProduct is what the skill asks for (kefu.SkillResult.Expecting):
// the NLU entity type that answers it.
const ExpectProduct = "product"

// Outcomes of the skill, keys of the composer templates.
const (
	OutcomeAskProduct       = "catalog_ask_product"
	OutcomeChooseProduct    = "catalog_choose_product"
	OutcomeNotFound         = "catalog_product_not_found"
	OutcomePrice            = "catalog_price"
	OutcomePriceNoPromotion = "catalog_price_no_promotion"
	OutcomePromotions       = "catalog_promotions"
	OutcomeNoPromotions     = "catalog_no_promotions"
	OutcomeInStock          = "catalog_in_stock"
	OutcomeLowStock         = "catalog_low_stock"
	OutcomeOutOfStock       = "catalog_out_of_stock"
	OutcomeOutOfStockUntil  = "catalog_out_of_stock_restock"
	OutcomeOptions          = "catalog_options"
	OutcomeShades           = "catalog_shades"
	OutcomeOrigin           = "catalog_origin"
	OutcomeShelfLife        = "catalog_shelf_life"
	OutcomeMaterial         = "catalog_material"
	OutcomeIngredients      = "catalog_ingredients"
	OutcomeDetails          = "catalog_details"
	OutcomeDetailsOther     = "catalog_details_other_language"
)

// DefaultLowStock is the stock from which down the answer says how many
// are left.
const DefaultLowStock = 10

// maxChoices is how many products a "which one?" question lists.
const maxChoices = 3

var _ kefu.Skill = (*Skill)(nil)

// Skill answers price, stock, option and product questions from the
// catalogue and promotion questions from the shop's active promotions. It
// is safe for concurrent use.
type Skill struct {
	Products kefu.ProductService
	// Promotions are read only for answers that mention offers (prices
	// and promotion questions); nil means the shop has none.
	Promotions kefu.PromotionService
	Now        kefu.Clock
	// LowStock overrides DefaultLowStock when positive.
	LowStock int
}

// Name implements kefu.Skill.
func (s *Skill) Name() string { return Name }

// Intents implements kefu.Skill.
func (s *Skill) Intents() []string { return []string{IntentPrice, IntentStock, IntentProduct} }

// cueWords is built once: the phrase trie is read-only after building.
var cueWords = newCues()

func (s *Skill) now() time.Time { return s.Now.Time() }

// turn is what Run gathered about the message.
type turn struct {
	st   *kefu.TurnState
	lang string
	cues aspects
}

// Run implements kefu.Skill.
func (s *Skill) Run(ctx context.Context, st *kefu.TurnState) (kefu.SkillResult, error) {
	const op = "catalog.Run"
	t := &turn{st: st, lang: st.ReplyLanguage()}
	text := st.Message.Text
	if st.Understanding.Normalized != "" {
		text = st.Understanding.Normalized
	}
	var rest string
	t.cues, rest = cueWords.find(text)
	want := t.aspect()
	pending := aspectNamed(st.Conversation.Slots[SlotQuestion])
	if pending != aspectNone && (want == aspectNone || !slices.Contains(s.Intents(), st.Understanding.Intent)) {
		// The answer to "which product?": the question asked before.
		want = pending
	}
	// asking asks back about the product, keeping the question.
	asking := func(r kefu.SkillResult) (kefu.SkillResult, error) {
		r.SetSlots = map[string]string{SlotQuestion: aspectNames[want]}
		return r, nil
	}

	f, err := s.find(ctx, t, text, rest)
	if err != nil {
		return kefu.SkillResult{}, kefu.E(op, err)
	}
	if f.reply != nil {
		return asking(*f.reply)
	}
	p := f.product
	if p == nil && want == aspectPromotion {
		// "Any promotions?" with no product: the shop's offers.
		res, err := s.promotions(ctx, t)
		if err != nil {
			return kefu.SkillResult{}, kefu.E(op, err)
		}
		return res, nil
	}
	if p == nil && len(f.weak) > 0 {
		// A word of some products' names ("the sweater"): the
		// remembered product if it is one of them; the one product if
		// no other is remembered; else a choice.
		p = rememberedAmong(t, f.weak)
		if p == nil && len(f.weak) == 1 && len(slotSKUs(t.st)) == 0 {
			p = f.weak[0]
		}
		if p == nil {
			return asking(*t.choose(nil, f.weak))
		}
	}
	if p == nil && !f.other {
		var res *kefu.SkillResult
		p, res, err = s.remembered(ctx, t)
		if err != nil {
			return kefu.SkillResult{}, kefu.E(op, err)
		}
		if res != nil {
			return asking(*res)
		}
	}
	if p == nil {
		return asking(kefu.SkillResult{Outcome: OutcomeAskProduct, Expecting: ExpectProduct})
	}
	res, err := s.answer(ctx, t, p, want)
	if err != nil {
		return kefu.SkillResult{}, kefu.E(op, err)
	}
	res.Records = []kefu.RecordRef{{Kind: "product", ID: p.ID}}
	res.SetSlots = map[string]string{SlotProduct: p.SKU, SlotQuestion: ""}
	res.Data["sku"] = p.SKU
	if res.Data["product"] == "" {
		res.Data["product"] = p.NameIn(t.lang)
	}
	// A product card for clients that draw one: the name, the price in
	// the shop's currency and the SKU.
	card := kefu.Card{Type: kefu.CardProduct, Title: res.Data["product"], Code: p.SKU}
	if price, err := shopPrice(p, t.st.Tenant.Settings.Currency); err == nil {
		card.Subtitle = price.Format(t.lang)
	}
	res.Cards = []kefu.Card{card}
	return res, nil
}

// aspect is what the question asks, from the intent and its words.
func (t *turn) aspect() aspect {
	switch t.st.Understanding.Intent {
	case IntentStock:
		if t.cues.has(aspectOptions) {
			return aspectOptions
		}
		return aspectStock
	case IntentPrice:
		if t.cues.has(aspectPromotion) && !t.cues.has(aspectPrice) {
			return aspectPromotion
		}
		return aspectPrice
	}
	for _, a := range []aspect{aspectPrice, aspectPromotion, aspectOptions, aspectStock, aspectOrigin, aspectShelfLife, aspectMaterial} {
		if t.cues.has(a) {
			return a
		}
	}
	return aspectNone
}

// found is what the message says about the product asked for.
type found struct {
	product *kefu.Product     // the product it names
	reply   *kefu.SkillResult // or a question to ask back
	weak    []*kefu.Product   // or products sharing a word with it
	other   bool              // or it seems to name a product the catalogue lacks
}

// find looks for the product the message names: a product or SKU entity
// (checking that the name as written fits no other product), else a
// product name in the text. rest is the text without its cue words.
func (s *Skill) find(ctx context.Context, t *turn, text, rest string) (found, error) {
	var ent *kefu.Entity
	for i, e := range t.st.Understanding.Entities {
		if e.Type == "product" || e.Type == "sku" {
			ent = &t.st.Understanding.Entities[i]
			break
		}
	}
	tenant := t.st.Tenant.ID
	if ent != nil {
		p, err := s.Products.FindProductBySKU(ctx, tenant, ent.Value)
		if kefu.ErrorCode(err) == kefu.ENOTFOUND {
			return found{reply: &kefu.SkillResult{Outcome: OutcomeNotFound, Expecting: ExpectProduct, Data: map[string]string{"product": ent.Text}}}, nil
		} else if err != nil {
			return found{}, err
		}
		if ent.Type == "sku" {
			return found{product: p}, nil
		}
		// The name as written may fit more products than the one the
		// entity picked ("the power bank" of a shop with two).
		ix, err := s.index(ctx, tenant)
		if err != nil {
			return found{}, err
		}
		if ps := ix.containing(ent.Text); len(ps) > 1 && containsSKU(ps, p.SKU) {
			if q := rememberedAmong(t, ps); q != nil {
				return found{product: q}, nil
			}
			return found{reply: t.choose(p, ps)}, nil
		}
		return found{product: p}, nil
	}
	ix, err := s.index(ctx, tenant)
	if err != nil {
		return found{}, err
	}
	switch ps := ix.mentioned(text); {
	case len(ps) == 1:
		return found{product: ps[0]}, nil
	case len(ps) > 1:
		if q := rememberedAmong(t, ps); q != nil {
			return found{product: q}, nil
		}
		return found{reply: t.choose(nil, ps)}, nil
	}
	return found{weak: ix.weak(rest), other: ix.namesOther(rest)}, nil
}

// index builds the name index of the tenant's catalogue.
func (s *Skill) index(ctx context.Context, tenantID string) (*index, error) {
	ps, err := kefu.AllProducts(ctx, s.Products, kefu.ProductFilter{TenantID: tenantID})
	if err != nil {
		return nil, err
	}
	return newIndex(ps), nil
}

// choose asks which of several products the customer means, first first.
func (t *turn) choose(first *kefu.Product, ps []*kefu.Product) *kefu.SkillResult {
	var lines []string
	seen := map[string]bool{}
	add := func(p *kefu.Product) {
		if p != nil && !seen[p.SKU] && len(lines) < maxChoices {
			seen[p.SKU] = true
			lines = append(lines, "• "+p.NameIn(t.lang)+" ("+p.SKU+")")
		}
	}
	add(first)
	for _, p := range ps {
		add(p)
	}
	return &kefu.SkillResult{Outcome: OutcomeChooseProduct, Expecting: ExpectProduct,
		Data: map[string]string{"choices": strings.Join(lines, "\n"), "count": strconv.Itoa(len(ps))}}
}

// remembered returns the product kept in the conversation slot; several
// remembered products are a "which one?" question.
func (s *Skill) remembered(ctx context.Context, t *turn) (*kefu.Product, *kefu.SkillResult, error) {
	var ps []*kefu.Product
	for _, sku := range slotSKUs(t.st) {
		p, err := s.Products.FindProductBySKU(ctx, t.st.Tenant.ID, sku)
		if kefu.ErrorCode(err) == kefu.ENOTFOUND {
			continue // gone from the catalogue, or never this shop's
		} else if err != nil {
			return nil, nil, err
		}
		ps = append(ps, p)
	}
	switch len(ps) {
	case 0:
		return nil, nil, nil
	case 1:
		return ps[0], nil, nil
	}
	return nil, t.choose(nil, ps), nil
}

func slotSKUs(st *kefu.TurnState) []string {
	var out []string
	for _, s := range strings.Split(st.Conversation.Slots[SlotProduct], ",") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// rememberedAmong returns the product of ps the conversation is about, if
// exactly one is.
func rememberedAmong(t *turn, ps []*kefu.Product) *kefu.Product {
	var found *kefu.Product
	for _, sku := range slotSKUs(t.st) {
		for _, p := range ps {
			if p.SKU == sku {
				if found != nil && found != p {
					return nil
				}
				found = p
			}
		}
	}
	return found
}

func containsSKU(ps []*kefu.Product, sku string) bool {
	for _, p := range ps {
		if p.SKU == sku {
			return true
		}
	}
	return false
}

// answer answers question a about product p.
func (s *Skill) answer(ctx context.Context, t *turn, p *kefu.Product, a aspect) (kefu.SkillResult, error) {
	res := kefu.SkillResult{Data: map[string]string{}}
	switch a {
	case aspectPrice, aspectPromotion:
		price, err := shopPrice(p, t.st.Tenant.Settings.Currency)
		if err != nil {
			return res, err
		}
		res.Outcome = OutcomePrice
		res.Data["price"] = price.Format(t.lang)
		ps, err := s.applicable(ctx, t.st.Tenant.ID, p)
		if err != nil {
			return res, err
		}
		if addPromotions(res.Data, ps, t) == 0 && a == aspectPromotion {
			// Asked about offers on this product: say there is none.
			res.Outcome = OutcomePriceNoPromotion
		}
		return res, nil
	case aspectStock:
		s.stock(t, p, &res)
		return res, nil
	case aspectOptions:
		if v, kind := options(p); v != "" {
			res.Outcome = OutcomeOptions
			if kind == "shades" && isCount(v) {
				res.Outcome = OutcomeShades
				res.Data["count"] = v
			}
			res.Data["options"] = v
			return res, nil
		}
	case aspectOrigin:
		if o := strings.TrimSpace(p.Attributes["origin"]); o != "" && len(o) > 2 {
			// A bare country code ("NO") would read badly; the
			// description usually says more.
			res.Outcome, res.Data["origin"] = OutcomeOrigin, o
			return res, nil
		}
	case aspectShelfLife:
		if d := p.Attributes["shelf_life_days"]; isCount(d) {
			res.Outcome, res.Data["days"] = OutcomeShelfLife, d
			return res, nil
		}
	case aspectMaterial:
		if m := p.Attributes["material"]; m != "" {
			res.Outcome, res.Data["material"] = OutcomeMaterial, m
			return res, nil
		}
		if m := p.Attributes["key_ingredients"]; m != "" {
			res.Outcome, res.Data["ingredients"] = OutcomeIngredients, strings.ReplaceAll(m, ",", ", ")
			return res, nil
		}
	}
	// What the catalogue cannot answer precisely: the product's
	// description with its price, which often holds the answer ("in
	// charcoal, camel and ivory").
	price, err := shopPrice(p, t.st.Tenant.Settings.Currency)
	if err != nil {
		return res, err
	}
	res.Data["price"] = price.Format(t.lang)
	res.Outcome = OutcomeDetails
	desc, dlang := description(p, t.lang, t.st.Tenant.Settings.DefaultLanguage)
	res.Data["description"] = desc
	if dlang != "" && dlang != t.lang {
		res.Outcome = OutcomeDetailsOther
		res.Data["details_language"] = dlang
	}
	return res, nil
}

// stock fills res with p's availability.
func (s *Skill) stock(t *turn, p *kefu.Product, res *kefu.SkillResult) {
	low := s.LowStock
	if low <= 0 {
		low = DefaultLowStock
	}
	switch {
	case p.Stock <= 0:
		res.Outcome = OutcomeOutOfStock
		if d, err := time.Parse("2006-01-02", p.Attributes["restock_date"]); err == nil && !d.Before(s.now().Truncate(24*time.Hour)) {
			res.Outcome = OutcomeOutOfStockUntil
			res.Data["restock"] = d.Format("2006-01-02")
		}
	case p.Stock <= low:
		res.Outcome = OutcomeLowStock
		res.Data["count"] = strconv.Itoa(p.Stock)
	default:
		res.Outcome = OutcomeInStock
	}
}

// promotions lists the shop's active promotions.
func (s *Skill) promotions(ctx context.Context, t *turn) (kefu.SkillResult, error) {
	ps, err := s.active(ctx, t.st.Tenant.ID)
	if err != nil {
		return kefu.SkillResult{}, err
	}
	data := map[string]string{}
	if addPromotions(data, ps, t) == 0 {
		return kefu.SkillResult{Outcome: OutcomeNoPromotions, Data: data}, nil
	}
	res := kefu.SkillResult{Outcome: OutcomePromotions, Data: data}
	for _, pr := range ps {
		res.Records = append(res.Records, kefu.RecordRef{Kind: "promotion", ID: pr.ID})
	}
	return res, nil
}

// active returns the shop's promotions running now, ordered by ID.
func (s *Skill) active(ctx context.Context, tenantID string) ([]*kefu.Promotion, error) {
	if s.Promotions == nil {
		return nil, nil
	}
	return s.Promotions.FindPromotions(ctx, kefu.PromotionFilter{TenantID: tenantID, ActiveAt: s.now()})
}

// applicable returns the active promotions that cover p
// (kefu.Promotion.Applies): whole-shop ones and those of p's category or
// SKU.
func (s *Skill) applicable(ctx context.Context, tenantID string, p *kefu.Product) ([]*kefu.Promotion, error) {
	ps, err := s.active(ctx, tenantID)
	if err != nil {
		return nil, err
	}
	out := ps[:0]
	for _, pr := range ps {
		if pr.Applies(p) {
			out = append(out, pr)
		}
	}
	return out, nil
}

// addPromotions writes promotions into data for the composer
// ("promotion_count", "promotion.1.text", "promotion.1.code",
// "promotion.1.language" when the text is not in the customer's
// language) and returns how many it wrote. A promotion without a text
// in the customer's, the shop's or English is left out.
func addPromotions(data map[string]string, ps []*kefu.Promotion, t *turn) int {
	n := 0
	for _, pr := range ps {
		text, lang := promotionText(pr, t.lang, t.st.Tenant.Settings.DefaultLanguage)
		if text == "" {
			continue
		}
		n++
		k := "promotion." + strconv.Itoa(n) + "."
		data[k+"text"] = text
		if pr.Code != "" {
			data[k+"code"] = pr.Code
		}
		if lang != t.lang {
			data[k+"language"] = lang
		}
	}
	data["promotion_count"] = strconv.Itoa(n)
	return n
}

// promotionText is the promotion's text in lang, else in the shop's
// language, else in English, with the language it is in.
func promotionText(pr *kefu.Promotion, lang, shop string) (string, string) {
	for _, l := range []string{lang, shop, "en"} {
		if v := strings.TrimSpace(pr.Text[l]); l != "" && v != "" {
			return v, l
		}
	}
	return "", ""
}

// shopPrice returns p's price in the shop's currency when the catalogue
// holds one (attribute "price_eur" for EUR), else in p's own currency.
func shopPrice(p *kefu.Product, shop string) (money.Amount, error) {
	if c, ok := money.LookupCurrency(shop); ok && !strings.EqualFold(shop, p.Currency) {
		if v := p.Attributes["price_"+strings.ToLower(string(c))]; v != "" {
			if a, err := money.Parse(v, c); err == nil {
				return a, nil
			}
		}
	}
	c, err := money.ParseCurrency(p.Currency)
	if err != nil {
		return money.Amount{}, kefu.Errorf(kefu.EINTERNAL, "product %s: %v", p.SKU, err)
	}
	return money.New(p.Price, c), nil
}

// options returns p's size, colour or shade options as stored and which
// kind they are; "" when the catalogue has none.
func options(p *kefu.Product) (string, string) {
	for _, k := range []string{"sizes", "colors", "colours", "shades", "variants"} {
		if v := strings.TrimSpace(p.Attributes[k]); v != "" {
			var list []string
			for _, o := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ';' }) {
				if o = strings.TrimSpace(o); o != "" {
					list = append(list, o)
				}
			}
			return strings.Join(list, ", "), k
		}
	}
	return "", ""
}

// description returns p's description in lang (attribute
// "description_zh", ...) or its catalogue description, which is in the
// shop's language, with the language it is in.
func description(p *kefu.Product, lang, shop string) (string, string) {
	if d := p.Attributes["description_"+lang]; d != "" {
		return d, lang
	}
	if shop == "" {
		shop = "en"
	}
	return p.Description, shop
}

func isCount(s string) bool {
	n, err := strconv.Atoi(s)
	return err == nil && n > 0
}
