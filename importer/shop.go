package importer

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/data"
)

// LoadShop reads one shop document (the format of data/demo/*.json,
// described in docs/import.md) and stores the tenant with its customers,
// products, orders, shipments and articles, and the promotions and
// canned replies of its settings, in one transaction of st, so
// that a bad document leaves nothing behind. now stamps the creation and
// update times of what has none in the document; nil leaves them to the
// store. The tenant must not exist yet (ECONFLICT otherwise). On EINVALID
// the summary lists the problems.
func LoadShop(ctx context.Context, st kefu.Store, r io.Reader, now kefu.Clock) (*Summary, error) {
	return loadShop(ctx, "importer.LoadShop", st, r, nil, now)
}

// ShopPart is a further document of a shop, loaded with its main document
// in one transaction by LoadShopParts: the form of the generated part of
// a demo shop (data/demo/glowlab-generated.json). It has no "tenant" but
// a "tenant_id" that must be the main document's, and the same sections.
type ShopPart struct {
	// Name names the document in problems ("glowlab-generated.json").
	Name string
	R    io.Reader
}

// LoadShopParts is LoadShop for a shop in several documents: the main
// one, with the tenant, and parts (ShopPart) whose records are checked
// and stored with the main document's, as if they were written there: a
// part's reviews may name the main document's products, and an SKU or
// customer in two documents is a duplicate. Problems in a part name it.
func LoadShopParts(ctx context.Context, st kefu.Store, r io.Reader, parts []ShopPart, now kefu.Clock) (*Summary, error) {
	return loadShop(ctx, "importer.LoadShopParts", st, r, parts, now)
}

func loadShop(ctx context.Context, op string, st kefu.Store, r io.Reader, parts []ShopPart, now kefu.Clock) (*Summary, error) {
	doc, err := readAll(op, r)
	if err != nil {
		return nil, err
	}
	var partDocs []partDoc
	for _, p := range parts {
		b, err := readAll(op, p.R)
		if err != nil {
			return nil, err
		}
		partDocs = append(partDocs, partDoc{name: p.Name, doc: b})
	}
	ps := &problems{}
	t, sh, b := parseShop(doc, partDocs, ps)
	if now != nil && ps.count() == 0 {
		n := now()
		t.CreatedAt = n
		for _, it := range b.customers {
			it.v.CreatedAt = n
		}
		for _, it := range b.products {
			it.v.UpdatedAt = n
		}
		for _, it := range b.articles {
			it.v.UpdatedAt = n
		}
	}
	return storeBatch(ctx, op, st, sh, b, ps, func(tx kefu.Store) error { return tx.CreateTenant(ctx, t) })
}

// LoadDemo loads the demo shops embedded in package data (see
// data/demo/README.md), each with LoadShop. A demo tenant that already
// exists is left as it is, so calling LoadDemo again is safe. It returns
// the demo tenants, whether loaded now or before.
func LoadDemo(ctx context.Context, st kefu.Store, now kefu.Clock) ([]*kefu.Tenant, error) {
	const op = "importer.LoadDemo"
	var out []*kefu.Tenant
	for _, id := range data.DemoShops() {
		t, err := st.FindTenantByID(ctx, id)
		if kefu.ErrorCode(err) == kefu.ENOTFOUND {
			if err := loadDemoShop(ctx, st, id, now); err != nil && kefu.ErrorCode(err) != kefu.ECONFLICT {
				// ECONFLICT: another node loaded it meanwhile, which is fine.
				return nil, kefu.E(op, err)
			}
			t, err = st.FindTenantByID(ctx, id)
		}
		if err != nil {
			return nil, kefu.E(op, err)
		}
		out = append(out, t)
	}
	return out, nil
}

func loadDemoShop(ctx context.Context, st kefu.Store, id string, now kefu.Clock) error {
	f, err := data.Demo.Open(id + ".json")
	if err != nil {
		return &kefu.Error{Code: kefu.EINTERNAL, Message: "demo shop " + id + " is missing", Err: err}
	}
	defer f.Close()
	// The shop's generated part, when it has one (glowlab).
	var parts []ShopPart
	if g, err := data.Demo.Open(id + "-generated.json"); err == nil {
		defer g.Close()
		parts = append(parts, ShopPart{Name: id + "-generated.json", R: g})
	}
	if _, err := LoadShopParts(ctx, st, f, parts, now); err != nil {
		return err
	}
	// The shop's cold chain, when it has one (freshfarm).
	cc, err := data.Demo.Open(id + "-coldchain.json")
	if err != nil {
		return nil
	}
	defer cc.Close()
	t := time.Now()
	if now != nil {
		t = now()
	}
	_, err = LoadColdChainDemo(ctx, st, cc, t)
	return err
}

