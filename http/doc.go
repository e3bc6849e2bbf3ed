// Package http is kefu's HTTP adapter: the versioned REST API under /v1
// (tenant API keys and conversation tokens), the websocket that streams a
// conversation's events, the browser widget endpoint, the embedded OpenAPI
// document and the server-rendered demo and widget pages.
//
// Routing uses the standard library's ServeMux with method and wildcard
// patterns. Every route is listed once in Server.routes so that tests can
// check the OpenAPI document against what is actually served. Errors are
// always JSON: {"error":{"code":"...","message":"..."}} with the status
// from kefu.HTTPStatus.
package http
