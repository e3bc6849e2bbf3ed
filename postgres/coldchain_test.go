package postgres_test

import (
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/testenv"
	"github.com/kefu-ai/kefu/storetest"
)

func BenchmarkAddReadings(b *testing.B) {
	storetest.BenchAddReadings(b, func(b *testing.B) kefu.Store { return MustOpen(b, testenv.PostgresDSN(b)) })
}
