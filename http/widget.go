package http

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/http"

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
}

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

// handleWidgetConversation opens a conversation for the browser widget.
// No API key is involved: the tenant must have enabled the widget, and a
// claimed customer identity must carry the shop's signature.
func (s *Server) handleWidgetConversation(w http.ResponseWriter, r *http.Request) {
	tenantID := r.PathValue("tenant")
	if !kefu.ValidTenantID(tenantID) {
		s.Error(w, r, kefu.Errorf(kefu.ENOTFOUND, "shop not found"))
		return
	}
	t, err := s.Store.FindTenantByID(r.Context(), tenantID)
	if kefu.ErrorCode(err) == kefu.ENOTFOUND {
		s.Error(w, r, kefu.Errorf(kefu.ENOTFOUND, "shop not found"))
		return
	}
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if !t.Settings.WidgetEnabled {
		s.Error(w, r, kefu.Errorf(kefu.EFORBIDDEN, "the chat widget is not enabled for this shop"))
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
	}
	s.startConversation(w, r, start)
}
