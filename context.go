package kefu

import "context"

type ctxKey int

const (
	tenantKey ctxKey = iota
	requestIDKey
	agentKey
)

// NewContextWithTenantID returns ctx carrying the ID of the tenant the caller
// acts for.
func NewContextWithTenantID(ctx context.Context, tenantID string) context.Context {
	return context.WithValue(ctx, tenantKey, tenantID)
}

// TenantIDFromContext returns the tenant ID carried by ctx, or "".
func TenantIDFromContext(ctx context.Context) string {
	s, _ := ctx.Value(tenantKey).(string)
	return s
}

// NewContextWithRequestID returns ctx carrying a request ID for logs and traces.
func NewContextWithRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, requestIDKey, id)
}

// RequestIDFromContext returns the request ID carried by ctx, or "".
func RequestIDFromContext(ctx context.Context) string {
	s, _ := ctx.Value(requestIDKey).(string)
	return s
}

// NewContextWithAgentID returns ctx carrying the ID of the human agent acting.
func NewContextWithAgentID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, agentKey, id)
}

// AgentIDFromContext returns the agent ID carried by ctx, or "".
func AgentIDFromContext(ctx context.Context) string {
	s, _ := ctx.Value(agentKey).(string)
	return s
}
