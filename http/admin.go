package http

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kefu-ai/kefu"
)

// The admin API: a shop's own data (catalogue, customers, orders,
// shipments, knowledge, promotions, canned replies, synonyms, settings)
// under /v1, for the shop's back office and for the admin pages.
//
// Every route takes an admin-scoped API key (Authorization: Bearer
// kefu_...) or the console session of an owner or admin (state-changing
// requests then need the CSRF header, as in the console). Chat-scoped
// keys, which a widget backend holds, get forbidden.
//
// Each kind of data has the same five routes (docs/api.md):
//
//	POST   /v1/<kind>/batch  {"items":[...]}: upsert by the shop's own id, all or nothing
//	GET    /v1/<kind>        list, filtered, with cursor pagination
//	GET    /v1/<kind>/{id}   one item, with an ETag
//	PUT    /v1/<kind>/{id}   create or replace it; If-Match makes it conditional
//	DELETE /v1/<kind>/{id}   delete it; If-Match makes it conditional

// Admin API limits.
const (
	// MaxBatchItems is the most items one batch request may carry.
	MaxBatchItems = 1000
	// MaxBatchBytes is the largest batch request body.
	MaxBatchBytes = 8 << 20
	// DefaultListLimit and MaxListLimit bound a list page.
	DefaultListLimit = 100
	MaxListLimit     = 1000
	// maxItemErrors is how many item errors a batch reply lists.
	maxItemErrors = 100
)

// ItemError is the problem of one item of a batch.
type ItemError struct {
	Index   int    `json:"index"`
	Code    string `json:"code"`
	Field   string `json:"field,omitempty"`
	Message string `json:"message"`
}

// batchError is a batch refused because of some of its items; nothing of
// it was stored.
type batchError struct {
	items []ItemError
	total int // item errors found, including those not listed
}

func (e *batchError) Error() string {
	return fmt.Sprintf("%d of the items are invalid; nothing was stored", e.total)
}

func (e *batchError) add(ie ItemError) {
	e.total++
	if len(e.items) < maxItemErrors {
		e.items = append(e.items, ie)
	}
}

// itemError describes err as the problem of item i.
func itemError(i int, err error) ItemError {
	code := kefu.ErrorCode(err)
	msg := kefu.ErrorMessage(err)
	if code == kefu.EINTERNAL {
		msg = "internal error"
	}
	return ItemError{Index: i, Code: code, Field: kefu.ErrorField(err), Message: msg}
}

// BatchRequest is the body of POST /v1/<kind>/batch.
type BatchRequest struct {
	Items []json.RawMessage `json:"items"`
}

// BatchResponse answers a batch that was stored.
type BatchResponse struct {
	Upserted int `json:"upserted"`
}

// ListResponse is a page of a list. NextCursor, when set, fetches the
// next page (?cursor=); it is absent on the last page.
type ListResponse[T any] struct {
	Items      []*T   `json:"items"`
	NextCursor string `json:"next_cursor,omitempty"`
}

// adminKind describes one kind of data the admin API serves. T is the
// item's wire form; its id is one or more path segments (a product's SKU;
// an article's key and language).
type adminKind[T any] struct {
	name    string   // path segment and kind name, "products"
	noun    string   // one item, for messages: "product"
	idNames []string // path parameter names, "sku"
	// filters are the list query parameters besides cursor and limit.
	filters []string
	// id returns an item's id parts; setID sets them from the path.
	id    func(*T) []string
	setID func(*T, []string)
	// check validates an item without the store; t is the caller's shop.
	check func(t *kefu.Tenant, item *T) error
	// put stores an item (in a transaction), resolving its references.
	put func(ctx context.Context, tx kefu.Store, t *kefu.Tenant, item *T) error
	// get loads one item; ENOTFOUND if the shop has none.
	get func(ctx context.Context, st kefu.Store, t *kefu.Tenant, id []string) (*T, error)
	// list loads a page after the id parts after (nil: from the start).
	list func(ctx context.Context, st kefu.Store, t *kefu.Tenant, q listQuery) ([]*T, error)
	// del deletes one item; ENOTFOUND if the shop has none.
	del func(ctx context.Context, tx kefu.Store, t *kefu.Tenant, id []string) error
	// changed, if set, runs after every successful write.
	changed func(tenantID string)
	// wrote, if set, runs after a successful batch or PUT with the items
	// written (orders refresh their customers' profiles).
	wrote func(ctx context.Context, t *kefu.Tenant, items []*T)
}

