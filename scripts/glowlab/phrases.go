package main

// Review phrases: per aspect, titles and sentences in English, Spanish
// and Chinese. A review is built from its strongest aspect (title and
// first sentence), sometimes a second aspect, and a closing that fits the
// rating. Reviews in French, German and Italian use the short generic
// bank at the end.

type phrases struct{ title, text map[string][]string }

func p(enT, esT, zhT, enS, esS, zhS []string) phrases {
	return phrases{
		title: map[string][]string{"en": enT, "es": esT, "zh": zhT},
		text:  map[string][]string{"en": enS, "es": esS, "zh": zhS},
	}
}

var aspects = map[string]phrases{
	"oil-control": p(
		l("Finally, no shine by lunch", "Oily skin approved", "Matte all day"),
		l("Por fin sin brillos", "Aprobado por piel grasa", "Mate todo el día"),
		l("油皮亲妈", "控油真的可以", "一整天都哑光"),
		l("My oily T-zone stays matte until the evening, which never happens.", "Controls shine on my oily skin without feeling dry.", "I usually blot twice before noon; with this I don't need to at all.", "Keeps my oily skin matte even on hot Barcelona days."),
		l("Mi zona T grasa se mantiene mate hasta la noche, algo que nunca me pasa.", "Controla los brillos de mi piel grasa sin resecar.", "Antes usaba papelitos matificantes dos veces por la mañana; con esto, ninguna.", "Aguanta mate incluso en pleno verano."),
		l("大油皮用了一整天T区都不泛油光。", "控油效果很明显，而且不会拔干。", "以前中午就要吸油纸，现在完全不用。", "夏天用也很清爽，不闷痘。")),
	"heavy": p(
		l("Too heavy for oily skin", "Greasy on me", "Broke me out"),
		l("Demasiado densa para piel grasa", "Me deja la cara grasienta", "Me salieron granitos"),
		l("油皮慎入", "太油腻了", "闷痘了"),
		l("Far too rich for my oily skin; I looked greasy within an hour.", "It sits on top of my skin and I got clogged pores after a week.", "Nice texture, but on oily skin it just slides around and shines."),
		l("Demasiado rica para mi piel grasa; al cabo de una hora brillaba muchísimo.", "Se queda encima de la piel y a la semana tenía poros obstruidos.", "La textura es agradable, pero en piel grasa no hay quien la fije."),
		l("对油皮来说太滋润了，一小时就满脸油光。", "用了一周就闷出闭口，油皮真的不适合。", "质地很好，但油皮用会搓泥、反光。")),
	"hydration": p(
		l("My dry skin loves it", "So comfortable", "Hydration hero"),
		l("Mi piel seca la adora", "Muy confortable", "Hidratación de verdad"),
		l("干皮救星", "保湿很到位", "一整天都不紧绷"),
		l("My dry skin drinks it up and stays comfortable all day, no tightness at all.", "Flaky patches around my nose were gone within a week.", "Plumps my dehydrated skin and make-up sits much better on top."),
		l("Mi piel seca lo absorbe enseguida y está cómoda todo el día, nada de tirantez.", "Las descamaciones alrededor de la nariz desaparecieron en una semana.", "Mi piel deshidratada se ve más jugosa y el maquillaje queda mucho mejor."),
		l("干皮用完一整天都水润，不紧绷。", "鼻翼起皮的地方一周就好了。", "缺水肌用了之后上妆也更服帖。")),
	"comfort": p(
		l("Lovely texture", "Skin feels great", "Does what it says"),
		l("Textura agradable", "La piel queda genial", "Cumple lo que promete"),
		l("质地很舒服", "肤感很好", "效果和描述一致"),
		l("Absorbs quickly and my skin feels soft and comfortable all day.", "Lovely texture that layers well under sunscreen and make-up.", "My skin looks healthier and calmer since I started using it."),
		l("Se absorbe rápido y la piel queda suave y cómoda todo el día.", "Textura agradable que combina bien con el protector y el maquillaje.", "Desde que lo uso mi piel se ve más sana y tranquila."),
		l("吸收很快，一整天皮肤都柔软舒服。", "质地很好，叠加防晒和底妆都不搓泥。", "用了以后皮肤状态稳定多了。")),
	"drying": p(
		l("Too drying for me", "Tight and flaky", "Not for dry skin"),
		l("Me reseca demasiado", "Tirantez y descamación", "No apto para piel seca"),
		l("太干了", "用完紧绷起皮", "干皮别买"),
		l("Left my dry skin tight and flaky after a couple of days.", "The alcohol smell was the first warning; my cheeks felt parched.", "Mattifies, sure, but on dry skin it looks patchy and cakey."),
		l("Dejó mi piel seca tirante y con descamación en un par de días.", "Huele a alcohol y las mejillas me quedaron acartonadas.", "Matifica, sí, pero en piel seca se cuartea."),
		l("干皮用两天就紧绷起皮。", "一股酒精味，脸颊用完特别干。", "哑光是哑光，但干皮用会卡粉、斑驳。")),
	"gentle": p(
		l("Gentle on sensitive skin", "No reaction at all", "Finally something that doesn't sting"),
		l("Suave con mi piel sensible", "Ninguna reacción", "Por fin algo que no pica"),
		l("敏感肌放心用", "完全不刺激", "终于找到不刺痛的"),
		l("No stinging or redness at all on my very sensitive skin.", "I react to almost everything and this one has been fine for two months.", "Fragrance-free and calm; my rosacea flares have been fewer."),
		l("Ni picor ni rojeces en mi piel muy sensible.", "Reacciono a casi todo y con este llevo dos meses sin problema.", "Sin perfume y muy suave; tengo menos brotes de rosácea."),
		l("我是超级敏感肌，用了完全没有刺痛泛红。", "几乎什么都过敏的我，用了两个月都没问题。", "无香精很温和，玫瑰痤疮发作少了。")),
	"fragrance": p(
		l("The fragrance irritated my skin", "Why the perfume?", "Itchy and red"),
		l("El perfume me irritó", "¿Por qué tanto perfume?", "Picor y rojeces"),
		l("香精太重，过敏了", "为什么要加香精", "用完又痒又红"),
		l("The fragrance made my sensitive skin itch and turn red within minutes.", "Lovely idea, but it's perfumed and my sensitive cheeks burned.", "I had to stop after three days: red, itchy patches. Check the list for parfum and linalool."),
		l("El perfume hizo que mi piel sensible picara y se enrojeciera en minutos.", "La idea está bien, pero lleva perfume y me ardían las mejillas.", "Tuve que dejarlo a los tres días: rojeces y picor. Revisad si lleva parfum y linalool."),
		l("香味很重，敏感肌用了几分钟就发痒发红。", "加了香精，我的敏感脸颊用完火辣辣的。", "用了三天就停了，起红疹。敏感肌注意成分表里的香精和芳樟醇。")),
	"irritation": p(
		l("Too strong for sensitive skin", "Stinging and peeling", "Go slowly!"),
		l("Demasiado fuerte para piel sensible", "Escozor y descamación", "¡Id poco a poco!"),
		l("敏感肌不耐受", "刺痛脱皮", "一定要建立耐受"),
		l("It stung and my skin peeled for a week; too strong for my sensitive skin.", "Even twice a week gave me redness and dry patches.", "Works, I can tell, but my barrier could not take it."),
		l("Me escoció y estuve una semana pelándome; demasiado fuerte para mi piel sensible.", "Incluso dos veces por semana me provocó rojeces y zonas secas.", "Se nota que funciona, pero mi barrera no lo tolera."),
		l("刺痛，脱皮了一周，敏感肌真的扛不住。", "一周两次也会泛红起干皮。", "能感觉到有效，但屏障受不了。")),
	"smoothing": p(
		l("Smoother skin in a month", "Visible results", "Worth the patience"),
		l("Piel más lisa en un mes", "Resultados visibles", "Vale la pena la paciencia"),
		l("一个月皮肤变光滑", "效果看得见", "坚持用有回报"),
		l("After a month my skin texture is visibly smoother and the lines around my eyes look softer.", "Some dryness in week one, then smooth, even skin.", "Started twice a week as advised and now use it every other night with no issues."),
		l("Al mes la textura de mi piel es visiblemente más lisa y las líneas se ven más suaves.", "Algo de sequedad la primera semana, luego piel lisa y uniforme.", "Empecé dos noches por semana como recomiendan y ahora lo uso en días alternos sin problema."),
		l("用了一个月皮肤明显变光滑，眼周细纹也淡了。", "第一周有点干，之后皮肤变得细腻平滑。", "按建议一周两次开始，现在隔天用也没问题。")),
	"glow": p(
		l("Brighter skin", "Glow!", "Dark spots fading"),
		l("Piel más luminosa", "¡Qué luminosidad!", "Las manchas se aclaran"),
		l("提亮很明显", "皮肤有光泽了", "痘印淡了"),
		l("After a few weeks my skin looks brighter and more even.", "My old acne marks have faded noticeably.", "Colleagues asked what I changed; it's this."),
		l("A las pocas semanas mi piel se ve más luminosa y uniforme.", "Las marcas de acné antiguas se han aclarado bastante.", "En el trabajo me preguntaron qué había cambiado; es esto."),
		l("用了几周皮肤更亮更均匀。", "以前的痘印淡了很多。", "同事都问我最近用了什么。")),
	"acne": p(
		l("Breakouts calmed down", "Clearer skin", "Pores look smaller"),
		l("Menos granitos", "Piel más limpia", "Poros más pequeños"),
		l("痘痘少了", "皮肤干净了", "毛孔变小了"),
		l("My breakouts calmed down within two weeks and blackheads on my nose are much better.", "Pores look smaller and my chin stopped breaking out.", "Not a miracle, but far fewer new spots."),
		l("Los granitos se calmaron en dos semanas y los puntos negros de la nariz han mejorado mucho.", "Los poros se ven más pequeños y ya no me salen granos en la barbilla.", "No hace milagros, pero me salen muchos menos granos."),
		l("两周痘痘就消停了，鼻子上的黑头也少了。", "毛孔看起来小了，下巴不再爆痘。", "不是神药，但新痘明显少了。")),
	"coverage": p(
		l("Flawless and long-lasting", "Great coverage", "Survived a 12-hour day"),
		l("Perfecta y duradera", "Gran cobertura", "Aguanta 12 horas"),
		l("持妆一整天", "遮瑕力很好", "十二小时不脱妆"),
		l("Covers my redness in one layer and still looks like skin at the end of the day.", "The shade match was spot on and it lasts through a long shift.", "Blends easily with a damp sponge and doesn't settle into lines."),
		l("Cubre mis rojeces con una capa y al final del día sigue pareciendo piel.", "El tono es perfecto y aguanta todo el turno.", "Se difumina fácil con una esponja húmeda y no se marca en las líneas."),
		l("一层就能遮住泛红，晚上看还是很自然。", "色号很准，上一整天班都不脱妆。", "用湿美妆蛋很好推开，不卡纹。")),
	"oxidise": p(
		l("Oxidises on me", "Shade turned orange", "Patchy by noon"),
		l("Se oxida", "El tono se vuelve naranja", "A mediodía con parches"),
		l("氧化严重", "暗沉发黄", "中午就斑驳了"),
		l("Looks great at first, but it oxidises and turns orange after an hour.", "Went patchy around my nose by lunchtime.", "The shade range is too small; nothing matched my olive skin."),
		l("Al principio queda bien, pero se oxida y se vuelve naranja al cabo de una hora.", "A mediodía se cuarteaba alrededor de la nariz.", "Hay pocos tonos; ninguno me iba con mi piel oliva."),
		l("刚上脸很好，一个小时就氧化发黄。", "中午鼻翼周围就斑驳了。", "色号太少，没有适合我的黄皮色号。")),
	"no-cast": p(
		l("No white cast", "Best daily sunscreen", "Invisible"),
		l("Sin rastro blanco", "El mejor protector diario", "Invisible"),
		l("不泛白", "日常最佳防晒", "完全隐形"),
		l("No white cast, no greasy feel, and it works under make-up.", "Finally a sunscreen I actually enjoy putting on every morning.", "Doesn't sting my eyes and doesn't pill under foundation."),
		l("No deja rastro blanco ni sensación grasa, y va genial debajo del maquillaje.", "Por fin un protector que me apetece ponerme cada mañana.", "No pica en los ojos y no hace bolitas con la base."),
		l("不泛白不油腻，上妆也不搓泥。", "终于有一支每天都愿意涂的防晒。", "不辣眼睛，和粉底叠加也不搓泥。")),
	"white-cast": p(
		l("White cast", "Ghostly in photos", "Hard to blend"),
		l("Deja rastro blanco", "Salgo blanca en las fotos", "Cuesta extenderlo"),
		l("泛白严重", "拍照像鬼", "很难推开"),
		l("Gentle, but it leaves a white cast I can't rub in on my medium skin.", "Thick and hard to blend; I look grey in photos.", "Fine for the beach, too white for everyday."),
		l("Es suave, pero deja un rastro blanco que no consigo extender en mi piel morena.", "Es espeso y cuesta extenderlo; en las fotos salgo grisácea.", "Para la playa vale, para el día a día es demasiado blanco."),
		l("很温和，但泛白很严重，黄皮推不开。", "质地厚重很难推开，拍照发灰。", "海边用还行，日常太白了。")),
	"removal": p(
		l("Melts make-up away", "Best make-up remover", "Takes off everything"),
		l("Deshace el maquillaje", "El mejor desmaquillante", "Lo quita todo"),
		l("卸妆很干净", "卸妆神器", "防水睫毛膏也能卸"),
		l("Takes off waterproof mascara and sunscreen in one go and rinses clean.", "My skin feels clean but never stripped afterwards.", "A little goes a long way; this lasts me months."),
		l("Quita la máscara waterproof y el protector solar de una pasada y se aclara sin residuos.", "Después la piel queda limpia pero nada tirante.", "Con poco producto basta; me dura meses."),
		l("防水睫毛膏和防晒一次卸干净，乳化也很快。", "洗完干净但不紧绷。", "用量很省，一瓶能用好几个月。")),
	"calming": p(
		l("Calmed my redness", "Soothing rescue", "Barrier back on track"),
		l("Calmó mis rojeces", "Un rescate calmante", "Mi barrera se ha recuperado"),
		l("泛红退了", "急救舒缓", "屏障修复了"),
		l("Calmed the redness from over-exfoliating within a few days.", "My go-to when my skin is angry; it settles everything down overnight.", "After a peel gone wrong, this brought my barrier back."),
		l("En pocos días calmó las rojeces por exfoliar de más.", "Mi básico cuando la piel está irritada; por la mañana está todo más tranquilo.", "Después de un peeling que salió mal, esto recuperó mi barrera."),
		l("刷酸过度泛红，用了几天就退了。", "皮肤不稳定时的急救品，一晚上就稳定了。", "刷酸烂脸后靠它把屏障修回来了。")),
	"scent-nice": p(
		l("Smells lovely", "A treat every evening", "Spa in a jar"),
		l("Huele de maravilla", "Un capricho cada noche", "Como ir al spa"),
		l("味道好好闻", "每晚的小确幸", "像在做SPA"),
		l("Smells lovely and feels like a little spa moment every evening.", "The scent is subtle and fades quickly; my normal skin had no issue."),
		l("Huele de maravilla y es como un momento de spa cada noche.", "El olor es sutil y se va enseguida; mi piel normal no ha tenido problema."),
		l("味道很好闻，每晚用都像在做SPA。", "香味淡淡的很快就散了，中性皮没有不适。")),
	"scent-strong": p(
		l("Scent too strong", "Overpowering perfume", "Gave me a headache"),
		l("Perfume demasiado fuerte", "El olor es excesivo", "Me dio dolor de cabeza"),
		l("香味太浓", "香精味冲", "闻得头疼"),
		l("Works fine but the perfume is overpowering and lingers for hours.", "The scent gave me a headache; I wish there were an unscented version."),
		l("Funciona bien, pero el perfume es excesivo y dura horas.", "El olor me dio dolor de cabeza; ojalá hubiera una versión sin perfume."),
		l("效果还行，但香味太冲，好几个小时都散不掉。", "闻得我头疼，希望出无香版。")),
	"value": p(
		l("Great value", "Does the job for less", "Budget favourite"),
		l("Muy buena relación calidad-precio", "Cumple y es barato", "Mi favorito económico"),
		l("性价比超高", "便宜好用", "平价之光"),
		l("Does exactly what the expensive ones do for a fraction of the price.", "Simple formula, fair price, no nonsense."),
		l("Hace lo mismo que los caros por una fracción del precio.", "Fórmula sencilla, precio justo, sin tonterías."),
		l("效果不输大牌，价格只要零头。", "成分简单，价格实在。")),
	"luxury": p(
		l("Worth the splurge", "Pure luxury", "A little treat"),
		l("Merece la pena el capricho", "Puro lujo", "Un pequeño lujo"),
		l("贵得有道理", "奢华感满满", "犒劳自己"),
		l("Feels luxurious and the results justify the price.", "Beautiful texture and packaging; it's my treat to myself."),
		l("Se siente lujoso y los resultados justifican el precio.", "Textura y envase preciosos; es mi capricho."),
		l("用起来很有高级感，效果对得起价格。", "质地和包装都很精致，是给自己的奖励。")),
	"pricey": p(
		l("Too expensive", "Nice but overpriced", "Not worth it"),
		l("Demasiado caro", "Bien, pero caro", "No merece la pena"),
		l("太贵了", "好用但不值这个价", "性价比低"),
		l("Nice enough, but I can't see what justifies the price.", "For this money I expected more than an average cream."),
		l("Está bien, pero no veo qué justifica el precio.", "Por este precio esperaba algo más que una crema normal."),
		l("还可以，但看不出为什么这么贵。", "这个价位期待更高，效果很一般。")),
	"meh": p(
		l("It's OK", "Nothing special", "Average"),
		l("Está bien", "Nada especial", "Normalito"),
		l("一般般", "中规中矩", "没什么特别"),
		l("Does the job but I didn't notice much of a difference.", "Fine, nothing special; I probably won't repurchase.", "Pleasant texture, but results were underwhelming after six weeks."),
		l("Cumple, pero no he notado gran diferencia.", "Correcto, nada especial; no creo que repita.", "La textura es agradable, pero tras seis semanas los resultados son discretos."),
		l("能用，但没感觉有什么变化。", "中规中矩，大概不会回购。", "质地不错，用了六周效果一般。")),
	"packaging": p(
		l("Pump broke", "Packaging let down", "Good product, bad pump"),
		l("Se rompió el dosificador", "El envase falla", "Buen producto, mal envase"),
		l("按压泵坏了", "包装拉胯", "产品好包装差"),
		l("The product itself is fine but the pump stopped working after two weeks.", "The dropper leaks in my bag."),
		l("El producto está bien, pero el dosificador dejó de funcionar a las dos semanas.", "El cuentagotas gotea en el neceser."),
		l("产品本身还行，但按压泵两周就坏了。", "滴管放包里会漏。")),
}

