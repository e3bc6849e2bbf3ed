package http

import (
	"cmp"
	"context"
	"errors"
	"html/template"
	"log/slog"
	"net"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/compose"
	"github.com/kefu-ai/kefu/cosmetics/profiles"
	"github.com/kefu-ai/kefu/desk"
	"github.com/kefu-ai/kefu/freshness"
	"github.com/kefu-ai/kefu/ingest"
	"github.com/kefu-ai/kefu/traceability"
)

// DefaultMaxBodyBytes is the request body limit when Server.MaxBodyBytes is 0.
const DefaultMaxBodyBytes = 64 << 10

// ShutdownTimeout bounds how long Close waits for in-flight requests.
const ShutdownTimeout = 10 * time.Second

// Server serves kefu's HTTP API, websocket and pages. Set the exported
// fields before calling Handler or Open; they must not change afterwards.
type Server struct {
	// Addr is the TCP address Open listens on, e.g. ":8080" or ":0".
	Addr string
	// Store holds tenants, API keys, conversations and messages.
	Store kefu.Store
	// Turns runs the conversation engine behind the message endpoints.
	Turns kefu.TurnService
	// Events is the bus the websocket streams from. Without it the
	// websocket endpoint answers not_implemented.
	Events kefu.EventService
	// Logger receives error and (at debug level) access logs; nil means
	// slog.Default().
	Logger *slog.Logger
	// Now is the clock; nil means time.Now.
	Now kefu.Clock
	// MaxBodyBytes limits request bodies; 0 means DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// Limits are the rate limits of opening conversations and posting
	// messages, and the trusted proxies that name clients' addresses;
	// zero fields mean DefaultLimits.
	Limits Limits
	// Composer writes the texts the server itself sends to customers
	// (the thanks for a rating) in their language; nil means the embedded
	// templates of package compose.
	Composer kefu.Composer
	// Demo enables the "sign in as" customer picker on the demo page: the
	// server signs any external ID the visitor types with the tenant's
	// widget secret. Never enable it on a real shop.
	Demo bool
	// Desk performs the agent console's operations; nil disables the
	// console API (not_implemented).
	Desk *desk.Desk
	// Intents, if set, returns the serving intent model's labels: the
	// console's relabel picker and the check of a relabel's intent.
	Intents func() []string
	// Retrainer, if set, retrains a shop's intent model on an admin's
	// request (POST /v1/models/retrain); nil answers not_implemented.
	Retrainer Retrainer
	// SessionKey signs agent session cookies (HMAC-SHA256), at least
	// MinSessionKeyBytes long; nil means a random key per process, so
	// sessions end on restart and are not shared between nodes.
	SessionKey []byte
	// SessionTTL is how long an agent session lasts; 0 means
	// DefaultSessionTTL.
	SessionTTL time.Duration
	// SecureCookies marks session cookies Secure even on plain HTTP
	// requests, for servers behind a TLS-terminating proxy. Cookies of
	// requests that came over TLS are always Secure.
	SecureCookies bool
	// Trace assembles the traceability reports of /trace/{token}, whose
	// links TraceLinks makes and checks; nil disables the page.
	Trace      *traceability.Service
	TraceLinks *traceability.Links
	// Changed, if set, is told when the admin API changed a shop's data
	// of a kind ("products", "articles", "settings", ...), so that caches
	// built from it (the knowledge index) are dropped at once.
	Changed func(tenantID, kind string)
	// Profiles, if set, recomputes a customer's order- and event-derived
	// profile traits (profile.Builder) after POST /v1/events and after
	// orders are written through the admin API.
	Profiles ProfileRefresher
	// ProductProfiles re-derives product profiles after a shop edits
	// them (PUT /v1/products/{sku}/profile); nil means a Keeper on Store
	// with the embedded ingredient ratings.
	ProductProfiles *profiles.Keeper
	// Telemetry stores the readings of POST /v1/telemetry/batch (and
	// counts them with the brokers' messages); nil means a pipeline on
	// Store of its own.
	Telemetry *ingest.Pipeline
	// PresenceGrace is how long an agent keeps their presence after their
	// last console websocket closed before they are set offline; 0 means
	// DefaultPresenceGrace.
	PresenceGrace time.Duration
	// Guards bounds what one client may hold or cost: body and response
	// deadlines, websockets, login throttling (deadline.go).
	Guards Guards
	// Logins keeps the counters of login throttling (login_throttle.go);
	// nil means counters in this process. Several nodes share one to
	// throttle together.
	Logins kefu.LoginThrottle
	// Ready lists the checks of GET /readyz (ready.go); none means ready
	// whenever the server is not draining.
	Ready []ReadyCheck
	// Metrics, if set, is told about every request (route pattern,
	// status, duration).
	Metrics RequestObserver
	// DrainTimeout is how long Close waits for in-flight requests before
	// it cuts their connections; 0 means ShutdownTimeout.
	DrainTimeout time.Duration
	// ConsoleElsewhere, if set, reports whether another kefu node holds a
	// console websocket of the agent (package nats asks them); when this
	// node's last console of an agent closes, it then leaves the agent's
	// presence alone. Nil means this node is the only one.
	ConsoleElsewhere func(ctx context.Context, tenantID, agentID string) bool

	// Freshness runs feeds, the review queue and suggestions
	// (docs/feeds.md); nil means a service on Store that tells Changed
	// about the articles it changes.
	Freshness *freshness.Service
	// FeedClient fetches feed URLs for POST /v1/admin/feeds/{name}/poll;
	// nil means http.DefaultClient.
	FeedClient *http.Client

	freshOnce sync.Once          // makes freshOwn
	freshOwn  *freshness.Service // Freshness or the default

	keeperOnce sync.Once        // makes keeperOwn
	keeperOwn  *profiles.Keeper // Profiles or the default

	sockets consoleSockets // open console websockets per agent
	wsSlots wsSlots        // open websockets per conversation, agent and address (Guards)

	keyOnce sync.Once    // makes key
	key     []byte       // the session key in use
	logins  loginLimiter // login attempts, when Logins is nil

	keys    keyCache // verified API keys
	limits  *limiter // the buckets of Limits
	once    sync.Once
	handler http.Handler
	pages   *template.Template
	initErr error

	// photoSlots holds a token per photo being decoded (maxPhotoDecodes).
	photoSlots chan struct{}

	composer kefu.Composer // Composer, or compose's default

	insights insightRefreshes // when each shop's insights were last derived

	// ctx is canceled when the server shuts down; websockets derive from
	// it because hijacked connections outlive their request context.
	ctx    context.Context
	cancel context.CancelFunc
	ws     sync.WaitGroup // live websocket handlers; Add only through wsStart

	mu      sync.Mutex // guards ln, srv and closing
	ln      net.Listener
	srv     *http.Server
	closing bool

	draining  atomic.Bool  // set by Drain: /readyz answers 503
	nodes     atomic.Int32 // the nodes ShareLimits was last told of; 0: never
	closeOnce sync.Once    // Close runs once; later calls return its error
	closeErr  error
}