// listQuery is a parsed list request.
type listQuery struct {
	after   []string          // id parts of the last item of the previous page
	limit   int               // items wanted (one more is loaded to see if a page follows)
	filters map[string]string // the kind's filters that were given
}

// routes returns the kind's five routes.
func (k *adminKind[T]) routes(s *Server) []route {
	item := "/v1/" + k.name
	for _, n := range k.idNames {
		item += "/{" + n + "}"
	}
	return []route{
		{"POST", "/v1/" + k.name + "/batch", s.admin(true, k.handleBatch)},
		{"GET", "/v1/" + k.name, s.admin(false, k.handleList)},
		{"GET", item, s.admin(false, k.handleGet)},
		{"PUT", item, s.admin(true, k.handlePut)},
		{"DELETE", item, s.admin(true, k.handleDelete)},
	}
}

// adminHandler is an admin API handler for an authenticated shop.
type adminHandler func(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant)

// admin wraps an admin API handler: it authenticates the caller and loads
// the shop.
func (s *Server) admin(write bool, h adminHandler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		tenantID, err := s.authAdmin(r, write)
		if err != nil {
			s.Error(w, r, err)
			return
		}
		t, err := s.Store.FindTenantByID(r.Context(), tenantID)
		if err != nil {
			s.Error(w, r, err)
			return
		}
		ctx := kefu.NewContextWithTenantID(r.Context(), tenantID)
		h(s, w, r.WithContext(ctx), t)
	}
}

// authAdmin authenticates an admin API request: an admin-scoped API key,
// or the console session of an owner or admin (with the CSRF token when
// write).
func (s *Server) authAdmin(r *http.Request, write bool) (string, error) {
	if tok := bearer(r); tok != "" {
		if !strings.HasPrefix(tok, kefu.APIKeyPrefix) {
			return "", kefu.Errorf(kefu.EUNAUTHORIZED, "the admin API needs an admin API key (kefu_...) or an admin's console session")
		}
		k, err := s.apiKey(r.Context(), tok)
		if err != nil {
			return "", err
		}
		if !adminKey(k) {
			return "", kefu.Errorf(kefu.EFORBIDDEN, "this API key has the chat scope; the admin API needs an admin key (kefu key create --scope admin)")
		}
		return k.TenantID, nil
	}
	if _, err := r.Cookie(SessionCookie); err != nil {
		return "", kefu.Errorf(kefu.EUNAUTHORIZED, "missing credentials: send Authorization: Bearer <admin API key>, or sign in as a shop admin")
	}
	au, err := s.authAgent(r, write)
	if err != nil {
		return "", err
	}
	if !canAdminister(au.agent) {
		return "", kefu.Errorf(kefu.EFORBIDDEN, "only the shop's owners and admins may do this")
	}
	return au.agent.TenantID, nil
}

// canAdminister reports whether an agent may use the admin API and pages:
// owners and admins who are not disabled.
func canAdminister(a *kefu.Agent) bool { return a.Role.CanAdmin() && !a.Disabled }

// adminKey reports whether an API key may use the admin API.
func adminKey(k *kefu.APIKey) bool { return k.Scope.Allows(kefu.ScopeAdmin) }

func (k *adminKind[T]) handleBatch(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	items, err := decodeBatch(w, r, k, t)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	be := &batchError{}
	err = s.Store.InTx(r.Context(), func(tx kefu.Store) error {
		for i, it := range items {
			if err := k.put(r.Context(), tx, t, it); err != nil {
				if kefu.ErrorCode(err) == kefu.EINTERNAL {
					return err
				}
				be.add(itemError(i, err))
			}
		}
		if be.total > 0 {
			return be
		}
		return nil
	})
	if err != nil {
		s.Error(w, r, err)
		return
	}
	k.afterWrite(t.ID)
	if k.wrote != nil {
		k.wrote(r.Context(), t, items)
	}
	writeJSON(w, http.StatusOK, BatchResponse{Upserted: len(items)})
}

func (k *adminKind[T]) afterWrite(tenantID string) {
	if k.changed != nil {
		k.changed(tenantID)
	}
}

