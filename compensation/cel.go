package compensation

import (
	"fmt"
	"strings"

	"github.com/google/cel-go/cel"
	"github.com/google/cel-go/common/types"
	"github.com/google/cel-go/interpreter"
	"github.com/kefu-ai/kefu"
)

// The variables a rule's When may use, each with its CEL type. Integer
// facts are minutes, grams and minor units of currency.
const (
	VarKind                 = "kind"                   // string: late, underweight, temperature, ...
	VarDelayMinutes         = "delay_minutes"          // int
	VarExcursionMinutes     = "excursion_minutes"      // int
	VarMissingGrams         = "missing_grams"          // int
	VarCategory             = "category"               // string
	VarSKU                  = "sku"                    // string
	VarOrderValue           = "order_value"            // int, minor units
	VarLineValue            = "line_value"             // int, minor units
	VarCurrency             = "currency"               // string, ISO 4217
	VarCustomerTier         = "customer.tier"          // string
	VarCompensationsLast30d = "compensations_last_30d" // int
	VarAttributes           = "attributes"             // map(string, string)
)

// Evaluation limits.
const (
	// MaxCost bounds the work of one evaluation, in CEL cost units (about
	// one per operation), so that a rule iterating over attributes
	// cannot run long.
	MaxCost = 10_000
)

// newEnv declares the incident's variables. An Env is safe for
// concurrent use.
func newEnv() (*cel.Env, error) {
	return cel.NewEnv(
		cel.Variable(VarKind, cel.StringType),
		cel.Variable(VarDelayMinutes, cel.IntType),
		cel.Variable(VarExcursionMinutes, cel.IntType),
		cel.Variable(VarMissingGrams, cel.IntType),
		cel.Variable(VarCategory, cel.StringType),
		cel.Variable(VarSKU, cel.StringType),
		cel.Variable(VarOrderValue, cel.IntType),
		cel.Variable(VarLineValue, cel.IntType),
		cel.Variable(VarCurrency, cel.StringType),
		cel.Variable(VarCustomerTier, cel.StringType),
		cel.Variable(VarCompensationsLast30d, cel.IntType),
		cel.Variable(VarAttributes, cel.MapType(cel.StringType, cel.StringType)),
		cel.ParserExpressionSizeLimit(kefu.MaxRuleWhenLen),
	)
}

// Program is a compiled When expression. It is safe for concurrent use.
type Program struct {
	expr string
	prg  cel.Program
}

// compile type-checks expr with env and plans it; the error is EINVALID
// about "when", with the line and column (from 1) of the first problem.
func compile(env *cel.Env, expr string) (*Program, error) {
	if strings.TrimSpace(expr) == "" {
		return nil, kefu.Invalidf("when", "when is required: a CEL condition such as delay_minutes > 30")
	}
	if len(expr) > kefu.MaxRuleWhenLen {
		return nil, kefu.Invalidf("when", "when is longer than %d bytes", kefu.MaxRuleWhenLen)
	}
	ast, iss := env.Compile(expr)
	if iss != nil && iss.Err() != nil {
		errs := iss.Errors()
		if len(errs) == 0 {
			return nil, kefu.Invalidf("when", "%s", iss.Err())
		}
		e := errs[0]
		more := ""
		if len(errs) > 1 {
			more = fmt.Sprintf(" (and %d more)", len(errs)-1)
		}
		return nil, kefu.Invalidf("when", "line %d, column %d: %s%s", e.Location.Line(), e.Location.Column()+1,
			strings.TrimSuffix(e.Message, " (in container '')"), more)
	}
	if t := ast.OutputType(); !t.IsExactType(types.BoolType) {
		return nil, kefu.Invalidf("when", "line 1, column 1: when must be true or false, but this expression is of type %s", cel.FormatCELType(t))
	}
	prg, err := env.Program(ast, cel.EvalOptions(cel.OptOptimize), cel.CostLimit(MaxCost))
	if err != nil {
		return nil, kefu.Invalidf("when", "%s", err)
	}
	return &Program{expr: expr, prg: prg}, nil
}

// Eval evaluates the program over the incident: whether the rule's
// condition holds. A run-time error (a missing attribute, a division by
// zero, an overflow, the cost limit) is returned as is.
func (p *Program) Eval(in *kefu.Incident) (bool, error) {
	out, _, err := p.prg.Eval(activation{in})
	if err != nil {
		return false, err
	}
	b, ok := out.Value().(bool)
	if !ok { // checked at compile time; a dyn value could still differ
		return false, fmt.Errorf("when gave %v, not true or false", out.Value())
	}
	return b, nil
}

// activation gives CEL the incident's facts by name, without building a
// map per evaluation.
type activation struct{ in *kefu.Incident }

// ResolveName implements interpreter.Activation.
func (a activation) ResolveName(name string) (any, bool) {
	in := a.in
	switch name {
	case VarKind:
		return in.Kind, true
	case VarDelayMinutes:
		return in.DelayMinutes, true
	case VarExcursionMinutes:
		return in.ExcursionMinutes, true
	case VarMissingGrams:
		return in.MissingGrams, true
	case VarCategory:
		return in.Category, true
	case VarSKU:
		return in.SKU, true
	case VarOrderValue:
		return in.OrderValue, true
	case VarLineValue:
		return in.LineValue, true
	case VarCurrency:
		return in.Currency, true
	case VarCustomerTier:
		return in.CustomerTier, true
	case VarCompensationsLast30d:
		return in.CompensationsLast30d, true
	case VarAttributes:
		if in.Attributes == nil {
			return map[string]string{}, true
		}
		return in.Attributes, true
	}
	return nil, false
}

// Parent implements interpreter.Activation.
func (activation) Parent() interpreter.Activation { return nil }
