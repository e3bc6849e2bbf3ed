package photo

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"runtime"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/photo/phototest"
)

// Two WebP files drawn by Chromium's canvas (toDataURL), each with an
// ICC profile chunk: 4×3, left half half-transparent red and right half
// blue, lossless; and 4×3 green, lossy.
const (
	webpAlpha  = "UklGRgICAABXRUJQVlA4WAoAAAAwAAAAAwAAAgAASUNDUMgBAAAAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADZWUDhMEwAAAC8DgAAQDxD7P///A4wKZYjofwAA"
	webpOpaque = "UklGRiACAABXRUJQVlA4WAoAAAAgAAAAAwAAAgAASUNDUMgBAAAAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADZWUDggMgAAANABAJ0BKgQAAwABQCYloAJ0ugH4AAOwAP7pIh/7z5+58/c+f9Gf/5T98jj+Rx/8oEAA"
)

func TestCleanJPEGStripsEXIF(t *testing.T) {
	// 40×20: red on the left, blue on the right; the camera held it
	// turned, so EXIF says "turn 90° clockwise to view" (6).
	in := phototest.WithEXIF(t, phototest.JPEG(t, phototest.Halves(40, 20)), 6)
	if !bytes.Contains(in, []byte("Exif\x00\x00")) || !bytes.Contains(in, []byte("48.8584")) {
		t.Fatal("test input has no EXIF with GPS")
	}
	if got := jpegOrientation(in); got != 6 {
		t.Fatalf("orientation read from the input: %d, want 6", got)
	}
	img := MustClean(t, in)
	if img.ContentType != JPEG || img.Source != JPEG {
		t.Errorf("types %s from %s, want image/jpeg from image/jpeg", img.ContentType, img.Source)
	}
	for _, bad := range []string{"Exif", "GPS", "48.8584", "\xFF\xE1"} {
		if bytes.Contains(img.Data, []byte(bad)) {
			t.Errorf("cleaned JPEG still contains %q", bad)
		}
	}
	checkNoAPP(t, img.Data)
	// Turned: 20 wide, 40 high, red (the left) now on top.
	if img.Width != 20 || img.Height != 40 {
		t.Fatalf("cleaned size %d×%d, want 20×40 (orientation applied)", img.Width, img.Height)
	}
	out, err := jpeg.Decode(bytes.NewReader(img.Data))
	if err != nil {
		t.Fatal(err)
	}
	if c := out.At(10, 5); !phototest.Reddish(c) {
		t.Errorf("top pixel %v, want red", c)
	}
	if c := out.At(10, 35); phototest.Reddish(c) {
		t.Errorf("bottom pixel %v, want blue", c)
	}
}

func TestOrientations(t *testing.T) {
	// A 3×2 image with distinct pixels, turned every way EXIF knows.
	src := image.NewRGBA(image.Rect(0, 0, 3, 2))
	for i := range 6 {
		src.Pix[i*4] = byte(i + 1)
	}
	at := func(img image.Image, x, y int) int {
		r, _, _, _ := img.At(x, y).RGBA()
		return int(r >> 8)
	}
	// Source:  1 2 3
	//          4 5 6
	for _, tc := range []struct {
		o    int
		want [][]int
	}{
		{1, [][]int{{1, 2, 3}, {4, 5, 6}}},
		{2, [][]int{{3, 2, 1}, {6, 5, 4}}},
		{3, [][]int{{6, 5, 4}, {3, 2, 1}}},
		{4, [][]int{{4, 5, 6}, {1, 2, 3}}},
		{5, [][]int{{1, 4}, {2, 5}, {3, 6}}},
		{6, [][]int{{4, 1}, {5, 2}, {6, 3}}},
		{7, [][]int{{6, 3}, {5, 2}, {4, 1}}},
		{8, [][]int{{3, 6}, {2, 5}, {1, 4}}},
	} {
		got := orientImage(src, tc.o)
		for y, row := range tc.want {
			for x, v := range row {
				if p := at(got, x, y); p != v {
					t.Errorf("orientation %d: pixel (%d,%d) = %d, want %d", tc.o, x, y, p, v)
				}
			}
		}
		if b := got.Bounds(); b.Dx() != len(tc.want[0]) || b.Dy() != len(tc.want) {
			t.Errorf("orientation %d: %v", tc.o, b)
		}
	}
}

