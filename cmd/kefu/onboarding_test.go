package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestOwnShopInFiveMinutes runs the README's "your own shop in five
// minutes" on a fresh data directory, exactly as written there: kefu
// serve; kefu shop create; a catalogue imported from CSV and a product
// more through the admin API; the widget snippet's page; and the first
// answer about the shop's own product, in the customer's language.
func TestOwnShopInFiveMinutes(t *testing.T) {
	data := t.TempDir()

	// 1. kefu serve, on an empty store.
	env, _, errOut := testEnv("", nil)
	ready := make(chan string, 1)
	env.Ready = func(url string) { ready <- url }
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() {
		done <- Run(ctx, []string{"serve", "--data", data, "--addr", "127.0.0.1:0", "--log-level", "error"}, env)
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case <-done:
		case <-time.After(15 * time.Second):
			t.Error("kefu serve did not stop")
		}
	})
	var base string
	select {
	case base = <-ready:
	case code := <-done:
		t.Fatalf("kefu serve exited with %d: %s", code, errOut.String())
	case <-time.After(30 * time.Second):
		t.Fatalf("kefu serve did not start: %s", errOut.String())
	}

	// 2. kefu shop create, while the server runs; the last line is JSON.
	out := mustRun(t, "shop", "create", "--data", data, "--id", "myteashop", "--name", "My Tea Shop",
		"--currency", "EUR", "--languages", "en,de", "--country", "DE", "--timezone", "Europe/Berlin")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	var created struct {
		Shop, APIKey, WidgetSecret string
	}
	var raw map[string]string
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &raw); err != nil {
		t.Fatalf("last line of shop create is not JSON: %q", lines[len(lines)-1])
	}
	created.Shop, created.APIKey, created.WidgetSecret = raw["shop"], raw["api_key"], raw["widget_secret"]
	if created.Shop != "myteashop" || !strings.HasPrefix(created.APIKey, "kefu_") || created.WidgetSecret == "" {
		t.Fatalf("shop create: %q", lines[len(lines)-1])
	}

	// 3a. A catalogue from CSV, with kefu import.
	csv := filepath.Join(t.TempDir(), "products.csv")
	if err := os.WriteFile(csv, []byte("sku,name,description,category,price,currency,stock\n"+
		"TEA-01,Sencha Green Tea 100 g,Steamed Japanese green tea,tea,12.90,EUR,40\n"+
		"TEA-02,Earl Grey 100 g,Black tea with bergamot,tea,8.50,EUR,0\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	mustRun(t, "import", "--data", data, "--tenant", "myteashop", "--kind", "products", csv)

	// 3b. One more product through the admin API, with the key shop create printed.
	status, body := callJSON(t, "POST", base+"/v1/products/batch", created.APIKey, map[string]any{"items": []map[string]any{
		{"sku": "POT-01", "name": "Cast Iron Teapot", "category": "teaware", "price": 4500, "stock": 3,
			"attributes": map[string]string{"name_de": "Gusseisen-Teekanne"}},
	}})
	if status != http.StatusOK {
		t.Fatalf("batch: %d %v", status, body)
	}

	// 4. The widget snippet's page is served for the new shop.
	resp, err := http.Get(base + "/widget/myteashop")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(page), "myteashop") {
		t.Fatalf("widget page: %d", resp.StatusCode)
	}

	// 5. Visitors ask about the shop's own products through the widget's
	// API, each in their language and their own conversation.
	ask := func(text string) string {
		t.Helper()
		status, body := callJSON(t, "POST", base+"/v1/widget/myteashop/conversations", "", map[string]any{})
		if status != http.StatusCreated {
			t.Fatalf("widget conversation: %d %v", status, body)
		}
		conv, token := str(body, "conversation", "id"), str(body, "token")
		status, body = callJSON(t, "POST", base+"/v1/conversations/"+conv+"/messages", token, map[string]string{"text": text})
		if status != http.StatusOK {
			t.Fatalf("post %q: %d %v", text, status, body)
		}
		return str(body, "reply", "text")
	}
	for _, tc := range []struct{ ask, want string }{
		{"How much is the Sencha green tea?", "costs €12.90"},
		{"Is the Earl Grey in stock?", "Earl Grey 100 g is out of stock"},
		{"Wie viel kostet die Gusseisen-Teekanne?", "45,00"},
	} {
		got := ask(tc.ask)
		t.Logf("%s -> %s", tc.ask, got)
		if !strings.Contains(got, tc.want) {
			t.Errorf("%q: reply %q does not say %q", tc.ask, got, tc.want)
		}
	}
}

// mustRun runs a kefu command and returns its standard output.
func mustRun(tb testing.TB, args ...string) string {
	tb.Helper()
	env, out, errOut := testEnv("", nil)
	if code := Run(context.Background(), args, env); code != 0 {
		tb.Fatalf("kefu %s: exit %d: %s", strings.Join(args, " "), code, errOut.String())
	}
	return out.String()
}

// TestAdminChangesReachAnswersAtOnce changes a price and an article
// through the admin API of a running server and asks again at once: the
// next answer uses the new data, with no cache lag on the node that made
// the change.
func TestAdminChangesReachAnswersAtOnce(t *testing.T) {
	d := MustStartDemo(t)
	key := d.Keys["globalmart"]
	ask := func(text string) string {
		t.Helper()
		status, body := callJSON(t, "POST", d.URL+"/v1/conversations", key, map[string]any{"language": "en"})
		if status != http.StatusCreated {
			t.Fatalf("conversation: %d %v", status, body)
		}
		conv := str(body, "conversation", "id")
		status, body = callJSON(t, "POST", d.URL+"/v1/conversations/"+conv+"/messages", key, map[string]string{"text": text})
		if status != http.StatusOK {
			t.Fatalf("post %q: %d %v", text, status, body)
		}
		return str(body, "reply", "text")
	}

	const priceQ = "How much is the SoundLeaf Air2 wireless earbuds?"
	if got := ask(priceQ); !strings.Contains(got, "259.00") {
		t.Fatalf("before: %q", got)
	}
	status, item := call(t, "GET", d.URL+"/v1/products/GM-EB-AIR2", key, "", nil)
	if status != http.StatusOK {
		t.Fatalf("get product: %d %v", status, item)
	}
	item["price"] = 19900
	if status, body := callJSON(t, "PUT", d.URL+"/v1/products/GM-EB-AIR2", key, item); status != http.StatusOK {
		t.Fatalf("put product: %d %v", status, body)
	}
	if got := ask(priceQ); !strings.Contains(got, "199.00") {
		t.Errorf("after the price change: %q", got)
	}

	const returnsQ = "How do I return an item?"
	_, art := call(t, "GET", d.URL+"/v1/articles/return-policy/en", key, "", nil)
	art["body"] = "Send it back within 60 days with the prepaid label from your account."
	if status, body := callJSON(t, "PUT", d.URL+"/v1/articles/return-policy/en", key, art); status != http.StatusOK {
		t.Fatalf("put article: %d %v", status, body)
	}
	if got := ask(returnsQ); !strings.Contains(got, "60 days") {
		t.Errorf("after the article change: %q", got)
	}
}
