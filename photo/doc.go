// Package photo turns an uploaded photo into one that is safe to keep and
// show: it recognises JPEG, PNG and WebP by their bytes (never by a name
// or a declared type), refuses files over MaxBytes and images over
// MaxPixels before decoding them (the dimensions come from the header, so
// a decompression bomb costs nothing), applies a JPEG's EXIF orientation,
// scales the image down to MaxSide on its long side, and encodes it again
// from its pixels. Re-encoding is what strips the metadata: EXIF (camera,
// GPS position, time), XMP, IPTC, ICC profiles, PNG text chunks and
// anything appended to the file are simply not written.
//
// See docs/attachments.md.
package photo
