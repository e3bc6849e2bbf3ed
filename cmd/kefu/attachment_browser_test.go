package main

import (
	"context"
	"image"
	"image/color"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/kefu-ai/kefu/internal/testenv"
	"github.com/kefu-ai/kefu/photo/phototest"
)

// TestBrowserPhotoEvidence is the crushed-strawberries case in two real
// headless Chromium pages: freshfarm's customer c-2007 asks for a person
// in the widget and attaches a photo taken sideways on a phone, with its
// GPS position in EXIF; the widget shows it upright as a thumbnail, and
// the served image has no EXIF left. The agent, Mei, opens the queued
// conversation in the console and sees the same photo. KEFU_SCREENSHOTS
// saves both pages.
func TestBrowserPhotoEvidence(t *testing.T) {
	t.Parallel() // long: runs beside the other long tests
	browser := testenv.Browser(t)
	d := MustStartDemo(t)
	customer, cancelCustomer := chromedp.NewContext(browser, chromedp.WithNewBrowserContext())
	defer cancelCustomer()
	agent, cancelAgent := chromedp.NewContext(browser, chromedp.WithNewBrowserContext())
	defer cancelAgent()
	customer, cancel1 := context.WithTimeout(customer, 90*time.Second)
	defer cancel1()
	agent, cancel2 := context.WithTimeout(agent, 90*time.Second)
	defer cancel2()

	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	run := func(ctx context.Context, what string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, actions...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	poll := func(ctx context.Context, what, expr string) {
		t.Helper()
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](expr, chromedp.WithPollingTimeout(30*time.Second))); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	eval := func(ctx context.Context, expr string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Evaluate[string](expr, chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatalf("evaluate %s: %v", expr, err)
		}
		return s
	}
	shot := func(ctx context.Context, name string) {
		if dir := os.Getenv("KEFU_SCREENSHOTS"); dir != "" {
			if b, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)); err == nil {
				os.WriteFile(filepath.Join(dir, name+".png"), b, 0o644)
			}
		}
	}

	// A 1600×1200 photo held sideways (EXIF orientation 6: turn it 90°
	// clockwise to view), with the phone's GPS position.
	photo := filepath.Join(t.TempDir(), "IMG_2007.JPG")
	if err := os.WriteFile(photo, phototest.WithEXIF(t, phototest.JPEG(t, strawberries(1600, 1200)), 6), 0o644); err != nil {
		t.Fatal(err)
	}

	const caption = "草莓全压坏了 <b>x</b><img src=x onerror=alert(1)>"
	run(customer, "ask for a person",
		chromedp.Navigate(d.URL+"/?tenant=freshfarm&customer=c-2007"),
		chromedp.WaitVisible(css("#kefu-launcher")),
		chromedp.Click(css("#kefu-launcher")),
		chromedp.WaitVisible(css("#kefu-attach")),
		testenv.Type("#kefu-input", "我要转人工"),
		chromedp.Click(css("#kefu-send")),
		chromedp.WaitVisible(css(`.kefu-msg[data-author="bot"]`)),
	)
	if label := eval(customer, `document.querySelector('#kefu-attach').getAttribute('aria-label')`); label == "" {
		t.Error("the attach button has no accessible label")
	}
	run(customer, "attach the photo",
		testenv.Type("#kefu-input", caption),
		chromedp.SetUploadFiles(css("#kefu-file"), []string{photo}),
	)
	const thumb = `document.querySelector('.kefu-msg[data-kind="attachment"][data-id] img.kefu-photo')`
	poll(customer, "the photo in the widget", `(() => { const i = `+thumb+`; return !!i && i.complete && i.naturalWidth > 0; })()`)
	if size := eval(customer, `(() => { const i = `+thumb+`; return i.naturalWidth + "x" + i.naturalHeight; })()`); size != "1200x1600" {
		t.Errorf("served photo is %s, want 1200x1600 (turned upright)", size)
	}
	// The stored message's caption: under load the live event may show it
	// before the upload's answer removes the "Sending photo…" bubble.
	if text := eval(customer, `document.querySelector('.kefu-msg[data-kind="attachment"][data-id] .kefu-text').textContent`); text != caption {
		t.Errorf("caption shown as %q, want the text as typed", text)
	}
	if n := eval(customer, `String(document.querySelectorAll('.kefu-msg b, .kefu-msg img:not(.kefu-photo)').length)`); n != "0" {
		t.Errorf("the caption's markup became %s elements", n)
	}
	// What the browser was served has no metadata left.
	leaked := eval(customer, `fetch(`+thumb+`.src).then(r => r.arrayBuffer()).then(b => {
		const s = Array.from(new Uint8Array(b), c => String.fromCharCode(c)).join("");
		return ["Exif", "KefuCam", "48.8584"].filter(w => s.includes(w)).join(",");
	})`)
	if leaked != "" {
		t.Errorf("the served photo still holds %s", leaked)
	}
	shot(customer, "photo-widget")

	run(agent, "open the conversation in the console",
		chromedp.Navigate(d.URL+"/console"),
		chromedp.WaitVisible(css("#login-form")),
		testenv.Type("#login-tenant", "freshfarm"),
		testenv.Type("#login-email", "mei@freshfarm.example"),
		testenv.Type("#login-password", DemoPassword),
		chromedp.Click(css("#login-submit")),
		chromedp.WaitVisible(css(`[data-testid="queue-item"]`)),
		// A click by script: the queue may be drawn anew (a new node)
		// between finding the item and clicking it.
		chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			_, err := chromedp.Evaluate[bool](`document.querySelector('[data-testid="queue-item"]').click(), true`)(ctx, t)
			return err
		}),
	)
	const photoEl = `document.querySelector('.msg[data-kind="attachment"] img.msg-photo')`
	poll(agent, "the photo in the console", `(() => { const i = `+photoEl+`; return !!i && i.complete && i.naturalWidth > 0; })()`)
	if src := eval(agent, photoEl+`.getAttribute('src')`); !strings.HasPrefix(src, "/console/api/conversations/") || strings.Contains(src, "token") {
		t.Errorf("console photo src %q, want the console's route (the agent's session, no token)", src)
	}
	if href := eval(agent, photoEl+`.parentElement.getAttribute('href')`); href != eval(agent, photoEl+`.getAttribute('src')`) {
		t.Errorf("the thumbnail links to %q, not to the full-size photo", href)
	}
	shot(agent, "photo-console")
}

