package dialog_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/recommend/profile"
)

// observerFunc is a function-field fake of dialog.TurnObserver.
type observerFunc func(ctx context.Context, tenantID, customerID string, msg *kefu.Message, u kefu.Understanding) error

func (f observerFunc) ObserveTurn(ctx context.Context, tenantID, customerID string, msg *kefu.Message, u kefu.Understanding) error {
	return f(ctx, tenantID, customerID, msg, u)
}

func TestTurnObserver(t *testing.T) {
	f := MustOpenFixture(t)
	var (
		mu    sync.Mutex
		calls []string
	)
	fail := false
	f.engine.Observer = observerFunc(func(ctx context.Context, tenantID, customerID string, msg *kefu.Message, u kefu.Understanding) error {
		mu.Lock()
		defer mu.Unlock()
		calls = append(calls, tenantID+"/"+customerID+": "+msg.Text+" ("+u.Language+")")
		if fail {
			return errors.New("profile store down")
		}
		return nil
	})
	conv := f.MustStart(t, "shop", "alice", "en")
	f.MustPost(t, conv, "I have oily skin")
	if len(calls) != 1 || calls[0] != "shop/"+conv.CustomerID+": I have oily skin (en)" {
		t.Errorf("observer calls = %q", calls)
	}
	// A failing observer does not fail the turn.
	fail = true
	if res := f.MustPost(t, conv, "thanks"); res.Reply == nil {
		t.Errorf("no reply when the observer failed: %+v", res)
	}
	if len(calls) != 2 {
		t.Errorf("observer called %d times, want 2", len(calls))
	}
}

// TestTurnLearnsProfile runs the real observer: what the customer says
// of their skin is in their profile after the turn.
func TestTurnLearnsProfile(t *testing.T) {
	f := MustOpenFixture(t)
	f.engine.Observer = &profile.ChatObserver{Store: f.store, Learner: &profile.Learner{Now: func() time.Time { return fixedNow }}}
	conv := f.MustStart(t, "shop", "alice", "zh")
	f.MustPost(t, conv, "我是混油皮，有点敏感肌")
	p, err := f.store.FindCustomerProfile(context.Background(), "shop", conv.CustomerID)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range p.Resolve(kefu.TraitSkinType, fixedNow) {
		got = append(got, b.Value)
	}
	if len(got) != 3 || got[0] != "combination" {
		t.Errorf("skin types after 我是混油皮，有点敏感肌: %v, want combination first, then oily and sensitive", got)
	}
	f.MustPost(t, conv, "我不是油皮了")
	p, _ = f.store.FindCustomerProfile(context.Background(), "shop", conv.CustomerID)
	for _, b := range p.Resolve(kefu.TraitSkinType, fixedNow) {
		if b.Value == "oily" {
			t.Errorf("oily after 我不是油皮了: %+v", b)
		}
	}
}
