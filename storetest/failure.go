package storetest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/kefu-ai/kefu"
)

// testConcurrentFailures runs failing and succeeding writes of every kind
// at once: the failures must not take anything of the others with them,
// nor leave anything of their own (adapters may commit concurrent writes
// together).
func testConcurrentFailures(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	c := newConversation(t, s, "shop")
	MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorCustomer, ClientMessageID: "dup"})
	MustCreateOrder(t, s, &kefu.Order{TenantID: "shop", Number: "dup", Lines: []kefu.OrderLine{{SKU: "ORIG", Quantity: 1}}})
	const workers, each = 8, 20
	var wg sync.WaitGroup
	errs := make(chan error, workers*each)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				key := fmt.Sprintf("%d-%d", w, i)
				var err error
				want := ""
				switch i % 5 {
				case 0:
					err = s.CreateMessage(ctx, &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorCustomer, ClientMessageID: "ok-" + key})
				case 1:
					want = kefu.ECONFLICT
					err = s.CreateMessage(ctx, &kefu.Message{TenantID: "shop", ConversationID: c.ID, Author: kefu.AuthorBot, ClientMessageID: "dup"})
				case 2:
					err = s.CreateOrder(ctx, &kefu.Order{TenantID: "shop", Number: "ok-" + key,
						Lines: []kefu.OrderLine{{SKU: "A", Quantity: 1}, {SKU: "B", Quantity: 2}}})
				case 3:
					want = kefu.ECONFLICT
					err = s.CreateOrder(ctx, &kefu.Order{TenantID: "shop", Number: "dup",
						Lines: []kefu.OrderLine{{SKU: "X", Quantity: 1}, {SKU: "Y", Quantity: 1}}})
				case 4:
					err = s.InTx(ctx, func(tx kefu.Store) error {
						if err := tx.CreateCustomer(ctx, &kefu.Customer{TenantID: "shop", ExternalID: "bad-" + key}); err != nil {
							return err
						}
						if err := tx.CreateMessage(ctx, &kefu.Message{TenantID: "shop", ConversationID: c.ID,
							Author: kefu.AuthorSystem, ClientMessageID: "bad-" + key}); err != nil {
							return err
						}
						return errBoom
					})
					if errors.Is(err, errBoom) {
						err = nil
					} else if err == nil {
						err = errors.New("InTx succeeded though fn failed")
					}
				}
				if got := kefu.ErrorCode(err); got != want {
					errs <- fmt.Errorf("worker %d op %d: error %v, want code %q", w, i, err, want)
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	ms, err := s.FindMessages(ctx, kefu.MessageFilter{TenantID: "shop", ConversationID: c.ID, Limit: 1000})
	mustNil(t, "FindMessages", err)
	if want := 1 + workers*each/5; len(ms) != want {
		t.Errorf("%d messages stored, want %d", len(ms), want)
	}
	for _, m := range ms {
		if strings.HasPrefix(m.ClientMessageID, "bad-") {
			t.Errorf("message %q of a rolled-back transaction stored", m.ClientMessageID)
		}
	}
	os, err := s.FindOrders(ctx, kefu.OrderFilter{TenantID: "shop", Limit: 1000})
	mustNil(t, "FindOrders", err)
	if want := 1 + workers*each/5; len(os) != want {
		t.Errorf("%d orders stored, want %d", len(os), want)
	}
	for _, o := range os {
		want := 2
		if o.Number == "dup" {
			want = 1
		}
		if len(o.Lines) != want {
			t.Errorf("order %s has %d lines, want %d: %s", o.Number, len(o.Lines), want, show(o.Lines))
		}
	}
	for w := range workers {
		for i := 4; i < each; i += 5 {
			if _, err := s.FindCustomerByExternalID(ctx, "shop", fmt.Sprintf("bad-%d-%d", w, i)); kefu.ErrorCode(err) != kefu.ENOTFOUND {
				t.Errorf("customer of a rolled-back transaction: err %v, want ENOTFOUND", err)
			}
		}
	}
}

// snapshot is everything a tenant has, read through the Store.
type snapshot struct {
	Tenant        *kefu.Tenant
	Customer      *kefu.Customer
	Conversations []*kefu.Conversation
	Messages      []*kefu.Message
	Orders        []*kefu.Order
	Shipments     []*kefu.Shipment
	Products      []*kefu.Product
	Articles      []*kefu.Article
}

// takeSnapshot reads what the tenant has: the customer, the messages of
// the conversation and the shipments of the order given, and all its
// conversations, orders, products and articles.
func takeSnapshot(t *testing.T, s kefu.Store, tenantID, customerID, conversationID, orderID string) snapshot {
	t.Helper()
	ctx := context.Background()
	var sn snapshot
	var err error
	sn.Tenant, err = s.FindTenantByID(ctx, tenantID)
	mustNil(t, "FindTenantByID", err)
	sn.Customer, err = s.FindCustomerByID(ctx, tenantID, customerID)
	mustNil(t, "FindCustomerByID", err)
	sn.Conversations, err = s.FindConversations(ctx, kefu.ConversationFilter{TenantID: tenantID})
	mustNil(t, "FindConversations", err)
	sn.Messages, err = s.FindMessages(ctx, kefu.MessageFilter{TenantID: tenantID, ConversationID: conversationID})
	mustNil(t, "FindMessages", err)
	sn.Orders, err = s.FindOrders(ctx, kefu.OrderFilter{TenantID: tenantID})
	mustNil(t, "FindOrders", err)
	sn.Shipments, err = s.FindShipmentsByOrder(ctx, tenantID, orderID)
	mustNil(t, "FindShipmentsByOrder", err)
	sn.Products, err = s.FindProducts(ctx, kefu.ProductFilter{TenantID: tenantID})
	mustNil(t, "FindProducts", err)
	sn.Articles, err = s.FindArticles(ctx, kefu.ArticleFilter{TenantID: tenantID})
	mustNil(t, "FindArticles", err)
	return sn
}

