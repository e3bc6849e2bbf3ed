// Package phototest makes images for tests of photo uploads: encoded
// JPEGs and PNGs, with the metadata phones and editors add (an EXIF
// segment with a GPS position, PNG text chunks), and headers that claim
// more pixels than any server should decode.
package phototest

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"testing"
)

// JPEG encodes img as a JPEG without metadata (quality 90), or fails tb.
func JPEG(tb testing.TB, img image.Image) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 90}); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// PNG encodes img as a PNG, or fails tb.
func PNG(tb testing.TB, img image.Image) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// WithEXIF returns a JPEG with an EXIF segment inserted after its start
// marker, as a phone writes it: orientation o, a camera model and a GPS
// position (48.8584 N, 2.2945 E).
func WithEXIF(tb testing.TB, jpg []byte, o uint16) []byte {
	tb.Helper()
	if len(jpg) < 2 || jpg[0] != 0xFF || jpg[1] != 0xD8 {
		tb.Fatal("WithEXIF: not a JPEG")
	}
	bo := binary.BigEndian
	var t []byte // the TIFF structure, offsets from its start
	u16 := func(v uint16) { t = bo.AppendUint16(t, v) }
	u32 := func(v uint32) { t = bo.AppendUint32(t, v) }
	entry := func(tag, typ uint16, count, value uint32) { u16(tag); u16(typ); u32(count); u32(value) }
	t = append(t, "MM"...)
	u16(42)
	u32(8)
	// IFD0 at 8: 3 entries (2 + 36 bytes), next IFD 0 (4): ends at 50.
	const model, gps = 50, 60
	u16(3)
	entry(0x0110, 2, 10, model)        // Model, ASCII, at 50
	entry(0x0112, 3, 1, uint32(o)<<16) // Orientation, SHORT, in the entry
	entry(0x8825, 4, 1, gps)           // GPS IFD pointer
	u32(0)
	t = append(t, "KefuCam 1\x00"...) // 50..60
	// GPS IFD at 60: latitude ref and longitude ref as inline ASCII, and
	// the latitude as a text marker the test can look for.
	u16(3)
	entry(0x0001, 2, 2, uint32('N')<<24)
	entry(0x0003, 2, 2, uint32('E')<<24)
	entry(0x0002, 2, 8, 60+2+36+4) // GPSLatitude written as text, for the scan
	u32(0)
	t = append(t, "48.8584\x00"...)

	seg := append([]byte("Exif\x00\x00"), t...)
	app1 := []byte{0xFF, 0xE1, 0, 0}
	bo.PutUint16(app1[2:], uint16(len(seg)+2))
	app1 = append(app1, seg...)
	out := append([]byte{0xFF, 0xD8}, app1...)
	return append(out, jpg[2:]...)
}

// WithPNGChunk returns a PNG with a chunk inserted after its header chunk.
func WithPNGChunk(tb testing.TB, p []byte, typ string, data []byte) []byte {
	tb.Helper()
	const afterIHDR = 8 + 12 + 13
	if len(p) < afterIHDR || string(p[12:16]) != "IHDR" {
		tb.Fatal("WithPNGChunk: not a PNG")
	}
	out := append([]byte{}, p[:afterIHDR]...)
	out = append(out, Chunk(typ, data)...)
	return append(out, p[afterIHDR:]...)
}

// Chunk returns a PNG chunk of the type holding data, with its CRC.
func Chunk(typ string, data []byte) []byte {
	c := binary.BigEndian.AppendUint32(nil, uint32(len(data)))
	c = append(c, typ...)
	c = append(c, data...)
	return binary.BigEndian.AppendUint32(c, crc32.ChecksumIEEE(c[4:]))
}

// Header returns a PNG that is only a signature and a header chunk
// claiming w×h pixels of 8-bit RGBA: decoding it would need 4·w·h bytes.
func Header(w, h uint32) []byte {
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr, w)
	binary.BigEndian.PutUint32(ihdr[4:], h)
	ihdr[8], ihdr[9] = 8, 6
	return append([]byte("\x89PNG\r\n\x1a\n"), Chunk("IHDR", ihdr)...)
}

// Halves returns a w×h image, red on the left half and blue on the right,
// so that a turned or mirrored copy is easy to tell apart.
func Halves(w, h int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			c := color.RGBA{255, 0, 0, 255}
			if x >= w/2 {
				c = color.RGBA{0, 0, 255, 255}
			}
			img.SetRGBA(x, y, c)
		}
	}
	return img
}

// Reddish reports whether c is close to pure red.
func Reddish(c color.Color) bool {
	r, g, b, _ := c.RGBA()
	return r > 0xc000 && g < 0x4000 && b < 0x4000
}
