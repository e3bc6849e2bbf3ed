package http

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kefu-ai/kefu"
)

// decode reads a JSON request body into v, which must be a pointer to a
// struct. It rejects a wrong content type, bodies over the server's limit
// (too_large), text encoding/json would silently replace with U+FFFD
// (invalid UTF-8, lone surrogate escapes), anything but one JSON object
// (null, arrays, a second value) and unknown fields.
func (s *Server) decode(w http.ResponseWriter, r *http.Request, v any) error {
	data, err := readJSONBody(w, r, s.maxBody())
	if err != nil {
		return err
	}
	return strictJSON(data, v)
}

// readJSONBody reads a JSON request body of at most limit bytes and
// checks its content type, size and text (checkJSONText). A body that
// stalls past the server's body timeout (see deadlines) is refused too.
func readJSONBody(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, error) {
	if err := checkJSONContentType(r); err != nil {
		return nil, err
	}
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	if err != nil {
		return nil, bodyReadError(r, err, limit)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, kefu.Errorf(kefu.EINVALID, "the request body is empty")
	}
	if err := checkJSONText(data); err != nil {
		return nil, err
	}
	return data, nil
}

// bodyReadError turns an error reading the body of r into the client's
// error: too_large over the limit, invalid otherwise (a timeout says so).
func bodyReadError(r *http.Request, err error, limit int64) error {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return kefu.Errorf(kefu.ETOOLARGE, "the request body is over %d bytes", limit)
	}
	if bodyTimedOut(r) {
		return errBodyTimeout
	}
	return kefu.Errorf(kefu.EINVALID, "could not read the request body")
}

// strictJSON decodes one JSON object into v, refusing unknown fields,
// null and anything after the object; the error names the field when it
// can.
func strictJSON(data []byte, v any) error {
	t := bytes.TrimSpace(data)
	if bytes.Equal(t, []byte("null")) {
		return kefu.Errorf(kefu.EINVALID, "malformed JSON: the body must be a JSON object, not null")
	}
	if len(t) == 0 || t[0] != '{' {
		return kefu.Errorf(kefu.EINVALID, "malformed JSON: expected an object")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return &kefu.Error{Code: kefu.EINVALID, Message: "malformed JSON: " + jsonProblem(err), Field: jsonField(err)}
	}
	if _, err := dec.Token(); err != io.EOF {
		return kefu.Errorf(kefu.EINVALID, "malformed JSON: the body must hold exactly one JSON object")
	}
	return nil
}

// jsonField is the field a decoding error is about, when it names one.
func jsonField(err error) string {
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		return typ.Field
	}
	if msg, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		return truncate(strings.Trim(msg, `"`), 80)
	}
	return ""
}

// checkJSONText refuses what encoding/json would silently turn into
// U+FFFD instead of failing: bytes that are not UTF-8, and \u escapes of
// a lone surrogate (one half of a UTF-16 pair, which is no character).
// The error names the field holding the string when the body parses.
func checkJSONText(data []byte) error {
	valid := utf8.Valid(data)
	if valid && !maySurrogate(data) {
		return nil // the common case: one pass, no parsing
	}
	field, problem, found := findBadString(data)
	if !found {
		if !valid {
			return kefu.Errorf(kefu.EINVALID, "the request body is not valid UTF-8")
		}
		return nil // a false alarm ("\\ud800" is text), or malformed: strictJSON says so
	}
	name := field
	if name == "" {
		name = "the body"
	}
	switch problem {
	case badUTF8:
		return kefu.Invalidf(field, "%s is not valid UTF-8", name)
	default:
		return kefu.Invalidf(field, "%s holds a lone surrogate escape (\\ud800-\\udfff without its pair): send the character itself or both halves", name)
	}
}

// Problems findBadString reports.
const (
	badUTF8      = "utf8"
	badSurrogate = "surrogate"
)

// maySurrogate reports whether data may hold an escape of a surrogate
// (\uD800-\uDFFF): a cheap test that lets most bodies skip parsing.
func maySurrogate(data []byte) bool {
	for {
		i := bytes.Index(data, []byte(`\u`))
		if i < 0 || i+4 > len(data) {
			return false
		}
		if c, d := data[i+2], data[i+3]; (c == 'd' || c == 'D') && strings.IndexByte("89abcdefABCDEF", d) >= 0 {
			return true
		}
		data = data[i+2:]
	}
}

// jsonFrame is an object or array findBadString is inside.
type jsonFrame struct {
	object  bool
	key     string // the member being read, once its name was read
	wantKey bool   // the next string is a member name
	index   int    // the element being read; -1 before the first
}

// findBadString walks the JSON in data and returns the path ("lines[2].sku",
// "" for the top level) of the first string that is not UTF-8 or holds a
// lone surrogate escape, and which problem it has. found is false when
// there is none or data is not JSON.
func findBadString(data []byte) (field, problem string, found bool) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var stack []jsonFrame
	begin := func() { // a value starts in the innermost container
		if n := len(stack); n > 0 && !stack[n-1].object {
			stack[n-1].index++
		}
	}
	end := func() { // a value ended in the innermost container
		if n := len(stack); n > 0 && stack[n-1].object {
			stack[n-1].wantKey = true
		}
	}
	var prev int64
	for {
		tok, err := dec.Token()
		if err != nil {
			return "", "", false
		}
		off := dec.InputOffset()
		seg := data[prev:off] // blanks, a ',' or ':' and the token
		prev = off
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{', '[':
				begin()
				stack = append(stack, jsonFrame{object: t == '{', wantKey: t == '{', index: -1})
			default:
				stack = stack[:len(stack)-1]
				end()
			}
		case string:
			isKey := len(stack) > 0 && stack[len(stack)-1].object && stack[len(stack)-1].wantKey
			if !isKey {
				begin()
			}
			raw := seg[bytes.IndexByte(seg, '"'):]
			p := ""
			switch {
			case !utf8.Valid(raw):
				p = badUTF8
			case loneSurrogate(raw):
				p = badSurrogate
			}
			if p != "" {
				return framePath(stack, isKey), p, true
			}
			if isKey {
				stack[len(stack)-1].key = t
				stack[len(stack)-1].wantKey = false
			} else {
				end()
			}
		default:
			begin()
			end()
		}
	}
}

