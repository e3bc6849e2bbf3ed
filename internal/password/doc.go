// Package password hashes and checks the passwords of human agents.
//
// It uses PBKDF2-HMAC-SHA256 from the standard library (crypto/pbkdf2)
// with a random 16-byte salt and 600,000 iterations (OWASP's 2023 advice
// for PBKDF2-SHA256), so that kefu keeps no dependency outside the
// standard library for it. Hashes are self-describing strings in the PHC
// format,
//
//	$pbkdf2-sha256$i=600000$<salt>$<key>
//
// with unpadded standard base64, so that the cost can be raised, or
// another scheme (bcrypt, argon2id) added beside it, without invalidating
// stored hashes: Check reads the scheme and cost from the hash, and
// NeedsRehash tells a login handler to store a new hash.
package password
