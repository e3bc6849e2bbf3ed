package customs

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
	tariff "github.com/kefu-ai/kefu/customs"
	"github.com/kefu-ai/kefu/internal/money"
)

// Name is the skill's identifier in traces.
const Name = "customs"

// Conversation slots the skill reads and writes: the shared kefu.SlotProduct
// (empty after a question about a whole order), kefu.SlotDestination and
// kefu.SlotOrderNumber, and its own SlotTopic.
const (
	SlotProduct     = kefu.SlotProduct
	SlotDestination = kefu.SlotDestination
	SlotOrderNumber = kefu.SlotOrderNumber
	// SlotTopic is the cross-border topic the conversation is on; set,
	// it also marks the conversation as one this skill is serving.
	SlotTopic = "customs_topic"
)

// What the skill asks for (kefu.SkillResult.Expecting). They equal the NLU
// entity types that answer them, so that a short answer ("Spain", "the
// sweater") is understood as provide_info and routed back here.
const (
	ExpectProduct = "product"
	ExpectCountry = "country"
)

// Outcomes of the skill, keys of the composer templates.
const (
	OutcomeAskProduct     = "customs_ask_product"
	OutcomeAskCountry     = "customs_ask_country"
	OutcomeQuote          = "customs_quote"
	OutcomeQuoteUncertain = "customs_quote_uncertain" // computed with a suggested HS code
	OutcomeNoHS           = "customs_no_hs"
	OutcomeUnsupported    = "customs_unsupported" // no tables for the destination
	OutcomeNoRate         = "customs_no_rate"     // the destination's table lacks the product's code
	OutcomeFacts          = "customs_facts"
	OutcomeNoFact         = "customs_no_fact"
	OutcomeOrderNotFound  = kefu.OutcomeOrderNotFound
)

// Interface guards.
var (
	_ kefu.Skill     = (*Skill)(nil)
	_ kefu.Claimer   = (*Skill)(nil)
	_ kefu.SlotAsker = (*Skill)(nil)
)

// Skill answers cross-border questions: what customs duty and import
// VAT/GST a product or an order will cost in a destination country, with
// the line-by-line explanation of package customs, and what the facts of
// that country say about certification marks, return windows, delivery
// times and restricted goods. It remembers the product and the
// destination in the conversation, asks for what is missing, and takes a
// new country in the next message as a correction. It is safe for
// concurrent use.
type Skill struct {
	Tables   *tariff.Tables
	Products kefu.ProductService
	Orders   kefu.OrderService
	// Knowledge, if set, answers from the shop's articles what the facts
	// do not cover: a general customs question with no product, order or
	// country to compute with, or a fact question for a country without
	// a stored fact.
	Knowledge kefu.ArticleAnswerer
	// SellerRegistered reports whether the shop collects the import tax
	// of country at checkout under a registration scheme (EU IOSS,
	// Norway's VOEC); nil means it is registered nowhere, and the answer
	// says the tax is collected on delivery.
	SellerRegistered func(t *kefu.Tenant, country string) bool
	Now              kefu.Clock
}

// Name implements kefu.Skill.
func (s *Skill) Name() string { return Name }

// Intents implements kefu.Skill. Only customs_duty is served outright;
// Claim takes certification, delivery-time and return questions when they
// name a country with a stored fact, and low-confidence turns that belong
// to a customs conversation.
func (s *Skill) Intents() []string { return []string{IntentCustomsDuty} }

// Asks implements kefu.SlotAsker.
func (s *Skill) Asks() []string { return []string{ExpectProduct, ExpectCountry} }

func (s *Skill) now() time.Time { return s.Now.Time() }

// turn is what Run gathered from the message and the conversation.
type turn struct {
	st      *kefu.TurnState
	lang    string
	now     time.Time
	topic   Topic
	country string   // the last country entity of the message
	written string   // that entity as written ("Brazil")
	skus    []string // product and SKU entities, in order, distinct
	order   string   // an order number of the message
	set     map[string]string
}

