package password

import (
	"strings"
	"testing"
)

func TestHash(t *testing.T) {
	// One hash at the real cost (a fifth of a second, seconds under
	// -race); the other tests use cheap hashes, which run the same code.
	h, err := Hash("correct horse battery staple")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h, "$2a$12$") {
		t.Errorf("Hash = %q, want a bcrypt hash of cost 12", h)
	}
	if !Check(h, "correct horse battery staple") || Check(h, "correct horse battery stapler") {
		t.Error("Check of a bcrypt hash is wrong")
	}
	if NeedsRehash(h) {
		t.Error("NeedsRehash of a new hash = true")
	}
}

func TestCheck(t *testing.T) {
	h, err := hash("correct horse battery staple", 1000)
	if err != nil {
		t.Fatal(err)
	}
	h2, err := hash("correct horse battery staple", 1000)
	if err != nil {
		t.Fatal(err)
	}
	if h == h2 {
		t.Error("two hashes of one password are equal: salt not random")
	}
	for _, tc := range []struct {
		name, plain string
		want        bool
	}{
		{"right", "correct horse battery staple", true},
		{"wrong", "correct horse battery stapler", false},
		{"case", "Correct horse battery staple", false},
		{"empty", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Check(h, tc.plain); got != tc.want {
				t.Errorf("Check(h, %q) = %v, want %v", tc.plain, got, tc.want)
			}
		})
	}
}

// TestBcrypt checks the bcrypt path at a cheap cost: round trip, random
// salt, and that another cost asks for a rehash.
func TestBcrypt(t *testing.T) {
	h, err := hashBcrypt("pw", 4)
	if err != nil {
		t.Fatal(err)
	}
	h2, _ := hashBcrypt("pw", 4)
	if h == h2 {
		t.Error("two hashes of one password are equal: salt not random")
	}
	for _, tc := range []struct {
		plain string
		want  bool
	}{{"pw", true}, {"pW", false}, {"", false}, {strings.Repeat("x", MaxLength+1), false}} {
		if got := Check(h, tc.plain); got != tc.want {
			t.Errorf("Check(bcrypt, %q) = %v, want %v", tc.plain, got, tc.want)
		}
	}
	if !NeedsRehash(h) {
		t.Error("NeedsRehash of a cost-4 hash = false")
	}
}

func TestCheckMalformed(t *testing.T) {
	good, err := hash("pw", 1000)
	if err != nil {
		t.Fatal(err)
	}
	if !Check(good, "pw") {
		t.Fatalf("Check(%q, pw) = false", good)
	}
	if !NeedsRehash(good) {
		t.Error("NeedsRehash of a 1000-iteration hash = false")
	}
	parts := strings.Split(good, "$")
	for _, h := range []string{
		"",
		"pw",
		"$2a$10$abcdefghijklmnopqrstuu5Zq3g9Gf6X1lQJm4y0l2bVQ2XjvQ8lG", // bcrypt of another password
		strings.Join([]string{"", "pbkdf2-sha1", parts[2], parts[3], parts[4]}, "$"),
		strings.Join([]string{"", parts[1], "i=0", parts[3], parts[4]}, "$"),
		strings.Join([]string{"", parts[1], "i=-5", parts[3], parts[4]}, "$"),
		strings.Join([]string{"", parts[1], "i=999999999999", parts[3], parts[4]}, "$"),
		strings.Join([]string{"", parts[1], "n=1000", parts[3], parts[4]}, "$"),
		strings.Join([]string{"", parts[1], parts[2], "!!", parts[4]}, "$"),
		strings.Join([]string{"", parts[1], parts[2], parts[3], "short"}, "$"),
		strings.Join([]string{"", parts[1], parts[2], parts[3]}, "$"),
		good + "$extra",
	} {
		if Check(h, "pw") {
			t.Errorf("Check(%q, pw) = true", h)
		}
		if !NeedsRehash(h) {
			t.Errorf("NeedsRehash(%q) = false", h)
		}
	}
}

func TestHashErrors(t *testing.T) {
	for _, tc := range []struct {
		name, plain string
		want        error
	}{
		{"empty", "", ErrEmpty},
		{"too long", strings.Repeat("x", MaxLength+1), ErrTooLong},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Hash(tc.plain); err != tc.want {
				t.Errorf("Hash error %v, want %v", err, tc.want)
			}
		})
	}
	long := strings.Repeat("x", MaxLength+1)
	h, err := hash(long[:MaxLength], 1000)
	if err != nil {
		t.Fatal(err)
	}
	if Check(h, long) {
		t.Error("Check accepted a password over MaxLength")
	}
}

func FuzzCheck(f *testing.F) {
	good, err := hash("pw", 10)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good, "pw")
	f.Add("$pbkdf2-sha256$i=10$AAAA$AAAAAAAAAAAAAAAAAAAAAA", "x")
	f.Fuzz(func(t *testing.T, h, plain string) {
		// Must not panic; a large iteration count in h is bounded.
		if iter, _, _, ok := parse(h); ok && iter > 10_000 {
			t.Skip()
		}
		Check(h, plain)
	})
}
