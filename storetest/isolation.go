package storetest

import (
	"context"
	"testing"

	"github.com/kefu-ai/kefu"
)

func testTenantIsolation(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "a")
	MustCreateTenant(t, s, "b")
	cu := MustCreateCustomer(t, s, &kefu.Customer{TenantID: "a", ExternalID: "x1", Name: "Alice"})
	cv := MustCreateConversation(t, s, &kefu.Conversation{TenantID: "a", CustomerID: cu.ID, Channel: "api"})
	q := MustCreateMessage(t, s, &kefu.Message{TenantID: "a", ConversationID: cv.ID, Author: kefu.AuthorCustomer, Text: "hi", ClientMessageID: "k1"})
	MustCreateMessage(t, s, &kefu.Message{TenantID: "a", ConversationID: cv.ID, Author: kefu.AuthorBot, Text: "hello", ReplyTo: q.ID})
	o := MustCreateOrder(t, s, &kefu.Order{TenantID: "a", Number: "1001", CustomerID: cu.ID, Lines: []kefu.OrderLine{{SKU: "S", Quantity: 1}}})
	sh := MustCreateShipment(t, s, &kefu.Shipment{TenantID: "a", OrderID: o.ID, Carrier: "DHL", TrackingNumber: "TN-A", Status: "in_transit"})
	pr := MustUpsertProduct(t, s, &kefu.Product{TenantID: "a", SKU: "S", Name: "secret"})
	ar := MustUpsertArticle(t, s, &kefu.Article{TenantID: "a", Key: "k", Language: "en", Body: "internal"})

	notFound := []struct {
		name string
		call func() error
	}{
		{"FindCustomerByID", func() error { _, err := s.FindCustomerByID(ctx, "b", cu.ID); return err }},
		{"FindCustomerByExternalID", func() error { _, err := s.FindCustomerByExternalID(ctx, "b", "x1"); return err }},
		{"FindConversationByID", func() error { _, err := s.FindConversationByID(ctx, "b", cv.ID); return err }},
		{"UpdateConversation", func() error {
			_, err := s.UpdateConversation(ctx, "b", cv.ID, kefu.ConversationUpdate{Status: ptr(kefu.StatusClosed)})
			return err
		}},
		{"FindMessageByClientID", func() error { _, err := s.FindMessageByClientID(ctx, "b", cv.ID, "k1"); return err }},
		{"FindReply", func() error { _, err := s.FindReply(ctx, "b", cv.ID, q.ID); return err }},
		{"CreateMessage", func() error {
			return s.CreateMessage(ctx, &kefu.Message{TenantID: "b", ConversationID: cv.ID, Author: kefu.AuthorCustomer, Text: "sneak"})
		}},
		{"FindOrderByID", func() error { _, err := s.FindOrderByID(ctx, "b", o.ID); return err }},
		{"FindOrderByNumber", func() error { _, err := s.FindOrderByNumber(ctx, "b", "1001"); return err }},
		{"CreateShipment", func() error { return s.CreateShipment(ctx, &kefu.Shipment{TenantID: "b", OrderID: o.ID}) }},
		{"AddTrackingEvent", func() error {
			return s.AddTrackingEvent(ctx, "b", sh.ID, kefu.TrackingEvent{Status: "delivered"})
		}},
		{"FindProductBySKU", func() error { _, err := s.FindProductBySKU(ctx, "b", "S"); return err }},
		{"FindArticleByID", func() error { _, err := s.FindArticleByID(ctx, "b", ar.ID); return err }},
		{"FindArticleByKey", func() error { _, err := s.FindArticleByKey(ctx, "b", "k", "en"); return err }},
		{"FindShipmentByTrackingNumber", func() error { _, err := s.FindShipmentByTrackingNumber(ctx, "b", "TN-A"); return err }},
		{"UpsertShipment", func() error {
			return s.UpsertShipment(ctx, &kefu.Shipment{TenantID: "b", OrderID: o.ID, TrackingNumber: "TN-A", Status: "lost"})
		}},
		{"DeleteCustomer", func() error { return s.DeleteCustomer(ctx, "b", "x1") }},
		{"DeleteOrder", func() error { return s.DeleteOrder(ctx, "b", "1001") }},
		{"DeleteShipment", func() error { return s.DeleteShipment(ctx, "b", "TN-A") }},
		{"DeleteProduct", func() error { return s.DeleteProduct(ctx, "b", "S") }},
		{"DeleteArticle", func() error { return s.DeleteArticle(ctx, "b", ar.ID) }},
	}
	for _, tc := range notFound {
		t.Run(tc.name, func(t *testing.T) { wantCode(t, tc.name, tc.call(), kefu.ENOTFOUND) })
	}

	empty := []struct {
		name string
		n    func() (int, error)
	}{
		{"FindConversations", func() (int, error) {
			cs, err := s.FindConversations(ctx, kefu.ConversationFilter{TenantID: "b", CustomerID: cu.ID})
			return len(cs), err
		}},
		{"FindMessages", func() (int, error) {
			ms, err := s.FindMessages(ctx, kefu.MessageFilter{TenantID: "b", ConversationID: cv.ID})
			return len(ms), err
		}},
		{"FindOrders", func() (int, error) {
			os, err := s.FindOrders(ctx, kefu.OrderFilter{TenantID: "b", CustomerID: cu.ID})
			return len(os), err
		}},
		{"FindShipmentsByOrder", func() (int, error) {
			ss, err := s.FindShipmentsByOrder(ctx, "b", o.ID)
			return len(ss), err
		}},
		{"FindProducts", func() (int, error) {
			ps, err := s.FindProducts(ctx, kefu.ProductFilter{TenantID: "b"})
			return len(ps), err
		}},
		{"FindArticles", func() (int, error) {
			as, err := s.FindArticles(ctx, kefu.ArticleFilter{TenantID: "b"})
			return len(as), err
		}},
		{"FindCustomers", func() (int, error) {
			cs, err := s.FindCustomers(ctx, kefu.CustomerFilter{TenantID: "b"})
			return len(cs), err
		}},
		{"FindOrders by number", func() (int, error) {
			os, err := s.FindOrders(ctx, kefu.OrderFilter{TenantID: "b", ByNumber: true})
			return len(os), err
		}},
		{"FindShipments", func() (int, error) {
			ss, err := s.FindShipments(ctx, kefu.ShipmentFilter{TenantID: "b"})
			return len(ss), err
		}},
		{"FindShipments of the order", func() (int, error) {
			ss, err := s.FindShipments(ctx, kefu.ShipmentFilter{TenantID: "b", OrderID: o.ID})
			return len(ss), err
		}},
	}
	for _, tc := range empty {
		t.Run(tc.name, func(t *testing.T) {
			n, err := tc.n()
			mustNil(t, tc.name, err)
			if n != 0 {
				t.Errorf("%s for tenant b returned %d of tenant a's records", tc.name, n)
			}
		})
	}

	// Nothing tenant b tried changed tenant a's data.
	got, err := s.FindConversationByID(ctx, "a", cv.ID)
	mustNil(t, "FindConversationByID", err)
	if got.Status != kefu.StatusBot {
		t.Errorf("tenant b changed tenant a's conversation status to %q", got.Status)
	}
	ms, err := s.FindMessages(ctx, kefu.MessageFilter{TenantID: "a", ConversationID: cv.ID})
	mustNil(t, "FindMessages", err)
	if len(ms) != 2 {
		t.Errorf("tenant a's conversation has %d messages, want 2", len(ms))
	}
	ss, err := s.FindShipmentsByOrder(ctx, "a", o.ID)
	mustNil(t, "FindShipmentsByOrder", err)
	if len(ss) != 1 || ss[0].Status != "in_transit" || len(ss[0].Events) != 0 {
		t.Errorf("tenant b changed tenant a's shipments: %s", show(ss))
	}

	// Upserts by tenant b of tenant a's external ID and numbers make
	// tenant b's own records and leave tenant a's alone.
	MustUpsertCustomer(t, s, &kefu.Customer{TenantID: "b", ExternalID: "x1", Name: "Bob"})
	ob := MustUpsertOrder(t, s, &kefu.Order{TenantID: "b", Number: "1001"})
	MustUpsertShipment(t, s, &kefu.Shipment{TenantID: "b", OrderID: ob.ID, TrackingNumber: "TN-A", Status: "lost"})
	MustUpsertProduct(t, s, &kefu.Product{TenantID: "b", SKU: "S", Name: "public"})
	MustUpsertArticle(t, s, &kefu.Article{TenantID: "b", Key: "k", Language: "en", Body: "public"})
	if ob.ID == o.ID {
		t.Errorf("tenant b's order 1001 got tenant a's ID %q", o.ID)
	}
	gotCu, err := s.FindCustomerByExternalID(ctx, "a", "x1")
	mustNil(t, "FindCustomerByExternalID", err)
	checkEqual(t, "tenant a's customer", gotCu, cu)
	gotO, err := s.FindOrderByNumber(ctx, "a", "1001")
	mustNil(t, "FindOrderByNumber", err)
	checkEqual(t, "tenant a's order", gotO, o)
	gotSh, err := s.FindShipmentByTrackingNumber(ctx, "a", "TN-A")
	mustNil(t, "FindShipmentByTrackingNumber", err)
	checkEqual(t, "tenant a's shipment", gotSh, sh)
	gotPr, err := s.FindProductBySKU(ctx, "a", "S")
	mustNil(t, "FindProductBySKU", err)
	checkEqual(t, "tenant a's product", gotPr, pr)
	gotAr, err := s.FindArticleByKey(ctx, "a", "k", "en")
	mustNil(t, "FindArticleByKey", err)
	checkEqual(t, "tenant a's article", gotAr, ar)
}
