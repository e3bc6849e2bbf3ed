package password

import (
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/crypto/bcrypt"
)

// Cost is the bcrypt cost of new hashes, DefaultCost. The tests of
// packages that sign agents in lower it to bcrypt.MinCost in their
// TestMain (under the race detector one hash at cost 12 takes seconds);
// nothing else changes it.
var Cost = DefaultCost

const (
	// DefaultCost is the bcrypt cost of new hashes (2^12 rounds, about a
	// quarter of a second of one core here): it is what slows password
	// guessing against a leaked database, and what a login costs the
	// server.
	DefaultCost = 12
	// Iterations is the PBKDF2 iteration count that hashes of the older
	// pbkdf2-sha256 scheme were made with; they still verify, and
	// NeedsRehash asks for a bcrypt hash in their place.
	Iterations = 600_000
	// MaxLength is the longest password accepted, in bytes: bcrypt reads
	// at most 72 bytes, and longer input is refused rather than silently
	// truncated.
	MaxLength = 72

	scheme  = "pbkdf2-sha256"
	saltLen = 16
	keyLen  = 32
	// maxIterations bounds the cost Check accepts from a stored hash.
	maxIterations = 100_000_000
)

var b64 = base64.RawStdEncoding

// Errors of Hash.
var (
	ErrEmpty   = errors.New("password: empty password")
	ErrTooLong = errors.New("password: password too long")
)

// Hash returns the stored form of the plain password: a bcrypt hash with
// a random salt at Cost.
func Hash(plain string) (string, error) {
	return hashBcrypt(plain, Cost)
}

func hashBcrypt(plain string, cost int) (string, error) {
	switch {
	case plain == "":
		return "", ErrEmpty
	case len(plain) > MaxLength:
		return "", ErrTooLong
	}
	h, err := bcrypt.GenerateFromPassword([]byte(plain), cost)
	return string(h), err
}

// hash makes a hash of the older pbkdf2-sha256 scheme (kept to verify
// hashes stored before bcrypt, and for tests).
func hash(plain string, iter int) (string, error) {
	switch {
	case plain == "":
		return "", ErrEmpty
	case len(plain) > MaxLength:
		return "", ErrTooLong
	}
	salt := make([]byte, saltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	key, err := pbkdf2.Key(sha256.New, plain, salt, iter, keyLen)
	if err != nil {
		return "", err
	}
	return "$" + scheme + "$i=" + strconv.Itoa(iter) + "$" + b64.EncodeToString(salt) + "$" + b64.EncodeToString(key), nil
}

// Check reports whether plain is the password hashed in h. It is false
// for a malformed or empty h, so an agent without a password hash cannot
// log in with a password. The comparison of keys takes constant time.
func Check(h, plain string) bool {
	if isBcrypt(h) {
		return plain != "" && len(plain) <= MaxLength && bcrypt.CompareHashAndPassword([]byte(h), []byte(plain)) == nil
	}
	iter, salt, want, ok := parse(h)
	if !ok || plain == "" || len(plain) > MaxLength {
		return false
	}
	got, err := pbkdf2.Key(sha256.New, plain, salt, iter, len(want))
	return err == nil && subtle.ConstantTimeCompare(got, want) == 1
}

// NeedsRehash reports whether h was made with other parameters than
// Hash uses now (or is malformed): after a successful Check, the caller
// should store Hash(plain) instead.
func NeedsRehash(h string) bool {
	if isBcrypt(h) {
		cost, err := bcrypt.Cost([]byte(h))
		return err != nil || cost != Cost
	}
	return true // pbkdf2-sha256 or malformed
}

// isBcrypt reports whether h is in bcrypt's modular crypt format.
func isBcrypt(h string) bool {
	return strings.HasPrefix(h, "$2a$") || strings.HasPrefix(h, "$2b$") || strings.HasPrefix(h, "$2y$")
}

// parse splits a hash made by Hash.
func parse(h string) (iter int, salt, key []byte, ok bool) {
	parts := strings.Split(h, "$")
	// "", scheme, "i=N", salt, key
	if len(parts) != 5 || parts[0] != "" || parts[1] != scheme || !strings.HasPrefix(parts[2], "i=") {
		return 0, nil, nil, false
	}
	iter, err := strconv.Atoi(parts[2][len("i="):])
	if err != nil || iter < 1 || iter > maxIterations {
		return 0, nil, nil, false
	}
	if salt, err = b64.DecodeString(parts[3]); err != nil || len(salt) == 0 {
		return 0, nil, nil, false
	}
	if key, err = b64.DecodeString(parts[4]); err != nil || len(key) < 16 || len(key) > 64 {
		return 0, nil, nil, false
	}
	return iter, salt, key, true
}

// MinLength is the shortest password a person may choose for an agent,
// in characters: NIST SP 800-63B's floor for chosen passwords (logins are
// throttled, see http/session.go). Check accepts shorter stored ones (the
// demo agents' "demo").
const MinLength = 8

// Validate checks a new password a person chose; its error says what is
// wrong in words fit for the person.
func Validate(pw string) error {
	switch {
	case !utf8.ValidString(pw):
		return errors.New("the password is not valid UTF-8")
	case utf8.RuneCountInString(pw) < MinLength:
		return fmt.Errorf("the password is shorter than %d characters", MinLength)
	case len(pw) > MaxLength:
		return fmt.Errorf("the password is longer than %d bytes", MaxLength)
	}
	return nil
}
