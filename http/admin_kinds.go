package http

import (
	"context"
	"fmt"
	"time"
	"unicode/utf8"

	"github.com/kefu-ai/kefu"
)

// The kinds of data of the admin API, each with its wire form: the shop's
// own ids (SKU, external customer id, order number, tracking number,
// article key and language) name items and their references; kefu's
// internal ids and times are read-only.

// Field limits of admin items, in bytes.
const (
	maxIDBytes    = 200
	maxNameBytes  = 500
	maxTextBytes  = 64 << 10
	maxAttributes = 200
)

// adminRoutes returns the admin API's routes.
func (s *Server) adminRoutes() []route {
	var rs []route
	rs = append(rs, s.productKind().routes(s)...)
	rs = append(rs, s.customerKind().routes(s)...)
	rs = append(rs, s.orderKind().routes(s)...)
	rs = append(rs, s.shipmentKind().routes(s)...)
	rs = append(rs, s.articleKind().routes(s)...)
	rs = append(rs, s.promotionKind().routes(s)...)
	rs = append(rs, s.cannedKind().routes(s)...)
	rs = append(rs, s.reviewKind().routes(s)...)
	rs = append(rs, s.productProfileRoutes()...)
	rs = append(rs, s.ruleRoutes()...)
	rs = append(rs, s.proactiveRoutes()...)
	rs = append(rs, s.articleRoutes()...)
	rs = append(rs, s.settingsRoutes()...)
	rs = append(rs, s.peopleRoutes()...)
	rs = append(rs, s.telemetryRoutes()...)
	rs = append(rs, s.epcisRoutes()...)
	rs = append(rs, s.profileRoutes()...)
	rs = append(rs, s.feedRoutes()...)
	return rs
}

// changed tells the server's owner that a shop's data of a kind changed.
func (s *Server) changed(kind string) func(tenantID string) {
	return func(tenantID string) {
		if s.Changed != nil {
			s.Changed(tenantID, kind)
		}
	}
}

// checkID validates an id-like field: set, at most maxIDBytes, printable.
func checkID(field, v string) error {
	if v == "" {
		return kefu.Invalidf(field, "%s is required", field)
	}
	return checkField(field, v, maxIDBytes)
}

// checkField validates a short text field.
func checkField(field, v string, max int) error {
	if err := checkText(field, v, max); err != nil {
		return kefu.InField(field, err)
	}
	return nil
}

// checkLong validates a long text field (newlines and tabs allowed).
func checkLong(field, v string) error {
	if len(v) > maxTextBytes {
		return kefu.Invalidf(field, "%s is over %d bytes", field, maxTextBytes)
	}
	if !utf8.ValidString(v) {
		return kefu.Invalidf(field, "%s is not valid UTF-8", field)
	}
	return nil
}

