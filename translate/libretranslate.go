package translate

import (
	"context"
	"encoding/json"
	"net/http"
	"time"
)

var _ Translator = (*LibreTranslate)(nil)

// LibreTranslate translates with a LibreTranslate-compatible server
// (POST {URL}/translate). Its fields are set before first use and not
// changed afterwards.
type LibreTranslate struct {
	URL       string        // base URL, e.g. "http://localhost:5000"
	APIKey    string        // sent as api_key when not empty
	Languages []string      // base codes the server offers; nil means any
	Timeout   time.Duration // per request; 15s when zero
	Client    *http.Client  // http.DefaultClient when nil
}

// Supports reports whether both languages are in l.Languages.
func (l *LibreTranslate) Supports(from, to string) bool {
	return supportsLangs(l.Languages, from, to)
}

// Translate posts req.Text as plain text.
func (l *LibreTranslate) Translate(ctx context.Context, req Request) (Result, error) {
	const op = "translate.LibreTranslate"
	from, to := Base(req.From), Base(req.To)
	if !l.Supports(from, to) {
		return Result{}, errNoPair(op, from, to)
	}
	ctx, cancel := withTimeout(ctx, l.Timeout)
	defer cancel()
	body := struct {
		Q      string `json:"q"`
		Source string `json:"source"`
		Target string `json:"target"`
		Format string `json:"format"`
		APIKey string `json:"api_key,omitempty"`
	}{req.Text, from, to, "text", l.APIKey}
	var out struct {
		TranslatedText string `json:"translatedText"`
	}
	err := postJSON(ctx, l.Client, op, trimURL(l.URL)+"/translate", nil, body, &out, func(b []byte) string {
		var e struct {
			Error string `json:"error"`
		}
		if json.Unmarshal(b, &e) == nil && e.Error != "" {
			return e.Error
		}
		return string(b)
	})
	if err != nil {
		return Result{}, timeoutErr(ctx, err)
	}
	return Result{Text: out.TranslatedText, From: from, To: to, Provider: "libretranslate", Machine: true}, nil
}
