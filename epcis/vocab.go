package epcis

import (
	"net/url"
	"strings"

	"github.com/kefu-ai/kefu"
)

// steps maps a CBV business step (short form) to the custody step it
// records. Steps not listed (commissioning, transporting,
// sensor_reporting, ...) make no custody event; their sensor data is
// still read. docs/epcis.md has the table with reasons.
var steps = map[string]kefu.CustodyStep{
	"receiving":      kefu.StepReceived,
	"storing":        kefu.StepStored,
	"stocking":       kefu.StepStored,
	"picking":        kefu.StepSorted,
	"packing":        kefu.StepPacked,
	"repackaging":    kefu.StepPacked,
	"loading":        kefu.StepLoaded,
	"departing":      kefu.StepDeparted,
	"shipping":       kefu.StepDeparted,
	"arriving":       kefu.StepArrived,
	"unloading":      kefu.StepArrived,
	"accepting":      kefu.StepDelivered,
	"retail_selling": kefu.StepDelivered,
	"dispensing":     kefu.StepDelivered,
	"inspecting":     kefu.StepInspected,
	"sampling":       kefu.StepInspected,
}

// failing are the CBV dispositions that mean a check failed: the goods
// are damaged, spoiled, not what was ordered or not to be sold. Any
// other disposition (in_transit, in_progress, conformant, ...) passes.
var failing = map[string]bool{
	"damaged":            true,
	"destroyed":          true,
	"disposed":           true,
	"expired":            true,
	"mismatch_class":     true,
	"mismatch_instance":  true,
	"mismatch_quantity":  true,
	"needs_replacement":  true,
	"no_pedigree_match":  true,
	"non_conformant":     true,
	"non_sellable_other": true,
	"recalled":           true,
	"stolen":             true,
}

// cbvForms are the prefixes of a CBV term, by vocabulary: the EPCIS 1.x
// URN, the CBV 2.0 web URI (and its CURIE with the standard context's
// "cbv" prefix). The bare term is the short form.
var cbvForms = map[string][]string{
	"BizStep": {"urn:epcglobal:cbv:bizstep:", "https://ref.gs1.org/cbv/BizStep-", "http://ref.gs1.org/cbv/BizStep-", "cbv:BizStep-"},
	"Disp":    {"urn:epcglobal:cbv:disp:", "https://ref.gs1.org/cbv/Disp-", "http://ref.gs1.org/cbv/Disp-", "cbv:Disp-"},
	"BTT":     {"urn:epcglobal:cbv:btt:", "https://ref.gs1.org/cbv/BTT-", "http://ref.gs1.org/cbv/BTT-", "cbv:BTT-"},
	"SDT":     {"urn:epcglobal:cbv:sdt:", "https://ref.gs1.org/cbv/SDT-", "http://ref.gs1.org/cbv/SDT-", "cbv:SDT-"},
	"ER":      {"urn:epcglobal:cbv:er:", "https://ref.gs1.org/cbv/ER-", "http://ref.gs1.org/cbv/ER-", "cbv:ER-"},
}

// cbvTerm returns the short form of a CBV term of the vocabulary ("BizStep",
// "Disp", ...): "receiving" for "urn:epcglobal:cbv:bizstep:receiving" or
// "https://ref.gs1.org/cbv/BizStep-receiving". A term of another
// vocabulary (a URI of the shop's own) is returned as given.
func cbvTerm(vocab, s string) string {
	for _, p := range cbvForms[vocab] {
		if t, ok := strings.CutPrefix(s, p); ok {
			return t
		}
	}
	return s
}

// stepOf returns the custody step of a business step in any of its forms.
func stepOf(bizStep string) (kefu.CustodyStep, bool) {
	s, ok := steps[cbvTerm("BizStep", bizStep)]
	return s, ok
}

// gs1Term returns the short form of a GS1 Web Vocabulary term:
// "Temperature" for "gs1:Temperature" or "https://gs1.org/voc/Temperature".
func gs1Term(s string) string {
	for _, p := range []string{"gs1:", "https://gs1.org/voc/", "http://gs1.org/voc/", "https://www.gs1.org/voc/", "http://www.gs1.org/voc/"} {
		if t, ok := strings.CutPrefix(s, p); ok {
			return t
		}
	}
	return s
}