// firstError returns the first non-nil error.
func firstError(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// Products are named by SKU.
func (s *Server) productKind() *adminKind[kefu.Product] {
	return &adminKind[kefu.Product]{
		name: "products", noun: "product", idNames: []string{"sku"}, filters: []string{"category"},
		id:    func(p *kefu.Product) []string { return []string{p.SKU} },
		setID: func(p *kefu.Product, id []string) { p.SKU = id[0] },
		check: func(t *kefu.Tenant, p *kefu.Product) error {
			p.ID, p.TenantID, p.UpdatedAt = "", t.ID, time.Time{}
			if p.Currency == "" {
				p.Currency = t.Settings.Currency
			}
			if len(p.Attributes) > maxAttributes {
				return kefu.Invalidf("attributes", "attributes has over %d entries", maxAttributes)
			}
			for k, v := range p.Attributes {
				if err := firstError(checkField("attributes", k, maxIDBytes), checkLong("attributes."+k, v)); err != nil {
					return err
				}
			}
			if p.Stock < 0 {
				return kefu.Invalidf("stock", "stock %d is negative", p.Stock)
			}
			return firstError(checkID("sku", p.SKU), checkField("name", p.Name, maxNameBytes),
				checkLong("description", p.Description), checkField("category", p.Category, maxNameBytes),
				checkField("brand", p.Brand, maxNameBytes), checkField("hs_code", p.HSCode, 20), p.Validate())
		},
		put: func(ctx context.Context, tx kefu.Store, t *kefu.Tenant, p *kefu.Product) error {
			cp := *p
			return tx.UpsertProduct(ctx, &cp)
		},
		get: func(ctx context.Context, st kefu.Store, t *kefu.Tenant, id []string) (*kefu.Product, error) {
			return st.FindProductBySKU(ctx, t.ID, id[0])
		},
		list: func(ctx context.Context, st kefu.Store, t *kefu.Tenant, q listQuery) ([]*kefu.Product, error) {
			f := kefu.ProductFilter{TenantID: t.ID, Category: q.filters["category"], Limit: q.limit}
			if q.after != nil {
				f.After = q.after[0]
			}
			return st.FindProducts(ctx, f)
		},
		del: func(ctx context.Context, tx kefu.Store, t *kefu.Tenant, id []string) error {
			return tx.DeleteProduct(ctx, t.ID, id[0])
		},
		changed: s.changed("products"),
	}
}

// Customers are named by the shop's external id.
func (s *Server) customerKind() *adminKind[kefu.Customer] {
	return &adminKind[kefu.Customer]{
		name: "customers", noun: "customer", idNames: []string{"external_id"},
		id:    func(c *kefu.Customer) []string { return []string{c.ExternalID} },
		setID: func(c *kefu.Customer, id []string) { c.ExternalID = id[0] },
		check: func(t *kefu.Tenant, c *kefu.Customer) error {
			c.ID, c.TenantID, c.CreatedAt = "", t.ID, time.Time{}
			return firstError(checkID("external_id", c.ExternalID), checkField("name", c.Name, maxNameBytes),
				checkField("email", c.Email, maxNameBytes), checkField("phone", c.Phone, 64), c.Validate())
		},
		put: func(ctx context.Context, tx kefu.Store, t *kefu.Tenant, c *kefu.Customer) error {
			cp := *c
			return tx.UpsertCustomer(ctx, &cp)
		},
		get: func(ctx context.Context, st kefu.Store, t *kefu.Tenant, id []string) (*kefu.Customer, error) {
			return st.FindCustomerByExternalID(ctx, t.ID, id[0])
		},
		list: func(ctx context.Context, st kefu.Store, t *kefu.Tenant, q listQuery) ([]*kefu.Customer, error) {
			f := kefu.CustomerFilter{TenantID: t.ID, Limit: q.limit}
			if q.after != nil {
				f.After = q.after[0]
			}
			return st.FindCustomers(ctx, f)
		},
		del: func(ctx context.Context, tx kefu.Store, t *kefu.Tenant, id []string) error {
			return tx.DeleteCustomer(ctx, t.ID, id[0])
		},
		changed: s.changed("customers"),
	}
}

// OrderItem is an order as the admin API takes and gives it: named by its
// number, its customer by the shop's external id.
type OrderItem struct {
	Number             string           `json:"number"`
	CustomerExternalID string           `json:"customer_external_id,omitempty"`
	Status             string           `json:"status,omitempty"`
	Currency           string           `json:"currency,omitempty"`
	Total              int64            `json:"total"`
	ShipTo             string           `json:"ship_to,omitempty"`
	Lines              []kefu.OrderLine `json:"lines,omitempty"`
	PlacedAt           time.Time        `json:"placed_at,omitzero"`
}

// orderStatuses are the order statuses kefu's answers know.
var orderStatuses = []string{"pending", "paid", "shipped", "delivered", "cancelled", "returned"}

func (s *Server) orderKind() *adminKind[OrderItem] {
	return &adminKind[OrderItem]{
		name: "orders", noun: "order", idNames: []string{"number"}, filters: []string{"customer_external_id"},
		id:    func(o *OrderItem) []string { return []string{o.Number} },
		setID: func(o *OrderItem, id []string) { o.Number = id[0] },
		check: func(t *kefu.Tenant, o *OrderItem) error {
			if o.Currency == "" {
				o.Currency = t.Settings.Currency
			}
			if o.Status != "" && !contains(orderStatuses, o.Status) {
				return kefu.Invalidf("status", "status %q is not one of %v", o.Status, orderStatuses)
			}
			for i, l := range o.Lines {
				if err := firstError(checkID("sku", l.SKU), checkField("name", l.Name, maxNameBytes)); err != nil {
					return kefu.InField(fmt.Sprintf("lines[%d]", i), err)
				}
			}
			ko := o.order(t.ID, "")
			return firstError(checkID("number", o.Number), checkField("customer_external_id", o.CustomerExternalID, maxIDBytes), ko.Validate())
		},
		put: func(ctx context.Context, tx kefu.Store, t *kefu.Tenant, o *OrderItem) error {
			customerID := ""
			if o.CustomerExternalID != "" {
				c, err := tx.FindCustomerByExternalID(ctx, t.ID, o.CustomerExternalID)
				if kefu.ErrorCode(err) == kefu.ENOTFOUND {
					return kefu.Invalidf("customer_external_id", "customer %q does not exist: send the customer first", o.CustomerExternalID)
				} else if err != nil {
					return err
				}
				customerID = c.ID
			}
			ko := o.order(t.ID, customerID)
			for i := range ko.Lines {
				l := &ko.Lines[i]
				if l.Name != "" {
					continue
				}
				p, err := tx.FindProductBySKU(ctx, t.ID, l.SKU)
				if kefu.ErrorCode(err) == kefu.ENOTFOUND {
					return kefu.Invalidf(fmt.Sprintf("lines[%d].name", i), "name is required: sku %q is not in the catalogue", l.SKU)
				} else if err != nil {
					return err
				}
				l.Name = p.Name
			}
			return tx.UpsertOrder(ctx, ko)
		},
		get: func(ctx context.Context, st kefu.Store, t *kefu.Tenant, id []string) (*OrderItem, error) {
			o, err := st.FindOrderByNumber(ctx, t.ID, id[0])
			if err != nil {
				return nil, err
			}
			return orderItem(ctx, st, o, nil)
		},
		list: func(ctx context.Context, st kefu.Store, t *kefu.Tenant, q listQuery) ([]*OrderItem, error) {
			f := kefu.OrderFilter{TenantID: t.ID, ByNumber: true, Limit: q.limit}
			if q.after != nil {
				f.After = q.after[0]
			}
			if ext := q.filters["customer_external_id"]; ext != "" {
				c, err := st.FindCustomerByExternalID(ctx, t.ID, ext)
				if kefu.ErrorCode(err) == kefu.ENOTFOUND {
					return nil, nil
				} else if err != nil {
					return nil, err
				}
				f.CustomerID = c.ID
			}
			os, err := st.FindOrders(ctx, f)
			if err != nil {
				return nil, err
			}
			names := map[string]string{}
			out := make([]*OrderItem, len(os))
			for i, o := range os {
				if out[i], err = orderItem(ctx, st, o, names); err != nil {
					return nil, err
				}
			}
			return out, nil
		},
		del: func(ctx context.Context, tx kefu.Store, t *kefu.Tenant, id []string) error {
			return tx.DeleteOrder(ctx, t.ID, id[0])
		},
		changed: s.changed("orders"),
		wrote: func(ctx context.Context, t *kefu.Tenant, os []*OrderItem) {
			exts := make([]string, 0, len(os))
			for _, o := range os {
				exts = append(exts, o.CustomerExternalID)
			}
			s.refreshProfiles(ctx, t.ID, exts)
		},
	}
}

// order is the stored form of o.
func (o *OrderItem) order(tenantID, customerID string) *kefu.Order {
	return &kefu.Order{TenantID: tenantID, Number: o.Number, CustomerID: customerID, Status: o.Status,
		Currency: o.Currency, Total: o.Total, ShipTo: o.ShipTo, Lines: append([]kefu.OrderLine(nil), o.Lines...),
		PlacedAt: o.PlacedAt}
}

// orderItem is the wire form of o; externals caches customer external ids
// by internal id across a page (nil: no cache).
func orderItem(ctx context.Context, st kefu.Store, o *kefu.Order, externals map[string]string) (*OrderItem, error) {
	ext, ok := externals[o.CustomerID]
	if !ok && o.CustomerID != "" {
		c, err := st.FindCustomerByID(ctx, o.TenantID, o.CustomerID)
		switch {
		case kefu.ErrorCode(err) == kefu.ENOTFOUND:
		case err != nil:
			return nil, err
		default:
			ext = c.ExternalID
		}
		if externals != nil {
			externals[o.CustomerID] = ext
		}
	}
	return &OrderItem{Number: o.Number, CustomerExternalID: ext, Status: o.Status, Currency: o.Currency,
		Total: o.Total, ShipTo: o.ShipTo, Lines: o.Lines, PlacedAt: o.PlacedAt}, nil
}

// ShipmentItem is a shipment as the admin API takes and gives it: named
// by its tracking number, its order by number.
type ShipmentItem struct {
	TrackingNumber string               `json:"tracking_number"`
	OrderNumber    string               `json:"order_number"`
	Carrier        string               `json:"carrier,omitempty"`
	Status         string               `json:"status,omitempty"`
	ColdChain      bool                 `json:"cold_chain,omitempty"`
	ETA            *time.Time           `json:"eta,omitempty"`
	Events         []kefu.TrackingEvent `json:"events,omitempty"`
}

// shipmentStatuses are the shipment statuses kefu's answers know.
var shipmentStatuses = []string{"label_created", "in_transit", "customs", "out_for_delivery", "delivered", "exception"}

func (s *Server) shipmentKind() *adminKind[ShipmentItem] {
	return &adminKind[ShipmentItem]{
		name: "shipments", noun: "shipment", idNames: []string{"tracking_number"}, filters: []string{"order_number"},
		id:    func(sh *ShipmentItem) []string { return []string{sh.TrackingNumber} },
		setID: func(sh *ShipmentItem, id []string) { sh.TrackingNumber = id[0] },
		check: func(t *kefu.Tenant, sh *ShipmentItem) error {
			if sh.Status != "" && !contains(shipmentStatuses, sh.Status) {
				return kefu.Invalidf("status", "status %q is not one of %v", sh.Status, shipmentStatuses)
			}
			for i, e := range sh.Events {
				err := firstError(checkField("status", e.Status, 64), checkField("location", e.Location, maxNameBytes),
					checkField("description", e.Description, maxNameBytes), e.Validate())
				if err == nil && e.At.IsZero() {
					err = kefu.Invalidf("at", "at is required: when the carrier scanned it")
				}
				if err != nil {
					return kefu.InField(fmt.Sprintf("events[%d]", i), err)
				}
			}
			return firstError(checkID("tracking_number", sh.TrackingNumber), checkID("order_number", sh.OrderNumber),
				checkField("carrier", sh.Carrier, maxNameBytes))
		},
		put: func(ctx context.Context, tx kefu.Store, t *kefu.Tenant, sh *ShipmentItem) error {
			o, err := tx.FindOrderByNumber(ctx, t.ID, sh.OrderNumber)
			if kefu.ErrorCode(err) == kefu.ENOTFOUND {
				return kefu.Invalidf("order_number", "order %q does not exist: send the order first", sh.OrderNumber)
			} else if err != nil {
				return err
			}
			return tx.UpsertShipment(ctx, &kefu.Shipment{TenantID: t.ID, OrderID: o.ID, Carrier: sh.Carrier,
				TrackingNumber: sh.TrackingNumber, Status: sh.Status, ColdChain: sh.ColdChain, ETA: sh.ETA,
				Events: append([]kefu.TrackingEvent(nil), sh.Events...)})
		},
		get: func(ctx context.Context, st kefu.Store, t *kefu.Tenant, id []string) (*ShipmentItem, error) {
			sh, err := st.FindShipmentByTrackingNumber(ctx, t.ID, id[0])
			if err != nil {
				return nil, err
			}
			return shipmentItem(ctx, st, sh, nil)
		},
		list: func(ctx context.Context, st kefu.Store, t *kefu.Tenant, q listQuery) ([]*ShipmentItem, error) {
			f := kefu.ShipmentFilter{TenantID: t.ID, Limit: q.limit}
			if q.after != nil {
				f.After = q.after[0]
			}
			if n := q.filters["order_number"]; n != "" {
				o, err := st.FindOrderByNumber(ctx, t.ID, n)
				if kefu.ErrorCode(err) == kefu.ENOTFOUND {
					return nil, nil
				} else if err != nil {
					return nil, err
				}
				f.OrderID = o.ID
			}
			ss, err := st.FindShipments(ctx, f)
			if err != nil {
				return nil, err
			}
			numbers := map[string]string{}
			out := make([]*ShipmentItem, len(ss))
			for i, sh := range ss {
				if out[i], err = shipmentItem(ctx, st, sh, numbers); err != nil {
					return nil, err
				}
			}
			return out, nil
		},
		del: func(ctx context.Context, tx kefu.Store, t *kefu.Tenant, id []string) error {
			return tx.DeleteShipment(ctx, t.ID, id[0])
		},
		changed: s.changed("shipments"),
	}
}

// shipmentItem is the wire form of sh; numbers caches order numbers by
// order id across a page (nil: no cache).
func shipmentItem(ctx context.Context, st kefu.Store, sh *kefu.Shipment, numbers map[string]string) (*ShipmentItem, error) {
	n, ok := numbers[sh.OrderID]
	if !ok {
		o, err := st.FindOrderByID(ctx, sh.TenantID, sh.OrderID)
		if err != nil {
			return nil, err
		}
		n = o.Number
		if numbers != nil {
			numbers[sh.OrderID] = n
		}
	}
	return &ShipmentItem{TrackingNumber: sh.TrackingNumber, OrderNumber: n, Carrier: sh.Carrier, Status: sh.Status,
		ColdChain: sh.ColdChain, ETA: sh.ETA, Events: sh.Events}, nil
}

// Articles are named by key and language: one article says one thing in
// one language, and its translations share the key.
func (s *Server) articleKind() *adminKind[kefu.Article] {
	return &adminKind[kefu.Article]{
		name: "articles", noun: "article", idNames: []string{"key", "language"}, filters: []string{"language", "status"},
		id:    func(a *kefu.Article) []string { return []string{a.Key, a.Language} },
		setID: func(a *kefu.Article, id []string) { a.Key, a.Language = id[0], id[1] },
		check: func(t *kefu.Tenant, a *kefu.Article) error {
			a.ID, a.TenantID, a.Version, a.UpdatedAt = "", t.ID, 0, time.Time{}
			if len(a.Tags) > 50 || len(a.Intents) > 50 {
				return kefu.Invalidf("tags", "an article has at most 50 tags and 50 intents")
			}
			for i, tag := range a.Tags {
				if err := checkID(fmt.Sprintf("tags[%d]", i), tag); err != nil {
					return err
				}
			}
			for i, in := range a.Intents {
				if err := checkID(fmt.Sprintf("intents[%d]", i), in); err != nil {
					return err
				}
			}
			return firstError(checkID("key", a.Key), checkField("title", a.Title, maxNameBytes),
				checkLong("body", a.Body), a.Validate())
		},
		put: func(ctx context.Context, tx kefu.Store, t *kefu.Tenant, a *kefu.Article) error {
			cp := *a
			return tx.UpsertArticle(ctx, &cp)
		},
		get: func(ctx context.Context, st kefu.Store, t *kefu.Tenant, id []string) (*kefu.Article, error) {
			return st.FindArticleByKey(ctx, t.ID, id[0], id[1])
		},
		list: func(ctx context.Context, st kefu.Store, t *kefu.Tenant, q listQuery) ([]*kefu.Article, error) {
			f := kefu.ArticleFilter{TenantID: t.ID, Language: q.filters["language"], Limit: q.limit}
			if st := kefu.ArticleStatus(q.filters["status"]); st != "" {
				if !st.Valid() {
					return nil, kefu.Invalidf("status", "status %q is not draft, in_review or published", st)
				}
				f.Status = st
			}
			if q.after != nil {
				f.AfterKey, f.AfterLanguage = q.after[0], q.after[1]
			}
			return st.FindArticles(ctx, f)
		},
		del: func(ctx context.Context, tx kefu.Store, t *kefu.Tenant, id []string) error {
			a, err := tx.FindArticleByKey(ctx, t.ID, id[0], id[1])
			if err != nil {
				return err
			}
			return tx.DeleteArticle(ctx, t.ID, a.ID)
		},
		changed: s.changed("articles"),
	}
}

// Promotions are named by the shop's own promotion id.
func (s *Server) promotionKind() *adminKind[kefu.Promotion] {
	return &adminKind[kefu.Promotion]{
		name: "promotions", noun: "promotion", idNames: []string{"id"}, filters: []string{"active_at"},
		id:    func(p *kefu.Promotion) []string { return []string{p.ID} },
		setID: func(p *kefu.Promotion, id []string) { p.ID = id[0] },
		check: func(t *kefu.Tenant, p *kefu.Promotion) error {
			p.TenantID, p.UpdatedAt = t.ID, time.Time{}
			if p.MinTotal > 0 && p.Currency == "" {
				p.Currency = t.Settings.Currency
			}
			if err := firstError(checkID("id", p.ID), checkField("code", p.Code, 64)); err != nil {
				return err
			}
			for l, text := range p.Text {
				if err := checkLong("text."+l, text); err != nil {
					return err
				}
			}
			return p.Validate()
		},
		put: func(ctx context.Context, tx kefu.Store, t *kefu.Tenant, p *kefu.Promotion) error {
			cp := *p
			return tx.UpsertPromotion(ctx, &cp)
		},
		get: func(ctx context.Context, st kefu.Store, t *kefu.Tenant, id []string) (*kefu.Promotion, error) {
			return st.FindPromotionByID(ctx, t.ID, id[0])
		},
		list: func(ctx context.Context, st kefu.Store, t *kefu.Tenant, q listQuery) ([]*kefu.Promotion, error) {
			f := kefu.PromotionFilter{TenantID: t.ID, Limit: q.limit}
			if v := q.filters["active_at"]; v != "" {
				at, err := time.Parse(time.RFC3339, v)
				if err != nil {
					return nil, kefu.Invalidf("active_at", "active_at %q is not an RFC 3339 time like 2026-06-18T00:00:00Z", v)
				}
				f.ActiveAt = at
			}
			if q.after != nil {
				f.After = q.after[0]
			}
			return st.FindPromotions(ctx, f)
		},
		del: func(ctx context.Context, tx kefu.Store, t *kefu.Tenant, id []string) error {
			return tx.DeletePromotion(ctx, t.ID, id[0])
		},
		changed: s.changed("promotions"),
	}
}

// Canned replies are named by the shop's own id.
func (s *Server) cannedKind() *adminKind[kefu.CannedReply] {
	return &adminKind[kefu.CannedReply]{
		name: "canned-replies", noun: "canned reply", idNames: []string{"id"}, filters: []string{"language"},
		id:    func(c *kefu.CannedReply) []string { return []string{c.ID} },
		setID: func(c *kefu.CannedReply, id []string) { c.ID = id[0] },
		check: func(t *kefu.Tenant, c *kefu.CannedReply) error {
			c.TenantID, c.UpdatedAt = t.ID, time.Time{}
			return firstError(checkID("id", c.ID), checkField("title", c.Title, maxNameBytes), checkLong("text", c.Text), c.Validate())
		},
		put: func(ctx context.Context, tx kefu.Store, t *kefu.Tenant, c *kefu.CannedReply) error {
			cp := *c
			return tx.UpsertCannedReply(ctx, &cp)
		},
		get: func(ctx context.Context, st kefu.Store, t *kefu.Tenant, id []string) (*kefu.CannedReply, error) {
			return st.FindCannedReplyByID(ctx, t.ID, id[0])
		},
		list: func(ctx context.Context, st kefu.Store, t *kefu.Tenant, q listQuery) ([]*kefu.CannedReply, error) {
			f := kefu.CannedReplyFilter{TenantID: t.ID, Language: q.filters["language"], Limit: q.limit}
			if q.after != nil {
				f.After = q.after[0]
			}
			return st.FindCannedReplies(ctx, f)
		},
		del: func(ctx context.Context, tx kefu.Store, t *kefu.Tenant, id []string) error {
			return tx.DeleteCannedReply(ctx, t.ID, id[0])
		},
		changed: s.changed("canned-replies"),
	}
}
