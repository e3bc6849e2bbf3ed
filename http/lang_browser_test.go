package http_test

import (
	"context"
	"encoding/json"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/freshness"
	"github.com/kefu-ai/kefu/internal/testenv"
	"github.com/kefu-ai/kefu/web"
)

// englishLeftovers lists the visible texts (text nodes, the placeholder,
// title and aria-label of visible elements, the options of visible
// lists) that contain one of words as a whole word, outside the elements
// skip matches (text that comes from customers, shops and the server).
// A text node whose own parent matches direct (the translation under a
// customer's message, with its label in a child) is skipped too.
const englishLeftovers = `(words, skip, direct) => {
	const re = new RegExp('(^|[^\\p{L}])(' + words.join('|') + ')(?![\\p{L}])', 'u');
	const out = [];
	const shown = e => e && e.checkVisibility({ visibilityProperty: true }) && !e.closest(skip);
	const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	for (let n; (n = w.nextNode());) {
		const p = n.parentElement;
		if (!p || p.closest('select, script, style, noscript') || p.matches(direct) || !shown(p)) continue;
		const s = n.textContent.trim();
		if (s && re.test(s)) out.push(s);
	}
	for (const e of document.querySelectorAll('[placeholder], [title], [aria-label]')) {
		if (!shown(e)) continue;
		for (const a of ['placeholder', 'title', 'aria-label']) {
			const v = e.getAttribute(a);
			if (v && re.test(v)) out.push(a + '=' + v);
		}
	}
	for (const sel of document.querySelectorAll('select')) {
		if (!shown(sel)) continue;
		for (const o of sel.options) if (re.test(o.textContent)) out.push('option ' + o.textContent);
	}
	return out;
}`

// leftovers runs englishLeftovers in the page.
func leftovers(t *testing.T, ctx context.Context, words []string, skip, direct string) []string {
	t.Helper()
	args, err := json.Marshal([]any{words, skip, direct})
	if err != nil {
		t.Fatal(err)
	}
	return run(t, ctx, chromedp.Evaluate[[]string](`(`+englishLeftovers+`)(...`+string(args)+`)`))
}

// consoleEnglish are words of the console's English texts; none may show
// for an agent who reads another language.
var consoleEnglish = []string{"Wrong intent", "Flag it", "Send correction", "Why?", "optional", "Queue", "My conversations", "At-risk", "Nobody", "Pick a conversation", "Take", "Release", "Transfer",
	"Close", "Send", "Canned", "Insert", "Writing in", "Internal notes", "Add note", "Note", "Customer", "customer", "Profile",
	"Orders", "Earlier", "Assist", "Articles", "Drafts", "Log out", "Shop admin", "reason", "priority", "Visitor", "queued",
	"Machine translation", "Machine-translated", "Anonymous", "None", "No orders", "Nothing", "Emotion", "intent", "confidence",
	"action", "outcome", "Relabel", "Correct this answer", "Compensations", "Grant", "Amount", "Reason", "online", "away",
	"offline", "Spanish", "English", "Chinese", "Mood", "Cancel", "Add", "with an agent", "live updates", "Presence",
	"granted", "Revoke", "Coupon", "Refund", "delivered", "Order", "Line", "What", "Empty", "Valid", "by"}

// consoleData is where the console shows what customers, the shop and
// the server wrote: the messages, notes, names, articles, drafts and the
// strategy (composed in the agent's language by the server).
const consoleData = `.msg-text, .note, #conv-title, .qi-name, #ctx-customer, #me-name, #me-tenant, #ctx-orders strong, .article, .draft > strong, .draft-preview, #assist-strategy, #login`

// codeLabel is labels.js's name of a code (key "reason_customer_asked")
// in lang, and whether labels.js has a table for lang; without one the
// pages show the English name, which is returned.
func codeLabel(t *testing.T, lang, key string) (string, bool) {
	t.Helper()
	b, err := fs.ReadFile(web.Static(), "labels.js")
	if err != nil {
		t.Fatal(err)
	}
	src := string(b)
	i := strings.Index(src, "\n    "+lang+": {\n")
	if i < 0 {
		i = strings.Index(src, "\n    \""+lang+"\": {\n") // "zh-Hant"
	}
	own := i >= 0
	if !own {
		i = strings.Index(src, "\n    en: {\n")
	}
	m := regexp.MustCompile(`\b` + key + `: "([^"]*)"`).FindStringSubmatch(src[max(i, 0):])
	if i < 0 || m == nil {
		t.Fatalf("labels.js names no %s", key)
	}
	return m[1], own
}

// pageTable is the table of the pages' texts that reads tag (labels.js's
// texts.pick): Traditional Chinese for Taiwan, Hong Kong and Macau.
func pageTable(tag string) string {
	switch tag {
	case "zh-TW", "zh-HK", "zh-MO", "yue":
		return "zh-Hant"
	}
	return tag
}

// consoleCodes are the console's elements that show codes named by
// labels.js (the hand-off reason, the trace's parts).
const consoleCodes = `.qi-reason, #conv-reason, .msg-trace [data-code]`

