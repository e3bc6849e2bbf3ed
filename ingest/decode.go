package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/kefu-ai/kefu"
)

// wireReading is a reading in a payload. Measurements are pointers so
// that an absent one becomes NaN (kefu.Reading's convention) in one pass,
// without kefu.Reading's own UnmarshalJSON, which parses twice.
type wireReading struct {
	Device   string    `json:"device"`
	At       time.Time `json:"at"`
	TempC    *float64  `json:"temp_c"`
	Humidity *float64  `json:"humidity"`
	Lat      *float64  `json:"lat"`
	Lon      *float64  `json:"lon"`
	Door     string    `json:"door"`
	Alarm    string    `json:"alarm"`
}

// wirePayload is a message: an envelope with a device and readings, or,
// when "readings" is absent, a single reading.
type wirePayload struct {
	wireReading
	Readings []wireReading `json:"readings"`
}

// rawPayload is wirePayload with readings kept raw, to find which one is
// malformed when the whole payload does not decode.
type rawPayload struct {
	Device   string            `json:"device"`
	Readings []json.RawMessage `json:"readings"`
}

func nanIfNil(p *float64) float64 {
	if p == nil {
		return math.NaN()
	}
	return *p
}

func (w *wireReading) reading(device string) kefu.Reading {
	if w.Device != "" {
		device = w.Device
	}
	return kefu.Reading{
		DeviceID: device,
		At:       w.At,
		TempC:    nanIfNil(w.TempC),
		Humidity: nanIfNil(w.Humidity),
		Lat:      nanIfNil(w.Lat),
		Lon:      nanIfNil(w.Lon),
		Door:     w.Door,
		Alarm:    w.Alarm,
	}
}

// decoded is a payload taken apart: its readings, in payload order, and
// the readings (by index) or the whole payload (index -1) it could not
// read.
type decoded struct {
	device   string // the envelope's device, "" if none
	readings []kefu.Reading
	index    []int // index[i] is readings[i]'s position in the payload
	bad      []Rejection
}

// decodePayload reads a payload of at most maxReadings readings: an
// envelope {"device":…,"readings":[…]}, a single reading object, or a
// bare array of readings. A reading without a device takes the
// envelope's. The rejections it returns have Reason, Index, Field and
// Message set.
func decodePayload(b []byte, maxReadings int) decoded {
	b = bytes.TrimSpace(b)
	if len(b) == 0 {
		return decoded{bad: []Rejection{{Reason: ReasonMalformed, Index: -1, Message: "empty payload"}}}
	}
	if b[0] == '[' {
		// A bare array is the readings of an envelope without a device.
		var ws []wireReading
		if err := json.Unmarshal(b, &ws); err != nil {
			return decodeSlow(append(append([]byte(`{"readings":`), b...), '}'), maxReadings)
		}
		return fromWire("", ws, maxReadings)
	}
	var p wirePayload
	if err := json.Unmarshal(b, &p); err != nil {
		return decodeSlow(b, maxReadings)
	}
	if p.Readings == nil {
		// A single reading ("readings" absent or null).
		return fromWire("", []wireReading{p.wireReading}, maxReadings)
	}
	return fromWire(p.Device, p.Readings, maxReadings)
}

func fromWire(device string, ws []wireReading, maxReadings int) decoded {
	d := decoded{device: device}
	if len(ws) > maxReadings {
		d.bad = []Rejection{{Reason: ReasonTooLarge, Index: -1, Field: "readings",
			Message: fmt.Sprintf("%d readings in one message; at most %d", len(ws), maxReadings)}}
		return d
	}
	d.readings = make([]kefu.Reading, len(ws))
	d.index = make([]int, len(ws))
	for i := range ws {
		d.readings[i] = ws[i].reading(device)
		d.index[i] = i
	}
	return d
}

// decodeSlow decodes a payload that did not decode in one piece reading by
// reading, so that one malformed reading quarantines only itself.
func decodeSlow(b []byte, maxReadings int) decoded {
	var p rawPayload
	if err := json.Unmarshal(b, &p); err != nil || p.Readings == nil {
		if err == nil {
			// The envelope is fine, so the single reading is not.
			var w wireReading
			err = json.Unmarshal(b, &w)
		}
		return decoded{bad: []Rejection{{Reason: ReasonMalformed, Index: -1, Field: jsonField(err), Message: jsonMessage(err)}}}
	}
	d := decoded{device: p.Device}
	if len(p.Readings) > maxReadings {
		d.bad = []Rejection{{Reason: ReasonTooLarge, Index: -1, Field: "readings",
			Message: fmt.Sprintf("%d readings in one message; at most %d", len(p.Readings), maxReadings)}}
		return d
	}
	for i, raw := range p.Readings {
		var w wireReading
		if err := json.Unmarshal(raw, &w); err != nil {
			d.bad = append(d.bad, Rejection{Reason: ReasonMalformed, Index: i, Field: jsonField(err), Message: jsonMessage(err)})
			continue
		}
		d.readings = append(d.readings, w.reading(p.Device))
		d.index = append(d.index, i)
	}
	return d
}

// jsonField names the field a decoding error is about, if it says.
func jsonField(err error) string {
	var te *json.UnmarshalTypeError
	var pe *time.ParseError
	if errors.As(err, &te) {
		f := te.Field
		if i := strings.LastIndexByte(f, '.'); i >= 0 {
			f = f[i+1:]
		}
		return f
	}
	if errors.As(err, &pe) {
		return "at"
	}
	return ""
}

// jsonMessage describes a decoding error for a rejection, without the Go
// type names encoding/json puts in it.
func jsonMessage(err error) string {
	var te *json.UnmarshalTypeError
	var pe *time.ParseError
	switch {
	case err == nil:
		return "malformed"
	case errors.As(err, &te):
		return fmt.Sprintf("%s: a JSON %s is not allowed here", jsonField(err), te.Value)
	case errors.As(err, &pe):
		return "at is not an RFC 3339 time such as 2026-05-01T08:00:00Z"
	}
	return "malformed JSON: " + err.Error()
}
