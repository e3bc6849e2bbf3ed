package http

import (
	_ "embed"
	"io"
	"net/http"
)

// openAPI is the hand-written OpenAPI 3.0 document of the /v1 API. A test
// checks that it lists exactly the /v1 routes of Server.routes.
//
//go:embed openapi.json
var openAPI string

// handleOpenAPI serves the OpenAPI document.
func (s *Server) handleOpenAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "public, max-age=300")
	_, _ = io.WriteString(w, openAPI)
}
