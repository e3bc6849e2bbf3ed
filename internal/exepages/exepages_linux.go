package exepages

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
	"unsafe"
)

// Release drops the resident pages of the executable's read-only
// mappings (code, read-only data, the runtime's tables) and of the
// page-aligned interior of each slice in data, which must be data
// embedded in the executable (a //go:embed []byte lives in a writable
// mapping) that nothing has written to and nothing will: the dropped
// pages are read again from the file, so a write to them would be
// lost. Writable mappings are otherwise left alone, since their pages
// may hold the program's variables.
//
// Release is safe to call while other goroutines run; it costs the page
// faults that bring the pages still in use back.
func Release(data ...[]byte) (Stats, error) {
	var st Stats
	st.FileBefore = rssFile()
	exe, err := os.Readlink("/proc/self/exe")
	if err != nil {
		return st, fmt.Errorf("exepages: %w", err)
	}
	maps, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		return st, fmt.Errorf("exepages: %w", err)
	}
	for _, m := range parseMaps(maps) {
		if m.path != exe || strings.Contains(m.perms, "w") {
			continue
		}
		// No huge pages first: the kernel may hold the binary's file in
		// large folios (ext4 does) and map a 2 MB one whole on the
		// first touch of any of its bytes, which brought back 18 MB of
		// read-only data that serving touches a few bytes of.
		if err := madvise(m.start, m.end, syscall.MADV_NOHUGEPAGE); err != nil {
			return st, err
		}
		if err := madvise(m.start, m.end, syscall.MADV_DONTNEED); err != nil {
			return st, err
		}
	}
	page := uintptr(os.Getpagesize())
	for _, b := range data {
		if len(b) == 0 {
			continue
		}
		start := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
		end := start + uintptr(len(b))
		start = (start + page - 1) &^ (page - 1)
		end &^= page - 1
		if start >= end {
			continue
		}
		if err := madvise(start, end, syscall.MADV_DONTNEED); err != nil {
			return st, err
		}
	}
	if err := evict(exe); err != nil {
		return st, err
	}
	st.FileAfter = rssFile()
	return st, nil
}

// evict asks the kernel to drop the page cache of the file at path that
// no process maps (POSIX_FADV_DONTNEED): the pages starting read and
// Release unmapped. It matters for RSS too: a binary just built or
// copied sits in the page cache in the large folios it was written in,
// and a fault maps a whole folio (Linux 6.18), so that touching a few
// bytes of one brought back up to 2 MB; the same binary read back from
// disk by readahead, as after this, is in smaller folios (a fresh build
// of kefu: 40 MB file-backed after start without, 24 MB with). Another
// process running the same binary keeps the pages it maps.
func evict(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("exepages: %w", err)
	}
	defer f.Close()
	// Dirty pages (a binary built a moment ago) are not dropped: write
	// them first.
	if err := f.Sync(); err != nil {
		return fmt.Errorf("exepages: %w", err)
	}
	const fadvDontNeed = 4 // POSIX_FADV_DONTNEED on Linux
	_, _, e := syscall.Syscall6(syscall.SYS_FADVISE64, f.Fd(), 0, 0, fadvDontNeed, 0, 0)
	if e != 0 {
		return fmt.Errorf("exepages: fadvise %s: %w", path, e)
	}
	return nil
}

// madvise gives advice about [start, end), both page-aligned addresses
// of mappings of the executable. It takes addresses rather than a slice
// because most of those mappings hold no Go object to slice.
func madvise(start, end uintptr, advice int) error {
	_, _, e := syscall.Syscall(syscall.SYS_MADVISE, start, end-start, uintptr(advice))
	if e != 0 {
		return fmt.Errorf("exepages: madvise %#x-%#x: %w", start, end, e)
	}
	return nil
}

type mapping struct {
	start, end  uintptr
	perms, path string
}

// parseMaps reads /proc/self/maps lines: "start-end perms offset dev
// inode path".
func parseMaps(b []byte) []mapping {
	var ms []mapping
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 6 {
			continue
		}
		lo, hi, ok := strings.Cut(f[0], "-")
		if !ok {
			continue
		}
		start, err1 := strconv.ParseUint(lo, 16, 64)
		end, err2 := strconv.ParseUint(hi, 16, 64)
		if err1 != nil || err2 != nil {
			continue
		}
		ms = append(ms, mapping{uintptr(start), uintptr(end), f[1], strings.Join(f[5:], " ")})
	}
	return ms
}

// rssFile returns RssFile from /proc/self/status in bytes, or -1.
func rssFile() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "RssFile:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			if err != nil {
				return -1
			}
			return kb << 10
		}
	}
	return -1
}
