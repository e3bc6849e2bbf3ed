package advisor

import (
	"context"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/cosmetics/graph"
	"github.com/kefu-ai/kefu/internal/money"
	"github.com/kefu-ai/kefu/recommend/profile"
)

// Name is the skill's identifier in traces.
const Name = "advisor"

// Intents the skill serves.
const (
	IntentRecommend = "recommendation"
	IntentSkin      = "skin_advice"
)

// Outcomes of the skill, keys of the composer templates.
const (
	OutcomeRecommend = "advisor_recommend"
	OutcomeNone      = "advisor_none"
	OutcomeAskSkin   = "advisor_ask_skin"
	OutcomeCaution   = "advisor_caution"
	OutcomeRoutine   = "advisor_routine"
	OutcomeReviews   = "advisor_reviews"
	OutcomeNoReviews = "advisor_no_reviews"
	OutcomeFit       = "advisor_fit"
	// OutcomeNoted acknowledges what the customer said of their skin
	// (or corrected) without asking for anything, and asks what they
	// are looking for.
	OutcomeNoted = "advisor_noted"
)

// DefaultItems is how many products a card shows.
const DefaultItems = 3

// Converter converts an amount of money into another currency at a
// date (package customs' tables do: Tables.Convert).
type Converter func(a money.Amount, to money.Currency, at time.Time) (money.Amount, error)

var _ kefu.Skill = (*Skill)(nil)

// Skill is a beauty advisor: it recommends products for a customer's
// skin, concerns, season, finish and budget from the shop's product
// knowledge graph (cosmetics/graph), reviews, orders and promotions, with
// the reasons; answers whether an ingredient suits someone (敏感肌能用A醇吗)
// with what it does, how to start and what to avoid; builds routines
// (早C晚A); and sums up what other customers say about a product. It is
// safe for concurrent use.
type Skill struct {
	Products kefu.ProductService
	// Reviews, Orders, Promotions and Profiles are optional: without
	// them, ranking has no reviews, no "bought with", no promotions and
	// no remembered skin type.
	Reviews    kefu.ReviewService
	Orders     kefu.OrderService
	Promotions kefu.PromotionService
	Profiles   kefu.CustomerProfileService
	// Convert turns a budget given in another currency into the shop's;
	// nil ignores such budgets.
	Convert Converter
	Now     kefu.Clock
	// TTL is how long a shop's prepared catalogue is reused; 0 means
	// DefaultTTL. Forget drops it at once.
	TTL time.Duration
	// Items is how many products a card shows; 0 means DefaultItems.
	Items int

	idx indexes
}

// Name implements kefu.Skill.
func (s *Skill) Name() string { return Name }

// Intents implements kefu.Skill.
func (s *Skill) Intents() []string { return []string{IntentRecommend, IntentSkin} }

// turn is one Run's state.
type turn struct {
	s       *Skill
	st      *kefu.TurnState
	ix      *index
	lang    string
	now     time.Time
	needs   Needs
	profile *kefu.CustomerProfile
}

// Run implements kefu.Skill.
func (s *Skill) Run(ctx context.Context, st *kefu.TurnState) (kefu.SkillResult, error) {
	ix, err := s.index(ctx, st.Tenant.ID)
	if err != nil {
		return kefu.SkillResult{}, err
	}
	t := &turn{s: s, st: st, ix: ix, lang: st.ReplyLanguage(), now: s.Now.Time()}
	if s.Profiles != nil && st.Customer != nil {
		// Best effort: a recommendation without the profile is still one.
		t.profile, _ = s.Profiles.FindCustomerProfile(ctx, st.Tenant.ID, st.Customer.ID)
	}
	t.needs = readNeeds(st, st.Tenant.Settings.Currency, s.Convert, t.profile, t.now)
	// What the customer says of themselves: a correction ("我现在不是油皮了")
	// is not a need, and the profile (stored after this turn by the chat
	// observer) must not count the corrected value either.
	said := learner.Learn(st.Understanding, st.Message.Text)
	for _, tr := range said {
		if tr.Negated && tr.Kind == kefu.TraitSkinType {
			t.needs.SkinTypes = slices.DeleteFunc(t.needs.SkinTypes, func(v string) bool { return v == tr.Value })
			t.needs.Corrected = append(t.needs.Corrected, tr.Value)
		}
	}
	if len(t.needs.SkinTypes) == 0 {
		t.needs.SkinFrom = ""
	}
	nd := t.needs
	if len(said) > 0 && nd.onlySkin() {
		return t.noted(), nil
	}
	switch {
	case nd.Reviews && len(nd.Products) > 0:
		return t.reviews(), nil
	case len(nd.Products) > 0 && (nd.SkinFrom == "message" || len(nd.Concerns) > 0 || nd.Pregnancy) && !nd.Routine:
		return t.fit(ctx), nil
	case nd.Routine && (len(nd.Ingredients) > 0 || earlyCLateA(strings.ToLower(st.Message.Text+" "+st.Understanding.Normalized))):
		return t.routine(ctx), nil
	case len(nd.Ingredients) > 0 && (nd.Usable || nd.Category == ""):
		return t.caution(ctx), nil
	}
	return t.recommend(ctx), nil
}

