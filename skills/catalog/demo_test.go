package catalog_test

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/importer"
	"github.com/kefu-ai/kefu/nlu"
	"github.com/kefu-ai/kefu/skills/catalog"
	"github.com/kefu-ai/kefu/sqlite"
)

// TestDemoShops runs real phrasings through the shipped NLU model and the
// skill over the demo shops, one conversation per shop (follow-ups use
// the remembered product), and checks the composed replies. Each turn
// must also be one a policy sends here: a confident catalogue intent, or
// one that Claims recognises.
func TestDemoShops(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "kefu.db"), clock)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := importer.LoadDemo(ctx, db, clock); err != nil {
		t.Fatal(err)
	}
	und, err := nlu.NewDefault(nil, db, clock)
	if err != nil {
		t.Fatal(err)
	}
	comp := MustCompose(t)
	skill := &catalog.Skill{Products: db, Promotions: db, Now: clock}
	const threshold = 0.7 // dialog.DefaultThreshold
	for _, shop := range []struct {
		tenant string
		turns  []struct{ text, outcome, reply string }
	}{
		{"globalmart", []struct{ text, outcome, reply string }{
			{"how much is the power bank?", catalog.OutcomeChooseProduct, "• PowerNest 20000mAh Power Bank, USB-C PD 22.5W (GM-PB-20K)"},
			{"any promotions right now?", catalog.OutcomePromotions, "• 8% off your next cross-border order (code GM-THANKS8)"},
			{"有什么优惠活动吗？", catalog.OutcomePromotions, "• 下一单跨境订单享九二折（优惠码：GM-THANKS8）"},
			{"¿Hay alguna promoción?", catalog.OutcomePromotions, "• 8% de descuento en tu próximo pedido (código GM-THANKS8)"},
			{"¿cuánto cuesta el jersey de cachemira?", catalog.OutcomePrice, "Jersey de cachemira de cuello redondo cuesta 1503,00 CN¥."},
			{"and is it in stock?", catalog.OutcomeInStock, "Cashmere Crew-Neck Sweater is in stock."},
			{"移动电源多少钱", catalog.OutcomePrice, "PowerNest 20000毫安移动电源 22.5W快充的售价是¥199.00。"},
			{"还有货吗？", catalog.OutcomeInStock, "好消息：PowerNest 20000毫安移动电源 22.5W快充有现货。"},
			{"What's the price of the SoundLeaf earbuds?", catalog.OutcomePrice, "SoundLeaf Air2 Wireless Earbuds costs CN¥259.00."},
		}},
		{"glowlab", []struct{ text, outcome, reply string }{
			{"how much is the vitamin c serum?", catalog.OutcomePrice, "Vitamin C 15% Brightening Serum, 30 ml costs €32.00."},
			{"¿cuánto cuesta el sérum de retinol?", catalog.OutcomeChooseProduct, "• Retinol 1% Intensive Serum, 30 ml (GL-SER-RET1)"},
			{"维C精华多少钱", catalog.OutcomePrice, "15%维C亮肤精华的售价是€32.00。"},
			{"what shades does the matte foundation come in?", catalog.OutcomeShades, "comes in 12 shades"},
			{"any discounts?", catalog.OutcomePromotions, "a free travel-size serum with your next order (code GLOWGIFT)"},
		}},
		{"freshfarm", []struct{ text, outcome, reply string }{
			{"三文鱼多少钱", catalog.OutcomeChooseProduct, "• 刺身级三文鱼块 300克 (FF-SAL-SASHIMI)"},
			{"how much are the strawberries?", catalog.OutcomePrice, "Korean Strawberries, 330 g costs S$12.90."},
			{"do you have blueberries in stock?", catalog.OutcomeInStock, "Blueberries, 250 g is in stock."},
			{"ada promosi tak?", catalog.OutcomePromotions, "(kod FRESH5)"},
			{"berapa harga susu segar?", catalog.OutcomePrice, "Harga Susu segar penuh krim 2 L ialah S$6.90."},
		}},
	} {
		tn, err := db.FindTenantByID(ctx, shop.tenant)
		if err != nil {
			t.Fatal(err)
		}
		conv := &kefu.Conversation{TenantID: tn.ID, Slots: map[string]string{}}
		for _, turn := range shop.turns {
			u, err := und.Understand(ctx, kefu.UnderstandRequest{Tenant: tn, Text: turn.text})
			if err != nil {
				t.Fatal(err)
			}
			conv.Language = u.Language
			st := &kefu.TurnState{Tenant: tn, Conversation: conv, Message: &kefu.Message{Text: turn.text}, Understanding: u}
			confident := slices.Contains(skill.Intents(), u.Intent) && u.Confidence >= threshold
			if !confident && !catalog.Claims(st) {
				t.Errorf("%s %q: %s %.2f (alternatives %v) would not reach the skill", shop.tenant, turn.text, u.Intent, u.Confidence, u.Alternatives)
			}
			res, err := skill.Run(ctx, st)
			if err != nil {
				t.Fatal(err)
			}
			for k, v := range res.SetSlots {
				conv.Slots[k] = v
			}
			reply := comp.Compose(ctx, u.Language, res)
			if res.Outcome != turn.outcome || !strings.Contains(reply, turn.reply) {
				t.Errorf("%s %q (%s %.2f %v):\n got %s: %q\nwant %s containing %q", shop.tenant, turn.text, u.Intent, u.Confidence, u.Entities, res.Outcome, reply, turn.outcome, turn.reply)
			}
		}
	}
}
