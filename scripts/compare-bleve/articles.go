package main

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io/fs"
	"strings"
	"unicode"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/data"
)

// variants are the per-language products and destinations that turn one
// demo article into many. They follow cmd/kefu's knowledge bench
// (knowledgeBenchArticles, unexported there) with ten of each instead of
// eight, so that 10,000 articles have no two with the same text.
var variants = map[string]struct{ products, places []string }{
	"en": {[]string{"power bank", "phone case", "serum", "salmon", "headphones", "sunscreen", "charger", "toy", "blender", "backpack"},
		[]string{"Thailand", "Italy", "Germany", "Spain", "the UK", "the US", "Japan", "Malaysia", "France", "Singapore"}},
	"zh": {[]string{"充电宝", "手机壳", "精华液", "三文鱼", "耳机", "防晒霜", "充电器", "玩具", "搅拌机", "双肩包"},
		[]string{"泰国", "意大利", "德国", "西班牙", "英国", "美国", "日本", "马来西亚", "法国", "新加坡"}},
	"es": {[]string{"batería externa", "funda", "sérum", "salmón", "auriculares", "protector solar", "cargador", "juguete", "batidora", "mochila"},
		[]string{"Tailandia", "Italia", "Alemania", "España", "Reino Unido", "EE. UU.", "Japón", "Malasia", "Francia", "Singapur"}},
	"th": {[]string{"พาวเวอร์แบงค์", "เคสโทรศัพท์", "เซรั่ม", "แซลมอน", "หูฟัง", "ครีมกันแดด", "ที่ชาร์จ", "ของเล่น", "เครื่องปั่น", "กระเป๋าเป้"},
		[]string{"ไทย", "อิตาลี", "เยอรมนี", "สเปน", "อังกฤษ", "สหรัฐ", "ญี่ปุ่น", "มาเลเซีย", "ฝรั่งเศส", "สิงคโปร์"}},
	"it": {[]string{"power bank", "custodia", "siero", "salmone", "cuffie", "crema solare", "caricatore", "giocattolo", "frullatore", "zaino"},
		[]string{"Thailandia", "Italia", "Germania", "Spagna", "Regno Unito", "Stati Uniti", "Giappone", "Malesia", "Francia", "Singapore"}},
	"de": {[]string{"Powerbank", "Handyhülle", "Serum", "Lachs", "Kopfhörer", "Sonnencreme", "Ladegerät", "Spielzeug", "Mixer", "Rucksack"},
		[]string{"Thailand", "Italien", "Deutschland", "Spanien", "Großbritannien", "USA", "Japan", "Malaysia", "Frankreich", "Singapur"}},
	"fr": {[]string{"batterie externe", "coque", "sérum", "saumon", "écouteurs", "crème solaire", "chargeur", "jouet", "mixeur", "sac à dos"},
		[]string{"Thaïlande", "Italie", "Allemagne", "Espagne", "Royaume-Uni", "États-Unis", "Japon", "Malaisie", "France", "Singapour"}},
	"ms": {[]string{"power bank", "sarung telefon", "serum", "salmon", "fon kepala", "pelindung matahari", "pengecas", "mainan", "pengisar", "beg galas"},
		[]string{"Thailand", "Itali", "Jerman", "Sepanyol", "United Kingdom", "Amerika Syarikat", "Jepun", "Malaysia", "Perancis", "Singapura"}},
	"ja": {[]string{"モバイルバッテリー", "スマホケース", "美容液", "サーモン", "ヘッドホン", "日焼け止め", "充電器", "おもちゃ", "ミキサー", "リュック"},
		[]string{"タイ", "イタリア", "ドイツ", "スペイン", "イギリス", "アメリカ", "日本", "マレーシア", "フランス", "シンガポール"}},
}

// article is a generated article with what a query about it may use.
type article struct {
	*kefu.Article
	base           string // the demo article's title
	product, place string // empty for the demo article itself
}