// closings end a review by rating band: "good" for 4-5 stars, "mixed"
// for 3, "bad" for 1-2.
var closings = map[string]map[string][]string{
	"good": {
		"en": l("Will buy again.", "Already on my second bottle.", "Highly recommend.", "Arrived quickly and well packed.", "A permanent part of my routine now."),
		"es": l("Volveré a comprarlo.", "Ya voy por el segundo bote.", "Lo recomiendo mucho.", "Llegó rapidísimo y bien embalado.", "Ya forma parte fija de mi rutina."),
		"zh": l("已回购。", "已经是第二瓶了。", "强烈推荐。", "物流很快，包装完好。", "已经是我的日常必备。"),
	},
	"mixed": {
		"en": l("Might try something else next time.", "Okay for the price.", "Not bad, not amazing."),
		"es": l("La próxima vez probaré otra cosa.", "Correcto para lo que cuesta.", "Ni fu ni fa."),
		"zh": l("下次可能换别的试试。", "这个价位还可以。", "不好不坏。"),
	},
	"bad": {
		"en": l("Would not repurchase.", "Returned it.", "Gave it to my sister instead."),
		"es": l("No lo volvería a comprar.", "Lo he devuelto.", "Se lo he regalado a mi hermana."),
		"zh": l("不会回购。", "已退货。", "送给朋友了。"),
	},
}

