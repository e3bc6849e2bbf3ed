package http_test

import (
	"os"
	"testing"

	"golang.org/x/crypto/bcrypt"

	"github.com/kefu-ai/kefu/internal/password"
)

// TestMain hashes the test agents' passwords at bcrypt's lowest cost:
// the tests sign agents in many times, and under the race detector one
// hash at the real cost takes seconds. The cost itself is pinned by
// internal/password's tests.
func TestMain(m *testing.M) {
	password.Cost = bcrypt.MinCost
	os.Exit(m.Run())
}