// strawberries draws a w×h picture of a tray of strawberries, some of
// them squashed: red discs with seeds on a pale tray.
func strawberries(w, h int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	tray := color.RGBA{232, 224, 206, 255}
	for i := 0; i < len(img.Pix); i += 4 {
		img.Pix[i], img.Pix[i+1], img.Pix[i+2], img.Pix[i+3] = tray.R, tray.G, tray.B, 255
	}
	for k := range 12 {
		cx, cy := 200+(k%4)*400, 200+(k/4)*400
		rx, ry := 150, 150
		if k%3 == 1 { // squashed: flat and wide
			rx, ry = 190, 90
		}
		for y := cy - ry; y <= cy+ry; y++ {
			for x := cx - rx; x <= cx+rx; x++ {
				dx, dy := float64(x-cx)/float64(rx), float64(y-cy)/float64(ry)
				if dx*dx+dy*dy > 1 {
					continue
				}
				c := color.RGBA{200, 20, 40, 255}
				if (x/23+y/19)%7 == 0 && (x+y)%5 == 0 {
					c = color.RGBA{240, 220, 90, 255} // a seed
				}
				if dy < -0.75 {
					c = color.RGBA{40, 140, 50, 255} // the leaves
				}
				img.SetRGBA(x, y, c)
			}
		}
	}
	return img
}
