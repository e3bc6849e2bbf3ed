package nats

// Token and Untoken export the subject token codec to the tests.
var (
	Token   = token
	Untoken = untoken
)
