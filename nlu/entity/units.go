package entity

import "strings"

// Unit kinds in unit payloads (payload.typ).
const (
	kMoney    = "money"
	kGram     = "g"
	kMl       = "ml"
	kItem     = "item"
	kMinute   = "min"
	kDay      = "d"
	kMonth    = "mo"
	kArabic   = "arabic-only" // payload.value marker: not after Chinese numerals
	kMonthNum = "month"
)

// unitTable lists suffix units: kind, factor, phrases.
var unitTable = []struct {
	kind   string
	factor float64
	arabic bool // only after Arabic digits (一个, 一块 are too often not quantities)
	words  string
}{
	{kGram, 1, false, "g|gr|grs|gram|grams|gramme|grammes|gramo|gramos|gramm|grammi|grama|gramas|克|公克|グラム|그램|กรัม|gam|gờ ram|" +
		"г|гр|грамм|грамма|граммов|gramy|gramów|غرام|غم|جرام|جم"},
	{kGram, 1000, false, "kg|kgs|kilo|kilos|kilogram|kilograms|kilogramme|kilogrammes|kilogramo|kilogramos|kilogramm|chilo|chili|quilo|quilos|公斤|千克|キロ|킬로|킬로그램|กก.|กก|กิโล|กิโลกรัม|cân|ký|kí|" +
		"кг|кило|килограмм|килограмма|килограммов|kilogramy|kilogramów|كيلو|كغ|كجم|كيلوغرام|كيلوجرام"},
	{kGram, 500, false, "斤|市斤"},
	// 两 (liang) is 50 g, after a numeral: 二两, 半两, 3两. As a digit it
	// means two (两斤, 两个); "三两天" (two or three days) is not a
	// weight, which scan.number checks.
	{kGram, 50, false, "两|兩"},
	{kGram, 453.59237, false, "lb|lbs|pound|pounds|libra|libras|磅"},
	{kGram, 28.349523125, false, "oz|ounce|ounces|onza|onzas|盎司"},
	{kMl, 1, false, "ml|mls|millilitre|millilitres|milliliter|milliliters|mililitro|mililitros|毫升|ミリリットル|밀리리터|มล.|มล|มิลลิลิตร|" +
		"мл|миллилитров|mililitrów|مل|مليلتر"},
	{kMl, 1000, false, "l|litre|litres|liter|liters|litro|litros|升|公升|リットル|리터|ลิตร|lít|" +
		"л|литр|литра|литров|lt|litr|litry|litrów|لتر|لترات"},
	{kItem, 1, true, "个|個"},
	{kItem, 1, false, "pc|pcs|piece|pieces|item|items|unit|units|box|boxes|pack|packs|packet|packets|bottle|bottles|bag|bags|jar|jars|tube|tubes|set|sets|pair|pairs|carton|cartons|can|cans|" +
		"件|盒|瓶|包|箱|袋|支|只|隻|份|罐|套|双|雙|片|颗|顆|本|枚|개|병|박스|" +
		"กล่อง|ชิ้น|ขวด|ถุง|แพ็ค|แพ็ก|อัน|ซอง|" +
		"caja|cajas|unidad|unidades|botella|botellas|paquete|paquetes|bolsa|bolsas|pieza|piezas|" +
		"hộp|chai|cái|gói|túi|lọ|kotak|botol|buah|bungkus|biji|" +
		"boîte|boîtes|bouteille|bouteilles|pièce|pièces|stück|stk|packung|packungen|flasche|flaschen|" +
		"scatola|scatole|bottiglia|bottiglie|pezzi|pezzo|caixa|caixas|garrafa|garrafas|" +
		"шт|шт.|штука|штуки|штук|упаковка|упаковки|упаковок|коробка|коробки|коробок|бутылка|бутылки|бутылок|" +
		"банка|банки|банок|флакон|флакона|флаконов|тюбик|тюбика|тюбиков|пачка|пачки|пачек|набор|набора|наборов|" +
		"adet|tane|kutu|şişe|paket|poşet|çift|" +
		"szt|szt.|sztuka|sztuki|sztuk|opakowanie|opakowania|opakowań|butelka|butelki|butelek|pudełko|pudełka|pudełek|" +
		"zestaw|zestawy|zestawów|pary|" +
		"stuk|stuks|doos|dozen|fles|flessen|pak|pakken|pakje|pakjes|potje|potjes|zak|zakken|" +
		"piraso|kahon|bote|pakete|supot|" +
		"قطعة|قطع|حبة|حبات|علبة|علب|زجاجة|زجاجات|عبوة|عبوات|كرتون|كراتين|كيس|أكياس"},
	{kMinute, 1, false, "分钟|分鐘|min|mins|minute|minutes|minuto|minutos|minuten|minuti|นาที|phút|menit|minit|分間|분|" +
		"минута|минуты|минут|мин|мин.|dakika|dk|dakikadır|minuta|minuty|minut|minuut|دقيقة|دقائق"},
	{kMinute, 60, false, "小时|小時|个小时|個小時|个钟头|個鐘頭|钟头|鐘頭|h|hr|hrs|hour|hours|hora|horas|heure|heures|stunde|stunden|ora|ore|ชั่วโมง|ชม.|ชม|giờ|tiếng|jam|時間|시간|" +
		"час|часа|часов|ч|saat|saattir|godzina|godziny|godzin|godz.|uur|uren|oras|ساعة|ساعات"},
	{kDay, 1, false, "天|day|days|día|días|dia|dias|jour|jours|tag|tage|tagen|giorno|giorni|วัน|ngày|hari|日間|일|" +
		"день|дня|дней|дн.|сутки|суток|рабочий день|рабочих дня|рабочих дней|" +
		"gün|günde|gündür|günlük|iş günü|iş gününde|" +
		"dzień|dni|dnia|dni robocze|dni roboczych|dzień roboczy|dag|dagen|werkdag|werkdagen|araw|" +
		"يوم|أيام|يوم عمل|أيام عمل"},
	{kDay, 7, false, "周|週|星期|个星期|個星期|礼拜|个礼拜|禮拜|week|weeks|semana|semanas|semaine|semaines|woche|wochen|settimana|settimane|สัปดาห์|อาทิตย์|tuần|minggu|週間|주|" +
		"неделя|недели|недель|неделю|hafta|haftadır|haftada|tydzień|tygodnie|tygodni|tygodnia|weken|linggo|أسبوع|أسابيع"},
	{kMonth, 1, false, "个月|個月|month|months|mes|meses|mois|monat|monate|monaten|mese|mesi|เดือน|tháng|bulan|ヶ月|か月|カ月|개월|" +
		"месяц|месяца|месяцев|ay|aydır|ayda|miesiąc|miesiące|miesięcy|miesiąca|maand|maanden|buwan|شهر|أشهر|شهور"},
}

