package kefu

import (
	"errors"
	"fmt"
	"net/http"
)

// Error codes. They are stable strings: API clients see them in
// {"error":{"code":...}} bodies.
const (
	ECONFLICT       = "conflict"            // the action conflicts with the current state
	EINTERNAL       = "internal"            // a bug or an unavailable dependency
	EINVALID        = "invalid"             // validation failed
	ENOTFOUND       = "not_found"           // the entity does not exist (or is not visible to the caller)
	ENOTIMPLEMENTED = "not_implemented"     // the feature is not available
	EUNAUTHORIZED   = "unauthorized"        // missing or wrong credentials
	EFORBIDDEN      = "forbidden"           // credentials are valid but do not allow the action
	ETOOLARGE       = "too_large"           // the request body or a field is over its limit
	ERATELIMIT      = "rate_limited"        // too many requests
	EPRECONDITION   = "precondition_failed" // the entity changed since the caller read it (If-Match)
	EUNAVAILABLE    = "unavailable"         // temporarily unable to serve (shutting down, overloaded)
)

// httpStatus maps each error code to its HTTP status. It is the one table
// the http adapter uses; codes not listed map to 500.
var httpStatus = map[string]int{
	ECONFLICT:       http.StatusConflict,
	EINTERNAL:       http.StatusInternalServerError,
	EINVALID:        http.StatusBadRequest,
	ENOTFOUND:       http.StatusNotFound,
	ENOTIMPLEMENTED: http.StatusNotImplemented,
	EUNAUTHORIZED:   http.StatusUnauthorized,
	EFORBIDDEN:      http.StatusForbidden,
	ETOOLARGE:       http.StatusRequestEntityTooLarge,
	ERATELIMIT:      http.StatusTooManyRequests,
	EPRECONDITION:   http.StatusPreconditionFailed,
	EUNAVAILABLE:    http.StatusServiceUnavailable,
}

// HTTPStatus returns the HTTP status for an error code.
func HTTPStatus(code string) int {
	if s, ok := httpStatus[code]; ok {
		return s
	}
	return http.StatusInternalServerError
}

// Error is kefu's one error type. Code is machine readable, Message is safe
// to show to a user, Op names the operation that failed ("sqlite.CreateMessage")
// and Err wraps the underlying cause, which is logged but never shown.
type Error struct {
	Code    string
	Op      string
	Message string
	// Field names the input field an EINVALID error is about, as a path
	// into the JSON form ("lines[2].sku"), when one field is to blame.
	Field string
	// Rule names the check an EINVALID value failed (one of the Rule*
	// constants) and Params the values it is said with ("max": "50"), so
	// that a page can say in its reader's language what Message says in
	// English. Empty when no rule applies.
	Rule   string
	Params map[string]string
	Err    error
}

// Rules of EINVALID errors (Error.Rule), with the parameters each has.
const (
	RuleCurrency  = "currency"  // value: not an ISO 4217 code
	RuleCountry   = "country"   // value: not a country code (or EU)
	RuleLanguage  = "language"  // value: not a language tag
	RuleCanonical = "canonical" // value, want: a language tag not in canonical form
	RuleRegexp    = "regexp"    // value: not a regular expression
	RuleRange     = "range"     // min, max: a number outside [min, max]
	RuleMin       = "min"       // min: a number under min
	RuleCartURL   = "cart_url"  // value: not an http(s) link with {sku} in it
	RuleQueueCap  = "queue_cap" // max: not -1, 0 or 1 to max
)

// InvalidRule returns an EINVALID *Error about one input field that
// failed rule, with its parameters and an English message.
func InvalidRule(field, rule string, params map[string]string, format string, args ...any) *Error {
	return &Error{Code: EINVALID, Field: field, Rule: rule, Params: params, Message: fmt.Sprintf(format, args...)}
}

// ErrorRule returns the rule and parameters of the first *Error in err's
// chain that names a rule, or "" and nil.
func ErrorRule(err error) (string, map[string]string) {
	var e *Error
	if errors.As(err, &e) {
		for e != nil {
			if e.Rule != "" {
				return e.Rule, e.Params
			}
			var inner *Error
			if !errors.As(e.Err, &inner) {
				break
			}
			e = inner
		}
	}
	return "", nil
}

// Error implements the error interface.
func (e *Error) Error() string {
	s := ""
	if e.Op != "" {
		s = e.Op + ": "
	}
	if e.Message != "" {
		s += e.Message
	} else {
		s += e.Code
	}
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

// Unwrap returns the wrapped cause.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and a formatted user-safe message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Invalidf returns an EINVALID *Error about one input field.
func Invalidf(field, format string, args ...any) *Error {
	return &Error{Code: EINVALID, Field: field, Message: fmt.Sprintf(format, args...)}
}

// InField returns err with its field moved under parent: "sku" in line 2
// becomes "lines[2].sku" when parent is "lines[2]". Errors without a
// field name parent; nil stays nil.
func InField(parent string, err error) error {
	if err == nil {
		return nil
	}
	return &Error{Code: ErrorCode(err), Message: ErrorMessage(err), Field: fieldPath(parent, err), Err: err}
}

// InList returns the error of element i of a list: its field is under
// "list[i]" and its message says which element it is about
// ("readings[3]: at is required").
func InList(list string, i int, err error) error {
	parent := fmt.Sprintf("%s[%d]", list, i)
	return &Error{Code: ErrorCode(err), Field: fieldPath(parent, err), Message: parent + ": " + ErrorMessage(err), Err: err}
}

// fieldPath is the field of err placed under parent.
func fieldPath(parent string, err error) string {
	if f := ErrorField(err); f != "" {
		return parent + "." + f
	}
	return parent
}

// ErrorField returns the field of the first *Error in err's chain that
// names one, or "".
func ErrorField(err error) string {
	var e *Error
	if errors.As(err, &e) {
		for e != nil {
			if e.Field != "" {
				return e.Field
			}
			var inner *Error
			if !errors.As(e.Err, &inner) {
				break
			}
			e = inner
		}
	}
	return ""
}

// E wraps err with an operation name, keeping the code of an inner *Error
// (or EINTERNAL when err carries none).
func E(op string, err error) error {
	if err == nil {
		return nil
	}
	return &Error{Code: ErrorCode(err), Op: op, Message: ErrorMessage(err), Field: ErrorField(err), Err: err}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for any other non-nil error and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		for e != nil {
			if e.Code != "" {
				return e.Code
			}
			var inner *Error
			if !errors.As(e.Err, &inner) {
				break
			}
			e = inner
		}
	}
	return EINTERNAL
}

// ErrorMessage returns the user-safe message of the first *Error in err's
// chain that has one; internal errors get a generic text so that no detail
// leaks to clients.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		for e != nil {
			if e.Message != "" {
				return e.Message
			}
			var inner *Error
			if !errors.As(e.Err, &inner) {
				break
			}
			e = inner
		}
	}
	return "internal error"
}