func testFailedWrites(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	cu := MustCreateCustomer(t, s, &kefu.Customer{TenantID: "shop", ExternalID: "e1"})
	cv := MustCreateConversation(t, s, &kefu.Conversation{TenantID: "shop", CustomerID: cu.ID, Channel: "api",
		Slots: map[string]string{"k": "v"}})
	MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: cv.ID, Author: kefu.AuthorCustomer, Text: "hi", ClientMessageID: "c1"})
	o := MustCreateOrder(t, s, &kefu.Order{TenantID: "shop", Number: "n1", CustomerID: cu.ID, Lines: []kefu.OrderLine{{SKU: "A", Quantity: 1}}})
	sh := MustCreateShipment(t, s, &kefu.Shipment{TenantID: "shop", OrderID: o.ID, Status: "in_transit"})
	MustUpsertProduct(t, s, &kefu.Product{TenantID: "shop", SKU: "A", Name: "a"})
	MustUpsertArticle(t, s, &kefu.Article{TenantID: "shop", Key: "k", Language: "en", Body: "b"})

	take := func(t *testing.T) snapshot { return takeSnapshot(t, s, "shop", cu.ID, cv.ID, o.ID) }
	for _, tc := range []struct {
		name  string
		write func() error
		code  string
	}{
		{"duplicate tenant", func() error { return s.CreateTenant(ctx, &kefu.Tenant{ID: "shop", Name: "new name"}) }, kefu.ECONFLICT},
		{"duplicate customer", func() error {
			return s.CreateCustomer(ctx, &kefu.Customer{TenantID: "shop", ExternalID: "e1", Name: "x"})
		}, kefu.ECONFLICT},
		{"duplicate conversation", func() error {
			return s.CreateConversation(ctx, &kefu.Conversation{ID: cv.ID, TenantID: "shop", Status: kefu.StatusClosed})
		}, kefu.ECONFLICT},
		{"duplicate client message ID", func() error {
			return s.CreateMessage(ctx, &kefu.Message{TenantID: "shop", ConversationID: cv.ID, Author: kefu.AuthorBot, ClientMessageID: "c1"})
		}, kefu.ECONFLICT},
		{"invalid author", func() error {
			return s.CreateMessage(ctx, &kefu.Message{TenantID: "shop", ConversationID: cv.ID, Author: "x"})
		}, kefu.EINVALID},
		{"invalid status update", func() error {
			_, err := s.UpdateConversation(ctx, "shop", cv.ID, kefu.ConversationUpdate{
				Status: ptr(kefu.ConversationStatus("nope")), Slots: map[string]string{"k": "changed"}})
			return err
		}, kefu.EINVALID},
		{"duplicate order number with lines", func() error {
			return s.CreateOrder(ctx, &kefu.Order{TenantID: "shop", Number: "n1",
				Lines: []kefu.OrderLine{{SKU: "B", Quantity: 2}, {SKU: "C", Quantity: 3}}})
		}, kefu.ECONFLICT},
		{"duplicate order ID with lines", func() error {
			return s.CreateOrder(ctx, &kefu.Order{ID: o.ID, TenantID: "shop", Number: "n2",
				Lines: []kefu.OrderLine{{SKU: "B", Quantity: 2}}})
		}, kefu.ECONFLICT},
		{"shipment with events for missing order", func() error {
			return s.CreateShipment(ctx, &kefu.Shipment{TenantID: "shop", OrderID: "or_nope",
				Events: []kefu.TrackingEvent{{Status: "label_created"}}})
		}, kefu.ENOTFOUND},
		{"duplicate shipment with events", func() error {
			return s.CreateShipment(ctx, &kefu.Shipment{ID: sh.ID, TenantID: "shop", OrderID: o.ID,
				Events: []kefu.TrackingEvent{{Status: "label_created"}}})
		}, kefu.ECONFLICT},
		{"event for missing shipment", func() error {
			return s.AddTrackingEvent(ctx, "shop", "sh_nope", kefu.TrackingEvent{Status: "delivered"})
		}, kefu.ENOTFOUND},
		{"product without SKU", func() error { return s.UpsertProduct(ctx, &kefu.Product{TenantID: "shop", Name: "x"}) }, kefu.EINVALID},
		{"article with bad status", func() error {
			return s.UpsertArticle(ctx, &kefu.Article{TenantID: "shop", Key: "k", Language: "en", Body: "new", Status: "x"})
		}, kefu.EINVALID},
		{"settings of missing tenant", func() error {
			return s.UpdateTenantSettings(ctx, "ghost", kefu.TenantSettings{DefaultLanguage: "fr"})
		}, kefu.ENOTFOUND},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := take(t)
			wantCode(t, "write", tc.write(), tc.code)
			checkEqual(t, "store after failed write", take(t), before)
		})
	}
}
