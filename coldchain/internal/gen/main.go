// Command gen derives data/foodkeeper/kinds.tsv, the storage defaults of
// package coldchain, from the USDA FSIS FoodKeeper export in
// ../shared/datasets/usda-foodkeeper. It runs by hand (go generate in
// package coldchain), never at run time: the table it writes is embedded.
//
// The kinds below are chosen by the kefu authors: which FoodKeeper products
// (by ID) stand for a kind of food, the English and Chinese words that name
// it, and its temperature class. FoodKeeper gives storage durations only, so
// the temperature range of each class comes from the standard rules written
// in ranges below (see docs/coldchain-analysis.md), not from FoodKeeper.
package main

import (
	"bytes"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"log"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// kind is one row of the table: a kind of food, the FoodKeeper products
// it is derived from and the words that name it.
type kind struct {
	id      string
	generic bool   // matched only when no specific kind names the food
	class   string // a key of ranges
	ids     []int  // FoodKeeper Product IDs
	en, zh  []string
}

// ranges are the storage ranges by class, in °C, from the standard rules:
// fresh fish and shellfish at the temperature of melting ice (EU Regulation
// 853/2004, Codex CXC 52-2003), refrigerated food at 0–4 °C (USDA: at or
// below 40 °F / 4 °C), produce that is hurt by cold (cool, tropical) above
// it, frozen food at −18 °C or colder (Codex CXC 8-1976, EU Directive
// 89/108/EEC). The floor of −30 °C for frozen food is the coldest a
// reefer or shop freezer commonly holds; colder is not a fault.
var ranges = map[string][2]float64{
	"fish":     {0, 2},
	"chilled":  {0, 4},
	"cool":     {0, 8},
	"tropical": {10, 13},
	"frozen":   {-30, -18},
}

var kinds = []kind{
	{id: "fatty_fish", class: "fish", ids: []int{146},
		en: []string{"salmon", "tuna", "mackerel", "catfish", "bluefish", "mullet", "sardine"},
		zh: []string{"三文鱼", "鲑鱼", "金枪鱼", "吞拿鱼", "鲭鱼", "青花鱼", "鲶鱼", "沙丁鱼"}},
	{id: "lean_fish", class: "fish", ids: []int{144, 145},
		en: []string{"cod", "flounder", "haddock", "halibut", "sole", "pollock", "perch", "rockfish", "trout", "sea bass", "snapper", "tilapia"},
		zh: []string{"鳕鱼", "比目鱼", "多宝鱼", "鲈鱼", "鳟鱼", "鲷鱼", "罗非鱼", "黑线鳕"}},
	{id: "shellfish", class: "fish", ids: []int{150, 151, 152, 153, 157, 158, 160},
		en: []string{"shrimp", "prawn", "scallop", "squid", "oyster", "clam", "mussel", "crab", "lobster", "shellfish", "crayfish"},
		zh: []string{"虾", "对虾", "虎虾", "扇贝", "带子", "鱿鱼", "生蚝", "牡蛎", "蚝", "蛤蜊", "花甲", "青口", "贻贝", "蟹", "螃蟹", "龙虾", "小龙虾", "贝类"}},
	{id: "poultry", class: "chilled", ids: []int{113, 114, 116, 117, 118, 119, 120, 121, 123, 125, 126, 127, 128, 129},
		en: []string{"chicken", "turkey", "duck", "duckling", "goose", "quail", "poultry", "hen"},
		zh: []string{"鸡", "鸡肉", "鸡腿", "鸡胸", "鸡翅", "鸭", "鸭肉", "鹅", "火鸡", "鹌鹑", "禽肉"}},
	{id: "ground_meat", class: "chilled", ids: []int{43, 50, 59, 73, 78, 115, 622},
		en: []string{"mince", "minced", "ground beef", "ground pork", "ground lamb", "ground veal", "ground turkey", "ground chicken", "ground meat"},
		zh: []string{"肉末", "肉馅", "绞肉", "碎肉"}},
	{id: "red_meat", class: "chilled", ids: []int{34, 35, 36, 37, 38, 39, 40, 41, 42, 44, 45, 46, 47, 48, 49, 51, 52, 53, 54, 55, 56, 57, 58, 60, 61, 63, 64, 65, 66, 67, 69, 70, 71, 72, 74, 75, 76},
		en: []string{"beef", "steak", "ribeye", "sirloin", "tenderloin", "brisket", "lamb", "mutton", "pork", "veal", "venison", "goat", "chop"},
		zh: []string{"牛肉", "牛排", "肉眼", "西冷", "菲力", "牛腩", "羊肉", "羊排", "猪肉", "猪排", "排骨", "小牛肉", "鹿肉", "五花肉"}},
	{id: "eggs", class: "chilled", ids: []int{21},
		en: []string{"egg"},
		zh: []string{"鸡蛋", "鸭蛋", "鹌鹑蛋"}},
	{id: "milk", class: "chilled", ids: []int{27},
		en: []string{"milk"},
		zh: []string{"牛奶", "鲜奶", "鲜牛奶", "纯牛奶"}},
	{id: "yogurt", class: "chilled", ids: []int{33},
		en: []string{"yogurt", "yoghurt", "kefir"},
		zh: []string{"酸奶", "优格", "酸乳"}},
	{id: "cream", class: "chilled", ids: []int{13, 14, 15},
		en: []string{"cream"},
		zh: []string{"奶油", "淡奶油", "稀奶油"}},
	{id: "soft_cheese", class: "chilled", ids: []int{7, 9, 10, 490},
		en: []string{"brie", "camembert", "goat cheese", "cottage cheese", "cream cheese", "ricotta", "mascarpone"},
		zh: []string{"布里", "卡门贝尔", "奶油奶酪", "乳清干酪", "马斯卡彭", "软质奶酪"}},
	{id: "butter", class: "chilled", ids: []int{1},
		en: []string{"butter"},
		zh: []string{"黄油"}},
	{id: "ice_cream", class: "frozen", ids: []int{317},
		en: []string{"ice cream", "gelato"},
		zh: []string{"冰淇淋", "冰激凌", "雪糕"}},
	{id: "sorbet", class: "frozen", ids: []int{318, 324},
		en: []string{"sorbet", "sherbet", "ice pop", "popsicle", "ice lolly"},
		zh: []string{"雪芭", "冰棍", "冰棒"}},
	{id: "soft_berries", class: "chilled", ids: []int{253, 481, 482, 483},
		en: []string{"strawberry", "strawberries", "raspberry", "raspberries", "blackberry", "blackberries", "cherry", "cherries", "currant"},
		zh: []string{"草莓", "树莓", "覆盆子", "黑莓", "樱桃", "车厘子", "醋栗"}},
	{id: "blueberries", class: "chilled", ids: []int{254},
		en: []string{"blueberry", "blueberries"},
		zh: []string{"蓝莓"}},
	{id: "leafy_greens", class: "chilled", ids: []int{275, 287, 290, 291, 415, 423, 550, 678},
		en: []string{"lettuce", "spinach", "greens", "salad", "kale", "arugula", "rocket", "bok choy", "pak choi", "chard"},
		zh: []string{"生菜", "菠菜", "青菜", "绿叶菜", "沙拉", "芝麻菜", "羽衣甘蓝", "小白菜", "油菜", "上海青", "菜心"}},
	{id: "asparagus", class: "chilled", ids: []int{271},
		en: []string{"asparagus"},
		zh: []string{"芦笋"}},
	{id: "mushrooms", class: "chilled", ids: []int{292},
		en: []string{"mushroom", "mushrooms"},
		zh: []string{"蘑菇", "香菇", "金针菇", "菌菇", "菇"}},
	{id: "brassicas", class: "chilled", ids: []int{276, 277, 280},
		en: []string{"broccoli", "cauliflower", "brussels sprouts"},
		zh: []string{"西兰花", "西蓝花", "花椰菜", "菜花", "抱子甘蓝"}},
	{id: "herbs", class: "chilled", ids: []int{288, 506, 507, 509},
		en: []string{"herbs", "cilantro", "coriander", "mint", "basil"},
		zh: []string{"香菜", "芫荽", "薄荷", "罗勒", "九层塔"}},
	{id: "tofu", class: "chilled", ids: []int{168},
		en: []string{"tofu"},
		zh: []string{"豆腐"}},
	{id: "prepared_meals", class: "chilled", ids: []int{185},
		en: []string{"ready meal", "prepared meal", "meal kit"},
		zh: []string{"熟食", "便当", "即食", "预制菜"}},
	{id: "tropical_fruit", class: "tropical", ids: []int{251, 265},
		en: []string{"mango", "papaya", "passion fruit", "banana", "feijoa"},
		zh: []string{"芒果", "芒", "木瓜", "百香果", "香蕉"}},
	{id: "vegetables", class: "cool", ids: []int{278, 279, 281, 283, 296, 302},
		en: []string{"carrot", "cabbage", "celery", "cucumber", "bell pepper", "sweet pepper", "capsicum", "zucchini", "courgette", "parsnip"},
		zh: []string{"胡萝卜", "卷心菜", "包菜", "白菜", "芹菜", "黄瓜", "甜椒", "青椒", "彩椒", "西葫芦"}},
	{id: "fruit", class: "cool", ids: []int{248, 256, 261, 264, 266},
		en: []string{"apple", "orange", "citrus", "lemon", "lime", "grape", "melon", "peach", "nectarine", "plum", "pear"},
		zh: []string{"苹果", "橙", "橘", "柑", "柠檬", "葡萄", "甜瓜", "哈密瓜", "桃子", "水蜜桃", "油桃", "李子", "梨"}},

	// Generic kinds: a category or a word that names a group of foods.
	{id: "seafood", generic: true, class: "fish", ids: []int{144, 145, 146, 150, 151, 152, 153, 157, 158, 160},
		en: []string{"seafood", "fish"},
		zh: []string{"海鲜", "水产", "鱼", "鱼类"}},
	{id: "meat", generic: true, class: "chilled", ids: []int{34, 40, 43, 44, 60, 73, 113, 115, 118},
		en: []string{"meat"},
		zh: []string{"肉类", "鲜肉", "冷鲜肉"}},
	{id: "dairy", generic: true, class: "chilled", ids: []int{7, 15, 33},
		en: []string{"dairy"},
		zh: []string{"乳制品", "奶制品", "乳品"}},
	{id: "cheese", generic: true, class: "chilled", ids: []int{3, 5, 7},
		en: []string{"cheese"},
		zh: []string{"奶酪", "芝士", "干酪"}},
	{id: "berries", generic: true, class: "chilled", ids: []int{252, 253, 254, 481, 482, 483},
		en: []string{"berry", "berries"},
		zh: []string{"莓", "浆果"}},
	{id: "produce", generic: true, class: "cool", ids: []int{278, 279, 281, 283, 287, 296, 302},
		en: []string{"vegetable", "vegetables", "veg", "produce"},
		zh: []string{"蔬菜", "果蔬", "时蔬"}},
	{id: "fresh_fruit", generic: true, class: "cool", ids: []int{248, 256, 261, 264, 266},
		en: []string{"fruit", "fruits"},
		zh: []string{"水果", "鲜果"}},
	// frozen_food names no food: it is the default of food sold frozen
	// (a "frozen" word or category) that no other kind names.
	{id: "frozen_food", generic: true, class: "frozen", ids: []int{312, 315, 317, 325, 331}},
}

func main() {
	src := flag.String("src", "../shared/datasets/usda-foodkeeper", "directory of the FoodKeeper CSVs")
	out := flag.String("out", "data/foodkeeper/kinds.tsv", "table to write")
	flag.Parse()
	b, err := generate(*src)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		log.Fatal(err)
	}
}

