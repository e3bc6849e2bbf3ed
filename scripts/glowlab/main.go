// Command glowlab writes data/demo/glowlab-generated.json, the grown part
// of the GlowLab demo shop (issue 14): about 300 more products of seven
// made-up brands with full INCI lists, 60 more customers with 18 months
// of orders that follow their skin type, some 1,800 reviews in English,
// Spanish and Chinese (and a few in French, German and Italian), and the
// shop's current promotions. The hand-written data/demo/glowlab.json is
// read, never written: its products get reviews and appear in the new
// orders, and nothing it holds is repeated.
//
// The output depends only on the seed and on glowlab.json, so running
//
//	go run ./scripts/glowlab
//
// from the repository root again gives the same file byte for byte. Every
// name, brand, review and person in it is made up (see
// data/demo/README.md).
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // Europe/Madrid on machines without zone files
	"unicode"

	"golang.org/x/text/unicode/norm"
)

func main() {
	out := flag.String("o", "data/demo/glowlab-generated.json", "the file to write")
	base := flag.String("base", "data/demo/glowlab.json", "the hand-written shop document")
	seed := flag.Uint64("seed", 14, "random seed")
	flag.Parse()
	b, err := os.ReadFile(*base)
	if err != nil {
		log.Fatal(err)
	}
	doc, err := generate(b, *seed)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, doc, 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %s, %d bytes", *out, len(doc))
}

// Wire records: the JSON of a shop document (docs/import.md).
type (
	product struct {
		SKU         string            `json:"sku"`
		Name        string            `json:"name"`
		Description string            `json:"description"`
		Category    string            `json:"category"`
		Brand       string            `json:"brand"`
		HSCode      string            `json:"hs_code"`
		Price       int               `json:"price"`
		Currency    string            `json:"currency"`
		Stock       int               `json:"stock"`
		Attributes  map[string]string `json:"attributes"`
	}
	customer struct {
		ExternalID string `json:"external_id"`
		Name       string `json:"name"`
		Email      string `json:"email"`
		Phone      string `json:"phone,omitempty"`
		Language   string `json:"language"`
		Country    string `json:"country"`
		VIP        bool   `json:"vip,omitempty"`
	}
	line struct {
		SKU       string `json:"sku"`
		Name      string `json:"name"`
		Quantity  int    `json:"quantity"`
		UnitPrice int    `json:"unit_price"`
	}
	order struct {
		Number             string `json:"number"`
		CustomerExternalID string `json:"customer_external_id"`
		Status             string `json:"status"`
		Currency           string `json:"currency"`
		ShipTo             string `json:"ship_to"`
		PlacedAt           string `json:"placed_at"`
		Lines              []line `json:"lines"`
		placed             time.Time
	}
	review struct {
		ID                 string `json:"id"`
		SKU                string `json:"sku"`
		CustomerExternalID string `json:"customer_external_id,omitempty"`
		Rating             int    `json:"rating"`
		Title              string `json:"title,omitempty"`
		Text               string `json:"text,omitempty"`
		Language           string `json:"language"`
		SkinType           string `json:"skin_type,omitempty"`
		Verified           bool   `json:"verified,omitempty"`
		CreatedAt          string `json:"created_at"`
		at                 time.Time
	}
	promotion struct {
		ID         string            `json:"id"`
		Code       string            `json:"code,omitempty"`
		Text       map[string]string `json:"text"`
		Start      string            `json:"start,omitempty"`
		End        string            `json:"end,omitempty"`
		Categories []string          `json:"categories,omitempty"`
		Products   []string          `json:"products,omitempty"`
		MinTotal   int               `json:"min_total,omitempty"`
		Currency   string            `json:"currency,omitempty"`
	}
)

var madrid = func() *time.Location {
	loc, err := time.LoadLocation("Europe/Madrid")
	if err != nil {
		panic(err)
	}
	return loc
}()

// The time span of the generated history: orders from May 2025 until the
// hand-written orders start (October 2026), reviews until the demo's
// "now", 10 November 2026.
var (
	historyStart = time.Date(2025, 5, 10, 0, 0, 0, 0, madrid)
	ordersEnd    = time.Date(2026, 9, 30, 0, 0, 0, 0, madrid)
	demoNow      = time.Date(2026, 11, 10, 0, 0, 0, 0, madrid)
)

type gen struct {
	rng      *rand.Rand
	products []product // generated
	all      []*prod   // base and generated, with traits
	bySKU    map[string]*prod
	emails   map[string]bool
}

