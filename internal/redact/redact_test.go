package redact_test

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu/internal/redact"
)

func TestURL(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"", ""},
		{"https://shop.example/hook", "https://shop.example/hook"},
		{"https://shop.example/hook?secret=s3cr3t&x=1", "https://shop.example/hook?secret=REDACTED&x=REDACTED"},
		{"https://shop.example/hook?secret=a&secret=b", "https://shop.example/hook?secret=REDACTED&secret=REDACTED"},
		{"https://user:pass@shop.example/hook", "https://REDACTED@shop.example/hook"},
		{"nats://tok@nats.internal:4222", "nats://REDACTED@nats.internal:4222"},
		{"https://shop.example/hook#frag-secret", "https://shop.example/hook"},
		{"https://hooks.example/services/T000/B000/XXXXxxxx1234YYYYzz", "https://hooks.example/services/T000/B000/REDACTED"},
		{"https://shop.example/api/v1/webhooks/orders-and-shipments", "https://shop.example/api/v1/webhooks/orders-and-shipments"},
		{"https://shop.example/%zz?token=x", "REDACTED"},
		{"host.example:1883", "host.example:REDACTED"},
		{"tcp://127.0.0.1:1883", "tcp://127.0.0.1:1883"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := redact.URL(tt.in); got != tt.want {
				t.Errorf("URL(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestURLList(t *testing.T) {
	got := redact.URLList("nats://a:pw@n1:4222, nats://n2:4222?token=x")
	if want := "nats://REDACTED@n1:4222,nats://n2:4222?token=REDACTED"; got != want {
		t.Errorf("URLList = %q, want %q", got, want)
	}
}

func TestError(t *testing.T) {
	secret := "s3cr3t-value"
	client := &http.Client{Transport: failing{}}
	do := func() error {
		_, err := client.Get("http://user:" + secret + "@127.0.0.1:1/hook?token=" + secret)
		return err
	}
	tests := []struct {
		name string
		err  func() error
	}{
		{"parse", func() error { _, err := url.Parse("http://x/%zz?token=" + secret); return err }},
		{"new request", func() error { _, err := http.NewRequest("POST", "http://[::1/?token="+secret, nil); return err }},
		{"client", do},
		// Wrapped with %w after redaction: fmt.Errorf formats at once, so
		// redaction must come first.
		{"wrapped", func() error { return fmt.Errorf("deliver: %w", redact.Error(do())) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.err()
			if err == nil {
				t.Fatal("no error to redact")
			}
			if got := redact.Error(err).Error(); strings.Contains(got, secret) {
				t.Errorf("still holds the secret: %s", got)
			}
		})
	}
	if redact.Error(nil) != nil {
		t.Error("Error(nil) != nil")
	}
	plain := errors.New("no URL here")
	if redact.Error(plain) != plain {
		t.Error("an error without URL changed")
	}
}

type failing struct{}

func (failing) RoundTrip(*http.Request) (*http.Response, error) {
	return nil, errors.New("connection refused")
}
