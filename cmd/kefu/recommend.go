package main

import (
	"context"
	"fmt"
)

// runRecommend dispatches "kefu recommend eval-skin" and "kefu recommend
// eval-baskets" (issue 14: product knowledge and recommendations).
func runRecommend(ctx context.Context, args []string, env *Env) error {
	const help = "Usage: kefu recommend <eval-skin|eval-baskets> [flags]\n\n" +
		"  eval-skin     skin-type suitability from ingredients: train on a file, measure on another; last line is JSON\n" +
		"  eval-baskets  basket completion (bought together): mine on a file, hold out items of another; last line is JSON\n\n" +
		"Run \"kefu recommend <command> -h\" for the flags."
	if len(args) == 0 {
		fmt.Fprintln(env.Stderr, help)
		return errUsage
	}
	switch args[0] {
	case "eval-skin":
		return runRecommendEvalSkin(ctx, args[1:], env)
	case "eval-baskets":
		return runRecommendEvalBaskets(ctx, args[1:], env)
	case "-h", "--help", "help":
		fmt.Fprintln(env.Stderr, help)
		return nil
	}
	fmt.Fprintf(env.Stderr, "kefu recommend: unknown command %q\n\n%s\n", args[0], help)
	return errUsage
}