// generate builds the document from the hand-written one.
func generate(baseDoc []byte, seed uint64) ([]byte, error) {
	var base struct {
		Customers []customer `json:"customers"`
		Products  []product  `json:"products"`
	}
	if err := json.Unmarshal(baseDoc, &base); err != nil {
		return nil, fmt.Errorf("reading the base document: %w", err)
	}
	g := &gen{rng: rand.New(rand.NewPCG(seed, 0x676c6f776c6162)), bySKU: map[string]*prod{}, emails: map[string]bool{}}
	for _, c := range base.Customers {
		g.emails[c.Email] = true
	}
	for _, p := range base.Products {
		g.add(p, "mid")
	}
	g.makeProducts()
	customers, personas := g.makeCustomers()
	orders := g.makeOrders(customers, personas)
	reviews := g.makeReviews(customers, personas, orders)

	var buf bytes.Buffer
	buf.WriteString("{\n")
	field := func(name string, v any) {
		b, err := marshal(v)
		if err != nil {
			panic(err)
		}
		fmt.Fprintf(&buf, "  %q: %s,\n", name, b)
	}
	field("_note", "Fictional data generated for kefu's demo by `go run ./scripts/glowlab` (seed "+strconv.FormatUint(seed, 10)+
		"); do not edit by hand. Brands, products, customers, orders and reviews are made up; any resemblance to real people, "+
		"brands or products is coincidental. Ingredient lists use real INCI names in plausible order but are not real formulas.")
	field("tenant_id", "glowlab")
	section := func(name string, n int, item func(i int) any, last bool) {
		fmt.Fprintf(&buf, "  %q: [\n", name)
		for i := 0; i < n; i++ {
			b, err := marshal(item(i))
			if err != nil {
				panic(err)
			}
			buf.WriteString("    ")
			buf.Write(b)
			if i < n-1 {
				buf.WriteString(",")
			}
			buf.WriteString("\n")
		}
		if last {
			buf.WriteString("  ]\n")
		} else {
			buf.WriteString("  ],\n")
		}
	}
	promos := promotions()
	section("promotions", len(promos), func(i int) any { return promos[i] }, false)
	section("customers", len(customers), func(i int) any { return customers[i] }, false)
	section("products", len(g.products), func(i int) any { return g.products[i] }, false)
	section("orders", len(orders), func(i int) any { return orders[i] }, false)
	section("reviews", len(reviews), func(i int) any { return reviews[i] }, true)
	buf.WriteString("}\n")
	return buf.Bytes(), nil
}

// marshal is json.Marshal without HTML escaping ("&" stays "&").
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(b.Bytes(), "\n"), nil
}

// prod is a product with the traits reviews and shoppers react to.
type prod struct {
	product
	tier          string
	skin          []string
	fragranced    bool
	retinoid      bool
	acid          bool // AHA or BHA
	alcohol       bool // alcohol denat. in the list
	mineral       bool // a sunscreen with mineral filters only
	matte, rich   bool
	good          string // the aspect its fans praise
	weight        float64
	makeupOrSkin  bool // a face product (not a tool)
	hydratingDry  bool
	travel, isGWP bool
}

func (g *gen) add(p product, tier string) *prod {
	a := p.Attributes
	list := strings.ToLower(a["ingredients"])
	full := list != ""
	if !full {
		list = strings.ToLower(a["key_ingredients"])
	}
	x := &prod{product: p, tier: tier, makeupOrSkin: p.Category != "makeup sponge"}
	for _, s := range strings.Split(a["skin_types"], ",") {
		if s = strings.TrimSpace(s); s != "" && s != "all" {
			x.skin = append(x.skin, s)
		}
	}
	if a["skin_types"] == "all" {
		x.skin = slices.Clone(skinTypes)
	}
	x.fragranced = full && (strings.Contains(list, "parfum") || strings.Contains(list, "linalool") || strings.Contains(list, "geraniol"))
	x.retinoid = strings.Contains(list, "retin")
	x.acid = strings.Contains(list, "glycolic") || strings.Contains(list, "salicylic") || strings.Contains(list, "lactic acid")
	x.alcohol = strings.Contains(list, "alcohol denat")
	x.mineral = p.Category == "sunscreen" && strings.Contains(list, "zinc oxide") && !strings.Contains(list, "homosalate")
	x.matte = a["finish"] == "matte" || strings.Contains(a["concerns"], "shine") || p.Category == "mask" && strings.Contains(list, "kaolin, bentonite")
	tex := a["texture"]
	x.rich = tex == "rich cream" || tex == "balm" || tex == "oil" && p.Category != "cleanser" || a["finish"] == "dewy" ||
		strings.Contains(list, "shea") && p.Category == "moisturiser"
	x.hydratingDry = slices.Contains(x.skin, "dry") && !x.matte
	switch {
	case p.Category == "foundation":
		x.good = "coverage"
	case p.Category == "sunscreen" && x.mineral:
		x.good = "gentle"
	case p.Category == "sunscreen":
		x.good = "no-cast"
	case p.Category == "cleanser" && (tex == "oil" || tex == "balm" || strings.Contains(a["concerns"], "make-up")):
		x.good = "removal"
	case x.retinoid || strings.Contains(list, "bakuchiol") || strings.Contains(list, "peptide"):
		x.good = "smoothing"
	case strings.Contains(list, "ascorb") || strings.Contains(list, "tranexamic") || strings.Contains(list, "arbutin") || strings.Contains(list, "glycolic") || strings.Contains(list, "lactic acid"):
		x.good = "glow"
	case strings.Contains(list, "salicylic") || strings.Contains(list, "azelaic") || strings.Contains(list, "niacinamide") || strings.Contains(list, "zinc pca") || strings.Contains(list, "kaolin"):
		x.good = "acne"
	case strings.Contains(list, "centella") || strings.Contains(list, "cica"):
		x.good = "calming"
	case x.matte:
		x.good = "oil-control"
	default:
		x.good = "hydration"
	}
	// Popularity: a long tail, house brand and bestsellers first.
	x.weight = math.Exp(g.rng.NormFloat64() * 0.9)
	if p.Brand == "GlowLab" {
		x.weight *= 1.6
	}
	if !x.makeupOrSkin {
		x.weight = 0.05
	}
	g.all = append(g.all, x)
	g.bySKU[p.SKU] = x
	return x
}

