package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

// errBoom is returned by InTx functions to force a rollback.
var errBoom = errors.New("boom")

func testInTx(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	conv := newConversation(t, s, "shop")

	// writeAll stores one of everything, tagged with n, using tx.
	writeAll := func(tx kefu.Store, n string) error {
		if err := tx.CreateCustomer(ctx, &kefu.Customer{TenantID: "shop", ExternalID: "ext-" + n}); err != nil {
			return err
		}
		c := &kefu.Conversation{TenantID: "shop", Channel: "import", TokenHash: "tok-" + n}
		if err := tx.CreateConversation(ctx, c); err != nil {
			return err
		}
		if err := tx.CreateMessage(ctx, &kefu.Message{TenantID: "shop", ConversationID: conv.ID, Author: kefu.AuthorSystem,
			Text: "import " + n, ClientMessageID: "imp-" + n}); err != nil {
			return err
		}
		if _, err := tx.UpdateConversation(ctx, "shop", conv.ID, kefu.ConversationUpdate{Slots: map[string]string{"n": n}}); err != nil {
			return err
		}
		o := &kefu.Order{TenantID: "shop", Number: "o-" + n, Lines: []kefu.OrderLine{{SKU: "A", Quantity: 1}}}
		if err := tx.CreateOrder(ctx, o); err != nil {
			return err
		}
		sh := &kefu.Shipment{TenantID: "shop", OrderID: o.ID, Events: []kefu.TrackingEvent{{Status: "label_created"}}}
		if err := tx.CreateShipment(ctx, sh); err != nil {
			return err
		}
		if err := tx.AddTrackingEvent(ctx, "shop", sh.ID, kefu.TrackingEvent{Status: "in_transit"}); err != nil {
			return err
		}
		if err := tx.UpsertProduct(ctx, &kefu.Product{TenantID: "shop", SKU: "sku-" + n}); err != nil {
			return err
		}
		if err := tx.UpsertArticle(ctx, &kefu.Article{TenantID: "shop", Key: "k-" + n, Language: "en"}); err != nil {
			return err
		}
		return tx.CreateAPIKey(ctx, &kefu.APIKey{TenantID: "shop", Hash: "hash-" + n, Scope: kefu.ScopeChat})
	}
	// stored reports which of writeAll's records exist for n.
	stored := func(t *testing.T, n string) []string {
		t.Helper()
		var have []string
		check := func(what string, err error) {
			switch kefu.ErrorCode(err) {
			case "":
				have = append(have, what)
			case kefu.ENOTFOUND:
			default:
				t.Fatalf("%s: %v", what, err)
			}
		}
		_, err := s.FindCustomerByExternalID(ctx, "shop", "ext-"+n)
		check("customer", err)
		_, err = s.FindMessageByClientID(ctx, "shop", conv.ID, "imp-"+n)
		check("message", err)
		o, err := s.FindOrderByNumber(ctx, "shop", "o-"+n)
		check("order", err)
		if err == nil {
			ss, err := s.FindShipmentsByOrder(ctx, "shop", o.ID)
			mustNil(t, "FindShipmentsByOrder", err)
			if len(ss) == 1 && len(ss[0].Events) == 2 && ss[0].Status == "in_transit" {
				have = append(have, "shipment")
			}
		}
		_, err = s.FindProductBySKU(ctx, "shop", "sku-"+n)
		check("product", err)
		as, err := s.FindArticles(ctx, kefu.ArticleFilter{TenantID: "shop"})
		mustNil(t, "FindArticles", err)
		for _, a := range as {
			if a.Key == "k-"+n {
				have = append(have, "article")
			}
		}
		_, err = s.FindAPIKeyByHash(ctx, "hash-"+n)
		check("api key", err)
		cs, err := s.FindConversations(ctx, kefu.ConversationFilter{TenantID: "shop", Limit: 1000})
		mustNil(t, "FindConversations", err)
		for _, c := range cs {
			if c.TokenHash == "tok-"+n {
				have = append(have, "conversation")
			}
			if c.ID == conv.ID && c.Slots["n"] == n {
				have = append(have, "slots")
			}
		}
		sort.Strings(have)
		return have
	}
	all := []string{"api key", "article", "conversation", "customer", "message", "order", "product", "shipment", "slots"}

	for _, tc := range []struct {
		name    string
		fn      func(n string) func(tx kefu.Store) error
		wantErr error
		want    []string
	}{
		{"commit", func(n string) func(kefu.Store) error {
			return func(tx kefu.Store) error { return writeAll(tx, n) }
		}, nil, all},
		{"rollback", func(n string) func(kefu.Store) error {
			return func(tx kefu.Store) error {
				if err := writeAll(tx, n); err != nil {
					return err
				}
				return errBoom
			}
		}, errBoom, nil},
		{"nested commit", func(n string) func(kefu.Store) error {
			return func(tx kefu.Store) error {
				return tx.InTx(ctx, func(inner kefu.Store) error { return writeAll(inner, n) })
			}
		}, nil, all},
		{"inner error rolls back outer", func(n string) func(kefu.Store) error {
			return func(tx kefu.Store) error {
				if err := tx.CreateCustomer(ctx, &kefu.Customer{TenantID: "shop", ExternalID: "ext-" + n}); err != nil {
					return err
				}
				return tx.InTx(ctx, func(inner kefu.Store) error {
					if err := writeAll(inner, n+"-inner"); err != nil {
						return err
					}
					return errBoom
				})
			}
		}, errBoom, nil},
		{"inner error ignored by outer", func(n string) func(kefu.Store) error {
			return func(tx kefu.Store) error {
				if err := writeAll(tx, n); err != nil {
					return err
				}
				err := tx.InTx(ctx, func(inner kefu.Store) error {
					if err := writeAll(inner, n+"-inner"); err != nil {
						return err
					}
					return errBoom
				})
				if !errors.Is(err, errBoom) {
					return fmt.Errorf("inner InTx returned %v, want errBoom", err)
				}
				return nil // the outer transaction commits; the failed inner one left nothing
			}
		}, nil, all},
		{"outer error after inner commit", func(n string) func(kefu.Store) error {
			return func(tx kefu.Store) error {
				if err := tx.InTx(ctx, func(inner kefu.Store) error { return writeAll(inner, n) }); err != nil {
					return err
				}
				return errBoom
			}
		}, errBoom, nil},
		{"close inside is a no-op", func(n string) func(kefu.Store) error {
			return func(tx kefu.Store) error {
				if err := tx.Close(); err != nil {
					return err
				}
				return writeAll(tx, n)
			}
		}, nil, all},
		{"reads see own writes", func(n string) func(kefu.Store) error {
			return func(tx kefu.Store) error {
				if err := writeAll(tx, n); err != nil {
					return err
				}
				if _, err := tx.FindCustomerByExternalID(ctx, "shop", "ext-"+n); err != nil {
					return err
				}
				if _, err := tx.FindOrderByNumber(ctx, "shop", "o-"+n); err != nil {
					return err
				}
				// Outside the transaction nothing is visible yet.
				if _, err := s.FindOrderByNumber(ctx, "shop", "o-"+n); kefu.ErrorCode(err) != kefu.ENOTFOUND {
					return fmt.Errorf("uncommitted order visible outside the transaction (err %v)", err)
				}
				return nil
			}
		}, nil, all},
		{"failed write inside keeps the rest", func(n string) func(kefu.Store) error {
			return func(tx kefu.Store) error {
				// Conflicting writes fail alone; the transaction goes on.
				err := tx.CreateOrder(ctx, &kefu.Order{TenantID: "shop", Number: "o-commit", Lines: []kefu.OrderLine{{SKU: "Z", Quantity: 1}}})
				if kefu.ErrorCode(err) != kefu.ECONFLICT {
					return fmt.Errorf("duplicate order in tx: %v, want ECONFLICT", err)
				}
				err = tx.CreateCustomer(ctx, &kefu.Customer{TenantID: "shop", ExternalID: "ext-commit"})
				if kefu.ErrorCode(err) != kefu.ECONFLICT {
					return fmt.Errorf("duplicate customer in tx: %v, want ECONFLICT", err)
				}
				return writeAll(tx, n)
			}
		}, nil, all},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := strings.ReplaceAll(tc.name, " ", "-")
			err := s.InTx(ctx, tc.fn(n))
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("InTx error %v, want %v", err, tc.wantErr)
			}
			checkEqual(t, "stored records", stored(t, n), tc.want)
			checkEqual(t, "stored inner records", stored(t, n+"-inner"), []string(nil))
		})
	}
	// The order of the "commit" case is untouched by the duplicate inside a later transaction.
	o, err := s.FindOrderByNumber(ctx, "shop", "o-commit")
	mustNil(t, "FindOrderByNumber", err)
	if len(o.Lines) != 1 || o.Lines[0].SKU != "A" {
		t.Errorf("order o-commit changed: %s", show(o))
	}

	t.Run("error code kept", func(t *testing.T) {
		err := s.InTx(ctx, func(tx kefu.Store) error { return kefu.Errorf(kefu.EINVALID, "bad row 7") })
		wantCode(t, "InTx", err, kefu.EINVALID)
	})
	t.Run("store usable after rollback", func(t *testing.T) {
		MustCreateMessage(t, s, &kefu.Message{TenantID: "shop", ConversationID: conv.ID, Author: kefu.AuthorCustomer, Text: "still here"})
	})
}

