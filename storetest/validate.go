package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

// testValidation checks that every write rejects what the Validate method
// of its noun rejects, with EINVALID, and stores nothing: neither the new
// record (stored, when set, must say ENOTFOUND afterwards) nor any change
// to what the tenant had (the snapshot of testFailedWrites).
func testValidation(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	cu := MustCreateCustomer(t, s, &kefu.Customer{TenantID: "shop", ExternalID: "e1"})
	cv := MustCreateConversation(t, s, &kefu.Conversation{TenantID: "shop", CustomerID: cu.ID, Channel: "api"})
	o := MustCreateOrder(t, s, &kefu.Order{TenantID: "shop", Number: "n1", CustomerID: cu.ID, Lines: []kefu.OrderLine{{SKU: "A", Quantity: 1}}})
	sh := MustCreateShipment(t, s, &kefu.Shipment{TenantID: "shop", OrderID: o.ID, Status: "in_transit"})
	ag := MustCreateAgent(t, s, &kefu.Agent{TenantID: "shop", Email: "ana@example.com", Languages: []string{"en"}})

	take := func(t *testing.T) snapshot { return takeSnapshot(t, s, "shop", cu.ID, cv.ID, o.ID) }
	agents := func() ([]*kefu.Agent, error) { return s.FindAgents(ctx, kefu.AgentFilter{TenantID: "shop"}) }
	wantAgents, err := agents()
	mustNil(t, "FindAgents", err)

	settings := func(mod func(*kefu.TenantSettings)) kefu.TenantSettings {
		st := kefu.TenantSettings{DefaultLanguage: "en", Languages: []string{"en", "zh-Hant"}, Currency: "EUR"}
		mod(&st)
		return st
	}
	for _, tc := range []struct {
		name   string
		write  func() error
		stored func() error // finds what write would have created; nil if the snapshot covers it
	}{
		// Tenants and their settings.
		{"tenant: upper-case id", func() error { return s.CreateTenant(ctx, &kefu.Tenant{ID: "Shop2"}) },
			func() error { _, err := s.FindTenantByID(ctx, "Shop2"); return err }},
		{"tenant: non-canonical default language", func() error {
			return s.CreateTenant(ctx, &kefu.Tenant{ID: "shop2", Settings: settings(func(st *kefu.TenantSettings) { st.DefaultLanguage = "EN" })})
		}, func() error { _, err := s.FindTenantByID(ctx, "shop2"); return err }},
		{"settings: malformed language", func() error {
			return s.UpdateTenantSettings(ctx, "shop", settings(func(st *kefu.TenantSettings) { st.Languages = []string{"en", "en--"} }))
		}, nil},
		{"settings: underscore language", func() error {
			return s.UpdateTenantSettings(ctx, "shop", settings(func(st *kefu.TenantSettings) { st.Languages = []string{"zh_Hant"} }))
		}, nil},
		{"settings: lower-case currency", func() error {
			return s.UpdateTenantSettings(ctx, "shop", settings(func(st *kefu.TenantSettings) { st.Currency = "eur" }))
		}, nil},
		{"settings: bad order number pattern", func() error {
			return s.UpdateTenantSettings(ctx, "shop", settings(func(st *kefu.TenantSettings) { st.OrderNumberPattern = `(\d+` }))
		}, nil},
		{"settings: confidence threshold over 1", func() error {
			return s.UpdateTenantSettings(ctx, "shop", settings(func(st *kefu.TenantSettings) { st.ConfidenceThreshold = 1.5 }))
		}, nil},
		{"settings: negative clarify limit", func() error {
			return s.UpdateTenantSettings(ctx, "shop", settings(func(st *kefu.TenantSettings) { st.ClarifyLimit = -1 }))
		}, nil},
		{"settings: webhook without scheme", func() error {
			return s.UpdateTenantSettings(ctx, "shop", settings(func(st *kefu.TenantSettings) {
				st.Webhooks = []kefu.Webhook{{URL: "example.com/hook"}}
			}))
		}, nil},
		{"api key: no hash", func() error { return s.CreateAPIKey(ctx, &kefu.APIKey{ID: "ak_x", TenantID: "shop"}) },
			func() error { _, err := s.FindAPIKeyByHash(ctx, ""); return err }},

		// Customers.
		{"customer: non-canonical language", func() error {
			return s.CreateCustomer(ctx, &kefu.Customer{TenantID: "shop", ExternalID: "e2", Language: "zh_Hant"})
		}, func() error { _, err := s.FindCustomerByExternalID(ctx, "shop", "e2"); return err }},
		{"customer: lower-case country", func() error {
			return s.CreateCustomer(ctx, &kefu.Customer{TenantID: "shop", ExternalID: "e2", Country: "cn"})
		}, func() error { _, err := s.FindCustomerByExternalID(ctx, "shop", "e2"); return err }},

		{"customer upsert: no external ID", func() error {
			return s.UpsertCustomer(ctx, &kefu.Customer{TenantID: "shop", Name: "anon"})
		}, nil},
		{"customer upsert: lower-case country", func() error {
			return s.UpsertCustomer(ctx, &kefu.Customer{TenantID: "shop", ExternalID: "e1", Country: "cn"})
		}, nil},

		// Conversations and messages.
		{"conversation: malformed language", func() error {
			return s.CreateConversation(ctx, &kefu.Conversation{ID: "cv_bad", TenantID: "shop", Language: "en--"})
		}, func() error { _, err := s.FindConversationByID(ctx, "shop", "cv_bad"); return err }},
		{"conversation update: non-canonical language", func() error {
			_, err := s.UpdateConversation(ctx, "shop", cv.ID, kefu.ConversationUpdate{Language: ptr("EN")})
			return err
		}, nil},
		{"conversation update: rating 6", func() error {
			_, err := s.UpdateConversation(ctx, "shop", cv.ID, kefu.ConversationUpdate{Rating: ptr(6)})
			return err
		}, nil},
		{"message: no conversation", func() error {
			return s.CreateMessage(ctx, &kefu.Message{TenantID: "shop", Author: kefu.AuthorBot, Text: "x"})
		}, nil},
		{"message: unknown author", func() error {
			return s.CreateMessage(ctx, &kefu.Message{TenantID: "shop", ConversationID: cv.ID, Author: "robot", Text: "x"})
		}, nil},

		// Orders and shipments.
		{"order: no number", func() error {
			return s.CreateOrder(ctx, &kefu.Order{TenantID: "shop", Lines: []kefu.OrderLine{{SKU: "A", Quantity: 1}}})
		}, nil},
		{"order: line without SKU", func() error {
			return s.CreateOrder(ctx, &kefu.Order{TenantID: "shop", Number: "n2", Lines: []kefu.OrderLine{{SKU: "A", Quantity: 1}, {Quantity: 1}}})
		}, func() error { _, err := s.FindOrderByNumber(ctx, "shop", "n2"); return err }},
		{"order: line quantity 0", func() error {
			return s.CreateOrder(ctx, &kefu.Order{TenantID: "shop", Number: "n2", Lines: []kefu.OrderLine{{SKU: "A"}}})
		}, func() error { _, err := s.FindOrderByNumber(ctx, "shop", "n2"); return err }},
		{"order: negative unit price", func() error {
			return s.CreateOrder(ctx, &kefu.Order{TenantID: "shop", Number: "n2", Lines: []kefu.OrderLine{{SKU: "A", Quantity: 1, UnitPrice: -1}}})
		}, func() error { _, err := s.FindOrderByNumber(ctx, "shop", "n2"); return err }},
		{"order: lower-case currency", func() error {
			return s.CreateOrder(ctx, &kefu.Order{TenantID: "shop", Number: "n2", Currency: "eur"})
		}, func() error { _, err := s.FindOrderByNumber(ctx, "shop", "n2"); return err }},
		{"order: bad ship_to", func() error {
			return s.CreateOrder(ctx, &kefu.Order{TenantID: "shop", Number: "n2", ShipTo: "UKR"})
		}, func() error { _, err := s.FindOrderByNumber(ctx, "shop", "n2"); return err }},
		{"shipment: no order", func() error { return s.CreateShipment(ctx, &kefu.Shipment{TenantID: "shop", Status: "in_transit"}) }, nil},
		{"shipment: event without status", func() error {
			return s.CreateShipment(ctx, &kefu.Shipment{TenantID: "shop", OrderID: o.ID,
				Events: []kefu.TrackingEvent{{Status: "label_created"}, {Location: "Berlin"}}})
		}, nil},
		{"order upsert: line quantity 0", func() error {
			return s.UpsertOrder(ctx, &kefu.Order{TenantID: "shop", Number: "n1", Lines: []kefu.OrderLine{{SKU: "A"}}})
		}, nil},
		{"shipment upsert: no tracking number", func() error {
			return s.UpsertShipment(ctx, &kefu.Shipment{TenantID: "shop", OrderID: o.ID, Status: "lost"})
		}, nil},
		{"shipment upsert: event without status", func() error {
			return s.UpsertShipment(ctx, &kefu.Shipment{TenantID: "shop", OrderID: o.ID, TrackingNumber: "T",
				Events: []kefu.TrackingEvent{{Location: "Berlin"}}})
		}, func() error { _, err := s.FindShipmentByTrackingNumber(ctx, "shop", "T"); return err }},
		{"tracking event: no status", func() error {
			return s.AddTrackingEvent(ctx, "shop", sh.ID, kefu.TrackingEvent{Location: "Berlin"})
		}, nil},

		// Products and articles.
		{"product: negative price", func() error {
			return s.UpsertProduct(ctx, &kefu.Product{TenantID: "shop", SKU: "B", Price: -1})
		}, func() error { _, err := s.FindProductBySKU(ctx, "shop", "B"); return err }},
		{"product: lower-case currency", func() error {
			return s.UpsertProduct(ctx, &kefu.Product{TenantID: "shop", SKU: "B", Currency: "eur"})
		}, func() error { _, err := s.FindProductBySKU(ctx, "shop", "B"); return err }},
		{"article: no language", func() error {
			return s.UpsertArticle(ctx, &kefu.Article{TenantID: "shop", Key: "k", Body: "b"})
		}, nil},
		{"article: non-canonical language", func() error {
			return s.UpsertArticle(ctx, &kefu.Article{TenantID: "shop", Key: "k", Language: "zh_Hant", Body: "b"})
		}, nil},
		{"article: no key", func() error {
			return s.UpsertArticle(ctx, &kefu.Article{TenantID: "shop", Language: "en", Body: "b"})
		}, nil},

		// Promotions and canned replies.
		{"promotion: text in a malformed language", func() error {
			return s.UpsertPromotion(ctx, &kefu.Promotion{TenantID: "shop", ID: "p", Text: map[string]string{"en-": "x"}})
		}, func() error { _, err := s.FindPromotionByID(ctx, "shop", "p"); return err }},
		{"promotion: end before start", func() error {
			at := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
			return s.UpsertPromotion(ctx, &kefu.Promotion{TenantID: "shop", ID: "p", Text: map[string]string{"en": "x"}, Start: at, End: at.Add(-time.Hour)})
		}, func() error { _, err := s.FindPromotionByID(ctx, "shop", "p"); return err }},
		{"promotion: min total without currency", func() error {
			return s.UpsertPromotion(ctx, &kefu.Promotion{TenantID: "shop", ID: "p", Text: map[string]string{"en": "x"}, MinTotal: 4000})
		}, func() error { _, err := s.FindPromotionByID(ctx, "shop", "p"); return err }},
		{"canned reply: non-canonical language", func() error {
			return s.UpsertCannedReply(ctx, &kefu.CannedReply{TenantID: "shop", ID: "c", Language: "EN", Text: "x"})
		}, func() error { _, err := s.FindCannedReplyByID(ctx, "shop", "c"); return err }},
		{"canned reply: no text", func() error {
			return s.UpsertCannedReply(ctx, &kefu.CannedReply{TenantID: "shop", ID: "c", Language: "en"})
		}, func() error { _, err := s.FindCannedReplyByID(ctx, "shop", "c"); return err }},

		// Agents (the snapshot does not cover them: compared below).
		{"agent: malformed language", func() error {
			return s.CreateAgent(ctx, &kefu.Agent{TenantID: "shop", Email: "li@example.com", Languages: []string{"zh", "en--"}})
		}, func() error { _, err := s.FindAgentByEmail(ctx, "shop", "li@example.com"); return err }},
		{"agent update: non-canonical language", func() error {
			_, err := s.UpdateAgent(ctx, "shop", ag.ID, kefu.AgentUpdate{Languages: []string{"zh_Hant"}})
			return err
		}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := take(t)
			wantCode(t, "write", tc.write(), kefu.EINVALID)
			checkEqual(t, "store after rejected write", take(t), before)
			got, err := agents()
			mustNil(t, "FindAgents", err)
			checkEqual(t, "agents after rejected write", got, wantAgents)
			if tc.stored != nil {
				wantCode(t, "find what the rejected write would have stored", tc.stored(), kefu.ENOTFOUND)
			}
		})
	}

	// Reads check their filter the same way.
	for _, tc := range []struct {
		name string
		read func() error
	}{
		{"FindConversations", func() error { _, err := s.FindConversations(ctx, kefu.ConversationFilter{}); return err }},
		{"FindMessages", func() error { _, err := s.FindMessages(ctx, kefu.MessageFilter{TenantID: "shop"}); return err }},
		{"FindOrders", func() error { _, err := s.FindOrders(ctx, kefu.OrderFilter{}); return err }},
		{"FindProducts", func() error { _, err := s.FindProducts(ctx, kefu.ProductFilter{}); return err }},
		{"FindArticles", func() error { _, err := s.FindArticles(ctx, kefu.ArticleFilter{}); return err }},
		{"FindAgents", func() error { _, err := s.FindAgents(ctx, kefu.AgentFilter{}); return err }},
		{"FindCustomers", func() error { _, err := s.FindCustomers(ctx, kefu.CustomerFilter{}); return err }},
		{"FindShipments", func() error { _, err := s.FindShipments(ctx, kefu.ShipmentFilter{}); return err }},
		{"FindPromotions", func() error { _, err := s.FindPromotions(ctx, kefu.PromotionFilter{}); return err }},
		{"FindCannedReplies", func() error { _, err := s.FindCannedReplies(ctx, kefu.CannedReplyFilter{}); return err }},
	} {
		t.Run("filter without tenant/"+tc.name, func(t *testing.T) { wantCode(t, tc.name, tc.read(), kefu.EINVALID) })
	}
}
