package catalog

import (
	"github.com/kefu-ai/kefu/internal/phrase"
)

// aspect is what a question asks about a product.
type aspect uint8

const (
	aspectNone aspect = iota
	aspectPrice
	aspectPromotion
	aspectStock
	aspectOptions
	aspectOrigin
	aspectShelfLife
	aspectMaterial
)

// aspectNames name the aspects in the SlotQuestion slot.
var aspectNames = [...]string{"", "price", "promotion", "stock", "options", "origin", "shelf_life", "material"}

func aspectNamed(s string) aspect {
	for i, n := range aspectNames {
		if n == s && n != "" {
			return aspect(i)
		}
	}
	return aspectNone
}

// cueList holds the words that reveal what a question asks, in the
// languages the shop answers in. They count in every language: customers
// mix English words ("有promo吗") into theirs. Whole words in spaced
// scripts, anywhere in Chinese and Thai.
var cueList = []struct {
	a     aspect
	words []string
}{
	{aspectPrice, []string{
		"how much", "price", "prices", "priced", "cost", "costs", "expensive", "cheap", "cheaper",
		"多少钱", "价格", "价钱", "几块", "几钱", "售价", "贵", "便宜", "多钱",
		"cuánto", "cuanto", "cuánta", "precio", "precios", "cuesta", "cuestan", "caro",
		"preis", "preise", "kostet", "kosten", "teuer",
		"quanto", "prezzo", "prezzi", "costa", "costano",
		"harga", "berapa",
		"ราคา", "เท่าไหร่", "เท่าไร", "กี่บาท",
	}},
	{aspectPromotion, []string{
		"promotion", "promotions", "promo", "promos", "discount", "discounts", "coupon", "coupons",
		"voucher", "vouchers", "on sale", "deal", "deals", "offer", "offers", "promo code", "discount code",
		"优惠", "折扣", "打折", "促销", "活动", "优惠券", "优惠码", "减价", "特价",
		"promoción", "promocion", "promociones", "descuento", "descuentos", "cupón", "cupon", "oferta", "ofertas", "rebajas", "código",
		"rabatt", "aktion", "angebot", "angebote", "gutschein", "sonderangebot",
		"sconto", "sconti", "promozione", "promozioni", "offerta", "offerte", "codice",
		"promosi", "diskaun", "kupon", "tawaran", "jualan",
		"โปรโมชั่น", "โปร", "ส่วนลด", "คูปอง", "โค้ด", "ลดราคา",
	}},
	{aspectStock, []string{
		"in stock", "stock", "available", "availability", "sold out", "out of stock", "restock", "back in stock", "how many left",
		"有货", "现货", "库存", "缺货", "没货", "断货", "补货", "卖完", "还有吗", "有没有货",
		"disponible", "disponibles", "existencias", "agotado", "agotada", "quedan", "hay stock",
		"lieferbar", "verfügbar", "vorrätig", "ausverkauft", "auf lager",
		"disponibile", "disponibili", "esaurito", "magazzino",
		"ada stok", "stok", "habis", "tersedia",
		"มีของ", "ของหมด", "สต็อก", "สต๊อก", "หมดไหม", "มีสินค้า",
	}},
	{aspectOptions, []string{
		"colour", "colours", "color", "colors", "size", "sizes", "shade", "shades", "variant", "variants", "option", "options",
		"颜色", "尺码", "尺寸", "色号", "款式", "规格", "大小",
		"talla", "tallas", "tamaño", "tamaños", "tono", "tonos", "colores",
		"farbe", "farben", "größe", "größen", "farbton", "farbtöne",
		"colore", "colori", "taglia", "taglie", "tonalità",
		"warna", "saiz",
		"สีอะไร", "กี่สี", "มีสี", "ไซส์", "ขนาด",
	}},
	{aspectOrigin, []string{
		"made in", "where from", "come from", "comes from", "origin", "produced",
		"产地", "哪里产", "哪产", "哪国", "原产",
		"origen", "procedencia", "de dónde", "de donde", "fabricado",
		"herkunft", "hergestellt", "woher",
		"origine", "provenienza", "da dove", "prodotto in",
		"asal", "buatan",
		"ผลิตที่", "แหล่งผลิต", "มาจาก",
	}},
	{aspectShelfLife, []string{
		"shelf life", "expiry", "expire", "expires", "best before", "how long does it keep", "keep for",
		"保质期", "保鲜期", "放多久", "能放",
		"caducidad", "caduca", "vida útil",
		"haltbar", "haltbarkeit", "mindesthaltbarkeit",
		"scadenza", "conservazione", "si conserva",
		"tarikh luput", "tahan berapa lama",
		"วันหมดอายุ", "อายุการเก็บ", "เก็บได้นาน",
	}},
	{aspectMaterial, []string{
		"material", "made of", "fabric", "ingredient", "ingredients", "contain", "contains",
		"材质", "材料", "成分", "面料", "含有",
		"ingredientes", "composición", "hecho de", "tejido",
		"inhaltsstoffe", "zutaten", "stoff",
		"materiale", "ingredienti", "tessuto", "composizione",
		"bahan", "ramuan", "kandungan",
		"วัสดุ", "ส่วนผสม", "ผ้า",
	}},
}

// cues finds aspect words in text. Built once; read-only afterwards.
type cues struct{ t *phrase.Trie[aspect] }

func newCues() cues {
	t := phrase.New[aspect]()
	for _, c := range cueList {
		for _, w := range c.words {
			t.Add(w, "", c.a)
		}
	}
	return cues{t}
}

// find returns the set of aspects named in text, as a bit set, and text
// with the cue words blanked out (what is left may name a product).
func (c cues) find(text string) (aspects, string) {
	var buf [8]phrase.Match[aspect]
	var set aspects
	ms := c.t.FindAll(text, "", buf[:0])
	if len(ms) == 0 {
		return 0, text
	}
	b := []byte(text)
	for _, m := range ms {
		set |= 1 << m.Val
		for i := m.Start; i < m.End; i++ {
			b[i] = ' '
		}
	}
	return set, string(b)
}

// aspects is a set of aspect values.
type aspects uint16

func (s aspects) has(a aspect) bool { return s&(1<<a) != 0 }
