// Package web holds kefu's browser assets, embedded in the binary: the
// html/template pages (demo shop, standalone widget page) and the static
// files (widget.js, widget.css, shop.css). Everything is hand-written: no
// CDN, no framework, no build step. The http package parses and serves
// them.
package web
