// Package data ships kefu's own data files inside the binary: the demo
// shops under demo/ (fictional, written by the kefu authors; see
// demo/README.md). Loaders such as the importer package read them from
// Demo, so the demo works from a single binary with no files beside it.
package data
