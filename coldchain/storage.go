package coldchain

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/data/foodkeeper"
)

// Class is how a food is kept cold; the verdict's rules depend on it
// (docs/coldchain-analysis.md).
type Class string

// Classes of cold storage.
const (
	// ClassFrozen food is kept at −18 °C or colder.
	ClassFrozen Class = "frozen"
	// ClassChilled food is kept refrigerated, below 8 °C: fish, meat,
	// dairy, cut and leafy produce. Time above 8 °C is a safety matter.
	ClassChilled Class = "chilled"
	// ClassCool food is produce that may be kept at 8 °C or warmer and
	// suffers from cold (vegetable boxes, mangoes): excursions cost
	// quality, not safety.
	ClassCool Class = "cool"
)

// ClassOf returns the class a range implies: frozen when its top is −10 °C
// or colder, chilled when its top is below 8 °C, else cool.
func ClassOf(r kefu.TempRange) Class {
	switch {
	case r.MaxC <= -10:
		return ClassFrozen
	case r.MaxC < 8:
		return ClassChilled
	}
	return ClassCool
}

// Source says where a storage fact came from.
type Source string

// Sources of storage facts, in the order StorageFor prefers them.
const (
	SourceBatch      Source = "batch"
	SourceProduct    Source = "product"
	SourceFoodKeeper Source = "foodkeeper"
)

// Storage is how cold and how long a product keeps. A zero Storage is
// unknown: nothing said how to keep the food.
type Storage struct {
	// Range is the allowed temperature range; nil when unknown.
	Range       *kefu.TempRange `json:"range,omitempty"`
	RangeSource Source          `json:"range_source,omitempty"`
	// Class is the class of cold storage; empty when unknown.
	Class Class `json:"class,omitempty"`
	// ShelfLife is how long the food keeps from production (batch) or
	// from purchase (product attributes, FoodKeeper) in its range; 0 when
	// unknown. In JSON, nanoseconds.
	ShelfLife       time.Duration `json:"shelf_life,omitempty"`
	ShelfLifeSource Source        `json:"shelf_life_source,omitempty"`
	// Kind is the FoodKeeper kind the product's name or category matched
	// ("fatty_fish", "ice_cream"), whether or not its defaults were used.
	Kind string `json:"kind,omitempty"`
}

// Product attributes StorageFor reads (Product.Attributes). Temperatures
// are in °C; a range may be written "0-4", "0~4 °C", "-25 to -18",
// "≤ -18 °C" or "-18℃以下" (a single number is the top of the range).
const (
	AttrStorageMinC      = "storage_min_c"     // bottom of the range, a number
	AttrStorageMaxC      = "storage_max_c"     // top of the range, a number
	AttrStorageTemp      = "storage_temp"      // a range as text
	AttrStorage          = "storage"           // a range or a class word as text: "keep frozen", "冷藏 0-4℃"
	AttrTemperatureClass = "temperature_class" // frozen, chilled or cool (冷冻, 冷藏, ...)
	AttrShelfLifeDays    = "shelf_life_days"   // a number of days
	AttrShelfLifeHours   = "shelf_life_hours"  // a number of hours
)

// Default ranges by class, in °C, used when a product names its class but
// not its range: refrigerated 0–4 °C, frozen −18 °C or colder (with −30 °C,
// the coldest a freezer commonly holds, as the floor), cool produce 0–8 °C.
var classRanges = map[Class]kefu.TempRange{
	ClassFrozen:  {MinC: -30, MaxC: -18},
	ClassChilled: {MinC: 0, MaxC: 4},
	ClassCool:    {MinC: 0, MaxC: 8},
}

