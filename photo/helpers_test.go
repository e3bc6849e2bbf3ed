package photo

import "testing"

// MustClean cleans data, or fails tb.
func MustClean(tb testing.TB, data []byte) *Image {
	tb.Helper()
	img, err := Clean(data)
	if err != nil {
		tb.Fatalf("Clean: %v", err)
	}
	return img
}
