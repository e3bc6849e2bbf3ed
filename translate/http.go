package translate

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/redact"
)

// maxResponse bounds the bytes read from a provider's response.
const maxResponse = 1 << 20

// postJSON posts body as JSON and decodes a 2xx answer into out. Non-2xx
// answers become a *kefu.Error whose code follows the status; errMsg
// extracts the provider's message from the body for the log-only cause.
func postJSON(ctx context.Context, client *http.Client, op, url string, header http.Header, body, out any, errMsg func([]byte) string) error {
	b, err := json.Marshal(body)
	if err != nil {
		return kefu.E(op, err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(b))
	if err != nil {
		return &kefu.Error{Code: kefu.EINTERNAL, Op: op, Message: "bad provider URL", Err: redact.Error(err)}
	}
	for k, v := range header {
		req.Header[k] = v
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	if client == nil {
		client = http.DefaultClient
	}
	resp, err := client.Do(req)
	if err != nil {
		code := kefu.EUNAVAILABLE
		return &kefu.Error{Code: code, Op: op, Message: "translation provider unreachable", Err: redact.Error(err)}
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxResponse))
	if err != nil {
		return &kefu.Error{Code: kefu.EUNAVAILABLE, Op: op, Message: "translation provider unreachable", Err: err}
	}
	if resp.StatusCode/100 != 2 {
		return &kefu.Error{Code: statusCode(resp.StatusCode), Op: op,
			Message: "translation provider refused the request",
			Err:     fmt.Errorf("HTTP %d: %s", resp.StatusCode, errMsg(data))}
	}
	if err := json.Unmarshal(data, out); err != nil {
		return &kefu.Error{Code: kefu.EINTERNAL, Op: op, Message: "bad answer from translation provider", Err: err}
	}
	return nil
}

// statusCode maps a provider's HTTP status to a kefu error code.
func statusCode(status int) string {
	switch {
	case status == http.StatusUnauthorized || status == http.StatusForbidden:
		return kefu.EUNAUTHORIZED
	case status == http.StatusTooManyRequests:
		return kefu.ERATELIMIT
	case status == http.StatusRequestEntityTooLarge:
		return kefu.ETOOLARGE
	case status == http.StatusBadRequest:
		return kefu.EINVALID
	case status >= 500:
		return kefu.EUNAVAILABLE
	}
	return kefu.EINTERNAL
}

// withTimeout applies a provider's timeout when it is shorter than ctx's.
func withTimeout(ctx context.Context, d time.Duration) (context.Context, context.CancelFunc) {
	if d <= 0 {
		d = 15 * time.Second
	}
	return context.WithTimeout(ctx, d)
}

// timeoutErr recodes a deadline or cancellation as EUNAVAILABLE.
func timeoutErr(ctx context.Context, err error) error {
	if err != nil && ctx.Err() != nil {
		var e *kefu.Error
		if errors.As(err, &e) {
			e.Code = kefu.EUNAVAILABLE
			e.Message = "translation timed out"
		}
	}
	return err
}

// supportsLangs reports whether from and to are both in langs (nil: any
// pair of distinct languages).
func supportsLangs(langs []string, from, to string) bool {
	from, to = Base(from), Base(to)
	if from == "" || to == "" || from == to {
		return false
	}
	if langs == nil {
		return true
	}
	var f, t bool
	for _, l := range langs {
		l = Base(l)
		f = f || l == from
		t = t || l == to
	}
	return f && t
}

func trimURL(u string) string { return strings.TrimRight(u, "/") }
