package sqlite_test

import (
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/storetest"
)

func TestHealth(t *testing.T) {
	storetest.RunHealth(t, func(t *testing.T) kefu.Store { return MustOpen(t) })
}