// currencySuffix lists currency words written after the amount.
var currencySuffix = []struct {
	code   string
	arabic bool
	words  string
}{
	{"CNY", false, "元|块钱|塊錢|人民币|人民幣|rmb|cny|yuan|圆|юань|юаня|юаней|juan|juanów|يوان"},
	{"CNY", true, "块|塊"},
	{"USD", false, "美元|美金|usd|us$|dollar|dollars|dólar|dólares|dolar|dolares|$|" +
		"доллар|доллара|долларов|долл.|dolary|dolarów|dolara|dolyar|دولار|دولارات"},
	{"EUR", false, "欧元|歐元|€|eur|euro|euros|ユーロ|유로|ยูโร|евро|avro|يورو"},
	{"GBP", false, "英镑|英鎊|£|gbp|pounds sterling|sterling"},
	{"JPY", false, "日元|日圆|日幣|日币|円|yen|jpy|엔"},
	{"KRW", false, "韩元|韓元|원|krw|won"},
	{"THB", false, "泰铢|泰銖|บาท|baht|thb|฿"},
	{"MYR", false, "令吉|马币|馬幣|ringgit|myr"},
	{"SGD", false, "新币|新幣|新元|sgd"},
	{"HKD", false, "港币|港幣|港元|hkd"},
	{"TWD", false, "台币|台幣|新台币|新台幣|twd|ntd"},
	{"VND", false, "越南盾|đồng|đ|₫|vnd|dong|vnđ"},
	{"IDR", false, "rupiah|idr"},
	{"PHP", false, "php|₱|piso"},
	{"AUD", false, "aud|澳元|澳币"},
	{"CAD", false, "cad|加元|加币"},
	{"BRL", false, "brl|reais"},
	{"MXN", false, "mxn"},
	{"INR", false, "inr|rupees|₹"},
	{"CHF", false, "chf"},
	{"RUB", false, "₽|rub|руб|руб.|рубль|рубля|рублей|р|р."},
	{"UAH", false, "₴|uah|грн|грн.|гривна|гривны|гривен|гривень"},
	{"KZT", false, "₸|kzt|тенге|тг"},
	{"TRY", false, "₺|tl|lira|lirası|türk lirası|ليرة تركية"},
	{"PLN", false, "pln|zł|zl|złoty|złote|złotych|złotego|zlotych"},
	{"SAR", false, "sar|ر.س|ريال سعودي"},
	{"QAR", false, "qar|ر.ق|ريال قطري"},
	{"OMR", false, "omr|ريال عماني"},
	{"AED", false, "aed|د.إ|درهم إماراتي"},
	{"MAD", false, "درهم مغربي"},
	{"KWD", false, "kwd|د.ك|دينار كويتي"},
	{"EGP", false, "egp|ج.م|جنيه مصري"},
	{"GBP", false, "جنيه إسترليني"},
	{"riyal", false, "ريال|ريالات"},
	{"dirham", false, "درهم|دراهم"},
	{"dinar", false, "دينار|دنانير"},
	{"pound", false, "جنيه|جنيهات"},
}

