package http

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"time"

	"github.com/kefu-ai/kefu"
)

// WidgetCustomer is a customer identity vouched for by the shop's site:
// Signature is hex(HMAC-SHA256(widget secret, ExternalID)), computed by
// the shop's server, so a visitor cannot claim to be someone else.
type WidgetCustomer struct {
	ExternalID string `json:"external_id"`
	Signature  string `json:"signature"`
}

// WidgetConversationRequest is the body of
// POST /v1/widget/{tenant}/conversations. Without a customer the
// conversation is anonymous.
type WidgetConversationRequest struct {
	Language string          `json:"language,omitempty"`
	Customer *WidgetCustomer `json:"customer,omitempty"`
	// ExistingOnly asks for a signed-in customer's conversation that kefu
	// opened to write to them (a delivery at risk), and creates none:
	// 204 No Content when there is none.
	ExistingOnly bool `json:"existing_only,omitempty"`
}

// AdoptWithin is how old a conversation kefu opened to write first may be
// for the customer's widget to take it over.
const AdoptWithin = 7 * 24 * time.Hour

// SignCustomer returns the widget signature of a customer's external ID:
// hex(HMAC-SHA256(secret, externalID)). Shops compute the same on their
// own servers.
func SignCustomer(secret, externalID string) string {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(externalID))
	return hex.EncodeToString(mac.Sum(nil))
}

// verifyCustomer checks a widget signature in constant time.
func verifyCustomer(secret, externalID, signature string) bool {
	if secret == "" {
		return false
	}
	got, err := hex.DecodeString(signature)
	if err != nil {
		return false
	}
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(externalID))
	return hmac.Equal(got, mac.Sum(nil))
}

// widgetTenant is the shop in the path of a widget route: ENOTFOUND for
// an unknown shop, EFORBIDDEN when it has not enabled the widget.
func (s *Server) widgetTenant(r *http.Request) (*kefu.Tenant, error) {
	tenantID := r.PathValue("tenant")
	if !kefu.ValidTenantID(tenantID) {
		return nil, kefu.Errorf(kefu.ENOTFOUND, "shop not found")
	}
	t, err := s.Store.FindTenantByID(r.Context(), tenantID)
	if kefu.ErrorCode(err) == kefu.ENOTFOUND {
		return nil, kefu.Errorf(kefu.ENOTFOUND, "shop not found")
	}
	if err != nil {
		return nil, err
	}
	if !t.Settings.WidgetEnabled {
		return nil, kefu.Errorf(kefu.EFORBIDDEN, "the chat widget is not enabled for this shop")
	}
	return t, nil
}

// handleWidgetConversation opens a conversation for the browser widget.
// No API key is involved: the tenant must have enabled the widget, and a
// claimed customer identity must carry the shop's signature.
func (s *Server) handleWidgetConversation(w http.ResponseWriter, r *http.Request) {
	t, err := s.widgetTenant(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	var req WidgetConversationRequest
	if err := s.decode(w, r, &req); err != nil {
		s.Error(w, r, err)
		return
	}
	start := kefu.StartConversationRequest{TenantID: t.ID, Channel: "widget"}
	if start.Language, err = checkLanguage(req.Language); err != nil {
		s.Error(w, r, err)
		return
	}
	// Counted before the signature is checked: guessing signatures is
	// limited too.
	if err := s.allowWidgetConversation(w, r, t); err != nil {
		s.Error(w, r, err)
		return
	}
	if c := req.Customer; c != nil && (c.ExternalID != "" || c.Signature != "") {
		if c.ExternalID == "" {
			s.Error(w, r, kefu.Errorf(kefu.EINVALID, "customer.external_id is required with a signature"))
			return
		}
		if err := checkText("customer.external_id", c.ExternalID, maxExternalIDBytes); err != nil {
			s.Error(w, r, err)
			return
		}
		if !verifyCustomer(t.Settings.WidgetSecret, c.ExternalID, c.Signature) {
			s.Error(w, r, kefu.Errorf(kefu.EUNAUTHORIZED, "invalid customer signature"))
			return
		}
		start.CustomerExternalID = c.ExternalID
		conv, token, err := s.adoptProactive(r.Context(), t, c.ExternalID)
		if err != nil {
			s.Error(w, r, err)
			return
		}
		if conv != nil {
			writeJSON(w, http.StatusOK, ConversationResponse{Conversation: conv, Token: conversationToken(t.ID, token)})
			return
		}
	}
	if req.ExistingOnly {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	s.startConversation(w, r, start)
}

// adoptProactive hands a signed-in customer the newest conversation kefu
// opened to write to them (docs/proactive.md), if it is recent and still
// with the bot: it becomes a widget conversation with a new token. nil
// when there is none.
func (s *Server) adoptProactive(ctx context.Context, t *kefu.Tenant, externalID string) (*kefu.Conversation, string, error) {
	c, err := s.Store.FindCustomerByExternalID(ctx, t.ID, externalID)
	if kefu.ErrorCode(err) == kefu.ENOTFOUND {
		return nil, "", nil
	}
	if err != nil {
		return nil, "", err
	}
	cs, err := s.Store.FindConversations(ctx, kefu.ConversationFilter{TenantID: t.ID, CustomerID: c.ID, Limit: 5})
	if err != nil {
		return nil, "", err
	}
	for _, conv := range cs {
		if conv.Channel != kefu.ChannelProactive || conv.Status != kefu.StatusBot || s.now().Sub(conv.CreatedAt) > AdoptWithin {
			continue
		}
		token := kefu.NewAPIKeySecret()[len(kefu.APIKeyPrefix):]
		widget, hash := "widget", kefu.HashSecret(token)
		adopted, err := s.Store.UpdateConversation(ctx, t.ID, conv.ID, kefu.ConversationUpdate{Channel: &widget, TokenHash: &hash})
		if err != nil {
			return nil, "", err
		}
		return adopted, token, nil
	}
	return nil, "", nil
}
