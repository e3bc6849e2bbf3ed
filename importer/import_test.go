package importer_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/importer"
)

// Base data every import test starts from.
const (
	baseCustomers = `external_id,name,email,phone,language,country,vip
c-1,Siriporn Wongsakul,siriporn@example.com,+66 80 000 0001,th,TH,no
c-2,李伟,li.wei@example.com,,zh-Hans,sg,yes
`
	baseProducts = `sku,name,description,category,brand,hs_code,price,currency,stock,attributes
PB-20K,Power Bank 20000mAh,"Slim power bank,
two lines of description",electronics,PowerNest,8507.60,199.00,,420,weight_g=380;origin=CN
TEA-LJ,Longjing Tea 250 g,,tea,Jade Hill,090210,168,,0,
CASE,Phone Case,,accessories,,392690,0.5,EUR,10,
`
	baseOrders = `number,customer_external_id,status,currency,ship_to,placed_at,sku,name,quantity,unit_price
10023,c-1,shipped,THB,TH,2026-11-01T20:12:00+07:00,PB-20K,Power Bank 20000mAh,1,919.00
10023,,,,,,CASE,,2,179
10024,c-2,paid,JPY,jp,2026-11-05,TEA-LJ,Longjing Tea 250 g,3,3610
`
	baseShipments = `order_number,carrier,tracking_number,cold_chain,eta,event_at,event_status,event_location,event_description
10023,SwiftDragon Express,SD1,no,2026-11-12,2026-11-02T09:15:00+08:00,label_created,"Shenzhen, CN",Label created
10023,,SD1,,,2026-11-04T09:10:00+07:00,in_transit,"Bangkok, TH",Arrived
10023,,SD1,,,2026-11-03T14:05:00+08:00,in_transit,"Guangzhou, CN",Export customs cleared
`
	baseArticles = `key,language,title,body,tags,intents,status
shipping-times,en,How long does shipping take?,Orders leave within two days.,shipping;delivery,shipping_time,published
shipping-times,th,การจัดส่งใช้เวลานานเท่าไร,คำสั่งซื้อจะถูกส่งออกภายในสองวัน,การจัดส่ง,shipping_time,
`
)

// mustLoadBase imports the base files into a new tenant.
func mustLoadBase(t *testing.T, st kefu.Store, tenantID string) {
	t.Helper()
	MustCreateTenant(t, st, tenantID)
	for _, f := range []struct{ kind, input string }{
		{importer.KindCustomers, baseCustomers},
		{importer.KindProducts, baseProducts},
		{importer.KindOrders, baseOrders},
		{importer.KindShipments, baseShipments},
		{importer.KindArticles, baseArticles},
	} {
		MustImport(t, st, tenantID, f.kind, importer.FormatCSV, f.input)
	}
}