// StorageFor returns how the product of the batch keeps. Each fact is taken
// from the first that has it:
//
//   - range: the batch's Storage; the product's attributes (storage_min_c
//     and storage_max_c, storage_temp, storage; or the default range of a
//     temperature_class); the FoodKeeper kind its name or category matches;
//   - shelf life: the batch (BestBefore − ProducedAt); the product's
//     shelf_life_days or shelf_life_hours; the kind's FoodKeeper
//     refrigerated life, or frozen life when the food is frozen;
//   - class: the product's temperature_class (or a class word in storage);
//     else the class of the range (ClassOf).
//
// Either argument may be nil. A kind is matched from the product's Name
// and its translated names (name_zh, ...) by English and Chinese keywords
// ("salmon", "三文鱼", "ice cream", "冰淇淋"), then from its Category; the
// word "frozen" (冷冻, 速冻) or a frozen class selects the frozen default.
func StorageFor(p *kefu.Product, b *kefu.Batch) Storage {
	var s Storage
	var attrs map[string]string
	if p != nil {
		attrs = p.Attributes
	}
	class := parseClass(attrs[AttrTemperatureClass])
	if class == "" {
		class = parseClass(attrs[AttrStorage])
	}
	k, frozenWord := matchKind(p)
	if k != nil {
		s.Kind = k.id
	}

	switch r, ok := attrRange(attrs); {
	case b != nil && b.Storage != nil && b.Storage.MinC <= b.Storage.MaxC:
		r := *b.Storage
		s.Range, s.RangeSource = &r, SourceBatch
	case ok:
		s.Range, s.RangeSource = &r, SourceProduct
	case class != "":
		r := classRanges[class]
		s.Range, s.RangeSource = &r, SourceProduct
	case k != nil:
		r := k.rng
		if frozenWord || k.frozen {
			r = classRanges[ClassFrozen]
		}
		s.Range, s.RangeSource = &r, SourceFoodKeeper
	}
	s.Class = class
	if s.Class == "" && s.Range != nil {
		s.Class = ClassOf(*s.Range)
	}

	frozen := s.Class == ClassFrozen || (s.Class == "" && k != nil && (frozenWord || k.frozen))
	switch {
	case b != nil && !b.ProducedAt.IsZero() && b.BestBefore.After(b.ProducedAt):
		s.ShelfLife, s.ShelfLifeSource = b.BestBefore.Sub(b.ProducedAt), SourceBatch
	case positive(attrs[AttrShelfLifeDays]) > 0:
		s.ShelfLife, s.ShelfLifeSource = hours(24*positive(attrs[AttrShelfLifeDays])), SourceProduct
	case positive(attrs[AttrShelfLifeHours]) > 0:
		s.ShelfLife, s.ShelfLifeSource = hours(positive(attrs[AttrShelfLifeHours])), SourceProduct
	case k != nil:
		days := k.fridgeDays
		if frozen {
			days = k.freezerDays
		}
		if days > 0 {
			s.ShelfLife, s.ShelfLifeSource = hours(24*days), SourceFoodKeeper
		}
	}
	return s
}

func hours(h float64) time.Duration { return time.Duration(h * float64(time.Hour)) }

// positive parses a positive number; 0 otherwise.
func positive(s string) float64 {
	v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || !(v > 0) || math.IsInf(v, 0) {
		return 0
	}
	return v
}

// attrRange reads the range from the product's attributes.
func attrRange(attrs map[string]string) (kefu.TempRange, bool) {
	lo, errLo := strconv.ParseFloat(strings.TrimSpace(attrs[AttrStorageMinC]), 64)
	hi, errHi := strconv.ParseFloat(strings.TrimSpace(attrs[AttrStorageMaxC]), 64)
	switch {
	case errLo == nil && errHi == nil && plausible(lo) && plausible(hi) && lo <= hi:
		return kefu.TempRange{MinC: lo, MaxC: hi}, true
	case errHi == nil && plausible(hi):
		return rangeBelow(hi), true
	}
	for _, key := range []string{AttrStorageTemp, "storage_temp_c", "storage_temperature", AttrStorage} {
		if r, ok := ParseTempRange(attrs[key]); ok {
			return r, true
		}
	}
	return kefu.TempRange{}, false
}

func plausible(c float64) bool { return c >= kefu.MinTempC && c <= kefu.MaxTempC }

// rangeBelow is the range of a food to be kept at max °C or colder: down
// to −30 °C for frozen food, to 0 °C for chilled food (2 °C below max for
// a superchilled max under 0 °C).
func rangeBelow(max float64) kefu.TempRange {
	switch {
	case max <= -10:
		return kefu.TempRange{MinC: math.Min(-30, max), MaxC: max}
	case max < 0:
		return kefu.TempRange{MinC: max - 2, MaxC: max}
	}
	return kefu.TempRange{MinC: 0, MaxC: max}
}