// Run implements kefu.Skill.
func (s *Skill) Run(ctx context.Context, st *kefu.TurnState) (kefu.SkillResult, error) {
	t := &turn{st: st, lang: st.Conversation.Language, now: s.now(), set: map[string]string{}}
	if t.lang == "" {
		t.lang = st.Understanding.Language
	}
	t.topic, _ = TopicOf(st.Understanding, st.Message.Text, st.Conversation.Slots)
	seen := map[string]bool{}
	for _, e := range st.Understanding.Entities {
		switch e.Type {
		case "country":
			t.country, t.written = e.Value, e.Text
		case "product", "sku":
			if !seen[e.Value] {
				seen[e.Value] = true
				t.skus = append(t.skus, e.Value)
			}
		case "order_number":
			if t.order == "" {
				t.order = e.Value
			}
		}
	}
	t.set[SlotTopic] = string(t.topic)
	if t.topic == TopicDuty {
		return s.quote(ctx, t)
	}
	return s.facts(ctx, t)
}

// countryName names country in the customer's language; for a country
// the tables do not know, the customer's own word for it.
func (s *Skill) countryName(t *turn, country string) string {
	n := s.Tables.CountryName(country, t.lang)
	if n == country && country == t.country && t.written != "" {
		return t.written
	}
	return n
}

// goods is what a quote is computed for.
type goods struct {
	products []*kefu.Product
	qty      []int64
	prices   []money.Amount // unit prices paid, for an order; zero otherwise
	order    *kefu.Order
}