// generate returns n published articles: the demo shops' articles, then
// variants naming a product and a destination in the article's language,
// as "kefu bench --scenario knowledge" builds them. Deterministic.
func generate(n int) ([]article, error) {
	var base []*kefu.Article
	for _, shop := range data.DemoShops() {
		b, err := fs.ReadFile(data.Demo, shop+".json")
		if err != nil {
			return nil, err
		}
		var doc struct {
			Articles []struct {
				Key, Language, Title, Body string
				Tags                       []string
			} `json:"articles"`
		}
		if err := json.Unmarshal(b, &doc); err != nil {
			return nil, fmt.Errorf("%s.json: %w", shop, err)
		}
		for _, a := range doc.Articles {
			base = append(base, &kefu.Article{Key: shop + "-" + a.Key, Language: a.Language, Title: a.Title, Body: a.Body, Tags: a.Tags, Status: kefu.ArticlePublished})
		}
	}
	out := make([]article, 0, n)
	for i := 0; len(out) < n; i++ {
		a := *base[i%len(base)]
		g := article{Article: &a, base: a.Title}
		if v := i / len(base); v > 0 {
			tv := variants[a.Language]
			v-- // 0..99: each (product, place) once per demo article
			if v >= len(tv.products)*len(tv.places) {
				return nil, fmt.Errorf("%d articles need more variants", n)
			}
			g.product, g.place = tv.products[v%len(tv.products)], tv.places[v/len(tv.products)]
			a.Key = fmt.Sprintf("%s-v%d", a.Key, v+1)
			a.Title = a.Title + " — " + g.product + " · " + g.place
			a.Body = a.Body + " (" + g.product + ", " + g.place + ")"
			a.Tags = append(append([]string(nil), a.Tags...), g.product, g.place)
		}
		a.ID = fmt.Sprintf("g%05d", i)
		out = append(out, g)
	}
	return out, nil
}

// rewords are paraphrases a customer might use instead of the words of
// an article's title: other inflections (singular/plural, verb forms),
// which a stemmer can undo, and synonyms, which no analyzer here knows.
// Spaced languages replace whole words (case-insensitively); Chinese,
// Japanese and Thai replace substrings.
var rewords = map[string][][2]string{
	"en": {{"returns", "return"}, {"refunds", "refund"}, {"deliveries", "delivery"}, {"tracking", "track"}, {"track", "tracking"},
		{"methods", "method"}, {"taxes", "tax"}, {"duties", "duty"}, {"times", "time"}, {"arrived", "arrives"}, {"products", "product"},
		{"shipping", "delivery"}, {"order", "parcel"}, {"accept", "take"}, {"items", "products"}},
	"es": {{"devoluciones", "devolución"}, {"reembolsos", "reembolso"}, {"envíos", "envío"}, {"envío", "envíos"}, {"métodos", "método"},
		{"impuestos", "impuesto"}, {"aduanas", "aduana"}, {"plazos", "plazo"}, {"productos", "producto"}, {"pedido", "paquete"},
		{"seguir", "rastrear"}, {"usar", "uso"}},
	"it": {{"resi", "reso"}, {"rimborsi", "rimborso"}, {"spedizione", "spedizioni"}, {"tempi", "tempo"}, {"metodi", "metodo"},
		{"tasse", "tassa"}, {"prodotti", "prodotto"}, {"tracciare", "tracciamento"}, {"ordine", "pacco"}},
	"de": {{"rückgabe", "Rückgaben"}, {"erstattung", "Erstattungen"}, {"steuern", "Steuer"}, {"versand", "Lieferung"},
		{"versanddauer", "Lieferzeit"}, {"bestellung", "Bestellungen"}, {"produkte", "Produkt"}, {"verfolge", "verfolgen"}},
	"fr": {{"retours", "retour"}, {"remboursements", "remboursement"}, {"délais", "délai"}, {"taxes", "taxe"}, {"livraison", "livraisons"}},
	"ms": {{"penghantaran", "hantar"}, {"pembayaran", "bayar"}, {"kaedah", "cara"}, {"barang", "produk"}},
	"zh": {{"配送", "送货"}, {"退货", "退换货"}, {"付款", "支付"}, {"查询", "查"}, {"多长时间", "多久"}, {"关税", "进口税"},
		{"订单", "包裹"}, {"如何", "怎么"}, {"哪些", "什么"}, {"联系我们", "怎么联系客服"}},
	"ja": {{"配送", "発送"}, {"どのくらいかかりますか", "何日かかりますか"}},
	"th": {{"การจัดส่ง", "ส่งของ"}, {"ชำระเงิน", "จ่ายเงิน"}, {"คืนสินค้า", "คืนของ"}, {"ใช้เวลานานเท่าไร", "กี่วัน"},
		{"คำสั่งซื้อ", "ออเดอร์"}, {"อย่างไร", "ยังไง"}, {"ที่ไหน", "ไหน"}},
}

