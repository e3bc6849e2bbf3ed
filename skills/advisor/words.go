package advisor

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// phrase is a word list entry: what a customer writes and what it means.
type phrase struct {
	text, value string
}

// lexicon finds phrases in lower-case text, longest first. Phrases in a
// script with spaces (Latin, Cyrillic, …) must stand as whole words;
// others (Chinese, Japanese, Thai) match anywhere. It is read-only after
// newLexicon and safe for concurrent use.
type lexicon struct {
	ps []phrase // longest first
}

// newLexicon builds a lexicon from value → phrases.
func newLexicon(m map[string][]string) *lexicon {
	l := &lexicon{}
	for v, ts := range m {
		for _, t := range ts {
			l.ps = append(l.ps, phrase{strings.ToLower(t), v})
		}
	}
	slices.SortFunc(l.ps, func(a, b phrase) int {
		if d := len(b.text) - len(a.text); d != 0 {
			return d
		}
		return strings.Compare(a.text+a.value, b.text+b.value)
	})
	return l
}

// find returns the distinct values found in text (lower case), in the
// order they occur in it; phrases are matched longest first and a
// matched span is blanked so that a shorter phrase inside it does not
// match again.
func (l *lexicon) find(text string) []string {
	type hit struct {
		value string
		at    int
	}
	var hits []hit
	for _, p := range l.ps {
		for from := 0; ; {
			i := strings.Index(text[from:], p.text)
			if i < 0 {
				break
			}
			i += from
			j := i + len(p.text)
			if spaced(p.text) && !(boundary(text, i, true) && boundary(text, j, false)) {
				from = i + 1
				continue
			}
			if k := slices.IndexFunc(hits, func(h hit) bool { return h.value == p.value }); k < 0 {
				hits = append(hits, hit{p.value, i})
			} else if i < hits[k].at {
				hits[k].at = i
			}
			text = text[:i] + strings.Repeat(" ", j-i) + text[j:]
			from = j
		}
	}
	if len(hits) == 0 {
		return nil
	}
	slices.SortStableFunc(hits, func(a, b hit) int { return a.at - b.at })
	out := make([]string, len(hits))
	for i, h := range hits {
		out[i] = h.value
	}
	return out
}

// has reports whether any phrase of the lexicon is in text.
func (l *lexicon) has(text string) bool { return len(l.find(text)) > 0 }

// spaced reports whether a phrase is written in a script that separates
// words with spaces, so it must match whole words.
func spaced(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) || unicode.Is(unicode.Thai, r) || unicode.Is(unicode.Hiragana, r) ||
			unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r) {
			return false
		}
	}
	return true
}

// boundary reports whether position i of s is a word boundary: at the
// start (before) or end (after) of a word.
func boundary(s string, i int, before bool) bool {
	var r rune
	if before {
		if i == 0 {
			return true
		}
		r, _ = utf8.DecodeLastRuneInString(s[:i])
	} else {
		if i >= len(s) {
			return true
		}
		r, _ = utf8.DecodeRuneInString(s[i:])
	}
	return !(unicode.IsLetter(r) || unicode.IsDigit(r)) || !spaced(string(r))
}