// testUpsertInTx replaces one of each noun inside transactions: a rollback
// leaves every record as it was, a commit keeps every replacement, and an
// upsert that fails inside a transaction fails alone.
func testUpsertInTx(t *testing.T, s kefu.Store) {
	ctx := context.Background()
	MustCreateTenant(t, s, "shop")
	day := time.Date(2025, 6, 1, 8, 0, 0, 0, time.UTC)
	cu := MustUpsertCustomer(t, s, &kefu.Customer{TenantID: "shop", ExternalID: "c1", Name: "before"})
	o := MustUpsertOrder(t, s, &kefu.Order{TenantID: "shop", Number: "1", Status: "paid", PlacedAt: day,
		Lines: []kefu.OrderLine{{SKU: "A", Quantity: 1}, {SKU: "B", Quantity: 2}}})
	sh := MustUpsertShipment(t, s, &kefu.Shipment{TenantID: "shop", OrderID: o.ID, TrackingNumber: "T1", CreatedAt: day,
		Events: []kefu.TrackingEvent{{At: day, Status: "label_created"}}})
	pr := MustUpsertProduct(t, s, &kefu.Product{TenantID: "shop", SKU: "A", Name: "before", UpdatedAt: day})
	ar := MustUpsertArticle(t, s, &kefu.Article{TenantID: "shop", Key: "k", Language: "en", Body: "before", UpdatedAt: day})

	type state struct {
		Customer *kefu.Customer
		Order    *kefu.Order
		Shipment *kefu.Shipment
		Product  *kefu.Product
		Article  *kefu.Article
		Orders   []string
	}
	read := func(t *testing.T) state {
		t.Helper()
		var st state
		var err error
		st.Customer, err = s.FindCustomerByExternalID(ctx, "shop", "c1")
		mustNil(t, "FindCustomerByExternalID", err)
		st.Order, err = s.FindOrderByNumber(ctx, "shop", "1")
		mustNil(t, "FindOrderByNumber", err)
		st.Shipment, err = s.FindShipmentByTrackingNumber(ctx, "shop", "T1")
		mustNil(t, "FindShipmentByTrackingNumber", err)
		st.Product, err = s.FindProductBySKU(ctx, "shop", "A")
		mustNil(t, "FindProductBySKU", err)
		st.Article, err = s.FindArticleByKey(ctx, "shop", "k", "en")
		mustNil(t, "FindArticleByKey", err)
		os, err := s.FindOrders(ctx, kefu.OrderFilter{TenantID: "shop", ByNumber: true})
		mustNil(t, "FindOrders", err)
		for _, o := range os {
			st.Orders = append(st.Orders, o.Number)
		}
		return st
	}
	// replaceAll replaces each record (the order's lines, the shipment's
	// events) and creates order 2, with the text "after".
	replaceAll := func(tx kefu.Store) error {
		at := day.Add(time.Hour)
		for _, err := range []error{
			tx.UpsertCustomer(ctx, &kefu.Customer{TenantID: "shop", ExternalID: "c1", Name: "after"}),
			tx.UpsertOrder(ctx, &kefu.Order{TenantID: "shop", Number: "1", Status: "after", PlacedAt: day,
				Lines: []kefu.OrderLine{{SKU: "C", Quantity: 3}}}),
			tx.UpsertOrder(ctx, &kefu.Order{TenantID: "shop", Number: "2", Status: "after", PlacedAt: day}),
			tx.UpsertShipment(ctx, &kefu.Shipment{TenantID: "shop", OrderID: o.ID, TrackingNumber: "T1",
				Events: []kefu.TrackingEvent{{At: at, Status: "in_transit"}, {At: at, Status: "after"}}}),
			tx.UpsertProduct(ctx, &kefu.Product{TenantID: "shop", SKU: "A", Name: "after", UpdatedAt: at}),
			tx.UpsertArticle(ctx, &kefu.Article{TenantID: "shop", Key: "k", Language: "en", Body: "after", UpdatedAt: at}),
		} {
			if err != nil {
				return err
			}
		}
		return nil
	}
	before := read(t)
	checkEqual(t, "records before", before, state{Customer: cu, Order: o, Shipment: sh, Product: pr, Article: ar, Orders: []string{"1"}})

	t.Run("rollback", func(t *testing.T) {
		err := s.InTx(ctx, func(tx kefu.Store) error {
			if err := replaceAll(tx); err != nil {
				return err
			}
			return errBoom
		})
		if !errors.Is(err, errBoom) {
			t.Fatalf("InTx error %v, want errBoom", err)
		}
		checkEqual(t, "records after a rollback", read(t), before)
	})
	t.Run("failed upserts inside", func(t *testing.T) {
		err := s.InTx(ctx, func(tx kefu.Store) error {
			// Each fails alone; the transaction goes on and commits.
			err := tx.UpsertShipment(ctx, &kefu.Shipment{TenantID: "shop", OrderID: "or_nope", TrackingNumber: "T1"})
			if kefu.ErrorCode(err) != kefu.ENOTFOUND {
				return fmt.Errorf("UpsertShipment of an unknown order in tx: %v, want ENOTFOUND", err)
			}
			err = tx.UpsertOrder(ctx, &kefu.Order{ID: o.ID, TenantID: "shop", Number: "4",
				Lines: []kefu.OrderLine{{SKU: "D", Quantity: 1}}})
			if kefu.ErrorCode(err) != kefu.ECONFLICT {
				return fmt.Errorf("UpsertOrder with another order's ID in tx: %v, want ECONFLICT", err)
			}
			if err := tx.DeleteOrder(ctx, "shop", "nope"); kefu.ErrorCode(err) != kefu.ENOTFOUND {
				return fmt.Errorf("DeleteOrder(missing) in tx: %v, want ENOTFOUND", err)
			}
			return nil
		})
		mustNil(t, "InTx", err)
		checkEqual(t, "records after failed upserts in a transaction", read(t), before)
	})
	t.Run("commit", func(t *testing.T) {
		mustNil(t, "InTx", s.InTx(ctx, replaceAll))
		got := read(t)
		if got.Customer.ID != cu.ID || got.Customer.Name != "after" {
			t.Errorf("customer after commit: %s", show(got.Customer))
		}
		if got.Order.ID != o.ID || got.Order.Status != "after" || len(got.Order.Lines) != 1 || got.Order.Lines[0].SKU != "C" {
			t.Errorf("order after commit: %s", show(got.Order))
		}
		if got.Shipment.ID != sh.ID || got.Shipment.Status != "after" || len(got.Shipment.Events) != 2 {
			t.Errorf("shipment after commit: %s", show(got.Shipment))
		}
		if got.Product.ID != pr.ID || got.Product.Name != "after" || got.Article.ID != ar.ID || got.Article.Body != "after" {
			t.Errorf("product and article after commit: %s %s", show(got.Product), show(got.Article))
		}
		if !slices.Contains(got.Orders, "2") {
			t.Errorf("orders after commit: %v, want order 2 among them", got.Orders)
		}
	})
}
