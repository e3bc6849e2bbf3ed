// Package postgres implements kefu.Store on PostgreSQL with pgx.
//
// Several kefu nodes can share one database: every query is scoped by
// tenant, IDs are random or database sequences, and migrations (the
// embedded migration/*.sql files, applied in file-name order and recorded
// in schema_migrations) hold a PostgreSQL advisory lock, so processes that
// start together migrate the schema exactly once.
//
// Connections come from pgxpool (pool_max_conns in the DSN sets its size;
// the default is DefaultConns). Statements
// are prepared and cached per connection by pgx.
//
// Times are timestamptz, which keeps microseconds: the DB truncates the
// times it sets and stores to the microsecond. JSON-valued fields are jsonb.
package postgres