// question is a question whose answer is a known article.
type question struct {
	text, lang, kind string
	target           article
}

// unspaced reports the languages written without spaces between words.
func unspaced(lang string) bool { return lang == "zh" || lang == "ja" || lang == "th" }

// perLanguage is how many target articles each language gets (fewer when
// it has fewer articles).
const perLanguage = 120

// queries returns, for up to perLanguage articles of each language
// (spread over the set), two questions: "drop" is the demo title with
// about a third of it left out (whole words, or one run of characters
// for Chinese, Japanese and Thai), "reword" the title with the rewords of
// its language applied (only when one applies). Both name the article's
// product and destination first, as a customer would, written without
// spaces in Chinese, Japanese and Thai.
func queries(arts []article) []question {
	byLang := map[string][]article{}
	for _, a := range arts {
		byLang[a.Language] = append(byLang[a.Language], a)
	}
	var out []question
	for _, lang := range languages(arts) {
		as := byLang[lang]
		step := max(1, len(as)/perLanguage)
		for i := 0; i < len(as) && i/step < perLanguage; i += step {
			a := as[i]
			out = append(out, question{text: withVariant(a, dropPart(a.base, lang, a.ID)), lang: lang, kind: "drop", target: a})
			if r, ok := reword(a.base, lang); ok {
				out = append(out, question{text: withVariant(a, r), lang: lang, kind: "reword", target: a})
			}
		}
	}
	return out
}

// languages returns the languages of arts in a fixed order.
func languages(arts []article) []string {
	order := []string{"en", "zh", "es", "th", "it", "de", "fr", "ms", "ja"}
	seen := map[string]bool{}
	for _, a := range arts {
		seen[a.Language] = true
	}
	var out []string
	for _, l := range order {
		if seen[l] {
			out = append(out, l)
		}
	}
	return out
}

func withVariant(a article, text string) string {
	if a.product == "" {
		return text
	}
	if unspaced(a.Language) {
		return a.product + a.place + text
	}
	return a.product + " " + a.place + " " + text
}

func hash(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}

// trimPunct removes the question's punctuation so that no analyzer gains
// from it.
func trimPunct(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
}

// dropPart leaves out about a third of title, chosen by a hash of seed.
func dropPart(title, lang, seed string) string {
	h := hash(seed)
	if unspaced(lang) {
		rs := []rune(trimPunct(title))
		n := (len(rs) + 1) / 3
		if n == 0 || len(rs) < 3 {
			return string(rs)
		}
		at := int(h % uint32(len(rs)-n+1))
		return string(rs[:at]) + string(rs[at+n:])
	}
	var words []string
	for _, w := range strings.Fields(title) {
		if w = trimPunct(w); w != "" {
			words = append(words, w)
		}
	}
	n := len(words) / 3
	if n == 0 {
		return strings.Join(words, " ")
	}
	at := int(h % uint32(len(words)-n+1))
	return strings.Join(append(append([]string(nil), words[:at]...), words[at+n:]...), " ")
}

// reword applies the rewords of lang to title and reports whether any
// applied.
func reword(title, lang string) (string, bool) {
	changed := false
	if unspaced(lang) {
		t := trimPunct(title)
		for _, r := range rewords[lang] {
			if strings.Contains(t, r[0]) {
				t = strings.ReplaceAll(t, r[0], r[1])
				changed = true
			}
		}
		return t, changed
	}
	var out []string
	for _, w := range strings.Fields(title) {
		w = trimPunct(w)
		if w == "" {
			continue
		}
		for _, r := range rewords[lang] {
			if strings.EqualFold(w, r[0]) {
				w, changed = r[1], true
				break
			}
		}
		out = append(out, w)
	}
	return strings.Join(out, " "), changed
}