// learner reads what customers say of their skin, corrections included.
var learner = &profile.Learner{}

// noted acknowledges a customer's words about their skin ("我是混油皮",
// "I'm not oily any more") and asks what they are looking for.
func (t *turn) noted() kefu.SkillResult {
	data := t.needsData()
	data["corrected"] = strings.Join(t.needs.Corrected, ",")
	return kefu.SkillResult{Outcome: OutcomeNoted, Data: data, SetSlots: clearSlots()}
}

// recommend answers "which product for me?".
func (t *turn) recommend(ctx context.Context) kefu.SkillResult {
	nd := t.needs
	slots := t.st.Conversation.Slots
	if len(nd.SkinTypes) == 0 && skinCategory(nd.Category) && slots[SlotAsked] == "" {
		// One follow-up, when the skin type matters and nobody said it.
		return kefu.SkillResult{
			Outcome:   OutcomeAskSkin,
			Data:      t.needsData(),
			Expecting: ExpectSkinType,
			SetSlots:  nd.slots(),
		}
	}
	in := rankInput{needs: nd, ix: t.ix, promos: t.promotions(ctx), exclude: map[string]bool{}}
	in.bought = t.bought()
	picks := rank(in, t.items())
	res := kefu.SkillResult{Data: t.needsData(), SetSlots: clearSlots()}
	if len(picks) == 0 {
		res.Outcome = OutcomeNone
		return res
	}
	res.Outcome = OutcomeRecommend
	res.Cards = []kefu.Card{t.card(picks)}
	t.remember(&res, picks)
	return res
}

// caution answers an ingredient question: what it does, whether it suits
// the customer (skin type, pregnancy), how to start, what not to combine
// it with, and the shop's gentler products with it.
func (t *turn) caution(ctx context.Context) kefu.SkillResult {
	nd := t.needs
	ing := nd.Ingredients[0]
	audience := ""
	switch {
	case nd.Pregnancy:
		audience = "pregnancy"
	case len(nd.SkinTypes) > 0 && nd.SkinFrom == "message":
		audience = nd.SkinTypes[0]
	case len(nd.Concerns) > 0 && nd.Concerns[0] == "acne":
		audience = "acne-prone"
	}
	adv := graph.About(ing, "")
	data := t.needsData()
	data["ingredient"] = ing
	data["audience"] = audience
	var effects []string
	for _, r := range adv.Efficacy {
		if !slices.Contains(effects, r.Value) {
			effects = append(effects, r.Value)
		}
	}
	data["effects"] = strings.Join(effects, ",")
	verdict := "ok"
	var fs []kefu.Finding
	for _, r := range adv.Cautions {
		switch {
		case r.Dim == graph.DimPregnancy:
			// The verdict for a pregnant customer; the caution rule
			// says it in words.
			if audience == "pregnancy" {
				verdict = worse(verdict, map[string]string{"avoid": "avoid", "ask a doctor": "care"}[r.Value])
			}
			continue
		case r.Value == "pregnancy":
			if audience != "" && audience != "pregnancy" {
				continue
			}
		case slices.Contains(graph.SkinTypes, r.Value) || r.Value == "acne-prone":
			if r.Value != audience {
				continue
			}
			if r.Dim == graph.DimAvoidSkin || r.Dim == graph.DimAvoidConcern || r.Level == graph.LevelAvoid {
				verdict = worse(verdict, "avoid")
			} else {
				verdict = worse(verdict, "care")
			}
		}
		fs = append(fs, kefu.Finding{Code: "advice." + r.ID})
	}
	for _, r := range adv.Conflicts {
		fs = append(fs, kefu.Finding{Code: "advice." + r.ID})
	}
	data["verdict"] = verdict
	res := kefu.SkillResult{Outcome: OutcomeCaution, Data: data, Findings: fs, SetSlots: clearSlots()}
	if verdict == "avoid" || len(adv.Classes) == 0 {
		return res
	}
	// The shop's products with the ingredient, gentlest first for the
	// audience: suited to their skin, lowest strength, soothing.
	in := rankInput{needs: nd, ix: t.ix, promos: t.promotions(ctx), exclude: map[string]bool{}, requireClass: adv.Classes[0]}
	in.needs.Ingredients = nil
	if audience != "" && slices.Contains(graph.SkinTypes, audience) {
		in.needs.SkinTypes = []string{audience}
	}
	picks := rank(in, t.items())
	slices.SortStableFunc(picks, func(a, b candidate) int { return gentleness(b) - gentleness(a) })
	for i := range picks {
		picks[i].usage = usage(picks[i].e.prof)
	}
	if len(picks) > 0 {
		data["gentler"] = "with"
		if verdict != "ok" || len(fs) > len(adv.Conflicts) {
			data["gentler"] = "gentle"
		}
		res.Cards = []kefu.Card{t.card(picks)}
		t.remember(&res, picks)
	}
	return res
}

