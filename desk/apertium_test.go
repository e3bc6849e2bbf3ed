package desk_test

import (
	"context"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu/desk"
)

// TestReplyApertium sends an English reply to a Spanish customer through
// the real local Apertium and reads the customer's Spanish in English.
func TestReplyApertium(t *testing.T) {
	e := MustOpenEnv(t, MustApertium(t))
	ctx := context.Background()
	conv := e.MustQueue(t, 1, "¿Dónde está mi pedido?")
	if _, err := e.Desk.Take(ctx, e.Ana, conv.ID); err != nil {
		t.Fatal(err)
	}
	res, err := e.Desk.Reply(ctx, e.Ana, conv.ID, desk.ReplyRequest{Text: "The house is red."})
	if err != nil {
		t.Fatal(err)
	}
	m := res.Message
	if res.Notice != "" || m.TranslatedBy != "apertium" || !strings.Contains(m.Text, "casa") || m.OriginalText != "The house is red." || m.Language != "es" {
		t.Errorf("reply %+v (notice %q), want Apertium's Spanish with the English original", m, res.Notice)
	}
	v, err := e.Desk.View(ctx, e.Ana, conv.ID)
	if err != nil {
		t.Fatal(err)
	}
	tr := v.Messages[0].Translation
	if tr == nil || !tr.Machine || tr.Provider != "apertium" || !strings.Contains(tr.Text, "Where") {
		t.Errorf("customer message translation = %+v, want Apertium's English", tr)
	}
}
