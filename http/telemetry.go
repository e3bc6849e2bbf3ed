package http

import (
	"encoding/json"
	"net/http"
	"slices"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/ingest"
)

// Telemetry batch limits.
const (
	// MaxTelemetryReadings is the most readings one request may carry.
	MaxTelemetryReadings = 5000
	// MaxTelemetryBytes is the largest telemetry batch body.
	MaxTelemetryBytes = 4 << 20
)

// TelemetryBatchRequest is the body of POST /v1/telemetry/batch.
type TelemetryBatchRequest struct {
	Readings []json.RawMessage `json:"readings"`
}

// TelemetryRejection is a reading of a batch that was quarantined.
type TelemetryRejection struct {
	Index   int    `json:"index"`
	Reason  string `json:"reason"`
	Field   string `json:"field,omitempty"`
	Message string `json:"message"`
}

// TelemetryBatchResponse answers a telemetry batch: how many readings it
// had, how many were new, how many the store had already, and which were
// quarantined and why. Received = stored + duplicates + quarantined.
type TelemetryBatchResponse struct {
	Received    int                  `json:"received"`
	Stored      int                  `json:"stored"`
	Duplicates  int                  `json:"duplicates"`
	Quarantined []TelemetryRejection `json:"quarantined"`
}

// telemetryRoutes returns the telemetry ingest route.
func (s *Server) telemetryRoutes() []route {
	return []route{{"POST", "/v1/telemetry/batch", s.admin(true, handleTelemetryBatch)}}
}

// handleTelemetryBatch stores a batch of device readings. Bad readings
// (malformed, invalid, in the future, of devices the shop does not have)
// are quarantined and listed by index; the others are stored. Retrying a
// batch is harmless: readings already stored count as duplicates.
func handleTelemetryBatch(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	if r.ContentLength > MaxTelemetryBytes {
		s.Error(w, r, kefu.Errorf(kefu.ETOOLARGE, "a telemetry batch is at most %d bytes; split it", MaxTelemetryBytes))
		return
	}
	data, err := readJSONBody(w, r, MaxTelemetryBytes)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	var req TelemetryBatchRequest
	if err := strictJSON(data, &req); err != nil {
		s.Error(w, r, err)
		return
	}
	switch {
	case req.Readings == nil:
		s.Error(w, r, kefu.Invalidf("readings", "readings is required: send {\"readings\":[...]}"))
		return
	case len(req.Readings) > MaxTelemetryReadings:
		s.Error(w, r, kefu.Errorf(kefu.ETOOLARGE, "a telemetry batch has at most %d readings; this one has %d", MaxTelemetryReadings, len(req.Readings)))
		return
	}
	resp := TelemetryBatchResponse{Received: len(req.Readings), Quarantined: []TelemetryRejection{}}
	rs := make([]kefu.Reading, 0, len(req.Readings))
	index := make([]int, 0, len(req.Readings)) // index[i]: rs[i]'s position in the request
	for i, raw := range req.Readings {
		var rd kefu.Reading
		if err := strictJSON(raw, &rd); err != nil {
			resp.Quarantined = append(resp.Quarantined, TelemetryRejection{Index: i, Reason: string(ingest.ReasonMalformed),
				Field: kefu.ErrorField(err), Message: kefu.ErrorMessage(err)})
			continue
		}
		rs = append(rs, rd)
		index = append(index, i)
	}
	p := s.Telemetry
	if p == nil {
		p = &ingest.Pipeline{Sink: s.Store, Now: s.Now, Logger: s.logger()}
	}
	res, err := p.Ingest(r.Context(), t.ID, rs)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	resp.Stored, resp.Duplicates = res.Stored, res.Duplicates
	for _, q := range res.Quarantined {
		resp.Quarantined = append(resp.Quarantined, TelemetryRejection{Index: index[q.Index], Reason: string(q.Reason), Field: q.Field, Message: q.Message})
	}
	slices.SortFunc(resp.Quarantined, func(a, b TelemetryRejection) int { return a.Index - b.Index })
	writeJSON(w, http.StatusOK, resp)
}