// usage is when a product is meant to be used: "pm" for retinoids and
// acids, "am" for vitamin C and sunscreen, "" for any time.
func usage(p *graph.Profile) string {
	switch {
	case p.Has(graph.DimTimeOfDay, "pm"):
		return "pm"
	case p.Has(graph.DimTimeOfDay, "am"):
		return "am"
	}
	return ""
}

// worse is the graver of two verdicts: ok < care < avoid.
func worse(a, b string) string {
	rank := map[string]int{"ok": 0, "care": 1, "avoid": 2}
	if rank[b] > rank[a] {
		return b
	}
	return a
}

// gentleness ranks products with an active for a first try: low or
// unknown strength, soothing ingredients, fragrance-free.
func gentleness(c candidate) int {
	p := c.e.prof
	g := 0
	switch {
	case p.Has(graph.DimStrength, "low"), p.Has(graph.DimStrength, "gentle"):
		g += 3
	case p.Has(graph.DimStrength, "high"), p.Has(graph.DimStrength, "strong"):
		g -= 3
	}
	if p.Has(graph.DimEfficacy, "soothing") {
		g += 2
	}
	if p.Has(graph.DimFragrance, "fragrance-free") {
		g++
	}
	return g
}

// routine answers "早C晚A": vitamin C in the morning with sunscreen,
// a retinoid at night, with the shop's products for each step and the
// conflicts between them checked.
func (t *turn) routine(ctx context.Context) kefu.SkillResult {
	nd := t.needs
	promos := t.promotions(ctx)
	data := t.needsData()
	res := kefu.SkillResult{Outcome: OutcomeRoutine, Data: data, SetSlots: clearSlots()}
	steps := []struct {
		class, category, usage string
	}{{"vitamin c", "", "am"}, {"", "sunscreen", "am"}, {"retinoid", "", "pm"}}
	var picks []candidate
	var profs []*graph.Profile
	taken := map[string]bool{}
	for _, step := range steps {
		in := rankInput{needs: nd, ix: t.ix, promos: promos, exclude: taken, requireClass: step.class}
		in.needs.Ingredients, in.needs.Category = nil, step.category
		if step.class == "retinoid" {
			in.needs.Concerns = nil
		}
		got := rank(in, 3)
		if step.class == "retinoid" {
			slices.SortStableFunc(got, func(a, b candidate) int { return gentleness(b) - gentleness(a) })
		}
		if len(got) == 0 {
			continue
		}
		c := got[0]
		c.usage = step.usage
		taken[c.e.p.SKU] = true
		picks = append(picks, c)
		profs = append(profs, c.e.prof)
	}
	var fs []kefu.Finding
	for _, c := range graph.RoutineConflicts(profs...) {
		if c.Level == graph.LevelOK {
			continue
		}
		fs = append(fs, kefu.Finding{Code: "routine_conflict", Values: map[string]string{"a": t.name(c.A), "b": t.name(c.B)}})
	}
	res.Findings = fs
	if len(picks) > 0 {
		res.Cards = []kefu.Card{t.card(picks)}
		t.remember(&res, picks)
	}
	return res
}