// TestConsoleLanguagesInBrowser signs in to the console as a Chinese-, a
// Spanish-, a Thai-, a Japanese-, a Russian-, a Turkish-, a Dutch-, an Italian- and a Polish-speaking agent, takes a Spanish customer's conversation and
// checks that the page speaks the agent's language: <html lang>, the
// title, the template's texts, the texts made by script (the queue's
// hand-off reason, the status, the message labels, the delivery line,
// the bot's trace) and no English word left in the page's own texts.
func TestConsoleLanguagesInBrowser(t *testing.T) {
	t.Parallel() // a server, a store and browsers of its own: it may overlap the other page-language walks
	e := MustOpenConsole(t, tagTranslator(), nil)
	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	for _, tc := range []struct {
		lang, name, htmlLang, title, moods, granted string
		want                                        map[string]string // selector -> a text it must contain
		native                                      []string          // words of consoleEnglish the language has borrowed
	}{
		{lang: "zh", name: "Mei", htmlLang: "zh-Hans", title: "kefu · 客服工作台", moods: "情绪：按系统识别|平静|生气|焦虑|满意|难过", granted: "已发放", want: map[string]string{
			`#ctx-orders`: "FF-zh · 已送达",
			`#take`:       "接入", `#release`: "交还机器人", `#reply-send`: "发送", `#note-add`: "添加备注", `#logout`: "退出登录",
			`.cols h2`: "排队中", `#conv-status`: "人工接待", `#conv-reason`: "客户要求转人工",
			`.msg[data-author="customer"] .msg-who`: "客户", `.msg[data-author="customer"] .mt-label`: "机器翻译 → 中文",
			`#reply-delivery`: "发送前会机器翻译成西班牙语", `#conv-lang`: "西班牙语", `#ctx-customer`: "Lucía",
		}},
		{lang: "es", name: "Eva", htmlLang: "es", title: "kefu · consola de agentes", moods: "Ánimo: el detectado|Neutral|Enfadado|Preocupado|Satisfecho|Triste", granted: "concedido", want: map[string]string{
			`#ctx-orders`: "FF-es · entregado",
			`#take`:       "Atender", `#release`: "Devolver al bot", `#reply-send`: "Enviar", `#note-add`: "Añadir nota", `#logout`: "Cerrar sesión",
			`.cols h2`: "Cola", `#conv-status`: "con un agente", `#conv-reason`: "El cliente pidió una persona",
			`.msg[data-author="customer"] .msg-who`: "cliente", `#reply-delivery`: "El cliente lee español: se envía tal cual.", `#conv-lang`: "español",
		}},
		// No provider translates Thai here: the console says so in Thai.
		{lang: "th", name: "Somchai", htmlLang: "th", title: "kefu · คอนโซลเจ้าหน้าที่", moods: "อารมณ์: ตามที่ระบบตรวจพบ|ปกติ|โกรธ|กังวล|พอใจ|เสียใจ", granted: "ให้แล้ว", want: map[string]string{
			`#ctx-orders`: "FF-th · ส่งถึงแล้ว",
			`#take`:       "รับเรื่อง", `#reply-send`: "ส่ง", `#logout`: "ออกจากระบบ",
			`.cols h2`: "คิว", `#conv-status`: "เจ้าหน้าที่ดูแล", `#conv-reason`: "ลูกค้าขอคุยกับเจ้าหน้าที่",
			`.msg[data-author="customer"] .msg-who`: "ลูกค้า", `.msg[data-author="customer"] .msg-notice`: "ไม่ได้แปลจากสเปน",
			`#reply-delivery`: "ไม่มีบริการแปล", `#conv-lang`: "สเปน",
		}},
		// Japanese is a language of the console's own table only.
		{lang: "ja", name: "Yui", htmlLang: "ja", title: "kefu · オペレーター画面", moods: "感情：検出結果のまま|平常|怒り|不安|満足|悲しみ", granted: "付与済み", want: map[string]string{
			`#ctx-orders`: "FF-ja · 配達済み",
			`#take`:       "対応する", `#release`: "ボットに戻す", `#reply-send`: "送信", `#note-add`: "メモを追加", `#logout`: "ログアウト",
			`.cols h2`: "待機キュー", `#conv-status`: "有人対応中", `#canned-insert`: "挿入",
			`.msg[data-author="customer"] .msg-who`: "お客様", `.msg[data-author="customer"] .msg-notice`: "スペイン語からは翻訳されていません",
			`#reply-delivery`: "対応する翻訳サービスがありません", `#conv-lang`: "スペイン語",
		}},
		// Arabic: right to left (<html dir>); the order number and the
		// date keep Western digits.
		{lang: "ar", name: "Layla", htmlLang: "ar", title: "kefu · لوحة خدمة العملاء", moods: "المزاج: كما اكتُشف|محايد|غاضب|قلق|راضٍ|حزين", granted: "ممنوح", want: map[string]string{
			`#ctx-orders`: "FF-ar · تم التوصيل",
			`#take`:       "استلام", `#release`: "إعادة إلى الروبوت", `#reply-send`: "إرسال", `#note-add`: "إضافة ملاحظة", `#logout`: "تسجيل الخروج",
			`.cols h2`: "قائمة الانتظار", `#conv-status`: "مع موظف", `#conv-reason`: "طلب العميل موظفًا",
			`.msg[data-author="customer"] .msg-who`: "العميل", `#conv-lang`: "الإسبانية",
		}},
		// A Taiwanese agent (zh-TW) reads Traditional Chinese.
		{lang: "zh-TW", name: "Mingwei", htmlLang: "zh-Hant", title: "kefu · 客服工作台", moods: "情緒：按系統識別|平靜|生氣|焦慮|滿意|難過", granted: "已發放", want: map[string]string{
			`#ctx-orders`: "FF-zh-TW · 已送達",
			`#take`:       "接手", `#release`: "交還機器人", `#reply-send`: "傳送", `#note-add`: "新增備註", `#logout`: "登出",
			`.cols h2`: "排隊中", `#conv-reason`: "客戶要求轉真人客服",
			`.msg[data-author="customer"] .msg-who`: "客戶", `#conv-lang`: "西班牙文",
		}},
		// Russian: no provider translates it here either.
		{lang: "ru", name: "Olga", htmlLang: "ru", title: "kefu · консоль оператора", moods: "Настроение: как определено|Нейтральное|Злится|Тревожится|Доволен|Расстроен", granted: "выдано", want: map[string]string{
			`#ctx-orders`: "FF-ru · доставлен",
			`#take`:       "Взять", `#release`: "Вернуть боту", `#reply-send`: "Отправить", `#note-add`: "Добавить заметку", `#logout`: "Выйти",
			`.cols h2`: "Очередь", `#conv-status`: "у оператора", `#conv-reason`: "Клиент попросил оператора", `#canned-insert`: "Вставить",
			`.msg[data-author="customer"] .msg-who`: "клиент", `.msg[data-author="customer"] .msg-notice`: "Не переведено (испанский)",
			`#reply-delivery`: "Нет сервиса перевода", `#conv-lang`: "испанский",
		}},
		{lang: "tr", name: "Emre", htmlLang: "tr", title: "kefu · temsilci konsolu", moods: "Ruh hâli: algılandığı gibi|Nötr|Kızgın|Endişeli|Memnun|Üzgün", granted: "verildi", want: map[string]string{
			`#ctx-orders`: "FF-tr · teslim edildi",
			`#take`:       "Üstlen", `#release`: "Bota devret", `#reply-send`: "Gönder", `#note-add`: "Not ekle", `#logout`: "Çıkış yap",
			`.cols h2`: "Kuyruk", `#conv-status`: "temsilcide", `#conv-reason`: "Müşteri temsilci istedi",
			`.msg[data-author="customer"] .msg-who`: "müşteri", `.msg[data-author="customer"] .msg-notice`: "Çevrilmedi (İspanyolca)",
			`#reply-delivery`: "çeviri hizmeti yok", `#conv-lang`: "İspanyolca",
		}},
		// Dutch, like Thai, has no translation provider here.
		{lang: "nl", name: "Anouk", htmlLang: "nl", title: "kefu · medewerkersconsole", moods: "Stemming: zoals herkend|Neutraal|Boos|Bezorgd|Tevreden|Verdrietig", granted: "toegekend",
			native: []string{"online", "offline"}, want: map[string]string{
				`#ctx-orders`: "FF-nl · bezorgd",
				`#take`:       "Overnemen", `#release`: "Teruggeven aan bot", `#reply-send`: "Versturen", `#note-add`: "Notitie toevoegen", `#logout`: "Uitloggen",
				`.cols h2`: "Wachtrij", `#conv-status`: "bij een medewerker", `#conv-reason`: "Klant vroeg om een mens",
				`.msg[data-author="customer"] .msg-who`: "klant", `.msg[data-author="customer"] .msg-notice`: "Niet vertaald uit het Spaans",
				`#reply-delivery`: "Geen vertaaldienst ondersteunt", `#conv-lang`: "Spaans",
			}},
		{lang: "it", name: "Giulia", htmlLang: "it", title: "kefu · console operatori", moods: "Umore: come rilevato|Neutrale|Arrabbiato|Preoccupato|Soddisfatto|Triste", granted: "concesso",
			native: []string{"online", "offline", "Coupon", "Note"}, want: map[string]string{
				`#ctx-orders`: "FF-it · consegnato",
				`#take`:       "Prendi in carico", `#release`: "Restituisci al bot", `#reply-send`: "Invia", `#note-add`: "Aggiungi nota", `#logout`: "Esci",
				`.cols h2`: "Coda", `#conv-status`: "con un operatore", `#conv-reason`: "Il cliente ha chiesto una persona",
				`.msg[data-author="customer"] .msg-who`: "cliente", `.msg[data-author="customer"] .msg-notice`: "Non tradotto (lingua: spagnolo)",
				`#reply-delivery`: "Nessun servizio di traduzione copre", `#conv-lang`: "spagnolo",
			}},
		{lang: "pl", name: "Ola", htmlLang: "pl", title: "kefu · konsola konsultanta", moods: "Nastrój: jak wykryto|Neutralny|Zły|Zaniepokojony|Zadowolony|Smutny", granted: "przyznano", want: map[string]string{
			`#ctx-orders`: "FF-pl · dostarczone",
			`#take`:       "Przejmij", `#release`: "Oddaj botowi", `#reply-send`: "Wyślij", `#note-add`: "Dodaj notatkę", `#logout`: "Wyloguj się",
			`.cols h2`: "Kolejka", `#conv-status`: "u konsultanta", `#conv-reason`: "Klient poprosił o człowieka",
			`.msg[data-author="customer"] .msg-who`: "klient", `.msg[data-author="customer"] .msg-notice`: "Nie przetłumaczono (język: hiszpański)",
			`#reply-delivery`: "Żaden dostawca tłumaczeń nie obsługuje", `#conv-lang`: "hiszpański",
		}},
		// Filipino: English loanwords (customer, order, coupon, refund, valid,
		// online) are Filipino usage, and the browser's own Filipino names
		// for Spanish and Chinese (CLDR's) are "Spanish" and "Chinese".
		{lang: "fil", name: "Marisol", htmlLang: "fil", title: "kefu · console ng agent", moods: "Mood: ayon sa nakita ng sistema|Neutral|Galit|Nag-aalala|Kuntento|Malungkot", granted: "naibigay",
			native: []string{"customer", "Customer", "Profile", "Mood", "Coupon", "Order", "Refund", "Valid", "online", "offline", "Spanish", "Chinese"}, want: map[string]string{
				`#ctx-orders`: "FF-fil · naihatid na",
				`#take`:       "Kunin", `#release`: "Ibalik sa bot", `#reply-send`: "Ipadala", `#note-add`: "Idagdag ang tala", `#logout`: "Mag-log out",
				`.cols h2`: "Pila", `#conv-status`: "hawak ng agent", `#conv-reason`: "Humiling ang customer na makausap ang tao", `#canned-insert`: "Ilagay",
				`.msg[data-author="customer"] .msg-who`: "customer", `.msg[data-author="customer"] .msg-notice`: "Hindi isinalin",
				`#reply-delivery`: "Walang serbisyo ng pagsasalin", `#conv-lang`: "Spanish",
			}},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			agent := MustCreateAgent(t, e.Store, &kefu.Agent{TenantID: shop, Email: strings.ToLower(tc.name) + "@shop.example", Name: tc.name, Languages: []string{tc.lang}})
			conv := e.MustQueued(t, "quiero hablar con una persona")
			MustCreateOrder(t, e.Store, conv.CustomerID, "FF-"+tc.lang, kefu.OrderLine{SKU: "salmon-500", Name: "Salmon 500 g", Quantity: 1, UnitPrice: 3000})
			ctx := MustBrowser(t)
			countDialogs(t, ctx)
			// textOf reads an element's text from a script in one step: the
			// lists and panels are redrawn as they update.
			textOf := func(sel string) string {
				return run(t, ctx, chromedp.Evaluate[string](`(document.querySelector(`+jsQuote(sel)+`) || {}).textContent || ""`))
			}
			run(t, ctx, chromedp.Steps(
				chromedp.Navigate(e.HTTP.URL+"/console"),
				chromedp.WaitVisible(css(`#login-form`)),
				testenv.Type(`#login-tenant`, shop),
				testenv.Type(`#login-email`, agent.Email),
				testenv.Type(`#login-password`, AgentPassword),
				chromedp.Click(css(`#login-submit`)),
				chromedp.WaitVisible(css(`.queue-item[data-id="`+conv.ID+`"]`)),
			))
			// A language of the console's own table that labels.js does not
			// speak yet shows the codes' English names: those are left out
			// of the scan for English words.
			reason, named := codeLabel(t, pageTable(tc.lang), "reason_customer_asked")
			skip := consoleData
			if !named {
				skip += ", " + consoleCodes
			}
			if want, ok := map[string]string{"zh": "客户要求转人工", "es": "El cliente pidió una persona", "th": "ลูกค้าขอคุยกับเจ้าหน้าที่"}[tc.lang]; ok {
				reason = want
			}
			if got := textOf(`.queue-item[data-id="` + conv.ID + `"] .qi-reason`); got != reason {
				t.Errorf("queue item's reason %q, want %q", got, reason)
			}
			run(t, ctx, scriptClick(`.queue-item[data-id="`+conv.ID+`"]`))
			run(t, ctx, chromedp.Steps(
				chromedp.WaitVisible(css(`#conv .msg[data-author="customer"]`)),
				chromedp.Click(css(`#take`)),
				chromedp.WaitVisible(css(`.msg[data-kind="agent_joined"]`)),
				chromedp.WaitVisible(css(`.mine-item[data-id="`+conv.ID+`"]`)),
				chromedp.WaitVisible(css(`#grant-form`)),
			))
			// A coupon granted from the side panel is listed in the
			// agent's language.
			// (Set from a script: the form is refilled as the panel updates.)
			run(t, ctx, chromedp.Poll[bool](`(() => {
				const o = document.querySelector('#grant-order');
				if (![...o.options].some(x => x.value === 'FF-`+tc.lang+`')) return false;
				o.value = 'FF-`+tc.lang+`';
				o.dispatchEvent(new Event('change'));
				document.querySelector('#grant-amount').value = '1';
				document.querySelector('#grant-reason').value = 'tarde';
				document.querySelector('#grant-submit').click();
				return true;
			})()`))
			run(t, ctx, chromedp.WaitVisible(css(`#comp-list .comp-entry[data-status="granted"]`)))
			if got := textOf(`#comp-list .comp-entry .badge`); got != tc.granted {
				t.Errorf("the grant's badge says %q, want %q", got, tc.granted)
			}
			run(t, ctx, chromedp.Poll[bool](`document.querySelector('#assist-emotion').textContent !== '' && document.querySelector('#ctx-customer').textContent !== ''`))
			if got := run(t, ctx, chromedp.Evaluate[string](`document.documentElement.lang`)); got != tc.htmlLang {
				t.Errorf("<html lang=%q>, want %q", got, tc.htmlLang)
			}
			if got, want := run(t, ctx, chromedp.Evaluate[string](`document.documentElement.dir`)), map[bool]string{true: "rtl", false: "ltr"}[tc.lang == "ar"]; got != want {
				t.Errorf("<html dir=%q>, want %q", got, want)
			}
			if got := run(t, ctx, chromedp.Title()); got != tc.title {
				t.Errorf("title %q, want %q", got, tc.title)
			}
			for sel, want := range tc.want {
				if got := textOf(sel); !strings.Contains(got, want) {
					t.Errorf("%s shows %q, want %q in it", sel, got, want)
				}
			}
			// My conversations names the customer, not the conversation's ID.
			if got := textOf(`.mine-item[data-id="` + conv.ID + `"] .qi-name`); got != "Lucía" {
				t.Errorf("my conversation is called %q, want the customer's name", got)
			}
			words := slices.DeleteFunc(slices.Clone(consoleEnglish), func(w string) bool { return slices.Contains(tc.native, w) })
			if bad := leftovers(t, ctx, words, skip, ".msg-translation, .msg-original, .draft"); len(bad) > 0 {
				t.Errorf("English left in the %s console: %q", tc.lang, bad)
			}
			screenshot(t, ctx, "console-"+tc.lang)

			// The correction forms under a customer's message and a bot's
			// reply are made by script, in the same language.
			run(t, ctx, scriptClick(`.msg[data-author="customer"] [data-testid="relabel-open"]`))
			run(t, ctx, scriptClick(`.msg[data-author="bot"] [data-testid="flag-open"]`))
			run(t, ctx, chromedp.WaitVisible(css(`[data-testid="relabel-emotion"]`)))
			run(t, ctx, chromedp.WaitVisible(css(`[data-testid="correct-kind"]`)))
			if got := run(t, ctx, chromedp.Evaluate[string](`[...document.querySelectorAll('[data-testid="relabel-emotion"] option')].map(o => o.textContent).join('|')`)); got != tc.moods {
				t.Errorf("mood options %q, want %q", got, tc.moods)
			}
			if bad := leftovers(t, ctx, words, skip, ".msg-translation, .msg-original, .draft"); len(bad) > 0 {
				t.Errorf("English left in the %s correction forms: %q", tc.lang, bad)
			}
			if n := run(t, ctx, chromedp.Evaluate[int](`window.__dialogs`)); n != 0 {
				t.Errorf("%d dialogs opened", n)
			}
		})
	}
}