// route is one entry of the route table. Every handler the server serves
// is listed here, so that the OpenAPI test can compare the table with the
// document.
type route struct {
	method  string // "GET" also serves HEAD
	pattern string // a ServeMux path pattern
	handler http.HandlerFunc
}

// routes returns the route table.
func (s *Server) routes() []route {
	return slices.Concat([]route{
		{"GET", "/healthz", s.handleHealth},
		{"GET", "/readyz", s.handleReady},
		{"GET", "/v1/openapi.json", s.handleOpenAPI},

		{"POST", "/v1/conversations", s.handleCreateConversation},
		{"GET", "/v1/conversations/{id}", s.handleGetConversation},
		{"POST", "/v1/conversations/{id}/messages", s.handlePostMessage},
		{"GET", "/v1/conversations/{id}/messages", s.handleListMessages},
		{"GET", "/v1/conversations/{id}/ws", s.handleConversationWS},
		{"POST", "/v1/conversations/{id}/rating", s.handleRateConversation},
		{"POST", "/v1/conversations/{id}/attachments", s.handlePostAttachment},
		{"GET", "/v1/conversations/{id}/attachments/{aid}", s.handleGetAttachment},
		{"POST", "/v1/conversations/{id}/proactive-opt-out", s.handleProactiveOptOut},
		{"GET", "/v1/conversations/{id}/profile", s.handleConversationProfile},
		{"DELETE", "/v1/conversations/{id}/profile", s.handleConversationProfile},
		{"POST", "/v1/events", s.handlePostEvents},

		{"POST", "/v1/widget/{tenant}/conversations", s.handleWidgetConversation},
		{"GET", "/v1/widget/{tenant}/products/{sku}/reviews/summary", s.handleWidgetReviewSummary},
		{"GET", "/v1/products/{sku}/reviews/summary", s.handleReviewSummary},

		{"GET", "/{$}", s.handleDemoPage},
		{"GET", "/widget/{tenant}", s.handleWidgetPage},
		{"GET", "/admin", s.handleAdminPage},
		{"GET", "/dashboard", s.handleDashboardPage},
		{"GET", "/static/{file...}", s.handleStatic},
	}, s.consoleRoutes(), s.adminRoutes(), s.traceRoutes(), s.feedHookRoutes(), s.feedbackRoutes(), s.modelRoutes(), s.analyticsRoutes())
}

// Handler returns the server's root handler with all middleware. It is
// built once, on first use.
func (s *Server) Handler() http.Handler {
	s.once.Do(s.init)
	return s.handler
}

