package kefu

import (
	"context"
	"fmt"
	"time"
)

// Order statuses (Order.Status); a shop's import may use others, which
// count as under way.
const (
	OrderPending    = "pending"
	OrderPaid       = "paid"
	OrderProcessing = "processing"
	OrderShipped    = "shipped"
	OrderDelivered  = "delivered"
	OrderCancelled  = "cancelled"
	OrderReturned   = "returned"
)

// Order is a customer's order. Number is the shop's order number that
// customers quote ("10023"); it is unique within the tenant.
type Order struct {
	ID         string      `json:"id"`
	TenantID   string      `json:"tenant_id"`
	Number     string      `json:"number"`
	CustomerID string      `json:"customer_id"`
	Status     string      `json:"status"` // "pending", "paid", "shipped", "delivered", "cancelled", "returned"
	Currency   string      `json:"currency"`
	Total      int64       `json:"total"`             // minor units of Currency (cents)
	ShipTo     string      `json:"ship_to,omitempty"` // ISO 3166-1 alpha-2 destination
	Lines      []OrderLine `json:"lines,omitempty"`
	PlacedAt   time.Time   `json:"placed_at"`
}

// OrderLine is one product line of an order.
type OrderLine struct {
	SKU       string `json:"sku"`
	Name      string `json:"name"`
	Quantity  int    `json:"quantity"`
	UnitPrice int64  `json:"unit_price"` // minor units of the order's currency
	// Lot is the production batch the line was picked from, when the shop
	// tracks batches (fresh food); see Batch.
	Lot string `json:"lot,omitempty"`
	// Picking is what the warehouse recorded when it picked the line
	// (weighed goods, short or substituted picks); nil when nothing was.
	Picking *LinePicking `json:"picking,omitempty"`
}

// LinePicking is what the warehouse recorded of a picked order line.
type LinePicking struct {
	// OrderedGrams is the weight ordered, for goods sold by weight.
	OrderedGrams int `json:"ordered_grams,omitempty"`
	// Grams is the weight picked; 0 when not weighed.
	Grams int `json:"grams,omitempty"`
	// Quantity is the number of pieces picked; nil when as ordered.
	Quantity *int `json:"quantity,omitempty"`
	// SKU is what was picked when it was not the SKU ordered.
	SKU string `json:"sku,omitempty"`
}

// Shipment is one parcel of an order, with its tracking history.
type Shipment struct {
	ID             string          `json:"id"`
	TenantID       string          `json:"tenant_id"`
	OrderID        string          `json:"order_id"`
	Carrier        string          `json:"carrier"`
	TrackingNumber string          `json:"tracking_number"`
	Status         string          `json:"status"` // "label_created", "in_transit", "customs", "out_for_delivery", "delivered", "exception"
	ColdChain      bool            `json:"cold_chain,omitempty"`
	ETA            *time.Time      `json:"eta,omitempty"`
	Events         []TrackingEvent `json:"events,omitempty"` // oldest first
	CreatedAt      time.Time       `json:"created_at"`
}

// LatestEvent returns the newest tracking event, or nil.
func (s *Shipment) LatestEvent() *TrackingEvent {
	var latest *TrackingEvent
	for i := range s.Events {
		if latest == nil || !s.Events[i].At.Before(latest.At) {
			latest = &s.Events[i]
		}
	}
	return latest
}

// TrackingEvent is one carrier scan.
type TrackingEvent struct {
	At          time.Time `json:"at"`
	Status      string    `json:"status"`
	Location    string    `json:"location,omitempty"`
	Description string    `json:"description,omitempty"`
}

// OrderFilter selects orders of one tenant.
type OrderFilter struct {
	TenantID   string
	CustomerID string
	// ByNumber orders the result by Number instead of newest first;
	// After then continues a listing: only orders whose number sorts
	// after it.
	ByNumber bool
	After    string
	Limit    int // 0 means 100
}