var skinTypes = []string{"combination", "dry", "normal", "oily", "sensitive"}

var hsCodes = map[string]string{"cleanser": "340130", "setting powder": "330491", "makeup sponge": "392690"}

var catCodes = map[string]string{"foundation": "FND", "toner": "TNR", "serum": "SER", "moisturiser": "MST", "sunscreen": "SPF",
	"cleanser": "CLN", "mask": "MSK", "primer": "PRM", "setting powder": "PWD"}

func (g *gen) makeProducts() {
	for _, a := range archetypes {
		for _, code := range a.brands {
			b := brandByCode(code)
			g.makeProduct(a, b)
		}
	}
	// The gifts of the promotions, and a spare sponge to sell.
	sponge := func(sku, en, zh, es, desc string, price, stock int, gift bool) {
		attrs := map[string]string{"material": "latex-free polyurethane foam", "use": "damp, for liquid and cream foundation",
			"name_zh": zh, "name_es": es, "skin_types": "all"}
		if gift {
			attrs["gift"] = "true"
		}
		g.products = append(g.products, product{SKU: sku, Name: en, Description: desc, Category: "makeup sponge", Brand: "GlowLab",
			HSCode: hsCodes["makeup sponge"], Price: price, Currency: "EUR", Stock: stock, Attributes: attrs})
		x := g.add(g.products[len(g.products)-1], "budget")
		x.isGWP = gift
	}
	sponge("GL-GLW-SPONGE", "Beauty Blending Sponge", "美妆蛋", "Esponja de maquillaje",
		"Teardrop blending sponge for a seamless finish; use damp. Free with any foundation while the offer lasts.", 690, 800, true)
	sponge("GL-GLW-SPONGE-MINI", "Mini Blending Sponges, 2 pack", "迷你美妆蛋 2只装", "Mini esponjas de maquillaje, 2 unidades",
		"Two small sponges for concealer around the eyes and nose.", 590, 0, false)
	sponge("GL-GLW-SPONGE-FLAT", "Flat-Edge Foundation Sponge", "斜切粉底海绵", "Esponja plana para base",
		"A flat edge for pressing powder and full-coverage foundation.", 650, 120, false)
	// The free travel-size cleanser over €40.
	base := g.bySKU["GL-CLN-GEL"]
	attrs := map[string]string{}
	for k, v := range base.Attributes {
		attrs[k] = v
	}
	attrs["volume_ml"], attrs["gift"] = "30", "true"
	attrs["name_zh"], attrs["name_es"] = "温和泡沫洁面啫喱 旅行装", "Gel limpiador espumoso suave, tamaño viaje"
	attrs["ingredients"] = "Aqua, Sodium Laureth Sulfate, Cocamidopropyl Betaine, Glycerin, Salicylic Acid, Zinc PCA, Sodium Chloride, Citric Acid, Sodium Benzoate, Phenoxyethanol"
	g.products = append(g.products, product{SKU: "GL-CLN-GEL-TRAVEL", Name: "Gentle Foaming Gel Cleanser, travel size, 30 ml",
		Description: "The 30 ml travel size of our salicylic acid gel cleanser; free on orders over €40 while the offer lasts.",
		Category:    "cleanser", Brand: "GlowLab", HSCode: hsCodes["cleanser"], Price: 450, Currency: "EUR", Stock: 600, Attributes: attrs})
	x := g.add(g.products[len(g.products)-1], "budget")
	x.isGWP, x.travel = true, true
}

