package customs

import (
	"strconv"
	"strings"
)

// Languages lists the languages every explanation template exists in. Other
// languages fall back to English.
var Languages = []string{"en", "zh", "es", "th", "it", "de"}

// msg fills the template key of lang (or English) with the pairs of args:
// msg("sum.total", "de", "total", "65,95 €").
func (t *Tables) msg(key, lang string, args ...string) string {
	tmpl, ok := t.msgs[key][lang]
	if !ok {
		tmpl, ok = t.msgs[key]["en"]
	}
	if !ok {
		return key
	}
	if len(args) == 0 {
		return tmpl
	}
	pairs := make([]string, len(args))
	for i := 0; i+1 < len(args); i += 2 {
		pairs[i], pairs[i+1] = "{"+args[i]+"}", args[i+1]
	}
	return strings.NewReplacer(pairs...).Replace(tmpl)
}

func sep(lang string) string {
	if lang == "zh" || lang == "ja" {
		return "；"
	}
	return "; "
}

// taxName is the name of the country's import tax in lang.
func (t *Tables) taxName(r *Result, lang string) string {
	return t.msg("tax."+string(r.Country.Tax), lang)
}

// Summary renders the one-line answer in lang, for example in English
// "Italy: customs value €180.00; duty 12% = €21.60; VAT 22% on €201.60 =
// €44.35; total to pay €65.95". Explain adds the details.
func (t *Tables) Summary(r *Result, lang string) string {
	parts := []string{t.msg("sum.head", lang, "country", t.CountryName(r.Country.Code, lang), "value", r.CustomsValue.Format(lang))}

	allExempt, limit := true, ""
	for _, l := range r.Lines {
		allExempt = allExempt && l.DutyExempt
	}
	for _, x := range r.Rules {
		if x.Code == RuleDutyExempt {
			limit = x.Limit.Format(lang)
		}
	}
	if rate, ok := r.DutyRateIfUniform(); ok {
		parts = append(parts, t.msg("sum.duty", lang, "rate", rate.Format(lang), "duty", r.Duty.Format(lang)))
	} else if allExempt && limit != "" {
		parts = append(parts, t.msg("sum.duty_exempt", lang, "limit", limit))
	} else {
		parts = append(parts, t.msg("sum.duty_mixed", lang, "duty", r.Duty.Format(lang)))
	}

	tax := t.taxName(r, lang)
	switch r.Collection {
	case CollectNone:
		parts = append(parts, t.msg("sum.tax_none", lang))
	case CollectExempt:
		lim := ""
		for _, x := range r.Rules {
			if x.Code == RuleTaxExempt {
				lim = x.Limit.Format(lang)
			}
		}
		parts = append(parts, t.msg("sum.tax_exempt", lang, "tax", tax, "limit", lim))
	default:
		var clause string
		if len(r.TaxGroups) == 1 {
			g := r.TaxGroups[0]
			clause = t.msg("sum.tax", lang, "tax", tax, "rate", g.Rate.Format(lang), "base", g.Base.Format(lang), "amount", g.Tax.Format(lang))
		} else {
			clause = t.msg("sum.tax_mixed", lang, "tax", tax, "base", r.TaxBase.Format(lang), "amount", r.Tax.Format(lang))
		}
		if r.Collection == CollectAtSale {
			clause = t.msg("sum.at_sale", lang, "tax_clause", clause)
		}
		parts = append(parts, clause)
	}
	parts = append(parts, t.msg("sum.total", lang, "total", r.TotalToPay.Format(lang)))
	return strings.Join(parts, sep(lang))
}

// Explain renders the whole explanation in lang: the summary, one line per
// item (value, conversion, duty), one line per tax rate when there are
// several, and one line per rule that applied (thresholds, IOSS, exchange
// rates, transport, country caveats).
func (t *Tables) Explain(r *Result, lang string) []string {
	out := []string{t.Summary(r, lang)}
	for _, l := range r.Lines {
		desc := l.Description
		if desc == "" {
			desc = l.HS.String()
		}
		args := []string{"desc", desc, "hs", l.HS.String(), "qty", strconv.FormatInt(l.Quantity, 10),
			"goods", l.Goods.Format(lang), "value", l.Value.Format(lang)}
		key := "line.item"
		if l.FX != nil {
			key = "line.item_fx"
		}
		s := t.msg(key, lang, args...)
		if l.DutyExempt {
			s += sep(lang) + t.msg("line.duty_exempt", lang)
		} else {
			s += sep(lang) + t.msg("line.duty", lang, "rate", l.DutyRate.Rate.Format(lang), "base", l.CustomsValue.Format(lang), "duty", l.Duty.Format(lang))
		}
		out = append(out, s)
	}
	tax := t.taxName(r, lang)
	if len(r.TaxGroups) > 1 {
		for _, g := range r.TaxGroups {
			out = append(out, t.msg("sum.tax", lang, "tax", tax, "rate", g.Rate.Format(lang), "base", g.Base.Format(lang), "amount", g.Tax.Format(lang)))
		}
	}
	for _, x := range r.Rules {
		args := []string{"tax", tax, "limit", x.Limit.Format(lang), "value", x.Value.Format(lang), "hs", x.HS.String()}
		if x.FX != nil {
			args = append(args, "date", x.FX.Date, "from", string(x.FX.From), "to", string(x.FX.To), "rate", displayRate(x.FX, lang))
		}
		key := "rule." + x.Code
		if x.Code == RuleNote {
			key = x.Note
		}
		out = append(out, t.msg(key, lang, args...))
	}
	return out
}

// displayRate writes an exchange rate with the decimal separator of lang.
func displayRate(fx *FXRate, lang string) string {
	s := fx.Display()
	switch lang {
	case "de", "es", "it", "fr", "pt":
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}
