package http

import (
	"bytes"
	"html/template"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/web"
)

// DemoCustomer is the external ID the demo page signs in as by default.
const DemoCustomer = "c-1001"

// parsePages parses the embedded page templates.
func parsePages() (*template.Template, error) {
	return template.New("pages").Funcs(template.FuncMap{
		"price":   formatPrice,
		"initial": initial,
	}).ParseFS(web.Templates(), "*.html")
}

// initial returns the first character of s, for placeholder images.
func initial(s string) string {
	for _, r := range s {
		return string(r)
	}
	return ""
}

// formatPrice renders an amount in minor units, e.g. 129900 USD as
// "1,299.00 USD". Currencies without minor units are shown whole.
func formatPrice(minor int64, currency string) string {
	digits := 2
	switch strings.ToUpper(currency) {
	case "JPY", "KRW", "VND", "CLP", "ISK", "UGX", "XAF", "XOF":
		digits = 0
	}
	neg := minor < 0
	if neg {
		minor = -minor
	}
	whole, frac := minor, int64(0)
	if digits == 2 {
		whole, frac = minor/100, minor%100
	}
	ws := strconv.FormatInt(whole, 10)
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range ws {
		if i > 0 && (len(ws)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if digits == 2 {
		b.WriteByte('.')
		if frac < 10 {
			b.WriteByte('0')
		}
		b.WriteString(strconv.FormatInt(frac, 10))
	}
	if currency != "" {
		b.WriteByte(' ')
		b.WriteString(currency)
	}
	return b.String()
}

// pageCSP allows only our own scripts and styles, and connections (fetch,
// websocket) back to this host. 'self' covers ws: and wss: in current
// browsers; the host is listed explicitly for older ones.
func pageCSP(r *http.Request, frameAncestors string) string {
	connect := "'self'"
	if validHost(r.Host) {
		connect += " ws://" + r.Host + " wss://" + r.Host
	}
	return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
		"connect-src " + connect + "; base-uri 'none'; form-action 'self'; frame-ancestors " + frameAncestors
}

// validHost accepts Host headers that are plain host[:port] names, so that
// a forged Host cannot inject directives into the CSP.
func validHost(h string) bool {
	if h == "" || len(h) > 255 {
		return false
	}
	return strings.IndexFunc(h, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '-' || r == ':' || r == '[' || r == ']')
	}) < 0
}

// demoPage is the data of demo.html.
type demoPage struct {
	Tenants  []*kefu.Tenant
	Tenant   *kefu.Tenant // nil when the requested shop does not exist
	Asked    string       // the tenant ID asked for, shown when unknown
	Products []*kefu.Product
	Demo     bool
	// Customer and Signature identify the signed-in demo customer; both
	// are empty for an anonymous visitor.
	Customer  string
	Signature string
	Notice    string
}

// handleDemoPage renders a small shop of the chosen tenant with the chat
// widget. In Demo mode the visitor may "sign in" as any customer external
// ID, which the server signs with the tenant's widget secret, exactly as a
// real shop's server would.
func (s *Server) handleDemoPage(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	q := r.URL.Query()
	tenants, err := s.Store.FindTenants(ctx)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	if !s.Demo {
		// Outside demo mode only shops that opened their chat to the
		// public are listed, so the page does not enumerate tenants.
		tenants = slices.DeleteFunc(tenants, func(t *kefu.Tenant) bool { return !t.Settings.WidgetEnabled })
	}
	p := demoPage{Tenants: tenants, Demo: s.Demo}
	p.Asked = q.Get("tenant")
	if p.Asked == "" && len(tenants) > 0 {
		p.Asked = tenants[0].ID
		for _, t := range tenants {
			if t.ID == "globalmart" {
				p.Asked = t.ID
			}
		}
	}
	for _, t := range tenants {
		if t.ID == p.Asked {
			p.Tenant = t
		}
	}
	if p.Tenant == nil && !s.Demo && q.Get("tenant") != "" {
		// A shop with its widget closed still has a page when asked for
		// by name; it just is not listed.
		if t, err := s.Store.FindTenantByID(ctx, p.Asked); err == nil {
			p.Tenant = t
		}
	}
	status := http.StatusOK
	if p.Tenant == nil {
		status = http.StatusNotFound
	} else {
		p.Products, err = s.Store.FindProducts(ctx, kefu.ProductFilter{TenantID: p.Tenant.ID, Limit: 12})
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		if s.Demo {
			s.signDemoCustomer(r, &p)
		}
	}
	s.renderPage(w, r, status, "demo.html", p, "'none'")
}

// signDemoCustomer fills in the demo visitor's identity: ?customer= when
// given (empty means anonymous), DemoCustomer otherwise.
func (s *Server) signDemoCustomer(r *http.Request, p *demoPage) {
	q := r.URL.Query()
	p.Customer = DemoCustomer
	if q.Has("customer") {
		p.Customer = strings.TrimSpace(q.Get("customer"))
	}
	switch {
	case p.Customer == "":
	case checkText("customer", p.Customer, maxExternalIDBytes) != nil:
		p.Notice = "That customer ID is not valid; chatting anonymously."
		p.Customer = ""
	case p.Tenant.Settings.WidgetSecret == "":
		p.Notice = "This shop has no widget secret, so visitors cannot sign in; chatting anonymously."
		p.Customer = ""
	default:
		p.Signature = SignCustomer(p.Tenant.Settings.WidgetSecret, p.Customer)
	}
}

