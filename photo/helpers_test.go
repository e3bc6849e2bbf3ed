package photo

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/jpeg"
	"image/png"
	"testing"
)

// MustClean cleans data, or fails tb.
func MustClean(tb testing.TB, data []byte) *Image {
	tb.Helper()
	img, err := Clean(data)
	if err != nil {
		tb.Fatalf("Clean: %v", err)
	}
	return img
}

// MustJPEG encodes img as a JPEG without metadata, or fails tb.
func MustJPEG(tb testing.TB, img image.Image) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 90}); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// MustPNG encodes img as a PNG, or fails tb.
func MustPNG(tb testing.TB, img image.Image) []byte {
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
	out = append(out, pngChunk(typ, data)...)
	return append(out, p[afterIHDR:]...)
}

func pngChunk(typ string, data []byte) []byte {
	c := binary.BigEndian.AppendUint32(nil, uint32(len(data)))
	c = append(c, typ...)
	c = append(c, data...)
	return binary.BigEndian.AppendUint32(c, crc32.ChecksumIEEE(c[4:]))
}
