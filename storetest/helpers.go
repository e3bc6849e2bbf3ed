package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

// Clock returns a deterministic clock for tests: its first call returns
// 2025-01-02T03:04:05.001Z and each later call a time one millisecond
// after the previous one. It is safe for concurrent use.
func Clock() kefu.Clock {
	var (
		mu sync.Mutex // guards t
		t  = time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	)
	return func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		t = t.Add(time.Millisecond)
		return t
	}
}

// MustCreateTenant creates a tenant with the given ID and an English
// default language, or fails tb.
func MustCreateTenant(tb testing.TB, s kefu.Store, id string) *kefu.Tenant {
	tb.Helper()
	t := &kefu.Tenant{ID: id, Name: "Shop " + id, Settings: kefu.TenantSettings{DefaultLanguage: "en", Languages: []string{"en"}}}
	if err := s.CreateTenant(context.Background(), t); err != nil {
		tb.Fatalf("CreateTenant(%q): %v", id, err)
	}
	return t
}

// MustCreateCustomer creates c, or fails tb.
func MustCreateCustomer(tb testing.TB, s kefu.Store, c *kefu.Customer) *kefu.Customer {
	tb.Helper()
	if err := s.CreateCustomer(context.Background(), c); err != nil {
		tb.Fatalf("CreateCustomer(%+v): %v", c, err)
	}
	return c
}

// MustCreateConversation creates c, or fails tb.
func MustCreateConversation(tb testing.TB, s kefu.Store, c *kefu.Conversation) *kefu.Conversation {
	tb.Helper()
	if err := s.CreateConversation(context.Background(), c); err != nil {
		tb.Fatalf("CreateConversation(%+v): %v", c, err)
	}
	return c
}

// MustCreateMessage creates m, or fails tb.
func MustCreateMessage(tb testing.TB, s kefu.Store, m *kefu.Message) *kefu.Message {
	tb.Helper()
	if err := s.CreateMessage(context.Background(), m); err != nil {
		tb.Fatalf("CreateMessage(%+v): %v", m, err)
	}
	return m
}

// MustCreateOrder creates o, or fails tb.
func MustCreateOrder(tb testing.TB, s kefu.Store, o *kefu.Order) *kefu.Order {
	tb.Helper()
	if err := s.CreateOrder(context.Background(), o); err != nil {
		tb.Fatalf("CreateOrder(%+v): %v", o, err)
	}
	return o
}

// MustCreateShipment creates sh, or fails tb.
func MustCreateShipment(tb testing.TB, s kefu.Store, sh *kefu.Shipment) *kefu.Shipment {
	tb.Helper()
	if err := s.CreateShipment(context.Background(), sh); err != nil {
		tb.Fatalf("CreateShipment(%+v): %v", sh, err)
	}
	return sh
}

// MustUpsertProduct upserts p, or fails tb.
func MustUpsertProduct(tb testing.TB, s kefu.Store, p *kefu.Product) *kefu.Product {
	tb.Helper()
	if err := s.UpsertProduct(context.Background(), p); err != nil {
		tb.Fatalf("UpsertProduct(%+v): %v", p, err)
	}
	return p
}

// MustUpsertArticle upserts a, or fails tb.
func MustUpsertArticle(tb testing.TB, s kefu.Store, a *kefu.Article) *kefu.Article {
	tb.Helper()
	if err := s.UpsertArticle(context.Background(), a); err != nil {
		tb.Fatalf("UpsertArticle(%+v): %v", a, err)
	}
	return a
}

// MustUpsertPromotion upserts p, or fails tb.
func MustUpsertPromotion(tb testing.TB, s kefu.Store, p *kefu.Promotion) *kefu.Promotion {
	tb.Helper()
	if err := s.UpsertPromotion(context.Background(), p); err != nil {
		tb.Fatalf("UpsertPromotion(%+v): %v", p, err)
	}
	return p
}

// MustUpsertCannedReply upserts c, or fails tb.
func MustUpsertCannedReply(tb testing.TB, s kefu.Store, c *kefu.CannedReply) *kefu.CannedReply {
	tb.Helper()
	if err := s.UpsertCannedReply(context.Background(), c); err != nil {
		tb.Fatalf("UpsertCannedReply(%+v): %v", c, err)
	}
	return c
}

// wantCode fails t unless kefu.ErrorCode(err) is code.
func wantCode(t testing.TB, what string, err error, code string) {
	t.Helper()
	if got := kefu.ErrorCode(err); got != code {
		t.Errorf("%s: error code %q (err %v), want %q", what, got, err, code)
	}
}

