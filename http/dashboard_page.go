package http

import (
	"fmt"
	"net/http"
	"net/url"

	"github.com/kefu-ai/kefu"
)

// The dashboard: one page (GET /dashboard) for a shop's owners and admins
// that charts the analytics API (/v1/analytics/*) with the filters in its
// URL, so that a view can be shared. Unlike /admin, the server checks the
// session before it sends the page: an anonymous visitor (or an expired
// session) is sent to the admin sign-in with a next= back to the same
// view, and an agent without the admin role gets 403 and the page's
// refusal. Everything else is loaded by dashboard.js through the API,
// which checks the session again on every request. See docs/dashboard.md.

// dashboardPage is the data of dashboard.html.
type dashboardPage struct {
	// Refused is set for a signed-in agent who may not see the dashboard;
	// the page then shows only who they are.
	Refused bool
	Agent   string // the agent's name, else email
	Role    string // owner, admin or agent
	Shop    string // the shop's name
	ShopID  string
	// CSRF is the session's token, which the page sends with the
	// insight actions (POST) in X-CSRF-Token.
	CSRF string
	// Lang and Text are the refusal's language and texts (the rest of the
	// page is translated by dashboard.js).
	Lang string
	Text refusalText
}

// Dir is the writing direction of the refusal, "rtl" for Arabic (the
// dashboard itself starts in English; dashboard.js sets its direction).
func (p dashboardPage) Dir() string {
	if !p.Refused {
		return "ltr"
	}
	return langDir(p.Lang)
}

// refusalText is the dashboard's refusal in one language; Who has %[1]s
// (the agent), %[2]s (their role) and %[3]s (the shop).
type refusalText struct {
	Title, Refused, Who, Console string
	Roles                        map[string]string
}

