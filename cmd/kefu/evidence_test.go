package main

import (
	"bytes"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu/photo/phototest"
)

// TestCrushedStrawberriesPhoto is freshfarm's crushed-produce story on
// the real "kefu demo" wiring: Daniel Tan (c-2010) says his strawberries
// arrived crushed; the bot names his delivery FF-20935 and asks for a
// photo; the photo uploaded to the conversation is recorded and the
// shop's crushed-photo rule refunds the line (2 × S$12.90). Sending the
// photo again changes nothing.
func TestCrushedStrawberriesPhoto(t *testing.T) {
	d := MustStartDemo(t)
	key := d.Keys["freshfarm"]
	code, body := callJSON(t, "POST", d.URL+"/v1/conversations", key, map[string]any{"customer": map[string]string{"external_id": "c-2010"}})
	if code != http.StatusCreated {
		t.Fatalf("create conversation: %d %v", code, body)
	}
	conv, token := str(body, "conversation", "id"), str(body, "token")
	base := d.URL + "/v1/conversations/" + conv

	code, body = callJSON(t, "POST", base+"/messages", key, map[string]string{"text": "my strawberries arrived crushed"})
	reply := str(body, "reply", "text")
	if code != http.StatusOK || str(body, "reply", "trace", "outcome") != "damaged_ask_photo" {
		t.Fatalf("report: %d %v", code, body)
	}
	for _, want := range []string{"I'm sorry", "Korean Strawberries", "FF-20935", "arrived crushed", "photo", "paperclip"} {
		if !strings.Contains(reply, want) {
			t.Errorf("report answered with %q, which lacks %q", reply, want)
		}
	}

	img := phototest.JPEG(t, strawberries(800, 600))
	upload := func() (int, map[string]any) {
		var buf bytes.Buffer
		mw := multipart.NewWriter(&buf)
		fw, err := mw.CreateFormFile("file", "IMG_2010.JPG")
		if err != nil {
			t.Fatal(err)
		}
		fw.Write(img)
		mw.Close()
		return call(t, "POST", base+"/attachments", token, mw.FormDataContentType(), &buf)
	}
	code, body = upload()
	reply = str(body, "reply", "text")
	if code != http.StatusCreated || !strings.Contains(reply, "Thank you for the photo") || !strings.Contains(reply, "FF-20935") ||
		!strings.Contains(reply, "refunded S$25.80") {
		t.Fatalf("photo: %d %v", code, body)
	}
	code, body = upload()
	if code != http.StatusOK || body["duplicate"] != true || str(body, "reply", "text") != reply {
		t.Fatalf("the same photo again: %d %v", code, body)
	}
	// One refund in the shop's ledger, by its rule.
	code, body = call(t, "GET", d.URL+"/v1/compensations?order_number=FF-20935", key, "", nil)
	items, _ := body["items"].([]any)
	if code != http.StatusOK || len(items) != 1 || str(items[0], "rule_id") != "crushed-photo" || str(items[0], "kind") != "refund_line" {
		t.Errorf("ledger of FF-20935: %d %v", code, body)
	}
}
