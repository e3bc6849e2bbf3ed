package http_test

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/color"
	"mime/multipart"
	"net/http"
	"net/textproto"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	khttp "github.com/kefu-ai/kefu/http"
	"github.com/kefu-ai/kefu/photo/phototest"
)

// Part is one part of a multipart upload.
type Part struct {
	Name, Filename, ContentType string
	Body                        []byte
}

// Multipart encodes parts as multipart/form-data and returns the body
// and its Content-Type.
func Multipart(tb testing.TB, parts ...Part) ([]byte, string) {
	tb.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for _, p := range parts {
		h := textproto.MIMEHeader{}
		disp := fmt.Sprintf(`form-data; name=%q`, p.Name)
		if p.Filename != "" {
			disp += fmt.Sprintf(`; filename=%q`, p.Filename)
		}
		h.Set("Content-Disposition", disp)
		if p.ContentType != "" {
			h.Set("Content-Type", p.ContentType)
		}
		w, err := mw.CreatePart(h)
		if err != nil {
			tb.Fatal(err)
		}
		w.Write(p.Body)
	}
	if err := mw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes(), mw.FormDataContentType()
}

// Upload posts an image (and a caption, when not empty) to a
// conversation's attachments.
func (e *Env) Upload(tb testing.TB, auth, convID string, img []byte, caption string) Response {
	tb.Helper()
	parts := []Part{{Name: "file", Filename: "IMG_0001.JPG", ContentType: "image/jpeg", Body: img}}
	if caption != "" {
		parts = append(parts, Part{Name: "caption", Body: []byte(caption)})
	}
	body, ct := Multipart(tb, parts...)
	return e.Do(tb, "POST", "/v1/conversations/"+convID+"/attachments", auth, ct, body)
}

// MustUpload uploads an image and returns the reply, which must be 201.
func (e *Env) MustUpload(tb testing.TB, auth, convID string, img []byte, caption string) khttp.AttachmentResponse {
	tb.Helper()
	res := e.Upload(tb, auth, convID, img, caption)
	if res.Status != http.StatusCreated {
		tb.Fatalf("upload: %d %s", res.Status, res.Body)
	}
	var ar khttp.AttachmentResponse
	res.JSON(tb, &ar)
	return ar
}

// gpsPhoto is a 64×32 JPEG a phone took sideways, with its GPS position.
func gpsPhoto(tb testing.TB) []byte {
	return phototest.WithEXIF(tb, phototest.JPEG(tb, phototest.Halves(64, 32)), 6)
}

// tinyPNG is an 8×8 PNG whose first pixel is n, so that every n is a
// different image.
func tinyPNG(tb testing.TB, n int) []byte {
	img := image.NewNRGBA(image.Rect(0, 0, 8, 8))
	img.SetNRGBA(0, 0, color.NRGBA{byte(n), byte(n >> 8), 0, 255})
	return phototest.PNG(tb, img)
}

