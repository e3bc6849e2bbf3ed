package importer

import (
	"fmt"
	"testing"
	"unicode/utf8"

	"github.com/kefu-ai/kefu"
)

// FuzzImportCSV feeds arbitrary bytes to the CSV reader and checks of
// every kind: they must never panic, and every problem must be a
// readable, located message.
func FuzzImportCSV(f *testing.F) {
	seeds := []string{
		"sku,name,description,category,brand,hs_code,price,currency,stock,attributes\nA,Alpha,\"x\ny\",c,b,8507.60,12.50,EUR,3,k=v;a=b\n",
		"number,customer_external_id,status,currency,ship_to,placed_at,sku,name,quantity,unit_price\n10023,c-1,paid,JPY,TH,2026-11-02,A,,2,1200\n10023,,,,,,B,b,1,1\n",
		"order_number,carrier,tracking_number,cold_chain,eta,event_at,event_status,event_location,event_description\n1,X,T,yes,2026-11-02T09:15:00+08:00,2026-11-02,in_transit,a,b\n",
		"key,language,title,body,tags,intents,status\nk,zh-Hant,标题,正文,a;b,track_order,published\n",
		"external_id,name,email,phone,language,country,vip\nc-1,ศิริพร,a@b,1,th,th,1\n",
		"\ufeffsku,name,price\n\"A,1\n",
		"sku,name,price\nA,B,99999999999999999999.99\n",
	}
	for i, s := range seeds {
		f.Add(uint8(i), []byte(s))
	}
	kinds := Kinds()
	sh := newShop(&kefu.Tenant{ID: "shop", Settings: kefu.TenantSettings{Currency: "CNY", OrderNumberPattern: `\b1\d{4}\b`}})
	f.Fuzz(func(t *testing.T, k uint8, data []byte) {
		ps := &problems{}
		b := parseInput(sh, kinds[int(k)%len(kinds)], FormatCSV, data, ps)
		if b == nil {
			t.Fatal("nil batch")
		}
		for _, p := range ps.list {
			if p.Message == "" || p.Line < 0 || !utf8.ValidString(p.Message) && utf8.Valid(data) {
				t.Errorf("bad problem %+v", p)
			}
		}
		if ps.count() > 0 && invalidInput("fuzz", ps) == nil {
			t.Error("no error for problems")
		}
		// Whatever passed the checks must be storable as is.
		for _, o := range b.orders {
			var sum int64
			for _, l := range o.order.Lines {
				sum += int64(l.Quantity) * l.UnitPrice
			}
			if sum != o.order.Total || o.order.Total < 0 {
				t.Errorf("order total %d, lines sum %d", o.order.Total, sum)
			}
		}
		for _, p := range b.products {
			if p.v.Price < 0 || p.v.SKU == "" || (p.v.HSCode != "" && (len(p.v.HSCode) < 6 || len(p.v.HSCode) > 10)) {
				t.Errorf("product %s", fmt.Sprint(*p.v))
			}
		}
	})
}
