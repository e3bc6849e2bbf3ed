// Package testenv gives tests the external services they need, in the
// manner of upspin's and net/http's testenv: a test that needs PostgreSQL
// asks for a DSN and is skipped, with a message that says how to run it,
// when the server is absent, except when KEFU_REQUIRE_SERVICES=1 (as in CI
// and .ci/run), where a missing service fails the test instead.
package testenv