func TestAttachmentUpload(t *testing.T) {
	e := MustOpenEnv(t, nil)
	conv, tok := e.MustStartConversation(t, e.Key, "c-1")
	sub, err := e.Bus.Subscribe(context.Background(), kefu.EventFilter{TenantID: shop, ConversationID: conv.ID})
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Close()

	ar := e.MustUpload(t, tok, conv.ID, gpsPhoto(t), "  the box arrived crushed  ")
	a, m := ar.Attachment, ar.Message
	if ar.Duplicate || a == nil || m == nil {
		t.Fatalf("upload: %+v", ar)
	}
	if a.ContentType != "image/jpeg" || a.Width != 32 || a.Height != 64 || a.Size == 0 || len(a.SHA256) != 64 || a.MessageID != m.ID {
		t.Errorf("attachment %+v; want a 32×64 JPEG (turned upright) carried by message %d", a, m.ID)
	}
	if m.Author != kefu.AuthorCustomer || m.Kind != kefu.MessageAttachment || m.Text != "the box arrived crushed" {
		t.Errorf("message %+v; want a customer message of kind attachment with the trimmed caption", m)
	}
	path := "/v1/conversations/" + conv.ID + "/attachments/" + a.ID
	if len(m.Cards) != 1 || m.Cards[0].Type != kefu.CardAttachment || m.Cards[0].URL != path ||
		m.Cards[0].Attachment == nil || m.Cards[0].Attachment.ID != a.ID || m.Cards[0].Attachment.Width != 32 {
		t.Errorf("message cards %+v; want one attachment card for %s", m.Cards, path)
	}
	select {
	case ev := <-sub.C():
		if ev.Type != kefu.EventMessageCreated || ev.Message == nil || ev.Message.ID != m.ID {
			t.Errorf("live event %+v, want message.created of the attachment's message", ev)
		}
	case <-time.After(2 * time.Second):
		t.Error("no live event for the attachment's message")
	}

	// The conversation's token, in the header or the query, and the
	// tenant's API key read it.
	for name, res := range map[string]Response{
		"token":       e.Do(t, "GET", path, tok, "", nil),
		"query token": e.Do(t, "GET", path+"?token="+tok, "", "", nil),
		"API key":     e.Do(t, "GET", path, e.Key, "", nil),
	} {
		if res.Status != http.StatusOK {
			t.Errorf("GET as %s: %d %s", name, res.Status, res.Body)
			continue
		}
		checkImageHeaders(t, name, res, "image/jpeg")
		if bytes.Contains(res.Body, []byte("Exif")) || bytes.Contains(res.Body, []byte("48.8584")) || bytes.Contains(res.Body, []byte("KefuCam")) {
			t.Errorf("GET as %s: the served image still has its EXIF", name)
		}
		if int64(len(res.Body)) != a.Size {
			t.Errorf("GET as %s: %d bytes, want %d", name, len(res.Body), a.Size)
		}
	}

	// The timeline shows it.
	var mr khttp.MessagesResponse
	e.Do(t, "GET", "/v1/conversations/"+conv.ID+"/messages", tok, "", nil).JSON(t, &mr)
	if n := len(mr.Messages); n == 0 || mr.Messages[n-1].Kind != kefu.MessageAttachment {
		t.Errorf("messages after the upload: %+v", mr.Messages)
	}

	t.Run("same photo again", func(t *testing.T) {
		before := e.MessageCount(t, shop, conv.ID)
		res := e.Upload(t, tok, conv.ID, gpsPhoto(t), "again")
		var again khttp.AttachmentResponse
		res.JSON(t, &again)
		if res.Status != http.StatusOK || !again.Duplicate || again.Attachment.ID != a.ID || again.Message.ID != m.ID {
			t.Errorf("second upload of the same photo: %d %s; want 200, duplicate, the first attachment", res.Status, res.Body)
		}
		if n := e.MessageCount(t, shop, conv.ID); n != before {
			t.Errorf("a duplicate stored a message: %d messages, want %d", n, before)
		}
	})

	t.Run("revalidation", func(t *testing.T) {
		req, _ := http.NewRequest("GET", e.HTTP.URL+path, nil)
		req.Header.Set("Authorization", "Bearer "+tok)
		req.Header.Set("If-None-Match", `"`+a.SHA256+`"`)
		res, err := e.HTTP.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusNotModified {
			t.Errorf("If-None-Match with the ETag: %d, want 304", res.StatusCode)
		}
	})

	t.Run("PNG stays PNG", func(t *testing.T) {
		p := phototest.WithPNGChunk(t, tinyPNG(t, 1), "tEXt", []byte("Author\x00Jane Doe"))
		ar := e.MustUpload(t, e.Key, conv.ID, p, "")
		if ar.Attachment.ContentType != "image/png" || ar.Message.Text != "" {
			t.Errorf("PNG upload without a caption: %+v %+v", ar.Attachment, ar.Message)
		}
		res := e.Do(t, "GET", ar.Message.Cards[0].URL, e.Key, "", nil)
		checkImageHeaders(t, "PNG", res, "image/png")
		if bytes.Contains(res.Body, []byte("Jane")) {
			t.Error("the served PNG still has its text chunk")
		}
	})
}

func checkImageHeaders(t *testing.T, what string, res Response, contentType string) {
	t.Helper()
	for h, want := range map[string]string{
		"Content-Type":           contentType,
		"X-Content-Type-Options": "nosniff",
		"Content-Disposition":    "inline",
	} {
		if got := res.Header.Get(h); got != want {
			t.Errorf("%s: %s = %q, want %q", what, h, got, want)
		}
	}
	if cc := res.Header.Get("Cache-Control"); !strings.HasPrefix(cc, "private") {
		t.Errorf("%s: Cache-Control = %q, want private", what, cc)
	}
	if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "sandbox") {
		t.Errorf("%s: Content-Security-Policy = %q, want a sandbox", what, csp)
	}
}

