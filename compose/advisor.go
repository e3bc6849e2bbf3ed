package compose

import (
	"strconv"
	"strings"

	"github.com/kefu-ai/kefu"
)

// The advisor skill's results (outcomes "advisor_*") carry coded needs
// in Data ("skin": "oily,combination", "season": "summer", "category":
// "foundation", "budget": "30,00 €", ...) and a products card whose items
// carry coded reasons; the composer words them from these templates:
//
//	advisor_cat.<category>      the category in a sentence ("foundation")
//	advisor_skin.<type>         a skin type ("oily")
//	advisor_concern.<concern>   a concern ("acne")
//	advisor_season.<season>     a season ("summer")
//	advisor_finish.<finish>     a finish ("matte")
//	advisor_free.<what>         something left out ("fragrance")
//	advisor_ing.<ingredient>    an ingredient asked about ("retinol")
//	advisor_eff.<efficacy>      what an ingredient does ("anti-ageing")
//	advisor_aud.<audience>      who asks ("sensitive skin", "pregnancy")
//	advisor_usage.<am|pm>       when to use it
//	advisor_reason.<code>       a reason on a card ("suits {skin} skin: {because}")
//	advisor_need.<kind>         one need said back ("{skin} skin", "under {budget}")
//	advisor_sep                 the list separator (", ", "、")
//
// Values a template names are filled with the worded forms.

// advisorValues adds the advisor templates' values: {needs_text} (the
// needs said back), {category_text}, {items} (the card's products as
// text, one numbered line each with price and reasons, for clients
// without cards), {profile_part}, {effects_part}, {verdict_text},
// {gentler_part}, {skin_part}, {quote_part}, {ingredient_text} and
// {audience_text}.
func advisorValues(m map[string]string, r kefu.SkillResult, vals map[string]string) {
	if !strings.HasPrefix(r.Outcome, "advisor_") {
		return
	}
	d := r.Data
	sep := m["advisor_sep"]
	vals["category_text"] = lookup(m, "advisor_cat."+d["category"], d["category"])
	if d["category"] == "" {
		vals["category_text"] = m["advisor_cat.any"]
	}
	vals["skin_text"] = words(m, "advisor_skin.", d["skin"], sep)
	var needs []string
	add := func(key string) {
		if s := strings.TrimSpace(fill(m["advisor_need."+key], vals)); s != "" {
			needs = append(needs, s)
		}
	}
	if d["skin"] != "" {
		add("skin")
	}
	if d["concerns"] != "" {
		vals["concerns_text"] = words(m, "advisor_concern.", d["concerns"], sep)
		add("concerns")
	}
	if d["season"] != "" {
		vals["season_text"] = lookup(m, "advisor_season."+d["season"], d["season"])
		add("season")
	}
	if d["finish"] != "" {
		vals["finish_text"] = lookup(m, "advisor_finish."+d["finish"], d["finish"])
		add("finish")
	}
	if d["avoid"] != "" {
		vals["avoid_text"] = words(m, "advisor_free.", d["avoid"], sep)
		add("avoid")
	}
	switch {
	case d["budget"] != "" && d["budget_around"] != "":
		add("budget_around")
	case d["budget"] != "" && d["budget_asked"] != "":
		add("budget_converted")
	case d["budget"] != "":
		add("budget")
	}
	vals["needs_text"] = strings.Join(needs, sep)
	vals["needs_part"] = ""
	if len(needs) > 0 {
		vals["needs_part"] = fill(m["advisor_needs_part"], vals)
	}
	vals["profile_part"] = ""
	if d["skin_from"] == "profile" {
		vals["profile_part"] = fill(m["advisor_from_profile"], vals)
	}

	// The products, as text.
	var b strings.Builder
	n := 0
	for _, c := range r.Cards {
		if c.Type != kefu.CardProducts {
			continue
		}
		for _, it := range productItems(m, c.Items) {
			n++
			b.WriteString("\n")
			b.WriteString(strconv.Itoa(n))
			b.WriteString(". ")
			b.WriteString(it.Name)
			if it.Price != "" {
				b.WriteString(" — ")
				b.WriteString(it.Price)
			}
			if it.Usage != "" {
				b.WriteString(" (" + it.Usage + ")")
			}
			if len(it.Reasons) > 0 {
				b.WriteString(m["advisor_colon"])
				b.WriteString(strings.Join(it.Reasons, sep))
			}
			if it.Promotion != "" {
				b.WriteString("\n   ")
				b.WriteString(fill(m["advisor_item_promotion"], map[string]string{"promotion": it.Promotion}))
			}
		}
	}
	vals["items"] = b.String()
	vals["count"] = strconv.Itoa(n)
	if d["count"] != "" {
		vals["count"] = d["count"]
	}
	// Ingredient answers.
	vals["ingredient_text"] = lookup(m, "advisor_ing."+d["ingredient"], d["ingredient"])
	vals["audience_text"] = lookup(m, "advisor_aud."+d["audience"], d["audience"])
	vals["effects_part"] = ""
	if d["effects"] != "" {
		vals["effects_text"] = words(m, "advisor_eff.", d["effects"], sep)
		vals["effects_part"] = fill(m["advisor_effects_part"], vals)
	}
	vals["verdict_text"] = ""
	if v := d["verdict"]; v != "" {
		key := "advisor_verdict." + v
		if d["audience"] == "" {
			key += "_all"
		}
		vals["verdict_text"] = fill(m[key], vals)
	}
	vals["gentler_part"] = ""
	switch d["gentler"] {
	case "gentle":
		vals["gentler_part"] = fill(m["advisor_gentler"], vals)
	case "with":
		vals["gentler_part"] = fill(m["advisor_with"], vals)
	}

	// What the customer said of their skin.
	vals["corrected_part"] = ""
	if d["corrected"] != "" {
		vals["corrected_text"] = words(m, "advisor_skin.", d["corrected"], sep)
		vals["corrected_part"] = fill(m["advisor_noted_corrected"], vals)
	}
	vals["noted_part"] = ""
	if d["skin"] != "" {
		vals["noted_part"] = fill(m["advisor_noted_skin"], vals)
	}

	// Does it suit me?
	vals["because_part"], vals["alternatives_part"] = "", ""
	if d["because"] != "" {
		vals["because_part"] = fill(m["advisor_because"], map[string]string{"because": d["because"]})
	}
	if d["against"] != "" && d["verdict"] != "suits" {
		vals["because_part"] = fill(m["advisor_because_against"], map[string]string{"against": d["against"]})
	}
	if d["alternatives"] != "" {
		vals["alternatives_part"] = fill(m["advisor_alternatives"], vals)
	}
	if r.Outcome == "advisor_fit" {
		key := "advisor_fit." + d["verdict"]
		if d["pregnancy"] != "" {
			key = "advisor_fit.pregnancy"
		}
		vals["fit_text"] = fill(m[key], vals)
	}

	// Reviews.
	vals["skin_part"] = ""
	if d["skin_count"] != "" {
		sv := map[string]string{"skin_text": lookup(m, "advisor_skin."+d["skin"], d["skin"]), "skin_count": d["skin_count"], "skin_rating": d["skin_rating"]}
		vals["skin_part"] = fill(m["advisor_reviews_skin"], sv)
	}
	vals["quote_part"] = ""
	if d["quote"] != "" {
		vals["quote_part"] = fill(m["advisor_quote"], map[string]string{"quote": d["quote"]})
	}

}