func (g *gen) makeProduct(a archetype, b brand) {
	inci := slices.Clone(a.head)
	if !a.noScent || b.scent == "" {
		for _, e := range b.extras {
			if !containsFold(inci, e) && !containsFold(a.tail, e) {
				inci = append(inci, e)
			}
		}
	}
	tail := slices.Clone(a.tail)
	scented := !a.noScent && b.scent != ""
	var allergens []string
	switch {
	case scented && b.scent == "parfum":
		tail = insertBeforePigments(tail, "Parfum")
		allergens = l("Linalool", "Limonene")
		if g.rng.IntN(2) == 0 {
			allergens = append(allergens, "Hexyl Cinnamal")
		}
	case scented && b.scent == "essential":
		oils := [][]string{
			{"Lavandula Angustifolia (Lavender) Oil", "Citrus Aurantium Dulcis (Orange) Peel Oil"},
			{"Rosmarinus Officinalis (Rosemary) Leaf Oil", "Citrus Limon (Lemon) Peel Oil"},
			{"Pelargonium Graveolens Flower Oil", "Citrus Aurantium Bergamia (Bergamot) Fruit Oil"},
		}[g.rng.IntN(3)]
		for _, o := range oils {
			tail = insertBeforePigments(tail, o)
		}
		allergens = l("Limonene", "Linalool", "Geraniol")
	}
	for _, al := range allergens {
		if !containsFold(tail, al) {
			tail = insertBeforePigments(tail, al)
		}
	}
	list := append(inci, tail...)
	fragranced := scented || containsFold(list, "Parfum")

	size := a.size
	unit := " ml"
	if a.grams {
		unit = " g"
	}
	name := b.lineName(a.en) + ", " + strconv.Itoa(size) + unit
	if a.key == "SHEET" {
		name = b.lineName(a.en)
	}
	attrs := map[string]string{
		"ingredients": joinINCI(list), "key_ingredients": a.keys, "skin_types": a.skin, "concerns": a.concerns,
		"name_zh": b.lineName(a.zh), "name_es": b.lineName(a.es),
	}
	if a.grams {
		attrs["weight_g"] = strconv.Itoa(size)
	} else {
		attrs["volume_ml"] = strconv.Itoa(size)
	}
	set := func(k, v string) {
		if v != "" {
			attrs[k] = v
		}
	}
	set("finish", a.finish)
	set("texture", a.texture)
	set("coverage", a.coverage)
	set("spf", a.spf)
	set("pa", a.pa)
	for k, v := range a.extra {
		attrs[k] = v
	}
	if !fragranced {
		attrs["fragrance_free"] = "true"
	} else {
		delete(attrs, "fragrance_free")
	}
	desc := a.desc + " " + b.tagline
	price := priceFor(a.price, b, g.rng)
	stock := 10 + g.rng.IntN(40)*10
	if g.rng.IntN(100) < 12 {
		stock = 0
	}
	hs := hsCodes[a.cat]
	if hs == "" {
		hs = "330499"
	}
	p := product{SKU: "GL-" + b.code + "-" + catCodes[a.cat] + "-" + a.key, Name: name, Description: desc, Category: a.cat, Brand: b.name,
		HSCode: hs, Price: price, Currency: "EUR", Stock: stock, Attributes: attrs}
	g.products = append(g.products, p)
	g.add(p, b.tier)
}

// lineName is how a brand prints a product name: the house brand's plain,
// the others after their brand.
func (b brand) lineName(s string) string {
	if b.code == "GLW" {
		return s
	}
	return b.name + " " + s
}