// TestAttachmentAccess checks that a photo is served to its
// conversation's credential and the tenant's agents only.
func TestAttachmentAccess(t *testing.T) {
	e := MustOpenConsole(t, nil, nil)
	conv, tok := e.MustStartConversation(t, e.Key, "c-1")
	_, otherTok := e.MustStartConversation(t, e.Key, "c-2")
	theirs, theirTok := e.MustStartConversation(t, e.OtherKey, "c-1")
	a := e.MustUpload(t, tok, conv.ID, gpsPhoto(t), "").Attachment
	path := "/v1/conversations/" + conv.ID + "/attachments/" + a.ID
	consolePath := "/console/api/conversations/" + conv.ID + "/attachments/" + a.ID

	for _, tc := range []struct {
		name, path, auth string
		status           int
	}{
		{"no credentials", path, "", 401},
		{"another conversation's token", path, otherTok, 404},
		{"another conversation's token in the query", path + "?token=" + otherTok, "", 404},
		{"another tenant's token", path, theirTok, 404},
		{"another tenant's API key", path, e.OtherKey, 404},
		{"a garbled token", path, shop + ".nope", 404},
		{"the attachment under another conversation", "/v1/conversations/" + theirs.ID + "/attachments/" + a.ID, theirTok, 404},
		{"an unknown attachment", "/v1/conversations/" + conv.ID + "/attachments/at_0000", tok, 404},
		{"an impossible ID", "/v1/conversations/" + conv.ID + "/attachments/..%2f", tok, 404},
	} {
		res := e.Do(t, "GET", tc.path, tc.auth, "", nil)
		if res.Status != tc.status || bytes.Contains(res.Body, []byte("\xFF\xD8")) {
			t.Errorf("%s: %d %.80s, want %d and no image", tc.name, res.Status, res.Body, tc.status)
		}
	}
	// Uploading is the conversation's, too.
	CheckError(t, e.Upload(t, otherTok, conv.ID, tinyPNG(t, 2), ""), 404, kefu.ENOTFOUND)
	CheckError(t, e.Upload(t, e.OtherKey, conv.ID, tinyPNG(t, 2), ""), 404, kefu.ENOTFOUND)
	CheckError(t, e.Upload(t, "", conv.ID, tinyPNG(t, 2), ""), 401, kefu.EUNAUTHORIZED)

	ana := e.MustLogin(t, e.Ana)
	res := ana.Get(t, consolePath)
	if res.Status != http.StatusOK {
		t.Fatalf("agent of the tenant: %d %s", res.Status, res.Body)
	}
	checkImageHeaders(t, "console", res, "image/jpeg")
	zed := e.MustLogin(t, e.Zed)
	CheckError(t, zed.Get(t, consolePath), 404, kefu.ENOTFOUND)
	CheckError(t, zed.Get(t, "/console/api/conversations/"+theirs.ID+"/attachments/"+a.ID), 404, kefu.ENOTFOUND)
	CheckError(t, e.ConsoleDo(t, "GET", consolePath, nil, "", nil), 401, kefu.EUNAUTHORIZED)
}