// categories are the product categories customers ask for, by canonical
// category (what shops put in Product.Category; moisturizer and
// moisturiser are one). The words are kefu's, written for the languages
// the NLU serves.
var categories = newLexicon(map[string][]string{
	"foundation": {"foundation", "foundations", "粉底液", "粉底", "粉底霜", "气垫", "氣墊", "base de maquillaje", "base de maquillage",
		"fond de teint", "fondotinta", "grundierung", "base líquida", "base liquida", "รองพื้น", "alas bedak", "kem nền", "ファンデーション", "파운데이션"},
	"toner": {"toner", "toners", "tonic", "爽肤水", "化妆水", "化妝水", "爽膚水", "柔肤水", "tónico", "tonico", "tónicos", "lotion tonique",
		"gesichtswasser", "tonico viso", "โทนเนอร์", "nước hoa hồng", "化粧水", "토너"},
	"serum": {"serum", "serums", "essence", "精华", "精華", "精华液", "精華液", "sérum", "sérums", "siero", "เซรั่ม", "セラム", "美容液", "세럼", "에센스"},
	"moisturiser": {"moisturiser", "moisturizer", "moisturisers", "moisturizers", "moisturising cream", "moisturizing cream", "face cream",
		"day cream", "night cream", "面霜", "乳液", "保湿霜", "保濕霜", "保湿乳", "晚霜", "日霜", "crema hidratante", "hidratante", "crema facial",
		"crème hydratante", "feuchtigkeitscreme", "crema idratante", "มอยเจอร์ไรเซอร์", "ครีมบำรุง", "pelembap", "kem dưỡng", "保湿クリーム", "수분크림"},
	"sunscreen": {"sunscreen", "sunscreens", "sunblock", "sun cream", "sun protection", "防晒", "防曬", "防晒霜", "防曬霜", "防晒乳",
		"protector solar", "protectores solares", "bloqueador solar", "bloqueador", "crema solar", "fotoprotector", "crème solaire",
		"sonnencreme", "sonnenschutz", "crema solare", "protezione solare", "protetor solar", "กันแดด", "ครีมกันแดด", "pelindung matahari",
		"kem chống nắng", "日焼け止め", "선크림"},
	"cleanser": {"cleanser", "cleansers", "face wash", "facial wash", "cleansing gel", "cleansing foam", "洗面奶", "洁面", "潔面",
		"洁面乳", "洗面乳", "洗颜", "limpiador", "limpiadora", "gel limpiador", "espuma limpiadora", "nettoyant", "reinigungsgel",
		"detergente viso", "โฟมล้างหน้า", "เจลล้างหน้า", "pembersih muka", "sữa rửa mặt", "洗顔", "클렌저"},
	"mask": {"mask", "masks", "face mask", "sheet mask", "面膜", "mascarilla", "mascarillas", "masque", "maske", "maschera", "มาส์ก",
		"มาสก์", "topeng muka", "mặt nạ", "マスク", "마스크", "팩"},
	"primer": {"primer", "primers", "妆前乳", "妝前乳", "隔离霜", "隔離霜", "prebase", "pre-base", "base de maquillaje previa", "ไพรเมอร์"},
	"powder": {"setting powder", "loose powder", "pressed powder", "散粉", "蜜粉", "定妆粉", "polvos", "polvo compacto", "poudre", "แป้ง"},
	"lips":   {"lipstick", "lip balm", "lip gloss", "口红", "口紅", "唇膏", "润唇膏", "labial", "pintalabios", "bálsamo labial", "ลิปสติก"},
	"eyes":   {"mascara", "eye cream", "eyeliner", "睫毛膏", "眼霜", "眼线", "máscara de pestañas", "rímel", "contorno de ojos", "มาสคาร่า"},
})

// categoryOf reads a product's category as the lexicon's canonical one
// ("Moisturizer" is "moisturiser"); unknown categories stay lower case.
func categoryOf(c string) string {
	c = strings.ToLower(strings.TrimSpace(c))
	if vs := categories.find(c); len(vs) > 0 {
		return vs[0]
	}
	return c
}

