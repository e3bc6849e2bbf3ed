package photo

import (
	"bytes"
	"fmt"
	"image"
	"image/jpeg"
	"image/png"
	"io"

	"golang.org/x/image/draw"
	"golang.org/x/image/webp"

	"github.com/kefu-ai/kefu"
)

// Limits of Clean.
const (
	// MaxBytes is the largest file accepted, 8 MiB.
	MaxBytes = 8 << 20
	// MaxPixels is the largest image accepted, width × height, 40
	// megapixels: decoding one takes up to 160 MB (8-bit RGBA).
	MaxPixels = 40_000_000
	// MaxSide is the longest side of a cleaned image, in pixels; larger
	// images are scaled down to it.
	MaxSide = 2048
	// JPEGQuality is the quality cleaned JPEGs are encoded with.
	JPEGQuality = 85
)

// Content types of cleaned images. WebP is accepted but never produced:
// it is re-encoded as JPEG, or as PNG when it has transparent pixels.
const (
	JPEG = "image/jpeg"
	PNG  = "image/png"
	WebP = "image/webp"
)

// Field is the name of the upload field errors are about.
const Field = "file"

// Image is a cleaned image: encoded again from its pixels, without any
// of the original file's metadata.
type Image struct {
	Data        []byte
	ContentType string // JPEG or PNG
	Width       int    // pixels, after orientation and scaling
	Height      int
	// Source is the type the upload was recognised as (JPEG, PNG, WebP).
	Source string
}

// Sniff returns the type of data recognised from its first bytes: JPEG,
// PNG or WebP, or "" for anything else.
func Sniff(data []byte) string {
	switch {
	case len(data) >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF:
		return JPEG
	case len(data) >= 8 && string(data[:8]) == "\x89PNG\r\n\x1a\n":
		return PNG
	case len(data) >= 12 && string(data[:4]) == "RIFF" && string(data[8:12]) == "WEBP":
		return WebP
	}
	return ""
}

// Clean checks and re-encodes an uploaded image. Errors are kefu errors
// about Field: ETOOLARGE for a file over MaxBytes, EINVALID for anything
// that is not a JPEG, PNG or WebP image, is damaged, or is over MaxPixels.
// The size check comes from the image's header (image.DecodeConfig)
// before any pixel is decoded.
func Clean(data []byte) (*Image, error) {
	if len(data) > MaxBytes {
		return nil, &kefu.Error{Code: kefu.ETOOLARGE, Field: Field,
			Message: fmt.Sprintf("file is over %d MiB", MaxBytes>>20)}
	}
	if len(data) == 0 {
		return nil, kefu.Invalidf(Field, "file is empty")
	}
	typ := Sniff(data)
	if typ == "" {
		return nil, kefu.Invalidf(Field, "file is not an image (JPEG, PNG or WebP)")
	}
	cfg, err := decodeConfig(typ, data)
	if err != nil {
		return nil, kefu.Invalidf(Field, "file is not a valid %s image", name(typ))
	}
	if err := checkSize(cfg.Width, cfg.Height); err != nil {
		return nil, err
	}
	orient := 1
	if typ == JPEG {
		orient = jpegOrientation(data)
	}
	img, err := decode(typ, data)
	if err != nil {
		return nil, kefu.Invalidf(Field, "file is not a valid %s image", name(typ))
	}
	if b := img.Bounds(); b.Dx() != cfg.Width || b.Dy() != cfg.Height {
		// The header and the pixel data disagree: not a file a camera or an
		// editor wrote.
		return nil, kefu.Invalidf(Field, "file is not a valid %s image", name(typ))
	}
	img = orientImage(scale(img, MaxSide), orient)

	out := PNG
	if typ == JPEG || typ == WebP && opaque(img) {
		out = JPEG
	}
	var buf bytes.Buffer
	if out == JPEG {
		err = jpeg.Encode(&buf, img, &jpeg.Options{Quality: JPEGQuality})
	} else {
		err = (&png.Encoder{CompressionLevel: png.DefaultCompression}).Encode(&buf, img)
	}
	if err != nil {
		return nil, fmt.Errorf("photo: encode %s: %w", out, err)
	}
	b := img.Bounds()
	return &Image{Data: buf.Bytes(), ContentType: out, Width: b.Dx(), Height: b.Dy(), Source: typ}, nil
}