// cbvmdaKey returns the attribute name of a CBV master data key in ILMD
// ("lotNumber" for "cbvmda:lotNumber" or "urn:epcglobal:cbv:mda:lotNumber"),
// or "" for any other key.
func cbvmdaKey(k string) string {
	for _, p := range []string{"cbvmda:", "urn:epcglobal:cbv:mda:", "urn:epcglobal:cbv:mda#"} {
		if t, ok := strings.CutPrefix(k, p); ok {
			return t
		}
	}
	return ""
}

// item is what a GS1 identifier says about a trade item or logistic unit.
type item struct {
	GTIN string // 14 digits, "" when not a trade item
	Lot  string
	SSCC string // 18 digits, "" when not a logistic unit
}

// parseID reads a GS1 identifier in EPC URI form (urn:epc:id:sgtin,
// urn:epc:class:lgtin, urn:epc:idpat:sgtin, urn:epc:id:sscc) or as a GS1
// Digital Link URI (https://<any host>/.../01/<gtin>[/10/<lot>]...,
// /00/<sscc>). ok is false for anything else (GIAI, SGLN, ...).
func parseID(s string) (it item, ok bool) {
	if rest, found := strings.CutPrefix(s, "urn:epc:"); found {
		return parseEPCURN(rest)
	}
	if strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://") {
		return parseDigitalLink(s)
	}
	return item{}, false
}

func parseEPCURN(rest string) (item, bool) {
	scheme, body, _ := strings.Cut(rest, ":")
	typ, body, _ := strings.Cut(body, ":")
	parts := strings.Split(body, ".")
	switch {
	case (scheme == "id" || scheme == "idpat") && typ == "sgtin" && len(parts) == 3,
		scheme == "class" && typ == "lgtin" && len(parts) == 3:
		gtin, ok := gtinOf(parts[0], parts[1])
		if !ok {
			return item{}, false
		}
		it := item{GTIN: gtin}
		if typ == "lgtin" {
			lot, err := url.PathUnescape(parts[2])
			if err != nil || lot == "" {
				return item{}, false
			}
			it.Lot = lot
		}
		return it, true
	case scheme == "id" && typ == "sscc" && len(parts) == 2:
		cp, ser := parts[0], parts[1]
		if ser == "" || !digits(cp) || !digits(ser) || len(cp)+len(ser) != 17 {
			return item{}, false
		}
		body := ser[:1] + cp + ser[1:]
		return item{SSCC: body + checkDigit(body)}, true
	}
	return item{}, false
}

// gtinOf returns the GTIN-14 of an EPC's company prefix and item reference
// (whose first digit is the indicator).
func gtinOf(cp, ref string) (string, bool) {
	if ref == "" || !digits(cp) || !digits(ref) || len(cp)+len(ref) != 13 {
		return "", false
	}
	body := ref[:1] + cp + ref[1:]
	return body + checkDigit(body), true
}

func parseDigitalLink(s string) (item, bool) {
	u, err := url.Parse(s)
	if err != nil {
		return item{}, false
	}
	segs := strings.Split(strings.Trim(u.EscapedPath(), "/"), "/")
	for i := 0; i+1 < len(segs); i++ {
		switch segs[i] {
		case "00":
			if len(segs[i+1]) == 18 && digits(segs[i+1]) {
				return item{SSCC: segs[i+1]}, true
			}
		case "01":
			if len(segs[i+1]) != 14 || !digits(segs[i+1]) {
				continue
			}
			it := item{GTIN: segs[i+1]}
			for j := i + 2; j+1 < len(segs); j += 2 {
				if segs[j] == "10" {
					if lot, err := url.PathUnescape(segs[j+1]); err == nil {
						it.Lot = lot
					}
				}
			}
			return it, true
		}
	}
	return item{}, false
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// checkDigit is the GS1 mod-10 check digit of body (all digits).
func checkDigit(body string) string {
	sum := 0
	for i := len(body) - 1; i >= 0; i-- {
		d := int(body[i] - '0')
		if (len(body)-1-i)%2 == 0 {
			d *= 3
		}
		sum += d
	}
	return string(rune('0' + (10-sum%10)%10))
}