// fit answers "does X suit my skin?": the graph's verdict for the
// product with its reasons, and when it does not suit, the shop's
// products of its category that do.
func (t *turn) fit(ctx context.Context) kefu.SkillResult {
	nd := t.needs
	e := t.ix.find(nd.Products[0])
	data := t.needsData()
	if e == nil {
		return t.recommend(ctx)
	}
	data["product"] = e.p.NameIn(t.lang)
	res := kefu.SkillResult{Outcome: OutcomeFit, Data: data, Records: []kefu.RecordRef{{Kind: "product", ID: e.p.ID}},
		SetSlots: map[string]string{kefu.SlotProduct: e.p.SKU}}
	verdict := graph.VerdictUnknown
	var fors []graph.Tag
	against := ""
	merge := func(v graph.Verdict) {
		rank := map[graph.Verdict]int{graph.VerdictUnknown: 0, graph.VerdictSuits: 1, graph.VerdictMixed: 2, graph.VerdictAvoid: 3}
		if rank[v] > rank[verdict] {
			verdict = v
		}
	}
	for _, st := range nd.SkinTypes {
		f := e.prof.SuitsSkin(st)
		merge(f.Verdict)
		fors = append(fors, f.For...)
		if against == "" && len(f.Against) > 0 {
			against = f.Against[0].Value
		}
	}
	for _, c := range nd.Concerns {
		f := e.prof.SuitsConcern(c)
		merge(f.Verdict)
		fors = append(fors, f.For...)
	}
	if nd.Pregnancy && e.has(graph.DimPregnancy, "avoid") {
		verdict = graph.VerdictAvoid
		data["pregnancy"] = "1"
	}
	data["verdict"] = string(verdict)
	if ings := ingredientsBehind(e.prof, fors, 3); len(ings) > 0 && verdict != graph.VerdictAvoid {
		data["because"] = strings.Join(ings, ", ")
	}
	var avoidWhy []graph.Tag
	for _, st := range nd.SkinTypes {
		avoidWhy = append(avoidWhy, e.prof.SuitsSkin(st).Against...)
	}
	if ings := ingredientsBehind(e.prof, avoidWhy, 3); len(ings) > 0 {
		data["against"] = strings.Join(ings, ", ")
	}
	if verdict == graph.VerdictAvoid || verdict == graph.VerdictUnknown {
		in := rankInput{needs: nd, ix: t.ix, promos: t.promotions(ctx), exclude: map[string]bool{e.p.SKU: true}}
		in.needs.Category = e.category
		picks := rank(in, t.items())
		if len(picks) > 0 && picks[0].fits > 0 {
			data["alternatives"] = "1"
			res.Cards = []kefu.Card{t.card(picks)}
		}
	}
	return res
}

// reviews sums up what other customers say about a product.
func (t *turn) reviews() kefu.SkillResult {
	e := t.ix.find(t.needs.Products[0])
	data := t.needsData()
	if e == nil {
		return kefu.SkillResult{Outcome: OutcomeNoReviews, Data: data}
	}
	data["product"] = e.p.NameIn(t.lang)
	r := e.reviews
	res := kefu.SkillResult{Data: data, Records: []kefu.RecordRef{{Kind: "product", ID: e.p.ID}},
		SetSlots: map[string]string{kefu.SlotProduct: e.p.SKU}}
	if r.n == 0 {
		res.Outcome = OutcomeNoReviews
		return res
	}
	res.Outcome = OutcomeReviews
	data["rating"] = strconv.FormatFloat(r.mean(), 'f', 1, 64)
	data["count"] = strconv.Itoa(r.n)
	skin := ""
	if len(t.needs.SkinTypes) > 0 {
		skin = t.needs.SkinTypes[0]
	}
	if c, ok := r.bySkin[skin]; ok && skin != "" && c[0] > 0 {
		data["skin"] = skin
		data["skin_count"] = strconv.Itoa(c[0])
		data["skin_rating"] = strconv.FormatFloat(float64(c[1])/float64(c[0]), 'f', 1, 64)
	}
	data["quote"] = quote(r, t.lang, skin)
	res.Cards = []kefu.Card{t.card([]candidate{{e: e}})}
	return res
}