// currencyPrefix lists currency signs and codes written before the amount.
// "$" and "¥" are resolved in context (see dollar and yen).
var currencyPrefix = []struct{ code, words string }{
	{"EUR", "€|eur|euro"},
	{"$", "$|＄"},
	{"USD", "us$|usd|us $|u$s"},
	{"GBP", "£|gbp"},
	{"¥", "¥|￥"},
	{"CNY", "rmb|cny|rmb¥"},
	{"JPY", "jpy|jp¥"},
	{"THB", "฿|thb"},
	{"MYR", "rm|myr"},
	{"SGD", "s$|sgd|sg$"},
	{"HKD", "hk$|hkd"},
	{"TWD", "nt$|twd"},
	{"AUD", "a$|au$|aud"},
	{"CAD", "c$|ca$|cad"},
	{"NZD", "nz$|nzd"},
	{"MXN", "mx$|mxn"},
	{"BRL", "r$|brl"},
	{"IDR", "rp|rp.|idr"},
	{"VND", "₫|vnd"},
	{"KRW", "₩|krw"},
	{"PHP", "₱|php"},
	{"INR", "₹|inr|rs.|rs"},
	{"CHF", "chf|sfr."},
	{"RUB", "₽"},
	{"TRY", "₺"},
	{"PLN", "pln"},
	{"UAH", "₴"},
	{"KZT", "₸"},
}

// monthTable maps month names to their numbers.
var monthTable = [12]string{
	"january|jan|jan.|enero|ene|janeiro|janvier|janv.|januar|gennaio|januari|มกราคม|ม.ค.|" +
		"января|январь|янв|янв.|ocak|stycznia|styczeń|styczen|يناير|كانون الثاني|جانفي",
	"february|feb|feb.|febrero|fevereiro|février|fevrier|févr.|februar|febbraio|februari|กุมภาพันธ์|ก.พ.|" +
		"февраля|февраль|фев|фев.|şubat|subat|lutego|luty|pebrero|فبراير|شباط|فيفري",
	"march|mar|mar.|marzo|março|marco|mars|märz|maret|mac|มีนาคม|มี.ค.|" +
		"марта|март|мар.|mart|marca|marzec|maart|mrt|marso|مارس|آذار",
	"april|apr|apr.|abril|avril|aprile|เมษายน|เม.ย.|" +
		"апреля|апрель|апр|апр.|nisan|kwietnia|kwiecień|kwiecien|أبريل|إبريل|نيسان|أفريل",
	"may|mayo|maio|mai|maggio|mei|พฤษภาคม|พ.ค.|" +
		"мая|май|mayıs|maja|maj|مايو|أيار",
	"june|jun|jun.|junio|junho|juin|juni|giugno|มิถุนายน|มิ.ย.|" +
		"июня|июнь|haziran|czerwca|czerwiec|hunyo|يونيو|يونيه|حزيران|جوان",
	"july|jul|jul.|julio|julho|juillet|juli|luglio|julai|กรกฎาคม|ก.ค.|" +
		"июля|июль|temmuz|lipca|lipiec|hulyo|يوليو|يوليه|تموز|جويلية",
	"august|aug|aug.|agosto|août|aout|agustus|ogos|สิงหาคม|ส.ค.|" +
		"августа|август|авг|авг.|ağustos|agustos|sierpnia|sierpień|sierpien|augustus|أغسطس|آب|أوت",
	"september|sep|sep.|sept|sept.|septiembre|setiembre|setembro|septembre|settembre|กันยายน|ก.ย.|" +
		"сентября|сентябрь|сен|сент|сент.|eylül|eylul|września|wrzesnia|wrzesień|wrzesien|setyembre|سبتمبر|أيلول",
	"october|oct|oct.|octubre|outubro|octobre|oktober|ottobre|ตุลาคม|ต.ค.|" +
		"октября|октябрь|окт|окт.|ekim|października|pazdziernika|październik|pazdziernik|okt|oktubre|أكتوبر|تشرين الأول",
	"november|nov|nov.|noviembre|novembro|novembre|พฤศจิกายน|พ.ย.|" +
		"ноября|ноябрь|ноя|нояб|нояб.|kasım|listopada|listopad|nobyembre|نوفمبر|تشرين الثاني",
	"december|dec|dec.|diciembre|dezembro|décembre|decembre|dezember|dicembre|desember|disember|ธันวาคม|ธ.ค.|" +
		"декабря|декабрь|дек|дек.|aralık|grudnia|grudzień|grudzien|disyembre|ديسمبر|كانون الأول",
}

// hsContext lists words announcing an HS code.
const hsContext = "hs|hs code|hs-code|hs编码|hs編碼|hs code:|hts|hts code|税号|稅號|海关编码|海關編碼|商品编码|海关商品编码|código hs|codigo hs|code sh|code hs|พิกัด|พิกัดศุลกากร|mã hs|kode hs|zolltarifnummer|tariff code|commodity code|" +
	"тн вэд|код тн вэд|код тнвэд|gtip|gtip kodu|gtip no|kod hs|kod cn|kod taryfy celnej|gn-code|goederencode|douanecode|" +
	"البند الجمركي|بند جمركي|الرمز الجمركي|رمز جمركي|كود جمركي|رمز النظام المنسق"

func words(s string) []string { return strings.Split(s, "|") }