// priceFor spreads prices by tier: a budget brand at about half the
// archetype's price, premium at about double, each ending in 50 or 90
// cents like a shop's.
func priceFor(base int, b brand, rng *rand.Rand) int {
	v := float64(base) * b.priceMul * (0.9 + 0.2*rng.Float64())
	euros := int(v / 100)
	if euros < 3 {
		euros = 3
	}
	if rng.IntN(2) == 0 {
		return euros*100 + 90
	}
	return euros*100 + 50
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// insertBeforePigments adds s before a "May contain" section, or at the end.
func insertBeforePigments(list []string, s string) []string {
	for i, x := range list {
		if strings.HasPrefix(x, "[+/-") {
			return slices.Insert(list, i, s)
		}
	}
	return append(list, s)
}

func joinINCI(list []string) string { return strings.Join(list, ", ") }

// persona is what a customer's orders and reviews follow.
type persona struct {
	skin      string
	tier      string
	lang      string
	favourite map[string]string // category -> SKU they rebuy
}

type name struct{ name, email, lang, country string }

var (
	enFirst  = l("Olivia", "Amelia", "Isla", "Grace", "Hannah", "Megan", "Jessica", "Ella", "Sophie", "Ava", "Lily", "Rachel", "Zoe", "Kate", "Lucy", "Ruby", "Aisha", "Priya", "Niamh", "Daniel")
	enLast   = l("Smith", "Jones", "Taylor", "Brown", "Davies", "Evans", "Walker", "Wright", "Thompson", "Hughes", "Patel", "Khan", "Murphy", "O'Brien", "Clarke", "Lewis", "Robinson", "Hall", "Ward", "Cooper")
	enLands  = l("GB", "GB", "GB", "GB", "GB", "GB", "GB", "GB", "IE", "IE", "IE", "IE", "US", "US", "US", "MT", "GB", "GB", "IE", "US")
	esFirst  = l("Lucía", "María", "Paula", "Carmen", "Elena", "Andrea", "Sara", "Alba", "Noelia", "Irene", "Claudia", "Valentina", "Camila", "Daniela", "Ximena", "Javier", "Pablo", "Nerea", "Ainhoa", "Rocío")
	esLast   = l("Fernández", "González", "Rodríguez", "Sánchez", "Pérez", "Martín", "Gómez", "Ruiz", "Díaz", "Moreno", "Álvarez", "Romero", "Navarro", "Torres", "Castillo", "Vargas", "Jiménez", "Molina", "Ortega", "Serrano")
	esLands  = l("ES", "ES", "ES", "ES", "ES", "ES", "ES", "ES", "ES", "ES", "ES", "ES", "ES", "MX", "MX", "AR", "AR", "CL", "ES", "ES")
	zhNames  = [][2]string{{"王芳", "wang.fang"}, {"李娜", "li.na"}, {"刘洋", "liu.yang"}, {"陈静", "chen.jing"}, {"杨丽", "yang.li"}, {"赵敏", "zhao.min"}, {"黄婷", "huang.ting"}, {"周琳", "zhou.lin"}, {"吴倩", "wu.qian"}, {"徐蕾", "xu.lei"}, {"孙悦", "sun.yue"}, {"马晓雪", "ma.xiaoxue"}, {"朱莉莉", "zhu.lili"}, {"胡静怡", "hu.jingyi"}, {"林佳慧", "lin.jiahui"}}
	zhLands  = l("ES", "ES", "ES", "ES", "ES", "IT", "IT", "FR", "FR", "DE", "DE", "GB", "GB", "CN", "CN")
	others   = []name{{"Camille Dubois", "camille.dubois", "fr", "FR"}, {"Manon Leroy", "manon.leroy", "fr", "BE"}, {"Anna Schmidt", "anna.schmidt", "de", "DE"}, {"Julia Weber", "julia.weber", "de", "AT"}, {"Chiara Romano", "chiara.romano", "it", "IT"}}
	skinMix  = l("oily", "oily", "oily", "oily", "combination", "combination", "combination", "combination", "combination", "dry", "dry", "dry", "dry", "normal", "normal", "normal", "sensitive", "sensitive", "sensitive", "sensitive")
	tierMix  = l("budget", "budget", "budget", "mid", "mid", "mid", "mid", "premium", "premium", "premium")
	routines = l("cleanser", "moisturiser", "sunscreen", "serum", "toner", "foundation", "mask")
)

// makeCustomers makes 60 customers, c-3101 to c-3160: 20 writing
// English, 20 Spanish, 15 Chinese and 5 French, German or Italian.
func (g *gen) makeCustomers() ([]customer, []*persona) {
	var ns []name
	enF, enL := g.rng.Perm(len(enFirst)), g.rng.Perm(len(enLast))
	for i := 0; i < 20; i++ {
		n := enFirst[enF[i]] + " " + enLast[enL[i]]
		ns = append(ns, name{n, emailOf(n), "en", enLands[i]})
	}
	esF, esL := g.rng.Perm(len(esFirst)), g.rng.Perm(len(esLast))
	for i := 0; i < 20; i++ {
		n := esFirst[esF[i]] + " " + esLast[esL[i]]
		ns = append(ns, name{n, emailOf(n), "es", esLands[i]})
	}
	for i, z := range zhNames {
		ns = append(ns, name{z[0], z[1], "zh", zhLands[i]})
	}
	ns = append(ns, others...)
	var cs []customer
	var ps []*persona
	for i, n := range ns {
		email := n.email
		for k := 2; g.emails[email+"@example.com"]; k++ {
			email = n.email + strconv.Itoa(k)
		}
		g.emails[email+"@example.com"] = true
		c := customer{ExternalID: fmt.Sprintf("c-%d", 3101+i), Name: n.name, Email: email + "@example.com", Language: n.lang, Country: n.country}
		if n.country == "ES" && g.rng.IntN(3) == 0 {
			c.Phone = fmt.Sprintf("+34 6%02d 1%02d %03d", g.rng.IntN(100), i, g.rng.IntN(1000))
		}
		cs = append(cs, c)
		ps = append(ps, &persona{skin: skinMix[g.rng.IntN(len(skinMix))], tier: tierMix[g.rng.IntN(len(tierMix))], lang: n.lang,
			favourite: map[string]string{}})
	}
	return cs, ps
}

// emailOf folds a name to an e-mail local part: "Lucía Álvarez" is
// "lucia.alvarez".
func emailOf(n string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(n)) {
		switch {
		case r == ' ':
			b.WriteByte('.')
		case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// suits says whether x is a product a shopper of persona ps would pick.
func suits(x *prod, ps *persona) bool {
	if !x.makeupOrSkin || x.isGWP {
		return false
	}
	if !slices.Contains(x.skin, ps.skin) {
		return false
	}
	if ps.skin == "sensitive" && (x.fragranced || x.retinoid || x.acid || x.alcohol) {
		return false
	}
	if ps.skin == "dry" && (x.alcohol || x.matte && x.Category != "cleanser") {
		return false
	}
	if ps.skin == "oily" && x.rich {
		return false
	}
	return true
}

// pick chooses a product of category cat for ps, preferring their tier.
func (g *gen) pick(cat string, ps *persona) *prod {
	var same, any []*prod
	for _, x := range g.all {
		if x.Category != cat || !suits(x, ps) {
			continue
		}
		any = append(any, x)
		if x.tier == ps.tier {
			same = append(same, x)
		}
	}
	if len(same) > 0 && g.rng.IntN(10) < 8 {
		return same[g.rng.IntN(len(same))]
	}
	if len(any) == 0 {
		return nil
	}
	return any[g.rng.IntN(len(any))]
}

// makeOrders gives each customer one to seven orders between May 2025 and
// September 2026: a first routine, then refills of their favourites and
// one new product of a category they did not have.
func (g *gen) makeOrders(cs []customer, ps []*persona) []*order {
	var out []*order
	span := ordersEnd.Sub(historyStart)
	for i, c := range cs {
		p := ps[i]
		n := 1 + g.rng.IntN(4) + g.rng.IntN(4)
		var times []time.Time
		for k := 0; k < n; k++ {
			t := historyStart.Add(time.Duration(g.rng.Int64N(int64(span))))
			t = time.Date(t.Year(), t.Month(), t.Day(), 8+g.rng.IntN(15), g.rng.IntN(60), 0, 0, madrid)
			times = append(times, t)
		}
		sort.Slice(times, func(a, b int) bool { return times[a].Before(times[b]) })
		cats := slices.Clone(routines)
		g.rng.Shuffle(len(cats), func(a, b int) { cats[a], cats[b] = cats[b], cats[a] })
		next := 0
		for k, t := range times {
			o := &order{CustomerExternalID: c.ExternalID, Status: "delivered", Currency: "EUR", ShipTo: c.Country, placed: t,
				PlacedAt: t.Format(time.RFC3339)}
			var want []string
			if k == 0 {
				want = append(want, "cleanser", "moisturiser")
				if p.skin == "oily" || p.skin == "combination" {
					want = []string{"cleanser", "foundation"}
				}
			} else {
				for _, cat := range sortedKeys(p.favourite) {
					if g.rng.IntN(3) == 0 {
						want = append(want, cat)
					}
				}
			}
			for len(want) < 2 && next < len(cats) {
				want = append(want, cats[next])
				next++
			}
			seen := map[string]bool{}
			for _, cat := range want {
				var x *prod
				if sku, ok := p.favourite[cat]; ok && g.rng.IntN(3) > 0 {
					x = g.bySKU[sku]
				} else {
					x = g.pick(cat, p)
				}
				if x == nil || seen[x.SKU] {
					continue
				}
				seen[x.SKU] = true
				if _, ok := p.favourite[cat]; !ok {
					p.favourite[cat] = x.SKU
				}
				q := 1
				if (cat == "cleanser" || cat == "sunscreen") && g.rng.IntN(5) == 0 {
					q = 2
				}
				o.Lines = append(o.Lines, line{SKU: x.SKU, Name: x.Name, Quantity: q, UnitPrice: x.Price})
			}
			if len(o.Lines) == 0 {
				continue
			}
			switch r := g.rng.IntN(100); {
			case r < 4:
				o.Status = "returned"
			case r < 8:
				o.Status = "cancelled"
			}
			out = append(out, o)
		}
		if len(times) >= 5 && p.tier == "premium" {
			cs[i].VIP = true
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].placed.Before(out[b].placed) })
	seq := map[int]int{}
	for _, o := range out {
		y := o.placed.Year() % 100
		seq[y]++
		o.Number = fmt.Sprintf("GL%02d%04d", y, seq[y])
	}
	if seq[26] >= 400 {
		panic("2026 history orders reach GL260400, the hand-written orders' numbers")
	}
	return out
}

// sortedKeys returns m's keys in order, for a deterministic output.
func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// reviewTarget is how many reviews the file holds.
const reviewTarget = 1800

// makeReviews writes reviews: about two in five delivered order lines
// get one from their buyer (verified), and the rest come from shoppers
// the shop cannot tie to a customer, more for popular products.
func (g *gen) makeReviews(cs []customer, ps []*persona, orders []*order) []*review {
	var out []*review
	byExt := map[string]int{}
	for i, c := range cs {
		byExt[c.ExternalID] = i
	}
	for _, o := range orders {
		if o.Status != "delivered" {
			continue
		}
		i := byExt[o.CustomerExternalID]
		for _, ln := range o.Lines {
			x := g.bySKU[ln.SKU]
			if g.rng.IntN(100) >= 40 {
				continue
			}
			at := o.placed.Add(time.Duration(7+g.rng.IntN(40))*24*time.Hour + time.Duration(g.rng.IntN(600))*time.Minute)
			if !at.Before(demoNow) {
				continue
			}
			r := g.review(x, ps[i].skin, ps[i].lang, at)
			r.CustomerExternalID, r.Verified = cs[i].ExternalID, true
			out = append(out, r)
		}
	}
	var reviewable []*prod
	total := 0.0
	for _, x := range g.all {
		if x.makeupOrSkin && !x.travel {
			reviewable = append(reviewable, x)
			total += x.weight
		}
	}
	span := demoNow.Sub(historyStart)
	for len(out) < reviewTarget {
		w := g.rng.Float64() * total
		var x *prod
		for _, c := range reviewable {
			if w -= c.weight; w < 0 {
				x = c
				break
			}
		}
		if x == nil {
			x = reviewable[len(reviewable)-1]
		}
		// Most reviewers bought it because it is for their skin.
		skin := skinTypes[g.rng.IntN(len(skinTypes))]
		if len(x.skin) > 0 && g.rng.IntN(100) < 70 {
			skin = x.skin[g.rng.IntN(len(x.skin))]
		}
		lang := "en"
		switch r := g.rng.IntN(100); {
		case r < 28:
			lang = "es"
		case r < 53:
			lang = "zh"
		case r < 55:
			lang = "fr"
		case r < 57:
			lang = "de"
		case r < 58:
			lang = "it"
		}
		at := historyStart.Add(time.Duration(g.rng.Int64N(int64(span))))
		r := g.review(x, skin, lang, at)
		r.Verified = g.rng.IntN(100) < 55
		if g.rng.IntN(100) < 12 {
			r.SkinType = ""
		}
		out = append(out, r)
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].at.Before(out[b].at) })
	for i, r := range out {
		r.ID = fmt.Sprintf("rv-%05d", i+1)
	}
	return out
}

