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

// decode reads a JSON request body into v. It rejects a wrong content
// type, bodies over the server's limit (too_large), invalid UTF-8 (which
// encoding/json would otherwise silently replace), unknown fields, and
// anything after the first JSON value.
func (s *Server) decode(w http.ResponseWriter, r *http.Request, v any) error {
	if err := checkJSONContentType(r); err != nil {
		return err
	}
	limit := s.maxBody()
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return kefu.Errorf(kefu.ETOOLARGE, "the request body is over %d bytes", limit)
		}
		return kefu.Errorf(kefu.EINVALID, "could not read the request body")
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return kefu.Errorf(kefu.EINVALID, "the request body is empty")
	}
	if !utf8.Valid(data) {
		return kefu.Errorf(kefu.EINVALID, "the request body is not valid UTF-8")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return kefu.Errorf(kefu.EINVALID, "malformed JSON: %s", jsonProblem(err))
	}
	if _, err := dec.Token(); err != io.EOF {
		return kefu.Errorf(kefu.EINVALID, "malformed JSON: the body must hold exactly one JSON object")
	}
	return nil
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