func TestAttachmentBadInput(t *testing.T) {
	e := MustOpenEnv(t, nil)
	conv, tok := e.MustStartConversation(t, e.Key, "c-1")
	path := "/v1/conversations/" + conv.ID + "/attachments"
	file := func(b []byte) Part {
		return Part{Name: "file", Filename: "photo.jpg", ContentType: "image/jpeg", Body: b}
	}
	big := append(phototest.JPEG(t, phototest.Halves(8, 8)), make([]byte, 9<<20)...)

	for _, tc := range []struct {
		name   string
		parts  []Part
		status int
		code   string
		field  string
		msg    string
	}{
		{"no file", []Part{{Name: "caption", Body: []byte("look")}}, 400, kefu.EINVALID, "file", "file is required"},
		{"a text file named .jpg", []Part{file([]byte("not a photo at all, just text\n"))}, 400, kefu.EINVALID, "file",
			"file is not an image (JPEG, PNG or WebP)"},
		{"HTML declared as an image", []Part{file([]byte("<html><script>alert(1)</script></html>"))}, 400, kefu.EINVALID, "file",
			"file is not an image (JPEG, PNG or WebP)"},
		{"a decompression bomb", []Part{file(phototest.Header(100000, 100000))}, 400, kefu.EINVALID, "file",
			"image is 100000×100000 pixels; at most 40 megapixels"},
		{"a damaged JPEG", []Part{file(gpsPhoto(t)[:300])}, 400, kefu.EINVALID, "file", "file is not a valid JPEG image"},
		{"9 MiB", []Part{file(big)}, 413, kefu.ETOOLARGE, "file", "file is over 8 MiB"},
		{"two files", []Part{file(tinyPNG(t, 1)), file(tinyPNG(t, 2))}, 400, kefu.EINVALID, "file", "send one file per request"},
		{"a control character in the caption", []Part{file(tinyPNG(t, 1)), {Name: "caption", Body: []byte("look\x1b[31m")}}, 400, kefu.EINVALID, "caption",
			"caption must not contain control characters"},
		{"a caption that is not UTF-8", []Part{file(tinyPNG(t, 1)), {Name: "caption", Body: []byte("\xff\xfe")}}, 400, kefu.EINVALID, "caption",
			"caption is not valid UTF-8"},
		{"a caption too long", []Part{file(tinyPNG(t, 1)), {Name: "caption", Body: bytes.Repeat([]byte("a"), kefu.MaxMessageBytes+1)}}, 413, kefu.ETOOLARGE, "caption",
			"caption is over 4000 bytes"},
		{"an unknown part", []Part{file(tinyPNG(t, 1)), {Name: "gps", Body: []byte("1,2")}}, 400, kefu.EINVALID, "",
			`unknown part "gps": send file and, optionally, caption`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body, ct := Multipart(t, tc.parts...)
			res := e.Do(t, "POST", path, tok, ct, body)
			CheckError(t, res, tc.status, tc.code)
			var er khttp.ErrorResponse
			res.JSON(t, &er)
			if er.Error.Field != tc.field || er.Error.Message != tc.msg {
				t.Errorf("error %+v; want field %q, message %q", er.Error, tc.field, tc.msg)
			}
		})
	}
	t.Run("raw image body", func(t *testing.T) {
		CheckError(t, e.Do(t, "POST", path, tok, "image/png", tinyPNG(t, 1)), 400, kefu.EINVALID)
	})
	t.Run("JSON body", func(t *testing.T) {
		CheckError(t, e.DoJSON(t, "POST", path, tok, map[string]string{"file": "x"}), 400, kefu.EINVALID)
	})
	if n := e.MessageCount(t, shop, conv.ID); n != 0 {
		t.Errorf("refused uploads stored %d messages", n)
	}
	list, err := e.Store.FindAttachments(context.Background(), kefu.AttachmentFilter{TenantID: shop, ConversationID: conv.ID})
	if err != nil || len(list) != 0 {
		t.Errorf("refused uploads stored attachments: %d, %v", len(list), err)
	}
}

func TestAttachmentLimits(t *testing.T) {
	e := MustOpenEnv(t, nil)
	conv, tok := e.MustStartConversation(t, e.Key, "c-1")
	for i := range khttp.AttachmentsPerHour {
		e.MustUpload(t, tok, conv.ID, tinyPNG(t, i), "")
	}
	res := e.Upload(t, tok, conv.ID, tinyPNG(t, 999), "")
	CheckError(t, res, 429, kefu.ERATELIMIT)
	if ra := res.Header.Get("Retry-After"); ra == "" || ra == "0" {
		t.Errorf("Retry-After = %q, want the seconds until the oldest photo of the hour is an hour old", ra)
	}
	// Another conversation is not limited.
	other, otherTok := e.MustStartConversation(t, e.Key, "c-2")
	e.MustUpload(t, otherTok, other.ID, tinyPNG(t, 999), "")

	t.Run("closed conversation", func(t *testing.T) {
		closed := kefu.StatusClosed
		if _, err := e.Store.UpdateConversation(context.Background(), shop, other.ID, kefu.ConversationUpdate{Status: &closed}); err != nil {
			t.Fatal(err)
		}
		CheckError(t, e.Upload(t, otherTok, other.ID, tinyPNG(t, 1000), ""), 409, kefu.ECONFLICT)
	})
}
