package main

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/kefu-ai/kefu/internal/testenv"
)

// TestBrowserWidgetTracksOrder opens the demo page in a real headless
// Chromium, asks the widget where order 10023 is and waits for the
// tracking answer.
func TestBrowserWidgetTracksOrder(t *testing.T) {
	ctx := testenv.Browser(t)
	d := MustStartDemo(t)
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()

	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	err := chromedp.Do(ctx,
		openWidget(d, "globalmart", "c-1001"),
		testenv.Type("#kefu-input", "where is my order 10023?"),
		chromedp.Click(css("#kefu-send")),
		chromedp.WaitVisible(css(`.kefu-msg[data-author="bot"]`)),
	)
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	const botTexts = `Array.from(document.querySelectorAll('.kefu-msg[data-author="bot"]')).map(e => e.textContent).join("\n")`
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](botTexts+`.includes("SD260100023CN")`, chromedp.WithPollingTimeout(20*time.Second))); err != nil {
		text, _ := chromedp.Run(ctx, chromedp.Evaluate[string](botTexts))
		t.Fatalf("no tracking answer in the widget: %v; bot said %q", err, text)
	}
	botText, err := chromedp.Run(ctx, chromedp.Evaluate[string](botTexts))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"10023", "on its way"} {
		if !strings.Contains(botText, want) {
			t.Errorf("bot text %q lacks %q", botText, want)
		}
	}
	// A price question: the catalogue answers with a product card beside
	// the text.
	err = chromedp.Do(ctx,
		testenv.Type("#kefu-input", "how much is the GM-PB-20K?"),
		chromedp.Click(css("#kefu-send")),
		chromedp.WaitVisible(css(`.kefu-msg[data-author="bot"] .kefu-card[data-type="product"] .kefu-card-subtitle`)),
	)
	if err != nil {
		t.Fatalf("no product card: %v", err)
	}
	card, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector('.kefu-card[data-type="product"]').textContent`))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"PowerNest", "199", "GM-PB-20K"} {
		if !strings.Contains(card, want) {
			t.Errorf("product card %q lacks %q", card, want)
		}
	}
	if dir := os.Getenv("KEFU_SCREENSHOTS"); dir != "" {
		if shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)); err == nil {
			os.WriteFile(dir+"/widget-tracking.png", shot, 0o644)
		}
	}
}

// TestBrowserWidgetRecommends asks glowlab's widget, in Chinese, which
// foundation suits combination-oily skin in summer, and checks the
// products card: tiles with name, price, reasons and the add-to-cart
// link, the list not repeated in the text.
func TestBrowserWidgetRecommends(t *testing.T) {
	ctx := testenv.Browser(t)
	d := MustStartDemo(t)
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()

	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	err := chromedp.Do(ctx,
		openWidget(d, "glowlab", "c-3001"),
		testenv.Type("#kefu-input", "混油皮夏天用什么粉底液？"),
		chromedp.Click(css("#kefu-send")),
		chromedp.WaitVisible(css(`.kefu-msg[data-author="bot"] .kefu-card[data-type="products"] .kefu-product-name`)),
	)
	if err != nil {
		t.Fatalf("no products card: %v", err)
	}
	type tile struct {
		Name, Price, Reasons, Cart string
	}
	tiles, err := chromedp.Run(ctx, chromedp.Evaluate[[]tile](`Array.from(document.querySelectorAll('.kefu-product')).map(e => ({
		Name: e.querySelector('.kefu-product-name').textContent,
		Price: (e.querySelector('.kefu-product-price') || {}).textContent || '',
		Reasons: Array.from(e.querySelectorAll('.kefu-product-reasons li')).map(l => l.textContent).join('|'),
		Cart: (e.querySelector('.kefu-product-cart') || {}).textContent || ''}))`))
	if err != nil {
		t.Fatal(err)
	}
	if len(tiles) == 0 {
		t.Fatal("no product tiles")
	}
	first := tiles[0]
	if first.Name == "" || !strings.Contains(first.Price, "€") || !strings.Contains(first.Reasons, "适合混合皮、油皮") || first.Cart != "加入购物车" {
		t.Errorf("first tile %+v: want a name, a price in euros, why it suits the skin types and an add-to-cart link", first)
	}
	text, err := chromedp.Run(ctx, chromedp.Evaluate[string](`Array.from(document.querySelectorAll('.kefu-msg[data-author="bot"]')).pop().querySelector('.kefu-text').textContent`))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(text, "1. ") || !strings.Contains(text, "为您挑选的粉底液") {
		t.Errorf("text beside the card %q: want the intro without the list", text)
	}
	if dir := os.Getenv("KEFU_SCREENSHOTS"); dir != "" {
		if shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)); err == nil {
			os.WriteFile(dir+"/widget-recommend.png", shot, 0o644)
		}
	}
	// The same conversation in English: the card and its button follow.
	err = chromedp.Do(ctx,
		testenv.Type("#kefu-input", "Which sunscreen would you recommend for oily skin?"),
		chromedp.Click(css("#kefu-send")),
	)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.querySelectorAll('.kefu-card[data-type="products"]').length >= 2`, chromedp.WithPollingTimeout(20*time.Second))); err != nil {
		t.Fatalf("no second products card: %v", err)
	}
	last, err := chromedp.Run(ctx, chromedp.Evaluate[string](`Array.from(document.querySelectorAll('.kefu-card[data-type="products"]')).pop().textContent`))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Picked for you: sunscreen", "suits oily skin", "Add to cart"} {
		if !strings.Contains(last, want) {
			t.Errorf("English card %q lacks %q", last, want)
		}
	}
	if dir := os.Getenv("KEFU_SCREENSHOTS"); dir != "" {
		if shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)); err == nil {
			os.WriteFile(dir+"/widget-recommend-en.png", shot, 0o644)
		}
	}
}

// openWidget opens the demo page signed in as a shop's customer and opens
// the chat widget.
func openWidget(d *demo, tenant, customer string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(
		chromedp.Navigate(d.URL+"/?tenant="+tenant+"&customer="+customer),
		chromedp.WaitVisible(chromedp.CSS("#kefu-launcher")),
		chromedp.Click(chromedp.CSS("#kefu-launcher")),
		chromedp.WaitVisible(chromedp.CSS("#kefu-input")),
	)
}
