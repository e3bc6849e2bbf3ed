package advisor

import (
	"time"

	"github.com/kefu-ai/kefu"
)

// ReadNeeds exposes readNeeds to the tests.
func ReadNeeds(st *kefu.TurnState, shopCurrency string, convert Converter, profile *kefu.CustomerProfile, now time.Time) Needs {
	return readNeeds(st, shopCurrency, convert, profile, now)
}
