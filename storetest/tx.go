package storetest

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"testing"

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
