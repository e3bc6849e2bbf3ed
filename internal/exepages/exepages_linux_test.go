package exepages

import (
	_ "embed"
	"encoding/binary"
	"hash/crc32"
	"os"
	"strings"
	"testing"
	"unsafe"
)

//go:embed testdata/pages.txt
var pages []byte

// TestRelease drops the pages of an embedded file and of the code, and
// reads them back intact.
func TestRelease(t *testing.T) {
	want := crc32.ChecksumIEEE(pages) // reads every page
	page := uintptr(os.Getpagesize())
	start := (uintptr(unsafe.Pointer(unsafe.SliceData(pages))) + page - 1) &^ (page - 1)
	if n := resident(t, start, 4); n != 4 {
		t.Fatalf("%d of 4 pages of the embedded file resident after reading it", n)
	}
	st, err := Release(pages)
	if err != nil {
		t.Fatal(err)
	}
	if n := resident(t, start, 4); n != 0 {
		t.Errorf("%d of 4 pages of the embedded file resident after Release, want 0", n)
	}
	if st.FileBefore <= 0 || st.FileAfter <= 0 || st.FileAfter >= st.FileBefore {
		t.Errorf("RssFile %d bytes before Release and %d after, want it lower", st.FileBefore, st.FileAfter)
	}
	if got := crc32.ChecksumIEEE(pages); got != want {
		t.Errorf("the embedded file reads %08x after Release, want %08x", got, want)
	}
	if !strings.HasPrefix(string(pages), "line 00000: the quick brown fox") {
		t.Errorf("the embedded file starts %q after Release", pages[:40])
	}
}

// resident counts how many of the n pages from start this process has
// mapped in memory (bit 63 of their /proc/self/pagemap entries; mincore
// would say whether the page cache holds them, which it still does).
func resident(t *testing.T, start uintptr, n int) int {
	t.Helper()
	f, err := os.Open("/proc/self/pagemap")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b := make([]byte, 8*n)
	if _, err := f.ReadAt(b, int64(start/uintptr(os.Getpagesize())*8)); err != nil {
		t.Fatal(err)
	}
	c := 0
	for i := 0; i < n; i++ {
		if binary.LittleEndian.Uint64(b[8*i:])>>63 == 1 {
			c++
		}
	}
	return c
}

func TestParseMaps(t *testing.T) {
	in := `00400000-01989000 r-xp 00000000 08:01 1234 /usr/local/bin/kefu
01989000-03916000 r--p 01589000 08:01 1234 /usr/local/bin/kefu
03916000-0512e000 rw-p 03516000 08:01 1234 /usr/local/bin/kefu
17fa45c00000-17fa4fc00000 rw-p 00000000 00:00 0
7ffd1000-7ffd2000 r--p 00000000 08:01 99 /opt/my app/lib.so
garbage
`
	got := parseMaps([]byte(in))
	want := []mapping{
		{0x400000, 0x1989000, "r-xp", "/usr/local/bin/kefu"},
		{0x1989000, 0x3916000, "r--p", "/usr/local/bin/kefu"},
		{0x3916000, 0x512e000, "rw-p", "/usr/local/bin/kefu"},
		{0x7ffd1000, 0x7ffd2000, "r--p", "/opt/my app/lib.so"},
	}
	if len(got) != len(want) {
		t.Fatalf("parseMaps = %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("mapping %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}
