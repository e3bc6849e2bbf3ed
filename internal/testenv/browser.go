package testenv

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"testing"

	"github.com/chromedp/chromedp"
)

// ChromiumPath returns the path of a Chromium or Chrome binary: the one
// named by KEFU_CHROMIUM, else the first of chromium, chromium-browser,
// google-chrome on PATH. Without one the test is skipped, or fails under
// KEFU_REQUIRE_SERVICES=1.
func ChromiumPath(tb testing.TB) string {
	tb.Helper()
	for _, name := range []string{os.Getenv("KEFU_CHROMIUM"), "chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if name == "" {
			continue
		}
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	Unavailable(tb, "no Chromium found: install Debian's chromium or set KEFU_CHROMIUM")
	return ""
}

// Browser starts a headless Chromium with a fresh profile and the flags
// this sandbox needs, and returns its context; it is closed when the test
// ends. Tests put their own deadlines on the steps they run.
func Browser(tb testing.TB) context.Context {
	tb.Helper()
	if testing.Short() {
		tb.Skip("browser test skipped in -short mode")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(ChromiumPath(tb)),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(tb.TempDir()),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.WindowSize(1100, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	tb.Cleanup(func() { cancel(); cancelAlloc() })
	// The first run starts the browser, which lives as long as ctx.
	if err := chromedp.Do(ctx); err != nil {
		Unavailable(tb, "cannot start Chromium: "+err.Error())
	}
	return ctx
}

// Type sets the form field sel (a CSS selector) to text as typing would
// and fires its input event. Tests use it instead of chromedp.SendKeys,
// which reads the node's attributes without a lock: a data race, caught
// by -race, when the page changes the field's attributes at that moment
// (a console enabling its reply box, say).
func Type(sel, text string) chromedp.Action[chromedp.Void] {
	js := fmt.Sprintf(`(() => {
		const el = document.querySelector(%s);
		if (!el) { return false; }
		el.focus();
		el.value = %s;
		el.dispatchEvent(new Event('input', {bubbles: true}));
		return true;
	})()`, jsString(sel), jsString(text))
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		// Wait for the field like SendKeys does, then type.
		if _, err := chromedp.WaitVisible(chromedp.CSS(sel))(ctx, t); err != nil {
			return chromedp.Void{}, err
		}
		ok, err := chromedp.Evaluate[bool](js)(ctx, t)
		if err == nil && !ok {
			err = fmt.Errorf("no element %s to type into", sel)
		}
		return chromedp.Void{}, err
	}
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