// refusals are the refusal's texts in the languages of the dashboard
// (docs/dashboard.md#languages); others read English.
var refusals = map[string]refusalText{
	"en": {"Dashboard", "Only shop owners and admins can see the dashboard.",
		"You are signed in as %[1]s (%[2]s). Ask an owner or admin of %[3]s if you need the figures.", "Agent console",
		map[string]string{"agent": "agent", "admin": "admin", "owner": "owner"}},
	"zh": {"数据看板", "只有店主和管理员可以查看数据看板。",
		"您当前登录的身份是 %[1]s（%[2]s）。如需查看数据，请联系 %[3]s 的店主或管理员。", "客服工作台",
		map[string]string{"agent": "客服", "admin": "管理员", "owner": "店主"}},
	"es": {"Panel de datos", "Solo los propietarios y administradores de la tienda pueden ver el panel.",
		"Has iniciado sesión como %[1]s (%[2]s). Pide las cifras a un propietario o administrador de %[3]s.", "Consola de agentes",
		map[string]string{"agent": "agente", "admin": "administrador", "owner": "propietario"}},
	"th": {"แดชบอร์ด", "เฉพาะเจ้าของร้านและผู้ดูแลเท่านั้นที่ดูแดชบอร์ดได้",
		"คุณเข้าสู่ระบบในชื่อ %[1]s (%[2]s) หากต้องการดูตัวเลข โปรดติดต่อเจ้าของร้านหรือผู้ดูแลของ %[3]s", "คอนโซลพนักงาน",
		map[string]string{"agent": "พนักงาน", "admin": "ผู้ดูแล", "owner": "เจ้าของร้าน"}},
	"ja": {"ダッシュボード", "ダッシュボードを見られるのはショップのオーナーと管理者だけです。",
		"%[1]s（%[2]s）としてログインしています。数値が必要な場合は、%[3]s のオーナーまたは管理者にお問い合わせください。", "オペレーター画面",
		map[string]string{"agent": "オペレーター", "admin": "管理者", "owner": "オーナー"}},
	"ko": {"대시보드", "대시보드는 쇼핑몰 대표와 관리자만 볼 수 있습니다.",
		"%[1]s(%[2]s)(으)로 로그인했습니다. 수치가 필요하면 %[3]s의 대표나 관리자에게 요청하세요.", "상담원 콘솔",
		map[string]string{"agent": "상담원", "admin": "관리자", "owner": "대표"}},
	"vi": {"Bảng điều khiển", "Chỉ chủ cửa hàng và quản trị viên mới xem được bảng điều khiển.",
		"Bạn đang đăng nhập với tư cách %[1]s (%[2]s). Nếu cần số liệu, hãy hỏi chủ cửa hàng hoặc quản trị viên của %[3]s.", "Bảng làm việc nhân viên",
		map[string]string{"agent": "nhân viên hỗ trợ", "admin": "quản trị viên", "owner": "chủ cửa hàng"}},
	"id": {"Dasbor", "Hanya pemilik dan admin toko yang dapat melihat dasbor.",
		"Anda masuk sebagai %[1]s (%[2]s). Jika memerlukan angkanya, mintalah kepada pemilik atau admin %[3]s.", "Konsol agen",
		map[string]string{"agent": "agen", "admin": "admin", "owner": "pemilik"}},
	"ms": {"Papan pemuka", "Hanya pemilik dan pentadbir kedai boleh melihat papan pemuka.",
		"Anda log masuk sebagai %[1]s (%[2]s). Jika anda memerlukan angka, minta daripada pemilik atau pentadbir %[3]s.", "Konsol ejen",
		map[string]string{"agent": "ejen", "admin": "pentadbir", "owner": "pemilik"}},
	"pt": {"Painel", "Somente proprietários e administradores da loja podem ver o painel.",
		"Você entrou como %[1]s (%[2]s). Se precisar dos números, peça a um proprietário ou administrador de %[3]s.", "Console de atendimento",
		map[string]string{"agent": "atendente", "admin": "administrador", "owner": "proprietário"}},
	"fr": {"Tableau de bord", "Seuls les propriétaires et les administrateurs de la boutique peuvent voir le tableau de bord.",
		"Vous êtes connecté en tant que %[1]s (%[2]s). Si vous avez besoin des chiffres, demandez-les à un propriétaire ou un administrateur de %[3]s.", "Console des conseillers",
		map[string]string{"agent": "conseiller", "admin": "administrateur", "owner": "propriétaire"}},
	"de": {"Dashboard", "Nur Inhaber und Administratoren des Shops können das Dashboard sehen.",
		"Sie sind als %[1]s (%[2]s) angemeldet. Wenn Sie die Zahlen brauchen, wenden Sie sich an einen Inhaber oder Administrator von %[3]s.", "Agenten-Konsole",
		map[string]string{"agent": "Agent", "admin": "Administrator", "owner": "Inhaber"}},
	"ar": {"لوحة المعلومات", "لا يمكن الاطلاع على لوحة المعلومات إلا لمالكي المتجر ومشرفيه.",
		"أنت مسجّل الدخول باسم %[1]s (%[2]s). إذا احتجت إلى الأرقام، فاطلبها من أحد مالكي %[3]s أو مشرفيه.", "لوحة خدمة العملاء",
		map[string]string{"agent": "موظف دعم", "admin": "مشرف", "owner": "مالك"}},
	"zh-Hant": {"資料儀表板", "只有店主和管理員可以查看資料儀表板。",
		"您目前以 %[1]s（%[2]s）的身分登入。如需查看數據，請聯絡 %[3]s 的店主或管理員。", "客服工作台",
		map[string]string{"agent": "客服", "admin": "管理員", "owner": "店主"}},
	"ru": {"Панель аналитики", "Панель аналитики доступна только владельцам и администраторам магазина.",
		"Вы вошли как %[1]s (%[2]s). Если вам нужны эти данные, обратитесь к владельцу или администратору магазина %[3]s.", "Консоль оператора",
		map[string]string{"agent": "оператор", "admin": "администратор", "owner": "владелец"}},
	"tr": {"Gösterge paneli", "Gösterge panelini yalnızca mağaza sahipleri ve yöneticiler görebilir.",
		"%[1]s (%[2]s) olarak giriş yaptınız. Rakamlara ihtiyacınız varsa %[3]s mağazasının sahibine veya bir yöneticisine başvurun.", "Temsilci konsolu",
		map[string]string{"agent": "temsilci", "admin": "yönetici", "owner": "mağaza sahibi"}},
	"fil": {"Dashboard", "Ang mga may-ari at admin lang ng tindahan ang makakakita ng dashboard.",
		"Naka-sign in ka bilang %[1]s (%[2]s). Kung kailangan mo ang mga numero, magtanong sa may-ari o admin ng %[3]s.", "Console ng agent",
		map[string]string{"agent": "agent", "admin": "admin", "owner": "may-ari"}},
	"it": {"Dashboard", "Solo i titolari e gli amministratori del negozio possono vedere la dashboard.",
		"Hai effettuato l'accesso come %[1]s (%[2]s). Se ti servono i dati, rivolgiti a un titolare o amministratore di %[3]s.", "Console operatori",
		map[string]string{"agent": "operatore", "admin": "amministratore", "owner": "titolare"}},
	"nl": {"Dashboard", "Alleen eigenaren en beheerders van de winkel kunnen het dashboard zien.",
		"U bent ingelogd als %[1]s (%[2]s). Vraag een eigenaar of beheerder van %[3]s als u de cijfers nodig hebt.", "Medewerkersconsole",
		map[string]string{"agent": "medewerker", "admin": "beheerder", "owner": "eigenaar"}},
	"pl": {"Pulpit", "Pulpit mogą oglądać tylko właściciele i administratorzy sklepu.",
		"Zalogowano jako %[1]s (%[2]s). Jeśli potrzebujesz danych, poproś właściciela lub administratora sklepu %[3]s.", "Konsola konsultanta",
		map[string]string{"agent": "konsultant", "admin": "administrator", "owner": "właściciel"}},
}

