package web

import (
	"embed"
	"io/fs"
)

// files is read-only: embed.FS cannot be modified after compilation.
//
//go:embed templates/*.html static
var files embed.FS

// Templates returns the page templates, one *.html file per page plus
// shared partials, at the root of the returned file system.
func Templates() fs.FS { return sub("templates") }

// Static returns the static assets (widget.js, widget.css, shop.css) at
// the root of the returned file system.
func Static() fs.FS { return sub("static") }

func sub(dir string) fs.FS {
	f, err := fs.Sub(files, dir)
	if err != nil {
		// fs.Sub fails only for an invalid path, and dir is a constant.
		panic("web: " + err.Error())
	}
	return f
}