// ingredients are the actives customers ask about, by the name
// graph.About knows them under.
var ingredients = newLexicon(map[string][]string{
	"retinol": {"retinol", "retinal", "retinoid", "retinoids", "retinoide", "retinoides", "vitamin a", "vitamina a", "a醇", "a 醇",
		"视黄醇", "視黃醇", "维a", "維a", "视黄醛", "a醛", "黄金a醇", "レチノール", "레티놀", "เรตินอล"},
	"vitamin c": {"vitamin c", "vitamina c", "vitamine c", "ascorbic acid", "ácido ascórbico", "vc", "维c", "維c", "维生素c",
		"維生素c", "抗坏血酸", "ビタミンc", "비타민c", "วิตามินซี"},
	"niacinamide":      {"niacinamide", "niacinamida", "nicotinamide", "vitamin b3", "烟酰胺", "菸鹼醯胺", "煙酰胺", "ナイアシンアミド", "나이아신아마이드"},
	"salicylic acid":   {"salicylic acid", "salicylic", "bha", "ácido salicílico", "acide salicylique", "水杨酸", "水楊酸", "サリチル酸"},
	"glycolic acid":    {"glycolic acid", "glycolic", "aha", "ahas", "alpha hydroxy acid", "ácido glicólico", "果酸", "甘醇酸", "乙醇酸"},
	"lactic acid":      {"lactic acid", "ácido láctico", "乳酸"},
	"ceramide":         {"ceramide", "ceramides", "ceramida", "ceramidas", "神经酰胺", "神經醯胺", "セラミド", "세라마이드"},
	"hyaluronic acid":  {"hyaluronic acid", "hyaluronic", "ácido hialurónico", "acide hyaluronique", "玻尿酸", "透明质酸", "透明質酸", "ヒアルロン酸", "히알루론산"},
	"centella":         {"centella", "cica", "centella asiatica", "积雪草", "積雪草", "シカ", "시카"},
	"benzoyl peroxide": {"benzoyl peroxide", "peróxido de benzoilo", "过氧化苯甲酰"},
	"bakuchiol":        {"bakuchiol", "补骨脂酚"},
	"azelaic acid":     {"azelaic acid", "ácido azelaico", "壬二酸"},
})

// avoids are what customers ask to be left out ("without fragrance",
// "无香精", "sin alcohol"): the word for the thing, read as an avoid-need
// only next to a "without" word (withoutWords) or in a "-free" phrase.
var avoidFree = newLexicon(map[string][]string{
	"fragrance": {"fragrance-free", "fragrance free", "unscented", "perfume-free", "无香精", "無香精", "无香", "無香", "不含香精",
		"sin perfume", "sin fragancia", "sans parfum", "parfümfrei", "senza profumo", "ไม่มีน้ำหอม"},
	"alcohol":  {"alcohol-free", "alcohol free", "无酒精", "無酒精", "不含酒精", "sin alcohol", "sans alcool", "alkoholfrei", "senza alcool", "ไม่มีแอลกอฮอล์"},
	"silicone": {"silicone-free", "silicone free", "无硅", "無矽", "无硅油", "不含硅油", "sin siliconas", "sans silicone", "silikonfrei"},
	"oil":      {"oil-free", "oil free", "无油", "無油", "sin aceite", "libre de aceite", "sans huile", "ölfrei"},
})

// seasons map the season entity's values (and a few words of their own)
// to the graph's season values.
var seasonWords = newLexicon(map[string][]string{
	"summer": {"summer", "hot weather", "humid", "夏天", "夏季", "夏日", "热天", "verano", "été", "sommer", "estate", "verão", "หน้าร้อน", "夏"},
	"winter": {"winter", "cold weather", "冬天", "冬季", "秋冬", "invierno", "hiver", "inverno", "หน้าหนาว", "冬"},
})

// finishes are the make-up finishes customers ask for.
var finishWords = newLexicon(map[string][]string{
	"matte":   {"matte", "matt", "mattifying", "哑光", "啞光", "雾面", "霧面", "mate", "matificante", "mat", "แมตต์"},
	"dewy":    {"dewy", "glowy", "radiant", "水光", "光泽", "光澤", "luminoso", "luminosa", "jugoso", "lumineux", "โกลว์"},
	"natural": {"natural finish", "natural look", "自然妆感", "acabado natural"},
})

// concernWords map the skin_concern entity's values to the graph's
// canonical concerns (graph.Concern).
var concernOf = map[string]string{
	"acne": "acne", "blackheads": "pores", "pores": "pores", "dehydration": "dehydration", "dullness": "dullness",
	"pigmentation": "dark spots", "redness": "redness", "wrinkles": "ageing",
}

