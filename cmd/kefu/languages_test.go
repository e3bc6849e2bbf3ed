package main

import (
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu/compose"
	"github.com/kefu-ai/kefu/data/nlu/corpus"
	"github.com/kefu-ai/kefu/nlu/lang"
)

// trackingTurns are a customer's two turns of a tracking conversation in
// each language kefu detects: where is my parcel (no number), then the
// order number. They are written for this test and must not be corpus
// rows (checked below), so the test measures understanding, not recall.
var trackingTurns = map[string][2]string{
	"zh":      {"帮我看看我买的东西现在到哪儿了", "单号是10023"},
	"zh-Hant": {"請幫我查一下我訂的東西現在到哪裡了", "訂單號碼是10023"},
	"yue":     {"唔該幫我睇吓我啲嘢而家去到邊", "張單係10023"},
	"en":      {"could you tell me where my parcel is right now?", "it's order 10023"},
	"es":      {"¿me podrías decir por dónde va mi paquete?", "el número es el 10023"},
	"th":      {"ช่วยเช็กหน่อยค่ะว่าพัสดุของฉันถึงไหนแล้ว", "เลขคำสั่งซื้อ 10023 ค่ะ"},
	"vi":      {"bạn xem giúp mình kiện hàng của mình đang ở đâu rồi", "mã đơn là 10023"},
	"id":      {"tolong cek paket saya sekarang posisinya di mana ya", "nomor pesanannya 10023"},
	"ms":      {"boleh tolong semak parcel saya sekarang berada di mana", "nombor pesanan saya 10023"},
	"fil":     {"pakitingnan po kung nasaan na yung parcel ko ngayon", "yung order number po ay 10023"},
	"pt":      {"pode me dizer onde está minha encomenda agora?", "o número do pedido é 10023"},
	"fr":      {"pourriez-vous me dire où se trouve mon colis en ce moment ?", "c'est la commande 10023"},
	"de":      {"können Sie mir sagen, wo mein Paket gerade ist?", "die Bestellnummer lautet 10023"},
	"it":      {"potete dirmi dove si trova adesso il mio pacco?", "il numero dell'ordine è 10023"},
	"nl":      {"kunt u mij vertellen waar mijn pakket nu is?", "het bestelnummer is 10023"},
	"pl":      {"czy możecie sprawdzić, gdzie teraz jest moja paczka?", "numer zamówienia to 10023"},
	"ru":      {"подскажите, пожалуйста, где сейчас находится моя посылка?", "номер заказа 10023"},
	"ar":      {"ممكن تقولي وين وصلت شحنتي الحين؟", "رقم الطلب هو 10023"},
	"ja":      {"私の荷物が今どこにあるか教えていただけますか", "注文番号は10023です"},
	"ko":      {"제 택배가 지금 어디쯤 있는지 확인해 주실 수 있나요?", "주문번호는 10023이에요"},
	"tr":      {"kargomun şu an nerede olduğunu söyler misiniz?", "sipariş numaram 10023"},
}

// TestTrackingInEveryLanguage runs a tracking conversation end to end
// over HTTP on the real demo in each of the 21 languages kefu detects.
// c-1001 is given a second order under way (10090, paid, a panda toy),
// so the first message, with no number, is understood and answered with
// the question which of the two orders the customer means, naming both;
// the second is taken as the answer and the order's tracking comes back;
// both in the customer's language. (With one order under way the bot
// answers at once: TestChatJSON, TestSeedExamplesEndToEnd.)
func TestTrackingInEveryLanguage(t *testing.T) {
	rows, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, r := range rows {
		known[strings.ToLower(strings.TrimSpace(r.Text))] = true
	}
	for _, l := range lang.Languages() {
		turns, ok := trackingTurns[l]
		if !ok {
			t.Errorf("no tracking conversation for %s", l)
		}
		for _, s := range turns {
			if known[strings.ToLower(s)] {
				t.Errorf("%s: %q is a corpus row; write the test's own sentence", l, s)
			}
		}
	}
	c, err := compose.New()
	if err != nil {
		t.Fatal(err)
	}
	d := MustStartDemo(t)
	key := d.Keys["globalmart"]
	if code, body := callJSON(t, "PUT", d.URL+"/v1/orders/10090", key, map[string]any{"customer_external_id": "c-1001", "status": "paid",
		"lines": []map[string]any{{"sku": "GM-TOY-PANDA", "quantity": 1, "unit_price": 1590}}}); code != http.StatusOK && code != http.StatusCreated {
		t.Fatalf("second order: %d %v", code, body)
	}
	for _, l := range lang.Languages() {
		t.Run(l, func(t *testing.T) {
			turns := trackingTurns[l]
			code, body := callJSON(t, "POST", d.URL+"/v1/conversations", key, map[string]any{"customer": map[string]string{"external_id": "c-1001"}})
			if code != http.StatusCreated {
				t.Fatalf("create conversation: %d %v", code, body)
			}
			msgs := d.URL + "/v1/conversations/" + str(body, "conversation", "id") + "/messages"

			// head is a template's words before its first placeholder, in
			// the customer's language, which open the reply.
			head := func(key string) string {
				tpl := c.Text(l, key)
				return strings.TrimSpace(tpl[:strings.IndexByte(tpl, '{')])
			}

			_, body = callJSON(t, "POST", msgs, key, map[string]string{"text": turns[0]})
			reply, tr := str(body, "reply", "text"), []string{str(body, "reply", "trace", "language"), str(body, "reply", "trace", "intent"), str(body, "reply", "trace", "outcome")}
			if want := []string{l, "track_order", "ask_which_order"}; !slices.Equal(tr, want) {
				t.Fatalf("%q: language, intent, outcome %v, want %v (reply %q)", turns[0], tr, want, reply)
			}
			if h := head("ask_which_order"); !strings.HasPrefix(reply, h) || !strings.Contains(reply, "10090") || !strings.Contains(reply, "10023") {
				t.Errorf("%q: reply %q does not start with %q or does not name both orders", turns[0], reply, h)
			}

			_, body = callJSON(t, "POST", msgs, key, map[string]string{"text": turns[1]})
			reply = str(body, "reply", "text")
			if got := str(body, "reply", "trace", "outcome"); got != "tracking" {
				t.Fatalf("%q: outcome %q, want tracking (reply %q)", turns[1], got, reply)
			}
			if h := head("tracking"); !strings.HasPrefix(reply, h) || !strings.Contains(reply, "10023") || !strings.Contains(reply, "SD260100023CN") {
				t.Errorf("%q: reply %q does not start with %q or lacks the order and tracking number", turns[1], reply, h)
			}
			if got := str(body, "language"); got != "" && got != l {
				t.Errorf("conversation language %q, want %q", got, l)
			}
		})
	}
}