// cause is one reason a reviewer likes or dislikes a product.
type cause struct {
	aspect string
	delta  float64
}

// review writes what a reviewer with skin type skin says about x.
func (g *gen) review(x *prod, skin, lang string, at time.Time) *review {
	chance := func(pct int) bool { return g.rng.IntN(100) < pct }
	var cs []cause
	add := func(a string, d float64) { cs = append(cs, cause{a, d}) }
	fits := slices.Contains(x.skin, skin)
	if good := goodFor(x.good, skin); fits {
		add(good, 0.4)
	} else {
		add(good, -0.3)
	}
	face := x.Category != "cleanser" && x.Category != "mask"
	switch skin {
	case "oily":
		if x.matte {
			add("oil-control", 0.6)
		}
		if x.rich && chance(75) {
			add("heavy", -2.0)
		}
	case "combination":
		if x.matte && chance(50) {
			add("oil-control", 0.3)
		}
		if x.rich && chance(35) {
			add("heavy", -1.2)
		}
	case "dry":
		if (x.alcohol || x.matte && face || x.Category == "mask" && x.matte || x.acid && x.Category == "toner") && chance(70) {
			add("drying", -1.8)
		}
		if x.hydratingDry {
			add("hydration", 0.5)
		}
	case "sensitive":
		if x.fragranced && chance(75) {
			add("fragrance", -2.5)
		}
		if (x.retinoid || x.acid) && chance(60) {
			add("irritation", -2.0)
		}
		if !x.fragranced && fits {
			add("gentle", 0.6)
		}
	}
	if x.fragranced && skin != "sensitive" {
		if chance(25) {
			add("scent-nice", 0.2)
		} else if chance(8) {
			add("scent-strong", -1.2)
		}
	}
	if x.mineral && (skin != "sensitive" && chance(35) || chance(12)) {
		add("white-cast", -1.0)
	}
	if x.Category == "foundation" && chance(12) {
		add("oxidise", -1.5)
	}
	switch x.tier {
	case "budget":
		if chance(30) {
			add("value", 0.3)
		}
	case "premium":
		if chance(20) {
			add("luxury", 0.3)
		} else if chance(15) {
			add("pricey", -0.9)
		}
	}
	if chance(4) {
		add("packaging", -1.5)
	}
	score := 4.1 + g.rng.NormFloat64()*0.8
	for _, c := range cs {
		score += c.delta
	}
	rating := int(math.Round(score))
	rating = max(1, min(5, rating))
	band := "good"
	switch {
	case rating <= 2:
		band = "bad"
	case rating == 3:
		band = "mixed"
	}
	r := &review{SKU: x.SKU, Rating: rating, Language: lang, SkinType: skin, at: at, CreatedAt: at.UTC().Format(time.RFC3339)}
	if bank, ok := other[lang]; ok {
		pair := bank[band][g.rng.IntN(len(bank[band]))]
		r.Title, r.Text = pair[0], pair[1]
		return r
	}
	// The strongest cause that agrees with the rating leads.
	sort.SliceStable(cs, func(a, b int) bool { return math.Abs(cs[a].delta) > math.Abs(cs[b].delta) })
	var lead, second string
	for _, c := range cs {
		agree := band == "good" && c.delta > 0 || band == "bad" && c.delta < 0 || band == "mixed"
		if !agree {
			continue
		}
		if lead == "" {
			lead = c.aspect
		} else if second == "" && c.aspect != lead {
			second = c.aspect
		}
	}
	if band == "mixed" && (lead == "" || chance(40)) {
		lead, second = "meh", lead
	}
	if lead == "" {
		lead = "meh"
	}
	ph := aspects[lead]
	r.Title = g.one(ph.title[lang])
	text := []string{g.one(ph.text[lang])}
	if second != "" && second != lead && chance(55) {
		text = append(text, g.one(aspects[second].text[lang]))
	}
	if chance(70) {
		text = append(text, g.one(closings[band][lang]))
	}
	sep := " "
	if lang == "zh" {
		sep = ""
	}
	r.Text = strings.Join(text, sep)
	if chance(8) {
		r.Title = "" // a text without a title
	}
	return r
}