// product is the durations of one FoodKeeper product, in days; NaN where
// FoodKeeper gives none (blank, "Package use-by date", "Not Recommended").
type product struct {
	fridgeMin, fridgeMax, freezeMin, freezeMax float64
}

// generate reads the FoodKeeper CSVs in src and returns the table.
func generate(src string) ([]byte, error) {
	products, err := readProducts(filepath.Join(src, "foodkeeper_Product.csv"))
	if err != nil {
		return nil, err
	}
	version, err := readVersion(filepath.Join(src, "foodkeeper_Version.csv"))
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "# Generated by coldchain/internal/gen from USDA FSIS FoodKeeper (data version %s); DO NOT EDIT.\n", version)
	fmt.Fprintf(&buf, "# Durations in days (FoodKeeper, from the date of purchase where it says so); ranges in °C from the storage rules, not FoodKeeper. See README.md.\n")
	buf.WriteString("kind\tgeneric\tclass\tmin_c\tmax_c\tfridge_days_min\tfridge_days_max\tfreezer_days_min\tfreezer_days_max\tfoodkeeper_ids\tkeywords_en\tkeywords_zh\n")
	seen := map[string]bool{}
	for _, k := range kinds {
		if seen[k.id] {
			return nil, fmt.Errorf("kind %s twice", k.id)
		}
		seen[k.id] = true
		r, ok := ranges[k.class]
		if !ok {
			return nil, fmt.Errorf("kind %s: unknown class %s", k.id, k.class)
		}
		agg := product{math.NaN(), math.NaN(), math.NaN(), math.NaN()}
		ids := make([]string, len(k.ids))
		for i, id := range k.ids {
			p, ok := products[id]
			if !ok {
				return nil, fmt.Errorf("kind %s: no FoodKeeper product %d", k.id, id)
			}
			ids[i] = strconv.Itoa(id)
			agg.fridgeMin, agg.fridgeMax = lower(agg.fridgeMin, p.fridgeMin), upper(agg.fridgeMax, p.fridgeMax)
			agg.freezeMin, agg.freezeMax = lower(agg.freezeMin, p.freezeMin), upper(agg.freezeMax, p.freezeMax)
		}
		if k.class == "frozen" { // sold and kept frozen: no refrigerated life
			agg.fridgeMin, agg.fridgeMax = math.NaN(), math.NaN()
		}
		fmt.Fprintf(&buf, "%s\t%t\t%s\t%g\t%g\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", k.id, k.generic, k.class, r[0], r[1],
			days(agg.fridgeMin), days(agg.fridgeMax), days(agg.freezeMin), days(agg.freezeMax),
			strings.Join(ids, ","), strings.Join(k.en, ","), strings.Join(k.zh, ","))
	}
	return buf.Bytes(), nil
}

