package main

import (
	"context"
	"errors"
)

// runRecommendEvalSkin is "kefu recommend eval-skin" (being built).
func runRecommendEvalSkin(ctx context.Context, args []string, env *Env) error {
	return errors.New("kefu recommend eval-skin is not built yet")
}