// decodeBatch reads a batch body: the whole batch is refused before
// parsing when it is over MaxBatchBytes, and after parsing when it has
// more than MaxBatchItems items; each item is then decoded strictly and
// checked, and a batch with any bad item is refused whole, naming each
// bad item's index and field.
func decodeBatch[T any](w http.ResponseWriter, r *http.Request, k *adminKind[T], t *kefu.Tenant) ([]*T, error) {
	if r.ContentLength > MaxBatchBytes {
		return nil, kefu.Errorf(kefu.ETOOLARGE, "a batch is at most %d bytes; split it", MaxBatchBytes)
	}
	data, err := readJSONBody(w, r, MaxBatchBytes)
	if err != nil {
		return nil, err
	}
	var req BatchRequest
	if err := strictJSON(data, &req); err != nil {
		return nil, err
	}
	switch {
	case req.Items == nil:
		return nil, kefu.Invalidf("items", "items is required: send {\"items\":[...]}")
	case len(req.Items) == 0:
		return nil, kefu.Invalidf("items", "items is empty")
	case len(req.Items) > MaxBatchItems:
		return nil, kefu.Errorf(kefu.ETOOLARGE, "a batch has at most %d items; this one has %d", MaxBatchItems, len(req.Items))
	}
	be := &batchError{}
	items := make([]*T, len(req.Items))
	seen := make(map[string]int, len(req.Items))
	for i, raw := range req.Items {
		it := new(T)
		if err := strictJSON(raw, it); err != nil {
			be.add(itemError(i, err))
			continue
		}
		if err := k.check(t, it); err != nil {
			be.add(itemError(i, err))
			continue
		}
		id := strings.Join(k.id(it), "\x00")
		if j, dup := seen[id]; dup {
			be.add(ItemError{Index: i, Code: kefu.EINVALID, Field: k.idNames[0],
				Message: fmt.Sprintf("item %d has the same %s", j, strings.Join(k.idNames, " and "))})
			continue
		}
		seen[id] = i
		items[i] = it
	}
	if be.total > 0 {
		return nil, be
	}
	return items, nil
}

func (k *adminKind[T]) handleList(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	q, err := k.parseList(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	want := q.limit
	q.limit++
	items, err := k.list(r.Context(), s.Store, t, q)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	resp := ListResponse[T]{Items: items}
	if resp.Items == nil {
		resp.Items = []*T{}
	}
	if len(items) > want {
		resp.Items = items[:want]
		resp.NextCursor = encodeCursor(k.id(items[want-1]))
	}
	writeJSON(w, http.StatusOK, resp)
}

// parseList reads cursor, limit and the kind's filters; any other query
// parameter is refused, so that a misspelt filter does not silently list
// everything.
func (k *adminKind[T]) parseList(r *http.Request) (listQuery, error) {
	q := listQuery{limit: DefaultListLimit, filters: map[string]string{}}
	values, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return q, kefu.Errorf(kefu.EINVALID, "malformed query string: escape %%, & and = in values")
	}
	for name, vs := range values {
		v := vs[len(vs)-1]
		switch {
		case name == "cursor" && v == "":
			// The start, as a client looping on next_cursor sends first.
		case name == "cursor":
			after, ok := decodeCursor(v, len(k.idNames))
			if !ok {
				return q, kefu.Invalidf("cursor", "cursor is not one this API returned")
			}
			q.after = after
		case name == "limit":
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 || n > MaxListLimit {
				return q, kefu.Invalidf("limit", "limit must be a whole number from 1 to %d", MaxListLimit)
			}
			q.limit = n
		case contains(k.filters, name):
			if err := checkText(name, v, 200); err != nil {
				return q, kefu.InField(name, err)
			}
			q.filters[name] = v
		default:
			known := append([]string{"cursor", "limit"}, k.filters...)
			return q, kefu.Invalidf(name, "unknown query parameter %q; this list takes %s", truncate(name, 40), strings.Join(known, ", "))
		}
	}
	return q, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// encodeCursor and decodeCursor make the opaque cursor of a list page
// from the id parts of its last item.
func encodeCursor(id []string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(strings.Join(id, "\x00")))
}

func decodeCursor(c string, parts int) ([]string, bool) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil || len(b) == 0 || !utf8.Valid(b) {
		return nil, false
	}
	id := strings.Split(string(b), "\x00")
	return id, len(id) == parts
}

// pathID returns the item id from the request path.
func (k *adminKind[T]) pathID(r *http.Request) ([]string, error) {
	id := make([]string, len(k.idNames))
	for i, n := range k.idNames {
		id[i] = r.PathValue(n)
		if id[i] == "" || len(id[i]) > 200 || !utf8.ValidString(id[i]) {
			return nil, kefu.Errorf(kefu.ENOTFOUND, "%s not found", k.noun)
		}
	}
	return id, nil
}

func (k *adminKind[T]) handleGet(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	id, err := k.pathID(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	it, err := k.get(r.Context(), s.Store, t, id)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	w.Header().Set("ETag", etag(it))
	writeJSON(w, http.StatusOK, it)
}

func (k *adminKind[T]) handlePut(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	id, err := k.pathID(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	data, err := readJSONBody(w, r, s.maxBody())
	if err != nil {
		s.Error(w, r, err)
		return
	}
	it := new(T)
	if err := strictJSON(data, it); err != nil {
		s.Error(w, r, err)
		return
	}
	if body := k.id(it); !emptyID(body) && strings.Join(body, "\x00") != strings.Join(id, "\x00") {
		s.Error(w, r, kefu.Invalidf(k.idNames[0], "the %s in the body differs from the one in the path", strings.Join(k.idNames, " and ")))
		return
	}
	k.setID(it, id)
	if err := k.check(t, it); err != nil {
		s.Error(w, r, err)
		return
	}
	ifMatch := r.Header.Get("If-Match")
	created := false
	var stored *T
	err = s.Store.InTx(r.Context(), func(tx kefu.Store) error {
		cur, err := k.get(r.Context(), tx, t, id)
		switch {
		case kefu.ErrorCode(err) == kefu.ENOTFOUND:
			if ifMatch != "" && ifMatch != "*" {
				// If-Match on something absent fails (RFC 9110 13.1.1);
				// "*" asks for an existing item.
				return kefu.Errorf(kefu.EPRECONDITION, "the %s no longer exists", k.noun)
			}
			if ifMatch == "*" {
				return kefu.Errorf(kefu.EPRECONDITION, "the %s does not exist", k.noun)
			}
			created = true
		case err != nil:
			return err
		case ifMatch != "" && ifMatch != "*" && !etagMatch(ifMatch, etag(cur)):
			return kefu.Errorf(kefu.EPRECONDITION, "the %s changed since you read it: load it again and redo your change", k.noun)
		}
		if err := k.put(r.Context(), tx, t, it); err != nil {
			return err
		}
		stored, err = k.get(r.Context(), tx, t, id)
		return err
	})
	if err != nil {
		s.Error(w, r, err)
		return
	}
	k.afterWrite(t.ID)
	if k.wrote != nil {
		k.wrote(r.Context(), t, []*T{it})
	}
	w.Header().Set("ETag", etag(stored))
	status := http.StatusOK
	if created {
		status = http.StatusCreated
	}
	writeJSON(w, status, stored)
}

func emptyID(id []string) bool {
	for _, p := range id {
		if p != "" {
			return false
		}
	}
	return true
}

func (k *adminKind[T]) handleDelete(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	id, err := k.pathID(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	ifMatch := r.Header.Get("If-Match")
	err = s.Store.InTx(r.Context(), func(tx kefu.Store) error {
		if ifMatch != "" && ifMatch != "*" {
			cur, err := k.get(r.Context(), tx, t, id)
			if err != nil {
				return err
			}
			if !etagMatch(ifMatch, etag(cur)) {
				return kefu.Errorf(kefu.EPRECONDITION, "the %s changed since you read it: load it again", k.noun)
			}
		}
		return k.del(r.Context(), tx, t, id)
	})
	if err != nil {
		s.Error(w, r, err)
		return
	}
	k.afterWrite(t.ID)
	w.WriteHeader(http.StatusNoContent)
}

// etag is the entity tag of an item: a hash of its JSON form, so that any
// change of what a client sees changes it.
func etag(v any) string {
	b, _ := json.Marshal(v)
	sum := sha256.Sum256(b)
	return `"` + hex.EncodeToString(sum[:12]) + `"`
}

// etagMatch reports whether an If-Match header names tag (a list of tags
// is allowed; weak tags never match, as If-Match compares strongly).
func etagMatch(header, tag string) bool {
	for _, t := range strings.Split(header, ",") {
		if strings.TrimSpace(t) == tag {
			return true
		}
	}
	return false
}