// refusalIn returns the refusal's language and texts for an agent who
// reads lang; Cantonese and Traditional Chinese read zh-Hant, Tagalog
// (tl) Filipino (fil) (pageLanguage).
func refusalIn(lang string, p dashboardPage) (string, refusalText) {
	base := pageLanguage(lang, func(l string) bool { _, ok := refusals[l]; return ok })
	t, ok := refusals[base]
	if !ok {
		base, t = "en", refusals["en"]
	}
	role := t.Roles[p.Role]
	if role == "" {
		role = p.Role
	}
	t.Who = fmt.Sprintf(t.Who, p.Agent, role, p.Shop)
	return base, t
}

// handleDashboardPage serves the dashboard to a signed-in owner or admin.
// It may not be framed.
func (s *Server) handleDashboardPage(w http.ResponseWriter, r *http.Request) {
	au, err := s.authAgent(r, false)
	if kefu.ErrorCode(err) == kefu.EUNAUTHORIZED {
		// The admin page's sign-in comes back here (admin.js accepts
		// only a next= under /dashboard).
		http.Redirect(w, r, "/admin?next="+url.QueryEscape(r.URL.RequestURI()), http.StatusSeeOther)
		return
	} else if err != nil {
		s.pageError(w, r, err)
		return
	}
	t, err := s.Store.FindTenantByID(r.Context(), au.agent.TenantID)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := dashboardPage{Agent: au.agent.Name, Role: string(au.agent.Role), Shop: t.Name, ShopID: t.ID}
	if p.Agent == "" {
		p.Agent = au.agent.Email
	}
	if p.Shop == "" {
		p.Shop = t.ID
	}
	if !canAdminister(au.agent) {
		p.Refused = true
		p.Lang, p.Text = refusalIn(agentLanguage(au.agent, t), p)
		s.renderPage(w, r, http.StatusForbidden, "dashboard.html", p, "'none'")
		return
	}
	p.CSRF = s.csrfToken(au.sess)
	s.renderPage(w, r, http.StatusOK, "dashboard.html", p, "'none'")
}