// dashboardEnglish are words of the dashboard's English texts.
var dashboardEnglish = []string{"Conversations", "conversations", "Containment", "containment", "Resolution", "Hand-off",
	"Clarification", "Satisfaction", "Thumbs", "Bot answer", "Intents", "Channels", "Languages", "Response times", "People",
	"Top questions", "Unanswered", "Pain points", "Insights", "Download", "Apply", "Reset", "From", "To", "All channels",
	"All intents", "Accept", "Dismiss", "Open", "Accepted", "Dismissed", "Evidence", "Suggested", "Question", "Count", "Share",
	"Change", "Trend", "Examples", "example", "Category", "Product", "Messages", "Complaints", "Loading", "ratings",
	"customer messages", "Agent console", "Shop admin", "Log out", "Last", "days", "Germany", "Thailand", "Italy", "English",
	"Thai", "Chinese", "Anger", "Anxiety", "Track an order", "Complaint", "Customer asked", "Angry", "Proactive",
	"replied", "goodwill", "Compensation", "new", "Filters", "Key figures", "fewer", "more complaints", "By product",
	"Read the conversations", "team", "Supply chain"}

// dashboardData is where the dashboard shows what customers and the
// shop wrote, and the insights' texts (composed by the analytics
// package in English).
const dashboardData = `.q-text, .example-text, .p-name, #t-products td:nth-child(2), #t-heat tbody th, .insight-title, .insight-evidence > span:not(.label), .insight-action > span:not(.label), #me-tenant, #me-name`

