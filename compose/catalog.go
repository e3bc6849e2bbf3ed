package compose

import (
	"strconv"
	"strings"

	"github.com/kefu-ai/kefu"
)

// catalogValues adds the values the catalogue skill's templates use
// (outcomes "catalog_*"): {promotions}, the shop's offers one per line
// with their codes, each marked when its text is in another language
// than the reply; {promotions_part}, the same list with a heading for
// price replies, or ""; and {details_language_name}, the name of the
// language a product description is in.
//
// The skill passes the offers as "promotion_count" and, for i from 1,
// "promotion.i.text", "promotion.i.code" and "promotion.i.language".
func catalogValues(m map[string]string, r kefu.SkillResult, vals map[string]string) {
	if !strings.HasPrefix(r.Outcome, "catalog_") {
		return
	}
	n, _ := strconv.Atoi(r.Data["promotion_count"])
	lines := make([]string, 0, n)
	for i := 1; i <= n; i++ {
		k := "promotion." + strconv.Itoa(i) + "."
		v := map[string]string{"text": r.Data[k+"text"], "code": r.Data[k+"code"]}
		line := m["catalog_promotion_line"]
		if v["code"] != "" {
			line = m["catalog_promotion_line_code"]
		}
		s := fill(line, v)
		if l := r.Data[k+"language"]; l != "" {
			s += fill(m["catalog_promotion_other_language"], map[string]string{"language_name": lookup(m, "language."+l, l)})
		}
		lines = append(lines, s)
	}
	vals["promotions"] = strings.Join(lines, "\n")
	vals["promotions_part"] = ""
	if n > 0 {
		vals["promotions_part"] = "\n" + fill(m["catalog_promotions_part"], vals)
	}
	if l := r.Data["details_language"]; l != "" {
		vals["details_language_name"] = lookup(m, "language."+l, l)
	}
}
