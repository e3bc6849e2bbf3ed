package kefu

import (
	"errors"
	"maps"
	"testing"
)

// TestErrorRule checks that the rule of an invalid value, and its
// parameters, survive the wrapping an error gets on its way to the API
// (E, InField, InList), and that errors without one have none.
func TestErrorRule(t *testing.T) {
	base := InvalidRule("currency", RuleCurrency, map[string]string{"value": "XYZ"}, "currency %q is not an ISO 4217 code", "XYZ")
	tests := []struct {
		name   string
		err    error
		rule   string
		params map[string]string
		field  string
	}{
		{"as made", base, RuleCurrency, map[string]string{"value": "XYZ"}, "currency"},
		{"under an operation", E("sqlite.UpdateTenant", base), RuleCurrency, map[string]string{"value": "XYZ"}, "currency"},
		{"in a field", InField("settings", base), RuleCurrency, map[string]string{"value": "XYZ"}, "settings.currency"},
		{"in a list", InList("shops", 2, E("op", base)), RuleCurrency, map[string]string{"value": "XYZ"}, "shops[2].currency"},
		{"a language tag", CheckLanguage("language", "EN"), RuleCanonical, map[string]string{"value": "EN", "want": "en"}, "language"},
		{"no rule", Invalidf("sku", "sku is required"), "", nil, "sku"},
		{"not ours", errors.New("boom"), "", nil, ""},
		{"nil", nil, "", nil, ""},
	}
	for _, tt := range tests {
		rule, params := ErrorRule(tt.err)
		if rule != tt.rule || !maps.Equal(params, tt.params) || ErrorField(tt.err) != tt.field {
			t.Errorf("%s: rule %q %v field %q, want %q %v %q", tt.name, rule, params, ErrorField(tt.err), tt.rule, tt.params, tt.field)
		}
	}
}