// TestDashboardLanguagesInBrowser loads the dashboard (against the
// stand-in of the analytics API) as a Chinese-, a Spanish-, a Thai-, a
// Japanese-, a Russian-, a Turkish- and a Dutch-speaking admin: the page's texts, the charts' titles, axes, legends and text
// alternatives, the tables' headers, the code labels (intents, reasons,
// emotions, channels, languages, countries) and the numbers are in their
// language, with no English word left in the page's own texts.
func TestDashboardLanguagesInBrowser(t *testing.T) {
	t.Parallel() // a server, a store and browsers of its own: it may overlap the other page-language walks
	standIn := &analyticsStandIn{accepted: map[string]string{}}
	e := MustOpenConsole(t, nil, nil)
	mux := http.NewServeMux()
	mux.Handle("/v1/analytics/", standIn)
	mux.Handle("/", e.Server.Handler())
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)

	for _, tc := range []struct {
		lang, name, htmlLang string
		want                 map[string]string // a script's value -> a text it must contain
		native               []string          // words of dashboardEnglish the language has too
	}{
		{lang: "zh", name: "Wei", htmlLang: "zh-Hans", want: map[string]string{
			`document.title`: "数据看板",
			`document.querySelector('#h-intents').textContent`:                            "意图分布",
			`document.querySelector('#f-apply').textContent`:                              "应用",
			`document.querySelector('[data-kpi="conversations"] .kpi-label').textContent`: "会话数",
			`document.querySelector('[data-kpi="containment"] .kpi-value').textContent`:   "71%",
			`document.querySelector('#me-name').textContent`:                              "Wei · 管理员",
			`document.getElementById('c-intents').getAttribute('aria-label')`:             "查询物流 60",
			`Chart.getChart('c-volume').data.datasets.map(d => d.label).join('|')`:        "会话数|机器人独立解决|转人工|独立解决率",
			`Chart.getChart('c-volume').options.scales.y.title.text`:                      "会话数",
			`Chart.getChart('c-handoff').data.labels.flat().join('|')`:                    "客户要求转人工|客户情绪激动",
			`Chart.getChart('c-emotions').data.labels.join('|')`:                          "平静|焦虑|愤怒",
			`Chart.getChart('c-languages').data.labels.join('|')`:                         "英语|泰语|中文",
			`document.querySelector('#t-heat thead').textContent`:                         "德国",
			`document.querySelector('#agent-times').textContent`:                          "p50 35 秒",
			`document.querySelector('#t-top thead').textContent`:                          "问题",
			`document.querySelector('.insight[data-id="i2"] .audience').textContent`:      "供应链",
			// An insight with params is said in the reader's language.
			`document.querySelector('.insight[data-id="i2"] .insight-title').textContent`:    "ColdExpress：9 条变质、温度或配送投诉",
			`document.querySelector('.insight[data-id="i2"] .insight-evidence').textContent`: "由ColdExpress配送的订单相关的 12 条客户消息中，有 9 条是投诉",
			`document.querySelector('.insight[data-id="i2"] .insight-action').textContent`:   "与ColdExpress一起检查冷链",
			`document.querySelector('#f-intent').options[0].textContent`:                     "全部意图",
		}},
		{lang: "es", name: "Elena", htmlLang: "es", want: map[string]string{
			`document.title`: "kefu · panel",
			`document.querySelector('#h-intents').textContent`:                               "Intenciones",
			`document.querySelector('#f-apply').textContent`:                                 "Aplicar",
			`document.querySelector('[data-kpi="conversations"] .kpi-label').textContent`:    "Conversaciones",
			`document.querySelector('[data-kpi="containment"] .kpi-value').textContent`:      "71 %",
			`document.querySelector('[data-kpi="compensation"] .kpi-value').textContent`:     "12,50",
			`document.querySelector('#me-name').textContent`:                                 "Elena · administrador",
			`document.getElementById('c-intents').getAttribute('aria-label')`:                "Seguir un pedido 60",
			`Chart.getChart('c-volume').data.datasets.map(d => d.label).join('|')`:           "Conversaciones|Resueltas por el bot|Derivadas|Tasa de contención",
			`Chart.getChart('c-volume').options.scales.rate.title.text`:                      "contención",
			`Chart.getChart('c-handoff').data.labels.flat().join(' ')`:                       "El cliente pidió una persona",
			`Chart.getChart('c-languages').data.labels.join('|')`:                            "inglés|tailandés|chino",
			`document.querySelector('#t-heat thead').textContent`:                            "Alemania",
			`document.querySelector('#agent-times').textContent`:                             "p50 35 s",
			`document.querySelector('#t-top thead').textContent`:                             "Pregunta",
			`document.querySelector('.insight[data-id="i2"] .audience').textContent`:         "Cadena de suministro",
			`document.querySelector('.insight[data-id="i2"] .insight-title').textContent`:    "ColdExpress: 9 quejas por deterioro, temperatura o entrega",
			`document.querySelector('.insight[data-id="i2"] .insight-evidence').textContent`: "respecto al periodo anterior",
			`document.querySelector('#f-intent').options[0].textContent`:                     "Todas las intenciones",
		}},
		{lang: "th", name: "Nok", htmlLang: "th", want: map[string]string{
			`document.title`: "แดชบอร์ด",
			`document.querySelector('#h-intents').textContent`:                            "เจตนา",
			`document.querySelector('#f-apply').textContent`:                              "ใช้",
			`document.querySelector('[data-kpi="conversations"] .kpi-label').textContent`: "บทสนทนา",
			`document.querySelector('[data-kpi="containment"] .kpi-value').textContent`:   "71%",
			`document.querySelector('#me-name').textContent`:                              "Nok · ผู้ดูแล",
			`document.getElementById('c-intents').getAttribute('aria-label')`:             "ติดตามคำสั่งซื้อ 60",
			`Chart.getChart('c-volume').data.datasets.map(d => d.label).join('|')`:        "บทสนทนา|บอทจัดการเอง|ส่งต่อเจ้าหน้าที่|อัตราที่บอทจัดการเอง",
			`Chart.getChart('c-handoff').data.labels.flat().join('')`:                     "ลูกค้าขอคุยกับเจ้าหน้าที่",
			`Chart.getChart('c-languages').data.labels.join('|')`:                         "อังกฤษ|ไทย|จีน",
			`document.querySelector('#t-heat thead').textContent`:                         "เยอรมนี",
			`document.querySelector('#agent-times').textContent`:                          "p50 35 วินาที",
			`document.querySelector('#t-top thead').textContent`:                          "คำถาม",
			`document.querySelector('.insight[data-id="i2"] .audience').textContent`:      "ซัพพลายเชน",
			`document.querySelector('.insight[data-id="i2"] .insight-title').textContent`: "ColdExpress: ข้อร้องเรียนเรื่องสินค้าเสีย อุณหภูมิ หรือการจัดส่ง 9 รายการ",
			`document.querySelector('#f-intent').options[0].textContent`:                  "ทุกเจตนา",
		}},
		// Japanese: the first of the languages only the dashboard speaks
		// (the console reads English for them).
		{lang: "ja", name: "Hana", htmlLang: "ja", want: map[string]string{
			`document.title`: "kefu · ダッシュボード",
			`document.querySelector('#h-intents').textContent`:                               "問い合わせ種別",
			`document.querySelector('#f-apply').textContent`:                                 "適用",
			`document.querySelector('[data-kpi="conversations"] .kpi-label').textContent`:    "会話数",
			`document.querySelector('[data-kpi="containment"] .kpi-label').textContent`:      "ボット完結率",
			`document.querySelector('[data-kpi="containment"] .kpi-value').textContent`:      "71%",
			`document.querySelector('[data-kpi="compensation"] .kpi-value').textContent`:     "12.50",
			`document.querySelector('#me-name').textContent`:                                 "Hana · 管理者",
			`document.getElementById('c-intents').getAttribute('aria-label')`:                "配送状況の確認 60",
			`Chart.getChart('c-volume').data.datasets.map(d => d.label).join('|')`:           "会話数|ボットで完結|有人切り替え|ボット完結率",
			`Chart.getChart('c-handoff').data.labels.flat().join('')`:                        "お客様がオペレーターを希望",
			`Chart.getChart('c-languages').data.labels.join('|')`:                            "英語|タイ語|中国語",
			`document.querySelector('#t-heat thead').textContent`:                            "ドイツ",
			`document.querySelector('#agent-times').textContent`:                             "p50 35秒",
			`document.querySelector('#t-top thead').textContent`:                             "質問",
			`document.querySelector('.insight[data-id="i2"] .audience').textContent`:         "サプライチェーン",
			`document.querySelector('.insight[data-id="i2"] .insight-title').textContent`:    "ColdExpress：傷み・温度・配送に関する苦情 9件",
			`document.querySelector('.insight[data-id="i2"] .insight-evidence').textContent`: "12件のうち 9件が苦情でした：食品が傷んで到着 6件、ぬるい・解凍された状態で到着 3件（前の期間比 +50%）",
			`document.querySelector('#f-intent').options[0].textContent`:                     "すべての種別",
		}},
		// Arabic: right to left, Western digits.
		{lang: "ar", name: "Layla", htmlLang: "ar", want: map[string]string{
			`document.title`:                                                              "لوحة المعلومات",
			`document.documentElement.dir`:                                                "rtl",
			`getComputedStyle(document.body).direction`:                                   "rtl",
			`document.querySelector('#h-intents').textContent`:                            "النوايا",
			`document.querySelector('#f-apply').textContent`:                              "تطبيق",
			`document.querySelector('[data-kpi="conversations"] .kpi-label').textContent`: "المحادثات",
			`document.querySelector('[data-kpi="containment"] .kpi-value').textContent`:   "71%",
			`document.querySelector('[data-kpi="compensation"] .kpi-value').textContent`:  "12.50",
			`document.querySelector('#me-name').textContent`:                              "Layla · مشرف",
			`document.getElementById('c-intents').getAttribute('aria-label')`:             "تتبع طلب 60",
			`Chart.getChart('c-volume').data.datasets.map(d => d.label).join('|')`:        "المحادثات|احتواها الروبوت|محوّلة|نسبة الاحتواء",
			`Chart.getChart('c-handoff').data.labels.flat().join(' ')`:                    "طلب العميل موظفًا",
			`document.querySelector('#agent-times').textContent`:                          "p50 35 ث",
			`document.querySelector('#t-top thead').textContent`:                          "السؤال",
			`document.querySelector('.insight[data-id="i2"] .audience').textContent`:      "سلسلة الإمداد",
			`document.querySelector('.insight[data-id="i2"] .insight-title').textContent`: "ColdExpress: 9 شكوى من التلف أو الحرارة أو التوصيل",
			`document.querySelector('#f-intent').options[0].textContent`:                  "كل النوايا",
		}},
		// Taiwan: Traditional Chinese with Taiwan's words.
		{lang: "zh-TW", name: "Mingwei", htmlLang: "zh-Hant", want: map[string]string{
			`document.title`: "資料儀表板",
			`document.querySelector('#h-intents').textContent`:                            "意圖分佈",
			`document.querySelector('#f-apply').textContent`:                              "套用",
			`document.querySelector('[data-kpi="conversations"] .kpi-label').textContent`: "對話數",
			`document.querySelector('#me-name').textContent`:                              "Mingwei · 管理員",
			`document.getElementById('c-intents').getAttribute('aria-label')`:             "查詢物流 60",
			`Chart.getChart('c-volume').data.datasets.map(d => d.label).join('|')`:        "對話數|機器人獨立解決|轉真人客服|獨立解決率",
			`Chart.getChart('c-handoff').data.labels.flat().join('|')`:                    "客戶要求轉真人客服|客戶情緒激動",
			`document.querySelector('#agent-times').textContent`:                          "p50 35 秒",
			`document.querySelector('.insight[data-id="i2"] .audience').textContent`:      "供應鏈",
			`document.querySelector('.insight[data-id="i2"] .insight-title').textContent`: "ColdExpress：9 條變質、溫度或配送客訴",
			`document.querySelector('#f-intent').options[0].textContent`:                  "全部意圖",
		}},
		// Russian: the counts read for any number ("из них жалоб: 9").
		{lang: "ru", name: "Nina", htmlLang: "ru", want: map[string]string{
			`document.title`: "kefu · панель аналитики",
			`document.querySelector('#h-intents').textContent`:                               "Темы обращений",
			`document.querySelector('#f-apply').textContent`:                                 "Применить",
			`document.querySelector('[data-kpi="conversations"] .kpi-label').textContent`:    "Диалоги",
			`document.querySelector('[data-kpi="containment"] .kpi-value').textContent`:      "71\u00a0%",
			`document.querySelector('#me-name').textContent`:                                 "Nina · администратор",
			`document.getElementById('c-intents').getAttribute('aria-label')`:                "Отслеживание заказа 60",
			`Chart.getChart('c-handoff').data.labels.flat().join(' ')`:                       "Клиент попросил оператора",
			`Chart.getChart('c-languages').data.labels.join('|')`:                            "английский|тайский|китайский",
			`document.querySelector('#t-heat thead').textContent`:                            "Германия",
			`document.querySelector('#t-top thead').textContent`:                             "Вопрос",
			`document.querySelector('.insight[data-id="i2"] .insight-title').textContent`:    "ColdExpress: жалоб на порчу, температуру или доставку — 9",
			`document.querySelector('.insight[data-id="i2"] .insight-evidence').textContent`: "из них жалоб: 9",
			`document.querySelector('#f-intent').options[0].textContent`:                     "Все темы",
		}},
		{lang: "tr", name: "Deniz", htmlLang: "tr", want: map[string]string{
			`document.title`: "kefu · gösterge paneli",
			`document.querySelector('#h-intents').textContent`:                            "Konular",
			`document.querySelector('#f-apply').textContent`:                              "Uygula",
			`document.querySelector('[data-kpi="conversations"] .kpi-label').textContent`: "Görüşmeler",
			`document.querySelector('[data-kpi="containment"] .kpi-value').textContent`:   "%71",
			`document.querySelector('#me-name').textContent`:                              "Deniz · yönetici",
			`document.getElementById('c-intents').getAttribute('aria-label')`:             "Sipariş takibi 60",
			`Chart.getChart('c-handoff').data.labels.flat().join(' ')`:                    "Müşteri temsilci istedi",
			`document.querySelector('#t-heat thead').textContent`:                         "Almanya",
			`document.querySelector('.insight[data-id="i2"] .insight-title').textContent`: "ColdExpress: bozulma, sıcaklık veya teslimatla ilgili 9 şikâyet",
			`document.querySelector('#f-intent').options[0].textContent`:                  "Tüm konular",
		}},
		// Dutch writes some of these words as English does.
		{lang: "nl", name: "Anouk", htmlLang: "nl", native: []string{"Filters", "Trend", "Open", "Product", "Thai", "Thailand"}, want: map[string]string{
			`document.title`: "kefu · dashboard",
			`document.querySelector('#h-intents').textContent`:                               "Intenties",
			`document.querySelector('#f-apply').textContent`:                                 "Toepassen",
			`document.querySelector('[data-kpi="conversations"] .kpi-label').textContent`:    "Gesprekken",
			`document.querySelector('[data-kpi="containment"] .kpi-value').textContent`:      "71%",
			`document.querySelector('[data-kpi="compensation"] .kpi-value').textContent`:     "12,50",
			`document.querySelector('#me-name').textContent`:                                 "Anouk · beheerder",
			`document.getElementById('c-intents').getAttribute('aria-label')`:                "Bestelling volgen 60",
			`Chart.getChart('c-volume').data.datasets.map(d => d.label).join('|')`:           "Gesprekken|Door de bot afgehandeld|Overgedragen|Automatiseringsgraad",
			`Chart.getChart('c-volume').options.scales.rate.title.text`:                      "automatisering",
			`Chart.getChart('c-languages').data.labels.join('|')`:                            "Engels|Thai|Chinees",
			`document.querySelector('#t-heat thead').textContent`:                            "Duitsland",
			`document.querySelector('#agent-times').textContent`:                             "p50 35\u00a0s",
			`document.querySelector('#t-top thead').textContent`:                             "Vraag",
			`document.querySelector('.insight[data-id="i2"] .audience').textContent`:         "Logistiek",
			`document.querySelector('.insight[data-id="i2"] .insight-title').textContent`:    "ColdExpress: 9 klachten over bederf, temperatuur of bezorging",
			`document.querySelector('.insight[data-id="i2"] .insight-evidence').textContent`: "9 van 12 berichten van klanten over bestellingen die van",
			`document.querySelector('#f-intent').options[0].textContent`:                     "Alle intenties",
		}},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			admin := MustCreateAdmin(t, e, strings.ToLower(tc.name)+"@shop.example", tc.name, tc.lang)
			ctx := MustBrowser(t)
			countDialogs(t, ctx)
			run(t, ctx, chromedp.Navigate(srv.URL+"/dashboard?from=2026-11-17&to=2026-11-30"))
			dashboardLogin(t, ctx, admin.Email)
			run(t, ctx, chromedp.Poll[bool](`document.querySelector('#dash').dataset.state === 'ready'`))
			if got := run(t, ctx, chromedp.Evaluate[string](`document.documentElement.lang`)); got != tc.htmlLang {
				t.Errorf("<html lang=%q>, want %q", got, tc.htmlLang)
			}
			for js, want := range tc.want {
				if got := run(t, ctx, chromedp.Evaluate[string](js)); !strings.Contains(got, want) {
					t.Errorf("%s is %q, want %q in it", js, got, want)
				}
			}
			words := slices.DeleteFunc(slices.Clone(dashboardEnglish), func(w string) bool { return slices.Contains(tc.native, w) })
			if bad := leftovers(t, ctx, words, dashboardData, "#none"); len(bad) > 0 {
				t.Errorf("English left in the %s dashboard: %q", tc.lang, bad)
			}
			// The charts draw on a canvas: their texts are checked in the
			// charts' own data, and in the tables behind each canvas.
			charts := run(t, ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll('canvas')].flatMap(c => {
				const ch = Chart.getChart(c);
				return [c.getAttribute('aria-label'), c.textContent].concat(ch.data.labels.flat(), ch.data.datasets.map(d => d.label || ''),
					Object.values(ch.options.scales || {}).map(s => (s.title && s.title.display && s.title.text) || ''));
			}).filter(Boolean)`))
			for _, s := range charts {
				for _, w := range words {
					if containsWord(s, w) {
						t.Errorf("chart text %q has the English %q", s, w)
					}
				}
			}
			screenshot(t, ctx, "dashboard-"+tc.lang)
			if n := run(t, ctx, chromedp.Evaluate[int](`window.__dialogs`)); n != 0 {
				t.Errorf("%d dialogs opened", n)
			}
		})
	}
}

// containsWord says whether s has w as a whole word (not inside a
// longer word of letters).
func containsWord(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		before, after := j == 0 || !isLetter(s[j-1]), j+len(w) == len(s) || !isLetter(s[j+len(w)])
		if before && after {
			return true
		}
		i = j + 1
	}
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80 }

// adminEnglish are words of the shop admin's English texts.
var adminEnglish = []string{"Shop settings", "Knowledge", "Synonyms", "Agents", "API keys", "Promotions", "Promotion",
	"Canned replies", "Feedback", "Review queue", "Compensation rules", "Compensations", "Product knowledge", "Loading",
	"Save", "Saving", "Saved", "Cancel", "Reload", "Copy", "Delete", "Edit", "Remove", "Add", "New", "Close", "Show",
	"Languages", "Default language", "Currency", "Time zone", "Confidence", "Clarify", "Hand-off", "Strategies",
	"Language model", "Move up", "Move down", "All articles", "New article", "published", "draft", "in review", "Versions",
	"Add group", "Chat bubble", "Signed-in", "secret", "signature", "Active", "Starts", "Ends", "Code", "From", "Until",
	"Name", "Role", "Status", "Skills", "Online", "Offline", "Away", "Disable", "Enable", "you", "owner", "admin", "agent",
	"Revoke", "Create key", "Working", "Rule", "Rules", "Coupon", "Refund", "Dry run", "Customer", "Order", "Granted",
	"Revoked", "Reason", "Approve", "Reject", "Stale", "Flagged", "Drafts", "Poll", "Find a product", "Version",
	"Trained", "Retrain", "Intent model", "Kind", "When", "Who", "What", "Any", "Log out", "Dashboard", "Agent console",
	"shop admin", "Shop admin", "Sign in", "Email", "Password", "Shop", "e.g.", "Empty", "Optional", "Required", "days",
	"minimum", "limit", "Track an order", "Refund request", "English", "Spanish", "Thai", "Chinese", "Sections", "Demo",
	"password", "Wrong", "expired", "Accept", "Proposed", "Condition", "Grants", "Per customer", "Enabled", "Paused"}

// adminData is where the shop admin shows what the shop, its agents,
// customers and feeds wrote (article titles and texts, promotion texts,
// rule names and conditions, names, codes, snippets).
const adminData = `#me-name, #me-tenant, #settings-shop, code, pre, .article-title, .article-body, .promo-text, .rule-name, .rule-when, .lg-reason, .fb-text, [dir="auto"], .badge.lang, .agent-email, .key-prefix`

// TestAdminLanguagesInBrowser opens the shop admin in a Spanish, a Thai,
// a Japanese, an Arabic (right to left: <html dir>), a Taiwanese
// (Traditional Chinese), a Russian, a Turkish, an Italian, a Polish and a
// Dutch browser (one server for all): the sign-in (before
// anyone signs in) is in the browser's language, and so is its refusal
// of a wrong password; then an admin who reads that language goes
// through every section: the title, <html lang>, the code labels (roles,
// languages, intents), the amounts and dates (Intl; Thai with the
// Gregorian year) are in their language, with no English word left in
// the page's own texts but those the language has borrowed (native).
func TestAdminLanguagesInBrowser(t *testing.T) {
	t.Parallel() // a server, a store and browsers of its own: it may overlap the other page-language walks
	e := MustOpenConsole(t, nil, nil)
	bg := context.Background()
	MustSeedLateIncidents(t, e.Store) // the shop in SGD, a coupon rule and its grants in the ledger
	returns := MustUpsertArticle(t, e.Store, &kefu.Article{Key: "returns", Language: "en", Title: "Returns",
		Body: "You can return any item within 30 days.", Status: kefu.ArticlePublished})
	MustUpsertArticle(t, e.Store, &kefu.Article{Key: "shipping", Language: "en", Title: "Shipping times",
		Body: "Orders ship within two working days.", Status: kefu.ArticleReview})
	// The review queue: drafts and a stale article from a feed, an
	// agent's flag, a feed whose last poll failed.
	svc := &freshness.Service{Store: e.Store}
	MustUpsertArticle(t, e.Store, &kefu.Article{Key: "serum-vegan", Language: "en", Title: "Is the vitamin C serum vegan?",
		Body: "Yes: the Vitamin C serum (LUMI-C-30) is vegan and costs 19.90 EUR.", Status: kefu.ArticlePublished})
	if err := e.Store.UpsertFeedSource(bg, &kefu.FeedSource{TenantID: shop, Name: "catalogue", Format: kefu.FeedKefu, Currency: "EUR"}, false); err != nil {
		t.Fatal(err)
	}
	src, err := e.Store.FindFeedSource(bg, shop, "catalogue")
	if err != nil {
		t.Fatal(err)
	}
	feed := `{"products": [{"sku": "LUMI-C-30", "names": {"en": "Vitamin C serum"}, "price": "19.90", "stock": 12, "category": "serum", "brand": "Lumi",
		"attributes": {"ingredients": "Aqua, Ascorbic Acid, Niacinamide, Glycerin, Phenoxyethanol"}}]}`
	for _, f := range []string{feed, strings.Replace(feed, "19.90", "17.90", 1)} {
		if _, err := svc.Deliver(bg, src, []byte(f)); err != nil {
			t.Fatal(err)
		}
	}
	if err := e.Store.UpsertFeedSource(bg, &kefu.FeedSource{TenantID: shop, Name: "shopify", Format: kefu.FeedShopify,
		URL: "https://shop.example/products.json", Interval: 30 * time.Minute}, false); err != nil {
		t.Fatal(err)
	}
	if err := e.Store.RecordFeedRun(bg, shop, "shopify", time.Now(), "HTTP 503", ""); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.FlagArticle(bg, shop, returns.ID, freshness.SourceAgent, "El plazo ya no es de 30 días", "Bo"); err != nil {
		t.Fatal(err)
	}
	if err := e.Store.UpsertPromotion(bg, &kefu.Promotion{TenantID: shop, ID: "verano", Code: "VERANO10",
		Text: map[string]string{"es": "Un 10 % de descuento en todo.", "th": "ลด 10% ทุกชิ้น"}, MinTotal: 5000, Currency: "SGD"}); err != nil {
		t.Fatal(err)
	}
	conv := e.MustQueued(t, "¿dónde está mi pedido?")
	msgs, err := e.Store.FindMessages(bg, kefu.MessageFilter{TenantID: shop, ConversationID: conv.ID})
	if err != nil || len(msgs) == 0 {
		t.Fatal(msgs, err)
	}
	if err := e.Store.CreateFeedback(bg, &kefu.Feedback{TenantID: shop, Kind: kefu.FeedbackRelabel, AgentID: e.Ana.ID, ConversationID: conv.ID,
		MessageID: msgs[0].ID, Text: msgs[0].Text, Language: "es", Intent: "track_order", PreviousIntent: "refund_request"}); err != nil {
		t.Fatal(err)
	}
	sections := []string{"settings", "knowledge", "review", "synonyms", "widget", "promotions", "rules", "compensations", "profiles", "canned", "agents", "keys", "feedback"}
	const panel = `document.querySelector('#panel').innerText`
	// The day the articles were written on, as the browser (in this
	// machine's time zone) shows their "updated" date.
	day := strconv.Itoa(returns.UpdatedAt.Local().Day())

	for _, tc := range []struct {
		lang, name, accept, loading string
		login                       map[string]string            // a script's value -> a text it must contain, on the sign-in
		want                        map[string]map[string]string // section -> a script's value -> a text it must contain
		edits                       map[string]map[string]string // the same for an editor or an action's answer
		never                       string                       // a text no section may show
		native                      []string                     // words of adminEnglish the language has borrowed, which it may show
	}{
		{lang: "es", name: "Elena", accept: "es-ES,es", loading: "Cargando…", login: map[string]string{
			`document.title`:                                                 "kefu · administración de la tienda",
			`document.documentElement.lang`:                                  "es",
			`document.querySelector('#login-submit').textContent`:            "Entrar",
			`document.querySelector('#login-tenant').placeholder`:            "p. ej. globalmart",
			`document.querySelector('label[for="login-email"]').textContent`: "Correo electrónico",
			`document.querySelector('#login-error').textContent`:             "Tienda, correo o contraseña incorrectos",
		}, want: map[string]map[string]string{
			"settings": {
				`document.title`: "kefu · administración de la tienda", `document.documentElement.lang`: "es",
				`document.querySelector('#me-name').textContent`:                        "Elena · administrador",
				`document.querySelector('#nav a[data-section="settings"]').textContent`: "Ajustes de la tienda",
				`document.querySelector('nav').getAttribute('aria-label')`:              "Secciones",
				`document.querySelector('label[for="set-currency"]').textContent`:       "Moneda",
			},
			"knowledge": {panel: "actualizado el " + day},
			// A feed's new product: the draft's reason in the reader's words.
			// A feed's price change: the stale article's reason in
			// the reader's words and number format.
			"review": {`document.querySelector('.rq-flag[data-kind="draft"] .rq-reason').textContent`: "Producto nuevo: Vitamin C serum (LUMI-C-30)",
				`document.querySelector('.rq-flag[data-kind="stale"] .rq-reason').textContent.replace(/\s/g, ' ')`: "El precio de Vitamin C serum (LUMI-C-30) cambió de 19,90 € a 17,90 €"},
			"promotions":    {`document.querySelector('.promo[data-id="verano"]').innerText`: "Para pedidos desde 50,00"},
			"rules":         {`document.querySelector('.rule-grant').textContent`: "cupón de 5,00"},
			"compensations": {panel: "Cupón de 5,00"},
			"agents":        {`document.querySelector('#agents-table tr[data-email="elena@shop.example"]').innerText.toLowerCase()`: "administrador\tespañol (es)"},
			"feedback":      {panel: "«¿dónde está mi pedido?» significa Seguir un pedido (se entendió: Solicitud de reembolso)"},
		}, edits: map[string]map[string]string{
			"settings-field-error": {`document.querySelector('[data-field-error="confidence_threshold"]').textContent`: "Introduce un número entre 0 y 1"},
			"dry-run":              {`document.querySelector('#dry-result').innerText`: "3 incidencias; 2 recibirían algo, con un coste de 10,00"},
			"key-created":          {`document.querySelector('#new-key-slot').innerText`: "no volverás a verla"},
		}},
		{lang: "th", name: "Nok", accept: "th-TH,th", loading: "กำลังโหลด…", never: "2569", login: map[string]string{
			`document.title`:                                                 "kefu · จัดการร้านค้า",
			`document.documentElement.lang`:                                  "th",
			`document.querySelector('#login-submit').textContent`:            "เข้าสู่ระบบ",
			`document.querySelector('#login-tenant').placeholder`:            "เช่น globalmart",
			`document.querySelector('label[for="login-email"]').textContent`: "อีเมล",
			`document.querySelector('#login-error').textContent`:             "อีเมล หรือรหัสผ่านไม่ถูกต้อง",
		}, want: map[string]map[string]string{
			"settings": {
				`document.title`: "kefu · จัดการร้านค้า", `document.documentElement.lang`: "th",
				`document.querySelector('#me-name').textContent`:                        "Nok · ผู้ดูแล",
				`document.querySelector('#nav a[data-section="settings"]').textContent`: "ตั้งค่าร้านค้า",
				`document.querySelector('nav').getAttribute('aria-label')`:              "หมวดการตั้งค่า",
				`document.querySelector('label[for="set-currency"]').textContent`:       "สกุลเงิน",
			},
			"knowledge":     {panel: "อัปเดต " + day},
			"review":        {`document.querySelector('.rq-flag[data-kind="stale"] .rq-reason').textContent`: "ราคาของ Vitamin C serum (LUMI-C-30) เปลี่ยนจาก €19.90 เป็น €17.90"},
			"promotions":    {`document.querySelector('.promo[data-id="verano"]').innerText`: "สำหรับคำสั่งซื้อตั้งแต่ SGD"},
			"rules":         {`document.querySelector('.rule-grant').textContent`: "คูปอง SGD"},
			"compensations": {panel: "2026"},
			"agents":        {`document.querySelector('#agents-table tr[data-email="nok@shop.example"]').innerText.toLowerCase()`: "ผู้ดูแล\tไทย (th)"},
			"feedback":      {panel: "“¿dónde está mi pedido?” หมายถึง ติดตามคำสั่งซื้อ (ที่เข้าใจ: ขอคืนเงิน)"},
		}, edits: map[string]map[string]string{
			"settings-field-error": {`document.querySelector('[data-field-error="confidence_threshold"]').textContent`: "ใส่ตัวเลขตั้งแต่ 0 ถึง 1"},
			"dry-run":              {`document.querySelector('#dry-result').innerText`: "3 เหตุการณ์ 2 รายการจะได้รับการชดเชย รวมมูลค่า SGD"},
			"key-created":          {`document.querySelector('#new-key-slot').innerText`: "คุณจะไม่เห็นคีย์นี้อีก"},
		}},
		{lang: "ja", name: "Yuki", accept: "ja-JP,ja", loading: "読み込み中…", login: map[string]string{
			`document.title`:                                                 "kefu · ショップ管理",
			`document.documentElement.lang`:                                  "ja",
			`document.querySelector('#login-submit').textContent`:            "ログイン",
			`document.querySelector('#login-tenant').placeholder`:            "例：globalmart",
			`document.querySelector('label[for="login-email"]').textContent`: "メールアドレス",
			`document.querySelector('#login-error').textContent`:             "ショップ、メールアドレス、パスワードのいずれかが正しくない",
		}, want: map[string]map[string]string{
			"settings": {
				`document.title`: "kefu · ショップ管理", `document.documentElement.lang`: "ja",
				`document.querySelector('#me-name').textContent`:                        "Yuki · 管理者",
				`document.querySelector('#nav a[data-section="settings"]').textContent`: "ショップ設定",
				`document.querySelector('nav').getAttribute('aria-label')`:              "メニュー",
				`document.querySelector('label[for="set-currency"]').textContent`:       "通貨",
			},
			"knowledge":     {panel: "更新"},
			"promotions":    {`document.querySelector('.promo[data-id="verano"]').innerText`: "50.00 以上のご注文"},
			"rules":         {`document.querySelector('.rule-grant').textContent`: "5.00 のクーポン"},
			"compensations": {panel: "5.00 のクーポン"},
			"agents":        {`document.querySelector('#agents-table tr[data-email="yuki@shop.example"]').innerText.toLowerCase()`: "管理者\t日本語 (ja)"},
			"feedback":      {panel: "「¿dónde está mi pedido?」の意図は"},
		}, edits: map[string]map[string]string{
			"dry-run":     {`document.querySelector('#dry-result').innerText`: "トラブル 3 件のうち 2 件が付与対象、費用は"},
			"key-created": {`document.querySelector('#new-key-slot').innerText`: "二度と表示されません"},
		}},
		// Arabic is written right to left (<html dir>, from the server
		// and then the script) with Western digits.
		{lang: "ar", name: "Layla", accept: "ar-SA,ar", loading: "جارٍ التحميل…", never: "٢", login: map[string]string{
			`document.title`:                                                    "kefu · إدارة المتجر",
			`document.documentElement.lang`:                                     "ar",
			`document.documentElement.dir`:                                      "rtl",
			`document.querySelector('#login-submit').textContent`:               "تسجيل الدخول",
			`document.querySelector('#login-tenant').placeholder`:               "مثلًا globalmart",
			`document.querySelector('label[for="login-email"]').textContent`:    "البريد الإلكتروني",
			`document.querySelector('#login-error').textContent`:                "المتجر أو البريد الإلكتروني أو كلمة المرور غير صحيحة",
			`getComputedStyle(document.querySelector('#login-form')).direction`: "rtl",
		}, want: map[string]map[string]string{
			"settings": {
				`document.title`: "kefu · إدارة المتجر", `document.documentElement.lang`: "ar", `document.documentElement.dir`: "rtl",
				`document.querySelector('#me-name').textContent`:                        "Layla · مشرف",
				`document.querySelector('#nav a[data-section="settings"]').textContent`: "إعدادات المتجر",
				`document.querySelector('nav').getAttribute('aria-label')`:              "الأقسام",
				`document.querySelector('label[for="set-currency"]').textContent`:       "العملة",
			},
			"promotions":    {`document.querySelector('.promo[data-id="verano"]').innerText`: "للطلبات بدءًا من"},
			"rules":         {`document.querySelector('.rule-grant').textContent`: "قسيمة بقيمة"},
			"compensations": {panel: "قسيمة بقيمة"},
			"agents":        {`document.querySelector('#agents-table tr[data-email="layla@shop.example"]').innerText.toLowerCase()`: "مشرف"},
			"feedback":      {panel: "«¿dónde está mi pedido?» تعني تتبع طلب"},
		}, edits: map[string]map[string]string{
			"dry-run":     {`document.querySelector('#dry-result').innerText`: "3 حادثة؛ 2 كانت ستحصل على تعويض"},
			"key-created": {`document.querySelector('#new-key-slot').innerText`: "لن تراه مرة أخرى"},
		}},
		// A Taiwanese browser and agent (zh-TW) read Traditional Chinese,
		// with Taiwan's words, and no Simplified text.
		{lang: "zh-TW", name: "Mingwei", accept: "zh-TW,zh;q=0.9", loading: "載入中…", never: "店铺", login: map[string]string{
			`document.title`:                                                 "kefu · 商店管理",
			`document.documentElement.lang`:                                  "zh-Hant",
			`document.documentElement.dir`:                                   "ltr",
			`document.querySelector('#login-submit').textContent`:            "登入",
			`document.querySelector('#login-tenant').placeholder`:            "例如 globalmart",
			`document.querySelector('label[for="login-email"]').textContent`: "電子郵件",
			`document.querySelector('#login-error').textContent`:             "商店、電子郵件或密碼不正確",
		}, want: map[string]map[string]string{
			"settings": {
				`document.title`: "kefu · 商店管理", `document.documentElement.lang`: "zh-Hant",
				`document.querySelector('#me-name').textContent`:                        "Mingwei · 管理員",
				`document.querySelector('#nav a[data-section="settings"]').textContent`: "商店設定",
				`document.querySelector('label[for="set-currency"]').textContent`:       "貨幣",
			},
			"feedback": {panel: "「¿dónde está mi pedido?」 的意圖是 查詢物流"},
			"review":   {`document.querySelector('.rq-flag[data-kind="stale"] .rq-reason').textContent`: "Vitamin C serum（LUMI-C-30）的價格從 €19.90 改為 €17.90"},
		}, edits: map[string]map[string]string{
			"settings-field-error": {`document.querySelector('[data-field-error="confidence_threshold"]').textContent`: "請輸入 0 到 1 之間的數字"},
			"dry-run":              {`document.querySelector('#dry-result').innerText`: "3 個事件；2 個會獲得補償"},
			"key-created":          {`document.querySelector('#new-key-slot').innerText`: "之後不會再顯示"},
		}},
		{lang: "ru", name: "Irina", accept: "ru-RU,ru", loading: "Загрузка…", login: map[string]string{
			`document.title`:                                                 "kefu · управление магазином",
			`document.documentElement.lang`:                                  "ru",
			`document.querySelector('#login-submit').textContent`:            "Войти",
			`document.querySelector('#login-tenant').placeholder`:            "например, globalmart",
			`document.querySelector('label[for="login-email"]').textContent`: "Эл. почта",
			`document.querySelector('#login-error').textContent`:             "Неверный магазин, эл. почта или пароль",
		}, want: map[string]map[string]string{
			"settings": {
				`document.title`: "kefu · управление магазином", `document.documentElement.lang`: "ru",
				`document.querySelector('#me-name').textContent`:                        "Irina · администратор",
				`document.querySelector('#nav a[data-section="settings"]').textContent`: "Настройки магазина",
				`document.querySelector('nav').getAttribute('aria-label')`:              "Разделы",
				`document.querySelector('label[for="set-currency"]').textContent`:       "Валюта",
			},
			"promotions":    {`document.querySelector('.promo[data-id="verano"]').innerText`: "Для заказов от 50,00"},
			"rules":         {`document.querySelector('.rule-grant').textContent`: "купон на 5,00"},
			"compensations": {panel: "Купон на 5,00"},
			"agents":        {`document.querySelector('#agents-table tr[data-email="irina@shop.example"]').innerText.toLowerCase()`: "администратор\tрусский (ru)"},
			"feedback":      {panel: "«¿dónde está mi pedido?» означает «Отслеживание заказа»"},
		}, edits: map[string]map[string]string{
			"dry-run":     {`document.querySelector('#dry-result').innerText`: "Инцидентов: 3; получили бы компенсацию: 2"},
			"key-created": {`document.querySelector('#new-key-slot').innerText`: "больше вы его не увидите"},
		}},
		{lang: "tr", name: "Ayse", accept: "tr-TR,tr", loading: "Yükleniyor…", login: map[string]string{
			`document.title`:                                                 "kefu · mağaza yönetimi",
			`document.documentElement.lang`:                                  "tr",
			`document.querySelector('#login-submit').textContent`:            "Giriş yap",
			`document.querySelector('#login-tenant').placeholder`:            "ör. globalmart",
			`document.querySelector('label[for="login-email"]').textContent`: "E-posta",
			`document.querySelector('#login-error').textContent`:             "Mağaza, e-posta veya şifre yanlış",
		}, want: map[string]map[string]string{
			"settings": {
				`document.title`: "kefu · mağaza yönetimi", `document.documentElement.lang`: "tr",
				`document.querySelector('#me-name').textContent`:                        "Ayse · yönetici",
				`document.querySelector('#nav a[data-section="settings"]').textContent`: "Mağaza ayarları",
				`document.querySelector('nav').getAttribute('aria-label')`:              "Bölümler",
				`document.querySelector('label[for="set-currency"]').textContent`:       "Para birimi",
			},
			"promotions":    {`document.querySelector('.promo[data-id="verano"]').innerText`: "50,00 ve üzeri siparişlerde"},
			"rules":         {`document.querySelector('.rule-grant').textContent`: "5,00 kupon"},
			"compensations": {panel: "5,00 kupon"},
			"agents":        {`document.querySelector('#agents-table tr[data-email="ayse@shop.example"]').innerText.toLowerCase()`: "yönetici\ttürkçe (tr)"},
			"feedback":      {panel: "“¿dónde está mi pedido?” şu anlama geliyor: Sipariş takibi"},
		}, edits: map[string]map[string]string{
			"dry-run":     {`document.querySelector('#dry-result').innerText`: "3 olay; 2 tanesi bir şey alırdı"},
			"key-created": {`document.querySelector('#new-key-slot').innerText`: "bir daha göremeyeceksiniz"},
		}},
		{lang: "it", name: "Chiara", accept: "it-IT,it", loading: "Caricamento…",
			native: []string{"Feedback", "Dashboard", "Online", "Offline", "Password", "password", "Coupon"}, login: map[string]string{
				`document.title`:                                                 "kefu · gestione negozio",
				`document.documentElement.lang`:                                  "it",
				`document.querySelector('#login-submit').textContent`:            "Accedi",
				`document.querySelector('#login-tenant').placeholder`:            "ad es. globalmart",
				`document.querySelector('label[for="login-email"]').textContent`: "E-mail",
				`document.querySelector('#login-error').textContent`:             "Negozio, e-mail o password errati",
			}, want: map[string]map[string]string{
				"settings": {
					`document.title`: "kefu · gestione negozio", `document.documentElement.lang`: "it",
					`document.querySelector('#me-name').textContent`:                        "Chiara · amministratore",
					`document.querySelector('#nav a[data-section="settings"]').textContent`: "Impostazioni del negozio",
					`document.querySelector('nav').getAttribute('aria-label')`:              "Sezioni",
					`document.querySelector('label[for="set-currency"]').textContent`:       "Valuta",
				},
				"knowledge":     {panel: "aggiornato " + day},
				"promotions":    {`document.querySelector('.promo[data-id="verano"]').innerText`: "Per ordini a partire da 50,00"},
				"rules":         {`document.querySelector('.rule-grant').textContent`: "coupon da 5,00"},
				"compensations": {panel: "Coupon da 5,00"},
				"agents":        {`document.querySelector('#agents-table tr[data-email="chiara@shop.example"]').innerText.toLowerCase()`: "amministratore\titaliano (it)"},
				"feedback":      {panel: "«¿dónde está mi pedido?» significa Tracciare un ordine (compreso: Richiesta di rimborso)"},
			}, edits: map[string]map[string]string{
				"dry-run":     {`document.querySelector('#dry-result').innerText`: "3 incidenti; 2 riceverebbero qualcosa, per un costo di 10,00"},
				"key-created": {`document.querySelector('#new-key-slot').innerText`: "non la vedrai più"},
			}},
		{lang: "pl", name: "Piotr", accept: "pl-PL,pl", loading: "Wczytywanie…", native: []string{"Status", "minimum"}, login: map[string]string{
			`document.title`:                                                 "kefu · zarządzanie sklepem",
			`document.documentElement.lang`:                                  "pl",
			`document.querySelector('#login-submit').textContent`:            "Zaloguj się",
			`document.querySelector('#login-tenant').placeholder`:            "np. globalmart",
			`document.querySelector('label[for="login-email"]').textContent`: "E-mail",
			`document.querySelector('#login-error').textContent`:             "Nieprawidłowy sklep, e-mail lub hasło",
		}, want: map[string]map[string]string{
			"settings": {
				`document.title`: "kefu · zarządzanie sklepem", `document.documentElement.lang`: "pl",
				`document.querySelector('#me-name').textContent`:                        "Piotr · administrator",
				`document.querySelector('#nav a[data-section="settings"]').textContent`: "Ustawienia sklepu",
				`document.querySelector('nav').getAttribute('aria-label')`:              "Sekcje",
				`document.querySelector('label[for="set-currency"]').textContent`:       "Waluta",
			},
			"knowledge":     {panel: "zaktualizowano " + day},
			"promotions":    {`document.querySelector('.promo[data-id="verano"]').innerText`: "Dla zamówień od 50,00"},
			"rules":         {`document.querySelector('.rule-grant').textContent`: "kupon na 5,00"},
			"compensations": {panel: "Kupon na 5,00"},
			"agents":        {`document.querySelector('#agents-table tr[data-email="piotr@shop.example"]').innerText.toLowerCase()`: "administrator\tpolski (pl)"},
			"feedback":      {panel: "„¿dónde está mi pedido?” oznacza Śledzenie zamówienia (rozpoznano: Wniosek o zwrot pieniędzy)"},
		}, edits: map[string]map[string]string{
			"dry-run":     {`document.querySelector('#dry-result').innerText`: "Incydenty: 3; coś otrzymałoby: 2, koszt: 10,00"},
			"key-created": {`document.querySelector('#new-key-slot').innerText`: "nie zobaczysz go ponownie"},
		}},
		{lang: "nl", name: "Daan", accept: "nl-NL,nl", loading: "Laden…",
			native: []string{"Feedback", "Dashboard", "Online", "Offline", "Status", "Code", "minimum", "Thai"}, login: map[string]string{
				`document.title`:                                                 "kefu · winkelbeheer",
				`document.documentElement.lang`:                                  "nl",
				`document.querySelector('#login-submit').textContent`:            "Inloggen",
				`document.querySelector('#login-tenant').placeholder`:            "bijv. globalmart",
				`document.querySelector('label[for="login-email"]').textContent`: "E-mail",
				`document.querySelector('#login-error').textContent`:             "Verkeerde winkel, e-mail of wachtwoord",
			}, want: map[string]map[string]string{
				"settings": {
					`document.title`: "kefu · winkelbeheer", `document.documentElement.lang`: "nl",
					`document.querySelector('#me-name').textContent`:                        "Daan · beheerder",
					`document.querySelector('#nav a[data-section="settings"]').textContent`: "Winkelinstellingen",
					`document.querySelector('nav').getAttribute('aria-label')`:              "Onderdelen",
					`document.querySelector('label[for="set-currency"]').textContent`:       "Valuta",
				},
				"knowledge":     {panel: "bijgewerkt " + day},
				"promotions":    {`document.querySelector('.promo[data-id="verano"]').innerText`: "Voor bestellingen vanaf SGD\u00a050,00"},
				"rules":         {`document.querySelector('.rule-grant').textContent`: "kortingsbon van SGD\u00a05,00"},
				"compensations": {panel: "Kortingsbon van SGD\u00a05,00"},
				"agents":        {`document.querySelector('#agents-table tr[data-email="daan@shop.example"]').innerText.toLowerCase()`: "beheerder\tnederlands (nl)"},
				"feedback":      {panel: "‘¿dónde está mi pedido?’ betekent Bestelling volgen (begrepen: Terugbetaling aanvragen)"},
			}, edits: map[string]map[string]string{
				"dry-run":     {`document.querySelector('#dry-result').innerText`: "3 incidenten; 2 zouden iets krijgen, kosten SGD\u00a010,00"},
				"key-created": {`document.querySelector('#new-key-slot').innerText`: "u krijgt hem niet meer te zien"},
			}},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			admin := MustCreateAdmin(t, e, strings.ToLower(tc.name)+"@shop.example", tc.name, tc.lang)
			ctx := MustBrowser(t)
			countDialogs(t, ctx)
			// The browser reads tc.lang: navigator.languages and
			// Accept-Language both.
			ua := run(t, ctx, chromedp.Evaluate[string](`navigator.userAgent`))
			if _, err := chromedp.Call(ctx, emulation.SetUserAgentOverride, emulation.SetUserAgentOverrideParams{UserAgent: ua, AcceptLanguage: tc.accept}); err != nil {
				t.Fatal(err)
			}
			css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
			check := func(where string, want map[string]string) {
				t.Helper()
				for js, w := range want {
					if got := run(t, ctx, chromedp.Evaluate[string](js)); !strings.Contains(got, w) {
						t.Errorf("%s: %s is %q, want %q in it", where, js, got, w)
					}
				}
				words := slices.DeleteFunc(slices.Clone(adminEnglish), func(w string) bool { return slices.Contains(tc.native, w) })
				if bad := leftovers(t, ctx, words, adminData, "#none"); len(bad) > 0 {
					t.Errorf("English left in the %s %s: %q", tc.lang, where, bad)
				}
			}
			run(t, ctx, chromedp.Steps(
				chromedp.Navigate(e.HTTP.URL+"/admin"),
				chromedp.WaitVisible(css(`#login-form`)),
				testenv.Type(`#login-tenant`, shop),
				testenv.Type(`#login-email`, admin.Email),
				testenv.Type(`#login-password`, "not the password"),
				chromedp.Click(css(`#login-submit`)),
				chromedp.WaitVisible(css(`#login-error`)),
			))
			check("sign-in", tc.login)
			screenshot(t, ctx, "admin-login-"+tc.lang)
			run(t, ctx, chromedp.Steps(
				testenv.Type(`#login-password`, AgentPassword),
				chromedp.Click(css(`#login-submit`)),
				chromedp.WaitVisible(css(`#set-currency`)),
			))
			// settle waits until section s is drawn: it has stopped
			// loading and its text has not changed for half a second.
			settle := func(s string) {
				t.Helper()
				run(t, ctx, chromedp.Poll[bool](`(() => {
					const p = document.querySelector('#panel'), now = p.innerText;
					if (p.dataset.section !== '`+s+`' || !p.querySelector('h2') || now.includes('`+tc.loading+`')) { window.__drawn = null; return false; }
					if (!window.__drawn || window.__drawn.text !== now) { window.__drawn = { text: now, at: Date.now() }; return false; }
					return Date.now() - window.__drawn.at > 500;
				})()`))
			}
			for _, s := range sections {
				run(t, ctx, scriptClick(`#nav a[data-section="`+s+`"]`))
				settle(s)
				check(s+" section", tc.want[s])
				if tc.never != "" {
					if got := run(t, ctx, chromedp.Evaluate[string](panel)); strings.Contains(got, tc.never) {
						t.Errorf("the %s section shows %q: %q", s, tc.never, got)
					}
				}
				screenshot(t, ctx, "admin-"+s+"-"+tc.lang)
			}
			// The editors and what actions answer are made by script too.
			for _, ed := range []struct {
				section, typeIn, value, click, wait, name string
			}{
				// A value the server refuses: its field error in the
				// reader's words (the rule it failed, kefu.Error.Rule).
				{section: "settings", typeIn: `#set-confidence`, value: "2", click: `#settings-save`,
					wait: `[data-field-error="confidence_threshold"]`, name: "settings-field-error"},
				{section: "knowledge", click: `#kn-new`, wait: `#article-editor`, name: "article-editor"},
				{section: "review", click: `#rq-feed-add`, wait: `#feed-editor`, name: "feed-editor"},
				{section: "promotions", click: `#promo-new`, wait: `#promo-editor`, name: "promotion-editor"},
				{section: "rules", click: `#dry-run`, wait: `#dry-table`, name: "dry-run"},
				{section: "rules", click: `#rule-new`, wait: `#rule-editor`, name: "rule-editor"},
				{section: "canned", click: `#canned-new`, wait: `#canned-editor`, name: "canned-editor"},
				{section: "agents", click: `#agent-new`, wait: `#agent-editor`, name: "agent-editor"},
				{section: "keys", typeIn: `#key-name`, click: `#key-create`, wait: `#new-key`, name: "key-created"},
			} {
				run(t, ctx, scriptClick(`#nav a[data-section="`+ed.section+`"]`))
				settle(ed.section)
				if ed.typeIn != "" {
					v := ed.value
					if v == "" {
						v = "web"
					}
					run(t, ctx, testenv.Type(ed.typeIn, v))
				}
				run(t, ctx, scriptClick(ed.click))
				run(t, ctx, chromedp.WaitVisible(css(ed.wait)))
				settle(ed.section)
				check(ed.name, tc.edits[ed.name])
				screenshot(t, ctx, "admin-"+ed.name+"-"+tc.lang)
			}
			if n := run(t, ctx, chromedp.Evaluate[int](`window.__dialogs`)); n != 0 {
				t.Errorf("%d dialogs opened", n)
			}
		})
	}
}