// OrderService manages orders and shipments.
type OrderService interface {
	// CreateOrder stores o with its lines; ECONFLICT if the number is taken.
	CreateOrder(ctx context.Context, o *Order) error
	FindOrderByID(ctx context.Context, tenantID, id string) (*Order, error)
	// FindOrderByNumber returns ENOTFOUND if the tenant has no such order.
	FindOrderByNumber(ctx context.Context, tenantID, number string) (*Order, error)
	// FindOrders returns the newest orders first, with their lines.
	FindOrders(ctx context.Context, f OrderFilter) ([]*Order, error)
	// CreateShipment stores s with its events.
	CreateShipment(ctx context.Context, s *Shipment) error
	// FindShipmentsByOrder returns the order's shipments, events oldest first.
	FindShipmentsByOrder(ctx context.Context, tenantID, orderID string) ([]*Shipment, error)
	// AddTrackingEvent appends an event and sets the shipment's status to the event's.
	AddTrackingEvent(ctx context.Context, tenantID, shipmentID string, e TrackingEvent) error

	// UpsertOrder creates the order or replaces the one with the same
	// Number: its fields and all its lines; it keeps its ID (set on o)
	// and its shipments. A zero PlacedAt is now for a new order and keeps
	// the stored time of an existing one.
	UpsertOrder(ctx context.Context, o *Order) error
	// DeleteOrder removes the order with that number and its shipments;
	// ENOTFOUND if there is none.
	DeleteOrder(ctx context.Context, tenantID, number string) error
	// UpsertShipment creates the shipment or replaces the one with the
	// same TrackingNumber: its fields and all its events; it keeps its ID
	// and CreatedAt (set on s). EINVALID without a tracking number;
	// ECONFLICT if several shipments of the tenant share the number.
	UpsertShipment(ctx context.Context, s *Shipment) error
	// FindShipmentByTrackingNumber returns the shipment with its events;
	// ENOTFOUND if there is none (ECONFLICT if several share the number).
	FindShipmentByTrackingNumber(ctx context.Context, tenantID, trackingNumber string) (*Shipment, error)
	// FindShipments returns shipments with their events ordered by
	// tracking number.
	FindShipments(ctx context.Context, f ShipmentFilter) ([]*Shipment, error)
	// DeleteShipment removes the shipment with that tracking number and
	// its events; ENOTFOUND if there is none.
	DeleteShipment(ctx context.Context, tenantID, trackingNumber string) error
}

// ShipmentFilter selects shipments of one tenant.
type ShipmentFilter struct {
	TenantID string
	OrderID  string // empty: all orders
	// After continues a listing: only shipments whose tracking number
	// sorts after it.
	After string
	Limit int // 0 means 1000
}

// Validate checks the filter; EINVALID without a tenant.
func (f ShipmentFilter) Validate() error { return requireTenant(f.TenantID) }

// Validate checks what a store needs of a new order; EINVALID naming the
// field without a tenant or a number, with a currency or ship_to that is
// set but not a code (ValidCurrency, ValidCountry), a negative total or
// an invalid line.
func (o *Order) Validate() error {
	if err := requireTenant(o.TenantID); err != nil {
		return err
	}
	switch {
	case o.Number == "":
		return Invalidf("number", "number is required")
	case o.Currency != "" && !ValidCurrency(o.Currency):
		return Invalidf("currency", "currency %q is not an ISO 4217 code like \"EUR\"", o.Currency)
	case o.ShipTo != "" && !ValidCountry(o.ShipTo):
		return Invalidf("ship_to", "ship_to %q is not an ISO 3166-1 code like \"TH\"", o.ShipTo)
	case o.Total < 0:
		return Invalidf("total", "total %d is negative", o.Total)
	}
	for i, l := range o.Lines {
		if err := l.Validate(); err != nil {
			return &Error{Code: EINVALID, Message: fmt.Sprintf("line %d: %s", i+1, ErrorMessage(err)), Field: fieldPath(fmt.Sprintf("lines[%d]", i), err)}
		}
	}
	return nil
}

// Validate checks an order line; EINVALID naming the field without a SKU,
// with a quantity below 1 or a negative unit price.
func (l OrderLine) Validate() error {
	switch {
	case l.SKU == "":
		return Invalidf("sku", "sku is required")
	case l.Quantity < 1:
		return Invalidf("quantity", "quantity %d is less than 1", l.Quantity)
	case l.UnitPrice < 0:
		return Invalidf("unit_price", "unit_price %d is negative", l.UnitPrice)
	}
	return nil
}

// Validate checks what a store needs of a new shipment; EINVALID naming
// the field without a tenant or an order, or with an invalid event.
func (s *Shipment) Validate() error {
	if err := requireTenant(s.TenantID); err != nil {
		return err
	}
	if s.OrderID == "" {
		return Invalidf("order_id", "order_id is required")
	}
	for i, e := range s.Events {
		if err := e.Validate(); err != nil {
			return &Error{Code: EINVALID, Message: fmt.Sprintf("event %d: %s", i+1, ErrorMessage(err)), Field: fieldPath(fmt.Sprintf("events[%d]", i), err)}
		}
	}
	return nil
}

// Validate checks a tracking event; EINVALID without a status.
func (e TrackingEvent) Validate() error {
	if e.Status == "" {
		return Invalidf("status", "tracking event status is required")
	}
	return nil
}

// Validate checks the filter; EINVALID without a tenant.
func (f OrderFilter) Validate() error { return requireTenant(f.TenantID) }
