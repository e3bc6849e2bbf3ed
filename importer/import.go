package importer

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/kefu-ai/kefu"
)

// Kinds of records Import reads.
const (
	KindCustomers = "customers"
	KindProducts  = "products"
	KindOrders    = "orders"
	KindShipments = "shipments"
	KindArticles  = "articles"
	KindReviews   = "reviews"
)

// Formats Import reads.
const (
	FormatCSV  = "csv"
	FormatJSON = "json"
)

// Kinds returns the kinds Import accepts, for usage messages.
func Kinds() []string {
	return []string{KindCustomers, KindProducts, KindOrders, KindShipments, KindArticles, KindReviews}
}

// Summary counts what an import stored. On an EINVALID error it is
// returned too, with no counts and the problems found.
type Summary struct {
	Tenant    string `json:"tenant"`
	Customers int    `json:"customers"`
	Products  int    `json:"products"` // created or replaced
	Orders    int    `json:"orders"`
	Shipments int    `json:"shipments"`         // new shipments
	Events    int    `json:"events"`            // tracking events stored, of new and existing shipments
	Articles  int    `json:"articles"`          // created or replaced
	Reviews   int    `json:"reviews,omitempty"` // created or replaced
	// Promotions and CannedReplies count those of a shop document's
	// settings, created or replaced.
	Promotions    int `json:"promotions,omitempty"`
	CannedReplies int `json:"canned_replies,omitempty"`
	// Skipped counts tracking events not stored because the shipment
	// already has a newer one (events identical to stored ones are
	// ignored without counting).
	Skipped int `json:"skipped,omitempty"`
	// Problems lists up to MaxProblems problems, in file order, when the
	// input was rejected.
	Problems []Problem `json:"problems,omitempty"`
}

// Import reads one file of records of one kind (see Kinds) in format
// "csv" or "json" and stores them for the tenant, all in one transaction:
// if any record is bad, nothing is stored and the EINVALID error lists the
// problems by line. The CSV columns and JSON fields of each kind are
// documented in the package comment and docs/import.md.
//
// Customers and orders must be new (ECONFLICT-like problems otherwise);
// products and articles replace the ones with the same SKU or key and
// language, reviews the ones with the same id; shipments that already exist (same order and tracking
// number) get the file's newer events appended.
func Import(ctx context.Context, st kefu.Store, tenantID, kind, format string, r io.Reader) (*Summary, error) {
	const op = "importer.Import"
	kind, format = strings.ToLower(kind), strings.ToLower(format)
	if csvColumns(kind) == nil {
		return nil, &kefu.Error{Code: kefu.EINVALID, Op: op,
			Message: fmt.Sprintf("unknown kind %q (want one of %s)", kind, strings.Join(Kinds(), ", "))}
	}
	if format != FormatCSV && format != FormatJSON {
		return nil, &kefu.Error{Code: kefu.EINVALID, Op: op, Message: fmt.Sprintf(`unknown format %q (want "csv" or "json")`, format)}
	}
	t, err := st.FindTenantByID(ctx, tenantID)
	if err != nil {
		return nil, kefu.E(op, err)
	}
	data, err := readAll(op, r)
	if err != nil {
		return nil, err
	}
	sh := newShop(t)
	ps := &problems{}
	b := parseInput(sh, kind, format, data, ps)
	return storeBatch(ctx, op, st, sh, b, ps, nil)
}

// parseInput reads and checks data; it does no I/O. Problems go to ps.
func parseInput(sh *shop, kind, format string, data []byte, ps *problems) *batch {
	b := &batch{}
	if format == FormatCSV {
		t := readCSV(data, csvColumns(kind), ps)
		if t == nil {
			return b
		}
		switch kind {
		case KindCustomers:
			b.customers = checkCustomers(sh, customersFromCSV(t, ps), ps)
		case KindProducts:
			b.products = checkProducts(sh, productsFromCSV(t, ps), ps)
		case KindOrders:
			b.orders = checkOrders(sh, ordersFromCSV(t, ps), ps)
		case KindShipments:
			b.shipments = checkShipments(sh, shipmentsFromCSV(t, ps), ps)
		case KindArticles:
			b.articles = checkArticles(sh, articlesFromCSV(t, ps), ps)
		case KindReviews:
			b.reviews = checkReviews(sh, reviewsFromCSV(t, ps), ps)
		}
		return b
	}
	elems := readJSONArray(data, ps)
	switch kind {
	case KindCustomers:
		b.customers = checkCustomers(sh, decodeElements[customerRecord](elems, ps), ps)
	case KindProducts:
		b.products = checkProducts(sh, decodeElements[productRecord](elems, ps), ps)
	case KindOrders:
		b.orders = checkOrders(sh, decodeElements[orderRecord](elems, ps), ps)
	case KindShipments:
		b.shipments = checkShipments(sh, decodeElements[shipmentRecord](elems, ps), ps)
	case KindArticles:
		b.articles = checkArticles(sh, decodeElements[articleRecord](elems, ps), ps)
	case KindReviews:
		b.reviews = checkReviews(sh, decodeElements[reviewRecord](elems, ps), ps)
	}
	return b
}

// storeBatch stores b in one transaction of st, after first running
// before (if not nil) in it. Problems found on the way (unknown
// references, duplicates of stored records) roll everything back.
func storeBatch(ctx context.Context, op string, st kefu.Store, sh *shop, b *batch, ps *problems,
	before func(tx kefu.Store) error) (*Summary, error) {
	if ps.count() > 0 {
		return &Summary{Tenant: sh.tenantID, Problems: ps.first()}, invalidInput(op, ps)
	}
	var sum Summary
	err := st.InTx(ctx, func(tx kefu.Store) error {
		sum = Summary{Tenant: sh.tenantID}
		if before != nil {
			if err := before(tx); err != nil {
				return err
			}
		}
		w := &writer{tx: tx, sh: sh, ps: ps, sum: &sum}
		for _, step := range []func(context.Context, *batch) error{
			w.customers, w.products, w.orders, w.shipments, w.articles, w.reviews, w.promotions, w.cannedReplies,
		} {
			if err := step(ctx, b); err != nil {
				return err
			}
		}
		return nil
	})
	if ps.count() > 0 {
		return &Summary{Tenant: sh.tenantID, Problems: ps.first()}, invalidInput(op, ps)
	}
	if err != nil {
		return nil, kefu.E(op, err)
	}
	return &sum, nil
}
