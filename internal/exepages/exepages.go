// Package exepages hands back the pages of the running executable that
// starting read and serving no longer needs: the code that ran once, the
// embedded data files decoded into memory (the intent model, the
// language-identification text, gazetteers, templates) and the runtime's
// tables. They are clean pages of the executable file, so the kernel can
// always read them again: a page that is still used is faulted back in
// on its next use, and nothing changes but the process's resident set.
//
// It also asks the kernel not to map those mappings with huge pages, so
// that a page faulted back costs 4 KB of resident memory rather than the
// 2 MB folio the kernel may cache the file in.
//
// What it does not do is free memory: the pages stay in the kernel's
// page cache (reclaimable, and shared with any other process running the
// same binary) until the kernel needs the room. docs/footprint.md says
// what this changes in the numbers.
package exepages

// Stats is what a Release did, in bytes of the process's resident memory
// backed by files (RssFile in /proc/self/status) before and after.
type Stats struct {
	FileBefore, FileAfter int64
}