func TestImportCSV(t *testing.T) {
	ctx := context.Background()
	st := MustOpen(t)
	MustCreateTenant(t, st, "shop")
	for _, tc := range []struct {
		kind, input string
		want        importer.Summary
	}{
		{importer.KindCustomers, baseCustomers, importer.Summary{Tenant: "shop", Customers: 2}},
		{importer.KindProducts, baseProducts, importer.Summary{Tenant: "shop", Products: 3}},
		{importer.KindOrders, baseOrders, importer.Summary{Tenant: "shop", Orders: 2}},
		{importer.KindShipments, baseShipments, importer.Summary{Tenant: "shop", Shipments: 1, Events: 3}},
		{importer.KindArticles, baseArticles, importer.Summary{Tenant: "shop", Articles: 2}},
	} {
		t.Run(tc.kind, func(t *testing.T) {
			got := MustImport(t, st, "shop", tc.kind, "csv", tc.input)
			if fmt.Sprint(*got) != fmt.Sprint(tc.want) {
				t.Errorf("summary = %+v, want %+v", *got, tc.want)
			}
		})
	}

	// What was stored, exactly.
	c2, err := st.FindCustomerByExternalID(ctx, "shop", "c-2")
	if err != nil {
		t.Fatal(err)
	}
	if c2.Name != "李伟" || c2.Language != "zh" || c2.Country != "SG" || !c2.VIP {
		t.Errorf("customer c-2 = %+v", c2)
	}
	pb, err := st.FindProductBySKU(ctx, "shop", "PB-20K")
	if err != nil {
		t.Fatal(err)
	}
	if pb.Price != 19900 || pb.Currency != "CNY" || pb.HSCode != "850760" || pb.Stock != 420 ||
		pb.Attributes["weight_g"] != "380" || !strings.Contains(pb.Description, "\n") {
		t.Errorf("product PB-20K = %+v", pb)
	}
	if cs, _ := st.FindProductBySKU(ctx, "shop", "CASE"); cs == nil || cs.Price != 50 || cs.Currency != "EUR" {
		t.Errorf("product CASE = %+v, want 50 EUR cents", cs)
	}
	o, err := st.FindOrderByNumber(ctx, "shop", "10023")
	if err != nil {
		t.Fatal(err)
	}
	c1, _ := st.FindCustomerByExternalID(ctx, "shop", "c-1")
	if o.CustomerID != c1.ID || o.Total != 91900+2*17900 || o.Currency != "THB" || len(o.Lines) != 2 ||
		o.Lines[1].Name != "Phone Case" || !o.PlacedAt.Equal(time.Date(2026, 11, 1, 13, 12, 0, 0, time.UTC)) {
		t.Errorf("order 10023 = %+v", o)
	}
	jp, err := st.FindOrderByNumber(ctx, "shop", "10024")
	if err != nil {
		t.Fatal(err)
	}
	shanghai, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		shanghai = time.UTC // no zone data here: plain dates fall back to UTC
	}
	if jp.Total != 3*3610 || jp.ShipTo != "JP" || !jp.PlacedAt.Equal(time.Date(2026, 11, 5, 0, 0, 0, 0, shanghai)) {
		t.Errorf("order 10024 = %+v (JPY has no minor unit; plain dates are in the shop's zone)", jp)
	}
	ss, err := st.FindShipmentsByOrder(ctx, "shop", o.ID)
	if err != nil || len(ss) != 1 {
		t.Fatalf("shipments of 10023 = %v, %v", ss, err)
	}
	if s := ss[0]; s.Status != "in_transit" || s.LatestEvent().Location != "Bangkok, TH" || s.ETA == nil {
		t.Errorf("shipment = %+v; want the newest event's status and an ETA", s)
	}
	as, err := st.FindArticles(ctx, kefu.ArticleFilter{TenantID: "shop", Language: "th"})
	if err != nil || len(as) != 1 {
		t.Fatalf("th articles = %v, %v", as, err)
	}
	if as[0].Status != kefu.ArticleDraft || as[0].Intents[0] != "shipping_time" {
		t.Errorf("th article = %+v; an empty status is draft", as[0])
	}
}

func TestImportJSON(t *testing.T) {
	ctx := context.Background()
	st := MustOpen(t)
	MustCreateTenant(t, st, "shop")
	for _, tc := range []struct {
		kind, input string
		want        importer.Summary
	}{
		{importer.KindCustomers, `[{"external_id": "c-1", "name": "Lucía", "language": "es", "country": "ES"}]`,
			importer.Summary{Tenant: "shop", Customers: 1}},
		{importer.KindProducts, `[
			{"sku": "A", "name": "Scarf", "price": 32800, "hs_code": "621410", "attributes": {"material": "silk"}},
			{"sku": "B", "name": "Tea", "price": "12.50", "currency": "EUR", "stock": 3}
		]`, importer.Summary{Tenant: "shop", Products: 2}},
		{importer.KindOrders, `[{"number": "10001", "customer_external_id": "c-1", "status": "delivered", "currency": "EUR",
			"placed_at": "2026-10-02T10:14:00+02:00", "total": 8200,
			"lines": [{"sku": "A", "name": "Scarf", "quantity": 2, "unit_price": "41.00"}]}]`,
			importer.Summary{Tenant: "shop", Orders: 1}},
		{importer.KindShipments, `[{"order_number": "10001", "carrier": "SwiftDragon", "tracking_number": "SD9", "cold_chain": true,
			"events": [{"at": "2026-10-03T10:20:00+08:00", "status": "label_created"},
			           {"at": "2026-10-10T13:47:00+02:00", "status": "delivered", "location": "Valencia, ES"}]}]`,
			importer.Summary{Tenant: "shop", Shipments: 1, Events: 2}},
		{importer.KindArticles, `[{"key": "Contact", "language": "zh-Hans", "title": "联系我们", "body": "每天9:00至21:00在线。",
			"tags": ["联系"], "intents": ["contact"], "status": "published"}]`,
			importer.Summary{Tenant: "shop", Articles: 1}},
	} {
		t.Run(tc.kind, func(t *testing.T) {
			got := MustImport(t, st, "shop", tc.kind, "json", tc.input)
			if fmt.Sprint(*got) != fmt.Sprint(tc.want) {
				t.Errorf("summary = %+v, want %+v", *got, tc.want)
			}
		})
	}
	if b, _ := st.FindProductBySKU(ctx, "shop", "B"); b == nil || b.Price != 1250 {
		t.Errorf("product B = %+v, want 1250", b)
	}
	if a, _ := st.FindProductBySKU(ctx, "shop", "A"); a == nil || a.Price != 32800 || a.Currency != "CNY" {
		t.Errorf("product A = %+v, want 32800 CNY", a)
	}
	as, _ := st.FindArticles(ctx, kefu.ArticleFilter{TenantID: "shop"})
	if len(as) != 1 || as[0].Key != "contact" || as[0].Language != "zh" {
		t.Errorf("articles = %+v", as)
	}
}

