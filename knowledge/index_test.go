package knowledge_test

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/knowledge"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Where is the Envío?", []string{"where", "envio"}},
		{"退货政策", []string{"退", "退货", "货", "货政", "政", "政策", "策"}},
		{"Return 退货", []string{"return", "退", "退货", "货"}},
		{"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := knowledge.Tokenize(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func testArticles() []*kefu.Article {
	return []*kefu.Article{
		{ID: "a1", Language: "en", Title: "Return policy", Body: "You can return any item within 14 days for a full refund.", Intents: []string{"return_policy"}},
		{ID: "a2", Language: "en", Title: "Shipping times", Body: "Orders to Europe arrive in 7 to 12 days; Thailand 5 to 8 days.", Intents: []string{"shipping_time"}},
		{ID: "a3", Language: "zh", Title: "退货政策", Body: "收到商品14天内可以无理由退货，退款原路返回。", Intents: []string{"return_policy"}},
		{ID: "a4", Language: "zh", Title: "配送时效", Body: "发往欧洲的订单7到12天送达，泰国5到8天。", Intents: []string{"shipping_time"}},
		{ID: "a5", Language: "th", Title: "ระยะเวลาจัดส่ง", Body: "สินค้าส่งถึงประเทศไทยภายใน 5 ถึง 8 วัน", Intents: []string{"shipping_time"}},
	}
}

func TestSearch(t *testing.T) {
	ix := knowledge.NewIndex(testArticles())
	tests := []struct {
		query, lang, want string
	}{
		{"how do I return an item and get a refund", "en", "a1"},
		{"how many days does shipping to Thailand take", "en", "a2"},
		{"我想退货", "zh", "a3"},
		{"寄到泰国要几天", "zh", "a4"},
		{"จัดส่งกี่วัน", "th", "a5"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			hits := ix.Search(tt.query, tt.lang, 3)
			if len(hits) == 0 || hits[0].Article.ID != tt.want {
				t.Fatalf("Search(%q) = %v, want %s first", tt.query, hits, tt.want)
			}
			if hits[0].Coverage <= 0 || hits[0].Coverage > 1 {
				t.Fatalf("coverage %v out of (0,1]", hits[0].Coverage)
			}
		})
	}
	if got := ix.ByIntent("return_policy", "zh"); len(got) != 2 || got[0].ID != "a3" {
		t.Fatalf("ByIntent zh = %v, want a3 first", got)
	}
}

func BenchmarkSearch10k(b *testing.B) {
	var arts []*kefu.Article
	base := testArticles()
	for i := 0; i < 10000; i++ {
		a := *base[i%len(base)]
		a.ID = fmt.Sprintf("a%d", i)
		a.Title = fmt.Sprintf("%s %d", a.Title, i)
		arts = append(arts, &a)
	}
	ix := knowledge.NewIndex(arts)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ix.Search("how many days does shipping to Thailand take", "en", 5)
	}
}

func TestSynonymsExpand(t *testing.T) {
	syn := knowledge.NewSynonyms([][]string{{"充电宝", "移动电源"}, {"parcel", "package"}, {"solo"}, {"", " "}})
	if syn.Len() != 2 {
		t.Fatalf("Len = %d, want 2 (groups of one phrase are ignored)", syn.Len())
	}
	tests := []struct{ in, want string }{
		{"我的移动电源坏了", "我的充电宝坏了 移动电源"},
		{"Where is my Package?", "where is my parcel? package"},
		{"packages", "packages"}, // whole words only
		{"nothing here", "nothing here"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := syn.Expand(tt.in); got != tt.want {
				t.Errorf("Expand(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
	var none *knowledge.Synonyms
	if got := none.Expand("parcel"); got != "parcel" || none.Len() != 0 {
		t.Errorf("nil Synonyms changed the query: %q", got)
	}
}

func TestMatch(t *testing.T) {
	ix := knowledge.NewIndex(testArticles())
	syn := knowledge.NewSynonyms([][]string{{"退货", "退回"}})
	tests := []struct {
		name, query, lang string
		syn               *knowledge.Synonyms
		want              string
		min, max          float64 // bounds on the first hit's Match
	}{
		{"same question", "return policy", "en", nil, "a1", 0.99, 1},
		{"close question", "退货政策是什么", "zh", nil, "a3", 0.6, 1},
		{"words in the body only", "thailand", "en", nil, "a2", 0, 0.01},
		{"synonym", "退回政策", "zh", syn, "a3", 0.99, 1},
		{"synonym missing", "退回政策", "zh", nil, "a3", 0, 0.8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits := ix.Find(knowledge.Query{Text: tt.query, Language: tt.lang, K: 3, Synonyms: tt.syn})
			if len(hits) == 0 || hits[0].Article.ID != tt.want {
				t.Fatalf("Find(%q) = %v, want %s first", tt.query, hits, tt.want)
			}
			if m := hits[0].Match; m < tt.min || m > tt.max {
				t.Errorf("Match = %.3f, want in [%.2f, %.2f]", m, tt.min, tt.max)
			}
		})
	}
}

// BenchmarkFind10k searches 10,000 articles in six languages (the test
// articles with templated products and destinations) with synonyms, for
// questions in several languages, as the knowledge skill does.
func BenchmarkFind10k(b *testing.B) {
	products := map[string][]string{
		"en": {"power bank", "phone case", "serum", "salmon", "headphones", "toy"},
		"zh": {"充电宝", "手机壳", "精华液", "三文鱼", "耳机", "玩具"},
		"th": {"พาวเวอร์แบงค์", "เคสโทรศัพท์", "เซรั่ม", "แซลมอน", "หูฟัง", "ของเล่น"},
	}
	places := []string{"Thailand", "Italy", "Germany", "Spain", "Japan", "Malaysia", "泰国", "意大利", "德国"}
	var arts []*kefu.Article
	base := testArticles()
	for i := 0; i < 10000; i++ {
		a := *base[i%len(base)]
		ps := products[a.Language]
		v := i / len(base)
		a.ID = fmt.Sprintf("a%d", i)
		a.Title = fmt.Sprintf("%s %s %s", a.Title, ps[v%len(ps)], places[(v/len(ps))%len(places)])
		arts = append(arts, &a)
	}
	ix := knowledge.NewIndex(arts)
	syn := knowledge.NewSynonyms([][]string{{"充电宝", "移动电源"}, {"parcel", "package"}})
	queries := []knowledge.Query{
		{Text: "how many days does shipping to Thailand take", Language: "en"},
		{Text: "移动电源寄到德国要几天", Language: "zh"},
		{Text: "จัดส่งกี่วัน", Language: "th"},
		{Text: "can I return my parcel for a refund", Language: ""},
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		q := queries[i%len(queries)]
		q.K, q.Synonyms = 10, syn
		ix.Find(q)
	}
}