// tenantRecord is the "tenant" object of a shop document.
type tenantRecord struct {
	ID       string         `json:"id"`
	Name     string         `json:"name"`
	Settings settingsRecord `json:"settings"`
}

// shopSections are the arrays of a shop document, in the order they are
// stored, comma-separated. Promotions may also come in the tenant's
// settings, as they did before they had a section.
const shopSections = "customers,products,orders,shipments,articles,reviews,promotions"

// partDoc is a ShopPart, read.
type partDoc struct {
	name string
	doc  []byte
}

// shopDoc is the top level of a shop document or part, split.
type shopDoc struct {
	tenantRaw json.RawMessage // "tenant"; nil if absent
	tenantAt  pos
	tenantID  string // "tenant_id" of a part
	hasID     bool
	sections  map[string][]element
}

// scanShop splits a shop document or part (prefix names it in element
// positions: "" for the main document) into its tenant and sections; ok
// is false when the JSON itself is broken.
func scanShop(doc []byte, prefix string, ps *problems) (sd shopDoc, ok bool) {
	sd.sections = map[string][]element{}
	dec := json.NewDecoder(bytes.NewReader(doc))
	if tok, err := dec.Token(); err != nil {
		jsonProblem(err, doc, dec, ps)
		return sd, false
	} else if tok != json.Delim('{') {
		ps.addf(pos{line: 1, where: strings.TrimSuffix(prefix, ": ")},
			"want a JSON object with tenant, customers, products, orders, shipments and articles, not %v", tokenText(tok, nil))
		return sd, false
	}
	want := "tenant"
	if prefix != "" {
		want = "tenant_id"
	}
	for dec.More() {
		at := pos{line: lineAt(doc, dec.InputOffset()), where: strings.TrimSuffix(prefix, ": ")}
		tok, err := dec.Token()
		if err != nil {
			jsonProblem(err, doc, dec, ps)
			return sd, false
		}
		key, _ := tok.(string)
		switch {
		case key == "tenant" && prefix == "":
			sd.tenantAt = pos{line: lineAt(doc, dec.InputOffset()), where: "tenant"}
			if err := dec.Decode(&sd.tenantRaw); err != nil {
				jsonProblem(err, doc, dec, ps)
				return sd, false
			}
		case key == "tenant_id" && prefix != "":
			if err := dec.Decode(&sd.tenantID); err != nil {
				ps.add(at, "tenant_id: want a string, the tenant's id")
				return sd, false
			}
			sd.hasID = true
		case isSection(key):
			elems, ok := readArray(dec, doc, func(i int) string { return fmt.Sprintf("%s%s[%d]", prefix, key, i) }, ps)
			if !ok {
				return sd, false
			}
			sd.sections[key] = append(sd.sections[key], elems...)
		default:
			if !strings.HasPrefix(key, "_") { // "_note" and other comments
				ps.addf(at, "unknown field %q (want %s, %s)", key, want, strings.ReplaceAll(shopSections, ",", ", "))
			}
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				jsonProblem(err, doc, dec, ps)
				return sd, false
			}
		}
	}
	if _, err := dec.Token(); err != nil {
		jsonProblem(err, doc, dec, ps)
		return sd, false
	}
	if tok, err := dec.Token(); err != io.EOF {
		ps.addf(pos{line: lineAt(doc, dec.InputOffset())}, "unexpected %v after the document", tokenText(tok, err))
	}
	return sd, true
}