func lower(a, b float64) float64 {
	if math.IsNaN(a) || b < a {
		return b
	}
	return a
}

func upper(a, b float64) float64 {
	if math.IsNaN(a) || b > a {
		return b
	}
	return a
}

func days(v float64) string {
	if math.IsNaN(v) {
		return ""
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// readProducts reads foodkeeper_Product.csv. A duration is taken from the
// DOP_ (date of purchase) columns when set, else from the plain ones: a
// shop's customer counts from delivery, which is their purchase.
func readProducts(path string) (map[int]product, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	for _, need := range []string{"ID", "DOP_Refrigerate_Min", "Refrigerate_Min", "DOP_Freeze_Min", "Freeze_Min"} {
		if _, ok := col[need]; !ok {
			return nil, fmt.Errorf("%s: no column %s", path, need)
		}
	}
	out := map[int]product{}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		id, err := strconv.Atoi(rec[col["ID"]])
		if err != nil {
			return nil, fmt.Errorf("%s: ID %q: %w", path, rec[col["ID"]], err)
		}
		dur := func(prefix string) (lo, hi float64) {
			lo, hi = math.NaN(), math.NaN()
			for _, p := range []string{"DOP_" + prefix, prefix} {
				unit := unitDays(rec[col[p+"_Metric"]])
				if unit == 0 {
					continue
				}
				mn, errMin := strconv.ParseFloat(rec[col[p+"_Min"]], 64)
				mx, errMax := strconv.ParseFloat(rec[col[p+"_Max"]], 64)
				switch {
				case errMin == nil && errMax == nil:
				case errMin == nil:
					mx = mn
				case errMax == nil:
					mn = mx
				default:
					continue
				}
				return mn * unit, mx * unit
			}
			return lo, hi
		}
		var p product
		p.fridgeMin, p.fridgeMax = dur("Refrigerate")
		p.freezeMin, p.freezeMax = dur("Freeze")
		out[id] = p
	}
}

// unitDays is the days of a FoodKeeper metric; 0 for one that is not a
// duration ("Package use-by date", "Not Recommended", "When Ripe", ...).
func unitDays(metric string) float64 {
	switch strings.TrimSpace(metric) {
	case "Days":
		return 1
	case "Weeks":
		return 7
	case "Months":
		return 30
	case "Years":
		return 365
	}
	return 0
}

// readVersion returns the current version's number and date.
func readVersion(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	for _, rec := range recs[1:] {
		if len(rec) > 2 && rec[1] == "Yes" {
			return rec[0] + ", " + rec[2], nil
		}
	}
	return "", fmt.Errorf("%s: no current version", path)
}
