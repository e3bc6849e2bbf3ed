// Package knowledge retrieves a tenant's published articles for a customer
// question: a BM25 index whose tokens are words for languages written with
// spaces and character unigrams and bigrams for Chinese, Japanese and Thai,
// so that no word segmenter is needed. Indexes are built per tenant from
// the store and cached for a short time.
package knowledge