// parseShop reads and checks a shop document and its parts. It returns
// the tenant, the shop the checks used and the batch; on problems the
// tenant may be nil but the shop and batch are not.
func parseShop(doc []byte, parts []partDoc, ps *problems) (*kefu.Tenant, *shop, *batch) {
	sh, b := &shop{}, &batch{}
	sd, ok := scanShop(doc, "", ps)
	if !ok {
		return nil, sh, b
	}
	if sd.tenantRaw == nil {
		ps.add(pos{line: 1}, "the document has no tenant")
		return nil, sh, b
	}
	t, set := checkTenant(sd.tenantRaw, sd.tenantAt, ps)
	if t == nil {
		return nil, sh, b
	}
	// A part's sections follow the main document's, as if written there.
	sections := sd.sections
	for _, p := range parts {
		// Problems in the part carry its name, before the element (the
		// lines are the part's).
		pd, ok := scanShop(p.doc, p.name+": ", ps)
		if !ok {
			continue
		}
		switch {
		case !pd.hasID:
			ps.addf(pos{line: 1, where: p.name}, "the part has no tenant_id (want %q)", t.ID)
			continue
		case pd.tenantID != t.ID:
			ps.addf(pos{line: 1, where: p.name}, "tenant_id %q is not the shop's, %q", pd.tenantID, t.ID)
			continue
		}
		for k, elems := range pd.sections {
			sections[k] = append(sections[k], elems...)
		}
	}
	sh = newShop(t)
	for i := range set.Promotions {
		set.Promotions[i].at = sd.tenantAt.child("settings.promotions", i)
	}
	for i := range set.CannedReplies {
		set.CannedReplies[i].at = sd.tenantAt.child("settings.canned_replies", i)
	}
	promos := append(set.Promotions, decodeElements[promotionRecord](sections["promotions"], ps)...)
	b.promotions = checkPromotions(sh, promos, ps)
	b.canned = checkCanned(sh, set.CannedReplies, ps)
	b.customers = checkCustomers(sh, decodeElements[customerRecord](sections["customers"], ps), ps)
	b.products = checkProducts(sh, decodeElements[productRecord](sections["products"], ps), ps)
	b.orders = checkOrders(sh, decodeElements[orderRecord](sections["orders"], ps), ps)
	b.shipments = checkShipments(sh, decodeElements[shipmentRecord](sections["shipments"], ps), ps)
	b.articles = checkArticles(sh, decodeElements[articleRecord](sections["articles"], ps), ps)
	b.reviews = checkReviews(sh, decodeElements[reviewRecord](sections["reviews"], ps), ps)
	return t, sh, b
}

func isSection(key string) bool {
	for _, s := range strings.Split(shopSections, ",") {
		if key == s {
			return true
		}
	}
	return false
}

// checkTenant decodes and checks the tenant object; nil on problems.
// The promotions and canned replies of its settings are returned with
// the settings record, for the caller to check.
func checkTenant(raw []byte, at pos, ps *problems) (*kefu.Tenant, *settingsRecord) {
	var r tenantRecord
	if msg := decodeStrict(raw, &r); msg != "" {
		ps.add(at, msg)
		return nil, nil
	}
	c := newChecker(ps, at)
	if !kefu.ValidTenantID(r.ID) {
		c.add(fmt.Sprintf("id %q is not a tenant ID (1-64 of a-z, 0-9, '-' and '_')", r.ID))
	}
	c.add(checkText("name", r.Name, true, maxShort, false))
	s := r.Settings.TenantSettings
	if s.DefaultLanguage == "" {
		c.add("settings.default_language is required")
	} else {
		var msg string
		s.DefaultLanguage, msg = normLanguage("settings.default_language", s.DefaultLanguage)
		c.add(msg)
	}
	for i, l := range s.Languages {
		var msg string
		s.Languages[i], msg = normLanguage("settings.languages", l)
		c.add(msg)
	}
	if s.Currency != "" {
		var msg string
		s.Currency, msg = normCurrency(s.Currency)
		c.add(msg)
	}
	// The zone is not looked up here: a binary without zone data should
	// still load the demo (times then show in UTC).
	c.add(checkID("settings.timezone", s.Timezone, false))
	if p := s.OrderNumberPattern; p != "" {
		if _, err := regexp.Compile(p); err != nil {
			c.add(fmt.Sprintf("settings.order_number_pattern %q is not a regular expression: %v", p, err))
		}
	}
	t := &kefu.Tenant{ID: r.ID, Name: r.Name, Settings: s}
	c.validate(t)
	if !c.ok() {
		return nil, nil
	}
	return t, &r.Settings
}