// productsCard words a products card: its title and its items' reasons
// and usage.
func productsCard(m map[string]string, c kefu.Card) kefu.Card {
	cat := lookup(m, "advisor_cat."+c.Title, c.Title)
	if c.Title == "" {
		cat = m["advisor_cat.any"]
	}
	c.Title = fill(m["advisor_card_title"], map[string]string{"category_text": cat})
	c.Items = productItems(m, c.Items)
	return c
}

// productItems words items' reasons and usage (a copy; the input is
// left as it is).
func productItems(m map[string]string, items []kefu.CardItem) []kefu.CardItem {
	out := make([]kefu.CardItem, len(items))
	for i, it := range items {
		it.Reasons = make([]string, 0, len(it.ReasonCodes))
		for _, f := range it.ReasonCodes {
			if s := reason(m, f); s != "" {
				it.Reasons = append(it.Reasons, s)
			}
		}
		if it.Usage != "" {
			it.Usage = lookup(m, "advisor_usage."+it.Usage, it.Usage)
		}
		out[i] = it
	}
	return out
}

// reason words one coded reason; "" when the code has no template.
func reason(m map[string]string, f kefu.Finding) string {
	tpl := m["advisor_reason."+f.Code]
	if tpl == "" {
		return ""
	}
	sep := m["advisor_sep"]
	v := make(map[string]string, len(f.Values)+4)
	for k, x := range f.Values {
		v[k] = x
	}
	v["skin"] = words(m, "advisor_skin.", f.Values["skin"], sep)
	v["concern"] = lookup(m, "advisor_concern."+f.Values["concern"], f.Values["concern"])
	v["season"] = lookup(m, "advisor_season."+f.Values["season"], f.Values["season"])
	v["finish"] = lookup(m, "advisor_finish."+f.Values["finish"], f.Values["finish"])
	v["what"] = lookup(m, "advisor_free."+f.Values["what"], f.Values["what"])
	return fill(tpl, v)
}

// words words a comma list of codes with the templates under prefix.
func words(m map[string]string, prefix, list, sep string) string {
	if list == "" {
		return ""
	}
	parts := strings.Split(list, ",")
	for i, p := range parts {
		parts[i] = lookup(m, prefix+p, p)
	}
	return strings.Join(parts, sep)
}
