package http_test

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/testenv"
)

// TestLoginThrottledInBrowser: after too many failures the console page
// (English) and the admin page (here in Chinese) say, in their language,
// how long to wait, and keep the button off meanwhile.
func TestLoginThrottledInBrowser(t *testing.T) {
	policy := testLoginPolicy
	policy.AccountAddress = kefu.ThrottleRule{Free: 1, Base: 10 * time.Minute, Max: time.Hour, Forget: time.Hour}
	tests := []struct {
		page, language string
		want           []string
	}{
		{"/console", "en-US", []string{"Too many failed attempts", "wait 10 min"}},
		{"/admin", "zh-CN", []string{"失败次数过多", "10 分钟"}},
	}
	for _, tt := range tests {
		t.Run(tt.page, func(t *testing.T) {
			le := MustOpenLoginEnv(t, policy)
			ctx := MustBrowser(t)
			if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
				Source: `Object.defineProperty(navigator, "language", {get: function () { return "` + tt.language + `"; }});`,
			}); err != nil {
				t.Fatal(err)
			}
			css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
			run(t, ctx, chromedp.Steps(
				chromedp.Navigate(le.HTTP.URL+tt.page),
				chromedp.WaitVisible(css(`#login-form`)),
				testenv.Type(`#login-tenant`, shop),
				testenv.Type(`#login-email`, "a1@shop.example"),
				testenv.Type(`#login-password`, "wrong-guess"),
				chromedp.Click(css(`#login-submit`)),
				chromedp.WaitVisible(css(`#login-error`)),
				chromedp.WaitEnabled(css(`#login-submit`)),
			))
			first := run(t, ctx, chromedp.Text(css(`#login-error`)))
			run(t, ctx, chromedp.Click(css(`#login-submit`)))
			// The second attempt is refused: the message changes from the
			// wrong password to the wait (not to nothing, as while the
			// request is in flight), and the button stays off.
			run(t, ctx, chromedp.Poll[bool](`(function () { var m = document.getElementById("login-error").textContent.trim();
				return document.getElementById("login-submit").disabled && m !== "" && m !== `+strconv.Quote(strings.TrimSpace(first))+`; })()`))
			msg := run(t, ctx, chromedp.Text(css(`#login-error`)))
			for _, w := range tt.want {
				if !strings.Contains(msg, w) {
					t.Errorf("message %q lacks %q", msg, w)
				}
			}
		})
	}
}