// TestImportBad checks that each kind of bad input is reported at the
// right line and that nothing of a bad file is stored.
func TestImportBad(t *testing.T) {
	ctx := context.Background()
	st := MustOpen(t)
	mustLoadBase(t, st, "shop")
	before := takeSnapshot(t, st, "shop")

	many := "sku,name,price\n"
	for i := 0; i < 25; i++ {
		many += fmt.Sprintf("S%d,Name,%d,5x\n", i, i) // four fields in a three-column file
	}

	for _, tc := range []struct {
		name, kind, format, input string
		want                      []string // every problem, in order
	}{
		{"wrong column count", "products", "csv", "sku,name,price\nA,Alpha,1.00\nB,Beta,2.00,extra\n",
			[]string{"line 3: has 4 fields, want 3 (one per header column)"}},
		{"missing required field", "products", "csv", "sku,name,price\nA,,1.00\n",
			[]string{"line 2: name is required"}},
		{"bad decimal", "products", "csv", "sku,name,price\nA,Alpha,1.00\nB,Beta,2\nC,Gamma,3\nD,Delta,4\nE,Epsilon,5\nF,Zeta,12,5x\n",
			[]string{"line 7: has 4 fields, want 3 (one per header column)"}},
		{"bad price", "products", "csv", "sku,name,price\nA,Alpha,1.00\nB,Beta,2\nC,Gamma,3\nD,Delta,4\nE,Epsilon,5\nF,Zeta,\"12,5x\"\n",
			[]string{`line 7: price "12,5x" is not a decimal amount (like "12.50")`}},
		{"decimal comma", "products", "csv", "sku,name,price\nA,Alpha,\"12,50\"\n",
			[]string{`line 2: price "12,50" is not a decimal amount (write decimals with a dot, like "12.50")`}},
		{"too many decimals", "products", "csv", "sku,name,price,currency\nA,Alpha,1.005,EUR\nB,Beta,12.5,JPY\n",
			[]string{`line 2: price "1.005" has more than 2 decimals`,
				`line 3: price "12.5" has decimals, but the currency has no minor unit`}},
		{"bad number", "products", "csv", "sku,name,price,stock\nA,Alpha,1,many\nB,Beta,1,-2\n",
			[]string{`line 2: stock "many" is not a whole number`, "line 3: stock -2 is less than 0"}},
		{"bad hs code", "products", "csv", "sku,name,price,hs_code\nA,Alpha,1,85.07\nB,Beta,1,770000\nC,Gamma,1,85076000001\n",
			[]string{`line 2: hs_code "85.07" is not an HS code (want 6 to 10 digits, like 850760)`,
				`line 3: hs_code "770000": chapter 77 does not exist`,
				`line 4: hs_code "85076000001" is not an HS code (want 6 to 10 digits, like 850760)`}},
		{"bad attributes", "products", "csv", "sku,name,price,attributes\nA,Alpha,1,weight\n",
			[]string{`line 2: attributes: "weight" is not key=value (write k=v;k=v)`}},
		{"duplicate sku", "products", "csv", "sku,name,price\nA,Alpha,1\nA,Again,2\n",
			[]string{`line 3: sku "A" repeats line 2`}},
		{"line numbers count quoted newlines", "products", "csv",
			"sku,name,description,price\nA,Alpha,\"one\ntwo\nthree\",1\nB,Beta,,x\n",
			[]string{`line 5: price "x" is not a decimal amount (like "12.50")`}},
		{"invalid utf-8", "customers", "csv", "external_id,name\nc-new,Bad \xff name\n",
			[]string{`line 2: column "name" is not valid UTF-8`}},
		{"bad language and country", "customers", "csv", "external_id,language,country\nc-new,english,UK\n",
			[]string{`line 2: language "english" is not a language code like "en", "zh" or "th"`,
				`line 2: country "UK" is not an ISO 3166-1 code: use "GB"`}},
		{"existing customer", "customers", "csv", "external_id,name\nc-new,New\nc-1,Again\n",
			[]string{`line 3: customer "c-1" already exists`}},
		{"bad email and vip", "customers", "csv", "external_id,email,vip\nc-new,not-an-address,maybe\n",
			[]string{`line 2: vip "maybe" is not true or false`, `line 2: email "not-an-address" is not an e-mail address`}},
		{"bad date", "orders", "csv", "number,customer_external_id,status,placed_at,sku,quantity,unit_price\n10031,c-1,paid,2026-13-01,A,1,1\n",
			[]string{`line 2: placed_at "2026-13-01" is not a date (want RFC 3339 like 2026-11-02T09:15:00+08:00, or 2026-11-02)`}},
		{"unknown customer", "orders", "csv", "number,customer_external_id,status,sku,name,quantity,unit_price\n10031,c-1,paid,A,Alpha,1,1\n10032,c-404,paid,A,Alpha,1,1\n",
			[]string{`line 3: customer_external_id "c-404": no such customer (import customers first)`}},
		{"existing order", "orders", "csv", "number,customer_external_id,status,sku,name,quantity,unit_price\n10023,c-1,paid,A,Alpha,1,1\n",
			[]string{`line 2: order "10023" already exists`}},
		{"order rows disagree", "orders", "csv", "number,customer_external_id,status,currency,sku,name,quantity,unit_price\n10031,c-1,paid,EUR,A,Alpha,1,1\n10031,c-1,paid,THB,B,Beta,1,1\n",
			[]string{`line 3: order 10031: currency "THB" differs from "EUR" on line 2`}},
		{"order number pattern", "orders", "csv", "number,customer_external_id,status,sku,name,quantity,unit_price\nX-1,c-1,paid,A,Alpha,1,1\n",
			[]string{`line 2: number "X-1" does not match the shop's order_number_pattern \b1\d{4}\b, so customers could not quote it`}},
		{"bad quantity and status", "orders", "csv", "number,customer_external_id,status,sku,name,quantity,unit_price\n10031,c-1,sent,A,Alpha,0,1\n",
			[]string{"line 2: quantity 0 is less than 1", `line 2: status "sent" is not one of pending, paid, shipped, delivered, cancelled, returned`}},
		{"unnamed line of unknown sku", "orders", "csv", "number,customer_external_id,status,sku,quantity,unit_price\n10031,c-1,paid,NOPE,1,1\n",
			[]string{`line 2: name is required: sku "NOPE" is not in the catalogue`}},
		{"unknown order", "shipments", "csv", "order_number,carrier,tracking_number,event_at,event_status\n10023,X,SD2,2026-11-02,in_transit\n99999,X,SD3,2026-11-02,in_transit\n",
			[]string{`line 3: order_number "99999": no such order`}},
		{"bad event", "shipments", "csv", "order_number,carrier,tracking_number,event_at,event_status\n10023,X,SD2,yesterday,lost\n",
			[]string{`line 2: event_at "yesterday" is not a date (want RFC 3339 like 2026-11-02T09:15:00+08:00, or 2026-11-02)`,
				`line 2: event_status "lost" is not one of label_created, in_transit, customs, out_for_delivery, delivered, exception`}},
		{"bad article", "articles", "csv", "key,language,title,body,intents,status\nReturn Policy,en,Returns,,track order,live\n",
			[]string{`line 2: key "Return Policy" is not a key like "return-policy" (letters, digits, '.', '_' or '-')`,
				"line 2: body is required", `line 2: intent "track order" is not an intent name like "track_order"`,
				`line 2: status "live" is not one of draft, in_review, published`}},
		{"unknown column", "articles", "csv", "key,language,title,body,author\n",
			[]string{`line 1: unknown column "author" (the columns are key,language,title,body,tags,intents,status)`}},
		{"missing column", "articles", "csv", "key,title,body\nk,t,b\n",
			[]string{`line 1: the header has no "language" column`}},
		{"empty file", "customers", "csv", "",
			[]string{"line 1: the file is empty: want a header row like external_id,name,email,phone,language,country,vip"}},
		{"bad quoting", "customers", "csv", "external_id,name\nc-new,\"Open\nc-9,x\n",
			[]string{`line 2: extraneous or missing " in quoted-field (at line 3, column 7)`}},

		{"json element and line", "products", "json", "[\n  {\"sku\": \"A\", \"name\": \"Alpha\", \"price\": 100},\n  {\"sku\": \"B\", \"name\": \"Beta\",\n   \"price\": \"12,5x\"}\n]",
			[]string{`line 3 (element 1): price "12,5x" is not a decimal amount (like "12.50")`}},
		{"json fractional minor units", "products", "json", `[{"sku": "A", "name": "Alpha", "price": 12.5}]`,
			[]string{`line 1 (element 0): price 12.5 is not a whole number of minor units (write 1250, or the string "12.50")`}},
		{"json unknown field", "products", "json", "[\n{\"sku\": \"A\", \"name\": \"Alpha\", \"prise\": 1}]",
			[]string{`line 2 (element 0): unknown field "prise"`}},
		{"json wrong type", "orders", "json", `[{"number": "10031", "customer_external_id": "c-1", "status": "paid",
			"lines": [{"sku": "A", "name": "Alpha", "quantity": "two", "unit_price": 1}]}]`,
			[]string{`line 1 (element 0): lines.quantity: want a whole number, not a JSON string`}},
		{"json total mismatch", "orders", "json", `[{"number": "10031", "customer_external_id": "c-1", "status": "paid", "total": 5,
			"lines": [{"sku": "A", "name": "Alpha", "quantity": 2, "unit_price": 1}]}]`,
			[]string{`line 1 (element 0): total 5 is not the sum of the lines, 2 (minor units of CNY)`}},
		{"json nested event", "shipments", "json", "[{\"order_number\": \"10023\", \"carrier\": \"X\", \"tracking_number\": \"SD5\",\n \"events\": [{\"at\": \"2026-11-02\"}]}]",
			[]string{"line 1 (element 0, events[0]): event_status is required"}},
		{"json syntax", "customers", "json", "[\n{\"external_id\": \"c-new\"},\n{\"external_id\": }\n]",
			[]string{"line 3: invalid JSON: invalid character '}' looking for beginning of value"}},
		{"json not an array", "customers", "json", `{"external_id": "c-new"}`,
			[]string{"line 1: want a JSON array, not {"}},
		{"json invalid utf-8", "customers", "json", "[{\"external_id\": \"c-new\", \"name\": \"\xff\"}]",
			[]string{"line 1 (element 0): not valid UTF-8"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sum, err := importer.Import(ctx, st, "shop", tc.kind, tc.format, strings.NewReader(tc.input))
			if kefu.ErrorCode(err) != kefu.EINVALID {
				t.Fatalf("err = %v, want EINVALID", err)
			}
			var got []string
			for _, p := range sum.Problems {
				got = append(got, p.String())
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not name %q", err, w)
				}
			}
			if after := takeSnapshot(t, st, "shop"); after != before {
				t.Errorf("store changed by a rejected file: %+v, was %+v", after, before)
			}
		})
	}

	t.Run("only the first problems are listed", func(t *testing.T) {
		sum, err := importer.Import(ctx, st, "shop", "products", "csv", strings.NewReader(many))
		if kefu.ErrorCode(err) != kefu.EINVALID || len(sum.Problems) != importer.MaxProblems {
			t.Fatalf("got %d problems, err %v", len(sum.Problems), err)
		}
		msg := kefu.ErrorMessage(err)
		if !strings.HasPrefix(msg, "25 problems, nothing was imported:\nline 2: ") || !strings.HasSuffix(msg, "line 21: has 4 fields, want 3 (one per header column)\n(5 more not shown)") {
			t.Errorf("message:\n%s", msg)
		}
	})
}