// quote computes the landed cost of the products or the order under
// discussion in the destination country.
func (s *Skill) quote(ctx context.Context, t *turn) (kefu.SkillResult, error) {
	const op = "customs.quote"
	slots := t.st.Conversation.Slots
	var g goods
	var records []kefu.RecordRef
	orderNamed := false
	switch {
	case len(t.skus) > 0:
		if err := s.addProducts(ctx, t, &g, t.skus); err != nil {
			return kefu.SkillResult{}, kefu.E(op, err)
		}
		t.set[SlotProduct] = strings.Join(t.skus, ",")
	case t.order != "":
		res, ok, err := s.addOrder(ctx, t, &g, t.order)
		if err != nil || !ok {
			return res, err
		}
		orderNamed = true
	case slots[SlotProduct] != "":
		if err := s.addProducts(ctx, t, &g, strings.Split(slots[SlotProduct], ",")); err != nil {
			return kefu.SkillResult{}, kefu.E(op, err)
		}
	case slots[SlotOrderNumber] != "" && t.st.Customer != nil:
		res, ok, err := s.addOrder(ctx, t, &g, slots[SlotOrderNumber])
		if err != nil {
			return res, err
		}
		if !ok {
			g = goods{} // not the customer's order after all: ask
		}
	}
	if len(g.products) == 0 {
		if t.country == "" && s.Knowledge != nil {
			// "Do I pay customs?" with nothing to compute with: the
			// shop's article explains the rules in general.
			if res, err := s.Knowledge.AnswerFromArticles(ctx, t.st); err != nil || res.Outcome != kefu.OutcomeNoArticle {
				return res, err
			}
		}
		if t.country != "" {
			t.set[SlotDestination] = t.country
		}
		return kefu.SkillResult{Outcome: OutcomeAskProduct, Expecting: ExpectProduct, SetSlots: t.set}, nil
	}
	for _, p := range g.products {
		records = append(records, kefu.RecordRef{Kind: "product", ID: p.ID})
	}
	if g.order != nil {
		records = append(records, kefu.RecordRef{Kind: "order", ID: g.order.ID})
	}
	label := productLabel(g.products, t.lang)

	country := t.country
	if country == "" && orderNamed {
		country = g.order.ShipTo
	}
	if country == "" {
		country = slots[SlotDestination]
	}
	if country == "" && g.order != nil {
		country = g.order.ShipTo
	}
	if country == "" && t.st.Customer != nil {
		country = t.st.Customer.Country
	}
	if country == "" {
		return kefu.SkillResult{Outcome: OutcomeAskCountry, Expecting: ExpectCountry, SetSlots: t.set, Records: records,
			Data: map[string]string{"product": label}}, nil
	}
	t.set[SlotDestination] = country
	data := map[string]string{"product": label, "country": s.countryName(t, country), "country_code": country}
	result := func(outcome string) (kefu.SkillResult, error) {
		return kefu.SkillResult{Outcome: outcome, Data: data, Records: records, SetSlots: t.set, Expecting: ExpectCountry}, nil
	}
	dest, err := s.Tables.Country(country, t.now)
	if kefu.ErrorCode(err) == kefu.ENOTFOUND {
		return result(OutcomeUnsupported)
	} else if err != nil {
		return kefu.SkillResult{}, kefu.E(op, err)
	}

	c := tariff.Consignment{Destination: country, Date: t.now}
	if s.SellerRegistered != nil {
		c.SellerRegistered = s.SellerRegistered(t.st.Tenant, country)
	} else {
		c.SellerRegistered = slices.Contains(t.st.Tenant.Settings.TaxRegistrations, country) ||
			dest.Union != "" && slices.Contains(t.st.Tenant.Settings.TaxRegistrations, dest.Union)
	}
	uncertain := false
	for i, p := range g.products {
		hs := p.HSCode
		if hs == "" {
			// A suggestion from the title is a hint, not a classification:
			// the answer says the estimate is uncertain.
			sugg := s.Tables.SuggestHS(p.Name+" "+p.Description, 1)
			if len(sugg) == 0 {
				data["product"] = productLabel([]*kefu.Product{p}, t.lang)
				return result(OutcomeNoHS)
			}
			hs, uncertain = string(sugg[0].Code), true
			data["product"] = productLabel([]*kefu.Product{p}, t.lang)
			data["hs"] = sugg[0].Code.String()
			data["hs_description"] = sugg[0].Description
		}
		value := g.prices[i]
		if value.Currency == "" {
			if value, err = priceIn(p, dest.Currency); err != nil {
				return kefu.SkillResult{}, kefu.E(op, err)
			}
		}
		c.Items = append(c.Items, tariff.Item{HS: hs, Description: p.NameIn(t.lang), UnitValue: value, Quantity: g.qty[i], Origin: origin(p)})
	}
	r, err := s.Tables.LandedCost(c)
	switch kefu.ErrorCode(err) {
	case "":
	case kefu.ENOTFOUND:
		if len(c.Items) == 1 {
			data["hs"] = tariff.HSCode(c.Items[0].HS).String()
		}
		return result(OutcomeNoRate)
	case kefu.EINVALID:
		// A malformed code stored on a product: as good as none.
		return result(OutcomeNoHS)
	default:
		return kefu.SkillResult{}, kefu.E(op, err)
	}
	data["explanation"] = strings.Join(s.Tables.Explain(r, t.lang), "\n")
	data["summary"] = s.Tables.Summary(r, t.lang)
	data["total"] = r.TotalToPay.Format(t.lang)
	data["collection"] = string(r.Collection)
	if uncertain {
		return result(OutcomeQuoteUncertain)
	}
	return result(OutcomeQuote)
}

// addProducts adds one unit of each SKU to g.
func (s *Skill) addProducts(ctx context.Context, t *turn, g *goods, skus []string) error {
	for _, sku := range skus {
		p, err := s.Products.FindProductBySKU(ctx, t.st.Tenant.ID, sku)
		if kefu.ErrorCode(err) == kefu.ENOTFOUND {
			continue // removed from the catalogue since it was discussed
		} else if err != nil {
			return err
		}
		g.products = append(g.products, p)
		g.qty = append(g.qty, 1)
		g.prices = append(g.prices, money.Amount{})
	}
	return nil
}

