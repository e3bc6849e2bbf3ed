package storetest

import (
	"testing"

	"github.com/kefu-ai/kefu"
)

// Run runs the kefu.Store contract suite. open must return a new, empty
// store for each call and arrange (with t.Cleanup) for it to be closed.
// Each subtest opens its own store.
func Run(t *testing.T, open func(t *testing.T) kefu.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s kefu.Store)
	}{
		{"Tenants", testTenants},
		{"APIKeys", testAPIKeys},
		{"Customers", testCustomers},
		{"Conversations", testConversations},
		{"UpdateConversation", testUpdateConversation},
		{"FindConversations", testFindConversations},
		{"QueueOrder", testQueueOrder},
		{"Messages", testMessages},
		{"MessagePaging", testMessagePaging},
		{"ClientMessageID", testClientMessageID},
		{"FindReply", testFindReply},
		{"Orders", testOrders},
		{"FindOrders", testFindOrders},
		{"Shipments", testShipments},
		{"Products", testProducts},
		{"Articles", testArticles},
		{"TenantIsolation", testTenantIsolation},
		{"InTx", testInTx},
		{"ConcurrentMessages", testConcurrentMessages},
		{"ConcurrentFailures", testConcurrentFailures},
		{"FailedWrites", testFailedWrites},
		{"Validation", testValidation},
	}
	tests = append(tests, agentTests...)
	tests = append(tests, deskTests...)
	tests = append(tests, articleTests...)
	tests = append(tests, adminTests...)
	tests = append(tests, promotionTests...)
	tests = append(tests, coldChainTests...)
	tests = append(tests, compensationTests...)
	tests = append(tests, attachmentTests...)
	tests = append(tests, proactiveTests...)
	tests = append(tests, reviewTests...)
	tests = append(tests, customerProfileTests...)
	tests = append(tests, productProfileTests...)
	tests = append(tests, analyticsTests...)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, open(t)) })
	}
}

// adminTests cover what the admin API needs: upserts by the shop's own
// keys, cursor listings and deletes.
var adminTests = []struct {
	name string
	fn   func(t *testing.T, s kefu.Store)
}{
	{"UpsertCustomers", testUpsertCustomers},
	{"FindCustomers", testFindCustomers},
	{"DeleteCustomer", testDeleteCustomer},
	{"UpsertOrders", testUpsertOrders},
	{"FindOrdersByNumber", testFindOrdersByNumber},
	{"DeleteOrder", testDeleteOrder},
	{"UpsertShipments", testUpsertShipments},
	{"FindShipments", testFindShipments},
	{"DeleteShipment", testDeleteShipment},
	{"ProductPages", testProductPages},
	{"DeleteProduct", testDeleteProduct},
	{"FindArticleByKey", testFindArticleByKey},
	{"ArticlePages", testArticlePages},
	{"DeleteArticle", testDeleteArticle},
	{"UpsertInTx", testUpsertInTx},
	{"ConcurrentUpserts", testConcurrentUpserts},
}