func TestImportArguments(t *testing.T) {
	ctx := context.Background()
	st := MustOpen(t)
	MustCreateTenant(t, st, "shop")
	for _, tc := range []struct {
		name, tenant, kind, format string
		code                       string
	}{
		{"unknown kind", "shop", "invoices", "csv", kefu.EINVALID},
		{"unknown format", "shop", "products", "xlsx", kefu.EINVALID},
		{"unknown tenant", "nope", "products", "csv", kefu.ENOTFOUND},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := importer.Import(ctx, st, tc.tenant, tc.kind, tc.format, strings.NewReader("sku,name,price\n"))
			if kefu.ErrorCode(err) != tc.code {
				t.Errorf("err = %v, want %s", err, tc.code)
			}
		})
	}
	if _, err := importer.Import(ctx, st, "shop", "Products", "CSV", strings.NewReader("\ufeffSKU,Name,Price\nA,Alpha,1\n")); err != nil {
		t.Errorf("a BOM and upper-case names should be accepted: %v", err)
	}
}

// TestImportShipmentUpdates checks that importing a carrier feed again
// appends only the new scans.
func TestImportShipmentUpdates(t *testing.T) {
	ctx := context.Background()
	st := MustOpen(t)
	mustLoadBase(t, st, "shop")
	update := baseShipments +
		"10023,SwiftDragon Express,SD1,no,2026-11-12,2026-11-06T08:45:00+07:00,out_for_delivery,\"Bangkok, TH\",Out for delivery\n" +
		"10023,SwiftDragon Express,SD1,no,2026-11-12,2026-11-01T08:00:00+08:00,label_created,\"Shenzhen, CN\",Earlier scan\n"
	got := MustImport(t, st, "shop", "shipments", "csv", update)
	want := importer.Summary{Tenant: "shop", Events: 1, Skipped: 1}
	if fmt.Sprint(*got) != fmt.Sprint(want) {
		t.Errorf("summary = %+v, want %+v", *got, want)
	}
	o, _ := st.FindOrderByNumber(ctx, "shop", "10023")
	ss, err := st.FindShipmentsByOrder(ctx, "shop", o.ID)
	if err != nil || len(ss) != 1 {
		t.Fatalf("shipments = %v, %v", ss, err)
	}
	if ss[0].Status != "out_for_delivery" || len(ss[0].Events) != 4 {
		t.Errorf("shipment = %+v, want 4 events, out_for_delivery", ss[0])
	}
}

// TestArticleStatus checks the article statuses an import accepts,
// including "review", the name in_review had before revisions were kept.
func TestArticleStatus(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		status string
		want   kefu.ArticleStatus
	}{
		{"", kefu.ArticleDraft},
		{"draft", kefu.ArticleDraft},
		{"in_review", kefu.ArticleReview},
		{"review", kefu.ArticleReview},
		{"published", kefu.ArticlePublished},
	} {
		t.Run(tc.status, func(t *testing.T) {
			st := MustOpen(t)
			MustCreateTenant(t, st, "shop")
			MustImport(t, st, "shop", importer.KindArticles, "csv",
				"key,language,title,body,status\nreturns,en,Returns,Within 14 days.,"+tc.status+"\n")
			as, err := st.FindArticles(ctx, kefu.ArticleFilter{TenantID: "shop"})
			if err != nil || len(as) != 1 || as[0].Status != tc.want {
				t.Fatalf("articles = %+v, %v; want one with status %q", as, err, tc.want)
			}
		})
	}
}