// addOrder adds the lines of the customer's order to g, at the prices
// paid. Like the order skill it answers only the order's owner, and "no
// such order" and "someone else's order" look the same; ok is false with
// the reply to send then.
func (s *Skill) addOrder(ctx context.Context, t *turn, g *goods, number string) (kefu.SkillResult, bool, error) {
	if t.st.Customer == nil {
		// An anonymous visitor cannot prove whose order it is: ask for
		// the product instead.
		return kefu.SkillResult{Outcome: OutcomeAskProduct, Expecting: ExpectProduct, SetSlots: t.set}, false, nil
	}
	o, err := s.Orders.FindOrderByNumber(ctx, t.st.Tenant.ID, number)
	if kefu.ErrorCode(err) == kefu.ENOTFOUND || err == nil && o.CustomerID != t.st.Customer.ID {
		return kefu.SkillResult{Outcome: OutcomeOrderNotFound, Data: map[string]string{"order": number}, Expecting: ExpectProduct, SetSlots: t.set}, false, nil
	} else if err != nil {
		return kefu.SkillResult{}, false, kefu.E("customs.order", err)
	}
	cur, err := money.ParseCurrency(o.Currency)
	if err != nil {
		return kefu.SkillResult{}, false, kefu.E("customs.order", kefu.Errorf(kefu.EINTERNAL, "order %s: %v", o.Number, err))
	}
	for _, l := range o.Lines {
		p, err := s.Products.FindProductBySKU(ctx, t.st.Tenant.ID, l.SKU)
		if kefu.ErrorCode(err) == kefu.ENOTFOUND {
			// Sold once, gone from the catalogue: the line still counts,
			// described by its name and without an HS code.
			p = &kefu.Product{SKU: l.SKU, Name: l.Name}
		} else if err != nil {
			return kefu.SkillResult{}, false, kefu.E("customs.order", err)
		}
		g.products = append(g.products, p)
		g.qty = append(g.qty, int64(l.Quantity))
		g.prices = append(g.prices, money.New(l.UnitPrice, cur))
	}
	g.order = o
	t.set[SlotOrderNumber] = o.Number
	t.set[SlotProduct] = ""
	return kefu.SkillResult{}, len(g.products) > 0, nil
}

// priceIn returns p's price in cur when the catalogue holds one
// (attribute "price_eur" for EUR, the shop's price list for that market),
// else its catalogue price, which the computation converts.
func priceIn(p *kefu.Product, cur money.Currency) (money.Amount, error) {
	if v := p.Attributes["price_"+strings.ToLower(string(cur))]; v != "" {
		if a, err := money.Parse(v, cur); err == nil {
			return a, nil
		}
	}
	c, err := money.ParseCurrency(p.Currency)
	if err != nil {
		return money.Amount{}, kefu.Errorf(kefu.EINTERNAL, "product %s: %v", p.SKU, err)
	}
	return money.New(p.Price, c), nil
}

// origin reads the country of origin from the "origin" attribute
// ("Shenzhen, CN"); "" when it does not end in a country code.
func origin(p *kefu.Product) string {
	o := strings.TrimSpace(p.Attributes["origin"])
	if i := strings.LastIndexAny(o, ", "); i >= 0 {
		o = o[i+1:]
	}
	if len(o) == 2 && o[0] >= 'A' && o[0] <= 'Z' && o[1] >= 'A' && o[1] <= 'Z' {
		return o
	}
	return ""
}