// framePath is the path of the value being read; with atKey, of the
// object whose member name is being read.
func framePath(stack []jsonFrame, atKey bool) string {
	var b strings.Builder
	for i, f := range stack {
		switch {
		case !f.object:
			fmt.Fprintf(&b, "[%d]", f.index)
		case atKey && i == len(stack)-1:
		default:
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(truncate(f.key, 80))
		}
	}
	return b.String()
}

// loneSurrogate reports whether raw, a JSON string literal with its
// quotes, escapes half of a UTF-16 surrogate pair without the other: a
// high half not followed by a low one, or a low half on its own.
func loneSurrogate(raw []byte) bool {
	for i := 0; i < len(raw); i++ {
		if raw[i] != '\\' {
			continue
		}
		i++ // the escaped character
		if i >= len(raw) || raw[i] != 'u' {
			continue
		}
		r, ok := hex4(raw[i+1:])
		if !ok {
			return false // not valid JSON; the decoder refuses it
		}
		i += 4 // on the last hex digit
		switch {
		case r >= 0xDC00 && r <= 0xDFFF:
			return true
		case r >= 0xD800 && r <= 0xDBFF:
			rest := raw[i+1:]
			if len(rest) < 6 || rest[0] != '\\' || rest[1] != 'u' {
				return true
			}
			if lo, ok := hex4(rest[2:]); !ok || lo < 0xDC00 || lo > 0xDFFF {
				return true
			}
			i += 6
		}
	}
	return false
}

// hex4 reads the four hex digits at the start of b.
func hex4(b []byte) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range b[:4] {
		var d byte
		switch {
		case c >= '0' && c <= '9':
			d = c - '0'
		case c >= 'a' && c <= 'f':
			d = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			d = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(d)
	}
	return r, true
}

// checkJSONContentType refuses a request body that is not declared as
// UTF-8 JSON.
func checkJSONContentType(r *http.Request) error {
	mt, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != "application/json" {
		return kefu.Errorf(kefu.EINVALID, "Content-Type must be application/json")
	}
	if cs, ok := params["charset"]; ok && !strings.EqualFold(cs, "utf-8") {
		return kefu.Errorf(kefu.EINVALID, "the body must be UTF-8 JSON")
	}
	return nil
}

// jsonProblem describes a decoding error without echoing the whole input.
func jsonProblem(err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return fmt.Sprintf("syntax error at byte %d", syn.Offset)
	case errors.As(err, &typ):
		if typ.Field != "" {
			return fmt.Sprintf("field %q must be %s", typ.Field, typ.Type)
		}
		return fmt.Sprintf("expected %s", typ.Type)
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return "unexpected end of input"
	}
	if msg, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		return "unknown field " + truncate(msg, 80)
	}
	return "invalid JSON"
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// checkLanguage validates an optional language choice and returns it in
// canonical form (kefu.ParseLanguage); "" and "auto" mean "detect it" and
// return "".
func checkLanguage(lang string) (string, error) {
	if lang == "" || lang == "auto" {
		return "", nil
	}
	return kefu.ParseLanguage(lang)
}

// channelRe matches channel names such as "api" or "shop-app".
var channelRe = regexp.MustCompile(`^[a-z][a-z0-9_-]{0,31}$`)

// checkText validates a short free-text field: at most max bytes and no
// control characters.
func checkText(field, s string, max int) error {
	if len(s) > max {
		return kefu.Errorf(kefu.EINVALID, "%s is over %d bytes", field, max)
	}
	if strings.IndexFunc(s, unicode.IsControl) >= 0 {
		return kefu.Errorf(kefu.EINVALID, "%s must not contain control characters", field)
	}
	return nil
}

// checkMessageInput validates what a message post carries (a customer's
// message or an agent's reply): its text, its client message ID and its
// language, which it returns normalised ("" for automatic).
func checkMessageInput(text, clientID, lang string) (string, error) {
	if err := checkMessageText(text); err != nil {
		return "", err
	}
	if err := checkText("client_message_id", clientID, kefu.MaxClientIDLen); err != nil {
		return "", err
	}
	return checkLanguage(lang)
}

// checkMessageText validates a customer message. Newlines and tabs are
// allowed; other control characters (NUL, escape sequences) are not.
func checkMessageText(text string) error {
	if strings.TrimSpace(text) == "" {
		return kefu.Errorf(kefu.EINVALID, "text is required")
	}
	if len(text) > kefu.MaxMessageBytes {
		return kefu.Errorf(kefu.ETOOLARGE, "text is over %d bytes", kefu.MaxMessageBytes)
	}
	if strings.IndexFunc(text, func(r rune) bool {
		return unicode.IsControl(r) && r != '\n' && r != '\r' && r != '\t'
	}) >= 0 {
		return kefu.Errorf(kefu.EINVALID, "text must not contain control characters")
	}
	return nil
}