// card is the products card of the picks.
func (t *turn) card(picks []candidate) kefu.Card {
	card := kefu.Card{Type: kefu.CardProducts, Title: t.needs.Category}
	cart := t.st.Tenant.Settings.CartURL
	skin := ""
	if len(t.needs.SkinTypes) > 0 {
		skin = t.needs.SkinTypes[0]
	}
	for _, c := range picks {
		p := c.e.p
		it := kefu.CardItem{SKU: p.SKU, Name: p.NameIn(t.lang), Amount: p.Price, Currency: p.Currency, Stock: p.Stock,
			Rating: round1(c.e.reviews.mean()), Reviews: c.e.reviews.n, Review: quote(c.e.reviews, t.lang, skin), Usage: c.usage}
		if cur, ok := money.LookupCurrency(p.Currency); ok {
			it.Price = money.New(p.Price, cur).Format(t.lang)
		}
		reasons := c.reasons
		for i := range reasons {
			if r := reasons[i]; r.Code == "bought_with" {
				// The other product by its name in the reply's language.
				v := map[string]string{"percent": r.Values["percent"], "product": t.name(r.Values["sku"])}
				reasons[i] = kefu.Finding{Code: r.Code, Values: v}
			}
		}
		if len(reasons) > maxReasons {
			reasons = reasons[:maxReasons]
		}
		it.ReasonCodes = reasons
		if c.promo != nil {
			it.Promotion = promoText(c.promo, t.lang)
		}
		if cart != "" {
			it.URL = strings.ReplaceAll(cart, "{sku}", url.QueryEscape(p.SKU))
		}
		if img := p.Attributes["image_url"]; strings.HasPrefix(img, "https://") {
			it.Image = img
		}
		card.Items = append(card.Items, it)
	}
	return card
}

// remember records the products shown, so that "how much is the first
// one?" is about them.
func (t *turn) remember(res *kefu.SkillResult, picks []candidate) {
	var skus []string
	for _, c := range picks {
		skus = append(skus, c.e.p.SKU)
		res.Records = append(res.Records, kefu.RecordRef{Kind: "product", ID: c.e.p.ID})
	}
	if res.SetSlots == nil {
		res.SetSlots = map[string]string{}
	}
	res.SetSlots[kefu.SlotProduct] = strings.Join(skus, ",")
}

// needsData is what the templates say back about the needs: the
// category, skin types, concerns, season and budget, coded; the composer
// words them.
func (t *turn) needsData() map[string]string {
	nd := t.needs
	d := map[string]string{
		"category":  nd.Category,
		"skin":      strings.Join(nd.SkinTypes, ","),
		"skin_from": nd.SkinFrom,
		"concerns":  strings.Join(nd.Concerns, ","),
		"season":    nd.Season,
		"finish":    nd.Finish,
		"avoid":     strings.Join(nd.Avoid, ","),
	}
	if !nd.Budget.IsZero() {
		d["budget"] = nd.Budget.Format(t.lang)
		if nd.Asked.Currency != nd.Budget.Currency {
			d["budget_asked"] = nd.Asked.Format(t.lang)
		}
		if nd.Around {
			d["budget_around"] = "1"
		}
	}
	return d
}

// bought is what the customer bought (as of the shop's index).
func (t *turn) bought() []string {
	if t.st.Customer == nil || t.ix.baskets == nil {
		return nil
	}
	return t.ix.bought[t.st.Customer.ID]
}

// promotions are the shop's running promotions.
func (t *turn) promotions(ctx context.Context) []*kefu.Promotion {
	if t.s.Promotions == nil {
		return nil
	}
	ps, err := t.s.Promotions.FindPromotions(ctx, kefu.PromotionFilter{TenantID: t.st.Tenant.ID, ActiveAt: t.now})
	if err != nil {
		return nil
	}
	return ps
}

// name is a SKU's product name in the reply's language.
func (t *turn) name(sku string) string {
	if e := t.ix.bySKU[sku]; e != nil {
		return e.p.NameIn(t.lang)
	}
	return sku
}

func (t *turn) items() int {
	if t.s.Items > 0 {
		return t.s.Items
	}
	return DefaultItems
}

// skinCategory reports whether a category's choice depends on the skin
// type (so the skill asks for it): skin care and base make-up.
func skinCategory(c string) bool {
	switch c {
	case "lips", "eyes", "powder":
		return false
	}
	return true
}

// clearSlots forgets what the follow-up question kept, once answered.
func clearSlots() map[string]string {
	return map[string]string{SlotCategory: "", SlotConcerns: "", SlotBudget: "", SlotSeason: "", SlotAsked: ""}
}

// promoText is a promotion's text in lang, else English, else any.
func promoText(p *kefu.Promotion, lang string) string {
	if s := p.Text[lang]; s != "" {
		return s
	}
	if s := p.Text["en"]; s != "" {
		return s
	}
	for _, s := range p.Text {
		return s
	}
	return ""
}

func round1(f float64) float64 {
	return float64(int(f*10+0.5)) / 10
}