// widgetPage is the data of widget.html.
type widgetPage struct {
	Tenant    *kefu.Tenant
	Customer  string
	Signature string
	Language  string
}

// handleWidgetPage serves the chat alone on a page, for shops that embed
// it in an iframe or link to it from a mobile app; it is the one page that
// may be framed. The customer identity, if any, comes signed from the
// shop in ?customer= and ?signature=, and is checked when the widget
// opens its conversation.
func (s *Server) handleWidgetPage(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("tenant")
	var t *kefu.Tenant
	var err error
	if kefu.ValidTenantID(id) {
		t, err = s.Store.FindTenantByID(r.Context(), id)
	} else {
		err = kefu.Errorf(kefu.ENOTFOUND, "shop not found")
	}
	if err == nil && !t.Settings.WidgetEnabled {
		err = kefu.Errorf(kefu.ENOTFOUND, "shop not found")
	}
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	q := r.URL.Query()
	p := widgetPage{Tenant: t, Customer: q.Get("customer"), Signature: q.Get("signature")}
	if lang, err := checkLanguage(q.Get("language")); err == nil {
		p.Language = lang
	}
	w.Header().Del("X-Frame-Options")
	s.renderPage(w, r, http.StatusOK, "widget.html", p, "*")
}

// errorPage is the data of error.html.
type errorPage struct {
	Status  int
	Message string
}

// pageError renders an error as an HTML page, logging internal errors.
func (s *Server) pageError(w http.ResponseWriter, r *http.Request, err error) {
	code := kefu.ErrorCode(err)
	msg := kefu.ErrorMessage(err)
	if code == kefu.EINTERNAL {
		s.logger().ErrorContext(r.Context(), "page error", slog.String("path", r.URL.Path), slog.String("error", err.Error()))
		msg = "Something went wrong. Please try again later."
	}
	s.renderPage(w, r, kefu.HTTPStatus(code), "error.html", errorPage{Status: kefu.HTTPStatus(code), Message: msg}, "'none'")
}

// renderPage executes a template into a buffer first, so that a template
// error becomes a clean 500 instead of half a page.
func (s *Server) renderPage(w http.ResponseWriter, r *http.Request, status int, name string, data any, frameAncestors string) {
	if s.initErr != nil {
		s.Error(w, r, s.initErr)
		return
	}
	var buf bytes.Buffer
	if err := s.pages.ExecuteTemplate(&buf, name, data); err != nil {
		s.Error(w, r, err)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Security-Policy", pageCSP(r, frameAncestors))
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

// handleStatic serves the embedded assets. They carry no version in their
// names (there is no build step), so caches revalidate after five minutes.
// Errors are JSON like everywhere else: a missing file (or a directory)
// is not_found, and the replies http.ServeContent makes for conditional
// and range requests it cannot satisfy are rewritten by jsonErrors.
func (s *Server) handleStatic(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("file")
	notFound := kefu.Errorf(kefu.ENOTFOUND, "no such file")
	if name == "" || strings.HasSuffix(name, "/") || !fs.ValidPath(name) {
		s.Error(w, r, notFound)
		return
	}
	f, err := web.Static().Open(name)
	if err != nil {
		s.Error(w, r, notFound)
		return
	}
	defer f.Close()
	st, err := f.Stat()
	rs, seekable := f.(io.ReadSeeker)
	if err != nil || st.IsDir() || !seekable {
		s.Error(w, r, notFound)
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=300")
	// Scripts are loaded by shop pages on other origins.
	w.Header().Set("Cross-Origin-Resource-Policy", "cross-origin")
	http.ServeContent(&jsonErrors{ResponseWriter: w}, r, name, st.ModTime(), rs)
}

// jsonErrors turns the plain-text error replies of a standard library
// handler (http.Error) into kefu's JSON errors, keeping their status.
type jsonErrors struct {
	http.ResponseWriter
	failed bool // an error status was written; drop the text body
}

func (w *jsonErrors) WriteHeader(status int) {
	if status < 400 || w.failed {
		w.ResponseWriter.WriteHeader(status)
		return
	}
	w.failed = true
	code := kefu.EINVALID
	switch status {
	case http.StatusNotFound:
		code = kefu.ENOTFOUND
	case http.StatusPreconditionFailed:
		code = kefu.EPRECONDITION
	}
	msg := strings.ToLower(http.StatusText(status))
	if status >= 500 {
		code, msg = kefu.EINTERNAL, "internal error"
	}
	w.Header().Del("Content-Length")
	writeJSON(w.ResponseWriter, status, ErrorResponse{Error: ErrorBody{Code: code, Message: msg}})
}

func (w *jsonErrors) Write(b []byte) (int, error) {
	if w.failed {
		return len(b), nil
	}
	return w.ResponseWriter.Write(b)
}

func (w *jsonErrors) Unwrap() http.ResponseWriter { return w.ResponseWriter }
