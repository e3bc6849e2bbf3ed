// Package storetest is the contract test suite of kefu.Store. Every store
// adapter runs the same suite from its own tests:
//
//	func TestStore(t *testing.T) {
//		storetest.Run(t, func(t *testing.T) kefu.Store {
//			db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "kefu.db"), storetest.Clock())
//			...
//			return db
//		})
//	}
//
// Each noun's part of the contract is in its own file (tenant.go,
// customer.go, conversation.go, message.go, order.go, product.go,
// article.go, agent.go, desk.go, promotion.go); isolation.go, tx.go,
// failure.go and validate.go hold the parts that cut across nouns, and
// storetest.go the runner. migration.go has the data of migrations that
// move data, which each adapter's own tests check with
// CheckPromotionMigration.
//
// The package also has MustX helpers that create fixtures and fail the
// test on error, for other packages' tests that need a populated store.
package storetest