// other holds short reviews for the languages without an aspect bank,
// by rating band: title and text pairs.
var other = map[string]map[string][][2]string{
	"fr": {
		"good":  {{"Très bon produit", "Ma peau est plus belle et le produit est agréable à utiliser. Je rachèterai."}, {"Je recommande", "Texture agréable, résultats visibles en quelques semaines."}},
		"mixed": {{"Correct", "Pas mal, mais je n'ai pas vu de grande différence."}},
		"bad":   {{"Déçue", "Ne convient pas à ma peau, je ne rachèterai pas."}},
	},
	"de": {
		"good":  {{"Sehr zufrieden", "Meine Haut fühlt sich besser an, schnelle Lieferung. Gerne wieder."}, {"Top", "Angenehme Textur und sichtbare Ergebnisse nach ein paar Wochen."}},
		"mixed": {{"Ganz okay", "Nicht schlecht, aber auch kein Wundermittel."}},
		"bad":   {{"Enttäuscht", "Hat meine Haut gereizt, leider nichts für mich."}},
	},
	"it": {
		"good":  {{"Ottimo", "La pelle è più luminosa e la texture è piacevole. Lo ricomprerò."}, {"Consigliato", "Risultati visibili dopo qualche settimana, spedizione veloce."}},
		"mixed": {{"Nella media", "Non male, ma non ho notato grandi differenze."}},
		"bad":   {{"Deludente", "Mi ha irritato la pelle, non fa per me."}},
	},
}