// ParseTempRange reads a storage range written as text: "0-4", "0~4 °C",
// "0 to 4", "-25 to -18", "−25…−18℃", "2–8°C" (two numbers, in any order),
// or one number as the top of the range ("≤ -18 °C", "-18℃以下", "4");
// a number given only as a bottom ("≥ 2", "2℃以上") says no range.
func ParseTempRange(s string) (kefu.TempRange, bool) {
	var nums []float64
	lowerOnly := false
	prevDigit := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		neg := false
		if r == '-' || r == '−' || r == '－' || r == '﹣' {
			if !prevDigit {
				if r2, _ := utf8.DecodeRuneInString(s[i+size:]); r2 >= '0' && r2 <= '9' {
					neg = true
					i += size
					r, size = utf8.DecodeRuneInString(s[i:])
				}
			}
		}
		if r >= '0' && r <= '9' {
			j := i
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.') {
				j++
			}
			v, err := strconv.ParseFloat(s[i:j], 64)
			if err != nil {
				return kefu.TempRange{}, false
			}
			if neg {
				v = -v
			}
			nums = append(nums, v)
			i, prevDigit = j, true
			continue
		}
		if !unicode.IsSpace(r) {
			prevDigit = false
		}
		if r == '≥' || r == '>' {
			lowerOnly = true
		}
		i += size
	}
	lower := strings.ToLower(s)
	if strings.Contains(lower, "以上") || strings.Contains(lower, "above") || strings.Contains(lower, "at least") {
		lowerOnly = true
	}
	for _, v := range nums {
		if !plausible(v) {
			return kefu.TempRange{}, false
		}
	}
	switch {
	case len(nums) == 2:
		lo, hi := min(nums[0], nums[1]), max(nums[0], nums[1])
		return kefu.TempRange{MinC: lo, MaxC: hi}, true
	case len(nums) == 1 && !lowerOnly:
		return rangeBelow(nums[0]), true
	}
	return kefu.TempRange{}, false
}

// parseClass reads a class word: frozen (冷冻, 速冻), chilled
// (refrigerated, 冷藏, 冰鲜) or cool (阴凉); "" for none.
func parseClass(s string) Class {
	s = strings.ToLower(s)
	switch {
	case s == "":
		return ""
	case containsAny(s, "frozen", "freezer", "freeze", "冷冻", "冰冻", "速冻", "冻品"):
		return ClassFrozen
	case containsAny(s, "chill", "refrigerat", "fridge", "冷藏", "冷鲜", "冰鲜"):
		return ClassChilled
	case containsAny(s, "cool", "阴凉"):
		return ClassCool
	}
	return ""
}

func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// foodKind is a row of data/foodkeeper/kinds.tsv.
type foodKind struct {
	id          string
	generic     bool
	frozen      bool // sold and kept frozen (ice cream)
	rng         kefu.TempRange
	fridgeDays  float64 // shortest refrigerated life; 0 unknown
	freezerDays float64 // shortest frozen life; 0 unknown
	keywords    []string
}

// kindTable parses the embedded table once; it is read-only after.
var kindTable = sync.OnceValue(func() []foodKind {
	ks, err := parseKinds(foodkeeper.Kinds())
	if err != nil {
		panic("coldchain: " + err.Error()) // the embedded table is tested
	}
	return ks
})

// parseKinds reads kinds.tsv (see data/foodkeeper/README.md).
func parseKinds(tsv string) ([]foodKind, error) {
	var out []foodKind
	var col map[string]int
	for n, line := range strings.Split(tsv, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if col == nil {
			col = map[string]int{}
			for i, h := range f {
				col[h] = i
			}
			for _, need := range []string{"kind", "generic", "class", "min_c", "max_c", "fridge_days_min", "freezer_days_min", "keywords_en", "keywords_zh"} {
				if _, ok := col[need]; !ok {
					return nil, fmt.Errorf("kinds.tsv: no column %s", need)
				}
			}
			continue
		}
		if len(f) != len(col) {
			return nil, fmt.Errorf("kinds.tsv line %d: %d fields, want %d", n+1, len(f), len(col))
		}
		lo, err1 := strconv.ParseFloat(f[col["min_c"]], 64)
		hi, err2 := strconv.ParseFloat(f[col["max_c"]], 64)
		if err1 != nil || err2 != nil || lo > hi {
			return nil, fmt.Errorf("kinds.tsv line %d: bad range", n+1)
		}
		k := foodKind{
			id:          f[col["kind"]],
			generic:     f[col["generic"]] == "true",
			frozen:      f[col["class"]] == "frozen",
			rng:         kefu.TempRange{MinC: lo, MaxC: hi},
			fridgeDays:  positive(f[col["fridge_days_min"]]),
			freezerDays: positive(f[col["freezer_days_min"]]),
		}
		for _, c := range []string{"keywords_en", "keywords_zh"} {
			for _, w := range strings.Split(f[col[c]], ",") {
				if w = strings.ToLower(strings.TrimSpace(w)); w != "" {
					k.keywords = append(k.keywords, w)
				}
			}
		}
		out = append(out, k)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("kinds.tsv: no kinds")
	}
	return out, nil
}