func TestCleanPNGStripsChunks(t *testing.T) {
	img := image.NewNRGBA(image.Rect(0, 0, 8, 8))
	for i := range img.Pix {
		img.Pix[i] = byte(i)
	}
	in := phototest.WithPNGChunk(t, phototest.PNG(t, img), "tEXt", []byte("Comment\x00taken at 1.2921N 103.8517E by Jane"))
	in = phototest.WithPNGChunk(t, in, "eXIf", []byte("MM\x00\x2a\x00\x00\x00\x08\x00\x00"))
	if !bytes.Contains(in, []byte("tEXt")) {
		t.Fatal("test input has no text chunk")
	}
	out := MustClean(t, in)
	if out.ContentType != PNG || out.Width != 8 || out.Height != 8 {
		t.Errorf("cleaned %s %d×%d, want image/png 8×8", out.ContentType, out.Width, out.Height)
	}
	for _, bad := range []string{"tEXt", "eXIf", "Jane", "103.8517"} {
		if bytes.Contains(out.Data, []byte(bad)) {
			t.Errorf("cleaned PNG still contains %q", bad)
		}
	}
	if chunks := pngChunks(t, out.Data); strings.Join(chunks, ",") != "IHDR,IDAT,IEND" {
		t.Errorf("cleaned PNG chunks %v, want IHDR,IDAT,IEND", chunks)
	}
	dec, err := png.Decode(bytes.NewReader(out.Data))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := color.NRGBAModel.Convert(dec.At(3, 2)), img.At(3, 2); got != want {
		t.Errorf("pixel (3,2) = %v, want %v: PNG must stay lossless", got, want)
	}
}

func TestCleanWebP(t *testing.T) {
	for _, tc := range []struct {
		name, data, want string
	}{
		{"lossless with alpha", webpAlpha, PNG},
		{"lossy opaque", webpOpaque, JPEG},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in, err := base64.StdEncoding.DecodeString(tc.data)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Contains(in, []byte("ICCP")) {
				t.Fatal("test input has no ICC profile")
			}
			out := MustClean(t, in)
			if out.Source != WebP || out.ContentType != tc.want || out.Width != 4 || out.Height != 3 {
				t.Errorf("cleaned %s from %s, %d×%d; want %s from image/webp, 4×3", out.ContentType, out.Source, out.Width, out.Height, tc.want)
			}
			if bytes.Contains(out.Data, []byte("Google")) || bytes.Contains(out.Data, []byte("ICC")) {
				t.Error("the ICC profile survived")
			}
		})
	}
}

func TestCleanScalesDown(t *testing.T) {
	for _, tc := range []struct {
		w, h, ww, wh int
	}{
		{3000, 1000, 2048, 682},
		{1000, 3000, 682, 2048},
		{2048, 2048, 2048, 2048},
		{5000, 1, 2048, 1},
	} {
		out := MustClean(t, phototest.PNG(t, image.NewGray(image.Rect(0, 0, tc.w, tc.h))))
		if out.Width != tc.ww || out.Height != tc.wh {
			t.Errorf("%d×%d cleaned to %d×%d, want %d×%d", tc.w, tc.h, out.Width, out.Height, tc.ww, tc.wh)
		}
	}
}

// TestScaleAverages checks that scaling down averages what each pixel
// covers: a one-pixel checkerboard halved becomes an even grey, not
// black or white (which sampling would give).
func TestScaleAverages(t *testing.T) {
	src := image.NewGray(image.Rect(0, 0, 4096, 2050))
	for y := range 2050 {
		for x := range 4096 {
			if (x+y)%2 == 0 {
				src.Pix[y*src.Stride+x] = 255
			}
		}
	}
	out := MustClean(t, phototest.PNG(t, src))
	dec, err := png.Decode(bytes.NewReader(out.Data))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []image.Point{{0, 0}, {1000, 500}, {2047, 1024}} {
		if r, _, _, _ := dec.At(p.X, p.Y).RGBA(); r>>8 < 120 || r>>8 > 135 {
			t.Errorf("pixel %v = %d, want about 128", p, r>>8)
		}
	}
}

func TestCleanRefuses(t *testing.T) {
	jpg := phototest.JPEG(t, phototest.Halves(64, 64))
	for _, tc := range []struct {
		name string
		data []byte
		code string
		msg  string
	}{
		{"empty", nil, kefu.EINVALID, "file is empty"},
		{"text named .jpg", []byte("these are my holiday photos\n"), kefu.EINVALID, "file is not an image (JPEG, PNG or WebP)"},
		{"HTML", []byte("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"), kefu.EINVALID, "file is not an image (JPEG, PNG or WebP)"},
		{"GIF", []byte("GIF89a\x01\x00\x01\x00\x00\x00\x00;"), kefu.EINVALID, "file is not an image (JPEG, PNG or WebP)"},
		{"JPEG magic, then garbage", append([]byte{0xFF, 0xD8, 0xFF, 0xE0}, bytes.Repeat([]byte{7}, 100)...), kefu.EINVALID, "file is not a valid JPEG image"},
		{"truncated JPEG", jpg[:len(jpg)/2], kefu.EINVALID, "file is not a valid JPEG image"},
		{"PNG signature only", []byte("\x89PNG\r\n\x1a\n"), kefu.EINVALID, "file is not a valid PNG image"},
		{"bomb", phototest.Header(100000, 100000), kefu.EINVALID, "image is 100000×100000 pixels; at most 40 megapixels"},
		{"long and thin bomb", phototest.Header(40_000_001, 1), kefu.EINVALID, "image is 40000001×1 pixels; at most 40 megapixels"},
		{"9 MiB", append(jpg, make([]byte, 9<<20)...), kefu.ETOOLARGE, "file is over 8 MiB"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Clean(tc.data)
			if kefu.ErrorCode(err) != tc.code || kefu.ErrorMessage(err) != tc.msg || kefu.ErrorField(err) != Field {
				t.Errorf("Clean: %v (code %s, field %q); want %s %q about file", err, kefu.ErrorCode(err), kefu.ErrorField(err), tc.code, tc.msg)
			}
		})
	}
}

// TestBombAllocatesNothing checks that an image over the pixel limit is
// refused from its header: a 100000×100000 RGBA would take 40 GB.
func TestBombAllocatesNothing(t *testing.T) {
	data := phototest.Header(100000, 100000)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for range 10 {
		if _, err := Clean(data); err == nil {
			t.Fatal("bomb accepted")
		}
	}
	runtime.ReadMemStats(&after)
	if n := after.TotalAlloc - before.TotalAlloc; n > 1<<20 {
		t.Errorf("refusing a bomb 10 times allocated %d bytes; want under 1 MiB", n)
	}
}

func TestJPEGOrientationDamaged(t *testing.T) {
	jpg := phototest.JPEG(t, phototest.Halves(8, 8))
	full := phototest.WithEXIF(t, jpg, 8)
	// Every truncation of the EXIF segment must read as "no orientation"
	// or the real one, never panic.
	for n := 2; n < 200 && n < len(full); n++ {
		if o := jpegOrientation(full[:n]); o != 1 && o != 8 {
			t.Fatalf("jpegOrientation of %d bytes = %d", n, o)
		}
	}
	if o := jpegOrientation(jpg); o != 1 {
		t.Errorf("JPEG without EXIF: orientation %d, want 1", o)
	}
}

func FuzzClean(f *testing.F) {
	f.Add(phototest.JPEG(f, phototest.Halves(8, 8)))
	f.Add(phototest.PNG(f, phototest.Halves(8, 8)))
	f.Add(phototest.Header(100000, 100000))
	for _, s := range []string{webpAlpha, webpOpaque} {
		b, _ := base64.StdEncoding.DecodeString(s)
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		img, err := Clean(data)
		if err != nil {
			if c := kefu.ErrorCode(err); c != kefu.EINVALID && c != kefu.ETOOLARGE {
				t.Fatalf("Clean: %v", err)
			}
			return
		}
		if img.Width > MaxSide || img.Height > MaxSide || Sniff(img.Data) != img.ContentType {
			t.Fatalf("Clean gave %s %d×%d", img.ContentType, img.Width, img.Height)
		}
	})
}

// checkNoAPP fails t when a JPEG has any APPn or COM segment.
func checkNoAPP(t *testing.T, data []byte) {
	t.Helper()
	for i := 2; i+4 <= len(data) && data[i] == 0xFF; {
		m := data[i+1]
		if m == 0xDA {
			return
		}
		if m >= 0xE0 && m <= 0xEF || m == 0xFE {
			t.Errorf("cleaned JPEG has segment FF%02X", m)
		}
		i += 2 + int(binary.BigEndian.Uint16(data[i+2:]))
	}
}

// pngChunks lists a PNG's chunk types in order.
func pngChunks(t *testing.T, data []byte) []string {
	t.Helper()
	var out []string
	for i := 8; i+8 <= len(data); {
		n := int(binary.BigEndian.Uint32(data[i:]))
		out = append(out, string(data[i+4:i+8]))
		i += 12 + n
	}
	return out
}

// BenchmarkClean12MP cleans a phone photo's worth of pixels (4000×3000
// JPEG with EXIF): decode, orientation, scaling to 2048, encode.
func BenchmarkClean12MP(b *testing.B) { benchClean(b, 4000, 3000) }

// BenchmarkClean40MP cleans the largest image accepted (8000×5000).
func BenchmarkClean40MP(b *testing.B) { benchClean(b, 8000, 5000) }

func benchClean(b *testing.B, w, h int) {
	img := image.NewYCbCr(image.Rect(0, 0, w, h), image.YCbCrSubsampleRatio420)
	// A photo-like JPEG: smooth gradients with a little texture (noise
	// would make 40 megapixels bigger than MaxBytes).
	for y := range h {
		for x := range w {
			img.Y[y*img.YStride+x] = byte(x/16 + y/16 + (x*y)%5)
		}
	}
	in := phototest.WithEXIF(b, phototest.JPEG(b, img), 6)
	b.SetBytes(int64(len(in)))
	b.ResetTimer()
	for b.Loop() {
		MustClean(b, in)
	}
}
