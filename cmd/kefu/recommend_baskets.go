package main

import (
	"context"
	"errors"
)

// runRecommendEvalBaskets is "kefu recommend eval-baskets" (being built).
func runRecommendEvalBaskets(ctx context.Context, args []string, env *Env) error {
	return errors.New("kefu recommend eval-baskets is not built yet")
}