// kindByID returns the kind with the id, nil if none.
func kindByID(id string) *foodKind {
	ks := kindTable()
	for i := range ks {
		if ks[i].id == id {
			return &ks[i]
		}
	}
	return nil
}

// frozenWords mark a food sold frozen in its name or category.
var frozenWords = []string{"frozen", "冷冻", "速冻", "冰冻", "冻品"}

// matchKind finds the kind of food a product is and whether its name or
// category says it is frozen. Specific kinds are tried before generic
// ones, and names before the category; within a text the keyword that
// ends last wins (the head of a noun phrase comes last in English and
// Chinese: "Beef Mince", "牛肉末"), then the longest.
func matchKind(p *kefu.Product) (*foodKind, bool) {
	if p == nil {
		return nil, false
	}
	names := []string{p.Name}
	keys := make([]string, 0, len(p.Attributes))
	for key := range p.Attributes {
		if strings.HasPrefix(key, "name_") {
			keys = append(keys, key)
		}
	}
	slices.Sort(keys)
	for _, key := range keys {
		names = append(names, p.Attributes[key])
	}
	frozen := false
	for _, t := range append(names, p.Category) {
		lt := strings.ToLower(t)
		for _, w := range frozenWords {
			if _, ok := find(lt, w); ok {
				frozen = true
			}
		}
	}
	ks := kindTable()
	frozenDefault := kindByID("frozen_food")
	for _, generic := range []bool{false, true} {
		for _, texts := range [][]string{names, {p.Category}} {
			for _, t := range texts {
				if k := bestKind(ks, strings.ToLower(t), generic); k != nil {
					return k, frozen
				}
			}
		}
	}
	if frozen && frozenDefault != nil {
		return frozenDefault, true
	}
	return nil, frozen
}

func bestKind(ks []foodKind, text string, generic bool) *foodKind {
	var best *foodKind
	bestEnd, bestLen := -1, 0
	for i := range ks {
		k := &ks[i]
		if k.generic != generic {
			continue
		}
		for _, w := range k.keywords {
			end, ok := find(text, w)
			if !ok {
				continue
			}
			n := utf8.RuneCountInString(w)
			if end > bestEnd || end == bestEnd && n > bestLen {
				best, bestEnd, bestLen = k, end, n
			}
		}
	}
	return best
}

// find returns the end (byte offset) of the last occurrence of the keyword
// w in the lower-case text. An ASCII keyword must stand as a word,
// optionally with a plural "s" or "es"; a Chinese one may stand anywhere.
func find(text, w string) (int, bool) {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	end, found := -1, false
	for from := 0; from < len(text); {
		i := strings.Index(text[from:], w)
		if i < 0 {
			break
		}
		i += from
		j := i + len(w)
		from = i + 1
		if !ascii {
			end, found = j, true
			continue
		}
		if i > 0 && isWordByte(text[i-1]) {
			continue
		}
		switch {
		case strings.HasPrefix(text[j:], "es") && (j+2 == len(text) || !isWordByte(text[j+2])):
			j += 2
		case strings.HasPrefix(text[j:], "s") && (j+1 == len(text) || !isWordByte(text[j+1])):
			j++
		}
		if j < len(text) && isWordByte(text[j]) {
			continue
		}
		end, found = j, true
	}
	return end, found
}

// isWordByte reports whether c continues an ASCII word; a Chinese
// character next to an English keyword ends the word.
func isWordByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }
