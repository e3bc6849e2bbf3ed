package kefu_test

import (
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

// TestValidate checks the Validate methods the stores call: a valid value
// passes, and each invalid one fails with EINVALID and a message that
// names the field (field is a substring of the message). The contract
// suite (storetest) checks that the stores reject the same values.
func TestValidate(t *testing.T) {
	valid := map[string]interface{ Validate() error }{
		"tenant":       &kefu.Tenant{ID: "shop", Settings: kefu.TenantSettings{DefaultLanguage: "en", Languages: []string{"en", "zh-Hant"}, Currency: "EUR", ConfidenceThreshold: 0.5}},
		"customer":     &kefu.Customer{TenantID: "shop", Language: "en-GB-oxendict", Country: "GB"},
		"conversation": &kefu.Conversation{TenantID: "shop", Status: kefu.StatusBot, Language: "yue", Rating: 5},
		"message":      &kefu.Message{TenantID: "shop", ConversationID: "cv", Author: kefu.AuthorAgent, Language: "fil", OriginalLanguage: "es-419"},
		"order":        &kefu.Order{TenantID: "shop", Number: "1", Currency: "EUR", ShipTo: "DE", Lines: []kefu.OrderLine{{SKU: "A", Quantity: 1}}},
		"shipment":     &kefu.Shipment{TenantID: "shop", OrderID: "or", Events: []kefu.TrackingEvent{{Status: "in_transit"}}},
		"product":      &kefu.Product{TenantID: "shop", SKU: "A", Currency: "EUR"},
		"article":      &kefu.Article{TenantID: "shop", Key: "k", Language: "zh-Hant"},
		"agent":        &kefu.Agent{TenantID: "shop", Email: "a@example.com", Role: kefu.RoleAgent, Presence: kefu.PresenceOnline, MaxChats: 1, Languages: []string{"en"}},
		"api key":      &kefu.APIKey{TenantID: "shop", Hash: "h", Scope: kefu.ScopeChat},
		"note":         &kefu.Note{TenantID: "shop", ConversationID: "cv", AgentID: "ag", Text: "x"},
		"promotion": &kefu.Promotion{TenantID: "shop", ID: "p", Text: map[string]string{"en": "x", "zh-Hant": "y"},
			Start: time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC), End: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC),
			Categories: []string{"tea"}, Products: []string{"A"}, MinTotal: 4000, Currency: "EUR"},
		"canned reply": &kefu.CannedReply{TenantID: "shop", ID: "c", Language: "es-419", Text: "x"},
		"review": &kefu.Review{TenantID: "shop", ID: "r", SKU: "A", Rating: 5, Text: "好用", Language: "zh", SkinType: "oily",
			CreatedAt: time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)},
	}
	for name, v := range valid {
		if err := v.Validate(); err != nil {
			t.Errorf("valid %s: %v", name, err)
		}
	}

	for _, tt := range []struct {
		name  string
		v     interface{ Validate() error }
		field string
	}{
		{"tenant id", &kefu.Tenant{ID: "Shop"}, "tenant id"},
		{"default language", &kefu.Tenant{ID: "shop", Settings: kefu.TenantSettings{DefaultLanguage: "en--"}}, "settings.default_language"},
		{"settings languages", kefu.TenantSettings{Languages: []string{"zh_Hant"}}, "settings.languages"},
		{"settings currency", kefu.TenantSettings{Currency: "eur"}, "settings.currency"},
		{"settings pattern", kefu.TenantSettings{OrderNumberPattern: "("}, "settings.order_number_pattern"},
		{"settings threshold", kefu.TenantSettings{ConfidenceThreshold: -0.1}, "settings.confidence_threshold"},
		{"settings clarify limit", kefu.TenantSettings{ClarifyLimit: -1}, "settings.clarify_limit"},
		{"settings anonymous queue", kefu.TenantSettings{AnonymousQueueMax: -2}, "settings.anonymous_queue_max"},
		{"settings anonymous queue too big", kefu.TenantSettings{AnonymousQueueMax: kefu.MaxAnonymousQueue + 1}, "settings.anonymous_queue_max"},
		{"settings cart url without {sku}", kefu.TenantSettings{CartURL: "https://shop.example/cart"}, "settings.cart_url"},
		{"settings cart url scheme", kefu.TenantSettings{CartURL: "javascript:alert(1)//{sku}"}, "settings.cart_url"},
		{"settings webhook", kefu.TenantSettings{Webhooks: []kefu.Webhook{{URL: "ftp://example.com"}}}, "webhook url"},
		{"settings tax", kefu.TenantSettings{TaxRegistrations: []string{"gb"}}, "settings.tax_registrations"},
		{"promotion tenant", &kefu.Promotion{ID: "p", Text: map[string]string{"en": "x"}}, "tenant_id"},
		{"promotion id", &kefu.Promotion{TenantID: "shop", Text: map[string]string{"en": "x"}}, "id"},
		{"promotion text", &kefu.Promotion{TenantID: "shop", ID: "p"}, "text"},
		{"promotion text language", &kefu.Promotion{TenantID: "shop", ID: "p", Text: map[string]string{"en-": "x"}}, "text language"},
		{"promotion window", &kefu.Promotion{TenantID: "shop", ID: "p", Text: map[string]string{"en": "x"},
			Start: time.Date(2026, 5, 2, 0, 0, 0, 0, time.UTC), End: time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)}, "end"},
		{"promotion currency", &kefu.Promotion{TenantID: "shop", ID: "p", Text: map[string]string{"en": "x"}, MinTotal: 100}, "currency"},
		{"canned reply language", &kefu.CannedReply{TenantID: "shop", ID: "c", Language: "EN", Text: "x"}, "language"},
		{"canned reply text", &kefu.CannedReply{TenantID: "shop", ID: "c"}, "text"},
		{"review sku", &kefu.Review{TenantID: "shop", ID: "r", Rating: 5, Language: "en"}, "sku"},
		{"review rating", &kefu.Review{TenantID: "shop", ID: "r", SKU: "A", Language: "en"}, "rating"},
		{"review text", &kefu.Review{TenantID: "shop", ID: "r", SKU: "A", Rating: 5, Language: "en", Text: "\xff"}, "text"},
		{"review language", &kefu.Review{TenantID: "shop", ID: "r", SKU: "A", Rating: 5, Language: "zh_Hant"}, "language"},
		{"review skin type", &kefu.Review{TenantID: "shop", ID: "r", SKU: "A", Rating: 5, Language: "en", SkinType: "Oily"}, "skin_type"},
		{"api key tenant", &kefu.APIKey{Hash: "h"}, "tenant_id"},
		{"api key hash", &kefu.APIKey{TenantID: "shop"}, "hash"},
		{"api key scope", &kefu.APIKey{TenantID: "shop", Hash: "h"}, "scope"},
		{"api key unknown scope", &kefu.APIKey{TenantID: "shop", Hash: "h", Scope: "root"}, "scope"},
		{"settings country", kefu.TenantSettings{Country: "de"}, "settings.country"},
		{"customer tenant", &kefu.Customer{}, "tenant_id"},
		{"customer language", &kefu.Customer{TenantID: "shop", Language: "zh_Hant"}, "language"},
		{"customer country", &kefu.Customer{TenantID: "shop", Country: "gb"}, "country"},
		{"conversation status", &kefu.Conversation{TenantID: "shop", Status: "x"}, "status"},
		{"conversation language", &kefu.Conversation{TenantID: "shop", Status: kefu.StatusBot, Language: "en--"}, "language"},
		{"conversation rating", &kefu.Conversation{TenantID: "shop", Status: kefu.StatusBot, Rating: 6}, "rating"},
		{"conversation update language", kefu.ConversationUpdate{Language: ptr("EN")}, "language"},
		{"message conversation", &kefu.Message{TenantID: "shop", Author: kefu.AuthorBot}, "conversation_id"},
		{"message author", &kefu.Message{TenantID: "shop", ConversationID: "cv"}, "author"},
		{"order number", &kefu.Order{TenantID: "shop"}, "number"},
		{"order ship_to", &kefu.Order{TenantID: "shop", Number: "1", ShipTo: "UK1"}, "ship_to"},
		{"order total", &kefu.Order{TenantID: "shop", Number: "1", Total: -1}, "total"},
		{"order line sku", &kefu.Order{TenantID: "shop", Number: "1", Lines: []kefu.OrderLine{{Quantity: 1}}}, "line 1: sku"},
		{"order line quantity", &kefu.Order{TenantID: "shop", Number: "1", Lines: []kefu.OrderLine{{SKU: "A", Quantity: 1}, {SKU: "B"}}}, "line 2: quantity"},
		{"shipment order", &kefu.Shipment{TenantID: "shop"}, "order_id"},
		{"shipment event", &kefu.Shipment{TenantID: "shop", OrderID: "or", Events: []kefu.TrackingEvent{{}}}, "event 1: tracking event status"},
		{"product sku", &kefu.Product{TenantID: "shop"}, "sku"},
		{"product price", &kefu.Product{TenantID: "shop", SKU: "A", Price: -1}, "price"},
		{"article key", &kefu.Article{TenantID: "shop", Language: "en"}, "key"},
		{"article language", &kefu.Article{TenantID: "shop", Key: "k", Language: "zh_Hant"}, "language"},
		{"article status", &kefu.Article{TenantID: "shop", Key: "k", Language: "en", Status: "x"}, "status"},
		{"agent email", &kefu.Agent{TenantID: "shop", Role: kefu.RoleAgent, Presence: kefu.PresenceOnline, MaxChats: 1}, "email"},
		{"agent languages", &kefu.Agent{TenantID: "shop", Email: "a@example.com", Role: kefu.RoleAgent, Presence: kefu.PresenceOnline, MaxChats: 1, Languages: []string{"en", "en--"}}, "languages"},
		{"agent update languages", kefu.AgentUpdate{Languages: []string{"ZH"}}, "languages"},
		{"note text", &kefu.Note{TenantID: "shop", ConversationID: "cv", AgentID: "ag"}, "text"},
		{"conversation filter", kefu.ConversationFilter{}, "tenant_id"},
		{"message filter", kefu.MessageFilter{TenantID: "shop"}, "conversation_id"},
		{"order filter", kefu.OrderFilter{}, "tenant_id"},
		{"product filter", kefu.ProductFilter{}, "tenant_id"},
		{"article filter", kefu.ArticleFilter{}, "tenant_id"},
		{"agent filter", kefu.AgentFilter{}, "tenant_id"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.v.Validate()
			if kefu.ErrorCode(err) != kefu.EINVALID {
				t.Fatalf("Validate() = %v, want EINVALID", err)
			}
			if msg := kefu.ErrorMessage(err); !strings.Contains(msg, tt.field) {
				t.Errorf("message %q does not name %q", msg, tt.field)
			}
		})
	}
}

func ptr[T any](v T) *T { return &v }
