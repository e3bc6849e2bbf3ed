package importer

import (
	"context"
	"fmt"

	"github.com/kefu-ai/kefu"
)

// writer stores a checked batch inside one transaction. Each step first
// resolves references against the transaction (so records written by
// earlier steps count), reports what does not resolve, and only then
// writes.
type writer struct {
	tx  kefu.Store
	sh  *shop
	ps  *problems
	sum *Summary
}

// fail turns a store error about one record into a problem at its
// position (for the codes a bad input can cause) or returns it as is.
func (w *writer) fail(at pos, what string, err error) error {
	switch kefu.ErrorCode(err) {
	case kefu.EINVALID, kefu.ECONFLICT, kefu.ENOTFOUND:
		w.ps.addf(at, "%s: %s", what, kefu.ErrorMessage(err))
		return errProblems
	}
	return err
}

// found reports whether err says the record exists, is missing (false,
// nil), or is another error.
func found(err error) (bool, error) {
	switch {
	case err == nil:
		return true, nil
	case kefu.ErrorCode(err) == kefu.ENOTFOUND:
		return false, nil
	}
	return false, err
}

func (w *writer) problems() error {
	if w.ps.count() > 0 {
		return errProblems
	}
	return nil
}

func (w *writer) customers(ctx context.Context, b *batch) error {
	for _, it := range b.customers {
		_, err := w.tx.FindCustomerByExternalID(ctx, w.sh.tenantID, it.v.ExternalID)
		ok, err := found(err)
		if err != nil {
			return err
		}
		if ok {
			w.ps.addf(it.at, "customer %q already exists", it.v.ExternalID)
		}
	}
	if err := w.problems(); err != nil {
		return err
	}
	for _, it := range b.customers {
		if err := w.tx.CreateCustomer(ctx, it.v); err != nil {
			return w.fail(it.at, fmt.Sprintf("customer %q", it.v.ExternalID), err)
		}
		w.sum.Customers++
	}
	return nil
}

func (w *writer) products(ctx context.Context, b *batch) error {
	for _, it := range b.products {
		if err := w.tx.UpsertProduct(ctx, it.v); err != nil {
			return w.fail(it.at, fmt.Sprintf("sku %q", it.v.SKU), err)
		}
		w.sum.Products++
	}
	return nil
}

func (w *writer) orders(ctx context.Context, b *batch) error {
	customers := map[string]string{} // external ID -> ID; "" when unknown
	for _, it := range b.orders {
		o := it.order
		id, seen := customers[it.customerExt]
		if !seen {
			c, err := w.tx.FindCustomerByExternalID(ctx, w.sh.tenantID, it.customerExt)
			if ok, err := found(err); err != nil {
				return err
			} else if ok {
				id = c.ID
			}
			customers[it.customerExt] = id
		}
		if id == "" {
			w.ps.addf(it.at, "customer_external_id %q: no such customer (import customers first)", it.customerExt)
		}
		o.CustomerID = id
		_, err := w.tx.FindOrderByNumber(ctx, w.sh.tenantID, o.Number)
		if ok, err := found(err); err != nil {
			return err
		} else if ok {
			w.ps.addf(it.at, "order %q already exists", o.Number)
		}
		for i := range o.Lines {
			l := &o.Lines[i]
			if l.Name != "" {
				continue
			}
			p, err := w.tx.FindProductBySKU(ctx, w.sh.tenantID, l.SKU)
			if ok, err := found(err); err != nil {
				return err
			} else if ok {
				l.Name = p.Name
			} else {
				w.ps.addf(it.linePos[i], "name is required: sku %q is not in the catalogue", l.SKU)
			}
		}
	}
	if err := w.problems(); err != nil {
		return err
	}
	for _, it := range b.orders {
		if err := w.tx.CreateOrder(ctx, it.order); err != nil {
			return w.fail(it.at, fmt.Sprintf("order %q", it.order.Number), err)
		}
		w.sum.Orders++
	}
	return nil
}

func (w *writer) shipments(ctx context.Context, b *batch) error {
	existing := make([]*kefu.Shipment, len(b.shipments)) // nil: create

	orders := map[string]*kefu.Order{}
	for i, it := range b.shipments {
		o, seen := orders[it.orderNumber]
		if !seen {
			var err error
			o, err = w.tx.FindOrderByNumber(ctx, w.sh.tenantID, it.orderNumber)
			if ok, err := found(err); err != nil {
				return err
			} else if !ok {
				o = nil
			}
			orders[it.orderNumber] = o
		}
		if o == nil {
			w.ps.addf(it.at, "order_number %q: no such order", it.orderNumber)
			continue
		}
		it.shipment.OrderID = o.ID
		ss, err := w.tx.FindShipmentsByOrder(ctx, w.sh.tenantID, o.ID)
		if err != nil {
			return err
		}
		for _, s := range ss {
			if s.TrackingNumber == it.shipment.TrackingNumber {
				existing[i] = s
			}
		}
	}
	if err := w.problems(); err != nil {
		return err
	}
	for i, it := range b.shipments {
		s := it.shipment
		if old := existing[i]; old != nil {
			if err := w.appendEvents(ctx, it.at, old, s.Events); err != nil {
				return err
			}
			continue
		}
		if err := w.tx.CreateShipment(ctx, s); err != nil {
			return w.fail(it.at, fmt.Sprintf("shipment %q", s.TrackingNumber), err)
		}
		w.sum.Shipments++
		w.sum.Events += len(s.Events)
	}
	return nil
}

// appendEvents adds to a stored shipment the events newer than its
// newest, oldest first, so that its status ends as the newest event's.
func (w *writer) appendEvents(ctx context.Context, at pos, old *kefu.Shipment, events []kefu.TrackingEvent) error {
	latest := old.LatestEvent()
	stored := map[string]bool{}
	for _, e := range old.Events {
		stored[eventKey(e)] = true
	}
	for _, e := range events {
		switch {
		case stored[eventKey(e)]:
			// Already there: re-importing a carrier feed is harmless.
		case latest != nil && !e.At.After(latest.At):
			w.sum.Skipped++
		default:
			if err := w.tx.AddTrackingEvent(ctx, w.sh.tenantID, old.ID, e); err != nil {
				return w.fail(at, fmt.Sprintf("shipment %q", old.TrackingNumber), err)
			}
			w.sum.Events++
		}
	}
	return nil
}

func eventKey(e kefu.TrackingEvent) string {
	return fmt.Sprint(e.At.UnixNano(), "\x00", e.Status, "\x00", e.Location)
}

func (w *writer) articles(ctx context.Context, b *batch) error {
	for _, it := range b.articles {
		if err := w.tx.UpsertArticle(ctx, it.v); err != nil {
			return w.fail(it.at, fmt.Sprintf("article %q in %q", it.v.Key, it.v.Language), err)
		}
		w.sum.Articles++
	}
	return nil
}