// goodFor is the aspect a reviewer with skin type skin praises in a
// product whose fans praise good: the phrases of "gentle", "hydration"
// and "oil-control" name the reviewer's skin type, so others get
// "comfort".
func goodFor(good, skin string) string {
	switch {
	case good == "gentle" && skin != "sensitive",
		good == "hydration" && skin != "dry",
		good == "oil-control" && skin != "oily" && skin != "combination":
		return "comfort"
	}
	return good
}

func (g *gen) one(xs []string) string { return xs[g.rng.IntN(len(xs))] }

// promotions are the shop's offers: two gifts with purchase and a mask
// discount running now (the demo's 10 November 2026, and on for months
// after), and a summer sunscreen sale that is over.
func promotions() []promotion {
	return []promotion{
		{ID: "gwp-sponge", Text: map[string]string{
			"en": "Free beauty blending sponge with any foundation: use code SPONGEGIFT",
			"es": "Esponja de maquillaje gratis con cualquier base con el código SPONGEGIFT",
			"zh": "购买任意粉底液即送美妆蛋一个，优惠码 SPONGEGIFT",
		}, Code: "SPONGEGIFT", Start: "2026-11-01", Categories: l("foundation")},
		{ID: "gwp-travel-cleanser", Text: map[string]string{
			"en": "Free travel-size Gentle Foaming Gel Cleanser (30 ml) on orders over €40 with code TRAVEL40",
			"es": "Gel limpiador de viaje (30 ml) gratis en pedidos de más de 40 € con el código TRAVEL40",
			"zh": "订单满40欧元即送温和泡沫洁面啫喱旅行装（30毫升），优惠码 TRAVEL40",
		}, Code: "TRAVEL40", Start: "2026-10-15", MinTotal: 4000, Currency: "EUR"},
		{ID: "masks-15", Code: "MASK15", Text: map[string]string{
			"en": "15% off all face masks with code MASK15",
			"es": "15 % de descuento en todas las mascarillas con el código MASK15",
			"zh": "全场面膜85折，结账输入优惠码 MASK15",
		}, Start: "2026-11-01", End: "2027-03-01", Categories: l("mask")},
		{ID: "summer-sun-20", Code: "SUN20", Text: map[string]string{
			"en": "20% off every sunscreen this summer with code SUN20",
			"es": "20 % de descuento en todos los protectores solares este verano con el código SUN20",
			"zh": "夏季防晒全场8折，优惠码 SUN20",
		}, Start: "2026-06-01", End: "2026-09-01", Categories: l("sunscreen")},
	}
}
