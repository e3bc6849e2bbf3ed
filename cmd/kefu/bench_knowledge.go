package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/data"
	"github.com/kefu-ai/kefu/knowledge"
	"github.com/kefu-ai/kefu/skills/faq"
	"github.com/kefu-ai/kefu/sqlite"
)

// benchArticles is how many articles the knowledge scenario indexes.
const benchArticles = 10000

// knowledgeResult is the last line of "kefu bench --scenario knowledge".
type knowledgeResult struct {
	Scenario string  `json:"scenario"`
	Articles int     `json:"articles"`
	N        int     `json:"n"`
	PerSec   float64 `json:"per_s"`
	P50MS    float64 `json:"p50_ms"`
	P99MS    float64 `json:"p99_ms"`
	BuildMS  float64 `json:"build_ms"`
	Answered float64 `json:"answered"` // share of questions answered from an article
}

// benchQueries are customer questions in several languages, some close to
// an article's question, some only sharing words, some about nothing the
// shop wrote.
var benchQueries = []string{
	"how long does shipping take to Thailand?", "can I return the power bank?", "which payment methods do you accept",
	"where is my parcel", "do I pay customs duties in Italy?", "what is the weather in Paris",
	"配送需要多长时间？", "移动电源可以寄到德国吗", "怎么退货退款", "关税怎么算", "你们支持哪些付款方式", "今天天气怎么样",
	"¿cuánto tarda el envío a España?", "¿cómo devuelvo un producto?", "aduanas e impuestos",
	"การจัดส่งใช้เวลานานเท่าไร", "คืนสินค้าได้ไหม", "ชำระเงินด้วยวิธีใดได้บ้าง",
	"Wie lange dauert der Versand nach Deutschland?", "Rückgabe und Erstattung", "Quanto tempo richiede la spedizione in Italia?",
	"Berapa lama masa penghantaran ke Malaysia?", "配送にはどのくらいかかりますか？", "Quels sont les délais de livraison ?",
}

// benchSynonyms are the tenant's synonyms in the knowledge scenario.
var benchSynonyms = [][]string{{"充电宝", "移动电源"}, {"parcel", "package", "order"}, {"退货", "退回"}, {"envío", "entrega"}}

// benchVariants are the templated variants per language: a product and a
// destination that turn one demo article into many distinct ones.
var benchVariants = map[string]struct{ products, places []string }{
	"en": {[]string{"power bank", "phone case", "serum", "salmon", "headphones", "sunscreen", "charger", "toy"}, []string{"Thailand", "Italy", "Germany", "Spain", "the UK", "the US", "Japan", "Malaysia"}},
	"zh": {[]string{"充电宝", "手机壳", "精华液", "三文鱼", "耳机", "防晒霜", "充电器", "玩具"}, []string{"泰国", "意大利", "德国", "西班牙", "英国", "美国", "日本", "马来西亚"}},
	"es": {[]string{"batería externa", "funda", "sérum", "salmón", "auriculares", "protector solar", "cargador", "juguete"}, []string{"Tailandia", "Italia", "Alemania", "España", "Reino Unido", "EE. UU.", "Japón", "Malasia"}},
	"th": {[]string{"พาวเวอร์แบงค์", "เคสโทรศัพท์", "เซรั่ม", "แซลมอน", "หูฟัง", "ครีมกันแดด", "ที่ชาร์จ", "ของเล่น"}, []string{"ไทย", "อิตาลี", "เยอรมนี", "สเปน", "อังกฤษ", "สหรัฐ", "ญี่ปุ่น", "มาเลเซีย"}},
	"it": {[]string{"power bank", "custodia", "siero", "salmone", "cuffie", "crema solare", "caricatore", "giocattolo"}, []string{"Thailandia", "Italia", "Germania", "Spagna", "Regno Unito", "Stati Uniti", "Giappone", "Malesia"}},
	"de": {[]string{"Powerbank", "Handyhülle", "Serum", "Lachs", "Kopfhörer", "Sonnencreme", "Ladegerät", "Spielzeug"}, []string{"Thailand", "Italien", "Deutschland", "Spanien", "Großbritannien", "USA", "Japan", "Malaysia"}},
}