// productLabel names the products in lang, comma separated.
func productLabel(ps []*kefu.Product, lang string) string {
	names := make([]string, 0, len(ps))
	seen := map[string]bool{}
	for _, p := range ps {
		n := p.NameIn(lang)
		if !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	sep := ", "
	if lang == "zh" || lang == "ja" {
		sep = "、"
	}
	return strings.Join(names, sep)
}

// facts answers a certification, delivery, returns or restricted-goods
// question from the facts of the destination.
func (s *Skill) facts(ctx context.Context, t *turn) (kefu.SkillResult, error) {
	slots := t.st.Conversation.Slots
	var records []kefu.RecordRef
	var product *kefu.Product
	skus := t.skus
	if len(skus) == 0 && slots[SlotProduct] != "" {
		skus = strings.Split(slots[SlotProduct], ",")
	}
	if len(skus) > 0 {
		p, err := s.Products.FindProductBySKU(ctx, t.st.Tenant.ID, skus[0])
		if err == nil {
			product = p
			records = append(records, kefu.RecordRef{Kind: "product", ID: p.ID})
			if len(t.skus) > 0 {
				t.set[SlotProduct] = strings.Join(t.skus, ",")
			}
		} else if kefu.ErrorCode(err) != kefu.ENOTFOUND {
			return kefu.SkillResult{}, kefu.E("customs.facts", err)
		}
	}
	country := t.country
	if country == "" {
		country = slots[SlotDestination]
	}
	if country == "" && t.st.Customer != nil {
		country = t.st.Customer.Country
	}
	if country == "" {
		return kefu.SkillResult{Outcome: OutcomeAskCountry, Expecting: ExpectCountry, SetSlots: t.set, Records: records}, nil
	}
	t.set[SlotDestination] = country
	kind := certificationKind(t.st.Message.Text)
	if product != nil && kind == "" {
		kind = productKind(product.Category)
	}
	fs, err := Facts(s.Tables, t.st.Tenant.ID, country, t.topic, kind, t.now)
	if err != nil {
		return kefu.SkillResult{}, kefu.E("customs.facts", err)
	}
	data := map[string]string{"country": s.countryName(t, country), "country_code": country}
	if len(fs) == 0 {
		if s.Knowledge != nil {
			return s.Knowledge.AnswerFromArticles(ctx, t.st)
		}
		return kefu.SkillResult{Outcome: OutcomeNoFact, Data: data, Records: records, SetSlots: t.set, Expecting: ExpectCountry}, nil
	}
	texts := make([]string, 0, len(fs))
	for _, f := range fs {
		txt, _ := f.TextIn(t.lang)
		texts = append(texts, txt)
		records = append(records, kefu.RecordRef{Kind: "fact", ID: f.ID})
	}
	data["facts"] = strings.Join(texts, "\n")
	if product != nil {
		data["product"] = product.NameIn(t.lang)
	}
	return kefu.SkillResult{Outcome: OutcomeFacts, Data: data, Records: records, SetSlots: t.set, Expecting: ExpectCountry}, nil
}

// Facts returns the facts for a topic in a destination on date, most
// specific first. kind narrows certification to a product group
// ("electronics", "toys"). Delivery times are the shop's own promises: only
// facts whose ID starts with the tenant's ID and a hyphen
// ("globalmart-delivery-eu") answer them; the legal facts (marks, return
// windows, restricted goods) hold for every shop.
func Facts(tables *tariff.Tables, tenantID, country string, topic Topic, kind string, date time.Time) ([]tariff.Fact, error) {
	cat := topic.category()
	if cat == "" {
		return nil, nil
	}
	if topic == TopicCertification && kind != "" {
		cat += "/" + kind
	}
	fs, err := tables.Facts(country, cat, date)
	if err != nil {
		return nil, err
	}
	if topic != TopicDelivery {
		return fs, nil
	}
	out := fs[:0:0]
	for _, f := range fs {
		if strings.HasPrefix(f.ID, tenantID+"-") {
			out = append(out, f)
		}
	}
	if len(out) > 1 {
		out = out[:1] // the most specific region: Spain's times, not the EU's too
	}
	return out, nil
}
