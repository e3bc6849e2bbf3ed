package traceability

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"strings"
)

// Links makes and checks the report pages' links: /trace/<token>, where
// the token names the shop, the order and the shipment and carries an
// HMAC of them under Key, so that nobody can make a link to a shipment
// they were not given. A link alone does not show the report: the page
// also wants the order's customer (their conversation token) or an agent
// of the shop (their console session).
type Links struct {
	// Key signs the tokens; links made under another key stop working,
	// so it must be the same on every node and across restarts
	// (the server's session key).
	Key []byte
}

// Path is the report page's path for a shipment.
func (l *Links) Path(tenantID, orderNumber, shipmentID string) string {
	return "/trace/" + l.Token(tenantID, orderNumber, shipmentID)
}

// Token is the signed token of a shipment's report.
func (l *Links) Token(tenantID, orderNumber, shipmentID string) string {
	msg := tenantID + "\x00" + orderNumber + "\x00" + shipmentID
	return base64.RawURLEncoding.EncodeToString([]byte(msg)) + "." + l.mac(msg)
}

// Parse checks a token and returns what it names; ok is false for any
// token this key did not make.
func (l *Links) Parse(token string) (tenantID, orderNumber, shipmentID string, ok bool) {
	body, sig, found := strings.Cut(token, ".")
	if !found || len(token) > 512 {
		return "", "", "", false
	}
	raw, err := base64.RawURLEncoding.DecodeString(body)
	if err != nil || !hmac.Equal([]byte(sig), []byte(l.mac(string(raw)))) {
		return "", "", "", false
	}
	parts := strings.Split(string(raw), "\x00")
	if len(parts) != 3 || parts[0] == "" || parts[1] == "" || parts[2] == "" {
		return "", "", "", false
	}
	return parts[0], parts[1], parts[2], true
}

func (l *Links) mac(msg string) string {
	m := hmac.New(sha256.New, l.Key)
	m.Write([]byte("trace\x00" + msg))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil)[:18])
}
