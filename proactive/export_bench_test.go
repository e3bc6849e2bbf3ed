package proactive_test

import (
	"os"
	"strconv"
)

func init() {
	if n, err := strconv.Atoi(os.Getenv("KEFU_BENCH_ORDERS")); err == nil && n > 0 {
		benchOrders = n
	}
}