// knowledgeBenchArticles returns n published articles: the demo shops'
// articles, then variants of them that name a product and a destination
// in the article's language. The same n gives the same articles.
func knowledgeBenchArticles(n int) ([]*kefu.Article, error) {
	var base []*kefu.Article
	for _, shop := range data.DemoShops() {
		b, err := fs.ReadFile(data.Demo, shop+".json")
		if err != nil {
			return nil, err
		}
		var doc struct {
			Articles []struct {
				Key, Language, Title, Body string
				Tags, Intents              []string
			} `json:"articles"`
		}
		if err := json.Unmarshal(b, &doc); err != nil {
			return nil, fmt.Errorf("%s.json: %w", shop, err)
		}
		for _, a := range doc.Articles {
			base = append(base, &kefu.Article{Key: shop + "-" + a.Key, Language: a.Language, Title: a.Title, Body: a.Body,
				Tags: a.Tags, Intents: a.Intents, Status: kefu.ArticlePublished})
		}
	}
	if len(base) == 0 {
		return nil, errors.New("no demo articles")
	}
	out := make([]*kefu.Article, 0, n)
	for i := 0; len(out) < n; i++ {
		a := *base[i%len(base)]
		if v := i / len(base); v > 0 {
			tv, ok := benchVariants[a.Language]
			if !ok {
				tv = benchVariants["en"]
			}
			product, place := tv.products[v%len(tv.products)], tv.places[(v/len(tv.products))%len(tv.places)]
			a.Key = fmt.Sprintf("%s-v%d", a.Key, v)
			a.Title = a.Title + " — " + product + " · " + place
			a.Body = a.Body + " (" + product + ", " + place + ")"
			a.Tags = append(append([]string(nil), a.Tags...), product, place)
		}
		out = append(out, &a)
	}
	return out, nil
}

// benchKnowledge stores benchArticles articles in a temporary SQLite
// store, builds the tenant's index once (build_ms) and then answers
// benchQueries with the knowledge skill on one goroutine, as a turn
// would: retrieval in the customer's language, then in all, with the
// tenant's synonyms. per_s is per core.
func benchKnowledge(ctx context.Context, env *Env, dur, warm time.Duration) error {
	arts, err := knowledgeBenchArticles(benchArticles)
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "kefu-bench-knowledge-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	db, err := sqlite.Open(ctx, filepath.Join(dir, "kefu.db"), time.Now)
	if err != nil {
		return err
	}
	defer db.Close()
	tenant := &kefu.Tenant{ID: "bench", Name: "Bench", Settings: kefu.TenantSettings{DefaultLanguage: "en", Synonyms: benchSynonyms}}
	if err := db.CreateTenant(ctx, tenant); err != nil {
		return err
	}
	err = db.InTx(ctx, func(tx kefu.Store) error {
		for _, a := range arts {
			a.TenantID = tenant.ID
			if err := tx.UpsertArticle(ctx, a); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	kn := knowledge.NewService(db, time.Now)
	kn.TTL = 24 * time.Hour // measure queries, not rebuilds
	t0 := time.Now()
	if _, err := kn.Index(ctx, tenant.ID); err != nil {
		return err
	}
	build := time.Since(t0)
	skill := &faq.Skill{Answerer: &knowledge.Answerer{Knowledge: kn}}
	langs := []string{"en", "zh", "es", "th", "de", "it", "ms", "ja", "fr"}
	answered := 0
	lat, elapsed, err := timeLoop(ctx, warm, dur, func(i int, measured bool) error {
		q := benchQueries[i%len(benchQueries)]
		st := &kefu.TurnState{Tenant: tenant, Conversation: &kefu.Conversation{Language: langs[i%len(langs)]},
			Message: &kefu.Message{Text: q}, Understanding: kefu.Understanding{Language: langs[i%len(langs)]}}
		res, err := skill.Run(ctx, st)
		if err == nil && measured && res.Outcome == kefu.OutcomeArticle {
			answered++
		}
		return err
	})
	if err != nil {
		return err
	}
	if len(lat) == 0 {
		return errors.New("no question answered")
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	res := knowledgeResult{Scenario: "knowledge", Articles: len(arts), N: len(lat),
		PerSec: round1(float64(len(lat)) / elapsed.Seconds()), P50MS: ms3(percentile(lat, 0.5)), P99MS: ms3(percentile(lat, 0.99)),
		BuildMS: ms3(build), Answered: round2(float64(answered) / float64(len(lat)))}
	fmt.Fprintf(env.Stdout, "bench knowledge: %d articles indexed in %.0f ms; %d questions in %.1fs on one goroutine: %.0f/s; p50 %.3f ms, p99 %.3f ms; %.0f%% answered\n",
		res.Articles, res.BuildMS, res.N, elapsed.Seconds(), res.PerSec, res.P50MS, res.P99MS, 100*res.Answered)
	out, _ := json.Marshal(res)
	fmt.Fprintln(env.Stdout, string(out))
	return nil
}

// ms3 is d in milliseconds with three decimals (microsecond resolution).
func ms3(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