// TestAdminRefusesInLanguagesInBrowser signs in to the shop admin as a
// Spanish- and a Thai-speaking agent without the admin role: the
// refusal, their role and the way out are in their language.
func TestAdminRefusesInLanguagesInBrowser(t *testing.T) {
	t.Parallel() // a server, a store and browsers of its own: it may overlap the other page-language walks
	e := MustOpenConsole(t, nil, nil)
	for _, tc := range []struct{ lang, name, refused, who, console string }{
		{"es", "Pablo", "Solo los propietarios y administradores de la tienda pueden usar estas páginas.",
			"Has iniciado sesión como Pablo (agente). Si necesitas un cambio, pídeselo a un propietario o administrador de Shop shop.", "Consola de agentes"},
		{"th", "Malee", "เฉพาะเจ้าของร้านและผู้ดูแลเท่านั้นที่ใช้หน้านี้ได้",
			"คุณเข้าสู่ระบบในชื่อ Malee (เจ้าหน้าที่) หากต้องการเปลี่ยนแปลงอะไร โปรดติดต่อเจ้าของร้านหรือผู้ดูแลของ Shop shop", "คอนโซลเจ้าหน้าที่"},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			agent := MustCreateAgent(t, e.Store, &kefu.Agent{TenantID: shop, Email: strings.ToLower(tc.name) + "@shop.example", Name: tc.name, Languages: []string{tc.lang}})
			ctx := MustBrowser(t)
			run(t, ctx, chromedp.Steps(
				chromedp.Navigate(e.HTTP.URL+"/admin"),
				adminLogin(agent.Email),
				chromedp.WaitVisible(chromedp.CSS(`#refused`)),
			))
			for js, want := range map[string]string{
				`document.querySelector('#refused-text').textContent`:               tc.refused,
				`document.querySelector('#refused-who').textContent`:                tc.who,
				`document.querySelector('#refused a[href="/console"]').textContent`: tc.console,
				`document.documentElement.lang`:                                     tc.lang,
			} {
				if got := run(t, ctx, chromedp.Evaluate[string](js)); got != want {
					t.Errorf("%s is %q, want %q", js, got, want)
				}
			}
			if bad := leftovers(t, ctx, adminEnglish, "#refused-who", "#none"); len(bad) > 0 {
				t.Errorf("English left in the %s refusal: %q", tc.lang, bad)
			}
			screenshot(t, ctx, "admin-refused-"+tc.lang)
		})
	}
}