// mustNil fails t now if err is not nil.
func mustNil(t testing.TB, what string, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// sameTime reports whether a and b are the same instant to the
// microsecond, the precision every adapter keeps.
func sameTime(a, b time.Time) bool {
	return a.Truncate(time.Microsecond).Equal(b.Truncate(time.Microsecond))
}

func ptr[T any](v T) *T { return &v }

var timeType = reflect.TypeFor[time.Time]()

// normalize returns a deep copy of v in which times are truncated to the
// microsecond and in UTC, and empty maps and slices are nil, so that
// reflect.DeepEqual compares what a store is required to keep.
func normalize(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return v
		}
		n := reflect.New(v.Type().Elem())
		n.Elem().Set(normalize(v.Elem()))
		return n
	case reflect.Struct:
		if v.Type() == timeType {
			return reflect.ValueOf(v.Interface().(time.Time).Truncate(time.Microsecond).UTC())
		}
		n := reflect.New(v.Type()).Elem()
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				n.Field(i).Set(normalize(v.Field(i)))
			}
		}
		return n
	case reflect.Slice:
		if v.Len() == 0 {
			return reflect.Zero(v.Type())
		}
		n := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := range v.Len() {
			n.Index(i).Set(normalize(v.Index(i)))
		}
		return n
	case reflect.Map:
		if v.Len() == 0 {
			return reflect.Zero(v.Type())
		}
		n := reflect.MakeMapWithSize(v.Type(), v.Len())
		for it := v.MapRange(); it.Next(); {
			n.SetMapIndex(it.Key(), normalize(it.Value()))
		}
		return n
	case reflect.Interface:
		if v.IsNil() {
			return v
		}
		n := reflect.New(v.Type()).Elem()
		n.Set(normalize(v.Elem()))
		return n
	}
	return v
}

// checkEqual reports an error unless got and want are equal after normalize.
func checkEqual(t testing.TB, what string, got, want any) {
	t.Helper()
	g, w := normalize(reflect.ValueOf(got)), normalize(reflect.ValueOf(want))
	if !reflect.DeepEqual(g.Interface(), w.Interface()) {
		t.Errorf("%s:\n got %s\nwant %s", what, show(g.Interface()), show(w.Interface()))
	}
}

// show formats v for a failure message.
func show(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprintf("%+v", v)
	}
	return string(b)
}

// wantField fails t unless err has the code and, when field is set, names
// that field (kefu.ErrorField).
func wantField(t testing.TB, what string, err error, code, field string) {
	t.Helper()
	wantCode(t, what, err, code)
	if got := kefu.ErrorField(err); field != "" && got != field {
		t.Errorf("%s: error field %q (err %v), want %q", what, got, err, field)
	}
}

// walkPages lists from the start with fetch, each call continuing after
// the last key of the page before, until a page comes back empty, and
// returns the pages. It fails t after 20 pages: a cursor that does not
// move on.
func walkPages(t testing.TB, fetch func(after string) ([]string, error)) [][]string {
	t.Helper()
	var (
		pages [][]string
		after string
	)
	for range 20 {
		page, err := fetch(after)
		mustNil(t, "list a page", err)
		if len(page) == 0 {
			return pages
		}
		pages = append(pages, page)
		after = page[len(page)-1]
	}
	t.Fatalf("the listing did not end after 20 pages: %v", pages)
	return nil
}

// MustUpsertCustomer upserts c, or fails tb.
func MustUpsertCustomer(tb testing.TB, s kefu.Store, c *kefu.Customer) *kefu.Customer {
	tb.Helper()
	if err := s.UpsertCustomer(context.Background(), c); err != nil {
		tb.Fatalf("UpsertCustomer(%+v): %v", c, err)
	}
	return c
}

// MustUpsertOrder upserts o, or fails tb.
func MustUpsertOrder(tb testing.TB, s kefu.Store, o *kefu.Order) *kefu.Order {
	tb.Helper()
	if err := s.UpsertOrder(context.Background(), o); err != nil {
		tb.Fatalf("UpsertOrder(%+v): %v", o, err)
	}
	return o
}

// MustUpsertShipment upserts sh, or fails tb.
func MustUpsertShipment(tb testing.TB, s kefu.Store, sh *kefu.Shipment) *kefu.Shipment {
	tb.Helper()
	if err := s.UpsertShipment(context.Background(), sh); err != nil {
		tb.Fatalf("UpsertShipment(%+v): %v", sh, err)
	}
	return sh
}

// MustUpsertReview upserts r, or fails tb.
func MustUpsertReview(tb testing.TB, s kefu.Store, r *kefu.Review) *kefu.Review {
	tb.Helper()
	if err := s.UpsertReview(context.Background(), r); err != nil {
		tb.Fatalf("UpsertReview(%+v): %v", r, err)
	}
	return r
}
