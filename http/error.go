package http

import (
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"

	"github.com/kefu-ai/kefu"
)

// ErrorResponse is the body of every error reply.
type ErrorResponse struct {
	Error ErrorBody `json:"error"`
}

// ErrorBody carries a stable machine-readable code (one of the kefu.E*
// constants) and a message that is safe to show to a user.
type ErrorBody struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	// Field names the request field the error is about, when one is.
	Field string `json:"field,omitempty"`
	// Rule names the check an invalid value failed and Params its values
	// (kefu.Error.Rule), for clients that word the error in their user's
	// language.
	Rule   string            `json:"rule,omitempty"`
	Params map[string]string `json:"params,omitempty"`
	// Items lists the problems of a refused batch, item by item.
	Items []ItemError `json:"items,omitempty"`
}

// Error writes err as a JSON error reply. Internal errors are logged with
// their detail and shown to the client as a generic message only.
func (s *Server) Error(w http.ResponseWriter, r *http.Request, err error) {
	var be *batchError
	if errors.As(err, &be) {
		writeJSON(w, http.StatusBadRequest, ErrorResponse{Error: ErrorBody{Code: kefu.EINVALID, Message: be.Error(), Items: be.items}})
		return
	}
	code := kefu.ErrorCode(err)
	msg := kefu.ErrorMessage(err)
	status := kefu.HTTPStatus(code)
	if code == kefu.EINTERNAL || status >= 500 {
		s.logger().LogAttrs(r.Context(), slog.LevelError, "http error",
			slog.String("method", r.Method),
			slog.String("path", r.URL.Path),
			slog.String("request_id", kefu.RequestIDFromContext(r.Context())),
			slog.String("code", code),
			slog.String("error", err.Error()))
		if code == kefu.EINTERNAL {
			msg = "internal error"
		}
	}
	body := ErrorBody{Code: code, Message: msg, Field: kefu.ErrorField(err)}
	if code == kefu.EINVALID {
		body.Rule, body.Params = kefu.ErrorRule(err)
	}
	writeJSON(w, status, ErrorResponse{Error: body})
}

// writeJSON writes v with the given status. Encoding errors cannot be
// reported to the client any more once the header is out, so they are
// ignored; v is always one of our own response types.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	_ = enc.Encode(v)
}