func (s *Server) init() {
	s.ctx, s.cancel = context.WithCancel(context.Background())
	s.photoSlots = make(chan struct{}, maxPhotoDecodes)
	s.pages, s.initErr = parsePages()
	if lim, err := newLimiter(s.Limits); err != nil {
		s.initErr = errors.Join(s.initErr, err)
		s.limits, _ = newLimiter(DefaultLimits())
	} else {
		s.limits = lim
	}
	s.composer = s.Composer
	if s.composer == nil {
		c, err := compose.New()
		if err != nil {
			s.initErr = errors.Join(s.initErr, err)
		} else {
			s.composer = c
		}
	}

	mux := http.NewServeMux()
	allowed := map[string][]string{} // path pattern -> methods, for 405 replies
	var paths []string
	for _, rt := range s.routes() {
		mux.Handle(rt.method+" "+rt.pattern, rt.handler)
		if _, ok := allowed[rt.pattern]; !ok {
			paths = append(paths, rt.pattern)
		}
		allowed[rt.pattern] = append(allowed[rt.pattern], rt.method)
	}
	// A pattern without a method is less specific than the same pattern
	// with one, so these catch only the methods not served, and answer in
	// JSON rather than ServeMux's plain text.
	for _, p := range paths {
		methods := allowed[p]
		notAllowed := func(w http.ResponseWriter, r *http.Request) {
			allow := strings.Join(methods, ", ")
			if strings.Contains(allow, "GET") {
				allow += ", HEAD"
			}
			w.Header().Set("Allow", allow)
			writeJSON(w, http.StatusMethodNotAllowed, ErrorResponse{Error: ErrorBody{
				Code:    kefu.EINVALID,
				Message: "method " + r.Method + " is not allowed here; use " + allow,
			}})
		}
		// One pattern per method not served: a method-less pattern would
		// conflict with a more general one of another method
		// ("/v1/products/batch" and "GET /v1/products/{sku}").
		for _, m := range []string{"GET", "POST", "PUT", "PATCH", "DELETE"} {
			if !slices.Contains(methods, m) {
				mux.HandleFunc(m+" "+p, notAllowed)
			}
		}
	}
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.Error(w, r, kefu.Errorf(kefu.ENOTFOUND, "no such endpoint"))
	})

	var h http.Handler = mux
	if s.Metrics != nil {
		// Right around the mux: it reads the route pattern the mux sets
		// on the request it was given.
		h = s.instrument(h)
	}
	h = s.deadlines(h)
	h = s.cors(h)
	h = s.securityHeaders(h)
	h = s.observe(h)
	s.handler = h
}

// Open starts listening on Addr and serving in the background.
func (s *Server) Open() error {
	h := s.Handler()
	if s.initErr != nil {
		return s.initErr
	}
	if s.Store == nil || s.Turns == nil {
		return errors.New("http: Server.Store and Server.Turns are required")
	}
	ln, err := net.Listen("tcp", s.Addr)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(s.logger().Handler(), slog.LevelWarn),
	}
	// Hijacked websocket connections are not tracked by Shutdown: end them
	// as soon as shutdown begins.
	srv.RegisterOnShutdown(s.cancel)
	s.mu.Lock()
	s.ln, s.srv = ln, srv
	s.mu.Unlock()
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.logger().Error("http serve", slog.String("error", err.Error()))
		}
	}()
	return nil
}

// Close stops accepting connections, closes websockets with "going
// away", waits up to DrainTimeout for in-flight requests (then cuts the
// connections of those still running) and waits for the websocket
// handlers to return. Later calls return the first call's error.
func (s *Server) Close() error {
	s.once.Do(s.init)
	s.closeOnce.Do(func() {
		s.draining.Store(true)
		s.mu.Lock()
		srv := s.srv
		s.closing = true
		s.mu.Unlock()
		if srv != nil {
			ctx, cancel := context.WithTimeout(context.Background(), cmp.Or(s.DrainTimeout, ShutdownTimeout))
			if s.closeErr = srv.Shutdown(ctx); s.closeErr != nil {
				srv.Close()
			}
			cancel()
		}
		s.cancel()
		s.ws.Wait()
	})
	return s.closeErr
}

// URL returns the base URL the server listens on, e.g.
// "http://localhost:43211", or "" before Open.
func (s *Server) URL() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ln == nil {
		return ""
	}
	addr, ok := s.ln.Addr().(*net.TCPAddr)
	if !ok {
		return "http://" + s.ln.Addr().String()
	}
	host := "localhost"
	if !addr.IP.IsUnspecified() {
		host = addr.IP.String()
	}
	return "http://" + net.JoinHostPort(host, strconv.Itoa(addr.Port))
}

func (s *Server) logger() *slog.Logger {
	if s.Logger != nil {
		return s.Logger
	}
	return slog.Default()
}

func (s *Server) now() time.Time { return s.Now.Time() }

func (s *Server) maxBody() int64 {
	if s.MaxBodyBytes > 0 {
		return s.MaxBodyBytes
	}
	return DefaultMaxBodyBytes
}

// handleHealth reports that the process serves requests, with the
// server's clock so that skew between nodes is easy to spot.
func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok", "time": s.now().UTC().Format(time.RFC3339)})
}