// checkSize refuses images without pixels and images over MaxPixels.
func checkSize(w, h int) error {
	if w <= 0 || h <= 0 {
		return kefu.Invalidf(Field, "image has no pixels")
	}
	if int64(w)*int64(h) > MaxPixels {
		return kefu.Invalidf(Field, "image is %d×%d pixels; at most %d megapixels", w, h, MaxPixels/1_000_000)
	}
	return nil
}

func name(typ string) string {
	switch typ {
	case JPEG:
		return "JPEG"
	case PNG:
		return "PNG"
	}
	return "WebP"
}

// decodeConfig reads the image's header only. The decoders are called
// directly rather than through image.DecodeConfig's registry, so that the
// type sniffed is the type decoded.
func decodeConfig(typ string, data []byte) (image.Config, error) {
	r := bytes.NewReader(data)
	switch typ {
	case JPEG:
		return jpeg.DecodeConfig(r)
	case PNG:
		return png.DecodeConfig(r)
	}
	return webp.DecodeConfig(r)
}

// decode decodes the pixels. A decoder that panics on a crafted file
// refuses it rather than taking the server down.
func decode(typ string, data []byte) (img image.Image, err error) {
	defer func() {
		if v := recover(); v != nil {
			img, err = nil, fmt.Errorf("photo: decoder panicked: %v", v)
		}
	}()
	var r io.Reader = bytes.NewReader(data)
	switch typ {
	case JPEG:
		return jpeg.Decode(r)
	case PNG:
		return png.Decode(r)
	}
	return webp.Decode(r)
}

// scale returns img scaled down so that its long side is at most max,
// keeping its aspect ratio (each side at least one pixel); img itself
// when it is small enough.
//
// Each pixel of the result is the average of the block of source pixels
// it covers (a box filter): every source pixel counts, so fine patterns
// do not alias, and the source is read one row at a time, so scaling
// takes memory for the result and one source row only. (The kernel
// scalers of golang.org/x/image/draw keep a float64 buffer of the width
// of the result and the height of the source, 300 MB for 40
// megapixels.)
func scale(img image.Image, max int) image.Image {
	b := img.Bounds()
	sw, sh := b.Dx(), b.Dy()
	if sw <= max && sh <= max {
		return img
	}
	dw, dh := max, max
	if sw > sh {
		dh = atLeast1(int(int64(sh) * int64(max) / int64(sw)))
	} else {
		dw = atLeast1(int(int64(sw) * int64(max) / int64(sh)))
	}
	dst := image.NewRGBA(image.Rect(0, 0, dw, dh))
	row := image.NewRGBA(image.Rect(0, 0, sw, 1))
	col := make([]int, sw) // the column of dst each source column adds to
	for x := range col {
		col[x] = int(int64(x) * int64(dw) / int64(sw))
	}
	// A block holds at most 40e6/2048 pixels (MaxPixels, one side scaled
	// to MaxSide), so sums of 8-bit values fit in uint32.
	sum := make([]uint32, 4*dw)
	n := make([]uint32, dw)
	flush := func(dy int) {
		out := dst.Pix[dy*dst.Stride:]
		for x := range dw {
			if k := n[x]; k > 0 {
				for c := range 4 {
					out[4*x+c] = uint8((sum[4*x+c] + k/2) / k)
				}
			}
		}
		clear(sum)
		clear(n)
	}
	cur := 0
	for y := range sh {
		if dy := int(int64(y) * int64(dh) / int64(sh)); dy != cur {
			flush(cur)
			cur = dy
		}
		draw.Draw(row, row.Rect, img, image.Pt(b.Min.X, b.Min.Y+y), draw.Src)
		for x, p := 0, row.Pix; x < sw; x, p = x+1, p[4:] {
			c := 4 * col[x]
			sum[c] += uint32(p[0])
			sum[c+1] += uint32(p[1])
			sum[c+2] += uint32(p[2])
			sum[c+3] += uint32(p[3])
			n[col[x]]++
		}
	}
	flush(cur)
	return dst
}

// atLeast1 returns n, or 1 when n is smaller.
func atLeast1(n int) int {
	if n < 1 {
		return 1
	}
	return n
}

// opaque reports whether img has no transparent pixel.
func opaque(img image.Image) bool {
	if o, ok := img.(interface{ Opaque() bool }); ok {
		return o.Opaque()
	}
	return false
}
