// Package password hashes and checks the passwords of human agents.
//
// New hashes are bcrypt (golang.org/x/crypto/bcrypt) at cost 12, in
// bcrypt's self-describing format ($2a$12$...). Hashes of the earlier
// PBKDF2-HMAC-SHA256 scheme ($pbkdf2-sha256$i=600000$<salt>$<key>) still
// verify; NeedsRehash reports them, and bcrypt hashes of another cost, so
// that a login handler stores a new hash after a successful Check.
// Passwords are at most 72 bytes (bcrypt's limit); longer ones are
// refused, never truncated.
package password
