package profile

import (
	"context"
	"math"

	"github.com/kefu-ai/kefu"
)

// ChatObserver stores what customer messages reveal. Its ObserveTurn is
// the dialog engine's TurnObserver (dialog.Engine.Observer).
type ChatObserver struct {
	Store   kefu.CustomerProfileService
	Learner *Learner
	Now     kefu.Clock // nil: time.Now, for the decay of stored traits
}

// ObserveTurn learns from the customer's message msg, which the NLU
// understood as u, and stores the traits it reveals. A chat trait the
// profile holds already keeps the stronger of its decayed confidence and
// the new one, from now on; the customer's word replaces what they said
// before. Nothing is written when the message reveals nothing.
func (o *ChatObserver) ObserveTurn(ctx context.Context, tenantID, customerID string, msg *kefu.Message, u kefu.Understanding) error {
	if customerID == "" || msg == nil {
		return nil
	}
	ts := o.Learner.Learn(u, msg.Text)
	if len(ts) == 0 {
		return nil
	}
	p, err := o.Store.FindCustomerProfile(ctx, tenantID, customerID)
	if err != nil {
		return err
	}
	for i := range ts {
		t := &ts[i]
		if t.Source != kefu.SourceChat {
			continue
		}
		for _, old := range p.Traits {
			if old.Kind == t.Kind && old.Value == t.Value && old.Source == t.Source {
				t.Confidence = math.Max(t.Confidence, old.Strength(t.UpdatedAt))
			}
		}
	}
	return o.Store.ObserveTraits(ctx, tenantID, customerID, ts)
}