// concernPhrases are concerns said in words the entity extractor does
// not read as a skin concern ("控油", "anti-ageing", "hidratante").
var concernPhrases = newLexicon(map[string][]string{
	"oiliness":       {"oil control", "oil-control", "shine control", "shiny", "控油", "出油", "油光", "controlar el brillo", "control de grasa", "brillos"},
	"dehydration":    {"hydrating", "hydration", "moisturising", "moisturizing", "补水", "補水", "保湿", "保濕", "hidratación", "hidratante"},
	"dark spots":     {"brightening", "whitening", "dark spots", "acne marks", "美白", "提亮", "淡斑", "痘印", "manchas", "iluminador", "aclarar"},
	"ageing":         {"anti-ageing", "anti-aging", "anti ageing", "anti aging", "fine lines", "抗老", "抗衰", "细纹", "細紋", "antiedad", "arrugas", "líneas de expresión"},
	"barrier damage": {"barrier", "repair", "修护", "修護", "屏障", "烂脸", "barrera", "reparadora"},
	"acne":           {"祛痘", "战痘", "anti-acne", "antiacné", "antiacne"},
	"redness":        {"soothing", "calming", "泛红", "泛紅", "舒缓", "舒緩", "calmante", "rojeces"},
})

// reviewWords are the words of "what do other customers say about X?".
var reviewWords = newLexicon(map[string][]string{
	"reviews": {"reviews", "review", "reviewers", "ratings", "rating", "other customers", "others say", "people say", "customers say",
		"what do people think", "what do you think of", "any good", "worth it", "评价", "大家觉得", "觉得怎么样", "好用吗", "值得买吗", "用过的说说", "評價", "评论", "評論", "口碑", "好评", "买家秀", "别人怎么说", "大家怎么说", "用过的人",
		"opiniones", "reseñas", "valoraciones", "qué dicen", "que dicen", "otros clientes", "avis", "bewertungen", "recensioni", "รีวิว", "ulasan"},
})

// routineWords are the words of a routine question: "早C晚A", "morning
// vitamin C and evening retinol", "how do I layer …".
var routineWords = newLexicon(map[string][]string{
	"routine": {"早c晚a", "早 c 晚 a", "早c晚a怎么", "routine", "rutina", "layer", "layering", "combine", "combinar", "搭配", "一起用",
		"同时用", "叠加", "护肤步骤", "先后顺序", "morning and night", "am and pm", "day and night", "mañana y noche", "早晚"},
})

// usableWords are the words of "can I use …?" questions: an ingredient
// question asks whether and how, not which product.
var usableWords = newLexicon(map[string][]string{
	"usable": {"能用", "可以用", "适合", "適合", "能不能用", "可不可以用", "会不会", "安全吗", "can i use", "can i put", "is it safe",
		"safe for", "ok for", "okay for", "suitable for", "good for", "puedo usar", "se puede usar", "es seguro", "sirve para",
		"apto para", "puis-je utiliser", "darf ich", "posso usare", "ใช้ได้ไหม", "boleh guna"},
})

// pregnancyWords mark the audience "pregnancy".
var pregnancyWords = newLexicon(map[string][]string{
	"pregnancy": {"pregnant", "pregnancy", "breastfeeding", "孕妇", "孕婦", "怀孕", "懷孕", "孕期", "哺乳", "embarazada", "embarazo",
		"lactancia", "enceinte", "schwanger", "incinta", "ตั้งครรภ์", "hamil"},
})

// budgetUpper are the words that make a money amount a ceiling ("under
// $30"); an amount without one is read as a ceiling too, what "a
// moisturiser, $30" means. budgetAround makes it a target.
var budgetAround = newLexicon(map[string][]string{
	"around": {"around", "about", "roughly", "approximately", "左右", "上下", "大概", "alrededor de", "unos", "más o menos", "environ", "etwa", "circa"},
})
