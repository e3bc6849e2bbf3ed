package redact_test

import (
	"testing"

	"github.com/kefu-ai/kefu/internal/redact"
)

func TestPersonal(t *testing.T) {
	tests := []struct{ in, want string }{
		{"my email is Jane.Doe+shop@example.co.uk, order 10023", "my email is [email], order [number]"},
		{"call me on +66 81 234 5678 please", "call me on [phone] please"},
		{"电话 138-1234-5678，订单号FF-20931", "电话 [phone]，订单号[number]"},
		{"tracking KEX123456TH still not moving", "tracking [number] still not moving"},
		{"can I return 2 items after 14 days? size 38", "can I return 2 items after 14 days? size 38"},
		{"in 2026 or 2027?", "in 2026 or 2027?"},
		{"no personal data", "no personal data"},
	}
	for _, tt := range tests {
		if got := redact.Personal(tt.in); got != tt.want {
			t.Errorf("Personal(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSpans(t *testing.T) {
	text := "order AB12 and AB13 for ann@x.io"
	got := redact.Spans(text, []redact.Span{{Start: 15, End: 19, Mark: "[order]"}, {Start: 6, End: 10, Mark: "[order]"}, {Start: 7, End: 9, Mark: "[overlap]"}, {Start: 30, End: 99, Mark: "[out]"}})
	if want := "order [order] and [order] for [email]"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// FuzzPersonal: redacting what was redacted changes nothing.
func FuzzPersonal(f *testing.F) {
	f.Add("mail me at a.b@c.de or +1 555 123 4567, order FF-20931")
	f.Add("电话 138-1234-5678，订单号FF-20931")
	f.Fuzz(func(t *testing.T, s string) {
		once := redact.Personal(s)
		if twice := redact.Personal(once); twice != once {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, once, twice)
		}
	})
}
